"""The SQLite store: migrations, turns committed as they happen, permissions, failures, concurrency."""

from __future__ import annotations

import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from rehearse import paths
from rehearse.store import MIGRATIONS, ScoreRecord, Store, StoreError


def new_session(store: Store, scenario_id: str = "delegate-resistant-senior") -> str:
    return store.create_session(
        scenario_id=scenario_id,
        scenario_title="Delegate",
        voice="scripted",
        model="scripted",
        stage_id="s1",
    )


def test_migrations_run_on_an_empty_file_and_only_once(tmp_path: Path) -> None:
    path = tmp_path / "history.db"
    with Store(path) as store:
        assert store.schema_version == len(MIGRATIONS)
    with Store(path) as store:  # a second open applies nothing again
        assert store.schema_version == len(MIGRATIONS)
        rows = store._query("SELECT COUNT(*) FROM schema_migrations")
        assert rows[0][0] == len(MIGRATIONS)


def test_database_lives_in_rehearse_home_and_is_owner_only(rehearse_home: Path) -> None:
    with Store() as store:
        new_session(store)
        assert store.path == paths.database_file()
        assert store.path.is_relative_to(rehearse_home)
    mode = stat.S_IMODE(paths.database_file().stat().st_mode)
    assert mode == 0o600
    for sidecar in rehearse_home.glob("rehearse.db-*"):
        assert stat.S_IMODE(sidecar.stat().st_mode) & 0o077 == 0


def test_turns_and_scores_round_trip(tmp_path: Path) -> None:
    with Store(tmp_path / "h.db") as store:
        session = new_session(store)
        score = ScoreRecord(
            "smartt", "rules", 7, 12, {"criteria": [{"id": "specific", "score": 2}]}
        )
        store.add_turn(
            session,
            role="user",
            text="Could you own it?",
            stage_id="s1",
            signals={"flags": ["clear_ask"]},
            scores=[score],
        )
        store.add_turn(
            session,
            role="persona",
            text="Fine.",
            stage_id="s1",
            source="model",
            reaction="advanced",
        )
        record = store.session(session)
    assert [t.role for t in record.turns] == ["user", "persona"]
    assert [t.seq for t in record.turns] == [1, 2]
    assert record.turns[0].scores == (score,)
    assert record.turns[0].signals == {"flags": ["clear_ask"]}
    assert record.turns[1].source == "model"


def test_each_turn_is_on_disk_when_add_turn_returns(tmp_path: Path) -> None:
    path = tmp_path / "h.db"
    store = Store(path)
    session = new_session(store)
    store.add_turn(session, role="user", text="first", stage_id="s1")
    # Another connection (another process, in effect) sees it before anything is closed.
    other = sqlite3.connect(path)
    assert other.execute("SELECT text FROM turns").fetchall() == [("first",)]
    other.close()
    store.close()


def test_session_ids_can_be_abbreviated_and_missing_ones_are_named(tmp_path: Path) -> None:
    with Store(tmp_path / "h.db") as store:
        session = new_session(store)
        assert store.session(session[:4]).id == session
        with pytest.raises(StoreError, match="no session 'zzzz'"):
            store.session("zzzz")


def test_delete_removes_turns_and_scores(tmp_path: Path) -> None:
    with Store(tmp_path / "h.db") as store:
        session = new_session(store)
        store.add_turn(
            session,
            role="user",
            text="x",
            stage_id="s1",
            scores=[ScoreRecord("sbi", "rules", 1, 6, {})],
        )
        store.delete_session(session)
        assert store.sessions() == []
        assert store._query("SELECT COUNT(*) FROM turns")[0][0] == 0
        assert store._query("SELECT COUNT(*) FROM scores")[0][0] == 0


def test_a_damaged_file_gives_a_clear_message_and_is_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "h.db"
    path.write_bytes(b"this is not a database, it is a grocery list" * 100)
    before = path.read_bytes()
    with pytest.raises(StoreError, match=r"damaged .* move it aside"):
        Store(path)
    assert path.read_bytes() == before


def test_a_locked_database_gives_a_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "h.db"
    Store(path).close()
    monkeypatch.setattr("rehearse.store.BUSY_TIMEOUT_MS", 100)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError, match=r"locked by another program.*Nothing was lost"):
            store = Store(path)
            new_session(store)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


WRITER = """
import sys
from pathlib import Path
from rehearse.store import Store
store = Store(Path(sys.argv[1]))
session = store.create_session(scenario_id=sys.argv[2], scenario_title="t", voice="scripted",
                               model="scripted", stage_id="s1")
for n in range(40):
    store.add_turn(session, role="user", text=f"{sys.argv[2]} {n}", stage_id="s1")
store.close()
"""


def test_two_processes_write_sessions_at_the_same_time(tmp_path: Path) -> None:
    path = tmp_path / "h.db"
    Store(path).close()
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(path), name], stderr=subprocess.PIPE)
        for name in ("alpha", "beta")
    ]
    for writer in writers:
        _, err = writer.communicate(timeout=60)
        assert writer.returncode == 0, err.decode()
    with Store(path) as store:
        sessions = store.sessions()
        assert sorted(s.scenario_id for s in sessions) == ["alpha", "beta"]
        for session in sessions:
            texts = [t.text for t in store.turns(session.id)]
            assert texts == [f"{session.scenario_id} {n}" for n in range(40)]
