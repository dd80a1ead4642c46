"""Each pattern's analysis into guarded parts, kept between runs.

Analysing the scorer's patterns (parsing each one, finding the words its parts
start with) is most of its start-up: two of the three seconds `rehearse score
TEXT` took. The analysis depends only on the pattern and the code that does it,
so it is kept in the user's cache folder, in a file named after that code and
the Python version (whose regex parser it reads). A missing, stale or
unreadable file costs only time: every pattern is then analysed afresh.
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


def _version() -> str:
    digest = hashlib.sha256(sys.version.encode())
    here = Path(__file__).parent
    for name in ("text.py", "part_cache.py"):
        digest.update((here / name).read_bytes())
    return digest.hexdigest()[:16]


# Read once, as the code is imported: a file edited while the process runs must not label
# this process's analysis as the new code's.
VERSION = _version()
FILE_NAME = f"patterns-{VERSION}.json"

_known: dict[str, list[dict[str, Any]]] | None = None  # read on the first lookup
_used: dict[str, list[dict[str, Any]]] = {}  # what this run looked up or analysed: what is saved
_unsaved = False
analysed = 0  # patterns this run had to analyse: the cache did not know them


def _key(pattern: str, flags: int) -> str:
    return f"{flags}:{pattern}"


def _load() -> dict[str, list[dict[str, Any]]]:
    try:
        with (cache_dir() / FILE_NAME).open(encoding="utf-8") as file:
            data = json.load(file)
        if data.get("version") == VERSION and isinstance(data.get("patterns"), dict):
            return dict(data["patterns"])
    except (OSError, ValueError, AttributeError):
        pass  # no file yet, or one that is not ours: start afresh
    return {}


def lookup(pattern: str, flags: int) -> list[dict[str, Any]] | None:
    """The parts' states of a pattern analysed in an earlier run (None: not known)."""
    global _known
    if _known is None:
        _known = _load()
    key = _key(pattern, flags)
    found = _known.get(key)
    if not isinstance(found, list):
        return None
    _used[key] = found
    return found


def remember(pattern: str, flags: int, states: list[dict[str, Any]]) -> None:
    global _unsaved, analysed
    _used[_key(pattern, flags)] = states
    _unsaved = True
    analysed += 1


def save() -> None:
    """Write what this run used, if it analysed anything; atomically, never failing the caller.

    Called at exit: some patterns are built only when first needed. Only the patterns this
    run used are written, so an edited pattern's old analysis does not pile up.
    """
    global _unsaved
    if not _unsaved:
        return
    _unsaved = False
    try:
        folder = cache_dir()
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("patterns-*.json"):
            if old.name != FILE_NAME:
                old.unlink(missing_ok=True)  # another version's: this code will never read it
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".patterns-", suffix=".json")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                json.dump({"version": VERSION, "patterns": _used}, file)
            os.replace(temporary, folder / FILE_NAME)  # readers see the old file or the new
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError:
        pass  # a read-only or full disk: the next run analyses again


atexit.register(save)
