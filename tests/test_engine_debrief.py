"""The debrief on a known transcript: outcome, coverage across turns, extremes, improvements."""

from __future__ import annotations

from pathlib import Path

import pytest

from rehearse.store import Store
from tests.engine_helpers import start


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "history.db")


TURNS = [
    "Marco, can you own the billing migration?",
    "I need the 12 billing jobs moved from cron to the workflow engine by March 31.",
    "Done means all 12 jobs run on the engine with zero missed invoice runs. We'll review the checklist every Tuesday in our one-on-one.",
]


def test_smartt_coverage_counts_an_element_stated_in_any_turn(store: Store) -> None:
    rehearsal = start("delegate-resistant-senior", store)
    for text in TURNS:
        rehearsal.take_turn(text)
    debrief = rehearsal.end()
    coverage = {c.criterion: c for c in debrief.coverage}
    assert coverage["time_bound"].best == 2 and coverage["time_bound"].turn == 2
    assert coverage["trackable"].best == 2 and coverage["trackable"].turn == 3
    assert coverage["time_bound"].evidence and "March 31" in coverage["time_bound"].evidence
    total = sum(c.best for c in debrief.coverage)
    assert debrief.coverage_totals["smartt"] == [total, 12]
    # No single turn has both, the conversation does.
    for turn in debrief.turns:
        criteria = turn.scores["smartt"]["criteria"]
        assert not (criteria["time_bound"] == 2 and criteria["trackable"] == 2)


def test_strongest_and_weakest_turns_are_quoted(store: Store) -> None:
    rehearsal = start("delegate-resistant-senior", store)
    for text in TURNS:
        rehearsal.take_turn(text)
    debrief = rehearsal.end()
    assert debrief.weakest is not None and debrief.strongest is not None
    assert debrief.weakest.text == TURNS[0]
    assert debrief.strongest.turn in (2, 3)
    assert debrief.strongest.total > debrief.weakest.total


def test_improvements_rewrite_the_weakest_line_for_each_gap(store: Store) -> None:
    rehearsal = start("delegate-resistant-senior", store)
    for text in TURNS:
        rehearsal.take_turn(text)
    debrief = rehearsal.end()
    gaps = {c.criterion for c in debrief.coverage if c.best < 2}
    assert len(gaps) >= 2
    assert {i.criterion for i in debrief.improvements} == gaps  # what no turn reached
    for item in debrief.improvements:
        assert item.original == TURNS[0]
        assert item.example.startswith(TURNS[0].rstrip("."))
        assert len(item.example) > len(item.original)
        assert item.advice


def test_outcome_and_next_steps_when_the_user_ends_early(store: Store) -> None:
    rehearsal = start("delegate-resistant-senior", store)
    rehearsal.take_turn(TURNS[0])
    debrief = rehearsal.end()
    assert not debrief.outcome.success
    assert debrief.outcome.status == "ended"
    assert debrief.outcome.stage_number == 1
    # Ended early, the authored failure may not fit the turns: say what finishing looks like.
    success = rehearsal.scenario.debrief.success
    assert debrief.outcome.summary == f"A finished conversation looks like this: {success}"
    assert debrief.next_steps[0].startswith("Retry")
    assert store.session(rehearsal.session_id).debrief == debrief.model_dump(mode="json")


def test_running_out_of_turns_reads_the_authored_failure(store: Store) -> None:
    from rehearse.engine.debrief import build_debrief

    rehearsal = start("delegate-resistant-senior", store)
    rehearsal.take_turn(TURNS[0])
    debrief = build_debrief(
        rehearsal.scenario, rehearsal.turns, status="turn_limit", stage_index=0, completed=False
    )
    assert debrief.outcome.summary == rehearsal.scenario.debrief.failure


def test_persona_sources_count_replies_only(store: Store) -> None:
    rehearsal = start("delegate-resistant-senior", store)
    rehearsal.take_turn(TURNS[0])
    debrief = rehearsal.end()
    assert debrief.persona_sources.get("scripted", 0) >= 1


