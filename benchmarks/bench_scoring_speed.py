"""Speed and memory of `rehearse score --jsonl` on 10,000 varied messages.

In one run, for each rubric, `rehearse score --rubric R --jsonl FILE` scores
1, 1,000 and 10,000 messages in a subprocess. Printed:
- start-up: the wall time of the 1-message run;
- messages per second after start-up: (N - 1) / (time(N) - time(1));
- peak memory (max RSS of the process) for 1,000 and 10,000 messages, to show
  memory stays flat as the input grows (the file is streamed);
- the reference, measured in the same run on the same file: a trivial
  `python -c` that reads each line, parses it and writes it back as JSON.

Two builds are measured: the Python source (what development and an editable
install run) and the wheel with the scorer compiled by mypyc (built here by
`tools/build_compiled.py`, about a minute; `--no-compiled` skips it).

Each run is repeated (`--repeat`, 3 by default) and the fastest is kept, as
`timeit` does: on a shared 2-core machine a slow run measures the neighbours,
and one slow 1-message run alone would move the rate by a quarter.

Target: at least 1,000 messages per second on one core, memory flat.
Run: .venv/bin/python benchmarks/bench_scoring_speed.py [--messages 10000] [--repeat 3] [--no-compiled]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "scoring"

REFERENCE = (
    "import json, sys\n"
    "for line in open(sys.argv[1], encoding='utf-8'):\n"
    "    item = json.loads(line)\n"
    "    sys.stdout.write(json.dumps({'id': item['id'], 'text': item['text']}) + '\\n')\n"
)
NAMES = ["Priya", "Sam", "Dana", "Marco", "Lena", "Omar", "Jo", "Kim", "Ravi", "Noor"]
FILLERS = [
    "Honestly,",
    "So,",
    "Quick one:",
    "I wanted to flag something.",
    "Thanks for making time.",
    "",
    "",
    "",
]


def messages(count: int, seed: int = 7) -> list[str]:
    """Varied messages: sentences of the labelled sets, shuffled, recombined, names and numbers changed."""
    sentences: list[str] = []
    for name in ("sbi_dev.jsonl", "smartt_dev.jsonl", "adversarial.jsonl"):
        path = DATA / name
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                text = json.loads(line)["text"]
                sentences += [s.strip() + "." for s in text.split(".") if s.strip()]
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        parts = [rng.choice(FILLERS), *rng.sample(sentences, rng.choice((1, 1, 2, 2, 3, 4)))]
        text = " ".join(p for p in parts if p)
        for name in NAMES:
            if name in text:
                text = text.replace(name, rng.choice(NAMES))
        text = text.replace("twice", rng.choice(("twice", "three times", "once")))
        out.append(text)
    return out


def write_jsonl(path: Path, texts: list[str]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for number, text in enumerate(texts):
            handle.write(json.dumps({"id": f"m{number}", "text": text}) + "\n")


def fastest(argv: list[str], repeat: int, path: Path) -> tuple[float, float]:
    """The fastest wall time of `repeat` runs, and the largest peak memory seen."""
    runs = [measure(argv, path) for _ in range(max(1, repeat))]
    return min(wall for wall, _rss in runs), max(rss for _wall, rss in runs)


def measure(argv: list[str], path: Path) -> tuple[float, float]:
    """(wall seconds, peak RSS in MB) of one subprocess importing from `path`, its output discarded."""
    env = dict(os.environ, PYTHONPATH=str(path))
    started = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(
            f"{' '.join(argv)} failed: {process.stderr.read().decode() if process.stderr else ''}"
        )
    return elapsed, usage.ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs per measurement; the fastest is kept"
    )
    parser.add_argument("--no-compiled", action="store_true", help="measure the Python source only")
    args = parser.parse_args()
    big = args.messages
    small = max(2, big // 10)
    texts = messages(big)
    with tempfile.TemporaryDirectory() as folder:
        files = {}
        for count in (1, small, big):
            files[count] = Path(folder) / f"m{count}.jsonl"
            write_jsonl(files[count], texts[:count])
        chars = sum(len(t) for t in texts) / len(texts)
        print(
            f"{big} messages, {chars:.0f} characters on average; one process per run, one core, fastest of {args.repeat}"
        )
        builds = {"source": ROOT / "src"}
        if not args.no_compiled:
            builds["compiled"] = Path(folder) / "compiled"
            tool = str(ROOT / "tools" / "build_compiled.py")
            subprocess.run(
                [sys.executable, tool, folder, "--install", str(builds["compiled"])],
                check=True,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        reference = [sys.executable, "-c", REFERENCE]
        ref_time, ref_rss = fastest([*reference, str(files[big])], args.repeat, ROOT)
        ref_start, _ = fastest([*reference, str(files[1])], args.repeat, ROOT)
        ref_rate = (big - 1) / max(1e-9, ref_time - ref_start)
        print(
            f"\n{'run':34} {'start-up':>9} {'msg/s':>9} {'peak MB ' + str(small):>13} {'peak MB ' + str(big):>14}"
        )
        print(
            f"{'reference (python -c, JSON only)':34} {ref_start:8.2f}s {ref_rate:9.0f} {'':>13} {ref_rss:14.1f}"
        )
        for (build, path), rubric in itertools.product(builds.items(), ("sbi", "smartt")):
            command = [sys.executable, "-m", "rehearse", "score", "--rubric", rubric, "--jsonl"]
            start, _ = fastest([*command, str(files[1])], args.repeat, path)
            _small_time, small_rss = fastest([*command, str(files[small])], args.repeat, path)
            big_time, big_rss = fastest([*command, str(files[big])], args.repeat, path)
            rate = (big - 1) / max(1e-9, big_time - start)
            verdict = "ok" if rate >= 1000 else "BELOW 1,000/s"
            print(
                f"{f'score --rubric {rubric} ({build})':34} {start:8.2f}s {rate:9.0f} "
                f"{small_rss:13.1f} {big_rss:14.1f}   {verdict}; growth {big_rss - small_rss:+.1f} MB"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
