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


def test_a_long_line_is_rewritten_at_the_sentence_the_element_joins() -> None:
    """Repeating a five-sentence turn in full with one clause added hides the clause."""
    from rehearse.config import load_settings
    from rehearse.engine.examples import rewrite_example
    from rehearse.scenarios import load_all

    scenario = next(
        s.scenario for s in load_all(load_settings()).scenarios if s.scenario.id == "deadline-moved"
    )
    line = (
        "Agreed. Here's the plan: by May 24 we ship self-serve onboarding with the full test plan. "
        "Ravi, could you own the cut list and walk the team through it at Wednesday's standup? "
        "I'll post progress in #onboarding every Friday."
    )
    example = rewrite_example(line, "smartt", "measurable", scenario)
    assert example.startswith("… I'll post progress in #onboarding every Friday. Done means ")
    situation = rewrite_example(line, "sbi", "situation", scenario)
    assert situation.endswith("agreed. …") and "Ravi" not in situation
    short = "Can you own the cut list?"
    assert rewrite_example(short, "smartt", "measurable", scenario).startswith(
        short + " Done means"
    )


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


# A turn that agreed a next step, listened or asked is not a weak line on SBI or SMARTT: the
# weakest line is the weakest turn that tried the rubric's job (feedback, an ask).
NEXT_STEPS = [
    "Let's try a 10-minute check-in after the next planning, ok?",
    # A plan, not feedback, though "you run" once read as a behaviour (1/6 on SBI).
    "Thanks for being straight with me. Let's try this: at next Tuesday's planning you run a "
    "five-minute timebox per topic, and you ask Priya to finish walking us through the caching "
    "proposal. Let's check in on Wednesday morning about how it went.",
    # Found in tmux: what was heard, said back ("the last two plannings" is a situation), then a
    # plan; quoted as the weakest feedback until "I hear you that ..." counted as listening.
    "I hear you that the last two plannings overran. Let's try this: at next Tuesday's planning "
    "you run a five-minute timebox for each proposal, and let people finish before you respond. "
    "Can we check how it went in our Thursday 1:1?",
]


@pytest.mark.parametrize("next_step", NEXT_STEPS, ids=["check-in", "timebox", "heard-then-plan"])
def test_a_next_step_after_full_feedback_is_not_the_weakest_line(
    store: Store, next_step: str
) -> None:
    from tests.engine_helpers import replies

    feedback = replies("constructive-feedback", "good")[0]
    rehearsal = start("constructive-feedback", store)
    rehearsal.take_turn(feedback)
    rehearsal.take_turn(next_step)
    debrief = rehearsal.end()
    assert debrief.coverage_totals["sbi"] == [6, 6]  # the scorecard is the conversation's
    assert [t.turn for t in debrief.turns] == [1, 2]  # the next step is still scored and listed
    assert debrief.weakest is not None and debrief.weakest.turn == 1
    assert debrief.strongest == debrief.weakest  # the one feedback turn is quoted once
    assert all(item.original != quote(next_step) for item in debrief.improvements)


def test_weak_feedback_is_the_weakest_line_not_the_next_step_beside_it(store: Store) -> None:
    from tests.engine_helpers import replies

    weak = "Chris, you were really rude in planning yesterday. You always do this."
    rehearsal = start("constructive-feedback", store)
    for text in (replies("constructive-feedback", "good")[0], NEXT_STEPS[1], weak):
        rehearsal.take_turn(text)
    debrief = rehearsal.end()
    assert debrief.weakest is not None and debrief.weakest.text == weak
    assert debrief.weakest.turn == 3 and debrief.weakest.rubrics == ["sbi"]
    assert debrief.strongest is not None and debrief.strongest.turn == 1
    # The habits it showed are what to change, quoted from it.
    assert {i.name for i in debrief.improvements} >= {"Labels", "Absolutes"}
    assert all(i.original == weak for i in debrief.improvements)


