"""The SBI rule scorer: Situation, Behavior, Impact, levels as the spec defines them."""

from __future__ import annotations

import re

from rehearse.scoring import advice
from rehearse.scoring.detectors.absolutes import generalizations
from rehearse.scoring.detectors.behaviors import (
    general_behaviors,
    habits,
    observable_actions,
    vague_behaviors,
)
from rehearse.scoring.detectors.effects import concrete_effects, vague_effects
from rehearse.scoring.detectors.intent import assumed_intent
from rehearse.scoring.detectors.labels import negative_labels, trait_praise
from rehearse.scoring.detectors.occasions import (
    plural_contexts,
    progressive_patterns,
    specific_occasions,
    vague_context,
)
from rehearse.scoring.detectors.sarcasm import sarcasm
from rehearse.scoring.lexicon import LOOKING_AHEAD, PAST_IRREGULAR
from rehearse.scoring.result import CriterionScore, Span
from rehearse.scoring.text import Doc, dedupe, extended, overlaps, rx


def _pattern_clauses(doc: Doc) -> set[tuple[int, int]]:
    """Clauses that describe a pattern rather than one occasion ("you always ...", "you've been ...")."""
    spans = generalizations(doc) + habits(doc) + progressive_patterns(doc)
    return {doc.clause_bounds(span.start) for span in spans}


# Where a sentence turns to what followed: "..., so Eitan started his shift on Monday ...".
_CONSEQUENCE = rx(
    r",\s*so\b|;|\bwhich\s+meant\b|\bas\s+a\s+result\b|,\s*and\s+(?:then|now)\b|\band\s+now\b"
)


def _in_consequences(doc: Doc, span: Span) -> bool:
    start, end = doc.sentence_bounds(span.start)
    match = _CONSEQUENCE.search_view(doc, "unquoted", start, end)
    return match is not None and match.end() <= span.start


# The situation is when the behavior happened. An occasion in a sentence that only looks ahead
# ("for the next planning on Monday, could you ...", "the goal is one return in sprint 25") is a
# plan, not the situation; so is one in a request ("here's what I'd like: at Thursday's
# planning, let people finish"), said as "I'd like you to" or as a bare imperative opening its
# clause, or in an offer ("I can block an hour on Wednesday to help you prep"). "At Thursday's
# planning you let people finish" has a subject: it reports.
_AHEAD = rx(
    rf"\b(?:next|upcoming|tomorrow|{LOOKING_AHEAD}|could\s+you|can\s+you|would\s+you|please|"
    r"(?:the|our|my|your)\s+(?:goal|target|aim)\s+(?:is|for)|aim\s+for|"
    r"i'?d\s+like|i\s+want\s+you\s+to|my\s+ask\s+is|i\s+can(?!')|happy\s+to)\b|'ll\b"
    # "The aim: by the end of sprint 25, your tickets pass QA first time"
    r"|\b(?:the|our|my|your)\s+(?:goal|target|aim)\s*:|\bby\s+the\s+end\s+of\b"
    r"|(?:^|(?<=[.!?:;,]\s))(?:let|try|ask|give|keep|hold|wait)\s+(?!me\b|us\b)"
)
_PAST = rx(
    rf"\b(?:{PAST_IRREGULAR}|put|yesterday|last|ago|earlier|"
    r"(?!(?:need|feed|proceed|succeed|exceed|indeed|speed|seed|shed|embed)\b)\w+ed)\b"
)


# "Let's check how it went in our one-on-one": the past tense of a planned review does not date it.
_ASKED_ABOUT = re.compile(r"\bhow\s+(?:it|that|this|things)\s+$")


def _looks_ahead(doc: Doc, span: Span) -> bool:
    start, end = doc.sentence_bounds(span.start)
    if _AHEAD.search_view(doc, "unquoted", start, end) is None:
        return False
    view = doc.view("unquoted", cased=False)
    return not any(
        not _ASKED_ABOUT.search(view, max(start, past.start() - 24), past.start())
        for past in _PAST.regex.finditer(view, start, end)
    )


_RECURRING = re.compile(r"\b(?:every|each)\s+(?:other\s+|single\s+)?$", re.IGNORECASE)


