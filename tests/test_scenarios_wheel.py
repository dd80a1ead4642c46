"""The built wheel carries the scenarios and the prompts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_the_wheel_contains_scenarios_and_prompts(tmp_path: Path) -> None:
    # --no-isolation: build with the installed hatchling, offline.
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = tmp_path.glob("rehearse-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for scenario in (ROOT / "scenarios").glob("*.yaml"):
        assert f"rehearse/_bundled/scenarios/{scenario.name}" in names
    assert "rehearse/_bundled/scenarios/README.md" in names
    for prompt in (ROOT / "prompts").glob("*.j2"):
        assert f"rehearse/_bundled/prompts/{prompt.name}" in names
    assert "rehearse/_bundled/prompts/persona_turn.j2" in names
    assert "rehearse/scenarios/loader.py" in names
    assert "rehearse/stage_machine.py" in names

    # Run the unpacked wheel (dependencies from this environment): it finds its
    # bundled scenarios, not the repository's.
    unpacked = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(unpacked)
    listed = subprocess.run(
        [sys.executable, "-m", "rehearse", "scenarios", "list", "--json"],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(unpacked), "REHEARSE_HOME": str(tmp_path / "home")},
        timeout=120,
    )
    rows = json.loads(listed.stdout)
    assert len(rows) == len(list((ROOT / "scenarios").glob("*.yaml")))
    assert all(Path(row["path"]).is_relative_to(unpacked / "rehearse" / "_bundled") for row in rows)
