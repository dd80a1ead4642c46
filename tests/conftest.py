"""Every test runs with REHEARSE_HOME in a temporary folder and no provider keys."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import fakes

# Test modules import the scorer while they are collected, before any fixture runs: what
# it writes then (its pattern cache) goes to a folder of this run, not the user's.
_COLLECTION_HOME = tempfile.mkdtemp(prefix="rehearse-tests-")
os.environ["REHEARSE_HOME"] = _COLLECTION_HOME
atexit.register(shutil.rmtree, _COLLECTION_HOME, ignore_errors=True)

# A compiled module beside its source wins the import and hides every later edit of the
# `.py`: left by a mypyc build run in place (tools/build_compiled.py builds in a copy).
_STALE = sorted(Path(__file__).resolve().parents[1].glob("src/rehearse/**/*.so"))
if _STALE:
    pytest.exit(
        f"compiled modules in src/ shadow the Python source; delete them: {_STALE[0]} ...", 2
    )

_PROVIDER_KEYS = ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GEMINI_API_KEY", "MISTRAL_API_KEY")


@pytest.fixture(autouse=True)
def rehearse_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    home = tmp_path_factory.mktemp("rehearse-home")
    monkeypatch.setenv("REHEARSE_HOME", str(home))
    monkeypatch.delenv("REHEARSE_CONFIG", raising=False)
    for name in list(os.environ):
        if name.startswith("REHEARSE_") and name != "REHEARSE_HOME":
            monkeypatch.delenv(name, raising=False)
    for key in _PROVIDER_KEYS:
        monkeypatch.delenv(key, raising=False)
    return home


@pytest.fixture
def fake_model() -> Iterator[fakes.ScriptedModel]:
    """The scripted fake provider; use model `fakes.MODEL` ("fake/scripted")."""
    fakes.register()
    fakes.scripted.reset()
    yield fakes.scripted
    fakes.scripted.reset()
