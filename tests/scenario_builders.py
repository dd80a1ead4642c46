"""Small valid scenarios for tests, built as plain data so a test can break one field."""

from __future__ import annotations

import copy
from typing import Any

import yaml

from rehearse.scenarios import Scenario


def stage_data(stage_id: str, advance_when: str) -> dict[str, Any]:
    return {
        "id": stage_id,
        "direction": f"You are in stage {stage_id}.",
        "lines": {
            "dismissed": [f"{stage_id}: dismissed one", f"{stage_id}: dismissed two"],
            "acknowledged": [f"{stage_id}: acknowledged"],
            "advanced": [f"{stage_id}: advanced"],
        },
        "advance_when": advance_when,
        "hint": f"Hint for {stage_id}.",
    }


def scenario_data(
    conditions: tuple[str, ...] = (
        "acknowledged_concern",
        "asked_for_help",
        "put_on_record",
        "clear_ask and smartt.time_bound >= 2",
    ),
    scenario_id: str = "test-scenario",
) -> dict[str, Any]:
    return copy.deepcopy(
        {
            "id": scenario_id,
            "title": "A test scenario",
            "category": "delegation",
            "difficulty": 2,
            "summary": "Someone needs convincing.",
            "user": {"role": "tech lead", "goal": "A yes.", "context": ["One fact."]},
            "persona": {
                "name": "Sam",
                "role": "engineer",
                "seniority": "senior",
                "traits": ["careful"],
                "cares_about": ["quality"],
                "hidden_concern": "Sam is worried about the on-call load.",
                "speaking_style": "short sentences",
            },
            "rubrics": ["smartt"],
            "opening": {"speaker": "persona", "line": "You wanted to talk?"},
            "turn_limit": 10,
            "debrief": {"success": "Sam said yes.", "failure": "Sam did not."},
            "stages": [stage_data(f"stage-{n}", c) for n, c in enumerate(conditions, start=1)],
        }
    )


def build(data: dict[str, Any] | None = None) -> Scenario:
    return Scenario.model_validate(data if data is not None else scenario_data())


def to_yaml(data: dict[str, Any]) -> str:
    return yaml.safe_dump(data, sort_keys=False, width=200)
