"""The rule scorer against the labelled sets: floors on every criterion, adversarial cases exact.

Floors sit a little below the targets (SBI exact 0.85 / kappa 0.80, SMARTT
exact 0.80) so a harmless change does not flake CI; the benchmark
`benchmarks/bench_scoring_quality.py` prints the full table. The held-out
splits (`test`, `test2`) have their own floors and are skipped when absent.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rehearse.scoring import score
from rehearse.scoring.evaluation import Example, evaluate, split_examples

DATA = Path(__file__).parent / "data" / "scoring"

FLOORS = {"sbi": (0.80, 0.75), "smartt": (0.75, None)}
# Where the scorer stands on text by writers whose phrasing it was not built
# from. `test` and `test2` are held out (never tuned against); dev4 to dev10
# were written by seven more writers and joined the tuning sets after their
# first measurement. SMARTT is below its 0.80 target there (specific 0.64 and
# measurable 0.70 on test2; dev10 before tuning: relevant 0.55, measurable 0.62,
# specific 0.64, and 0.73 to 0.93 after; dev11 before tuning: specific 0.50,
# measurable 0.54, 0.72 to 0.91 on the rest, and 0.63 to 0.98 after; dev12 before tuning:
# specific 0.65, measurable 0.62, relevant 0.64, 0.82 to 0.89 on the rest); these floors record
# that, so they can only rise.
# Every split of labelled messages, tuning and held out (see tests/data/scoring/README.md).
LABELLED_SPLITS = [
    "dev",
    "dev2",
    "dev3",
    "dev4",
    "dev5",
    "dev6",
    "dev7",
    "dev8",
    "dev9",
    "dev10",
    "dev11",
    "dev12",
]
LABELLED_SPLITS += ["test", "test2"]
SPLIT_FLOORS = {
    "test": {"sbi": (0.80, 0.75), "smartt": (0.70, None)},
    "test2": {"smartt": (0.62, None)},
    "dev4": {"smartt": (0.75, None)},
    "dev5": {"smartt": (0.70, None)},
    "dev6": {"smartt": (0.65, None)},
    "dev7": {"smartt": (0.65, None)},
    "dev8": {"smartt": (0.65, None)},
    "dev9": {"smartt": (0.60, None)},
    "dev10": {"smartt": (0.65, None)},
    "dev11": {"smartt": (0.60, None)},
    "dev12": {"smartt": (0.60, None)},
}


@pytest.mark.parametrize("split", LABELLED_SPLITS)
def test_every_criterion_meets_its_floor(split: str) -> None:
    examples = split_examples(split, DATA)
    if examples is None:
        pytest.skip(f"no {split} split in tests/data/scoring/")
    reports, _misses = evaluate(examples, score)
    assert {r.rubric for r in reports} == {e.rubric for e in examples}
    for report in reports:
        exact_floor, kappa_floor = SPLIT_FLOORS.get(split, FLOORS)[report.rubric]
        label = f"{split} {report.rubric}.{report.criterion}"
        assert report.exact >= exact_floor, f"{label}: exact {report.exact:.2f}"
        if kappa_floor is not None:
            assert report.kappa >= kappa_floor, f"{label}: kappa {report.kappa:.2f}"


def test_dev_set_covers_every_level_of_every_criterion() -> None:
    examples = split_examples("dev", DATA)
    assert examples is not None
    assert sum(e.rubric == "sbi" for e in examples) >= 80
    assert sum(e.rubric == "smartt" for e in examples) >= 50
    seen = {(e.rubric, c, level) for e in examples for c, level in e.labels.items()}
    for rubric, criteria in (
        ("sbi", ("situation", "behavior", "impact")),
        ("smartt", ("specific", "measurable", "achievable", "relevant", "time_bound", "trackable")),
    ):
        for criterion in criteria:
            for level in (0, 1, 2):
                assert (rubric, criterion, level) in seen, (rubric, criterion, level)


def test_no_adversarial_case_with_nothing_in_it_earns_credit_in_any_split() -> None:
    for split in ("adversarial", *LABELLED_SPLITS):
        for example in split_examples(split, DATA) or []:
            if "adversarial" in example.tags and not any(example.labels.values()):
                assert score(example.text, example.rubric).total == 0, f"{split} {example.id}"


def _adversarial() -> list[object]:
    examples = split_examples("adversarial", DATA) or []
    return [pytest.param(e, id=e.id) for e in examples]


@pytest.mark.parametrize("example", _adversarial())
def test_adversarial_case_earns_exactly_its_label(example: Example) -> None:
    assert "adversarial" in example.tags
    assert score(example.text, example.rubric).scores() == example.labels


@pytest.mark.parametrize("split", ["dev4", "dev9", "dev10", "dev11", "dev12", "test", "test2"])
def test_second_labeller_covers_its_split(split: str) -> None:
    # The agreement benchmark compares two labellers example by example: none may be missing.
    examples = split_examples(split, DATA)
    if examples is None:
        pytest.skip(f"no {split} split in tests/data/scoring/")
    path = DATA / f"smartt_{split}.second_labeller.jsonl"
    second = [json.loads(line) for line in path.open() if line.strip()]
    assert [row["id"] for row in second] == [e.id for e in examples if e.rubric == "smartt"]
    criteria = {"specific", "measurable", "achievable", "relevant", "time_bound", "trackable"}
    for row in second:
        assert set(row["labels"]) == criteria and set(row["labels"].values()) <= {0, 1, 2}
