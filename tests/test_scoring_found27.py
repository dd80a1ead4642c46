"""Scoring corrections found rehearsing Jordan (address underperformance) in my own words (stop 27)."""

from __future__ import annotations

import pytest

from rehearse.scoring import score, score_all
from rehearse.scoring.signals import compute_signals

_FACTS = (
    "No need to apologise, this isn't a telling-off. Since sprint 22, four of your six tickets went "
    "back from QA, and none of them had unit tests. That's a big part of why you landed 3 and then "
    "5 points against the 8 you planned."
)
_PLAN = (
    "Okay, let's build the plan together. Mei has offered to pair on tests twice a week, would that "
    "help, or is there something else you need? The aim: by the end of sprint 25, your tickets pass "
    "QA first time with unit tests for new logic. We'll look at the QA returns together every Friday "
    "in our one-on-one."
)


def _evidence(text: str, rubric: str, criterion: str) -> list[str]:
    return [span.text for span in score(text, rubric).criterion(criterion).evidence]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (_FACTS, "landed 3 and then 5 points against the 8 you planned"),
        (
            "We landed 3 stories against the 8 we planned.",
            "landed 3 stories against the 8 we planned",
        ),
        (
            "Each one came back, and together they pushed out two of your sprint commitments.",
            "pushed out two of your sprint commitments",
        ),
        (
            "On Monday you skipped review, which pushed out the launch date.",
            "pushed out the launch date",
        ),
    ],
)
def test_less_delivered_than_planned_and_pushed_out_dates_are_impact(text: str, quote: str) -> None:
    assert quote in _evidence(text, "sbi", "impact")


@pytest.mark.parametrize(
    "text",
    ["She landed 3 points against the odds.", "In standup you pushed out a hotfix."],
)
def test_landing_against_odds_or_pushing_out_a_fix_is_no_impact(text: str) -> None:
    assert score(text, "sbi").criterion("impact").score == 0


def test_since_a_sprint_tells_when_not_why() -> None:
    # the facts of the feedback were quoted as the plan's why
    assert score(_FACTS, "smartt").criterion("relevant").score == 0
    assert (
        score(
            "Please move the billing job to the new cluster by Friday, since the old cluster is "
            "turned off on 30 June.",
            "smartt",
        )
        .criterion("relevant")
        .score
        == 2
    )


@pytest.mark.parametrize(
    "text",
    [
        "I'm not saying you're careless, I want to understand what happened.",
        "I don't think you're lazy.",
        "Nobody thinks you're sloppy. Your tests were missing.",
    ],
)
def test_a_denied_label_is_no_label(text: str) -> None:
    assert "label" not in [flag.kind for flag in score(text, "sbi").flags]
    assert "judgmental" not in compute_signals(text, score_all(text, ["sbi", "smartt"])).flags


@pytest.mark.parametrize(
    "text",
    ["I'm not saying you're careless, but this keeps happening.", "You're careless."],
)
def test_a_label_taken_back_by_but_is_still_a_label(text: str) -> None:
    assert "label" in [flag.kind for flag in score(text, "sbi").flags]


@pytest.mark.parametrize(
    "text",
    [
        _PLAN,
        "Is there anything I can do?",
        "Anything else you need from me?",
        "Is there anything else you need to get this done?",
        "Mei could pair with you. Would that help?",
    ],
)
def test_asking_what_else_they_need_asks_for_help(text: str) -> None:
    assert "asked_for_help" in compute_signals(text, score_all(text, ["sbi", "smartt"])).flags


@pytest.mark.parametrize(
    "text",
    [
        "I did something you would need to fix.",
        "Is there anything you need to tell me?",
        "Does that help the release?",
    ],
)
def test_statements_and_other_questions_ask_for_no_help(text: str) -> None:
    assert "asked_for_help" not in compute_signals(text, score_all(text, ["sbi", "smartt"])).flags


def test_a_plan_goal_by_a_future_sprint_is_no_situation() -> None:
    assert score(_PLAN, "sbi").criterion("situation").score == 0
    assert score("In sprint 25 you skipped the tests.", "sbi").criterion("situation").score == 2
    assert (
        score("By the end of sprint 22 you had skipped the tests on four tickets.", "sbi")
        .criterion("situation")
        .score
        == 2
    )


def test_a_goal_announced_with_checkable_conditions_is_measurable() -> None:
    text = "The aim: by the end of sprint 25, your tickets pass QA first time with unit tests."
    measurable = score(text, "smartt").criterion("measurable")
    assert measurable.score == 2
    assert any("pass QA first time" in quote for quote in _evidence(text, "smartt", "measurable"))


# Rehearsing Aiko (specific praise)


