"""The eight built-in scenarios: they validate, read well, and a good replay wins.

Each scenario has two replays in tests/data/replays: `<id>.good.txt` (a skilled
user) and `<id>.poor.txt` (vague, judgmental, dismissive), one user turn per
paragraph, plus `<id>.signals.yaml`, the signals each paragraph carries,
labelled by hand. Until the scorer computes them, the stage machine is driven
by these labels; the same texts can later go through the scorer. Three more good
replays per scenario, `<id>.terse.txt`, `<id>.warm.txt` and
`<id>.second-language.txt`, go through the real scorer in test_engine_session.py.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from rehearse import stage_machine
from rehearse.config import load_settings
from rehearse.resources import scenarios_dir
from rehearse.rubrics import RUBRICS
from rehearse.scenarios import REACTIONS, LoadedScenario, Scenario, load_all, validate_file
from rehearse.scenarios.conditions import signal_names
from rehearse.signals import FLAG_NAMES, LEVEL_NAMES, TurnSignals

REPLAYS = Path(__file__).parent / "data" / "replays"
ROOT = Path(__file__).resolve().parent.parent

NAMED = {
    "delegate-resistant-senior": "Marco",
    "constructive-feedback": "Chris",
    "address-underperformance": "Jordan",
    "stakeholder-buy-in": "Dana",
}


def library() -> list[LoadedScenario]:
    result = load_all(load_settings())
    assert result.problems == []
    return result.scenarios


BUILTIN = {loaded.scenario.id: loaded.scenario for loaded in library()}


def test_the_library_has_eight_valid_scenarios_including_the_four_named() -> None:
    files = sorted(scenarios_dir().glob("*.yaml"))
    assert len(files) == 8
    for path in files:
        assert validate_file(path) == [], path
        assert yaml.safe_load(path.read_text(encoding="utf-8"))["id"] == path.stem
    assert {sid: BUILTIN[sid].persona.name for sid in NAMED} == NAMED


def test_the_library_spans_difficulties_and_categories() -> None:
    assert {s.difficulty for s in BUILTIN.values()} == {1, 2, 3}
    assert len({s.category for s in BUILTIN.values()}) >= 5
    assert {"delegation", "feedback", "performance", "stakeholders"} <= {
        s.category for s in BUILTIN.values()
    }


def test_the_named_scenarios_use_the_rubrics_the_issue_names() -> None:
    expected = {
        "delegate-resistant-senior": ["smartt"],
        "constructive-feedback": ["sbi"],
        "address-underperformance": ["sbi", "smartt"],
        "stakeholder-buy-in": ["smartt"],
    }
    assert {sid: BUILTIN[sid].rubrics for sid in expected} == expected


@pytest.mark.parametrize("scenario_id", sorted(BUILTIN))
def test_every_stage_has_varied_lines_and_a_hint(scenario_id: str) -> None:
    scenario = BUILTIN[scenario_id]
    assert len(scenario.stages) >= 4
    assert scenario.turn_limit >= 10
    assert scenario.opening.speaker == "persona"
    for stage in scenario.stages:
        for reaction in REACTIONS:
            lines = stage.lines.for_reaction(reaction)
            assert len(lines) >= 2, (stage.id, reaction)
            assert len(set(lines)) == len(lines), (stage.id, reaction)
            # Short enough to be said aloud: at most about three sentences.
            assert all(len(re.findall(r"[.!?](?:\s|$)", line)) <= 4 for line in lines), (
                stage.id,
                reaction,
            )
        assert stage.hint.strip()


def test_no_persona_line_is_reused_across_the_library() -> None:
    seen: dict[str, str] = {}
    for scenario in BUILTIN.values():
        for stage in scenario.stages:
            for reaction in REACTIONS:
                for line in stage.lines.for_reaction(reaction):
                    assert line not in seen, f"{line!r} in {scenario.id} and {seen[line]}"
                    seen[line] = scenario.id


# --- replays ------------------------------------------------------------------------


def read_replies(path: Path) -> list[str]:
    """The `rehearse run --replies` format: one turn per paragraph (blank-line separated)."""
    text = path.read_text(encoding="utf-8").strip()
    return [" ".join(part.split()) for part in re.split(r"\n\s*\n", text) if part.strip()]


def turn_signals(scenario: Scenario, label: dict[str, Any]) -> TurnSignals:
    """A hand label as the scorer would report it: every criterion of the scenario's
    rubrics present (unlisted ones 0), and each rubric's total summed."""
    given = dict(label.get("levels") or {})
    levels: dict[str, int] = {}
    for rubric_id in scenario.rubrics:
        rubric = RUBRICS[rubric_id]
        for criterion in rubric.criterion_ids:
            levels[f"{rubric_id}.{criterion}"] = int(given.pop(f"{rubric_id}.{criterion}", 0))
        levels[f"{rubric_id}.total"] = sum(levels[f"{rubric_id}.{c}"] for c in rubric.criterion_ids)
    assert not given, f"labels for levels outside the scenario's rubrics: {given}"
    return TurnSignals(frozenset(label.get("flags") or ()), levels)


