"""Rule-based rewritten examples: the user's weakest line, with one missing element added.

The element comes, in order of preference, from the scenario's authored
phrases (`debrief.phrases`), from the scenario's facts when the rule scorer
finds one there that earns the criterion a 2, or from an <angle-bracket>
placeholder that says what to fill in.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rehearse.scenarios import Scenario

_TIME_PREPOSITION = re.compile(
    r"^(?:by|before|within|until|on|in|at|end of|starting|from|during|over)\b", re.I
)

PLACEHOLDERS = {
    ("sbi", "situation"): "In <the meeting or moment it happened>",
    ("sbi", "behavior"): "you <what they did or said, in their words>",
    ("sbi", "impact"): "<what it cost: a delay, rework, who went quiet>",
    ("smartt", "specific"): "<the outcome you expect, its scope, and who else is involved>",
    ("smartt", "measurable"): "<a number, a threshold or a deliverable>",
    ("smartt", "achievable"): "<the time or support they get>",
    ("smartt", "relevant"): "<the team or business goal it serves>",
    ("smartt", "time_bound"): "by <a date>",
    ("smartt", "trackable"): "<where and how often you will both look at progress>",
}


def _phrase(scenario: Scenario, rubric: str, criterion: str) -> str:
    authored = scenario.debrief.phrases.get(f"{rubric}.{criterion}")
    if authored:
        return authored.strip().rstrip(".")
    found = _fact_in(tuple(scenario.user.context), rubric, criterion)
    return found or PLACEHOLDERS[(rubric, criterion)]


@cache
def _fact_in(context: tuple[str, ...], rubric: str, criterion: str) -> str | None:
    """Words from the scenario's context that earn this criterion a 2 on their own."""
    from rehearse.scoring import score

    for fact in context:
        scored = score(fact, rubric).criterion(criterion)
        if scored.score == 2 and scored.evidence:
            return str(scored.evidence[0].text).strip(" ,.;")
    return None


def _sentence(line: str) -> str:
    line = " ".join(line.split())
    return line if line[-1:] in ".!?" else line + "."


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


# "Chris, you were ...": a name said to the person keeps its capital after a fronted situation.
_VOCATIVE = re.compile(r"[A-Z][a-z]+(?<!ly),")


def _lower_first(text: str) -> str:
    if text[:2] in ("I ", "I'") or _VOCATIVE.match(text):
        return text
    return text[:1].lower() + text[1:]


# A line longer than this is shown by the sentence the element joins, not whole: a five-sentence
# turn repeated in full with one clause added hides the clause.
LONG_LINE = 160
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'“(])")


def _near_the_change(base: str, *, at_start: bool) -> str:
    """A long line cut to the sentence the element joins: its first, or its last."""
    if len(base) <= LONG_LINE:
        return base
    sentences = _SENTENCE_END.split(base)
    if len(sentences) < 2:
        return base
    return f"{sentences[0]} …" if at_start else f"… {sentences[-1]}"


_WORD = re.compile(r"[a-z][a-z'-]{3,}")


def _already_said(line: str, phrase: str) -> bool:
    """Whether the line holds the phrase's words already: Noor's rehearsal was told to add "I'll
    tell the sales director that mid-sprint requests go through planning", which it said."""
    wanted = set(_WORD.findall(phrase.lower()))
    return bool(wanted) and len(wanted & set(_WORD.findall(line.lower()))) >= 0.8 * len(wanted)


def rewrite_example(line: str, rubric: str, criterion: str, scenario: Scenario) -> str:
    """`line` with the element `criterion` asks for, in words fitting the scenario."""
    phrase = _phrase(scenario, rubric, criterion)
    prepends = (rubric, criterion) == ("sbi", "situation")
    base = _near_the_change(_sentence(line), at_start=prepends)
    match (rubric, criterion):
        case ("sbi", "situation"):
            return f"{_capital(phrase)}, {_lower_first(base)}"
        case ("sbi", "behavior"):
            return f"{base} Specifically, {phrase}."
        case ("sbi", "impact"):
            return f"{base} As a result, {phrase}."
        case ("smartt", "specific"):
            return f"{base} Concretely, I'm asking you to {_lower_first(phrase)}."
        case ("smartt", "measurable"):
            return f"{base} Done means {phrase}."
        case ("smartt", "achievable"):
            if _already_said(line, phrase):  # the check is what it lacks
                return f"{base} Does that feel realistic to you?"
            return f"{base} {_capital(phrase)}; does that feel realistic?"
        case ("smartt", "relevant"):
            return f"{base} It matters because {phrase}."
        case ("smartt", "time_bound"):
            when = phrase if _TIME_PREPOSITION.match(phrase) else f"by {phrase}"
            return f"{base} We need it {when}."
        case ("smartt", "trackable"):
            return f"{base} Let's review progress {phrase}."
    return base