@pytest.mark.parametrize(
    "text",
    [
        "You caught the spike in four minutes. That was really well handled.",
        "You caught the spike in four minutes. You handled it calmly.",
    ],
)
def test_saying_an_act_was_well_handled_is_praise(text: str) -> None:
    assert "specific_praise" in compute_signals(text, score_all(text, ["sbi", "smartt"])).flags


@pytest.mark.parametrize(
    "text",
    [
        "You caught the spike. It wasn't well handled.",
        "You caught the spike. It wasn't really well handled.",
        "You caught the spike. You haven't handled it well.",
    ],
)
def test_denied_handling_is_no_praise(text: str) -> None:
    assert "specific_praise" not in compute_signals(text, score_all(text, ["sbi", "smartt"])).flags


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("It cost us $60,000.", "cost us $60,000"),
        ("It cost us 60k.", "cost us 60k"),
        (
            "The same failure in November took two hours and cost us about 60,000 dollars in lost "
            "orders.",
            "cost us about 60,000 dollars in lost orders",
        ),
    ],
)
def test_a_sum_lost_is_quoted_whole_as_impact(text: str, quote: str) -> None:
    assert quote in _evidence(text, "sbi", "impact")


@pytest.mark.parametrize(
    "text",
    ["ELK costs us $9k a month.", "The VMs cost $2k a month.", "That cost 3,000 euros per month."],
)
def test_a_running_cost_is_no_impact(text: str) -> None:
    assert score(text, "sbi").criterion("impact").score == 0


_NEXT = (
    "Here's what I'd like: you lead the on-call runbook rewrite, with a first draft by the 20th, "
    "and I'll pair with you on the review. I'm also writing up Thursday for your promotion packet "
    "this week, with the 22 minutes and the 6 tickets in it."
)


def test_writing_the_work_up_for_the_packet_is_a_step_on_record() -> None:
    flags = compute_signals(_NEXT, score_all(_NEXT, ["sbi", "smartt"])).flags
    assert {"proposed_next_step", "put_on_record", "offered_support"} <= flags
    # an ask after "what I'd like:" is no behaviour seen
    assert score(_NEXT, "sbi").criterion("behavior").score == 0


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for the notes, I'm putting my thoughts in order for the postmortem.",
        "I'm writing a letter for my mother.",
    ],
)
def test_putting_things_in_order_for_a_meeting_is_no_record(text: str) -> None:
    assert "put_on_record" not in compute_signals(text, score_all(text, ["sbi", "smartt"])).flags


# Rehearsing Ravi (deadline moved)


def _criterion(text: str, criterion: str) -> tuple[int, list[str]]:
    found = score(text, "smartt").criterion(criterion)
    return found.score, [span.text for span in found.evidence]


@pytest.mark.parametrize(
    "text",
    [
        "On Friday the CEO moved the launch.",
        "On Friday, Priya presented the plan.",
        "On Wednesday you closed 14 stale tickets in the backlog.",
    ],
)
def test_the_day_an_act_was_done_is_no_time_frame(text: str) -> None:
    assert _criterion(text, "time_bound")[0] == 0


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("On Friday we present the finished design.", "On Friday"),
        ("On Monday the team decided to ship by May 24.", "by May 24"),
    ],
)
def test_a_day_ahead_still_bounds_the_work(text: str, quote: str) -> None:
    assert quote in _criterion(text, "time_bound")[1]


def test_how_often_it_happened_this_year_is_no_time_frame() -> None:
    assert _criterion("This is the third date moved on us this year.", "time_bound")[0] == 0
    assert _criterion("This is the second time this month.", "time_bound")[0] == 0
    assert _criterion("Please do the third review this month.", "time_bound")[0] == 2


def test_a_date_that_moved_is_no_why_unless_it_slipped() -> None:
    assert _criterion("This is the third date moved on us this year.", "relevant")[0] == 0
    assert _criterion(
        "The launch moved back two weeks, so please ship the fix by Friday.", "relevant"
    ) == (2, ["launch moved back"])


def test_asking_what_else_to_cut_to_make_the_date_checks_feasibility() -> None:
    text = "What else would you cut or change to make May 24 without touching the test plan?"
    assert _criterion(text, "achievable")[0] == 2
    assert _criterion("What else would you change to make it better?", "achievable")[0] == 0


def test_work_that_ends_stated_as_the_plan_has_a_done_state() -> None:
    text = (
        "Here's the plan: we ship self-serve onboarding without SSO import and custom branding "
        "on May 24."
    )
    assert _criterion(text, "measurable")[0] == 1
    assert _criterion("Here's the plan: we stay calm.", "measurable")[0] == 0


