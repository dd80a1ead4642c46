"""Loading scenario files: `path:line: message` problems, skipping broken files, ids."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest

from rehearse.config import Settings, load_settings
from rehearse.resources import scenarios_dir
from rehearse.scenarios import (
    Problem,
    ScenarioNotFound,
    get,
    load_all,
    loader,
    starter_text,
    validate_file,
    validate_paths,
    write_starter,
)
from tests.scenario_builders import scenario_data, stage_data, to_yaml


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return load_settings(scenario_dir=tmp_path / "mine")


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def line_of(text: str, needle: str, last: bool = False) -> int:
    """1-based line of the first (or last) line containing `needle`."""
    found = [n for n, line in enumerate(text.splitlines(), start=1) if needle in line]
    assert found, f"{needle!r} not in text"
    return found[-1] if last else found[0]


def only_problem(path: Path) -> Problem:
    problems = validate_file(path)
    assert len(problems) == 1, problems
    return problems[0]


def test_a_valid_file_has_no_problems(tmp_path: Path) -> None:
    assert validate_file(write(tmp_path, "ok.yaml", to_yaml(scenario_data()))) == []


def test_unknown_signal_points_at_its_line(tmp_path: Path) -> None:
    data = scenario_data()
    data["stages"][2]["advance_when"] = "put_on_recrod and not judgmental"
    text = to_yaml(data)
    path = write(tmp_path, "typo.yaml", text)
    problem = only_problem(path)
    assert problem.line == line_of(text, "put_on_recrod")
    assert problem.message == (
        "stages[2].advance_when: unknown signal 'put_on_recrod' (did you mean 'put_on_record'?)"
    )
    assert str(problem) == f"{path}:{problem.line}: {problem.message}"


def test_unknown_key_points_at_the_key_and_suggests_the_right_one(tmp_path: Path) -> None:
    data = scenario_data()
    data["stages"][1]["hnt"] = data["stages"][1].pop("hint")
    text = to_yaml(data)
    problems = validate_file(write(tmp_path, "key.yaml", text))
    by_message = {p.message: p.line for p in problems}
    assert by_message["stages[1].hnt: unknown key (did you mean 'hint'?)"] == line_of(text, "hnt:")
    # The missing `hint` points at the stage that lacks it.
    assert by_message["stages[1].hint: required, but missing"] == line_of(text, "id: stage-2")


def test_unknown_top_level_key_lists_the_known_ones_when_nothing_is_close(tmp_path: Path) -> None:
    data = scenario_data()
    data["zzz"] = 1
    problem = only_problem(write(tmp_path, "extra.yaml", to_yaml(data)))
    assert problem.message.startswith("zzz: unknown key (expected one of: id, title, category,")


@pytest.mark.parametrize(
    ("change", "needle", "message"),
    [
        (
            lambda d: d.update(rubrics=["smartt", "okr"]),
            "- okr",
            "rubrics[1]: unknown rubric 'okr' (known: sbi, smartt)",
        ),
        (
            lambda d: d.update(rubrics=["smartt", "smartt"]),
            "- smartt",
            "rubrics[1]: rubric 'smartt' is listed twice",
        ),
        (
            lambda d: d["stages"][0]["lines"].update(advanced=[]),
            "advanced: []",
            "stages[0].lines.advanced: List should have at least 1 item",
        ),
        (
            lambda d: d["stages"][3].update(id="stage-1"),
            "id: stage-1",
            "stages[3].id: duplicate stage id 'stage-1'",
        ),
        (
            lambda d: d.update(turn_limit=8),
            "turn_limit:",
            "turn_limit: Input should be greater than or equal to 10",
        ),
        (
            lambda d: d.update(difficulty="2"),
            "difficulty:",
            "difficulty: Input should be a valid integer",
        ),
        (
            lambda d: d.update(category="hiring"),
            "category:",
            "category: Input should be 'delegation', 'feedback',",
        ),
        (
            lambda d: d.update(id="Not An Id"),
            "id: Not An Id",
            "id: must be lowercase words and digits joined by hyphens",
        ),
        (lambda d: d["stages"].pop(), "stages:", "stages: List should have at least 4 items"),
        (
            lambda d: d["opening"].update(speaker="narrator"),
            "speaker:",
            "opening.speaker: Input should be 'persona' or 'user'",
        ),
        (
            lambda d: d["persona"].update(name=""),
            "name: ''",
            "persona.name: String should have at least 1 character",
        ),
        (
            lambda d: d["stages"][2].update(advance_when="sbi.impact >= 2"),
            "sbi.impact",
            "stages[2].advance_when: 'sbi.impact' is never computed: "
            "this scenario is scored with smartt only",
        ),
        (
            lambda d: d["stages"][1].update(advance_when="clear_ask and not clear_ask"),
            "clear_ask and not",
            "stages[1].advance_when: this condition can never be true",
        ),
        (
            lambda d: d["stages"][1].update(advance_when="smartt.time_bound >= 3"),
            "time_bound >= 3",
            "can never be true",
        ),
        (
            lambda d: d["stages"][1].update(advance_when="not judgmental"),
            "not judgmental",
            "true even for a turn that shows nothing",
        ),
        (
            lambda d: d["stages"][1].pop("advance_when"),
            "id: stage-2",
            "stages[1].advance_when: required, but missing",
        ),
    ],
)
def test_each_mistake_is_reported_at_its_line(
    tmp_path: Path, change: Any, needle: str, message: str
) -> None:
    data = scenario_data()
    change(data)
    text = to_yaml(data)
    problem = only_problem(write(tmp_path, "bad.yaml", text))
    assert message in problem.message
    assert problem.line == line_of(text, needle, last=True)


def test_every_problem_in_a_file_is_reported(tmp_path: Path) -> None:
    data = scenario_data()
    data["stages"][0]["advance_when"] = "nope"
    data["stages"][3]["lines"]["dismissed"] = []
    data["persona"]["mood"] = "grumpy"
    problems = validate_file(write(tmp_path, "many.yaml", to_yaml(data)))
    assert len(problems) == 3
    assert [p.line for p in problems] == sorted(p.line for p in problems)


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("", 1, "the file is empty"),
        ("# only a comment\n", 1, "the file is empty"),
        ("- a\n- b\n", 1, "a scenario file must be a mapping"),
        ("id: x\ntitle: [unclosed\n", 3, "YAML syntax"),
        ("id: a\n  bad: indent\n", 2, "YAML syntax"),
        ("id: one\n---\nid: two\n", 2, "YAML syntax: expected a single document"),
    ],
)
def test_broken_yaml(tmp_path: Path, text: str, line: int, message: str) -> None:
    problem = only_problem(write(tmp_path, "broken.yaml", text))
    assert (problem.line, problem.message[: len(message)]) == (line, message)


def test_duplicate_yaml_key_is_reported_at_the_second_one(tmp_path: Path) -> None:
    text = to_yaml(scenario_data()).replace(
        "title: A test scenario\n", "title: A test scenario\ntitle: Again\n"
    )
    problem = only_problem(write(tmp_path, "dup.yaml", text))
    assert problem.line == line_of(text, "title: Again")
    assert (
        problem.message == f"title: duplicate key (first written at line {line_of(text, 'title:')})"
    )


def test_yes_no_words_get_a_quoting_hint(tmp_path: Path) -> None:
    text = to_yaml(scenario_data()).replace("title: A test scenario", "title: yes")
    problem = only_problem(write(tmp_path, "bool.yaml", text))
    assert problem.message.startswith("title: must be text: YAML reads yes/no")


def test_unreadable_and_binary_files(tmp_path: Path) -> None:
    assert "cannot read it" in only_problem(tmp_path / "missing.yaml").message
    binary = tmp_path / "binary.yaml"
    binary.write_bytes(b"id: \xff\xfe\n")
    assert only_problem(binary).message == "not UTF-8 text"


def test_alias_bombs_do_not_explode(tmp_path: Path) -> None:
    # Twelve levels of four aliases each: 4**12 strings if anything expanded them.
    names = "abcdefghijklm"
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{new}: &{new} [{', '.join([f'*{old}'] * 4)}]\n" for old, new in itertools.pairwise(names)
    )
    problems = validate_file(write(tmp_path, "bomb.yaml", bomb))
    assert "a: unknown key (expected one of: id, title," in problems[0].message


# --- folders: built-in plus the user's ---------------------------------------------------


def test_builtin_scenarios_load_without_a_user_folder(settings: Settings) -> None:
    result = load_all(settings)
    assert result.problems == []
    assert {loaded.source for loaded in result.scenarios} == {"builtin"}
    assert all(loaded.path.parent == scenarios_dir() for loaded in result.scenarios)


def test_a_broken_user_file_is_reported_and_skipped_the_rest_load(settings: Settings) -> None:
    folder = settings.scenario_dir
    write(folder, "good.yaml", to_yaml(scenario_data(scenario_id="my-good-one")))
    broken = scenario_data(scenario_id="my-broken-one")
    broken["stages"][0]["advance_when"] = "asked_for_hepl"
    broken_text = to_yaml(broken)
    broken_path = write(folder, "broken.yaml", broken_text)
    write(folder, "notes.txt", "not a scenario")
    result = load_all(settings)
    assert "my-good-one" in result.ids()
    assert "my-broken-one" not in result.ids()
    assert len(result.ids()) == len(load_all(load_settings()).ids()) + 1
    assert [str(p) for p in result.problems] == [
        f"{broken_path}:{line_of(broken_text, 'asked_for_hepl')}: stages[0].advance_when: "
        "unknown signal 'asked_for_hepl' (did you mean 'asked_for_help'?)"
    ]
    mine = result.find("my-good-one")
    assert mine is not None and mine.source == "user"


def test_a_user_file_reusing_a_builtin_id_is_reported_and_the_builtin_kept(
    settings: Settings,
) -> None:
    text = to_yaml(scenario_data(scenario_id="constructive-feedback"))
    path = write(settings.scenario_dir, "mine.yaml", text)
    result = load_all(settings)
    loaded = result.find("constructive-feedback")
    assert loaded is not None and loaded.source == "builtin"
    assert result.ids().count("constructive-feedback") == 1
    assert [(p.path, p.line) for p in result.problems] == [
        (path, line_of(text, "id: constructive-feedback"))
    ]
    assert (
        "a built-in scenario has the id 'constructive-feedback' already"
        in result.problems[0].message
    )


def test_two_user_files_with_one_id_keep_the_first(settings: Settings) -> None:
    write(settings.scenario_dir, "a.yaml", to_yaml(scenario_data(scenario_id="twin")))
    second = write(settings.scenario_dir, "b.yaml", to_yaml(scenario_data(scenario_id="twin")))
    result = load_all(settings)
    twin = result.find("twin")
    assert twin is not None and twin.path.name == "a.yaml"
    assert [p.path for p in result.problems] == [second]


def test_a_user_folder_that_is_the_library_loads_it_once() -> None:
    result = load_all(load_settings(scenario_dir=scenarios_dir()))
    assert result.problems == []
    assert {loaded.source for loaded in result.scenarios} == {"builtin"}


def test_get_finds_builtin_and_user_scenarios(settings: Settings) -> None:
    write(settings.scenario_dir, "x.yaml", to_yaml(scenario_data(scenario_id="my-own")))
    assert get("my-own", settings).source == "user"
    assert get("stakeholder-buy-in", settings).scenario.persona.name == "Dana"


def test_get_unknown_id_suggests_the_closest(settings: Settings) -> None:
    with pytest.raises(
        ScenarioNotFound,
        match="no scenario 'constructive-feedbak'; did you mean 'constructive-feedback'",
    ):
        get("constructive-feedbak", settings)


def test_get_of_a_broken_file_shows_its_problems(settings: Settings) -> None:
    data = scenario_data(scenario_id="half-done")
    data["stages"][0]["advance_when"] = "vibes >= 2"
    write(settings.scenario_dir, "half-done.yaml", to_yaml(data))
    with pytest.raises(ScenarioNotFound) as raised:
        get("half-done", settings)
    assert "half-done.yaml:" in str(raised.value) and "unknown signal 'vibes'" in str(raised.value)


def test_files_are_parsed_once_until_they_change(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(settings.scenario_dir, "mine.yaml", to_yaml(scenario_data(scenario_id="cached")))
    load_all(settings)
    calls: list[str] = []
    original = loader.parse_text
    monkeypatch.setattr(loader, "parse_text", lambda text: calls.append(text) or original(text))
    load_all(settings)
    get("cached", settings)
    assert calls == []
    data = scenario_data(scenario_id="cached")
    data["title"] = "A changed title, longer than before"
    path.write_text(to_yaml(data), encoding="utf-8")
    assert get("cached", settings).scenario.title == "A changed title, longer than before"
    assert len(calls) == 1


def test_validate_paths_checks_folders_duplicates_and_builtin_ids(tmp_path: Path) -> None:
    folder = tmp_path / "drafts"
    a = write(folder, "a.yaml", to_yaml(scenario_data(scenario_id="same")))
    b = write(folder, "b.yaml", to_yaml(scenario_data(scenario_id="same")))
    c = write(tmp_path, "c.yaml", to_yaml(scenario_data(scenario_id="deadline-moved")))
    empty = tmp_path / "empty"
    empty.mkdir()
    problems = validate_paths([folder, c, empty])
    assert {(p.path, p.message) for p in problems} == {
        (b, f"id: 'same' is also the id in {a}"),
        (c, "id: 'deadline-moved' is a built-in scenario's id; rename it, or it will be skipped"),
        (empty, "no *.yaml scenario files in this folder"),
    }
    assert validate_paths([scenarios_dir()]) == []


# --- the starter ----------------------------------------------------------------------


def test_new_writes_a_starter_that_validates_and_loads(settings: Settings) -> None:
    path = write_starter("ask-sam-for-release", settings)
    assert path == settings.scenario_dir / "ask-sam-for-release.yaml"
    assert validate_file(path) == []
    assert get("ask-sam-for-release", settings).source == "user"
    assert str(path) in path.read_text(encoding="utf-8")  # says how to validate it


@pytest.mark.parametrize("scenario_id", ["yes", "2024", "null", "a-1"])
def test_starter_quotes_ids_yaml_would_misread(tmp_path: Path, scenario_id: str) -> None:
    path = write(tmp_path, "s.yaml", starter_text(scenario_id))
    assert validate_file(path) == []


def test_new_refuses_overwrite_bad_ids_and_builtin_ids(settings: Settings) -> None:
    from rehearse.scenarios import StarterError

    path = write_starter("mine", settings)
    path.write_text("edited by hand", encoding="utf-8")
    with pytest.raises(StarterError, match="already exists"):
        write_starter("mine", settings)
    assert path.read_text(encoding="utf-8") == "edited by hand"
    for bad in ("Mine", "my_scenario", "-x", "x-", "a" * 61, "../escape"):
        with pytest.raises(StarterError, match="not a valid scenario id"):
            write_starter(bad, settings)
    with pytest.raises(StarterError, match="taken by"):
        write_starter("deadline-moved", settings)


def test_scenario_stage_lookup(tmp_path: Path) -> None:
    data = scenario_data()
    data["stages"].append(stage_data("extra", "offered_support"))
    path = write(tmp_path, "s.yaml", to_yaml(data))
    scenario = loader.parse_text(path.read_text(encoding="utf-8")).scenario
    assert scenario is not None
    assert scenario.stage("extra").advance_when == "offered_support"
    with pytest.raises(KeyError, match="no stage 'missing'"):
        scenario.stage("missing")
