"""Quality of the turn flags (the signals scenario stages use) on tests/data/signals/.

Per flag: how many examples carry it (support), how often it fired, precision
and recall, then the micro average. `--split dev` (the default) reads
`flags_dev.jsonl`; the held-out `flags_test.jsonl` is scored only when asked
for with `--split test`.

Run: .venv/bin/python benchmarks/bench_flags_quality.py [--split dev|test] [--misses]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from rehearse.scoring.evaluation import FLAG_SPLITS, evaluate_flags, load_flags, micro  # noqa: E402
from rehearse.scoring.signals import flag_evidence  # noqa: E402

DATA = ROOT / "tests" / "data" / "signals"


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--split", choices=list(FLAG_SPLITS), default="dev")
    parser.add_argument("--misses", action="store_true", help="list every wrong flag")
    args = parser.parse_args()
    path = DATA / FLAG_SPLITS[args.split]
    if not path.exists():
        print(f"no {path.name}: nothing to score")
        return 0
    examples = load_flags(path)
    reports, misses = evaluate_flags(examples, lambda text: flag_evidence(text).keys())
    print(f"== flags, {args.split} split: {len(examples)} examples ==")
    print(f"{'flag':22} {'support':>7} {'fired':>6} {'precision':>9} {'recall':>7}")
    for r in reports:
        print(f"{r.flag:22} {r.support:7d} {r.fired:6d} {r.precision:9.2f} {r.recall:7.2f}")
    precision, recall = micro(reports)
    print(f"{'micro':22} {'':7} {'':6} {precision:9.2f} {recall:7.2f}")
    if args.misses:
        for miss in misses:
            print("  ", miss)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
