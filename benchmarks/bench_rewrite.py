"""Benchmark of the rewrite analysis on the labelled set (tests/data/rewrite/messages.yaml).

Prints jargon recall and precision, fact recall and precision, how many planted
changes the fact check catches (facts removed, numbers changed, numbers and
names invented), what the plain-language version does to the grade, and the
analysis speed against a reference measured in the same run (one regex word
split of the same text: the least any analysis must do). Exits 1 when a
target is missed.

    python benchmarks/bench_rewrite.py        # or: make bench
"""

from __future__ import annotations

import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if (ROOT / "src" / "rehearse").is_dir():
    sys.path.insert(0, str(ROOT / "src"))  # measure this checkout's code, installed or not

from rehearse.rewrite import analyze, check_rewrite, plain_version  # noqa: E402
from rehearse.rewrite.evaluation import (  # noqa: E402
    caught,
    load_labelled,
    plantings,
    score_facts,
    score_jargon,
)

LABELLED = ROOT / "tests" / "data" / "rewrite" / "messages.yaml"
TARGETS = {"jargon recall": 0.9, "jargon precision": 0.8, "planted changes caught": 1.0}
_WORDS = re.compile(r"\w+")


def best_of(repeat: int, action: Callable[[], object]) -> float:
    """The fastest of `repeat` runs, in seconds (the least disturbed by the machine)."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> int:
    messages = load_labelled(LABELLED)
    failures: list[str] = []
    print(
        f"Labelled set: {len(messages)} messages, "
        f"{sum(len(m.jargon) for m in messages)}"
        f" jargon terms, {sum(len(m.facts) for m in messages)} facts\n"
    )

    jargon, facts = score_jargon(messages), score_facts(messages)
    planted = plantings(messages)
    total, hits = Counter(p.kind for p in planted), Counter(p.kind for p in planted if caught(p))
    caught_share = sum(hits.values()) / len(planted)
    rows = [
        ("jargon recall", jargon.recall, f"{jargon.recalled}/{jargon.expected}"),
        ("jargon precision", jargon.precision, f"{jargon.correct}/{jargon.found}"),
        ("fact recall", facts.recall, f"{facts.recalled}/{facts.expected}"),
        ("fact precision", facts.precision, f"{facts.correct}/{facts.found}"),
        ("planted changes caught", caught_share, f"{sum(hits.values())}/{len(planted)}"),
    ]
    print(f"{'measure':<26}{'value':>8}{'count':>12}{'target':>10}")
    for name, value, count in rows:
        target = TARGETS.get(name)
        mark = "" if target is None or value >= target else "  MISSED"
        if mark:
            failures.append(name)
        goal = "" if target is None else f">= {target}"
        print(f"{name:<26}{value:>8.3f}{count:>12}{goal:>10}{mark}")
    for kind in ("removed", "changed", "invented"):
        print(f"  {kind:<24}{hits[kind]:>8}{total[kind]:>12}")
    if jargon.misses:
        print(f"  jargon missed: {', '.join(jargon.misses)}")
    if jargon.extras:
        print(f"  jargon found beyond the labels: {', '.join(jargon.extras)}")
    if facts.misses or facts.extras:
        print(
            f"  facts missed: {', '.join(facts.misses) or '-'}"
            f"; beyond the labels: {', '.join(facts.extras) or '-'}"
        )

    before, after, kept = [], [], 0
    for message in messages:
        checks = check_rewrite(message.text, plain_version(message.text))
        before.append(checks.grade_before)
        after.append(checks.grade_after)
        kept += checks.facts_ok
    lower = sum(a < b for a, b in zip(after, before, strict=True))
    print(
        f"\nPlain-language version: grade {statistics.mean(before):.1f}"
        f" -> {statistics.mean(after):.1f} "
        f"on average, lower for {lower}/{len(messages)}, every fact kept for {kept}/{len(messages)}"
    )
    if kept != len(messages):
        failures.append("plain version keeps every fact")

    print("\nSpeed (best of 5), against a regex word split of the same text:")
    print(f"{'input':<30}{'chars':>8}{'analysis':>12}{'reference':>12}{'ratio':>8}")
    corpus = "\n\n".join(m.text for m in messages)
    long_text = (corpus * (20_000 // len(corpus) + 1))[:20_000]
    inputs = {
        "one message (mean)": None,
        "labelled set, 20k chars": long_text,
        "one 20k-char sentence": (
            "The Payments team said p95 latency hit 800 ms on March 15; " * 340
        )[:20_000],
        "20k dots": "." * 20_000,
        "20k digits": "1" * 20_000,
        "10k '9:'": "9:" * 10_000,
        "10k '#1'": "#1" * 10_000,
        "5k 'two '": "two " * 5_000,
    }
    for name, text in inputs.items():
        if text is None:
            analysis = statistics.mean(best_of(5, lambda m=m: analyze(m.text)) for m in messages)
            reference = statistics.mean(
                best_of(5, lambda m=m: _WORDS.findall(m.text)) for m in messages
            )
            chars = round(statistics.mean(len(m.text) for m in messages))
        else:
            analysis = best_of(5, lambda t=text: analyze(t))
            reference = best_of(5, lambda t=text: _WORDS.findall(t))
            chars = len(text)
        print(
            f"{name:<30}{chars:>8}{analysis * 1000:>10.2f}ms{reference * 1000:>10.3f}"
            f"ms{analysis / reference:>7.0f}x"
        )

    if failures:
        print(f"\nMISSED: {', '.join(failures)}")
        return 1
    print("\nAll targets met.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
