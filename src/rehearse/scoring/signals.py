"""The signals one user turn produces, for the scenario stages (`rehearse.signals`).

Every flag in `rehearse.signals.FLAGS` has one named detector here; levels
come from the rubric results the caller already has.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from rehearse.scoring import sbi
from rehearse.scoring.detectors.commitments import (
    commitments_to_update,
    next_steps,
    offers_of_support,
    offers_to_record,
    ownership,
)
from rehearse.scoring.detectors.deadlines import deadlines_and_durations
from rehearse.scoring.detectors.friction import (
    defences,
    dismissals,
    stays_on_the_conversation,
    topic_switches,
)
from rehearse.scoring.detectors.intent import assumed_intent
from rehearse.scoring.detectors.labels import negative_labels
from rehearse.scoring.detectors.listening import (
    acknowledgements,
    asks_for_help,
    erased_sentences,
    open_questions,
    token_acknowledgements,
)
from rehearse.scoring.detectors.measures import measures
from rehearse.scoring.detectors.praise import criticism, praise
from rehearse.scoring.detectors.sarcasm import sarcasm
from rehearse.scoring.detectors.stakes import (
    business_terms,
    links_to_their_goals,
    names_their_goals,
)
from rehearse.scoring.detectors.tasks import asked_tasks
from rehearse.scoring.lexicon import NUMBER_WORDS
from rehearse.scoring.result import RubricResult, Span
from rehearse.scoring.text import Doc, analyse, dedupe
from rehearse.signals import FLAG_NAMES, TurnSignals


def acknowledged_concern(doc: Doc) -> list[Span]:
    """An acknowledgement the turn does not take back.

    "I hear you, but ..." erases it; a brush-off in the same sentence ("fair
    point, whatever") empties any acknowledgement, and one anywhere in the turn
    empties the bare ones ("I get it. Can we move on?").
    """
    found = acknowledgements(doc)
    if not found:
        return []
    brushed = dismissals(doc)
    erased = erased_sentences(doc) | {doc.sentence_index(span.start) for span in brushed}
    tokens = {(span.start, span.end) for span in token_acknowledgements(doc)} if brushed else set()
    return [
        span
        for span in found
        if doc.sentence_index(span.start) not in erased and (span.start, span.end) not in tokens
    ]


def clear_ask(doc: Doc) -> list[Span]:
    """A named task with at least a deliverable/threshold or a deadline."""
    tasks = asked_tasks(doc)
    if tasks and (measures(doc) or deadlines_and_durations(doc)):
        return tasks
    return []


def specific_praise(doc: Doc) -> list[Span]:
    """Praise of an observable act or of its concrete effect, not of a trait, and not a correction."""
    if (
        not praise(doc)
        or criticism(doc)
        or sarcasm(doc)
        or negative_labels(doc)
        or assumed_intent(doc)
    ):
        return []
    behavior, impact = sbi.behavior(doc), sbi.impact(doc)
    # Specific means an act with its effect, or acts told in detail (several, or with a number).
    sentences = [doc.plain[slice(*doc.sentence_bounds(s.start))] for s in behavior.evidence]
    detailed = len(behavior.evidence) >= 2 or any(
        _QUANTITY.search(sentence) or _MORE_ACTS.search(sentence) for sentence in sentences
    )
    if behavior.score == 2 and ((impact.score or 0) >= 1 or detailed):
        return behavior.evidence
    if impact.score == 2:
        return impact.evidence
    return []


# Another act in the same sentence: "you spotted the spike, switched traffic and posted ...".
_MORE_ACTS = re.compile(r",\s+(?:and\s+|then\s+)?[a-z]+ed\b(?!\s+(?:by|to|that)\b)")
_QUANTITY = re.compile(
    rf"\d|\b(?:{NUMBER_WORDS}|once|twice)\b(?!\s+(?:of\s+(?:us|you|them)|thing|more))",
    re.IGNORECASE,
)


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


def compute_signals(
    text: str,
    results: Mapping[str, RubricResult],
    their_goals: Sequence[str] = (),
    conversation: str = "",
) -> TurnSignals:
    """The flags of `text` and the level signals of `results` (`sbi.behavior`, `sbi.total`).

    `their_goals` are what the other person cares about, as a scenario lists them: naming one
    of them ("the Acme pilot") relates the point to their goals as "your launch" does.
    `conversation` is what the talk is about so far (the brief, the turns): a "one more thing"
    about it adds to the conversation rather than switching topics.
    """
    fired = flag_evidence(text)
    if conversation and "multiple_topics" in fired:
        doc = analyse(text)
        switches = [
            switch
            for switch in fired["multiple_topics"]
            if not stays_on_the_conversation(doc, switch, conversation)
        ]
        if switches:
            fired["multiple_topics"] = switches
        else:
            del fired["multiple_topics"]
    if their_goals and "related_to_goals" not in fired:
        named = names_their_goals(analyse(text), their_goals)
        if named:
            fired["related_to_goals"] = named
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
