"""How often two independent labellers agree on SMARTT, beside how often the rule scorer agrees.

Each split was labelled by its writer; `smartt_<split>.second_labeller.jsonl`
holds a second labeller's levels for the same texts, given the spec and the
labelling conventions but not the first labels. Their agreement is the ceiling
a scorer can be asked for on this text; the rule scorer's agreement with the
writer is printed beside it, on the same examples. The held-out splits (test,
test2) were relabelled by someone who never saw the scorer.

Run: .venv/bin/python benchmarks/bench_label_agreement.py [--split dev4 --split test ...]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from rehearse.rubrics import get_rubric  # noqa: E402
from rehearse.scoring import score  # noqa: E402
from rehearse.scoring.evaluation import load, quadratic_kappa  # noqa: E402

DATA = ROOT / "tests" / "data" / "scoring"


def agreement(first: list[int], second: list[int]) -> tuple[float, float]:
    exact = sum(a == b for a, b in zip(first, second, strict=True)) / len(first)
    return exact, quadratic_kappa(first, second)


SPLITS = ("dev4", "dev9", "dev10", "dev11", "dev12", "test", "test2")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", action="append", choices=SPLITS, help="default: all")
    for split in parser.parse_args().split or SPLITS:
        if compare(split) != 0:
            return 1
    return 0


def compare(split: str) -> int:
    examples = load(DATA / f"smartt_{split}.jsonl")
    second = {
        row["id"]: row["labels"]
        for row in map(json.loads, (DATA / f"smartt_{split}.second_labeller.jsonl").open())
    }
    missing = [e.id for e in examples if e.id not in second]
    if missing:
        print(f"second labeller is missing {len(missing)} examples, e.g. {missing[0]}")
        return 1
    scored = {e.id: score(e.text, "smartt").scores() for e in examples}
    print(f"\n{len(examples)} examples of smartt_{split}; exact accuracy / quadratic kappa\n")
    print(f"{'criterion':11} {'labeller vs labeller':>21} {'rules vs writer':>17}")
    for criterion in (c.id for c in get_rubric("smartt").criteria):
        writer = [e.labels[criterion] for e in examples]
        other = [second[e.id][criterion] for e in examples]
        rules = [scored[e.id][criterion] or 0 for e in examples]
        people, machine = agreement(writer, other), agreement(writer, rules)
        print(
            f"{criterion:11} {people[0]:12.2f} / {people[1]:4.2f} {machine[0]:10.2f} / {machine[1]:4.2f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
