"""The SMARTT rule scorer: Specific, Measurable, Achievable, Relevant, Time-bound, Trackable."""

from __future__ import annotations

from collections.abc import Callable

from rehearse.scoring import advice
from rehearse.scoring.detectors.deadlines import deadlines_and_durations, no_time_frame, vague_times
from rehearse.scoring.detectors.feasibility import (
    feasibility_checks,
    support_and_resources,
    vague_feasibility,
)
from rehearse.scoring.detectors.measures import (
    directions,
    done_checks,
    measures,
    numeric_outcomes,
    outcomes,
    stated_targets,
)
from rehearse.scoring.detectors.reasons import no_ask, reasons_tied_to_goals, vague_reasons
from rehearse.scoring.detectors.resources_asked import resources_asked
from rehearse.scoring.detectors.tasks import (
    asked_of_nobody,
    involved_people,
    made_tasks,
    metric_of_nothing_named,
    named_tasks,
    scoped_tasks,
    vague_asks,
)
from rehearse.scoring.detectors.tracking import tracking_mechanisms, vague_follow_ups
from rehearse.scoring.result import CriterionScore, Span
from rehearse.scoring.text import Doc, dedupe, whole_phrase

Detector = Callable[[Doc], list[Span]]


def _quoted(doc: Doc, spans: list[Span]) -> list[Span]:
    """The evidence, deduplicated, each quote a whole phrase."""
    return dedupe([whole_phrase(doc, span) for span in spans])


def _levelled(
    criterion: str,
    doc: Doc,
    concrete: list[Span],
    vague: Detector,
    none: Detector | None = None,
) -> CriterionScore:
    # The weaker levels' detectors run only when the stronger found nothing: most of the cost
    # of a criterion is its detectors, and a 2 never reads the vague ones.
    if concrete:
        return CriterionScore(id=criterion, score=2, evidence=_quoted(doc, concrete))
    found = vague(doc)
    if found:
        found = _quoted(doc, found)
        return CriterionScore(
            id=criterion, score=1, evidence=found, advice=advice.smartt(criterion, 1, doc, found)
        )
    return CriterionScore(
        id=criterion,
        score=0,
        advice=advice.smartt(criterion, 0, doc, dedupe(none(doc) if none else [])),
    )


def specific(doc: Doc) -> CriterionScore:
    named = named_tasks(doc)
    # A task whose outcome is spelled out by a number or a detailed deliverable is specific too;
    # a role or a direction ("lead the RFC for the event schema") needs a number to be.
    made = made_tasks(doc)
    clear = scoped_tasks(doc) + (made if made and outcomes(doc) else [])
    # ... and so is one followed by what done looks like ("Would you facilitate it from Monday?
    # Good looks like this: it ends by 10:00, everyone gives their update").
    # (read only when there is a named task: without one they cannot change the level)
    if named and (numeric_outcomes(doc) or stated_targets(doc) or done_checks(doc)):
        clear += named
    # A task with the others in it named ("Work with Jo from UX research", "Noor knows the setup
    # if you get stuck") says who else is involved, the spec's third part of a specific task.
    clear += named if named and not clear and involved_people(doc) else []
    # However clear the outcome, a need stated to nobody in particular leaves the people open,
    # and a target for a metric of nothing named ("get p95 under 300 ms") leaves the scope open.
    if clear:
        gap = "who" if asked_of_nobody(doc) else "what" if metric_of_nothing_named(doc) else None
        if gap is not None:
            quoted = _quoted(doc, named)
            return CriterionScore(
                id="specific", score=1, evidence=quoted, advice=advice.specific_gap(gap, quoted)
            )
    return _levelled("specific", doc, clear, lambda _doc: named, vague_asks)


def measurable(doc: Doc) -> CriterionScore:
    return _levelled("measurable", doc, measures(doc), directions)


def achievable(doc: Doc) -> CriterionScore:
    return _levelled(
        "achievable",
        doc,
        support_and_resources(doc) + feasibility_checks(doc) + resources_asked(doc),
        vague_feasibility,
    )


def relevant(doc: Doc) -> CriterionScore:
    return _levelled("relevant", doc, reasons_tied_to_goals(doc), vague_reasons)


def time_bound(doc: Doc) -> CriterionScore:
    # "The cutover moved to the 28th. Nothing needed from anyone yet.": news, no task to time
    if no_ask(doc):
        return _levelled("time_bound", doc, [], lambda _doc: [], no_time_frame)
    return _levelled("time_bound", doc, deadlines_and_durations(doc), vague_times, no_time_frame)


def trackable(doc: Doc) -> CriterionScore:
    return _levelled("trackable", doc, tracking_mechanisms(doc), vague_follow_ups)


def score_smartt(doc: Doc) -> list[CriterionScore]:
    return [
        specific(doc),
        measurable(doc),
        achievable(doc),
        relevant(doc),
        time_bound(doc),
        trackable(doc),
    ]
