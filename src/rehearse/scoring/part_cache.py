"""Each pattern's analysis into guarded parts, kept between runs.

Analysing the scorer's patterns (parsing each one, finding the words its parts
start with) is most of its start-up: two of the three seconds `rehearse score
TEXT` took. The analysis depends only on the pattern and the code that does it,
so it is kept in the user's cache folder under a key made of that code and the
Python version (whose regex parser it reads). A missing, stale or unreadable
file costs only time: every pattern is then analysed afresh.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from rehearse.paths import cache_dir

FILE_NAME = "patterns.json"

_known: dict[str, list[dict[str, Any]]] | None = None  # read on the first lookup
_unsaved = False
analysed = 0  # patterns this run had to analyse: the cache did not know them


def _version() -> str:
    digest = hashlib.sha256(sys.version.encode())
    here = Path(__file__).parent
    for name in ("text.py", "part_cache.py"):
        digest.update((here / name).read_bytes())
    return digest.hexdigest()


def _key(pattern: str, flags: int) -> str:
    return f"{flags}:{pattern}"


def _path() -> Path:
    return cache_dir() / FILE_NAME


def _load() -> dict[str, list[dict[str, Any]]]:
    try:
        with _path().open(encoding="utf-8") as file:
            data = json.load(file)
        if data.get("version") == _version() and isinstance(data.get("patterns"), dict):
            return dict(data["patterns"])
    except (OSError, ValueError, AttributeError):
        pass  # no file yet, or one that is not ours: start afresh
    return {}


def lookup(pattern: str, flags: int) -> list[dict[str, Any]] | None:
    """The parts' states of a pattern analysed in an earlier run (None: not known)."""
    global _known
    if _known is None:
        _known = _load()
    found = _known.get(_key(pattern, flags))
    return found if isinstance(found, list) else None


def remember(pattern: str, flags: int, states: list[dict[str, Any]]) -> None:
    global _known, _unsaved, analysed
    if _known is None:
        _known = _load()
    _known[_key(pattern, flags)] = states
    _unsaved = True
    analysed += 1


def save() -> None:
    """Write what this run analysed, if anything; atomically, and never failing the caller.

    Called at exit: some patterns are built only when first needed.
    """
    global _unsaved
    if not _unsaved or _known is None:
        return
    _unsaved = False
    try:
        folder = cache_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".patterns-", suffix=".json")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                json.dump({"version": _version(), "patterns": _known}, file)
            os.replace(temporary, folder / FILE_NAME)  # readers see the old file or the new
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError:
        pass  # a read-only or full disk: the next run analyses again


atexit.register(save)
