"""Rule-based rewritten examples: the user's weakest line, with one missing element added.

The element comes from the scenario's own facts when the rule scorer finds one
there (a date, a deliverable, an occasion), so the example is concrete; when
the scenario has none, an <angle-bracket> placeholder says what to fill in.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rehearse.scenarios import Scenario

_TIME_PREPOSITION = re.compile(r"^(?:by|before|within|until|on|in|at|end of|starting|from)\b", re.I)


def _fact(scenario: Scenario, rubric: str, criterion: str) -> str | None:
    return _fact_in(tuple(scenario.user.context), rubric, criterion)


@cache
def _fact_in(context: tuple[str, ...], rubric: str, criterion: str) -> str | None:
    """Words from the scenario's context that earn this criterion a 2 on their own."""
    from rehearse.scoring import score

    for fact in context:
        result = score(fact, rubric)
        scored = result.criterion(criterion)
        if scored.score == 2 and scored.evidence:
            return str(scored.evidence[0].text).strip(" ,.;")
    return None


def _sentence(line: str) -> str:
    line = " ".join(line.split())
    return line if line[-1:] in ".!?" else line + "."


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2] != "I " else text


def rewrite_example(line: str, rubric: str, criterion: str, scenario: Scenario) -> str:
    fact = _fact(scenario, rubric, criterion)
    base = _sentence(line)
    if (rubric, criterion) == ("sbi", "situation"):
        occasion = fact or "In <the meeting or moment it happened>"
        occasion = occasion[:1].upper() + occasion[1:]
        return f"{occasion}, {_lower_first(base)}"
    if (rubric, criterion) == ("sbi", "behavior"):
        return f"{base} Specifically, {fact or 'you <what they did or said, in their words>'}."
    if (rubric, criterion) == ("sbi", "impact"):
        return f"{base} {_capital(fact) if fact else 'The effect was <what it cost: a delay, rework, who went quiet>'}."
    if (rubric, criterion) == ("smartt", "specific"):
        return f"{base} Concretely: {fact or '<the outcome you expect, its scope, and who else is involved>'}."
    if (rubric, criterion) == ("smartt", "measurable"):
        return f"{base} Done means {fact or '<a number, a threshold or a deliverable>'}."
    if (rubric, criterion) == ("smartt", "achievable"):
        when = _deadline(scenario) or "that timeline"
        return f"{base} Does {when.removeprefix('by ')} feel realistic, and what support would you need from me?"
    if (rubric, criterion) == ("smartt", "relevant"):
        return f"{base} It matters because {fact or '<the team or business goal it serves>'}."
    if (rubric, criterion) == ("smartt", "time_bound"):
        return f"{base} We need it {_deadline(scenario) or 'by <a date>'}."
    if (rubric, criterion) == ("smartt", "trackable"):
        return f"{base} Let's review progress {fact or 'in our weekly one-on-one'}."
    return base


def _deadline(scenario: Scenario) -> str | None:
    fact = _fact(scenario, "smartt", "time_bound")
    if fact is None:
        return None
    return fact if _TIME_PREPOSITION.match(fact) else f"by {fact}"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
