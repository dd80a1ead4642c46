"""The pattern analysis kept between runs (`rehearse.scoring.part_cache`) is the fresh one.

Start-up reads each pattern's parts from the cache instead of analysing the
pattern again; a stale, broken or unwritable cache only costs time.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from rehearse.scoring import part_cache, text
from tests.test_scoring_text import PATTERNS, TEXTS


@pytest.fixture
def empty_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    """The module as a new process finds it: nothing read, nothing added."""
    monkeypatch.setattr(part_cache, "_known", None)
    monkeypatch.setattr(part_cache, "_used", {})
    monkeypatch.setattr(part_cache, "_unsaved", False)


def states(parts: tuple[text._Part, ...]) -> list[dict[str, object]]:
    return [part.state() for part in parts]


SPLIT = [(name, pattern) for name, pattern in PATTERNS if pattern.parts is not None]


@pytest.mark.parametrize(("name", "pattern"), SPLIT, ids=[name for name, _ in SPLIT])
def test_the_parts_in_use_are_what_a_fresh_analysis_finds(name: str, pattern: text.Rx) -> None:
    assert pattern.parts is not None  # (patterns with named groups run whole)
    flags = pattern.regex.flags & ~re.UNICODE
    fresh = text._parts(pattern.source, flags)
    assert states(pattern.parts) == states(fresh), name
    # ... and what the next run reads back from the cache file finds the same matches.
    restored = [text._Part.restored(json.loads(json.dumps(part.state()))) for part in fresh]
    assert states(tuple(restored)) == states(fresh), name
    sample = " ".join(TEXTS[:40])
    view = sample if pattern.cased else text.lower_keeping_offsets(sample)
    for old, new in zip(fresh, restored, strict=True):
        assert [m.span() for m in new.regex.finditer(view)] == [
            m.span() for m in old.regex.finditer(view)
        ], name


def test_a_restored_part_matches_like_the_fresh_one() -> None:
    pattern = r"\byou\s+(?:always|never)\s+\w+|\bby\s+friday\b"
    fresh = text._parts(pattern, 0)
    restored = tuple(text._Part.restored(json.loads(json.dumps(p.state()))) for p in fresh)
    sample = "by friday you always interrupt, and you never ask."
    for old, new in zip(fresh, restored, strict=True):
        assert new.state() == old.state()
        assert [m.span() for m in new.regex.finditer(sample)] == [
            m.span() for m in old.regex.finditer(sample)
        ]
    assert isinstance(restored[0].regex, re.Pattern)  # compiled on first use, then kept


def test_what_one_run_analyses_the_next_reads(empty_cache: None, rehearse_home: Path) -> None:
    part_cache.remember("a|b", 0, [{"pattern": "a"}])
    part_cache.save()
    assert (rehearse_home / "cache" / part_cache.FILE_NAME).is_file()
    part_cache._known = None  # a new run
    assert part_cache.lookup("a|b", 0) == [{"pattern": "a"}]
    assert part_cache.lookup("a|b", 2) is None  # other flags, another analysis


def test_a_cache_from_other_code_is_ignored(empty_cache: None, rehearse_home: Path) -> None:
    folder = rehearse_home / "cache"
    folder.mkdir()
    stale = {"version": "older code", "patterns": {"0:a|b": [{"pattern": "a"}]}}
    (folder / part_cache.FILE_NAME).write_text(json.dumps(stale), encoding="utf-8")
    assert part_cache.lookup("a|b", 0) is None


def test_a_broken_cache_is_ignored_and_replaced(empty_cache: None, rehearse_home: Path) -> None:
    folder = rehearse_home / "cache"
    folder.mkdir()
    (folder / part_cache.FILE_NAME).write_text('{"version": ', encoding="utf-8")
    assert part_cache.lookup("a|b", 0) is None
    part_cache.remember("a|b", 0, [])
    part_cache.save()
    data = json.loads((folder / part_cache.FILE_NAME).read_text(encoding="utf-8"))
    assert data["patterns"] == {"0:a|b": []}
    assert [p.name for p in folder.iterdir()] == [part_cache.FILE_NAME]  # no temporary left


def test_only_what_a_run_used_is_kept_and_other_versions_go(
    empty_cache: None, rehearse_home: Path
) -> None:
    folder = rehearse_home / "cache"
    folder.mkdir()
    (folder / "patterns-0000000000000000.json").write_text("{}", encoding="utf-8")
    old = {"version": part_cache.VERSION, "patterns": {"0:gone": [], "0:kept": []}}
    (folder / part_cache.FILE_NAME).write_text(json.dumps(old), encoding="utf-8")
    assert part_cache.lookup("kept", 0) == []
    part_cache.remember("new", 0, [])
    part_cache.save()
    data = json.loads((folder / part_cache.FILE_NAME).read_text(encoding="utf-8"))
    assert data["patterns"] == {"0:kept": [], "0:new": []}
    assert [p.name for p in folder.iterdir()] == [part_cache.FILE_NAME]


def test_a_lazy_regex_copies_and_pickles_like_a_compiled_one() -> None:
    import copy
    import pickle

    part = text._parts(r"\bship\s+it\b", 0)[0]
    copied = copy.copy(part)
    assert pickle.loads(pickle.dumps(part)).regex.pattern == copied.regex.pattern


def test_an_entry_this_code_did_not_write_is_analysed_afresh(
    empty_cache: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    pattern = r"\bship\s+it\b"
    monkeypatch.setattr(part_cache, "_known", {f"0:{pattern}": [{"pattern": "x"}]})
    assert states(text._known_parts(pattern, 0)) == states(text._parts(pattern, 0))


def test_an_unwritable_cache_folder_fails_nothing(
    empty_cache: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("REHEARSE_HOME", str(blocker))  # cache/ cannot be made under a file
    part_cache.remember("a|b", 0, [])
    part_cache.save()  # no exception: the next run analyses again


def test_the_second_start_analyses_nothing(rehearse_home: Path) -> None:
    env = {**os.environ, "REHEARSE_HOME": str(rehearse_home)}
    probe = (
        "import sys, rehearse.scoring as s; from rehearse.scoring import part_cache as c;"
        "print(s.score('Please send the report by Friday.', 'smartt').total, c.analysed)"
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True
        ).stdout.split()
        for _ in range(2)
    ]
    assert runs[0][0] == runs[1][0]  # the same score from a fresh and a cached analysis
    assert int(runs[0][1]) > 100 and runs[1][1] == "0"
