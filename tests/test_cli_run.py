"""`rehearse run` and the history commands, through the CLI entry point."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rehearse import paths
from rehearse.cli import main
from rehearse.config import load_settings
from rehearse.engine import Rehearsal
from rehearse.store import Store
from tests import fakes
from tests.engine_helpers import REPLAYS, scenario

GOOD = REPLAYS / "delegate-resistant-senior.good.txt"
POOR = REPLAYS / "delegate-resistant-senior.poor.txt"
REPO = Path(__file__).resolve().parents[1]


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    code = main(list(argv))
    return code, json.loads(capsys.readouterr().out)


def test_run_json_contract_on_a_good_transcript(capsys: pytest.CaptureFixture[str]) -> None:
    code, data = run_json(
        capsys,
        "run",
        "delegate-resistant-senior",
        "--replies",
        str(GOOD),
        "--voice",
        "scripted",
        "--json",
    )
    assert code == 0
    assert set(data) >= {"session_id", "scenario", "voice", "outcome", "turns", "debrief"}
    assert data["scenario"] == "delegate-resistant-senior" and data["voice"] == "scripted"
    assert data["outcome"]["success"] is True
    assert set(data["outcome"]) == {"success", "stage", "turns"}
    turn = data["turns"][0]
    assert set(turn) >= {"user", "persona", "source", "scores", "signals"}
    assert turn["source"] == "scripted"
    smartt = turn["scores"]["smartt"]
    assert set(smartt) == {"total", "max", "criteria"} and smartt["max"] == 12
    assert set(smartt["criteria"]) == {
        "specific",
        "measurable",
        "achievable",
        "relevant",
        "time_bound",
        "trackable",
    }
    assert isinstance(turn["signals"], list)
    assert data["debrief"]["outcome"]["success"] is True


def test_run_a_poor_transcript_fails_and_reports_unused_replies(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, data = run_json(
        capsys,
        "run",
        "delegate-resistant-senior",
        "--replies",
        str(POOR),
        "--voice",
        "scripted",
        "--json",
    )
    assert code == 1
    assert data["outcome"]["success"] is False
    assert data["unused_replies"] == []

    many = tmp_path / "many.txt"
    many.write_text(GOOD.read_text() + "\n\nAnd one more thing.\n\nAnd another.\n")
    code, data = run_json(
        capsys,
        "run",
        "delegate-resistant-senior",
        "--replies",
        str(many),
        "--voice",
        "scripted",
        "--json",
    )
    assert code == 0
    assert data["unused_replies"] == ["And one more thing.", "And another."]


def test_run_prints_a_readable_transcript_and_debrief(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["run", "delegate-resistant-senior", "--replies", str(GOOD), "--voice", "scripted"])
        == 0
    )
    out = capsys.readouterr().out
    assert "Marco" in out and "You:" in out
    assert "## Debrief" in out and "Success" in out


def test_run_prints_only_what_the_guard_let_stand(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fake_model: fakes.ScriptedModel
) -> None:
    # Three off-topic sentences stream past the guard before it judges the whole reply off the
    # topic and puts an authored line in its place; the transcript must not show them.
    wandering = (
        "The one with the two tripods in the laptop is from last year. It was a bit of a story. "
        "I've just found a couple of people who can."
    )
    fake_model.default = wandering
    replies = tmp_path / "replies.txt"
    replies.write_text("Marco, I know this was decided over your head. What worries you most?\n")
    argv = ["--model", fakes.MODEL, "run", "delegate-resistant-senior", "--voice", "model"]
    code = main([*argv, "--replies", str(replies)])
    out = capsys.readouterr().out
    assert code == 1  # one reply does not finish the rehearsal
    assert "tripods" not in out
    assert "[scripted line]" in out and "wandered off the topic" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["run", "no-such-scenario", "--replies", str(GOOD)], "no-such-scenario"),
        (
            ["run", "delegate-resistant-senior", "--replies", "/nonexistent/replies.txt"],
            "no such file",
        ),
    ],
)
def test_run_bad_input_exits_2_with_a_clear_message(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    assert message in capsys.readouterr().err


def test_run_an_empty_replies_file_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("\n \n\n")
    assert main(["run", "delegate-resistant-senior", "--replies", str(empty)]) == 2
    assert "no replies in it" in capsys.readouterr().err


def test_history_show_export_delete(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, data = run_json(
        capsys,
        "run",
        "delegate-resistant-senior",
        "--replies",
        str(GOOD),
        "--voice",
        "scripted",
        "--json",
    )
    session = data["session_id"]

    code, rows = run_json(capsys, "history", "--json")
    assert code == 0
    assert rows[0]["session_id"] == session and rows[0]["outcome"] == "success"
    assert rows[0]["totals"]["smartt"]["max"] == 12
    assert main(["history"]) == 0
    assert session in capsys.readouterr().out

    assert main(["show", session[:5]]) == 0
    shown = capsys.readouterr().out
    assert "**Marco" in shown and "## Debrief" in shown

    code, exported = run_json(capsys, "export", session, "--format", "json")
    assert exported["session_id"] == session and exported["turns"][0]["role"] == "persona"
    target = tmp_path / "session.md"
    assert main(["export", session, "--format", "md", "-o", str(target)]) == 0
    assert target.read_text().startswith("# ")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600

    assert main(["delete", session]) == 0
    capsys.readouterr()
    assert main(["show", session]) == 2
    assert "no session" in capsys.readouterr().err


KILLED_RUN = """
import sys
from tests import fakes
fakes.register()
fakes.scripted.enqueue(fakes.Slow(60, "never shown"))
from rehearse.cli import main
main(["--model", fakes.MODEL, "run", "delegate-resistant-senior", "--replies", sys.argv[1], "--voice", "model"])
"""


def test_resume_after_killing_a_run_mid_session(
    rehearse_home: Path, fake_model: fakes.ScriptedModel
) -> None:
    env = dict(os.environ, PYTHONPATH=f"{REPO}:{REPO / 'src'}")
    process = subprocess.Popen([sys.executable, "-c", KILLED_RUN, str(GOOD)], cwd=REPO, env=env)
    database = paths.database_file()
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if database.exists():
                try:
                    with sqlite3.connect(database) as db:
                        stored = db.execute(
                            "SELECT COUNT(*) FROM turns WHERE role = 'user'"
                        ).fetchone()[0]
                except sqlite3.OperationalError:  # created, but its tables are not there yet
                    stored = 0
                if stored:
                    break
            time.sleep(0.1)
        else:
            pytest.fail("the run never stored a user turn")
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)

    with Store() as store:
        (record,) = store.sessions()
        assert record.status == "active"
        turns = store.turns(record.id)
        assert [t.role for t in turns] == ["persona", "user"]  # the opening, then the user's turn
        settings = load_settings(model=fakes.MODEL)
        fake_model.enqueue("Fine. I'm listening, but the billing jobs are not a toy.")
        rehearsal = Rehearsal.resume(
            record.id, scenario(record.scenario_id), store=store, settings=settings
        )
        assert rehearsal.awaiting_reply
        answered = rehearsal.reply()
        assert answered.spoken.text == "Fine. I'm listening, but the billing jobs are not a toy."
        assert [t.role for t in store.turns(record.id)] == ["persona", "user", "persona"]
