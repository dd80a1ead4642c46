"""Quality of the offline rule scorer on the labelled sets in tests/data/scoring/.

For each split (see tests/data/scoring/README.md: dev..dev9 for tuning, test and
test2 held out, adversarial) and each criterion: exact accuracy,
presence accuracy (0 against above 0), quadratic weighted kappa, and the
confusion matrix (rows: the label 0/1/2, columns: the score). Splits are
reported separately; a split whose files are absent is skipped.

Targets: SBI exact >= 0.85 and kappa >= 0.80 on every criterion; SMARTT exact
>= 0.80 on every criterion; every adversarial case scored exactly.

Run: .venv/bin/python benchmarks/bench_scoring_quality.py [--split dev] [--misses] [--json]
(`--split` may be given more than once; without it every split present is scored.)
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from rehearse.scoring import score  # noqa: E402
from rehearse.scoring.evaluation import SPLITS, CriterionReport, evaluate, split_examples  # noqa: E402

DATA = ROOT / "tests" / "data" / "scoring"
TARGETS = {"sbi": (0.85, 0.80), "smartt": (0.80, None)}


def meets_target(report: CriterionReport) -> bool:
    exact_target, kappa_target = TARGETS[report.rubric]
    return report.exact >= exact_target and (kappa_target is None or report.kappa >= kappa_target)


def print_table(split: str, reports: list[CriterionReport]) -> None:
    print(f"\n== {split} ==")
    print(
        f"{'rubric':7} {'criterion':11} {'n':>4} {'exact':>6} {'presence':>8} {'kappa':>6}  "
        f"{'confusion (rows label 0/1/2, cols score)':42}  target"
    )
    for r in reports:
        matrix = " ".join("[" + ",".join(f"{v:3d}" for v in row) + "]" for row in r.confusion)
        target = "" if split == "adversarial" else ("ok" if meets_target(r) else "BELOW")
        print(
            f"{r.rubric:7} {r.criterion:11} {r.n:4d} {r.exact:6.2f} {r.presence:8.2f} "
            f"{r.kappa:6.2f}  {matrix:42}  {target}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every disagreement")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--split",
        action="append",
        choices=list(SPLITS),
        help="score only this split (repeatable; default: every split present)",
    )
    args = parser.parse_args()
    everything: dict[str, list[dict[str, object]]] = {}
    for split in args.split or SPLITS:
        examples = split_examples(split, DATA)
        if examples is None:
            if not args.json:
                print(f"\n== {split} == (no {', '.join(SPLITS[split])}: skipped)")
            continue
        reports, misses = evaluate(examples, score)
        everything[split] = [dataclasses.asdict(r) for r in reports]
        if args.json:
            continue
        print_table(split, reports)
        if split == "adversarial":
            wrong = len({miss.split()[0] for miss in misses})
            print(f"adversarial cases scored exactly: {len(examples) - wrong}/{len(examples)}")
        if args.misses:
            for miss in misses:
                print("  miss", miss)
    if args.json:
        print(json.dumps(everything, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