@pytest.mark.parametrize(
    "text",
    [
        "My ask: you migrate the 12 jobs to the workflow engine.",
        "So my ask: you migrate the 12 jobs.",
        "So, the ask: you migrate the 12 jobs.",
    ],
)
def test_an_ask_after_my_ask_and_a_colon_is_the_task(text: str) -> None:
    assert _criterion(text, "specific")[0] == 2
    assert _criterion(text, "measurable")[0] == 2


# Rehearsing Chris (constructive feedback)


def test_thanks_for_the_coffee_is_no_behaviour() -> None:
    text = "Thanks for grabbing a coffee. Yesterday you cut in twice."
    assert _evidence(text, "sbi", "behavior") == ["you cut in twice"]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Neither of them said another word for the rest of the meeting.",
            "Neither of them said another word for the rest of the meeting",
        ),
        (
            "But cutting Priya off twice cost us her proposal and Tom's idea.",
            "cost us her proposal",
        ),
        ("That cost us the Acme renewal.", "cost us the Acme renewal"),
    ],
)
def test_silence_and_a_thing_lost_are_concrete_impact(text: str, quote: str) -> None:
    impact = score(text, "sbi").criterion("impact")
    assert impact.score == 2
    assert quote in [span.text for span in impact.evidence]


def test_costing_a_lot_is_no_concrete_impact() -> None:
    assert score("It cost us a lot.", "sbi").criterion("impact").score < 2


# Rehearsing Aisha (hand over the standup)


def test_a_role_the_person_wants_to_grow_into_is_a_why() -> None:
    text = (
        "You mentioned you want to grow into leading, and running standup for seven people is a "
        "good first step. Would you take it on?"
    )
    assert _criterion(text, "relevant") == (2, ["You mentioned you want to grow into leading"])


def test_the_speakers_own_calendar_at_a_time_is_no_time_given() -> None:
    text = (
        "From Monday I'm stuck in quarterly planning at 9:30 three days a week, so I can't run "
        "standup any more. Would you take it on?"
    )
    assert _criterion(text, "achievable")[0] == 0
    # a time of day is one clause, not two: the why is quoted whole
    assert _criterion(text, "relevant")[1] == [
        "From Monday I'm stuck in quarterly planning at 9:30 three days a week"
    ]
    assert (
        _criterion("You'll have two days a week for it. Would you take it on?", "achievable")[0]
        == 2
    )


# A poor lead, in my own words: what a stage must not reward


def _flags(text: str) -> frozenset[str]:
    return frozenset(compute_signals(text, score_all(text, ["sbi", "smartt"])).flags)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        (
            "Honestly, you always fight every change. Can you migrate the jobs by March 31?",
            "judgmental",
        ),
        ("You keep fighting me on this.", "judgmental"),
        ("Dana, trust me, the tech stuff is complicated, you wouldn't get it.", "dismissive"),
        ("Noor, I did what I had to do. Sales needed it.", "defensive"),
    ],
)
def test_a_poor_lead_is_flagged(text: str, flag: str) -> None:
    assert flag in _flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "You fight for the team, I like that.",
        "You won't get it done by Friday.",
        # a verdict on a thing, not on them or theirs (as the flags sets label it)
        "The error handling in this module is sloppy.",
    ],
)
def test_near_misses_are_not_flagged(text: str) -> None:
    assert not _flags(text) & {"judgmental", "dismissive", "defensive"}


def test_doing_what_one_had_to_do_is_no_impact() -> None:
    assert score("Noor, I did what I had to do.", "sbi").criterion("impact").score == 0
    assert score("Priya had to redo the slides.", "sbi").criterion("impact").score == 2


# Dana (stakeholder), in my own words


def test_a_team_that_did_something_is_no_imperative() -> None:
    text = (
        "Dana, in plain terms: right now the notification service falls over every few hours. "
        "Support took 37 tickets about it last week alone."
    )
    assert _criterion(text, "specific")[0] == 0
    assert "clear_ask" not in _flags(text)
    assert _criterion("Support the migration by Friday.", "specific")[0] == 1
    assert _criterion("Please track hit rates weekly.", "specific")[0] == 1


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Support took 37 tickets about it last week alone, and on-call overtime for the night "
            "restarts costs us about 4,000 dollars a month. Can you give me Elif and Sam?",
            "on-call overtime for the night restarts costs us about 4,000 dollars a month",
        ),
        (
            "Please move the cron jobs to k8s by the 30th. The old box is decommissioned Dec 1 and "
            "it costs us 2k/month.",
            "decommissioned Dec 1 and it costs us 2k/month",
        ),
    ],
)
def test_a_why_that_costs_us_is_quoted_with_its_sum(text: str, quote: str) -> None:
    assert _criterion(text, "relevant") == (2, [quote])
