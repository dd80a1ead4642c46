"""Scoring corrections found by rehearsing Jordan, Marco, Aisha and Dana in the TUI."""

from __future__ import annotations

import pytest

from rehearse.scoring import score


@pytest.mark.parametrize(
    "text",
    [
        # Jordan: a listening question about the past, not feedback on it
        "Sure, walk me through it. Before you do: did anyone go through our definition of done "
        "with you when you joined from internal tools?",
        "Did you run the tests before you merged PAY-412?",
        "What happened when you merged PAY-412 without tests?",
        "So, why did you pick the refund form first when you started in sprint 22?",
        # the question after a sentence of feedback (the final tmux check of Jordan)
        "QA spent two days on re-tests. Did anyone walk you through our definition of done "
        "when you joined?",
    ],
)
def test_an_act_a_question_asks_about_is_no_behavior(text: str) -> None:
    assert score(text, "sbi").criterion("behavior").score == 0


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # a statement said with a rising "?" still names the act
        (
            "In yesterday's planning you estimated the search rewrite at two points, "
            "which I think maybe was a little optimistic?",
            "you estimated the search rewrite at two points",
        ),
        # the act stated before the question is asked
        (
            "When you skipped the tests on PAY-412, QA had to re-test it twice. What happened?",
            "you skipped the tests on PAY-412",
        ),
    ],
)
def test_an_act_stated_before_or_without_a_question_keeps_its_level(text: str, act: str) -> None:
    behavior = score(text, "sbi").criterion("behavior")
    assert behavior.score == 2
    assert act in [span.text for span in behavior.evidence]


@pytest.mark.parametrize(
    "text",
    [
        # Jordan: the growth plan's target dates no past behavior
        "The goal is no more than one ticket of yours coming back from QA in sprint 25.",
        "Our target for sprint 25 is one QA return at most.",
        "Aim for the week of June 10.",
    ],
)
def test_a_target_date_is_no_situation(text: str) -> None:
    assert score(text, "sbi").criterion("situation").score == 0


def test_a_past_goal_keeps_its_occasion() -> None:
    situation = score(
        "The goal in sprint 23 was eight points and you delivered three.", "sbi"
    ).criterion("situation")
    assert situation.score == 2
    assert [span.text for span in situation.evidence] == ["sprint 23"]


@pytest.mark.parametrize(
    "text",
    [
        # Jordan: the plan's cadence, not the occasion something happened
        "We check the QA returns every Thursday.",
        "Send me a status update every Monday morning in #proj-atlas.",
        "Can we look at the numbers together each Friday?",
    ],
)
def test_a_recurring_day_is_no_specific_situation(text: str) -> None:
    situation = score(text, "sbi").criterion("situation")
    assert situation.score == 1


def test_a_single_day_stays_a_specific_situation() -> None:
    assert score("On Thursday you came late to standup.", "sbi").criterion("situation").score == 2


@pytest.mark.parametrize(
    "text",
    [
        # Jordan: thanks for what was just said in this conversation
        "Thanks for telling me, that makes sense.",
        "Thanks for sharing that.",
        "Thank you for explaining.",
    ],
)
def test_thanks_for_what_was_just_said_is_no_behavior(text: str) -> None:
    assert score(text, "sbi").criterion("behavior").score == 0


def test_thanks_for_telling_someone_else_is_an_act() -> None:
    behavior = score(
        "Thank you for telling Priya about the rollback before the demo.", "sbi"
    ).criterion("behavior")
    assert behavior.score == 2


@pytest.mark.parametrize(
    ("text", "resources"),
    [
        # Dana: the stakeholder ask names the people and the days the fix needs
        (
            "Give me Elif and Sam for six working days starting Monday to fix the leak.",
            "Give me Elif and Sam for six working days",
        ),
        (
            "Can I have two engineers for a week to fix the leak?",
            "Can I have two engineers for a week",
        ),
        (
            "Could you lend us Priya for two sprints to finish the migration?",
            "lend us Priya for two sprints",
        ),
    ],
)
def test_people_and_time_asked_for_the_work_are_achievable(text: str, resources: str) -> None:
    achievable = score(text, "smartt").criterion("achievable")
    assert achievable.score == 2
    assert resources in [span.text for span in achievable.evidence]


@pytest.mark.parametrize(
    "text", ["Give me a minute to fix the leak.", "Can I have Sam?", "Give me Sam, please."]
)
def test_time_alone_or_a_person_alone_is_no_resource(text: str) -> None:
    assert score(text, "smartt").criterion("achievable").score == 0


@pytest.mark.parametrize(
    "text",
    [
        # Aisha: how often the standup happens, not time given to run it
        "Would you be up for taking over the daily standup? "
        "I can't run it three mornings a week anymore.",
        "Would you facilitate the standup three mornings a week?",
    ],
)
def test_how_often_an_event_runs_is_no_time_given(text: str) -> None:
    assert score(text, "smartt").criterion("achievable").score == 0


@pytest.mark.parametrize(
    ("text", "time_given"),
    [
        ("Spend one afternoon a week on the migration.", "Spend one afternoon a week"),
        (
            "Run the retro two afternoons a month, and you'll have two days per sprint for prep.",
            "you'll have two days per sprint",
        ),
    ],
)
def test_time_set_aside_for_the_work_stays_achievable(text: str, time_given: str) -> None:
    achievable = score(text, "smartt").criterion("achievable")
    assert achievable.score == 2
    assert any(time_given in span.text for span in achievable.evidence)


def test_done_well_when_defines_done() -> None:
    # Aisha: the standup's done-criterion, said with "well"
    measurable = score(
        "Starting Monday the 9th, you run the 9:45 standup on Monday, Wednesday and Friday. "
        "It's done well when it ends by 10:00 and every blocker has a named owner before we leave.",
        "smartt",
    ).criterion("measurable")
    assert measurable.score == 2
    quoted = [span.text for span in measurable.evidence]
    assert "done well when it ends by 10:00" in quoted
    # the quote keeps its noun: not "every blocker has a named"
    assert "every blocker has a named owner" in quoted


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Aisha: freeing the lead for something named is a reason, loosely tied to a goal ...
        (
            "Please run the standup. It frees me for the design reviews the search migration needs.",
            1,
        ),
        ("Please run the standup. That frees me up.", 1),
        # ... and tied to one when the goal is concrete
        (
            "Please run the standup. It frees me for the search migration, which has to ship by "
            "June for the Acme contract.",
            2,
        ),
    ],
)
def test_freeing_the_speaker_is_a_reason(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("relevant").score == level


def flag_kinds(text: str) -> list[str]:
    return [flag.kind for flag in score(text, "sbi").flags]


def test_their_absolute_given_back_is_not_the_speakers() -> None:
    # Aisha said "I'm a team player, I always do"; reflecting it back is no absolute
    assert "absolute" not in flag_kinds(
        "You said you always do. What part of running it worries you, if anything?"
    )


@pytest.mark.parametrize(
    "text", ["You said you'd do it, but you never do.", "You always interrupt Priya."]
)
def test_the_speakers_own_absolute_is_flagged(text: str) -> None:
    assert "absolute" in flag_kinds(text)