def situation(doc: Doc) -> CriterionScore:
    patterned = _pattern_clauses(doc)
    occasions = [s for s in specific_occasions(doc) if not _looks_ahead(doc, s)]
    # "every Thursday" recurs: a general context, not the occasion it happened
    recurring = [
        s for s in occasions if _RECURRING.search(doc.unquoted, max(0, s.start - 20), s.start)
    ]
    # A time in a habit ("you've been doing reviews at 2am") is general context; so is a time
    # that dates only the consequence of a habit ("recently you've been skipping handovers, so
    # Eitan started on Monday not knowing ...").
    general = bool(patterned) or bool(vague_context(doc))
    specific = dedupe(
        [
            s
            for s in occasions
            if s not in recurring
            and doc.clause_bounds(s.start) not in patterned
            and not (general and _in_consequences(doc, s))
        ]
    )
    if specific:
        return CriterionScore(id="situation", score=2, evidence=specific)
    vague = dedupe(vague_context(doc) + [s for s in occasions if s not in specific])
    if vague:
        return CriterionScore(
            id="situation", score=1, evidence=vague, advice=advice.situation(1, doc, vague)
        )
    return CriterionScore(id="situation", score=0, advice=advice.situation(0, doc, []))


# A question that opens before the act asks about it rather than naming it as feedback: "did
# anyone walk you through it when you joined?", "what happened when you merged it?". A statement
# said with a rising "?" keeps it: "in planning you estimated it at two points, a bit optimistic?"
# (The search starts where the sentence does, and `^` matches only at the text's start.)
_QUESTION_OPENER = rx(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<=\n)|[,:;\u2014(]|\s-)\s*"
    r"(?:(?:so|and|but|ok|okay|well|then|also|quick\s+one)[,\s]+)?"
    r"(?:(?:did|do|does|have|has|had|was|were|is|are|can|could|would|will)\s+"
    r"(?:you|anyone|anybody|someone|somebody|we|they|he|she|I|it|that|this|the|your)\b"
    r"|(?:what|how|why|which|where|who)\b)"
)


def _asked_about(doc: Doc, span: Span) -> bool:
    start, end = doc.sentence_bounds(span.start)
    if not doc.text[start:end].rstrip().endswith("?"):
        return False
    return _QUESTION_OPENER.search_view(doc, "unquoted", start, span.start) is not None


def judgments(doc: Doc) -> list[Span]:
    """Labels, trait praise, assumed intent and sarcasm: what caps behaviour at 1."""
    return dedupe(negative_labels(doc) + trait_praise(doc) + assumed_intent(doc) + sarcasm(doc))


def behavior(doc: Doc) -> CriterionScore:
    general = general_behaviors(doc)
    patterned = _pattern_clauses(doc)
    # "In meetings you ...": a plural setting makes the act a habit.
    plural = {doc.sentence_index(span.start) for span in plural_contexts(doc)}
    regions = [(span.start, span.end) for span in vague_behaviors(doc)]
    stated = [span for span in observable_actions(doc) if not _asked_about(doc, span)]
    specific = [
        span
        for span in stated
        if not overlaps(span, regions)
        and doc.clause_bounds(span.start) not in patterned
        and doc.sentence_index(span.start) not in plural
    ]
    judged = judgments(doc)
    shown = dedupe(extended(doc, s) for s in specific)
    if shown and not judged:
        return CriterionScore(id="behavior", score=2, evidence=shown)
    acts = dedupe(shown + general + stated)
    if acts:
        return CriterionScore(
            id="behavior",
            score=1,
            evidence=acts,
            advice=advice.behavior(1, doc, acts, judged, generalizations(doc), shown),
        )
    return CriterionScore(
        id="behavior", score=0, advice=advice.behavior(0, doc, [], judged, [], [])
    )


def impact(doc: Doc) -> CriterionScore:
    concrete = dedupe(extended(doc, s) for s in concrete_effects(doc))
    if concrete:
        return CriterionScore(id="impact", score=2, evidence=concrete)
    vague = dedupe(vague_effects(doc))
    if vague:
        return CriterionScore(
            id="impact", score=1, evidence=vague, advice=advice.impact(1, doc, vague)
        )
    return CriterionScore(id="impact", score=0, advice=advice.impact(0, doc, []))


def score_sbi(doc: Doc) -> list[CriterionScore]:
    return [situation(doc), behavior(doc), impact(doc)]
