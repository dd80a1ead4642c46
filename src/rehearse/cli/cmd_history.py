"""`rehearse history`, `show`, `export`, `delete`, `resume`: the stored sessions."""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any


def register(commands: Any) -> None:
    history = commands.add_parser("history", help="list past rehearsals, newest first")
    history.add_argument("--scenario", metavar="ID", help="only this scenario")
    history.add_argument("--limit", type=int, default=None, metavar="N")
    history.add_argument("--json", action="store_true", help="print JSON")
    history.set_defaults(handler=run_history)

    show = commands.add_parser("show", help="print a session's transcript, scores and debrief")
    show.add_argument("session_id", metavar="SESSION")
    show.set_defaults(handler=run_show)

    export = commands.add_parser("export", help="export a session as Markdown or JSON")
    export.add_argument("session_id", metavar="SESSION")
    export.add_argument("--format", choices=["md", "json"], default="md")
    export.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help="write to FILE (owner-only)"
    )
    export.set_defaults(handler=run_export)

    delete = commands.add_parser("delete", help="delete a session and its transcript")
    delete.add_argument("session_id", metavar="SESSION")
    delete.set_defaults(handler=run_delete)

    resume = commands.add_parser(
        "resume",
        help="continue an interrupted rehearsal",
        description="Continue an interrupted rehearsal: in the app, or headless with --replies.",
    )
    resume.add_argument("session_id", metavar="SESSION")
    resume.add_argument("--replies", type=Path, metavar="FILE", help="continue headless from FILE")
    resume.add_argument("--json", action="store_true", help="with --replies: print JSON")
    resume.set_defaults(handler=run_resume)


def _session(store: Any, session_id: str) -> Any:
    from rehearse.cli.common import CommandError
    from rehearse.store import StoreError

    try:
        return store.session(session_id)
    except StoreError as error:
        raise CommandError(str(error)) from error


def history_rows(
    store: Any, scenario: str | None = None, limit: int | None = None
) -> list[dict[str, Any]]:
    from rehearse.store import coverage_totals

    rows = []
    for record in store.sessions(scenario_id=scenario, limit=limit):
        turns = store.turns(record.id)
        totals = (record.debrief or {}).get("coverage_totals") or coverage_totals(turns)
        rows.append(
            {
                "session_id": record.id,
                "scenario": record.scenario_id,
                "title": record.scenario_title,
                "date": record.started_at,
                "outcome": record.status,
                "stage": record.stage_id,
                "turns": sum(1 for t in turns if t.role == "user"),
                "totals": {rubric: {"total": v[0], "max": v[1]} for rubric, v in totals.items()},
            }
        )
    return rows


def run_history(args: argparse.Namespace) -> int:
    from rehearse.cli.sessions import open_store

    with open_store() as store:
        rows = history_rows(store, args.scenario, args.limit)
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    if not rows:
        print("No rehearsals yet. Start one with `rehearse` or `rehearse run`.")
        return 0
    print(f"{'session':<9} {'date':<17} {'outcome':<11} {'turns':>5}  {'totals':<22} scenario")
    for row in rows:
        totals = " ".join(f"{r.upper()} {t['total']}/{t['max']}" for r, t in row["totals"].items())
        date = row["date"].replace("T", " ")[:16]
        print(
            f"{row['session_id']:<9} {date:<17} {row['outcome']:<11} {row['turns']:>5}  {totals:<22} {row['scenario']}"
        )
    return 0


def _persona_name(scenario_id: str, args: argparse.Namespace) -> str | None:
    try:
        from rehearse.cli.common import load
        from rehearse.scenarios import get

        return get(scenario_id, load(args)).scenario.persona.name
    except Exception:  # the scenario file may be gone; the transcript still prints
        return None


def run_show(args: argparse.Namespace) -> int:
    from rehearse.cli.sessions import open_store
    from rehearse.engine.transcript import session_markdown

    with open_store() as store:
        record = _session(store, args.session_id)
    print(session_markdown(record, _persona_name(record.scenario_id, args)), end="")
    return 0


def run_export(args: argparse.Namespace) -> int:
    from rehearse.cli.sessions import open_store
    from rehearse.engine.transcript import session_json, session_markdown

    with open_store() as store:
        record = _session(store, args.session_id)
    if args.format == "json":
        text = json.dumps(session_json(record), indent=2) + "\n"
    else:
        text = session_markdown(record, _persona_name(record.scenario_id, args))
    if args.output is None:
        print(text, end="")
        return 0
    write_private(args.output, text)
    print(f"Exported session {record.id} to {args.output}")
    return 0


def write_private(path: Path, text: str) -> None:
    """A transcript file only its owner can read."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(text)


def run_delete(args: argparse.Namespace) -> int:
    from rehearse.cli.common import CommandError
    from rehearse.cli.sessions import open_store
    from rehearse.store import StoreError

    with open_store() as store:
        try:
            record = store.delete_session(args.session_id)
        except StoreError as error:
            raise CommandError(str(error)) from error
    print(f"Deleted session {record.id} ({record.scenario_id}, {record.started_at}).")
    return 0


def run_resume(args: argparse.Namespace) -> int:
    from rehearse.cli.cmd_run import play
    from rehearse.cli.common import CommandError, load
    from rehearse.cli.sessions import catalog, find_scenario, open_store
    from rehearse.engine import Rehearsal
    from rehearse.engine.replies import RepliesError, read_replies

    settings = load(args)
    store = open_store()
    record = _session(store, args.session_id)
    if record.finished:
        raise CommandError(
            f"session {record.id} has already ended ({record.status}): `rehearse show {record.id}` prints it"
        )
    scenario = find_scenario(record.scenario_id, settings)
    rehearsal = Rehearsal.resume(
        record.id, scenario, store=store, settings=settings, catalog=catalog(settings)
    )
    if args.replies is None:
        from rehearse.cli.cmd_app import run_app

        return run_app(args, resume=rehearsal)
    try:
        replies = read_replies(args.replies)
    except RepliesError as error:
        raise CommandError(str(error)) from error
    return play(rehearsal, replies, as_json=args.json)