def test_an_aside_ask_is_not_the_weakest_line_beside_labelled_feedback(store: Store) -> None:
    from rehearse.scoring import score_all
    from rehearse.scoring.signals import compute_signals

    # Found rehearsing Chris: the aside (0/6, flagged as a second topic) was quoted as the
    # weakest line, not the labelled first attempt.
    labelled = (
        "Honestly you were kind of rude - you always steamroll people. You cut Priya off twice "
        "before her second slide."
    )
    aside = (
        "Sounds good. And one more thing: please tell Priya directly that you'd like to hear "
        "the caching proposal again. Would you do that before Thursday?"
    )
    rehearsal = start("constructive-feedback", store)
    for text in (labelled, NEXT_STEPS[1], aside):
        rehearsal.take_turn(text)
    debrief = rehearsal.end()
    assert "multiple_topics" in compute_signals(aside, score_all(aside, ["sbi"])).flags
    assert debrief.weakest is not None and debrief.weakest.text == labelled


def test_acknowledging_a_concern_in_a_delegation_is_not_the_weakest_ask(store: Store) -> None:
    from tests.engine_helpers import replies

    ask = (
        "Marco, can you own the billing migration? I need the 12 billing jobs moved from cron "
        "to the workflow engine by March 31."
    )
    # Scores on SMARTT ("that matters, because ...": a reason) but asks nothing.
    acknowledgement = (
        "You're right that the retries are fragile; that matters, because billing errors hit "
        "our customers directly."
    )
    strong = replies("delegate-resistant-senior", "good")[3]
    rehearsal = start("delegate-resistant-senior", store)
    for text in (ask, acknowledgement, strong):
        rehearsal.take_turn(text)
    debrief = rehearsal.end()
    by_turn = {t.turn: t.scores["smartt"]["total"] for t in debrief.turns}
    assert 0 < by_turn[2] < by_turn[1] < by_turn[3]  # the acknowledgement is scored lowest
    assert debrief.weakest is not None and debrief.weakest.text == ask
    assert debrief.strongest is not None and debrief.strongest.turn == 3


def test_a_turn_is_judged_on_the_rubric_it_tried(store: Store) -> None:
    """Feedback in a scenario scored on SBI and SMARTT is not marked down for asking nothing."""
    from tests.engine_helpers import replies

    feedback = replies("address-underperformance", "good")[0]
    rehearsal = start("address-underperformance", store)
    rehearsal.take_turn(feedback)
    debrief = rehearsal.end()
    (turn,) = debrief.turns
    assert set(turn.scores) == {"sbi", "smartt"}  # every rubric is still scored and shown
    assert debrief.weakest is not None and debrief.weakest.rubrics == ["sbi"]
    assert (debrief.weakest.total, debrief.weakest.max) == (turn.scores["sbi"]["total"], 6)


def test_with_no_turn_trying_the_job_the_closest_turn_stands_for_all(store: Store) -> None:
    """Only listening: no turn is a weak attempt; the closest is quoted once and rewritten."""
    rehearsal = start("constructive-feedback", store)
    rehearsal.take_turn("How do you think yesterday's planning went?")
    rehearsal.take_turn("I hear you. What would help?")
    debrief = rehearsal.end()
    closest = max(debrief.turns, key=lambda t: (t.ratio, -t.turn))
    assert debrief.weakest is not None and debrief.weakest == debrief.strongest
    assert debrief.weakest.turn == closest.turn
    assert debrief.improvements
    assert all(i.original == quote(closest.text) for i in debrief.improvements)


def test_a_stored_debrief_from_before_rubrics_were_recorded_still_loads() -> None:
    from rehearse.engine.debrief import QuotedTurn

    quoted = QuotedTurn.model_validate({"turn": 1, "text": "x", "total": 1, "max": 6})
    assert quoted.rubrics == []


def quote(text: str) -> str:
    from rehearse.engine.debrief import quote as debrief_quote

    return debrief_quote(text)


def test_a_follow_up_whose_gaps_were_met_before_is_not_the_weakest_line(store: Store) -> None:
    # Rehearsing Marco: a 12/12 ask, then the conditions he asked for (6/12: its achievable,
    # relevant and trackable were all in the ask). It adds to the ask; it is no weak line.
    ask = (
        "Here's what I'd like: you lead the move of the 12 billing jobs from cron to the workflow "
        "engine, with a dry run of the full month-end close in staging by March 10 and the "
        "cutover by March 31. Finance needs it because the audit wants every job's runs logged. "
        "I'll take your on-call week in March so you have the time. We'll go through progress in "
        "our Tuesday one-on-ones."
    )
    follow_up = (
        "So let's write your conditions into the plan: the dry run has to reconcile to the cent "
        "against cron's output for February, and you decide go or no-go on March 24."
    )
    rehearsal = start("delegate-resistant-senior", store)
    for text in (ask, follow_up):
        rehearsal.take_turn(text)
    debrief = rehearsal.end()
    assert [t.scores["smartt"]["total"] for t in debrief.turns] == [12, 6]
    assert debrief.strongest is not None and debrief.strongest.turn == 1
    assert debrief.weakest is not None and debrief.weakest.turn == 1


