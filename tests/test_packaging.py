"""The wheel: built offline, installed into a fresh virtual environment, run from elsewhere."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    # --no-isolation: build with the hatchling already installed, no download.
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(out),
            str(REPO),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (built,) = out.glob("rehearse-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the wheel installed; dependencies come from this venv, offline."""
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", str(wheel)],
        check=True,
        timeout=300,
    )
    # Make this environment's dependencies visible without installing them again.
    # A plain path entry: the editable install of rehearse (a .pth there) is not activated.
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    Path(purelib, "zz_shared_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return venv


def test_the_wheel_contains_scenarios_and_prompts(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for scenario in (REPO / "scenarios").glob("*.yaml"):
        assert f"rehearse/_bundled/scenarios/{scenario.name}" in names
    assert "rehearse/_bundled/scenarios/README.md" in names
    for prompt in (REPO / "prompts").glob("*.j2"):
        assert f"rehearse/_bundled/prompts/{prompt.name}" in names
    assert "rehearse/rewrite/data/glossary.yaml" in names


def clean_env(home: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("REHEARSE_", "PYTHONPATH"))
    }
    return env | {"REHEARSE_HOME": str(home), "HF_HUB_OFFLINE": "1", "NO_PROXY": "*"}


def test_the_installed_wheel_lists_its_bundled_scenarios(installed: Path, tmp_path: Path) -> None:
    listed = subprocess.run(
        [str(installed / "bin" / "rehearse"), "scenarios", "list", "--json"],
        cwd=tmp_path,
        env=clean_env(tmp_path / "home"),
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    rows = json.loads(listed.stdout)
    assert len(rows) == len(list((REPO / "scenarios").glob("*.yaml"))) == 8
    assert all(row["source"] == "builtin" for row in rows)
    assert all(Path(row["path"]).is_relative_to(installed) for row in rows)


def test_installed_wheel_runs_doctor_offline_from_outside_the_repository(
    installed: Path, tmp_path: Path
) -> None:
    env = clean_env(tmp_path / "home")
    where = subprocess.run(
        [str(installed / "bin" / "python"), "-c", "import rehearse; print(rehearse.__file__)"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert where.startswith(str(installed)), where

    done = subprocess.run(
        [str(installed / "bin" / "rehearse"), "doctor", "--json"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["ok"] is True
    assert report["model"] == "embedded/smollm2"
    assert report["first_token_ms"] > 0
