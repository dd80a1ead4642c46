"""One pass over a message: its facts, its jargon and its reading grade."""

from __future__ import annotations

from dataclasses import dataclass

from rehearse.rewrite.facts import Fact, extract_facts
from rehearse.rewrite.jargon import Jargon, find_jargon
from rehearse.rewrite.readability import Readability, readability


@dataclass(frozen=True)
class Analysis:
    text: str
    facts: tuple[Fact, ...]
    jargon: tuple[Jargon, ...]
    readability: Readability

    @property
    def grade(self) -> float:
        return self.readability.grade


def analyze(text: str) -> Analysis:
    """Facts, jargon (with spans, for highlighting) and readability of `text`. Never raises."""
    facts = extract_facts(text)
    return Analysis(text, tuple(facts), tuple(find_jargon(text, facts)), readability(text))
