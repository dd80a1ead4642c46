"""Scoring corrections found rehearsing in my own words (stop 28)."""

from __future__ import annotations

import pytest

from rehearse.scoring import score, score_all
from rehearse.scoring.signals import compute_signals


def _evidence(text: str, rubric: str, criterion: str) -> list[str]:
    return [span.text for span in score(text, rubric).criterion(criterion).evidence]


def _earns_two(text: str, criterion: str, quote: str) -> None:
    """The SMARTT criterion is met, with `quote` among its evidence."""
    result = score(text, "smartt").criterion(criterion)
    assert result.score == 2
    assert quote in [span.text for span in result.evidence]


@pytest.mark.parametrize(
    "text",
    [
        "In Tuesday's design review you cut Priya off twice, and after that neither she nor Tom "
        "said another word.",
        "At the retro you interrupted Sam and Lee; neither Sam nor Lee spoke up again.",
    ],
)
def test_two_people_going_quiet_is_impact(text: str) -> None:
    assert score(text, "sbi").criterion("impact").score >= 1


def test_neither_nor_without_going_quiet_is_no_impact() -> None:
    text = "In Tuesday's review neither Priya nor Tom had read the doc."
    assert score(text, "sbi").criterion("impact").score == 0


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Can you get the forest level back to a stable 30fps by Jan 15?", "to a stable 30fps"),
        ("Can you get the forest level to 30 fps by Jan 15?", "to 30 fps"),
        ("Can you move the remaining 40 VMs to eu-west-2 by 30 June?", "the remaining 40 VMs"),
        ("Can you check the other 3 services by Friday?", "the other 3 services"),
        (
            "I'd want the action items with owners and due dates in the doc by Friday EOD.",
            "with owners and due dates",
        ),
        (
            "I'd want every critical supplier (there are about 30) reviewed with a risk rating and "
            "a named owner by the end of Q1.",
            "with a risk rating and a named owner",
        ),
    ],
)
def test_levels_counts_and_fields_are_measurable(text: str, quote: str) -> None:
    _earns_two(text, "measurable", quote)


def test_the_remaining_weeks_are_a_time_not_a_count() -> None:
    text = "Can you finish the migration in the remaining two weeks?"
    assert score(text, "smartt").criterion("measurable").score < 2


def test_a_plan_headed_by_its_work_is_the_ask() -> None:
    text = "Okay so for the datacentre exit: we move the remaining 40 VMs to eu-west-2 by 30 June."
    result = score(text, "smartt")
    assert result.criterion("specific").score == 2
    assert result.criterion("measurable").score == 2


def test_a_plan_to_meet_is_no_ask() -> None:
    assert (
        score("For the offsite: we meet at nine in the lobby.", "smartt")
        .criterion("specific")
        .score
        == 0
    )


def test_wanting_people_on_a_board_asks_for_no_work() -> None:
    assert (
        score("I'd like the team on the board by Friday.", "smartt").criterion("specific").score
        == 0
    )


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Please tag the release candidate by Thursday so that QA can start the smoke tests on "
            "Friday.",
            "so that QA can start the smoke tests on Friday",
        ),
        (
            "Please have the release candidate tagged by Thursday so New York can run the smoke "
            "tests Thursday morning.",
            "so New York can run the smoke tests Thursday morning",
        ),
    ],
)
def test_what_the_work_lets_another_team_do_on_a_date_is_the_why(text: str, quote: str) -> None:
    _earns_two(text, "relevant", quote)


@pytest.mark.parametrize(
    "text",
    [
        "Send me the doc so we can talk about it on Monday.",
        "Please port the stack to SDK 17 so we can build with the new toolchain, keeping flash use "
        "under 480 KB.",
        "Can you draft it so you can present it on Friday?",
    ],
)
def test_a_meeting_a_vague_gain_or_the_persons_own_is_no_concrete_why(text: str) -> None:
    assert score(text, "smartt").criterion("relevant").score < 2


