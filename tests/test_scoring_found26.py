"""Scoring corrections found replaying the warm, terse, blunt and second-language answers (stop 26).

Each voice in `tests/data/replays` says the good answer's content in its own way; a
criterion the good answer earns should be earned by the same content said differently.
"""

from __future__ import annotations

import pytest

from rehearse.scoring import score


def _level(text: str, criterion: str) -> int:
    return score(text, "smartt").criterion(criterion).score


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # stakeholder, warm: "specific" is blanked (naming a criterion earns nothing)
        (
            "So what I'm asking for is very specific: Elif and Sam, for six working days, to fix "
            "the leak.",
            "Elif and Sam, for six working days",
        ),
        ("My ask is simple: Elif and Sam for two weeks.", "Elif and Sam for two weeks"),
    ],
)
def test_people_and_time_asked_after_a_described_ask_are_resources(text: str, quote: str) -> None:
    achievable = score(text, "smartt").criterion("achievable")
    assert achievable.score == 2
    assert quote in [span.text for span in achievable.evidence]


@pytest.mark.parametrize(
    "text",
    [
        # deadline-moved, warm / second-language / terse
        "What would you change or drop to hit May 24 without putting quality at risk?",
        "I need your help: what do you think we should cut or change so we can deliver May 24 in a "
        "safe way?",
        "What would you cut or change to make May 24 safely?",
        "What would you cut or change to get to May 24 safely, what would it take?",
        "What would we cut to make the deadline?",
        "What would you drop to make it by Friday?",
        # address-underperformance, blunt
        "What else do you need from me to get there?",
    ],
)
def test_asking_what_would_make_the_date_checks_feasibility(text: str) -> None:
    assert _level(text, "achievable") == 2


@pytest.mark.parametrize(
    "text",
    [
        # a change asked for its own sake names no date or capacity
        "What would you change to make it better.",
        "What would you change about the design to make it faster?",
    ],
)
def test_asking_for_changes_with_no_date_checks_nothing(text: str) -> None:
    assert _level(text, "achievable") == 0


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # delegate, terse: time freed and a pair, said as the plan in the present tense
        (
            "You're off billing on-call for March, Lena pairs with you.",
            "You're off billing on-call",
        ),
        ("You're off billing on-call for March, Lena pairs with you.", "Lena pairs with you"),
        ("The plan. Mei pairs with you on tests twice a week.", "Mei pairs with you"),
    ],
)
def test_time_freed_and_a_pair_said_as_facts_are_support(text: str, quote: str) -> None:
    achievable = score(text, "smartt").criterion("achievable")
    assert achievable.score == 2
    assert quote in [span.text for span in achievable.evidence]


@pytest.mark.parametrize("text", ["You are off the hook.", "Lena pairs with Sam."])
def test_off_the_hook_or_a_pair_of_others_is_no_support(text: str) -> None:
    assert _level(text, "achievable") == 0


def test_a_growth_goal_told_in_a_one_on_one_is_a_reason() -> None:
    # hand-over-standup, terse: "You said you want to build ..." was 2 without the meeting's name
    text = (
        "I'd like you to take over the 9:45 standup. You said in your last one-on-one you want "
        "to build leadership skills this year; this is a real chance to practise that."
    )
    assert _level(text, "relevant") == 2


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # hand-over-standup, terse and second-language: "this year" was quoted as the hand-over's
        # time frame in the debrief
        (
            "I'd like you to take over the 9:45 standup. You said in your last one-on-one you want "
            "to build leadership skills this year; this is a real chance to practise that.",
            0,
        ),
        (
            "In your last one-on-one you told me you want to develop your leadership skills this "
            "year, and I think this is a good occasion.",
            0,
        ),
        # the task's own time after the wish still counts
        ("You told me you want to lead the standup this month, so please start on Monday.", 2),
    ],
)
def test_the_time_of_a_wish_the_person_told_bounds_no_task(text: str, level: int) -> None:
    assert _level(text, "time_bound") == level


