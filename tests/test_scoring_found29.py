"""Scoring corrections found on the dev sets' agreed misses (stop 29)."""

from __future__ import annotations

import pytest

from rehearse.scoring import score


def _relevant(text: str) -> tuple[int, list[str]]:
    result = score(text, "smartt").criterion("relevant")
    return result.score, [span.text for span in result.evidence]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Can you get p95 under 300 ms? Customers keep complaining.", "Customers keep complaining"),
        ("Please fix the login bug ASAP, customers are complaining.", "customers are complaining"),
        (
            "Can you make the iOS app faster on cold start? Users complain on reviews.",
            "Users complain",
        ),
        ("Please make the reports page faster. Customers wait long.", "Customers wait"),
        ("Can you take the Hollis deck? Client wants it looking sharp.", "Client wants"),
        (
            "Please write the release notes. The beta customers asked for them.",
            "customers asked for them",
        ),
    ],
)
def test_a_complaint_with_nothing_at_stake_is_a_vague_why(text: str, quote: str) -> None:
    level, evidence = _relevant(text)
    assert level == 1
    assert quote in evidence
    assert "vague why" in (score(text, "smartt").criterion("relevant").advice or "")


@pytest.mark.parametrize(
    "text",
    [
        "Can you fix the export? Customers complain and two of them cancelled last week.",
        "Please bring the Sentry error count down. It's the top complaint in the app store reviews.",
        "Can you fix search? Our biggest customer complained to their CSM and the renewal is in March.",
        "Can you add SSO? Two enterprise customers asked for it.",
    ],
)
def test_a_complaint_with_its_cost_is_an_explicit_why(text: str) -> None:
    assert _relevant(text)[0] == 2


@pytest.mark.parametrize(
    "text",
    [
        "Please do the testing of the new onboarding before the release.",
        "Kindly do the needful for the SSL cert renewal on api.partnerhub.in before the 3rd.",
    ],
)
def test_doing_a_named_piece_of_work_has_a_done_state(text: str) -> None:
    assert score(text, "smartt").criterion("measurable").score == 1


@pytest.mark.parametrize(
    "text",
    [
        "We need to do something about the build times.",
        "Could you do a bit on the alerts when you can?",
    ],
)
def test_doing_something_about_it_has_none(text: str) -> None:
    assert score(text, "smartt").criterion("measurable").score == 0


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "It is about planning though. When Priya was walking through her caching proposal, "
            "you cut in twice before her second slide.",
            "When Priya was walking through her caching proposal",
        ),
        (
            "While I was presenting the Q3 roadmap, you checked your phone four times.",
            "While I was presenting the Q3 roadmap",
        ),
    ],
)
def test_one_presentation_named_by_who_gave_it_is_an_occasion(text: str, quote: str) -> None:
    result = score(text, "sbi").criterion("situation")
    assert result.score == 2
    assert quote in [span.text for span in result.evidence]


def test_sprint_planning_is_quoted_whole() -> None:
    result = score("In yesterday's sprint planning you cut Priya off twice.", "sbi")
    assert [span.text for span in result.criterion("situation").evidence] == [
        "In yesterday's sprint planning"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Both parts. But Priya has now dropped the caching proposal.",
        "She has withdrawn her proposal since the review.",
    ],
)
def test_a_proposal_dropped_since_is_impact(text: str) -> None:
    assert score(text, "sbi").criterion("impact").score == 2


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("You dropped the ball on the release.", 0),
        ("You really messed up the demo.", 0),
        ("In Tuesday's release you dropped the ball: you merged without the QA sign-off.", 1),
    ],
)
def test_a_verdict_in_an_idiom_is_a_label_not_behaviour(text: str, level: int) -> None:
    result = score(text, "sbi")
    assert result.criterion("behavior").score == level
    assert "label" in [flag.kind for flag in result.flags]


def test_owning_the_dropped_ball_yourself_is_no_label() -> None:
    result = score("I dropped the ball on the handoff notes.", "sbi")
    assert "label" not in [flag.kind for flag in result.flags]


def test_a_case_the_speaker_prepares_for_is_no_ask() -> None:
    text = (
        "Good looks like this: standup ends by 10:00 and everyone gives their update. I'll sit in "
        "on Monday and back you if you need to cut someone off."
    )
    evidence = [span.text for span in score(text, "smartt").criterion("specific").evidence]
    assert not any("cut someone off" in quote for quote in evidence)
    assert (
        score("You need to cut the build time by half.", "smartt").criterion("specific").score >= 1
    )


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("We need standup back to 15 minutes.", "back to 15 minutes"),
        ("Can you get the build back to 8 minutes by Friday?", "back to 8 minutes"),
    ],
)
def test_a_level_to_return_to_is_a_threshold(text: str, quote: str) -> None:
    _earns_two_on(text, "measurable", quote)


