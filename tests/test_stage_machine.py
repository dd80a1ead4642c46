"""The stage machine: reactions, advancing, memory within a stage, completion."""

from __future__ import annotations

import pytest

from rehearse import stage_machine
from rehearse.signals import TurnSignals
from tests.scenario_builders import build, scenario_data

NOTHING = TurnSignals()


def test_start_is_the_first_stage_with_empty_memory() -> None:
    scenario = build()
    state = stage_machine.start(scenario)
    assert stage_machine.current_stage(scenario, state).id == "stage-1"
    assert state.turns_in_stage == 0
    assert not state.completed


def test_meeting_the_condition_advances_with_the_left_stage_lines() -> None:
    scenario = build()
    step = stage_machine.step(
        scenario, stage_machine.start(scenario), TurnSignals.of("acknowledged_concern")
    )
    assert step.reaction == "advanced"
    assert step.advanced and not step.completed
    assert step.stage_left.id == "stage-1"
    assert stage_machine.current_stage(scenario, step.state).id == "stage-2"
    assert step.state.turns_in_stage == 0


def test_next_stage_remembers_what_the_advancing_turn_showed() -> None:
    # asked_for_help in the same turn that leaves stage 1 counts for stage 2: the persona does
    # not ask for it again (Noor asked for sprint 12 to be owned after it had been), but stage 2
    # still takes a turn of its own to react.
    scenario = build()
    first = stage_machine.step(
        scenario,
        stage_machine.start(scenario),
        TurnSignals.of("acknowledged_concern", "asked_for_help"),
    )
    assert first.advanced
    assert first.state.memory.flags == frozenset({"acknowledged_concern", "asked_for_help"})
    assert first.state.turns_in_stage == 0
    second = stage_machine.step(scenario, first.state, NOTHING)
    assert second.advanced
    assert second.stage_left.id == "stage-2"


def test_the_advancing_turn_carries_no_negative_flag() -> None:
    scenario = build()
    first = stage_machine.step(
        scenario,
        stage_machine.start(scenario),
        TurnSignals.of("acknowledged_concern", "asked_for_help", "dismissive"),
    )
    # (stage 1's condition has no "not dismissive": it advances, and only positives carry)
    assert first.advanced
    assert "dismissive" not in first.state.memory.flags


def test_positive_flags_and_levels_accumulate_within_a_stage() -> None:
    scenario = build()
    state = stage_machine.start(scenario)
    for flag in ("acknowledged_concern", "asked_for_help", "put_on_record"):
        state = stage_machine.step(scenario, state, TurnSignals.of(flag)).state
    half = stage_machine.step(scenario, state, TurnSignals.of(smartt__time_bound=2))
    assert half.reaction == "acknowledged" and not half.advanced
    assert half.state.turns_in_stage == 1
    done = stage_machine.step(scenario, half.state, TurnSignals.of("clear_ask"))
    assert done.reaction == "advanced"
    assert done.completed and done.state.completed


def test_negative_flags_block_only_the_turn_they_occur_in() -> None:
    conditions = (
        "acknowledged_concern and not dismissive",
        "asked_for_help",
        "put_on_record",
        "clear_ask",
    )
    scenario = build(scenario_data(conditions))
    state = stage_machine.start(scenario)
    blocked = stage_machine.step(
        scenario, state, TurnSignals.of("acknowledged_concern", "dismissive")
    )
    assert blocked.reaction == "dismissed" and not blocked.advanced
    # The acknowledgement is remembered; a clean turn afterwards is enough.
    clean = stage_machine.step(scenario, blocked.state, TurnSignals.of(smartt__relevant=1))
    assert clean.advanced


@pytest.mark.parametrize(
    ("signals", "reaction"),
    [
        (TurnSignals(), "dismissed"),
        (TurnSignals.of("judgmental"), "dismissed"),
        (TurnSignals.of("asked_open_question", "defensive"), "dismissed"),
        (TurnSignals.of("multiple_topics", smartt__specific=2), "dismissed"),
        (TurnSignals.of("asked_open_question"), "acknowledged"),
        (TurnSignals.of(smartt__specific=1), "acknowledged"),
        (TurnSignals.of(smartt__specific=0, smartt__total=0), "dismissed"),
    ],
)
def test_reaction_when_not_advancing(signals: TurnSignals, reaction: str) -> None:
    scenario = build()
    step = stage_machine.step(scenario, stage_machine.start(scenario), signals)
    assert not step.advanced
    assert step.reaction == reaction
    assert stage_machine.reaction_without_advance(signals) == reaction


def test_completing_the_last_stage_completes_and_further_steps_are_refused() -> None:
    scenario = build()
    state = stage_machine.start(scenario)
    turns = [
        TurnSignals.of("acknowledged_concern"),
        TurnSignals.of("asked_for_help"),
        TurnSignals.of("put_on_record"),
        TurnSignals.of("clear_ask", smartt__time_bound=2),
    ]
    steps = []
    for turn in turns:
        steps.append(stage_machine.step(scenario, state, turn))
        state = steps[-1].state
    assert [s.completed for s in steps] == [False, False, False, True]
    assert steps[-1].stage_left.id == "stage-4"
    assert stage_machine.current_stage(scenario, state).id == "stage-4"
    with pytest.raises(ValueError, match="already complete"):
        stage_machine.step(scenario, state, turns[0])


def test_states_are_immutable_values() -> None:
    scenario = build()
    state = stage_machine.start(scenario)
    stage_machine.step(scenario, state, TurnSignals.of(smartt__specific=1))
    assert state == stage_machine.start(scenario)
