"""Scoring corrections of found13: a limit in a gerund, and an away-phrase written once."""

from __future__ import annotations

import pytest

from rehearse.scoring import score
from rehearse.scoring.result import CriterionScore


def criterion(text: str, rubric: str, criterion_id: str) -> CriterionScore:
    (found,) = [c for c in score(text, rubric).criteria if c.id == criterion_id]
    return found


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        # the imperative already counted; the gerund of the same limit counts the same
        ("We'll keep standup short. Keep it to 15 minutes.", "Keep it to 15 minutes"),
        ("We'll keep standup short, keeping it to 15 minutes", "keeping it to 15 minutes"),
        ("Please run the retro, capping it at 45 minutes.", "capping it at 45 minutes"),
    ],
)
def test_a_limit_to_stay_within_is_measurable_in_any_form(text: str, evidence: str) -> None:
    measurable = criterion(text, "smartt", "measurable")
    assert measurable.score == 2
    assert evidence in [span.text for span in measurable.evidence]


@pytest.mark.parametrize(
    "text",
    [
        # a report of a limit kept is no target
        "We kept standup short, keeping it to 15 minutes.",
        "Standup was short last week, keeping it to 15 minutes.",
    ],
)
def test_a_limit_reported_sets_no_target(text: str) -> None:
    assert criterion(text, "smartt", "measurable").score == 0


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Please cover on-call while Rosa is on PTO.", "while Rosa is on PTO"),
        ("Please cover on-call while Rosa is on leave.", "while Rosa is on leave"),
    ],
)
def test_someone_away_reads_the_same_for_time_and_reason(text: str, reason: str) -> None:
    # one definition of "someone is away" serves the vague time and the loose reason
    time_bound = criterion(text, "smartt", "time_bound")
    relevant = criterion(text, "smartt", "relevant")
    assert time_bound.score == relevant.score == 1
    assert [span.text for span in time_bound.evidence] == [reason]
    assert [span.text for span in relevant.evidence] == [reason]


@pytest.mark.parametrize(
    "text",
    [
        "Next Monday, could you let Priya finish before you answer?",
        "Next time, please let Priya finish before you answer.",
        "Can you let me know by Friday?",
        # a leading occasion, or a colon, before the imperative
        "Here's what I'd like: in Thursday's planning, let Priya finish her caching proposal.",
        "In Thursday's planning, let Priya finish before you come in.",
        "So, concretely: on Thursday let Priya finish the caching proposal.",
        "Quick one: Let me know how it goes.",
        # a denied effect is the behavior itself
        "In yesterday's planning, you didn't let Priya finish her second slide.",
    ],
)
def test_a_let_that_asks_is_no_impact(text: str) -> None:
    impact = criterion(text, "sbi", "impact")
    assert not [span.text for span in impact.evidence if span.text.lower().startswith("let ")]
    assert impact.score == 0


@pytest.mark.parametrize(
    ("text", "effect"),
    [
        ("you didn't let Priya finish, so she went quiet", "so she went quiet"),
        (
            "In Tuesday's review you took the pager, which let Ravi ship the fix.",
            "let Ravi ship the fix",
        ),
        ("In the demo, the fix let Ravi ship on time.", "let Ravi ship on time"),
        ("On Thursday the fix let Ravi ship on time.", "let Ravi ship on time"),
    ],
)
def test_a_let_that_reports_keeps_its_impact(text: str, effect: str) -> None:
    impact = criterion(text, "sbi", "impact")
    assert impact.score == 2
    assert effect in [span.text for span in impact.evidence]


@pytest.mark.parametrize(
    ("text", "rubric", "name", "quote"),
    [
        (
            "In yesterday's planning you said \"we tried that in 2021, it doesn't work\" and moved on.",
            "sbi",
            "behavior",
            'you said "we tried that in 2021, it doesn\'t work"',
        ),
        (
            "jess pls pick up the gdpr export bug (cust can't download their data), fix by thu",
            "smartt",
            "specific",
            "pls pick up the gdpr export bug (cust can't download their data)",
        ),
    ],
)
def test_a_quote_keeps_the_closing_mark_of_what_it_opens(
    text: str, rubric: str, name: str, quote: str
) -> None:
    assert quote in [span.text for span in criterion(text, rubric, name).evidence]


def test_a_quote_keeps_its_closing_mark_after_the_full_stop() -> None:
    evidence = criterion('In Monday\'s demo you said "ship it."', "sbi", "behavior").evidence
    assert [span.text for span in evidence] == ['you said "ship it."']


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "The reason is Northwind: they're worth 1.2 million a year and they'll only sign if "
            "self-serve onboarding is live before their fiscal year starts on June 1.",
            "The reason is Northwind: they're worth 1.2 million a year",
        ),
        (
            "Please own the rollback plan. Why: the outage lasted 47 minutes, because nobody "
            "noticed for 30 of them, and it cost an estimated £38k in lost orders.",
            "Why: the outage lasted 47 minutes",
        ),
    ],
)
def test_a_why_far_from_its_sentence_end_is_quoted_to_its_clause_end(text: str, quote: str) -> None:
    # not "they're worth 1.2" or "the outage lasted 47": a figure is never cut from its unit
    assert quote in [span.text for span in criterion(text, "smartt", "relevant").evidence]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Ravi, could you own the cut list and walk the team through it at Wednesday's standup?",
            0,
        ),
        ("Could you cut the build time on the web repo?", 1),  # the direction itself
    ],
)
def test_the_cut_list_is_a_thing_not_a_direction(text: str, level: int) -> None:
    assert criterion(text, "smartt", "measurable").score == level


@pytest.mark.parametrize(
    ("text", "name", "level"),
    [
        # a question about the past times no task (Noor's listening turn scored time_bound 2)
        ("I'm listening. What happened in sprint 14 from your side?", "time_bound", 0),
        ("What can you get done in sprint 15?", "time_bound", 2),
        # a past event and a later meeting, in two clauses, are no follow-up
        (
            "I added the CSV export two days before the demo after a call with the sales "
            "director, you all found out in Wednesday's standup instead of from me.",
            "trackable",
            0,
        ),
        ("Give a short status update in Monday's standup.", "trackable", 2),
    ],
)
def test_the_past_retold_bounds_and_tracks_nothing(text: str, name: str, level: int) -> None:
    assert criterion(text, "smartt", name).score == level


def test_a_why_after_an_ask_that_opens_with_lets_is_read() -> None:
    # the "let's" opener ruled the whole sentence out as context, the why after the task with it
    relevant = criterion(
        "Let's fix the onboarding docs at some point, they confused the last two new hires.",
        "smartt",
        "relevant",
    )
    assert relevant.score == 1
    assert [span.text for span in relevant.evidence] == ["they confused the last two new hires"]
    assert (
        criterion("Let's fix the onboarding docs at some point.", "smartt", "relevant").score == 0
    )
