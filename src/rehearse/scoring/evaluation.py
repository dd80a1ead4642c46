"""How well a scorer agrees with labelled examples: exact and presence accuracy, kappa, confusion.

Used by the quality benchmark and the floor tests. A labelled file holds one
JSON object per line: `{"id", "rubric", "text", "labels": {criterion: 0-2},
"tags": [...], "note": "..."}`; adversarial cases carry "adversarial" in tags.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from rehearse.rubrics import get_rubric
from rehearse.scoring.result import RubricResult

SPLITS = {
    "dev": ("sbi_dev.jsonl", "smartt_dev.jsonl"),
    "dev2": ("sbi_dev2.jsonl", "smartt_dev2.jsonl"),
    "dev3": ("smartt_dev3.jsonl",),
    "dev4": ("smartt_dev4.jsonl",),
    "dev5": ("smartt_dev5.jsonl",),
    "dev6": ("smartt_dev6.jsonl",),
    "dev7": ("smartt_dev7.jsonl",),
    "dev8": ("smartt_dev8.jsonl",),
    "dev9": ("smartt_dev9.jsonl",),
    "dev10": ("smartt_dev10.jsonl",),
    "dev11": ("smartt_dev11.jsonl",),
    "dev12": ("smartt_dev12.jsonl",),
    # Held out: never read while changing the scorer, measured once per round.
    "test": ("sbi_test.jsonl", "smartt_test.jsonl"),
    "test2": ("smartt_test2.jsonl",),
    "adversarial": ("adversarial.jsonl",),
}


@dataclass(frozen=True)
class Example:
    id: str
    rubric: str
    text: str
    labels: dict[str, int]
    tags: tuple[str, ...]


@dataclass(frozen=True)
class CriterionReport:
    rubric: str
    criterion: str
    n: int
    exact: float
    presence: float
    kappa: float
    confusion: tuple[tuple[int, int, int], ...]
    """Rows: the label (0, 1, 2); columns: the score."""


_Row = TypeVar("_Row")


def load(path: Path) -> list[Example]:
    """The examples of one file; a bad line is a ValueError naming the file and line."""
    return _read_jsonl(path, _example)


def _example(row: dict[str, Any]) -> Example:
    rubric = get_rubric(row["rubric"])
    labels = {k: int(v) for k, v in row["labels"].items()}
    if set(labels) != set(rubric.criterion_ids) or not all(0 <= v <= 2 for v in labels.values()):
        raise ValueError(f"labels must give 0-2 for each of {', '.join(rubric.criterion_ids)}")
    return Example(str(row["id"]), rubric.id, row["text"], labels, tuple(row.get("tags", ())))


def _read_jsonl(path: Path, parse: Callable[[dict[str, Any]], _Row]) -> list[_Row]:
    """Each non-blank line parsed; a bad one is a ValueError naming the file and line."""
    rows = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                rows.append(parse(json.loads(line)))
            except (ValueError, KeyError, TypeError) as error:
                raise ValueError(f"{path}:{number}: {error}") from error
    return rows


def split_examples(split: str, folder: Path) -> list[Example] | None:
    """Every example of a split, or None when none of its files exist."""
    paths = [folder / name for name in SPLITS[split]]
    if not any(path.exists() for path in paths):
        return None
    return [example for path in paths if path.exists() for example in load(path)]


def quadratic_kappa(labels: Sequence[int], scores: Sequence[int], levels: int = 3) -> float:
    """Cohen's kappa with quadratic weights (1.0 when both raters agree on a constant)."""
    n = len(labels)
    if n == 0:
        return float("nan")
    observed = [[0.0] * levels for _ in range(levels)]
    for label, scored in zip(labels, scores, strict=True):
        observed[label][scored] += 1
    rows = [sum(observed[i]) for i in range(levels)]
    cols = [sum(observed[i][j] for i in range(levels)) for j in range(levels)]
    weight = [[(i - j) ** 2 / (levels - 1) ** 2 for j in range(levels)] for i in range(levels)]
    disagreement = sum(weight[i][j] * observed[i][j] for i in range(levels) for j in range(levels))
    chance = sum(weight[i][j] * rows[i] * cols[j] / n for i in range(levels) for j in range(levels))
    return 1.0 if chance == 0 else 1.0 - disagreement / chance