def _earns_two_on(text: str, criterion: str, quote: str) -> None:
    result = score(text, "smartt").criterion(criterion)
    assert result.score == 2
    assert quote in [span.text for span in result.evidence]


def test_a_plural_need_with_a_number_is_an_outcome() -> None:
    text = "All 11 Airflow DAG repos need to be on 3.12 before GCP ends 3.8 support in April."
    result = score(text, "smartt")
    assert "All 11 Airflow DAG repos need to be on 3.12" in [
        span.text for span in result.criterion("specific").evidence
    ]
    _earns_two_on(text, "time_bound", "before GCP ends 3.8 support in April")


def test_a_plural_need_with_no_number_or_date_is_no_task() -> None:
    assert score("Our people need to rest.", "smartt").criterion("specific").score == 0


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Can you lead the upgrade? You'd get Hamid for half of January.",
            "You'd get Hamid for half of January",
        ),
        ("He can use the existing SQS setup, with Hiro as reviewer.", "with Hiro as reviewer"),
        (
            "Please fix the alerting. Hamid is on loan from DBRE for it.",
            "Hamid is on loan from DBRE for it",
        ),
        (
            "Join the IC rotation. You'll shadow Halima for your first two incidents.",
            "You'll shadow Halima",
        ),
    ],
)
def test_a_person_lent_or_named_to_the_work_is_support(text: str, quote: str) -> None:
    _earns_two_on(text, "achievable", quote)


def test_shadowing_a_role_is_no_support() -> None:
    text = "Can you own the Q1 hiring? You'll shadow the on-call."
    assert score(text, "smartt").criterion("achievable").score == 0


# Over-matches a review of this change found, and their fixes.


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "If you need to cut scope, drop the export and ship the rest by Friday.",
            "you need to cut scope",
        ),
        (
            "Honestly if you have to pick one thing this sprint, fix the flaky tests by Friday.",
            "fix the flaky tests",
        ),
    ],
)
def test_a_condition_opening_its_sentence_leads_to_the_ask(text: str, quote: str) -> None:
    assert quote in _evidence_of(text, "smartt", "specific")


@pytest.mark.parametrize(
    "text",
    [
        "Can you fix it? Users are complaining. Two of them cancelled last week.",
        "Can you fix it? Customers are complaining and support tickets doubled this month.",
        "Can you build it? The sales team wants it for the Acme deal.",
        "Can you fix it? Customers are complaining about double charges.",
        "Can you fix it? Customers are waiting 40 minutes for each export.",
        "Can you add it? Users asked for it 40 times last quarter.",
    ],
)
def test_a_complaint_with_its_cost_or_its_object_stays_explicit(text: str) -> None:
    assert _relevant(text)[0] == 2


@pytest.mark.parametrize(
    "text",
    [
        "Can you fix it? Over the past two weeks customers have been complaining.",
        "Can you fix it? Customers are complaining, so we must get it out.",
        "Can you fix it? The support team keeps complaining.",
        "Please fix the login bug ASAP, customers are complaining. You'll have a budget of $40k.",
    ],
)
def test_weeks_a_must_or_a_budget_next_door_cost_nothing(text: str) -> None:
    assert _relevant(text)[0] == 1


@pytest.mark.parametrize(
    "text",
    [
        "Can you do the needful?",
        "Can you do the rest by Friday?",
        "Can you do some research on vector databases?",
        "Can you do the usual on the release notes?",
        "Can you do the on-call rotation next week?",
    ],
)
def test_doing_what_names_no_piece_of_work_has_no_done_state(text: str) -> None:
    assert score(text, "smartt").criterion("measurable").score == 0


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("When Priya was presenting her updates in standups, you kept interrupting.", 1),
        ("While they were presenting their ideas at design reviews, you rolled your eyes.", 1),
        ("When I was explaining the plan, you usually cut me off.", 0),
        ("When you were presenting the Q3 roadmap, you skipped the risks slide.", 2),
        ("When Priya presented her caching proposal, you cut in twice.", 2),
    ],
)
def test_a_presentation_in_a_habit_is_no_occasion(text: str, level: int) -> None:
    assert score(text, "sbi").criterion("situation").score == level


