"""SQLite history: sessions, turns, scores. Each turn is committed as it happens.

- Numbered migrations, each a small function, recorded in `schema_migrations`.
- WAL mode and a busy timeout, so two processes can run sessions at once.
- The file is created readable by its owner only (it holds transcripts).
- A damaged or locked database raises `StoreError` with what to do; nothing
  is ever dropped silently.
"""

from __future__ import annotations

import json
import os
import secrets
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from rehearse import paths

Status = Literal["active", "success", "turn_limit", "ended"]
Role = Literal["user", "persona"]

BUSY_TIMEOUT_MS = 5000


class StoreError(Exception):
    """The history database cannot be used; the message says why and what to do."""


# -- migrations ----------------------------------------------------------------


def _statements(db: sqlite3.Connection, script: str) -> None:
    """Run `;`-separated DDL inside the caller's transaction (executescript would commit it)."""
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


def _m001_initial(db: sqlite3.Connection) -> None:
    _statements(
        db,
        """
        CREATE TABLE sessions (
            id TEXT PRIMARY KEY,
            scenario_id TEXT NOT NULL,
            scenario_title TEXT NOT NULL,
            voice TEXT NOT NULL,
            model TEXT NOT NULL,
            started_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            ended_at TEXT,
            status TEXT NOT NULL DEFAULT 'active',
            stage_id TEXT NOT NULL,
            debrief_json TEXT
        );
        CREATE INDEX sessions_by_scenario ON sessions (scenario_id, started_at);
        CREATE TABLE turns (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('user', 'persona')),
            text TEXT NOT NULL,
            stage_id TEXT NOT NULL,
            source TEXT,
            reaction TEXT,
            note TEXT,
            signals_json TEXT,
            created_at TEXT NOT NULL,
            UNIQUE (session_id, seq)
        );
        CREATE TABLE scores (
            turn_id INTEGER NOT NULL REFERENCES turns (id) ON DELETE CASCADE,
            rubric TEXT NOT NULL,
            scorer TEXT NOT NULL,
            total INTEGER NOT NULL,
            max INTEGER NOT NULL,
            result_json TEXT NOT NULL,
            PRIMARY KEY (turn_id, rubric, scorer)
        );
        """,
    )


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (_m001_initial,)


# -- records ---------------------------------------------------------------------


@dataclass(frozen=True)
class ScoreRecord:
    rubric: str
    scorer: str
    total: int
    max: int
    result: dict[str, Any]


@dataclass(frozen=True)
class TurnRecord:
    id: int
    session_id: str
    seq: int
    role: Role
    text: str
    stage_id: str
    created_at: str
    source: str | None = None
    reaction: str | None = None
    note: str | None = None
    signals: dict[str, Any] | None = None
    scores: tuple[ScoreRecord, ...] = ()


@dataclass(frozen=True)
class SessionRecord:
    id: str
    scenario_id: str
    scenario_title: str
    voice: str
    model: str
    started_at: str
    updated_at: str
    ended_at: str | None
    status: Status
    stage_id: str
    debrief: dict[str, Any] | None = None
    turns: tuple[TurnRecord, ...] = field(default=())

    @property
    def finished(self) -> bool:
        return self.status != "active"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def new_session_id() -> str:
    return secrets.token_hex(4)


# -- the store --------------------------------------------------------------------


