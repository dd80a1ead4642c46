"""Which rubric's job a user turn tried: feedback (SBI) or an ask (SMARTT).

The debrief judges a turn on the rubrics it tried. A turn that only listened,
agreed a next step or asked a question did another job: its 0/6 on SBI says
nothing about the user's feedback, and quoting it as the weakest line would
invent a fault. The judgement reuses what the scorer produces: the turn's
stored rule results (behaviour, situation and impact evidence, flags) and the
scorer's own detectors re-run on its text (the analysis is cached).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from rehearse.scoring.detectors.tasks import requested_tasks, vague_asks
from rehearse.scoring.signals import FLAG_DETECTORS
from rehearse.scoring.text import Doc, analyse

# Flags whose sentence is doing another job than feedback: listening, owning a
# mistake, asking, or planning what comes next. A behaviour the scorer finds
# there ("at next Tuesday's planning you run a timebox", "thank you for
# telling me") is part of that job, not something the user saw them do.
OTHER_JOBS = (
    "acknowledged_concern",
    "took_ownership",
    "asked_open_question",
    "asked_for_help",
    "proposed_next_step",
    "clear_ask",
    "offered_support",
    "put_on_record",
    "committed_to_updates",
)
# Verdicts on the person ("you're careless", "you don't care"): feedback, however badly given.
VERDICTS = frozenset({"label", "assumed_intent", "sarcasm"})


def tried_rubrics(text: str, results: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """The rubrics (of those scored, in their order) whose job the turn tried."""
    doc = analyse(text)
    return [
        rubric for rubric, result in results.items() if rubric in JOBS and JOBS[rubric](doc, result)
    ]


def gave_feedback(doc: Doc, result: Mapping[str, Any]) -> bool:
    """A verdict on the person, or a sentence that says what happened (situation, behaviour
    or impact) without doing another job.

    A sentence doing another job still counts when it holds two of the three:
    "I hear you, but in yesterday's planning you cut Priya off twice" is feedback.
    """
    if any(flag.get("kind") in VERDICTS for flag in result.get("flags", [])):
        return True
    elements: dict[int, set[str]] = {}
    for criterion in ("situation", "behavior", "impact"):
        for start in _evidence(result, criterion):
            elements.setdefault(doc.sentence_index(start), set()).add(criterion)
    if not elements:
        return False
    elsewhere = {
        doc.sentence_index(span.start) for name in OTHER_JOBS for span in FLAG_DETECTORS[name](doc)
    }
    return any(sentence not in elsewhere or len(found) >= 2 for sentence, found in elements.items())


def made_an_ask(doc: Doc) -> bool:
    """A task, however vague: asked of the person, or the user's own plan ("here's what I'll change")."""
    return bool(requested_tasks(doc)) or bool(vague_asks(doc))


# Each rubric's job: what a turn must hold to be judged on it.
JOBS: dict[str, Callable[[Doc, Mapping[str, Any]], bool]] = {
    "sbi": gave_feedback,
    "smartt": lambda doc, _result: made_an_ask(doc),
}


def _evidence(result: Mapping[str, Any], criterion: str) -> list[int]:
    """Where the stored evidence for `criterion` starts in the turn's text."""
    scored: Iterable[Mapping[str, Any]] = result.get("criteria", [])
    for item in scored:
        if item.get("id") == criterion and (item.get("score") or 0) > 0:
            return [span["start"] for span in item.get("evidence", [])]
    return []
