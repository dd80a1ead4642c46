"""`rehearse scenarios list|show|validate|new`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rehearse.cli import main
from rehearse.resources import scenarios_dir
from tests.scenario_builders import scenario_data, to_yaml

BUILTIN_COUNT = len(list(scenarios_dir().glob("*.yaml")))


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def user_folder(home: Path) -> Path:
    folder = home / "scenarios"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_list_json_has_exactly_the_documented_fields(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "scenarios", "list", "--json")
    assert (code, err) == (0, "")
    rows = json.loads(out)
    assert len(rows) == BUILTIN_COUNT
    for row in rows:
        assert list(row) == ["id", "title", "category", "difficulty", "rubrics", "source", "path"]
        assert row["source"] == "builtin"
        assert Path(row["path"]).is_file()
        assert isinstance(row["difficulty"], int) and isinstance(row["rubrics"], list)
    by_id = {row["id"]: row for row in rows}
    assert by_id["address-underperformance"]["rubrics"] == ["sbi", "smartt"]


def test_list_is_a_table_grouped_by_category(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "scenarios", "list")
    assert code == 0
    lines = out.splitlines()
    headings = [line for line in lines if line and not line.startswith(" ")]
    assert headings[0] == "Delegation"
    assert len(headings) == len(set(headings))  # each category once
    rows = [line.split() for line in lines if line.startswith("  ")]
    assert len(rows) == BUILTIN_COUNT
    feedback_row = next(row for row in rows if row[0] == "constructive-feedback")
    assert feedback_row[1] == "medium" and feedback_row[-1] == "sbi"
    assert run(capsys, "scenarios")[1] == out  # no action means list


def test_list_reports_a_broken_user_file_and_shows_the_rest(
    capsys: pytest.CaptureFixture[str], rehearse_home: Path
) -> None:
    folder = user_folder(rehearse_home)
    (folder / "mine.yaml").write_text(
        to_yaml(scenario_data(scenario_id="my-own")), encoding="utf-8"
    )
    (folder / "broken.yaml").write_text("id: x\ntitle: [\n", encoding="utf-8")
    code, out, err = run(capsys, "scenarios", "list", "--json")
    assert code == 0
    rows = json.loads(out)
    assert len(rows) == BUILTIN_COUNT + 1
    assert [row["source"] for row in rows if row["id"] == "my-own"] == ["user"]
    assert err.startswith(f"warning: {folder / 'broken.yaml'}:3: YAML syntax")


def test_show_prints_the_briefing_without_spoilers(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "scenarios", "show", "delegate-resistant-senior")
    assert code == 0
    assert "Win over the senior who built it" in out
    assert "12 billing jobs" in out and "Marco opens:" in out
    assert "Kubernetes" not in out and "advances when" not in out
    _, full, _ = run(capsys, "scenarios", "show", "delegate-resistant-senior", "--full")
    assert "Hidden concern:" in full and "Kubernetes" in full
    assert "advances when: put_on_record" in full


def test_show_json_is_the_whole_scenario(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "scenarios", "show", "stakeholder-buy-in", "--json")
    payload = json.loads(out)
    assert code == 0 and payload["source"] == "builtin"
    assert payload["scenario"]["persona"]["name"] == "Dana"
    assert len(payload["scenario"]["stages"]) == 4


def test_show_unknown_id_fails_with_a_suggestion(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "scenarios", "show", "stakeholder-buyin")
    assert (code, out) == (2, "")
    assert "no scenario 'stakeholder-buyin'; did you mean 'stakeholder-buy-in'?" in err


def test_validate_exits_0_for_the_library(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "scenarios", "validate", str(scenarios_dir()))
    assert (code, err) == (0, "")
    assert out.startswith("ok")


def test_validate_prints_one_path_line_message_per_problem(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(to_yaml(scenario_data(scenario_id="good-one")), encoding="utf-8")
    data = scenario_data(scenario_id="bad-one")
    data["stages"][1]["advance_when"] = "asked_for_help or vibes"
    data["stages"][2]["lines"]["dismissed"] = []
    bad = tmp_path / "bad.yaml"
    bad.write_text(to_yaml(data), encoding="utf-8")
    code, out, err = run(capsys, "scenarios", "validate", str(good), str(bad))
    assert code == 2
    lines = out.splitlines()
    assert len(lines) == 2
    assert all(line.startswith(f"{bad}:") for line in lines)
    assert lines[0].split(":")[1].isdigit()
    assert "unknown signal 'vibes'" in lines[0]
    assert "stages[2].lines.dismissed" in lines[1]
    assert "2 problem(s) in 1 file(s)" in err


def test_new_writes_a_starter_that_validates_and_refuses_to_overwrite(
    capsys: pytest.CaptureFixture[str], rehearse_home: Path
) -> None:
    code, out, _ = run(capsys, "scenarios", "new", "ask-sam-for-release")
    path = rehearse_home / "scenarios" / "ask-sam-for-release.yaml"
    assert code == 0 and f"wrote {path}" in out
    assert run(capsys, "scenarios", "validate", str(path))[0] == 0
    code, _, err = run(capsys, "scenarios", "new", "ask-sam-for-release")
    assert code == 2 and "already exists" in err
    code, _, err = run(capsys, "scenarios", "new", "Ask_Sam")
    assert code == 2 and "not a valid scenario id" in err
    ids = [row["id"] for row in json.loads(run(capsys, "scenarios", "list", "--json")[1])]
    assert "ask-sam-for-release" in ids