class Store:
    """One connection to the history database (thread-safe for the TUI's workers)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.database_file()
        # One connection shared by the TUI's worker threads: serialise its use.
        self._lock = threading.RLock()
        self._db = self._connect()
        self._migrate()

    # connection and migrations

    def _connect(self) -> sqlite3.Connection:
        paths.ensure_private_dir(self.path.parent)
        if not self.path.exists():
            # Create the file owner-only before SQLite writes a byte of history into it.
            os.close(os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600))
        try:
            db = sqlite3.connect(
                self.path,
                timeout=BUSY_TIMEOUT_MS / 1000,
                isolation_level=None,  # explicit transactions below
                check_same_thread=False,
            )
            db.row_factory = sqlite3.Row
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            db.execute("PRAGMA foreign_keys = ON")
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.DatabaseError as error:
            raise self._explain(error) from error
        for suffix in ("-wal", "-shm"):
            sidecar = Path(f"{self.path}{suffix}")
            if sidecar.exists():
                sidecar.chmod(0o600)
        return db

    def _migrate(self) -> None:
        with self._transaction() as db:
            db.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations "
                "(version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"
            )
            done = {row[0] for row in db.execute("SELECT version FROM schema_migrations")}
            for version, migration in enumerate(MIGRATIONS, start=1):
                if version in done:
                    continue
                migration(db)
                db.execute(
                    "INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)",
                    (version, _now()),
                )

    @property
    def schema_version(self) -> int:
        row = self._query_one("SELECT MAX(version) FROM schema_migrations")
        return int(row[0] or 0) if row else 0

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            yield from self._locked_transaction()

    def _locked_transaction(self) -> Iterator[sqlite3.Connection]:
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.DatabaseError as error:
            raise self._explain(error) from error
        try:
            yield self._db
        except sqlite3.DatabaseError as error:
            self._db.execute("ROLLBACK")
            raise self._explain(error) from error
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        else:
            try:
                self._db.execute("COMMIT")
            except sqlite3.DatabaseError as error:
                raise self._explain(error) from error

    def _query(self, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        try:
            with self._lock:
                return list(self._db.execute(sql, params))
        except sqlite3.DatabaseError as error:
            raise self._explain(error) from error

    def _query_one(self, sql: str, params: tuple[Any, ...] = ()) -> sqlite3.Row | None:
        rows = self._query(sql, params)
        return rows[0] if rows else None

    def _explain(self, error: sqlite3.DatabaseError) -> StoreError:
        text = str(error)
        if "locked" in text or "busy" in text:
            return StoreError(
                f"The history database {self.path} is locked by another program: "
                "close other rehearse windows or wait a moment, then try again. Nothing was lost."
            )
        if isinstance(error, sqlite3.OperationalError) and "readonly" in text:
            return StoreError(
                f"The history database {self.path} is read-only: check its permissions."
            )
        if "not a database" in text or "malformed" in text or "corrupt" in text:
            return StoreError(
                f"The history database {self.path} is damaged ({text}). It was left untouched: "
                f"move it aside (mv '{self.path}' '{self.path}.broken') to start a new history."
            )
        return StoreError(f"The history database {self.path} failed: {text}")

    # sessions

    def create_session(
        self, *, scenario_id: str, scenario_title: str, voice: str, model: str, stage_id: str
    ) -> str:
        session_id = new_session_id()
        now = _now()
        with self._transaction() as db:
            db.execute(
                "INSERT INTO sessions (id, scenario_id, scenario_title, voice, model, started_at,"
                " updated_at, stage_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (session_id, scenario_id, scenario_title, voice, model, now, now, stage_id),
            )
        return session_id

    def update_session(
        self,
        session_id: str,
        *,
        stage_id: str | None = None,
        status: Status | None = None,
        debrief: dict[str, Any] | None = None,
        voice: str | None = None,
        model: str | None = None,
    ) -> None:
        sets = ["updated_at = ?"]
        params: list[Any] = [_now()]
        for column, value in (("voice", voice), ("model", model)):
            if value is not None:
                sets.append(f"{column} = ?")
                params.append(value)
        if stage_id is not None:
            sets.append("stage_id = ?")
            params.append(stage_id)
        if status is not None:
            sets.append("status = ?")
            params.append(status)
            if status != "active":
                sets.append("ended_at = COALESCE(ended_at, ?)")
                params.append(_now())
        if debrief is not None:
            sets.append("debrief_json = ?")
            params.append(json.dumps(debrief))
        with self._transaction() as db:
            cursor = db.execute(
                f"UPDATE sessions SET {', '.join(sets)} WHERE id = ?", (*params, session_id)
            )
            if cursor.rowcount == 0:
                raise StoreError(f"no session {session_id!r}")

    def add_turn(
        self,
        session_id: str,
        *,
        role: Role,
        text: str,
        stage_id: str,
        source: str | None = None,
        reaction: str | None = None,
        note: str | None = None,
        signals: dict[str, Any] | None = None,
        scores: list[ScoreRecord] | None = None,
    ) -> TurnRecord:
        """Append a turn (with its scores) in one transaction: it is on disk when this returns."""
        now = _now()
        with self._transaction() as db:
            row = db.execute(
                "SELECT COALESCE(MAX(seq), 0) + 1 FROM turns WHERE session_id = ?", (session_id,)
            ).fetchone()
            seq = int(row[0])
            cursor = db.execute(
                "INSERT INTO turns (session_id, seq, role, text, stage_id, source, reaction, note,"
                " signals_json, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    session_id,
                    seq,
                    role,
                    text,
                    stage_id,
                    source,
                    reaction,
                    note,
                    json.dumps(signals) if signals is not None else None,
                    now,
                ),
            )
            turn_id = int(cursor.lastrowid or 0)
            for score in scores or []:
                db.execute(
                    "INSERT INTO scores (turn_id, rubric, scorer, total, max, result_json)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        turn_id,
                        score.rubric,
                        score.scorer,
                        score.total,
                        score.max,
                        json.dumps(score.result),
                    ),
                )
            db.execute("UPDATE sessions SET updated_at = ? WHERE id = ?", (now, session_id))
        return TurnRecord(
            id=turn_id,
            session_id=session_id,
            seq=seq,
            role=role,
            text=text,
            stage_id=stage_id,
            created_at=now,
            source=source,
            reaction=reaction,
            note=note,
            signals=signals,
            scores=tuple(scores or ()),
        )

    def delete_turn(self, turn_id: int) -> None:
        """Withdraw a turn (the TUI gives a failed turn's text back to the input)."""
        with self._transaction() as db:
            db.execute("DELETE FROM turns WHERE id = ?", (turn_id,))

    def session(self, session_id: str, *, with_turns: bool = True) -> SessionRecord:
        row = self._query_one("SELECT * FROM sessions WHERE id = ?", (session_id,))
        if row is None:
            matches = self._query("SELECT * FROM sessions WHERE id LIKE ?", (f"{session_id}%",))
            if len(matches) != 1:
                raise StoreError(
                    f"no session {session_id!r}: `rehearse history` lists them"
                    if not matches
                    else f"{session_id!r} matches {len(matches)} sessions: give more of the id"
                )
            row = matches[0]
        turns = self.turns(row["id"]) if with_turns else ()
        return _session_from_row(row, turns)

    def turns(self, session_id: str) -> tuple[TurnRecord, ...]:
        rows = self._query("SELECT * FROM turns WHERE session_id = ? ORDER BY seq", (session_id,))
        scores: dict[int, list[ScoreRecord]] = {}
        for score in self._query(
            "SELECT s.* FROM scores s JOIN turns t ON t.id = s.turn_id WHERE t.session_id = ?"
            " ORDER BY s.rubric, s.scorer",
            (session_id,),
        ):
            scores.setdefault(score["turn_id"], []).append(
                ScoreRecord(
                    rubric=score["rubric"],
                    scorer=score["scorer"],
                    total=score["total"],
                    max=score["max"],
                    result=json.loads(score["result_json"]),
                )
            )
        return tuple(
            TurnRecord(
                id=row["id"],
                session_id=row["session_id"],
                seq=row["seq"],
                role=row["role"],
                text=row["text"],
                stage_id=row["stage_id"],
                created_at=row["created_at"],
                source=row["source"],
                reaction=row["reaction"],
                note=row["note"],
                signals=json.loads(row["signals_json"]) if row["signals_json"] else None,
                scores=tuple(scores.get(row["id"], ())),
            )
            for row in rows
        )

    def sessions(
        self, *, scenario_id: str | None = None, limit: int | None = None
    ) -> list[SessionRecord]:
        """Newest first, without turns."""
        sql = "SELECT * FROM sessions"
        params: tuple[Any, ...] = ()
        if scenario_id:
            sql += " WHERE scenario_id = ?"
            params = (scenario_id,)
        sql += " ORDER BY started_at DESC, rowid DESC"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [_session_from_row(row, ()) for row in self._query(sql, params)]

    def rubric_totals(self, session_id: str) -> dict[str, tuple[int, int]]:
        """Per rubric, the summed (total, max) of the rule scores of the session's user turns."""
        rows = self._query(
            "SELECT s.rubric, SUM(s.total), SUM(s.max) FROM scores s JOIN turns t ON t.id = s.turn_id"
            " WHERE t.session_id = ? AND s.scorer = 'rules' GROUP BY s.rubric ORDER BY s.rubric",
            (session_id,),
        )
        return {row[0]: (int(row[1]), int(row[2])) for row in rows}

    def delete_session(self, session_id: str) -> SessionRecord:
        record = self.session(session_id, with_turns=False)
        with self._transaction() as db:
            db.execute("DELETE FROM sessions WHERE id = ?", (record.id,))
        return record


def _session_from_row(row: sqlite3.Row, turns: tuple[TurnRecord, ...]) -> SessionRecord:
    return SessionRecord(
        id=row["id"],
        scenario_id=row["scenario_id"],
        scenario_title=row["scenario_title"],
        voice=row["voice"],
        model=row["model"],
        started_at=row["started_at"],
        updated_at=row["updated_at"],
        ended_at=row["ended_at"],
        status=row["status"],
        stage_id=row["stage_id"],
        debrief=json.loads(row["debrief_json"]) if row["debrief_json"] else None,
        turns=turns,
    )


def coverage_totals(turns: Sequence[TurnRecord]) -> dict[str, list[int]]:
    """Per rubric, [sum of the best level reached per criterion, maximum]: a stated element counts once."""
    best: dict[str, dict[str, int]] = {}
    maxima: dict[str, int] = {}
    for turn in turns:
        for score in turn.scores:
            if score.scorer != "rules":
                continue
            maxima[score.rubric] = score.max
            levels = best.setdefault(score.rubric, {})
            for criterion in score.result.get("criteria", []):
                levels[criterion["id"]] = max(
                    levels.get(criterion["id"], 0), criterion["score"] or 0
                )
    return {
        rubric: [sum(levels.values()), maxima[rubric]] for rubric, levels in sorted(best.items())
    }
