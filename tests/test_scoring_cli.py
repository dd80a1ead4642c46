"""`rehearse score`: one text, standard input, JSON lines, bad input, the judge beside the rules."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from rehearse.cli import main
from rehearse.cli.score_view import render_result
from rehearse.scoring import score
from tests import fakes

TEXT = "During sprint planning you were kind of all over the place, which wasn't ideal."
ROOT = Path(__file__).resolve().parent.parent


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_readable_table_with_evidence_and_advice(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["score", "--rubric", "sbi", TEXT], capsys)
    assert code == 0, err
    assert "rules 4/6" in out
    assert "[During sprint planning]" in out  # evidence marked in the text (no TTY: brackets)
    assert "“which wasn't ideal”" in out
    assert "→" in out  # advice for the criteria below 2
    assert "\033[" not in out  # no colour when stdout is not a terminal
    assert "hedging “kind of”" in out


def test_colour_only_when_asked() -> None:
    result = score(TEXT, "sbi")
    assert "\033[1m" in render_result(TEXT, result, color=True)
    assert "\033[" not in render_result(TEXT, result, color=False)


def test_json_output_is_the_result(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["score", "--rubric", "smartt", "--json", "Can you look into it?"], capsys)
    assert code == 0
    payload = json.loads(out)
    assert payload["rubric"] == "smartt" and payload["scorer"] == "rules"
    assert [c["id"] for c in payload["criteria"]] == [
        "specific",
        "measurable",
        "achievable",
        "relevant",
        "time_bound",
        "trackable",
    ]
    assert "judge" not in payload


def test_dash_reads_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(TEXT))
    code, out, _ = run(["score", "--rubric", "sbi", "--json", "-"], capsys)
    assert code == 0 and json.loads(out)["total"] == 4


@pytest.mark.parametrize(
    "argv", [["score", "--rubric", "sbi", "   "], ["score", "--rubric", "sbi"]]
)
def test_empty_or_missing_text_is_a_usage_error(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(argv, capsys)
    assert code == 2 and out == ""
    assert "rehearse:" in err and ("empty" in err or "nothing to score" in err)


def test_text_and_jsonl_together_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text("", encoding="utf-8")
    code, _, err = run(["score", "--rubric", "sbi", "--jsonl", str(path), TEXT], capsys)
    assert code == 2 and "not both" in err


def test_jsonl_scores_good_lines_in_order_and_reports_bad_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "a", "text": TEXT}),
        "{not json",
        json.dumps({"id": 7, "text": "You're rude in reviews."}),
        json.dumps({"text": "no id here"}),
        "",
        json.dumps({"id": "empty", "text": "  "}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "c", "text": "Can you look into it?"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = run(["score", "--rubric", "sbi", "--jsonl", str(path)], capsys)
    assert code == 1
    results = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in results] == ["a", 7, "c"]
    assert results[0]["total"] == 4 and results[1]["rubric"] == "sbi"
    for number in (2, 4, 6, 7):
        assert f"{path}:{number}:" in err
    assert f"{path}:5:" not in err  # blank lines are skipped, not errors
    assert "4 line(s)" in err


def test_jsonl_from_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps({"id": "x", "text": TEXT}) + "\n"))
    code, out, _ = run(["score", "--rubric", "sbi", "--jsonl", "-"], capsys)
    assert code == 0 and json.loads(out)["id"] == "x"


def test_jsonl_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(["score", "--rubric", "sbi", "--jsonl", str(tmp_path / "nope")], capsys)
    assert code == 2 and "cannot read" in err


def test_judge_scores_are_shown_beside_the_rules(
    fake_model: fakes.ScriptedModel, capsys: pytest.CaptureFixture[str]
) -> None:
    reply = json.dumps({"evidence": ["During sprint planning"], "reasoning": "r", "score": 2})
    fake_model.enqueue(reply, reply.replace("2}", "1}"), "garbage", "garbage")
    code, out, err = run(
        ["score", "--rubric", "sbi", "--json", "--judge", fakes.MODEL, TEXT], capsys
    )
    assert code == 0, err
    payload = json.loads(out)
    assert payload["scorer"] == "rules" and payload["total"] == 4  # rules untouched
    judged = payload["judge"]
    assert judged["scorer"] == fakes.MODEL
    # The third criterion's replies were garbage: abstained, not 0; the rules are untouched.
    assert [c["score"] for c in judged["criteria"]] == [2, 1, None]
    assert judged["criteria"][2]["abstained"] is True


def test_judge_table_shows_both_columns(
    fake_model: fakes.ScriptedModel, capsys: pytest.CaptureFixture[str]
) -> None:
    reply = json.dumps({"evidence": [], "reasoning": "nothing observable", "score": 0})
    fake_model.enqueue(reply, reply, reply)
    code, out, _ = run(["score", "--rubric", "sbi", "--judge", fakes.MODEL, TEXT], capsys)
    assert code == 0
    assert "rules  judge" in out and f"judge ({fakes.MODEL}) 0/6" in out


def test_offline_scoring_never_imports_the_model_layer() -> None:
    probe = (
        "import sys\n"
        "from rehearse.cli import main\n"
        f"code = main(['score', '--rubric', 'sbi', '--json', {TEXT!r}])\n"
        "heavy = [m for m in ('litellm', 'llama_cpp', 'textual') if m in sys.modules]\n"
        "print('HEAVY', heavy, code, file=sys.stderr)\n"
    )
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT / "src"), str(ROOT)]))
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=True,
    )
    assert "HEAVY [] 0" in done.stderr
    assert json.loads(done.stdout)["total"] == 4
