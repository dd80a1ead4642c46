"""The SBI rule scorer: Situation, Behavior, Impact, levels as the spec defines them."""

from __future__ import annotations

from rehearse.scoring import advice
from rehearse.scoring.detectors.absolutes import generalizations
from rehearse.scoring.detectors.behaviors import general_behaviors, observable_actions
from rehearse.scoring.detectors.effects import concrete_effects, vague_effects
from rehearse.scoring.detectors.intent import assumed_intent
from rehearse.scoring.detectors.labels import negative_labels, trait_praise
from rehearse.scoring.detectors.occasions import specific_occasions, vague_context
from rehearse.scoring.detectors.sarcasm import sarcasm
from rehearse.scoring.result import CriterionScore, Span
from rehearse.scoring.text import Doc, dedupe, overlaps


def situation(doc: Doc) -> CriterionScore:
    specific = dedupe(specific_occasions(doc))
    if specific:
        return CriterionScore(id="situation", score=2, evidence=specific)
    vague = dedupe(vague_context(doc))
    if vague:
        return CriterionScore(
            id="situation", score=1, evidence=vague, advice=advice.situation(1, doc, vague)
        )
    return CriterionScore(id="situation", score=0, advice=advice.situation(0, doc, []))


def judgments(doc: Doc) -> list[Span]:
    """Labels, trait praise, assumed intent and sarcasm: what caps behaviour at 1."""
    return dedupe(negative_labels(doc) + trait_praise(doc) + assumed_intent(doc) + sarcasm(doc))


def behavior(doc: Doc) -> CriterionScore:
    general = general_behaviors(doc)
    generalized_sentences = {doc.sentence_index(span.start) for span in generalizations(doc)}
    regions = [(span.start, span.end) for span in general]
    specific = [
        span
        for span in observable_actions(doc)
        if not overlaps(span, regions) and doc.sentence_index(span.start) not in generalized_sentences
    ]
    judged = judgments(doc)
    if specific and not judged:
        return CriterionScore(id="behavior", score=2, evidence=dedupe(specific))
    acts = dedupe(specific + general + observable_actions(doc))
    if acts:
        words = dedupe(acts + [s for s in generalizations(doc) if doc.sentence_index(s.start) in
                               {doc.sentence_index(a.start) for a in acts}])
        return CriterionScore(
            id="behavior",
            score=1,
            evidence=words,
            advice=advice.behavior(1, doc, acts, judged, generalizations(doc)),
        )
    return CriterionScore(id="behavior", score=0, advice=advice.behavior(0, doc, [], judged, []))


def impact(doc: Doc) -> CriterionScore:
    concrete = dedupe(concrete_effects(doc))
    if concrete:
        return CriterionScore(id="impact", score=2, evidence=concrete)
    vague = dedupe(vague_effects(doc))
    if vague:
        return CriterionScore(id="impact", score=1, evidence=vague, advice=advice.impact(1, doc, vague))
    return CriterionScore(id="impact", score=0, advice=advice.impact(0, doc, []))


def score_sbi(doc: Doc) -> list[CriterionScore]:
    return [situation(doc), behavior(doc), impact(doc)]
