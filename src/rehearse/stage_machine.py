"""The stage machine: how a scenario reacts to one scored user turn.

Pure logic (no I/O, no model). Every stage has an `advance_when` condition.
A turn that meets the current stage's condition gets an `advanced` reaction
and the next stage begins remembering that turn's positives (one turn that
owns the mistake while acknowledging the concern has done the next stage's
work too: the persona should not ask for it again); meeting the LAST stage's
condition completes the scenario. Any other turn is `dismissed` when it
carried a negative flag or showed nothing positive, else `acknowledged`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from rehearse.scenarios.model import Reaction, Scenario, Stage
from rehearse.signals import NEGATIVE_FLAGS, POSITIVE_FLAGS, StageMemory, TurnSignals


@dataclass(frozen=True)
class StageState:
    """Where a session is: the current stage, what the user has shown in it,
    how many turns it has taken. `completed` once the last stage is met
    (`stage_index` then stays on the last stage)."""

    stage_index: int = 0
    memory: StageMemory = field(default_factory=StageMemory)
    turns_in_stage: int = 0
    completed: bool = False


@dataclass(frozen=True)
class Step:
    """The outcome of one turn. `stage_left` is the stage the turn was played in
    (its lines answer the turn); it differs from the new state's stage only
    when `advanced`."""

    reaction: Reaction
    advanced: bool
    completed: bool
    state: StageState
    stage_left: Stage


def start(scenario: Scenario) -> StageState:
    return StageState()


def current_stage(scenario: Scenario, state: StageState) -> Stage:
    return scenario.stages[state.stage_index]


def step(scenario: Scenario, state: StageState, signals: TurnSignals) -> Step:
    """React to one turn's signals; raises ValueError if the scenario is already complete."""
    if state.completed:
        raise ValueError(f"scenario {scenario.id!r} is already complete")
    stage = current_stage(scenario, state)
    stayed = replace(
        state, memory=state.memory.after(signals), turns_in_stage=state.turns_in_stage + 1
    )
    if not stage.condition.holds(state.memory.view(signals)):
        return Step(reaction_without_advance(signals), False, False, stayed, stage)
    if state.stage_index == len(scenario.stages) - 1:
        return Step("advanced", True, True, replace(stayed, completed=True), stage)
    carried = StageMemory().after(signals)
    return Step(
        "advanced",
        True,
        False,
        StageState(stage_index=state.stage_index + 1, memory=carried),
        stage,
    )


def reaction_without_advance(signals: TurnSignals) -> Reaction:
    """`dismissed` for a turn with a negative flag or nothing positive in it."""
    if signals.flags & NEGATIVE_FLAGS:
        return "dismissed"
    shows_something = bool(signals.flags & POSITIVE_FLAGS) or any(
        value > 0 for value in signals.levels.values()
    )
    return "acknowledged" if shows_something else "dismissed"
