"""The checks on a rewrite: facts missing and added (each named), jargon left, grade."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from rehearse.rewrite.analysis import Analysis, analyze
from rehearse.rewrite.facts import Fact, compare_facts
from rehearse.rewrite.jargon import Jargon


@dataclass(frozen=True)
class Checks:
    jargon_before: tuple[Jargon, ...]
    jargon_after: tuple[Jargon, ...]
    """Every jargon term still in the rewrite, explained or not."""
    grade_before: float
    grade_after: float
    missing_facts: tuple[Fact, ...]
    added_facts: tuple[Fact, ...]
    jargon_explained: tuple[Jargon, ...] = ()
    """The terms of `jargon_after` the rewrite explains where they appear."""

    @property
    def jargon_unexplained(self) -> tuple[Jargon, ...]:
        """What still stands between the reader and the message."""
        return tuple(j for j in self.jargon_after if j not in self.jargon_explained)

    @property
    def facts_ok(self) -> bool:
        """No fact lost and none invented."""
        return not self.missing_facts and not self.added_facts

    @property
    def fact_problems(self) -> int:
        return len(self.missing_facts) + len(self.added_facts)

    def as_json(self) -> dict[str, Any]:
        return {
            "jargon_before": [j.as_json() for j in self.jargon_before],
            "jargon_after": [j.as_json() for j in self.jargon_after],
            "jargon_explained": [j.term for j in self.jargon_explained],
            "grade_before": self.grade_before,
            "grade_after": self.grade_after,
            "missing_facts": [f.as_json() for f in self.missing_facts],
            "added_facts": [f.as_json() for f in self.added_facts],
        }


def check_rewrite(original: str, rewrite: str, *, before: Analysis | None = None) -> Checks:
    """Compare a rewrite with its original. `before` reuses an analysis of the original."""
    before = before if before is not None else analyze(original)
    after = analyze(rewrite)
    diff = compare_facts(original, rewrite, before=before.facts, after=after.facts)
    return Checks(
        jargon_before=before.jargon,
        jargon_after=after.jargon,
        grade_before=before.grade,
        grade_after=after.grade,
        missing_facts=diff.missing,
        added_facts=diff.added,
        jargon_explained=tuple(j for j in after.jargon if _explained(j, rewrite)),
    )


# "“p95” means …", "p95 (the time nearly all requests beat)", "the slowest checkouts
# (p95)", "p95, which means …", "p95, meaning …": the text tells the reader what
# the term is. A parenthesis must hold words: "p95 (300 ms)" explains nothing.
_EXPLANATION = re.compile(r"[“\"‘'](?P<quoted>[^”\"’']+)[”\"’'] means\b")
_WORDS_IN_PARENTHESES = r"\((?=[^)]*[^\W\d_]{3})[^)]*\)"


def _explained(term: Jargon, text: str) -> bool:
    """The rewrite says what the term means, where the reader meets it."""
    lowered = term.term.lower()
    if any(m.group("quoted").strip().lower() == lowered for m in _EXPLANATION.finditer(text)):
        return True
    escaped = re.escape(term.term)
    inline = re.compile(
        rf"(?<!\w){escaped}(?!\w)(?:\s*{_WORDS_IN_PARENTHESES}|,\s+(?:which\s+means|meaning|i\.e\.)\s)"
        rf"|[^\W\d_]{{3}}\s+\(\s*{escaped}\s*\)",
        re.I,
    )
    return inline.search(text) is not None
