"""The signals one user turn produces, for the scenario stages (`rehearse.signals`).

Every flag in `rehearse.signals.FLAGS` has one named detector here; levels
come from the rubric results the caller already has.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from rehearse.scoring import sbi
from rehearse.scoring.detectors.conversation import (
    acknowledgements,
    asks_for_help,
    business_terms,
    commitments_to_update,
    defences,
    dismissals,
    links_to_their_goals,
    next_steps,
    offers_of_support,
    offers_to_record,
    open_questions,
    ownership,
    praise_words,
    topic_switches,
)
from rehearse.scoring.detectors.deadlines import deadlines_and_durations
from rehearse.scoring.detectors.intent import assumed_intent
from rehearse.scoring.detectors.labels import negative_labels
from rehearse.scoring.detectors.measures import measures
from rehearse.scoring.detectors.sarcasm import sarcasm
from rehearse.scoring.detectors.tasks import named_tasks
from rehearse.scoring.result import RubricResult, Span
from rehearse.scoring.text import Doc, analyse, dedupe
from rehearse.signals import FLAG_NAMES, TurnSignals


def acknowledged_concern(doc: Doc) -> list[Span]:
    """An acknowledgement, unless the same sentence brushes the point aside ("I hear you, but whatever")."""
    brushed = {doc.sentence_index(span.start) for span in dismissals(doc)}
    return [span for span in acknowledgements(doc) if doc.sentence_index(span.start) not in brushed]


def clear_ask(doc: Doc) -> list[Span]:
    """A named task with at least a deliverable/threshold or a deadline."""
    tasks = named_tasks(doc)
    if tasks and (measures(doc) or deadlines_and_durations(doc)):
        return tasks
    return []


def specific_praise(doc: Doc) -> list[Span]:
    """Praise of an observable act and its effect, not of a trait."""
    if not praise_words(doc) or sarcasm(doc) or negative_labels(doc):
        return []
    behavior, impact = sbi.behavior(doc), sbi.impact(doc)
    if behavior.score == 2 and (impact.score or 0) >= 1:
        return behavior.evidence
    return []


def judgmental(doc: Doc) -> list[Span]:
    """Labels, character judgments, assumed intent or sarcasm aimed at the person."""
    return dedupe(negative_labels(doc) + assumed_intent(doc) + sarcasm(doc))


def _defensive(doc: Doc) -> list[Span]:
    return defences(doc)


FLAG_DETECTORS: dict[str, Callable[[Doc], list[Span]]] = {
    "acknowledged_concern": acknowledged_concern,
    "asked_open_question": open_questions,
    "asked_for_help": asks_for_help,
    "offered_support": offers_of_support,
    "put_on_record": offers_to_record,
    "proposed_next_step": next_steps,
    "clear_ask": clear_ask,
    "business_terms": business_terms,
    "related_to_goals": links_to_their_goals,
    "committed_to_updates": commitments_to_update,
    "specific_praise": specific_praise,
    "took_ownership": ownership,
    "judgmental": judgmental,
    "dismissive": dismissals,
    "defensive": _defensive,
    "multiple_topics": topic_switches,
}
assert set(FLAG_DETECTORS) == FLAG_NAMES, "every registered flag needs a detector"


def flag_evidence(text: str) -> dict[str, list[Span]]:
    """Every flag that fires on `text`, with the words that fired it."""
    doc = analyse(text)
    found: dict[str, list[Span]] = {}
    for name, detector in FLAG_DETECTORS.items():
        spans = detector(doc)
        if spans:
            found[name] = spans
    return found


def compute_signals(text: str, results: Mapping[str, RubricResult]) -> TurnSignals:
    """The flags of `text` and the level signals of `results` (`sbi.behavior`, `sbi.total`)."""
    fired = flag_evidence(text)
    levels: dict[str, int] = {}
    for rubric, result in results.items():
        for criterion in result.criteria:
            levels[f"{rubric}.{criterion.id}"] = criterion.score or 0
        levels[f"{rubric}.total"] = result.total
    return TurnSignals(
        flags=frozenset(fired),
        levels=levels,
        evidence={name: spans[0].text for name, spans in fired.items()},
    )
