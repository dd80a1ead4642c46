"""Build the wheel with the scorer compiled by mypyc, from a clean copy of the repository.

    python tools/build_compiled.py OUTDIR [--install TARGET]

The rule scorer (`src/rehearse/scoring`, but for the pydantic result models, the
LLM judge and the pattern cache) is plain, fully typed Python; mypyc compiles it
to C for about a fifth fewer instructions per message. Development always runs the
Python source: the compiled build is opt-in (the `mypyc` build hook in
pyproject.toml is off by default) and is made here, in a temporary copy, because
mypyc writes its modules next to the sources, where they would shadow every later
edit of the `.py` files.

Prints the wheel's path. With `--install`, also installs it (no dependencies) into
TARGET, a folder to put on PYTHONPATH: the benchmark and the packaging test run
the compiled scorer from there against this environment's dependencies.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# What a build never needs, and must not copy (a virtualenv, earlier builds, caches).
IGNORED = shutil.ignore_patterns(
    ".git", ".venv", "dist", "build", "__pycache__", "*.so", ".*_cache", ".hypothesis"
)


def build(outdir: Path) -> Path:
    """The compiled wheel, built offline with this environment's hatchling and mypy."""
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="rehearse-mypyc-") as folder:
        source = Path(folder) / "rehearse"
        shutil.copytree(REPO, source, ignore=IGNORED)
        subprocess.run(
            [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(outdir)],
            cwd=source,
            env=dict(os.environ, HATCH_BUILD_HOOKS_ENABLE="1"),
            check=True,
            stdout=subprocess.DEVNULL,
        )
    wheels = sorted(outdir.glob("rehearse-*-cp*.whl"), key=lambda path: path.stat().st_mtime)
    if not wheels:
        raise SystemExit(f"no compiled wheel in {outdir}")
    return wheels[-1]


def install(wheel: Path, target: Path) -> None:
    pip = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index"]
    subprocess.run([*pip, "--target", str(target), str(wheel)], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--install", type=Path, metavar="TARGET")
    args = parser.parse_args()
    wheel = build(args.outdir)
    if args.install:
        install(wheel, args.install)
    print(wheel)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
