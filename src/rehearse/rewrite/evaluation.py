"""Scoring the analysis against a labelled set, and planting changes for the fact check.

Used by `benchmarks/bench_rewrite.py` and the tests. A labelled message has its
jargon terms and its facts, as written; the scores compare what `analyze`
finds with those labels. Plantings are made from the labelled facts: each
fact removed, each number changed, new numbers and names invented; a planting
is caught when the check names exactly what was planted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml

from rehearse.rewrite.analysis import analyze
from rehearse.rewrite.facts import MONTHS, Fact, compare_facts, extract_facts
from rehearse.rewrite.quantities import NUMBER_WORDS


class LabelError(Exception):
    """The labelled set is malformed (names the file, the message and the label)."""


@dataclass(frozen=True)
class LabelledMessage:
    id: str
    topic: str
    text: str
    jargon: tuple[str, ...]
    facts: tuple[str, ...]


@dataclass
class Score:
    expected: int = 0
    found: int = 0
    recalled: int = 0
    correct: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.recalled / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.found if self.found else 1.0


PlantKind = Literal["removed", "changed", "invented"]


@dataclass(frozen=True)
class Planting:
    message_id: str
    kind: PlantKind
    original: str
    altered: str
    missing: str | None  # the fact the check must report missing
    added: str | None  # the fact the check must report added


def load_labelled(path: Path) -> list[LabelledMessage]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(raw, list):
        raise LabelError(f"{path}: expected a list of messages")
    messages = []
    for number, item in enumerate(raw, start=1):
        where = (
            f"{path.name}: message {item.get('id', number) if isinstance(item, dict) else number}"
        )
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise LabelError(f"{where}: needs id, topic, text, jargon and facts")
        text = " ".join(item["text"].split())
        message = LabelledMessage(
            id=str(item["id"]),
            topic=str(item.get("topic", "")),
            text=text,
            jargon=tuple(str(term) for term in item.get("jargon") or ()),
            facts=tuple(str(fact) for fact in item.get("facts") or ()),
        )
        for label in (*message.jargon, *message.facts):
            if _locate(text, label) is None:
                raise LabelError(f"{where}: label {label!r} is not in the text")
        messages.append(message)
    return messages


# -- jargon and facts against the labels -----------------------------------------


def score_jargon(messages: Iterable[LabelledMessage]) -> Score:
    """A label is recalled when a found term overlaps it; a found term, when it overlaps one."""
    score = Score()
    for message in messages:
        labels = [(label, _locate(message.text, label)) for label in message.jargon]
        spans = [span for _, span in labels if span is not None]
        found = analyze(message.text).jargon
        score.expected += len(labels)
        score.found += len(found)
        for label, span in labels:
            if span is not None and any(_overlap(span, s) for j in found for s in j.spans):
                score.recalled += 1
            else:
                score.misses.append(f"{message.id}: {label}")
        for jargon in found:
            if any(_overlap(s, span) for s in jargon.spans for span in spans):
                score.correct += 1
            else:
                score.extras.append(f"{message.id}: {jargon.term} ({jargon.kind})")
    return score


def score_facts(messages: Iterable[LabelledMessage]) -> Score:
    """Facts must match their label as written (case, spacing and a possessive aside)."""
    score = Score()
    for message in messages:
        found = [_normal(f.text) for f in analyze(message.text).facts]
        labels = [_normal(label) for label in message.facts]
        score.expected += len(labels)
        score.found += len(found)
        for label in labels:
            if label in found:
                score.recalled += 1
            else:
                score.misses.append(f"{message.id}: {label}")
        for fact in found:
            if fact in labels:
                score.correct += 1
            else:
                score.extras.append(f"{message.id}: {fact}")
    return score


# -- planted changes ---------------------------------------------------------------

# (sentence to append, the fact it invents)
INVENTIONS: tuple[tuple[str, str], ...] = (
    ("We also expect a 37% drop in tickets.", "37%"),
    ("It will cost another $4,700.", "$4,700"),
    ("Expect a further delay of 45 minutes.", "45 minutes"),
    ("We will follow up on April 9.", "April 9"),
    ("It also affected 13 more accounts.", "13"),
    ("The review is at 4:45pm.", "4:45pm"),
    ("The fix ships in version 9.1.4.", "version 9.1.4"),
    ("Sign-off comes from Bartholomew.", "Bartholomew"),
    ("It needs approval from the Legal team.", "Legal team"),
    ("The rollout ends in Q4.", "Q4"),
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def plantings(messages: Iterable[LabelledMessage]) -> list[Planting]:
    planted: list[Planting] = []
    for message in messages:
        text = message.text
        for label in message.facts:
            planted.append(Planting(message.id, "removed", text, _remove(text, label), label, None))
            changed = _unused_change(text, label)
            if changed is not None:
                altered = _replace(text, label, changed)
                planted.append(Planting(message.id, "changed", text, altered, label, changed))
        for sentence, fact in INVENTIONS:
            if fact.lower() not in text.lower() and not (
                fact.isdigit() and re.search(rf"\b{fact}\b", text)
            ):
                planted.append(
                    Planting(message.id, "invented", text, f"{text} {sentence}", None, fact)
                )
    return planted


def caught(planting: Planting) -> bool:
    """Did the check name the planted change: the fact missing, the fact added?"""
    diff = compare_facts(planting.original, planting.altered, before=_facts_of(planting.original))
    ok = True
    if planting.missing is not None:
        ok = ok and _named(planting.missing, diff.missing)
    if planting.added is not None:
        ok = ok and _named(planting.added, diff.added)
    return ok


@lru_cache(maxsize=64)
def _facts_of(text: str) -> tuple[Fact, ...]:
    return tuple(extract_facts(text))


def _unused_change(text: str, label: str) -> str | None:
    """A change of `label` whose new value the message does not already hold."""
    changed = change_fact(label)
    for _ in range(10):
        if changed is None:
            return None
        value = NUMBER_WORDS.get(changed.lower())
        taken = _locate(text, changed) is not None or (
            value is not None and _locate(text, str(value))
        )
        if not taken:
            return changed
        changed = change_fact(changed)
    return None


def change_fact(label: str) -> str | None:
    """The label with its number changed (9am -> 10am, Q4 -> Q1, March 15 -> March 16)."""
    ampm = re.search(r"(\d{1,2})(?=(?::\d\d)?\s?(?:am|pm|AM|PM))", label)
    if ampm:
        return _sub_span(label, ampm, str(int(ampm.group(1)) % 12 + 1))
    clock = re.match(r"(\d{1,2})(?=:\d\d)", label)
    if clock:
        return _sub_span(label, clock, f"{(int(clock.group(1)) + 1) % 24:02d}")
    quarter = re.match(r"([QH])([1-4])", label)
    if quarter:
        limit = 4 if quarter.group(1) == "Q" else 2
        return f"{quarter.group(1)}{int(quarter.group(2)) % limit + 1}{label[2:]}"
    month = next((m for m in _MONTH_NAMES if label.startswith(m)), None)
    day = re.search(r"\b(\d{1,2})\b", label)
    if month and day:
        return _sub_span(label, day, str(int(day.group(1)) % 28 + 1))
    percentile = re.fullmatch(r"[pP](\d+)", label)
    if percentile:
        return _sub_span(label, percentile, str(int(percentile.group(1)) - 1))
    upper = re.search(r"\d(?:\s?(?:-|–|to)\s?)(\d+)", label)
    if upper:  # a range keeps being a range: 2-3 days -> 2-4 days
        return _sub_span(label, upper, str(int(upper.group(1)) + 1))
    digits = re.search(r"\d+", label)
    if digits:
        return _sub_span(label, digits, str(int(digits.group()) + 1))
    for names in (_WEEKDAYS, _MONTH_NAMES):
        if label in names:
            return names[(names.index(label) + 1) % len(names)]
    word = label.lower()
    if word in NUMBER_WORDS and word not in ("one", "hundred"):
        following = {value: name for name, value in NUMBER_WORDS.items()}.get(
            NUMBER_WORDS[word] + 1
        )
        return following
    return None


def _sub_span(text: str, match: re.Match[str], replacement: str) -> str:
    return (
        text[: match.start(1 if match.groups() else 0)]
        + replacement
        + text[match.end(1 if match.groups() else 0) :]
    )


def _remove(text: str, label: str) -> str:
    return re.sub(r"\s{2,}", " ", _replace(text, label, ""))


def _replace(text: str, label: str, new: str) -> str:
    span = _locate(text, label)
    assert span is not None
    return text[: span[0]] + new + text[span[1] :]


def _named(label: str, facts: Iterable[Fact]) -> bool:
    wanted = _normal(label)
    return any(_normal(fact.text) == wanted for fact in facts)


def _normal(text: str) -> str:
    return re.sub(r"['’]s$", "", " ".join(text.split())).lower()


def _locate(text: str, label: str) -> tuple[int, int] | None:
    """Where `label` occurs in `text` as a whole word (case-sensitive first)."""
    for flags in (0, re.IGNORECASE):
        match = re.search(rf"(?<![\w]){re.escape(label)}(?![\w])", text, flags)
        if match:
            return match.span()
    return None


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


__all__ = [
    "INVENTIONS",
    "MONTHS",
    "LabelError",
    "LabelledMessage",
    "Planting",
    "Score",
    "caught",
    "change_fact",
    "load_labelled",
    "plantings",
    "score_facts",
    "score_jargon",
]
