"""The wheel with the scorer compiled by mypyc scores exactly as the Python source does."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data" / "scoring"

# mypyc compiles to C: without a compiler and the Python headers there is no compiled build.
_COMPILER = (sysconfig.get_config_var("CC") or "cc").split()[0]
_CAN_COMPILE = (
    bool(shutil.which(_COMPILER)) and Path(sysconfig.get_paths()["include"], "Python.h").exists()
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not _CAN_COMPILE, reason="no C compiler or Python headers for mypyc"),
]


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The compiled wheel, installed into a folder for PYTHONPATH (about a minute to build)."""
    folder = tmp_path_factory.mktemp("compiled")
    target = folder / "target"
    tool = str(REPO / "tools" / "build_compiled.py")
    built = subprocess.run(
        [sys.executable, tool, str(folder), "--install", str(target)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert built.returncode == 0, built.stderr[-3000:]  # the compiler's complaint, if any
    return target


def run(path: Path, home: Path, *argv: str) -> str:
    env = {key: value for key, value in os.environ.items() if not key.startswith("REHEARSE_")}
    env |= {"PYTHONPATH": str(path), "REHEARSE_HOME": str(home)}
    done = subprocess.run(
        [sys.executable, *argv], env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_scorer_modules_load_compiled(compiled: Path, tmp_path: Path) -> None:
    probe = (
        "import rehearse.scoring.rules, rehearse.scoring.text as text, "
        "rehearse.scoring.detectors.tasks as tasks; print(text.__file__); print(tasks.__file__)"
    )
    for loaded in run(compiled, tmp_path, "-c", probe).split():
        assert loaded.startswith(str(compiled)) and loaded.endswith(".so"), loaded


@pytest.mark.parametrize("rubric", ["sbi", "smartt"])
def test_compiled_scores_equal_the_source_on_every_labelled_text(
    compiled: Path, tmp_path: Path, rubric: str
) -> None:
    labelled = [
        (f"{path.stem}:{number}", json.loads(line))
        for path in sorted(DATA.glob("*.jsonl"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines())
    ]
    lines = [json.dumps({"id": key, "text": row["text"]}) for key, row in labelled if "text" in row]
    texts = tmp_path / "texts.jsonl"
    texts.write_text("\n".join(lines) + "\n", encoding="utf-8")
    argv = ("-m", "rehearse", "score", "--rubric", rubric, "--jsonl", str(texts))
    source = run(REPO / "src", tmp_path / "source", *argv)
    assert source.count("\n") == len(lines) > 800
    assert run(compiled, tmp_path / "compiled", *argv) == source
