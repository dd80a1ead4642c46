"""A scenario as validated data: the pydantic models behind `scenarios/*.yaml`.

Unknown keys are rejected everywhere (`extra="forbid"`), so a typo is an
error, not a silently ignored field. Checks that need the whole scenario
(duplicate stage ids, a condition naming a rubric the scenario does not use)
live in `scenario_problems`, which reports where each problem is; the loader
calls it itself to map each problem to a line of the file.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_validator,
)

from rehearse.rubrics import RUBRICS
from rehearse.scenarios.conditions import Condition, ConditionError, check, parse, signal_names

# The closed set of categories, in the order `rehearse scenarios list` shows them.
CATEGORIES: dict[str, str] = {
    "delegation": "Delegation",
    "feedback": "Giving feedback",
    "receiving-feedback": "Receiving feedback",
    "performance": "Performance",
    "stakeholders": "Stakeholders",
    "change": "Announcing change",
    "conflict": "Conflict",
    "career": "Career conversations",
}
Category = Literal[
    "delegation",
    "feedback",
    "receiving-feedback",
    "performance",
    "stakeholders",
    "change",
    "conflict",
    "career",
]

Reaction = Literal["dismissed", "acknowledged", "advanced"]
REACTIONS: tuple[Reaction, ...] = ("dismissed", "acknowledged", "advanced")

ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
ID_MAX_LENGTH = 60

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Identifier = Annotated[
    str, StringConstraints(strip_whitespace=True, pattern=ID_PATTERN, max_length=ID_MAX_LENGTH)
]
TextList = Annotated[list[Text], Field(min_length=1)]


def _known_rubric(value: str) -> str:
    if value not in RUBRICS:
        raise ValueError(f"unknown rubric {value!r} (known: {', '.join(RUBRICS)})")
    return value


RubricId = Annotated[str, AfterValidator(_known_rubric)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class UserBrief(_Strict):
    """Who the user plays, what they want from the conversation, what they know."""

    role: Text
    goal: Text
    context: TextList


class Persona(_Strict):
    name: Text
    role: Text
    seniority: Text
    traits: TextList
    cares_about: TextList
    hidden_concern: Text
    speaking_style: Text


class Opening(_Strict):
    """Who speaks first. For `persona`, `line` is their first words; for `user`,
    a short stage direction shown before the user's first turn."""

    speaker: Literal["persona", "user"]
    line: Text


class Lines(_Strict):
    """Authored persona lines, grouped by how the user's last turn landed."""

    dismissed: TextList
    acknowledged: TextList
    advanced: TextList

    def for_reaction(self, reaction: Reaction) -> list[str]:
        return list(getattr(self, reaction))


class Stage(_Strict):
    id: Identifier
    direction: Text
    lines: Lines
    advance_when: Text
    hint: Text

    @field_validator("advance_when")
    @classmethod
    def _valid_condition(cls, value: str) -> str:
        try:
            check(value)
        except ConditionError as error:
            raise ValueError(str(error)) from None
        return value

    @property
    def condition(self) -> Condition:
        return parse(self.advance_when)  # cached per text


class Debrief(_Strict):
    success: Text
    failure: Text
    phrases: dict[str, Text] = Field(default_factory=dict)
    """Optional, keyed `rubric.criterion`: the words a strong answer would use for
    that criterion in this scenario ("by March 31"), which the debrief's rewritten
    examples use instead of a placeholder."""


class Scenario(_Strict):
    id: Identifier
    title: Text
    category: Category
    difficulty: Annotated[int, Field(ge=1, le=3, strict=True)]
    summary: Text
    user: UserBrief
    persona: Persona
    rubrics: Annotated[list[RubricId], Field(min_length=1)]
    opening: Opening
    turn_limit: Annotated[int, Field(ge=10, le=100, strict=True)]
    debrief: Debrief
    stages: Annotated[list[Stage], Field(min_length=4)]

    @model_validator(mode="after")
    def _whole_scenario_checks(self, info: ValidationInfo) -> Scenario:
        # The loader defers these to report each one at its own line.
        if isinstance(info.context, dict) and info.context.get("defer_checks"):
            return self
        problems = scenario_problems(self)
        if problems:
            raise ValueError(
                "; ".join(f"{format_loc(loc)}: {message}" for loc, message in problems)
            )
        return self

    def stage(self, stage_id: str) -> Stage:
        for stage in self.stages:
            if stage.id == stage_id:
                return stage
        raise KeyError(f"scenario {self.id!r} has no stage {stage_id!r}")


Loc = tuple[str | int, ...]


def scenario_problems(scenario: Scenario) -> list[tuple[Loc, str]]:
    """What is wrong with a scenario as a whole, each with where it is."""
    problems: list[tuple[Loc, str]] = []
    seen_rubrics: set[str] = set()
    for index, rubric in enumerate(scenario.rubrics):
        if rubric in seen_rubrics:
            problems.append((("rubrics", index), f"rubric {rubric!r} is listed twice"))
        seen_rubrics.add(rubric)
    seen_stages: set[str] = set()
    for index, stage in enumerate(scenario.stages):
        if stage.id in seen_stages:
            problems.append((("stages", index, "id"), f"duplicate stage id {stage.id!r}"))
        seen_stages.add(stage.id)
        for name in sorted(signal_names(stage.condition)):
            rubric, dot, _ = name.partition(".")
            if dot and rubric not in seen_rubrics:
                problems.append(
                    (
                        ("stages", index, "advance_when"),
                        f"{name!r} is never computed: this scenario is scored with "
                        f"{', '.join(scenario.rubrics)} only, so it would stay 0",
                    )
                )
    for key in scenario.debrief.phrases:
        rubric, _, criterion = key.partition(".")
        if rubric not in seen_rubrics or criterion not in RUBRICS[rubric].criterion_ids:
            known = ", ".join(
                f"{r}.{c}" for r in scenario.rubrics for c in RUBRICS[r].criterion_ids
            )
            problems.append(
                (
                    ("debrief", "phrases", key),
                    f"{key!r} is not a criterion of this scenario's rubrics ({known})",
                )
            )
    if len(scenario.stages) > scenario.turn_limit:
        problems.append(
            (
                ("turn_limit",),
                f"{scenario.turn_limit} turns cannot pass {len(scenario.stages)} stages",
            )
        )
    return problems


def format_loc(loc: Loc) -> str:
    """`("stages", 2, "lines", "advanced")` -> `stages[2].lines.advanced`."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text