def test_a_later_turn_with_a_gap_no_turn_met_before_is_still_the_weakest(store: Store) -> None:
    ask = "Could you own the billing migration and move the 12 jobs to the workflow engine?"
    vaguer = "And maybe look into the alerting at some point, whenever."
    rehearsal = start("delegate-resistant-senior", store)
    for text in (ask, vaguer):
        rehearsal.take_turn(text)
    debrief = rehearsal.end()
    assert debrief.weakest is not None and debrief.weakest.turn == 2


def test_the_scorecard_quotes_the_ask_over_a_date_said_while_setting_the_scene(
    store: Store,
) -> None:
    # Found rehearsing Ravi: time-bound quoted the customer's "before June 1" from the scene-
    # setting turn, not the deadline of the ask that followed.
    scene = (
        "The VP of Product and the CEO decided it on Friday. The reason is Northwind: they're "
        "worth 1.2 million a year and will only sign if self-serve onboarding is live before June 1."
    )
    ask = "Ravi, could you draft the cut list with me by Wednesday?"
    rehearsal = start("deadline-moved", store)
    for text in (scene, ask):
        rehearsal.take_turn(text)
    debrief = rehearsal.end()
    by_criterion = {c.criterion: c for c in debrief.coverage}
    assert by_criterion["time_bound"].best == 2
    assert by_criterion["time_bound"].turn == 2
    assert by_criterion["time_bound"].evidence == "by Wednesday"
    # a criterion only the scene reached is still credited to it
    assert by_criterion["relevant"].turn == 1


@pytest.mark.parametrize(
    ("turn", "kept", "dropped"),
    [
        # Found in the final check: the advice said drop "you were kind of rude", the example kept it
        (
            "Honestly you were kind of rude - you always steamroll people. You cut Priya off "
            "twice before her second slide.",
            "You cut Priya off twice before her second slide.",
            "rude",
        ),
        # all judgment: the judgment gives way to what to say instead
        ("Chris, you were rude in planning.", "<what they did>", "rude"),
    ],
)
def test_the_behavior_example_drops_the_judgment_its_advice_names(
    store: Store, turn: str, kept: str, dropped: str
) -> None:
    rehearsal = start("constructive-feedback", store)
    rehearsal.take_turn(turn)
    debrief = rehearsal.end()
    (behavior,) = [i for i in debrief.improvements if i.criterion == "behavior"]
    assert kept in behavior.example
    assert dropped not in behavior.example


def test_a_name_said_to_the_person_keeps_its_capital_after_a_fronted_situation() -> None:
    from rehearse.engine.examples import rewrite_example
    from tests.engine_helpers import scenario

    chris = scenario("constructive-feedback")
    named = rewrite_example("Chris, you were rude in planning.", "sbi", "situation", chris)
    assert ", Chris, you were rude in planning." in named
    adverb = rewrite_example("Honestly, you were rude.", "sbi", "situation", chris)
    assert ", honestly, you were rude." in adverb


def test_the_achievable_example_does_not_ask_for_what_the_turn_said() -> None:
    # Noor, in tmux: "Try: ... I'll tell the sales director that mid-sprint requests go through
    # planning; does that feel realistic?" after the turn had said it
    from rehearse.engine.examples import rewrite_example
    from rehearse.scoring import score
    from tests.engine_helpers import scenario

    noor = scenario("receive-hard-feedback")
    said = (
        "From sprint 15, any scope change goes to the team first, and I'll tell the sales "
        "director this week that requests go through planning."
    )
    example = rewrite_example(said, "smartt", "achievable", noor)
    assert example == f"{said} Does that feel realistic to you?"
    assert score(example, "smartt").criterion("achievable").score == 2
    other = rewrite_example("From sprint 15, changes go to the team.", "smartt", "achievable", noor)
    assert "I'll tell the sales director that mid-sprint requests go through planning" in other
