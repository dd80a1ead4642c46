"""Scenarios: the YAML format, its validation, and loading the library.

    from rehearse import scenarios
    result = scenarios.load_all(settings)       # LoadResult(scenarios, problems)
    loaded = scenarios.get("constructive-feedback", settings)
    problems = scenarios.validate_file(path)    # [] when valid

The format is documented in `scenarios/README.md` at the repository root.
"""

from __future__ import annotations

from rehearse.scenarios.conditions import Condition, ConditionError, can_hold, parse
from rehearse.scenarios.loader import (
    LoadedScenario,
    LoadResult,
    Problem,
    ScenarioNotFound,
    get,
    load_all,
    scenario_files,
    validate_file,
    validate_paths,
)
from rehearse.scenarios.model import (
    CATEGORIES,
    REACTIONS,
    Debrief,
    Lines,
    Opening,
    Persona,
    Reaction,
    Scenario,
    Stage,
    UserBrief,
)
from rehearse.scenarios.starter import StarterError, starter_text, write_starter

__all__ = [
    "CATEGORIES",
    "REACTIONS",
    "Condition",
    "ConditionError",
    "Debrief",
    "Lines",
    "LoadResult",
    "LoadedScenario",
    "Opening",
    "Persona",
    "Problem",
    "Reaction",
    "Scenario",
    "ScenarioNotFound",
    "Stage",
    "StarterError",
    "UserBrief",
    "can_hold",
    "get",
    "load_all",
    "parse",
    "scenario_files",
    "starter_text",
    "validate_file",
    "validate_paths",
    "write_starter",
]
