"""One concrete suggestion per criterion below 2, built on the user's own words.

Every function returns a sentence; when the user's words are the problem
("lately", "you always ...", "keep me posted"), the advice quotes them.
"""

from __future__ import annotations

from rehearse.scoring.result import Span
from rehearse.scoring.text import Doc

_NOT_READ = (
    "The offline scorer reads English only and found nothing it could credit; "
    "score this text with an LLM judge (--judge) instead."
)


def _quote(spans: list[Span], limit: int = 60) -> str:
    text = spans[0].text
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return f"“{text}”"


def _unreadable(doc: Doc) -> bool:
    return any(reason == "not_english" for _start, _end, reason in doc.masked)


def situation(level: int, doc: Doc, vague: list[Span]) -> str:
    if _unreadable(doc):
        return _NOT_READ
    if level == 1 and vague:
        return (
            f"{_quote(vague)} is general: name the one occasion you mean, "
            "e.g. “in Tuesday's retro” or “on the PR you merged last night”."
        )
    return (
        "Say when and where it happened, e.g. “In yesterday's standup, ...” or "
        "“During Tuesday's outage call, ...”."
    )


_SPECIFIC_ACT = "“you interrupted Priya twice while she presented”"


def behavior(
    level: int,
    doc: Doc,
    acts: list[Span],
    judged: list[Span],
    generalized: list[Span],
    observed: list[Span],
) -> str:
    """`acts`: all the behaviour quoted; `observed`: the specific acts among them."""
    if _unreadable(doc):
        return _NOT_READ
    if level == 1 and judged:
        # Only a specific act is an example to keep: "you always steamroll people" is not one.
        keep = f"like {_quote(observed)}" if observed else f"e.g. {_SPECIFIC_ACT}"
        return (
            f"Drop {_quote(judged)}: it is a judgment or a guess about intent. "
            f"Keep only what anyone could have seen or heard, {keep}."
        )
    if level == 1 and generalized:
        return (
            f"{_quote(generalized)} turns one act into a pattern: describe one specific "
            "time, and exactly what they did or said."
        )
    if level == 1:
        return (
            f"Make {_quote(acts)} observable: what exactly did they do or say, "
            f"e.g. {_SPECIFIC_ACT}?"
        )
    if judged:
        return (
            f"{_quote(judged)} describes the person, not an act: say what they did or said "
            "instead, e.g. “you said ‘this is garbage’ in the review”."
        )
    return (
        "Describe one thing they did or said that you saw or heard, e.g. "
        "“you merged the change without a review”."
    )


def impact(level: int, doc: Doc, vague: list[Span]) -> str:
    if _unreadable(doc):
        return _NOT_READ
    if level == 1 and vague:
        return (
            f"{_quote(vague)} is vague: name the concrete effect on you, on people or on the "
            "work (what slipped and by how much, who waited, what had to be redone)."
        )
    return (
        "Say what it led to: a delay, rework, someone going quiet, a customer waiting, "
        "or how it affected you (“I had to answer the client without the numbers”)."
    )


_SMARTT_ZERO = {
    "specific": "Name the task and its outcome, e.g. “write an ADR comparing Kafka and SQS for "
    "the events pipeline”.",
    "measurable": "Say how you'll both know it's done: a number, a threshold or a deliverable, "
    "e.g. “from 14 to 5 P1 bugs” or “an ADR with three options and a recommendation”.",
    "achievable": "Name the time or help they get, or check feasibility with them: "
    "“you'll have two days per sprint”, “I'll pair with you”, “does March 31 feel realistic?”.",
    "relevant": "Say why it matters, tied to a goal: a customer, a cost, a launch or a team "
    "it unblocks, e.g. “it blocks the datacenter shutdown, which saves $8k a month”.",
    "time_bound": "Give a deadline or a duration: “by Thursday”, “within six weeks”, “end of Q2”.",
    "trackable": "Agree how progress will be followed: “a shared page updated every Friday”, "
    "“we review it in our Monday one-on-one”.",
}
_SMARTT_ONE = {
    "specific": "{quote} names a task but not its outcome or scope: say what is done when it "
    "is done, what is in and out, and who else is involved.",
    "measurable": "{quote} says what to do, not how you will both know it is done: add a number "
    "or a deliverable, e.g. “from 14 to 5 P1 bugs” or “a runbook reviewed by on-call”.",
    "achievable": "{quote} leaves feasibility open: name the time or help they get, or ask "
    "“does that feel realistic with your current load?”.",
    "relevant": "{quote} is a vague why: tie it to a concrete goal, a customer, a cost or "
    "a launch it serves.",
    "time_bound": "{quote} is not a date: give one, e.g. “by Thursday” or “end of Q2”.",
    "trackable": "{quote} has no mechanism: agree one, e.g. “post a status in the channel "
    "every Friday” or “we review it in our Monday one-on-one”.",
}


# A specific ask with one gap left: who does it, or what its target is for.
_SPECIFIC_GAP = {
    "who": "{quote} says what done is but not who does it: ask a person or a team by name, "
    "e.g. “Priya, can you …”.",
    "what": "{quote} sets a target but not what it is for: name the service or the page, "
    "e.g. “p95 on the checkout API under 300 ms”.",
}


def specific_gap(gap: str, spans: list[Span]) -> str:
    """Advice for a task whose outcome is clear but whose people (`who`) or scope (`what`) is not."""
    return _SPECIFIC_GAP[gap].format(quote=_quote(spans))


def smartt(criterion: str, level: int, doc: Doc, spans: list[Span]) -> str:
    if _unreadable(doc):
        return _NOT_READ
    if level == 1 and spans:
        return _SMARTT_ONE[criterion].format(quote=_quote(spans))
    if criterion == "specific" and spans:
        return f"{_quote(spans)} names no task you can point at. " + _SMARTT_ZERO["specific"]
    if criterion == "time_bound" and spans:
        return f"{_quote(spans)} leaves it open-ended. " + _SMARTT_ZERO["time_bound"]
    return _SMARTT_ZERO[criterion]