def test_a_why_after_which_and_a_filler_is_a_reason() -> None:
    # delegate, rambling
    text = (
        "Done would be all 12 jobs running on the engine and billing-cron-01 switched off, which, "
        "you know, is what gets us through the Q2 audit."
    )
    relevant = score(text, "smartt").criterion("relevant")
    assert relevant.score == 2
    assert [span.text for span in relevant.evidence] == [
        "which, you know, is what gets us through the Q2 audit"
    ]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # stakeholder, rambling: the incident's time was quoted as the ask's time frame
        ("Last Tuesday at 14:10 that happened right in the middle of a customer demo.", 0),
        ("Last Tuesday at 14:10 the service restarted.", 0),
        # a weekday counted in a month is a date
        ("Ship it by the last Friday of the month.", 2),
        ("Ship it on the first Monday of March.", 2),
    ],
)
def test_last_weekday_is_past_and_a_weekday_of_a_month_is_a_date(text: str, level: int) -> None:
    assert _level(text, "time_bound") == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # constructive-feedback, poor: "has to say" was quoted as a concrete impact (rework)
        ("Everyone thinks you don't care what anyone else has to say.", 0),
        ("Priya has to say it twice before anyone listens.", 2),
        ("Priya had to redo the slides.", 2),
    ],
)
def test_what_someone_has_to_say_is_no_rework(text: str, level: int) -> None:
    assert score(text, "sbi").criterion("impact").score == level


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Noor: the panel flagged "never" in a reassurance as an absolute
        ("Raising this will never count against you in your promotion review.", False),
        ("I'll always back you up on that.", False),
        ("I'd never hold that against you.", False),
        # a prediction about them, or a habit, is one
        ("You'll never learn.", True),
        ("You will always be late.", True),
        ("You always interrupt Priya.", True),
    ],
)
def test_an_absolute_in_the_speakers_promise_is_no_generalisation(text: str, flagged: bool) -> None:
    assert any(flag.kind == "absolute" for flag in score(text, "sbi").flags) == flagged


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Dana, in tmux: what the customer's people would see on launch day is the why
        (
            "On launch day, Acme's 2,000 people could see a reconnecting banner every hour and a "
            "half.",
            2,
        ),
        ("Acme's 2,000 users would see a reconnecting banner on launch day.", 2),
        ("Users would see it.", 0),
        ("People could see it as unfair.", 0),
    ],
)
def test_what_customers_would_see_is_a_reason(text: str, level: int) -> None:
    assert _level(text, "relevant") == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Dana, in tmux: "today" here is how things stand, and was quoted as a time frame
        ("Our notification service restarts every few hours today.", 0),
        ("Check the dashboards every hour today.", 2),
        ("Can you check the dashboard every hour today?", 2),
    ],
)
def test_today_after_how_often_something_happens_is_no_time_frame(text: str, level: int) -> None:
    assert _level(text, "time_bound") == level


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        # Dana, in tmux: three turns stayed on her first stage ("reframe in business terms")
        (
            "On launch day, Acme's 2,000 people could see a reconnecting banner every hour and a "
            "half.",
            True,
        ),
        ("We have 12k people on the platform and they all lose notifications.", True),
        # a team's head count is no business stake
        ("Three people stayed until 9pm.", False),
        ("3 people stayed late.", False),
    ],
)
def test_a_head_count_too_large_for_a_team_is_people_affected(text: str, fires: bool) -> None:
    from rehearse.scoring.signals import flag_evidence

    assert ("business_terms" in flag_evidence(text)) == fires


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # deadline-moved, second-language: "cut" was quoted as a direction (measurable 1)
        (
            "I need your help: what do you think we should cut or change so we can deliver May 24 "
            "in a safe way?",
            0,
        ),
        ("What should we cut to hit the date?", 0),
        # a direction with its object stays one
        ("We should cut the backlog.", 1),
        ("Can you reduce the flaky tests?", 1),
    ],
)
def test_asking_what_to_cut_sets_no_direction(text: str, level: int) -> None:
    assert _level(text, "measurable") == level
