"""Quality of the offline rule scorer on the labelled sets in tests/data/scoring/.

For each split (dev, test, adversarial) and each criterion: exact accuracy,
presence accuracy (0 against above 0), quadratic weighted kappa, and the
confusion matrix (rows: label, columns: score). Splits are reported
separately; a `*_test.jsonl` file that is absent is skipped.

Run: .venv/bin/python benchmarks/bench_scoring_quality.py [--misses] [--json]
Targets: SBI exact >= 0.85 and kappa >= 0.80 on every criterion; SMARTT exact
>= 0.80 on every criterion; every adversarial case scored exactly.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from rehearse.rubrics import get_rubric  # noqa: E402
from rehearse.scoring import score  # noqa: E402

DATA = ROOT / "tests" / "data" / "scoring"
SPLITS = {
    "dev": ("sbi_dev.jsonl", "smartt_dev.jsonl"),
    "test": ("sbi_test.jsonl", "smartt_test.jsonl"),
    "adversarial": ("adversarial.jsonl",),
}
TARGETS = {"sbi": (0.85, 0.80), "smartt": (0.80, None)}


@dataclass(frozen=True)
class Example:
    id: str
    rubric: str
    text: str
    labels: dict[str, int]
    tags: tuple[str, ...]


def load(path: Path) -> list[Example]:
    examples = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                examples.append(
                    Example(
                        str(row["id"]),
                        row["rubric"],
                        row["text"],
                        {k: int(v) for k, v in row["labels"].items()},
                        tuple(row.get("tags", ())),
                    )
                )
            except (ValueError, KeyError, TypeError) as error:
                raise SystemExit(f"{path}:{number}: {error}") from error
    return examples


def split_examples(split: str) -> list[Example] | None:
    paths = [DATA / name for name in SPLITS[split]]
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
    row = [sum(observed[i]) for i in range(levels)]
    col = [sum(observed[i][j] for i in range(levels)) for j in range(levels)]
    weight = [[(i - j) ** 2 / (levels - 1) ** 2 for j in range(levels)] for i in range(levels)]
    num = sum(weight[i][j] * observed[i][j] for i in range(levels) for j in range(levels))
    den = sum(weight[i][j] * row[i] * col[j] / n for i in range(levels) for j in range(levels))
    return 1.0 if den == 0 else 1.0 - num / den


@dataclass
class CriterionReport:
    rubric: str
    criterion: str
    n: int
    exact: float
    presence: float
    kappa: float
    confusion: list[list[int]]


def evaluate(examples: Iterable[Example]) -> tuple[list[CriterionReport], list[str]]:
    pairs: dict[tuple[str, str], tuple[list[int], list[int]]] = {}
    misses: list[str] = []
    for example in examples:
        result = score(example.text, example.rubric).scores()
        for criterion in get_rubric(example.rubric).criterion_ids:
            label = example.labels[criterion]
            scored = int(result[criterion] or 0)
            bucket = pairs.setdefault((example.rubric, criterion), ([], []))
            bucket[0].append(label)
            bucket[1].append(scored)
            if label != scored:
                misses.append(f"{example.id} {criterion}: label {label}, scored {scored}: {example.text[:110]}")
    reports = []
    for (rubric, criterion), (labels, scores) in sorted(pairs.items()):
        confusion = [[0] * 3 for _ in range(3)]
        for label, scored in zip(labels, scores, strict=True):
            confusion[label][scored] += 1
        n = len(labels)
        reports.append(
            CriterionReport(
                rubric,
                criterion,
                n,
                sum(a == b for a, b in zip(labels, scores, strict=True)) / n,
                sum((a > 0) == (b > 0) for a, b in zip(labels, scores, strict=True)) / n,
                quadratic_kappa(labels, scores),
                confusion,
            )
        )
    return reports, misses


def print_table(split: str, reports: list[CriterionReport]) -> None:
    print(f"\n== {split} ==")
    print(f"{'rubric':7} {'criterion':11} {'n':>4} {'exact':>6} {'presence':>8} {'kappa':>6}  confusion (rows label 0/1/2, cols score)  target")
    for r in reports:
        exact_target, kappa_target = TARGETS[r.rubric]
        ok = r.exact >= exact_target and (kappa_target is None or r.kappa >= kappa_target)
        matrix = " ".join("[" + ",".join(f"{v:2d}" for v in row) + "]" for row in r.confusion)
        target = "" if split == "adversarial" else ("ok" if ok else "BELOW")
        print(
            f"{r.rubric:7} {r.criterion:11} {r.n:4d} {r.exact:6.2f} {r.presence:8.2f} {r.kappa:6.2f}  {matrix:40}  {target}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every disagreement")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    everything: dict[str, list[dict[str, object]]] = {}
    for split in SPLITS:
        examples = split_examples(split)
        if examples is None:
            if not args.json:
                print(f"\n== {split} == (no files: {', '.join(SPLITS[split])}; skipped)")
            continue
        reports, misses = evaluate(examples)
        everything[split] = [r.__dict__ for r in reports]
        if not args.json:
            print_table(split, reports)
            if split == "adversarial":
                wrong = len({m.split()[0] for m in misses})
                print(f"adversarial cases scored exactly: {len(examples) - wrong}/{len(examples)}")
            if args.misses:
                for miss in misses:
                    print("  miss", miss)
    if args.json:
        print(json.dumps(everything, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