def evaluate(
    examples: Iterable[Example], scorer: Callable[[str, str], RubricResult]
) -> tuple[list[CriterionReport], list[str]]:
    """Per-criterion agreement of `scorer` with the labels, and one line per disagreement."""
    pairs: dict[tuple[str, str], tuple[list[int], list[int]]] = {}
    misses: list[str] = []
    for example in examples:
        result = scorer(example.text, example.rubric).scores()
        for criterion in get_rubric(example.rubric).criterion_ids:
            label, scored = example.labels[criterion], int(result[criterion] or 0)
            bucket = pairs.setdefault((example.rubric, criterion), ([], []))
            bucket[0].append(label)
            bucket[1].append(scored)
            if label != scored:
                misses.append(
                    f"{example.id} {criterion}: label {label}, scored {scored}: {example.text[:110]}"
                )
    reports = []
    for (rubric, criterion), (labels, scores) in sorted(pairs.items()):
        confusion = [[0, 0, 0] for _ in range(3)]
        for label, scored in zip(labels, scores, strict=True):
            confusion[label][scored] += 1
        n = len(labels)
        reports.append(
            CriterionReport(
                rubric=rubric,
                criterion=criterion,
                n=n,
                exact=sum(a == b for a, b in zip(labels, scores, strict=True)) / n,
                presence=sum((a > 0) == (b > 0) for a, b in zip(labels, scores, strict=True)) / n,
                kappa=quadratic_kappa(labels, scores),
                confusion=tuple((row[0], row[1], row[2]) for row in confusion),
            )
        )
    return reports, misses


# --- the turn flags ---------------------------------------------------------------------

FLAG_SPLITS = {"dev": "flags_dev.jsonl", "dev2": "flags_dev2.jsonl", "test": "flags_test.jsonl"}


@dataclass(frozen=True)
class FlagExample:
    id: str
    text: str
    flags: frozenset[str]


@dataclass(frozen=True)
class FlagReport:
    flag: str
    support: int
    """Examples labelled with the flag."""
    fired: int
    true_positives: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.fired if self.fired else float("nan")

    @property
    def recall(self) -> float:
        return self.true_positives / self.support if self.support else float("nan")


def load_flags(path: Path) -> list[FlagExample]:
    """`{"id", "text", "flags": [...], "note"}` per line; a bad line names the file and line."""
    return _read_jsonl(path, _flag_example)


def _flag_example(row: dict[str, Any]) -> FlagExample:
    from rehearse.signals import FLAG_NAMES

    flags = frozenset(row["flags"])
    unknown = flags - FLAG_NAMES
    if unknown:
        raise ValueError(f"unknown flags: {', '.join(sorted(unknown))}")
    return FlagExample(str(row["id"]), str(row["text"]), flags)


def evaluate_flags(
    examples: Iterable[FlagExample], detect: Callable[[str], Iterable[str]]
) -> tuple[list[FlagReport], list[str]]:
    """Per-flag precision and recall of `detect`, and one line per wrong flag."""
    from rehearse.signals import FLAG_NAMES

    counts = {name: [0, 0, 0] for name in sorted(FLAG_NAMES)}  # support, fired, true positives
    misses: list[str] = []
    for example in examples:
        fired = frozenset(detect(example.text))
        for name, count in counts.items():
            count[0] += name in example.flags
            count[1] += name in fired
            count[2] += name in example.flags and name in fired
        for name in sorted(example.flags - fired):
            misses.append(f"{example.id} missed {name}: {example.text[:110]}")
        for name in sorted(fired - example.flags):
            misses.append(f"{example.id} false {name}: {example.text[:110]}")
    reports = [FlagReport(name, *count) for name, count in counts.items()]
    return reports, misses


def micro(reports: Sequence[FlagReport]) -> tuple[float, float]:
    """Micro-averaged precision and recall over every flag."""
    fired = sum(r.fired for r in reports)
    support = sum(r.support for r in reports)
    hits = sum(r.true_positives for r in reports)
    return (hits / fired if fired else float("nan"), hits / support if support else float("nan"))
