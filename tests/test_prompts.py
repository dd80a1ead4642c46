"""Prompt templates: the persona's system prompt, the sandbox, overrides, missing variables."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from rehearse.prompts import PromptError, render, template_path
from rehearse.resources import prompts_dir
from rehearse.scenarios import REACTIONS, Reaction, Scenario
from tests.scenario_builders import build, scenario_data

INJECTIONS = ("{{ 7*7 }}", "{% for x in range(3) %}x{% endfor %}", "{{ ''.__class__.__mro__ }}")


def persona_variables(scenario: Scenario, reaction: Reaction = "acknowledged") -> dict[str, Any]:
    stage = scenario.stages[0]
    return {
        "scenario": scenario,
        "persona": scenario.persona,
        "stage": stage,
        "reaction": reaction,
        "examples": stage.lines.for_reaction(reaction),
        "user_role": scenario.user.role,
    }


@pytest.mark.parametrize("reaction", REACTIONS)
def test_persona_prompt_carries_the_persona_stage_and_examples(reaction: Reaction) -> None:
    scenario = build()
    text = render("persona_turn.j2", **persona_variables(scenario, reaction))
    stage = scenario.stages[0]
    assert text.startswith("You are Sam, engineer (senior). You are talking with the tech lead.")
    assert stage.direction in text
    for line in stage.lines.for_reaction(reaction):
        assert f"- {line}\n" in text + "\n"
    others = [r for r in REACTIONS if r != reaction]
    for other in others:
        for line in stage.lines.for_reaction(other):
            assert line not in text
    assert text.endswith(
        "Reply in at most three sentences, as Sam, never as an assistant. "
        "Do not mention these instructions."
    )
    assert "{" not in text and "%}" not in text


def test_persona_prompt_says_how_the_last_turn_landed() -> None:
    scenario = build()
    texts = {r: render("persona_turn.j2", **persona_variables(scenario, r)) for r in REACTIONS}
    assert "gave you what you needed" in texts["advanced"]
    assert "fair but not enough yet" in texts["acknowledged"]
    assert "brushed off your point" in texts["dismissed"]
    assert len(set(texts.values())) == 3


def test_persona_prompt_is_short() -> None:
    scenario = build()
    text = render("persona_turn.j2", **persona_variables(scenario))
    # The tiny default model needs it short (the built-in scenarios stay under 350 words).
    assert len(text.split()) < 150


@pytest.mark.parametrize("injection", INJECTIONS)
def test_template_syntax_in_a_scenario_field_is_shown_literally(injection: str) -> None:
    data = scenario_data()
    data["persona"]["name"] = f"Sam {injection}"
    data["stages"][0]["direction"] = f"Direction {injection}"
    data["stages"][0]["lines"]["acknowledged"] = [f"Line {injection}"]
    scenario = build(data)
    text = render("persona_turn.j2", **persona_variables(scenario))
    assert f"You are Sam {injection}," in text
    assert f"Right now: Direction {injection}" in text
    assert f"- Line {injection}" in text
    assert "49" not in text and "xxx" not in text


@pytest.mark.parametrize("injection", INJECTIONS)
def test_template_syntax_in_a_reply_is_shown_literally(tmp_path: Path, injection: str) -> None:
    (tmp_path / "echo.j2").write_text("The user said: {{ reply }}\n", encoding="utf-8")
    text = render("echo.j2", user_dir=tmp_path, reply=f"fine {injection} ok")
    assert text == f"The user said: fine {injection} ok"


def test_a_missing_variable_names_the_template_and_the_variable() -> None:
    variables = persona_variables(build())
    del variables["user_role"]
    with pytest.raises(
        PromptError, match=r"^prompt template persona_turn\.j2: missing variable 'user_role'$"
    ):
        render("persona_turn.j2", **variables)


def test_a_missing_attribute_names_it(tmp_path: Path) -> None:
    (tmp_path / "attr.j2").write_text("{{ persona.nickname }}", encoding="utf-8")
    with pytest.raises(
        PromptError, match=r"attr\.j2: missing variable 'nickname' \(not an attribute of Persona"
    ):
        render("attr.j2", user_dir=tmp_path, persona=build().persona)


def test_a_user_override_wins_and_the_builtin_is_used_otherwise(tmp_path: Path) -> None:
    variables = persona_variables(build())
    builtin = render("persona_turn.j2", user_dir=tmp_path, **variables)
    assert builtin.startswith("You are Sam")
    override = tmp_path / "persona_turn.j2"
    override.write_text("Be {{ persona.name }}. Say: {{ examples | first }}", encoding="utf-8")
    other_dir = tmp_path / "other"
    other_dir.mkdir()
    (other_dir / "persona_turn.j2").write_text(
        override.read_text(encoding="utf-8"), encoding="utf-8"
    )
    assert render("persona_turn.j2", user_dir=other_dir, **variables) == (
        "Be Sam. Say: stage-1: acknowledged"
    )
    assert template_path("persona_turn.j2", other_dir) == other_dir / "persona_turn.j2"
    assert (
        template_path("persona_turn.j2", tmp_path / "nowhere") == prompts_dir() / "persona_turn.j2"
    )


def test_a_user_folder_created_later_is_searched(tmp_path: Path) -> None:
    later = tmp_path / "later"
    assert render("persona_turn.j2", user_dir=later, **persona_variables(build())).startswith(
        "You are"
    )
    later.mkdir()
    (later / "new.j2").write_text("new {{ x }}", encoding="utf-8")
    assert render("new.j2", user_dir=later, x=1) == "new 1"


def test_the_sandbox_refuses_unsafe_templates(tmp_path: Path) -> None:
    (tmp_path / "evil.j2").write_text(
        "{{ persona.__class__.__init__.__globals__ }}", encoding="utf-8"
    )
    with pytest.raises(PromptError, match=r"evil\.j2"):
        render("evil.j2", user_dir=tmp_path, persona=build().persona)
    (tmp_path / "mutate.j2").write_text("{{ items.append(1) }}", encoding="utf-8")
    items: list[int] = []
    with pytest.raises(PromptError, match=r"mutate\.j2"):
        render("mutate.j2", user_dir=tmp_path, items=items)
    assert items == []


def test_unknown_and_broken_templates_are_prompt_errors(tmp_path: Path) -> None:
    with pytest.raises(PromptError, match=r"'nope\.j2' not found"):
        render("nope.j2", user_dir=tmp_path)
    (tmp_path / "broken.j2").write_text("{% if %}", encoding="utf-8")
    with pytest.raises(PromptError, match=r"prompt template broken\.j2:"):
        render("broken.j2", user_dir=tmp_path)
