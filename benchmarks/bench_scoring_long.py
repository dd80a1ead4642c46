"""Long texts: does a 20,000-character message cost what its characters cost in short ones?

The scorer accepts up to 20,000 characters (a pasted document, a long brief). A detector that
re-reads the text for every sentence makes such a text cost the square of its length: at
the end of the 2026-11-26 round, 530 repeats of "The runbook is stale. Can you fix it?" took
3.5 s, because every repeat (blanked by the guards) was read to its end by three patterns.

For each shape, two 20,000-character texts are scored in-process (after a warm-up): the shape
repeated word for word (the guards blank the repeats) and numbered ("(1)", "(2)", ...: every
sentence its own). The reference, measured in the same run: the same numbered sentences as
short messages, one per message. Printed: seconds for each long text, seconds for the
reference, and the worse ratio. Target: no long text costs more than 5 times its reference.

Run: .venv/bin/python benchmarks/bench_scoring_long.py
"""

from __future__ import annotations

import time

from rehearse.scoring import score

LENGTH = 20_000
TARGET_RATIO = 5.0
SHAPES = (
    "The runbook is stale. Can you fix it? ",
    "This retry loop needs a cap. ",
    "In yesterday's standup you interrupted Priya twice, and she stopped talking. ",
    "Please, if you could, take a look at the flaky login tests by Friday. ",
    "Done = the picker works in Safari 17 and its test passes in CI. ",
    "- Sam to review the budget doc\n",
    "Can you be around Saturday in case the migration goes sideways? ",
    "Someone fix them? ",
    "Reason: two of our four ICs go on leave in January. ",
    "Starting Monday, you're the escalation point for the data platform alerts. ",
)


def _seconds(texts: list[str], rubric: str) -> float:
    start = time.perf_counter()
    for text in texts:
        score(text, rubric)
    return time.perf_counter() - start


def main() -> int:
    for rubric in ("sbi", "smartt"):
        score(SHAPES[0], rubric)  # warm up: patterns compile on first use
    print(
        f"{'shape':40s} {'rubric':7s} {'repeated':>8s} {'numbered':>8s} {'short':>7s} {'ratio':>6s}"
    )
    worst = 0.0
    for shape in SHAPES:
        repeated = (shape * (LENGTH // len(shape) + 1))[:LENGTH]
        sentences = [f"{shape.strip()} ({n})" for n in range(LENGTH // len(shape) + 1)]
        numbered = "\n".join(sentences)[:LENGTH]
        short = sentences[: numbered.count("\n") + 1]
        for rubric in ("sbi", "smartt"):
            repeated_s = _seconds([repeated], rubric)
            numbered_s = _seconds([numbered], rubric)
            short_s = _seconds(short, rubric)
            ratio = max(repeated_s, numbered_s) / short_s if short_s else 0.0
            worst = max(worst, ratio)
            flag = "ok" if ratio <= TARGET_RATIO else "ABOVE TARGET"
            print(
                f"{shape.strip()[:40]:40s} {rubric:7s} {repeated_s:8.3f} {numbered_s:8.3f} "
                f"{short_s:7.3f} {ratio:6.2f}  {flag}"
            )
    print(f"worst ratio {worst:.2f} (target at most {TARGET_RATIO:.0f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