@pytest.mark.parametrize(
    "text",
    [
        # the lead echoing Marco's words back, rehearsing the delegation
        "That's fair, and you know billing better than anyone here. When you say breaking billing, "
        "what exactly are you picturing at month-end? Is it the retries?",
        "Are you worried about breaking billing?",
        "Is the bug delaying the release?",
    ],
)
def test_a_question_about_a_stake_gives_no_why(text: str) -> None:
    assert score(text, "smartt").criterion("relevant").score == 0


@pytest.mark.parametrize(
    "text",
    [
        "Could you fix it, since it's breaking billing?",
        "The bug is delaying the release. Can you fix it by Friday?",
    ],
)
def test_a_stake_beside_an_ask_is_the_why(text: str) -> None:
    assert score(text, "smartt").criterion("relevant").score == 2


def test_an_ask_and_its_modifier_are_no_list_of_parts() -> None:
    # rehearsing Marco: the whole ask was quoted as its measure
    text = (
        "Here's my ask: lead the move of all 12 billing jobs to the workflow engine by March 31, "
        "with retries off for the invoice and dunning jobs until you sign off on them."
    )
    assert _evidence(text, "smartt", "measurable") == ["all 12 billing jobs"]


def test_a_list_after_a_colon_is_still_its_parts() -> None:
    text = "Deliverables: a design doc, a demo on staging, and a rollback plan."
    assert score(text, "smartt").criterion("measurable").score == 2


@pytest.mark.parametrize(
    "text",
    [
        # rehearsing Dana badly
        "Honestly you wouldn't get the details. Just give me the two of them for a while.",
        "Give me Elif and Sam for six days.",
        "Give us some time on it.",
    ],
)
def test_people_or_time_lent_set_no_done_state(text: str) -> None:
    assert score(text, "smartt").criterion("measurable").score == 0


def test_a_deliverable_given_is_still_measurable() -> None:
    assert (
        score("Give me a summary of the outage by Friday.", "smartt").criterion("measurable").score
        == 2
    )


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # the lead's own change, rehearsing Noor
        (
            "Here's what I'll change: from sprint 15, any scope change after planning comes to the "
            "whole team in the channel before I say yes to anyone.",
            "any scope change after planning comes to the whole team in the channel before I say "
            "yes to anyone",
        ),
        (
            "From now on, every scope change needs the team's OK before I agree to it.",
            "every scope change needs the team's OK",
        ),
    ],
)
def test_a_rule_every_change_must_pass_is_measurable(text: str, quote: str) -> None:
    _earns_two(text, "measurable", quote)


@pytest.mark.parametrize(
    "text",
    [
        # review of the change: a duty, and a need that names no approval or test
        "Could you handle any request from sales that comes to the team?",
        "From now on, any change needs a bit of thought.",
        "From now on, every release needs a little more care.",
    ],
)
def test_a_duty_or_a_vague_need_is_no_rule_to_check(text: str) -> None:
    assert score(text, "smartt").criterion("measurable").score < 2


@pytest.mark.parametrize(
    "text",
    [
        # rehearsing Aisha: the lead's own time given up, and the standup's own schedule
        "How would you feel about running the 9:45 standup? I can't do three mornings a week "
        "anymore with the roadmap meetings.",
        "Could you run the 9:45 standup three mornings a week?",
    ],
)
def test_the_speakers_lost_time_or_a_meetings_schedule_is_no_time_given(text: str) -> None:
    assert "three mornings a week" not in _evidence(text, "smartt", "achievable")


def test_time_given_a_week_is_still_support() -> None:
    assert _evidence("You'll have two mornings a week for it.", "smartt", "achievable") == [
        "You'll have two mornings a week"
    ]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Set up a PagerDuty escalation so payments P1s page the secondary after 10 minutes "
            "unacked.",
            "after 10 minutes unacked",
        ),
        (
            "I'd like us to get the dev environment spend back to September's level ($14.2k) by end "
            "of January.",
            "back to September's level ($14.2k)",
        ),
        (
            "Please finish the CAN bus error handling and make sure it survives the bus-off "
            "recovery test.",
            "survives the bus-off recovery test",
        ),
        (
            "Afterwards, write down the three gaps in our runbooks she hit.",
            "write down the three gaps in our runbooks she hit",
        ),
    ],
)
def test_triggers_known_levels_named_tests_and_later_asks_are_measurable(
    text: str, quote: str
) -> None:
    _earns_two(text, "measurable", quote)