def test_a_single_turn_still_gets_improvements_and_the_opening_is_not_counted(store: Store) -> None:
    rehearsal = start("delegate-resistant-senior", store)
    rehearsal.take_turn(TURNS[0])
    debrief = rehearsal.end()
    assert debrief.strongest == debrief.weakest
    assert len(debrief.improvements) == 3
    assert debrief.persona_sources == {"scripted": 1}  # the reply, not the authored opening


def test_with_every_criterion_covered_only_flagged_habits_are_improvements(store: Store) -> None:
    from tests.engine_helpers import replies

    rehearsal = start("constructive-feedback", store)
    rehearsal.take_turn(replies("constructive-feedback", "good")[0])
    rehearsal.take_turn("I think maybe it would help to talk about it.")
    debrief = rehearsal.end()
    assert all(c.best == 2 for c in debrief.coverage)
    assert [i.name for i in debrief.improvements] == ["Hedging"]
    (hedging,) = debrief.improvements
    assert "maybe" in hedging.original.lower() and "maybe" not in hedging.example.lower()


def test_a_configured_judge_model_adds_coach_notes(store: Store, fake_model: object) -> None:
    from rehearse.config import load_settings
    from tests import fakes

    fakes.scripted.enqueue(
        "You never asked Marco what he feared. Next time: 'What would make this safe for you?'"
    )
    settings = load_settings(judge_model=fakes.MODEL)
    rehearsal = start("delegate-resistant-senior", store, settings)
    rehearsal.take_turn(TURNS[1])
    debrief = rehearsal.end()
    assert debrief.coach is not None and "What would make this safe" in debrief.coach
    assert debrief.coach_model == fakes.MODEL
    prompt = fakes.scripted.calls[-1]["messages"][0]["content"]
    assert "Marco" in prompt and TURNS[1] in prompt
    assert store.session(rehearsal.session_id).debrief["coach"] == debrief.coach  # type: ignore[index]


def test_a_failing_coach_leaves_the_debrief_intact(store: Store, fake_model: object) -> None:
    from rehearse.config import load_settings
    from tests import fakes

    fakes.scripted.enqueue(fakes.auth_error())
    rehearsal = start(
        "delegate-resistant-senior", store, load_settings(judge_model=fakes.MODEL, retries=0)
    )
    rehearsal.take_turn(TURNS[1])
    debrief = rehearsal.end()
    assert debrief.coach is not None and debrief.coach.startswith("(The coach could not answer")
    assert debrief.improvements  # the rule-based debrief is all there


def test_a_clean_rehearsal_says_there_is_nothing_to_change_instead_of_inventing_it(
    store: Store,
) -> None:
    from rehearse.engine.debrief import CONVERSATION_LEFT, NOTHING_TO_CHANGE
    from rehearse.engine.transcript import debrief_markdown
    from tests.engine_helpers import replies

    rehearsal = start("constructive-feedback", store)
    rehearsal.take_turn(replies("constructive-feedback", "good")[0])
    debrief = rehearsal.end()
    assert all(c.best == 2 for c in debrief.coverage)
    assert debrief.improvements == []
    markdown = "\n".join(debrief_markdown(debrief.model_dump(mode="json")))
    assert "### What to change" in markdown and NOTHING_TO_CHANGE in markdown
    assert "### Three things to change" not in markdown
    # Ended after one turn: the rubrics are covered, the conversation is not.
    assert not debrief.outcome.success and CONVERSATION_LEFT in markdown


def test_a_rehearsal_ended_before_any_turn_claims_nothing(store: Store) -> None:
    from rehearse.engine.debrief import NOTHING_TO_CHANGE, nothing_to_change
    from rehearse.engine.transcript import debrief_markdown

    debrief = start("delegate-resistant-senior", store).end()
    assert debrief.improvements == [] and not nothing_to_change(debrief)
    markdown = "\n".join(debrief_markdown(debrief.model_dump(mode="json")))
    assert NOTHING_TO_CHANGE not in markdown and "What to change" not in markdown


def test_one_turn_is_not_written_as_turns() -> None:
    from rehearse.wording import count

    assert (count(1, "turn"), count(0, "turn"), count(4, "turn")) == (
        "1 turn",
        "0 turns",
        "4 turns",
    )