def test_a_proposal_dropped_before_is_no_impact() -> None:
    assert (
        score("Priya had dropped the proposal before that anyway.", "sbi").criterion("impact").score
        == 0
    )


_FACTS = " In Tuesday's release you skipped the smoke tests and checkout broke for an hour."


@pytest.mark.parametrize(
    "opening",
    [
        "This isn't about whether you dropped the ball.",
        "It's not that you messed up.",
        "I don't want you to feel like you blew it.",
        "You said you dropped the ball on the release notes.",
    ],
)
def test_a_verdict_asked_about_denied_or_reported_is_no_label(opening: str) -> None:
    result = score(opening + _FACTS, "sbi")
    assert "label" not in [flag.kind for flag in result.flags]
    assert result.criterion("behavior").score == 2


def test_messing_things_up_is_a_verdict_not_an_act() -> None:
    result = score("You've messed things up with the client.", "sbi")
    assert result.criterion("behavior").score == 0


def _evidence_of(text: str, rubric: str, criterion: str) -> list[str]:
    return [span.text for span in score(text, rubric).criterion(criterion).evidence]


# Over-matches a second review found.


@pytest.mark.parametrize(
    "text",
    [
        "Can you own the Q1 hiring? You'll get Slack on your phone for the on-call.",
        "Can you own the Q1 hiring? You'd get Sam for nothing, he's fully booked.",
        "Can you own the Q1 hiring? Maja has the flu and will be out, so please cover the demo.",
        "Sam is on loan to another team, so please own the migration alone by Friday.",
    ],
)
def test_a_tool_a_refusal_or_a_person_away_is_no_support(text: str) -> None:
    assert score(text, "smartt").criterion("achievable").score == 0


@pytest.mark.parametrize(
    "text",
    [
        "The details they need to see are in the 2 slides.",
        "All the context you need to know is in the doc from May 3.",
    ],
)
def test_a_need_in_a_relative_clause_is_no_outcome(text: str) -> None:
    assert score(text, "smartt").criterion("specific").score == 0


def test_moving_a_meeting_back_is_no_threshold() -> None:
    text = "Please push standup back to 10 minutes later from Monday."
    assert score(text, "smartt").criterion("measurable").score < 2


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("None had unit tests, and we delivered 3 of your 8 points in sprint 22.", 2),
        ("You completed 5 of the 8 points you planned.", 2),
        ("You closed 3 of the 8 tickets by Tuesday.", 0),
    ],
)
def test_points_delivered_short_of_the_plan_are_impact(text: str, level: int) -> None:
    assert score(text, "sbi").criterion("impact").score == level


def test_how_long_something_went_on_is_no_time_frame() -> None:
    text = (
        "The host fails the Q2 audit, so everything has to be off it by March 31. Last month "
        "invoice-retry failed silently for three days."
    )
    assert _evidence_of(text, "smartt", "time_bound") == ["by March 31"]
    assert _evidence_of("Please pair with Lena for two weeks.", "smartt", "time_bound") == [
        "for two weeks"
    ]


def test_a_reason_before_the_ask_is_no_question() -> None:
    text = (
        "That's exactly why I want you to lead the move, not someone who'd learn it by breaking it."
    )
    assert score(text, "smartt").criterion("specific").score >= 1
    assert score("Why do you want me to lead it?", "smartt").criterion("specific").score == 0


# Over-matches a third review found.


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("In sprint 22 the team delivered 8 of your 8 points.", 0),
        ("Last sprint you finished 3 of your 8 points.", 2),
    ],
)
def test_all_the_points_delivered_is_no_shortfall(text: str, level: int) -> None:
    assert score(text, "sbi").criterion("impact").score == level


def test_a_duration_in_a_condition_ahead_is_a_time_frame() -> None:
    text = "Please switch off the old host once the new one has stayed green for 14 days."
    assert "for 14 days" in _evidence_of(text, "smartt", "time_bound")


@pytest.mark.parametrize(
    "text",
    [
        "That's precisely why I want you to lead the move.",
        "That's also why I want you to lead the move.",
    ],
)
def test_any_word_between_thats_and_why_gives_a_reason(text: str) -> None:
    assert score(text, "smartt").criterion("specific").score >= 1


def test_a_helper_from_a_team_is_quoted_from_her_name() -> None:
    text = "Can you run the refresher? Maja from Security has the material and will co-present."
    assert _evidence_of(text, "smartt", "achievable") == ["Maja from Security has the material"]