@pytest.mark.parametrize(
    "text", ["Also, thanks for the help yesterday.", "Then, we talked about the roadmap."]
)
def test_an_ordering_word_opens_no_ask_by_itself(text: str) -> None:
    assert score(text, "smartt").criterion("specific").score == 0


# Review of the change (stop 28): what the first versions of this stop's patterns over-matched.
@pytest.mark.parametrize(
    ("text", "criterion", "most"),
    [
        ("Can you spend the remaining 3 working days on the docs?", "measurable", 1),
        ("Could you chat with the other 2 leads about it?", "measurable", 1),
        ("For the retro: we move on and stop blaming each other.", "specific", 0),
        ("So for the record: we ship what we can and cut the rest.", "specific", 0),
        ("I'd want the new hires in the doc.", "specific", 0),
        ("We need all hands updated on this.", "measurable", 1),
        ("Please document the process so the team can understand it by Friday.", "relevant", 1),
        ("Please tag it by Thursday so we can go home early on Friday.", "relevant", 1),
    ],
)
def test_what_the_first_patterns_over_matched(text: str, criterion: str, most: int) -> None:
    assert score(text, "smartt").criterion(criterion).score <= most


@pytest.mark.parametrize(
    "text",
    [
        "Please fix the login bug by Friday. It's blocking the June launch, isn't it?",
        "Could you lead it? It's blocking the datacenter shutdown in June, right?",
    ],
)
def test_a_tag_question_states_its_why(text: str) -> None:
    assert score(text, "smartt").criterion("relevant").score == 2


def test_a_list_with_but_also_is_still_a_list() -> None:
    text = "Your tasks: update the runbook, but also the alerts, and the dashboards."
    assert score(text, "smartt").criterion("measurable").score == 2


def test_two_people_named_at_more_length_going_quiet_is_impact() -> None:
    text = (
        "In Tuesday's review you cut Priya off twice, and after that neither Priya nor the new "
        "hire spoke."
    )
    assert score(text, "sbi").criterion("impact").score >= 1


@pytest.mark.parametrize(
    ("text", "criterion", "quote"),
    [
        (
            "Please fix the login bug by Friday. It's blocking the June launch.",
            "relevant",
            "It's blocking the June launch",
        ),
        (
            "Can you get our Datadog bill from $42k to under $30k/month by the March invoice?",
            "time_bound",
            "by the March invoice",
        ),
        ("Please fix it by the end of June.", "time_bound", "by the end of June"),
    ],
)
def test_a_quote_runs_on_past_a_date_that_names_a_thing(
    text: str, criterion: str, quote: str
) -> None:
    assert quote in _evidence(text, "smartt", criterion)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Can you bring it over 80 by Dec 3? You have Pablo for CSS work.",
            "You have Pablo for CSS work",
        ),
        (
            "Can you get it under 100 by Friday? I'm cancelling your sprint demos to give you the "
            "time.",
            "I'm cancelling your sprint demos",
        ),
        (
            "Please tune it this sprint. Take the time you need, I remove the two small tickets "
            "from you.",
            "I remove the two small tickets from you",
        ),
        (
            "Please finish the backfill by 20 December. If you need more Spark cluster, tell me.",
            "If you need more Spark cluster, tell me",
        ),
        (
            "Please run the retros for Q1. I give you feedback after the first one.",
            "I give you feedback after the first one",
        ),
        (
            "Try to have it by next Wed; if you need Luis for the multi-stage build, just grab him.",
            "if you need Luis for the multi-stage build",
        ),
    ],
)
def test_people_work_taken_away_resources_and_coaching_are_support(text: str, quote: str) -> None:
    _earns_two(text, "achievable", quote)