def play(scenario: Scenario, labels: list[dict[str, Any]]) -> list[stage_machine.Step]:
    state = stage_machine.start(scenario)
    steps = []
    for label in labels:
        step = stage_machine.step(scenario, state, turn_signals(scenario, label))
        steps.append(step)
        state = step.state
        if step.completed:
            break
    return steps


def replay(scenario_id: str, kind: str) -> tuple[list[str], list[dict[str, Any]]]:
    replies = read_replies(REPLAYS / f"{scenario_id}.{kind}.txt")
    labels = yaml.safe_load((REPLAYS / f"{scenario_id}.signals.yaml").read_text(encoding="utf-8"))[
        kind
    ]
    assert len(labels) == len(replies), f"{scenario_id}.{kind}: one label per paragraph"
    return replies, labels


def test_every_builtin_scenario_has_both_replays() -> None:
    for scenario_id in BUILTIN:
        for kind in ("good", "poor"):
            assert (REPLAYS / f"{scenario_id}.{kind}.txt").is_file()
    assert {p.name.split(".")[0] for p in REPLAYS.iterdir()} == set(BUILTIN)


@pytest.mark.parametrize("scenario_id", sorted(BUILTIN))
def test_replay_labels_name_real_signals(scenario_id: str) -> None:
    labels = yaml.safe_load((REPLAYS / f"{scenario_id}.signals.yaml").read_text(encoding="utf-8"))
    for kind in ("good", "poor"):
        for label in labels[kind]:
            assert set(label) <= {"flags", "levels"}
            assert set(label.get("flags") or ()) <= FLAG_NAMES
            assert set(label.get("levels") or {}) <= set(LEVEL_NAMES)


@pytest.mark.parametrize("scenario_id", sorted(BUILTIN))
def test_a_skilled_user_completes_it_within_five_turns(scenario_id: str) -> None:
    scenario = BUILTIN[scenario_id]
    replies, labels = replay(scenario_id, "good")
    assert len(replies) <= 5
    steps = play(scenario, labels)
    assert steps[-1].completed, [s.reaction for s in steps]
    assert len(steps) == len(replies), "the replay ends on the turn that completes it"
    assert [s.stage_left.id for s in steps if s.advanced] == [stage.id for stage in scenario.stages]


@pytest.mark.parametrize("scenario_id", sorted(BUILTIN))
def test_a_poor_user_does_not_complete_it(scenario_id: str) -> None:
    scenario = BUILTIN[scenario_id]
    replies, labels = replay(scenario_id, "poor")
    assert len(replies) >= 4
    steps = play(scenario, labels)
    assert not any(step.completed for step in steps)
    assert sum(step.reaction == "dismissed" for step in steps) >= len(steps) // 2


@pytest.mark.parametrize("scenario_id", sorted(BUILTIN))
def test_every_condition_uses_signals_the_scenario_computes(scenario_id: str) -> None:
    scenario = BUILTIN[scenario_id]
    for stage in scenario.stages:
        for name in signal_names(stage.condition):
            rubric, dot, _ = name.partition(".")
            assert name in FLAG_NAMES or (dot and rubric in scenario.rubrics), (stage.id, name)


# --- the README ---------------------------------------------------------------------


README = ROOT / "scenarios" / "README.md"


def test_the_readme_example_is_a_valid_scenario(tmp_path: Path) -> None:
    blocks = re.findall(r"```yaml\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)
    examples = [block for block in blocks if block.lstrip().startswith(("id:", "# "))]
    assert examples, "the README has a full yaml example"
    path = tmp_path / "example.yaml"
    path.write_text(max(examples, key=len), encoding="utf-8")
    assert validate_file(path) == []
    # The example is a built-in scenario, annotated: keep the two in step.
    example = Scenario.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    assert example == BUILTIN[example.id]


def test_the_readme_lists_every_signal() -> None:
    text = README.read_text(encoding="utf-8")
    missing = [name for name in sorted(FLAG_NAMES) if f"`{name}`" not in text]
    missing += [name for name in sorted(LEVEL_NAMES) if name.split(".")[1] not in text]
    assert missing == []
