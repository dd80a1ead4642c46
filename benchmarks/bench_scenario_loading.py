"""How long loading the scenario library takes (the TUI home screen does it at start-up).

    python benchmarks/bench_scenario_loading.py

Reference, measured in the same run: parsing the same files with plain
`yaml.load` (libyaml when available) and nothing else. A cold `load_all` adds
validation, line maps and condition checks on top; a warm one (files cached by
modification time) should cost a small fraction of the reference.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from rehearse.config import load_settings
from rehearse.resources import scenarios_dir
from rehearse.scenarios import load_all, loader

REPEATS = 30


def timed(action: Callable[[], object], before: Callable[[], None] | None = None) -> float:
    """Median milliseconds of `action`, running `before` (untimed) each time."""
    samples = []
    for _ in range(REPEATS):
        if before is not None:
            before()
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main() -> None:
    os.environ.setdefault("REHEARSE_HOME", tempfile.mkdtemp(prefix="rehearse-bench-"))
    settings = load_settings()
    files = sorted(scenarios_dir().glob("*.yaml"))
    yaml_loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    texts = [path.read_text(encoding="utf-8") for path in files]

    def bare_yaml() -> None:
        for path in files:
            yaml.load(Path(path).read_text(encoding="utf-8"), Loader=yaml_loader)

    reference = timed(bare_yaml)
    cold = timed(lambda: load_all(settings), before=loader._cache.clear)
    warm = timed(lambda: load_all(settings))
    rows = [
        ("yaml.load only (reference)", reference),
        ("load_all, cold (parse + validate)", cold),
        ("load_all, warm (cached)", warm),
    ]
    size = sum(len(text) for text in texts)
    print(
        f"{len(files)} scenario files, {size / 1024:.0f} KiB, "
        f"libyaml={yaml.__with_libyaml__}, median of {REPEATS}"
    )
    print(f"{'':36}{'ms':>8}{'x reference':>14}")
    for name, ms in rows:
        print(f"{name:<36}{ms:>8.2f}{ms / reference:>14.2f}")


if __name__ == "__main__":
    main()