@pytest.mark.parametrize(
    "text", ["If you need anything, tell me.", "You have Pablo's attention now."]
)
def test_no_resource_named_is_no_support(text: str) -> None:
    assert score(text, "smartt").criterion("achievable").score < 2


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Need p95 under 400 ms by Nov 27. Daily number in #perf-war-room at standup please.",
            "Daily number in #perf-war-room",
        ),
        (
            "Goal is 50 new bugs filed. Kofi triages them Friday morning and posts the tally in #qa.",
            "posts the tally in #qa",
        ),
        (
            "Is it realistic to finish by 10 January? We can sync Mon and Thu 10:00 on it.",
            "sync Mon and Thu",
        ),
        (
            "Each Monday you pick 5 worst tests and fix them. We see the trend in the sprint review.",
            "We see the trend in the sprint review",
        ),
    ],
)
def test_reports_by_cadence_posted_tallies_and_named_sync_days_are_tracking(
    text: str, quote: str
) -> None:
    _earns_two(text, "trackable", quote)


def test_seeing_a_problem_in_code_is_no_tracking() -> None:
    assert score("I see the problem in the code.", "smartt").criterion("trackable").score == 0


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Can you be around Saturday in case the migration goes sideways?", "be around Saturday"),
        ("Alright team: bug bash Thursday 2–5pm in the big room.", "Thursday 2–5pm"),
        (
            "Gabi, your next two weeks: get cold start under 2 s on the Pixel 4a.",
            "your next two weeks",
        ),
    ],
)
def test_a_day_to_be_there_a_day_with_hours_and_a_time_box_header_are_time_bound(
    text: str, quote: str
) -> None:
    _earns_two(text, "time_bound", quote)


@pytest.mark.parametrize(
    "text", ["I was around Saturday, it was quiet.", "Your next two weeks look busy."]
)
def test_a_day_told_in_passing_sets_no_time(text: str) -> None:
    assert score(text, "smartt").criterion("time_bound").score == 0


@pytest.mark.parametrize(
    "text",
    [
        "Please tune the vacuum settings. We lose query speed on checkout because of bloat.",
        "Could you take a pass at the French build QA? The French launch is Tuesday and last time "
        "we shipped three truncated buttons.",
        "Can you cut the image to under 400 MB? Cold starts are 40s and the autoscaler can't keep "
        "up during the Monday morning spike.",
    ],
)
def test_a_stake_on_checkout_a_launch_or_a_spike_beside_the_ask_is_the_why(text: str) -> None:
    assert score(text, "smartt").criterion("relevant").score == 2


@pytest.mark.parametrize(
    "text",
    [
        "Please update the launch checklist. The launch went fine last time.",
        "Can you fix the checkout button colour? It can't be that hard.",
        "I'm asking for a clear plan: what it would take to run checkout active-active, and rough "
        "cost. Can you own that?",
    ],
)
def test_checkout_or_a_launch_without_harm_is_no_stake(text: str) -> None:
    assert score(text, "smartt").criterion("relevant").score < 2


@pytest.mark.parametrize(
    "text",
    [
        # seen in tmux rehearsing Marco: the stance rose on an acknowledgment
        "Look, you're right that nobody asked you first, and you know billing better than anyone.",
        "I know no one asked you about the date.",
        "Honestly, nobody asked you before the review, and that's on me.",
    ],
)
def test_owning_that_nobody_asked_them_is_not_dismissive(text: str) -> None:
    assert "dismissive" not in compute_signals(text, score_all(text, ("sbi", "smartt"))).flags


@pytest.mark.parametrize(
    "text",
    [
        "Nobody asked you.",
        "Nobody asked you, Marco. The team decided.",
        "No one asked for your opinion.",
    ],
)
def test_nobody_asked_you_as_a_put_down_is_dismissive(text: str) -> None:
    assert "dismissive" in compute_signals(text, score_all(text, ("sbi", "smartt"))).flags
