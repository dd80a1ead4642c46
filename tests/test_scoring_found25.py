"""Scoring corrections found by rehearsing Chris, Aiko, Noor and Ravi in the TUI (stop 25)."""

from __future__ import annotations

import pytest

from rehearse.scoring import score


def test_a_judged_turn_quotes_its_specific_act_whole_and_offers_it_as_the_example() -> None:
    # Chris: the panel quoted "You cut" and advised keeping "you always steamroll"
    text = (
        "Yeah, it's about planning. Honestly you were kind of rude - you always steamroll "
        'people. You cut Priya off twice before her second slide and told Tom "we tried '
        'that in 2021" and moved on.'
    )
    behavior = score(text, "sbi").criterion("behavior")
    assert behavior.score == 1
    assert "You cut Priya off twice" in [span.text for span in behavior.evidence]
    assert behavior.advice is not None
    assert "like “You cut Priya off twice”" in behavior.advice
    assert "steamroll" not in behavior.advice


def test_a_judged_turn_with_no_specific_act_gets_an_example_not_its_generalisation() -> None:
    behavior = score("You were rude and you always steamroll people.", "sbi").criterion("behavior")
    assert behavior.score == 1
    assert behavior.advice is not None
    assert "steamroll" not in behavior.advice
    assert "e.g. “you interrupted Priya twice while she presented”" in behavior.advice


@pytest.mark.parametrize(
    "text",
    [
        # Chris: the next step named the next planning, not the one it happened in
        "Here's what I'd like: at Thursday's planning, let people finish their proposal before "
        "you respond, and ask one question before you say no.",
        "At Thursday's planning, I'd like you to let people finish.",
        "At Thursday's planning, try letting people finish.",
        "Try this: in Monday's review, ask one question before you say no.",
        # Aiko: an offer of help names when the help comes
        "I can block an hour on Wednesday to help you prep.",
        "Happy to pair with you on Friday.",
        # the benchmark's growth plan: "one on the search rewrite" is a plan
        "For your growth plan: give two internal tech talks before the end of Q3, one on the "
        "search rewrite.",
    ],
)
def test_an_occasion_in_a_request_is_no_situation(text: str) -> None:
    assert score(text, "sbi").criterion("situation").score == 0


@pytest.mark.parametrize(
    ("text", "occasion"),
    [
        # a subject before the verb: it reports what happened
        ("At Thursday's planning you let people finish.", "At Thursday's planning"),
        # "I'd like to talk about" an occasion whose act is in the past tense
        (
            "I'd like to talk about Thursday's planning, when you cut Priya off twice.",
            "about Thursday's planning",
        ),
        # "I can" beside a past act reports it
        (
            "In Monday's demo you skipped the slide, and I can tell you the client noticed.",
            "In Monday's demo",
        ),
        # "let me" / "let's" are not requests of the listener
        (
            "In yesterday's planning, let me be honest, you cut Priya off.",
            "In yesterday's planning",
        ),
    ],
)
def test_an_occasion_reported_keeps_its_situation(text: str, occasion: str) -> None:
    situation = score(text, "sbi").criterion("situation")
    assert situation.score == 2
    assert occasion in [span.text for span in situation.evidence]


def test_evidence_is_quoted_without_the_and_that_joined_it() -> None:
    # Aiko: the impact quote read "and they logged 6 tickets instead of 140"
    text = (
        "Your updates in the incident channel were so clear that support pasted them to "
        "customers word for word, and they logged 6 tickets instead of 140."
    )
    impact = score(text, "sbi").criterion("impact")
    assert [span.text for span in impact.evidence] == ["they logged 6 tickets instead of 140"]
    assert all(text[s.start : s.end] == s.text for s in impact.evidence)


@pytest.mark.parametrize(
    "text",
    [
        # Aiko: her updates, evaluated; a work product of yours, judged, is a behavior at 1
        "Your updates in the incident channel were so clear that support pasted them to "
        "customers word for word.",
        "Your comments on Aisha's caching ADR were harsh and it really knocked her confidence.",
    ],
)
def test_an_evaluated_work_product_after_a_longer_place_is_behavior_one(text: str) -> None:
    assert score(text, "sbi").criterion("behavior").score == 1


def test_a_work_product_stated_as_a_number_is_not_an_evaluation() -> None:
    text = (
        "Your estimate for the search rewrite was three days and it took three weeks, so we "
        "had to move the SSO work to next quarter."
    )
    behavior = score(text, "sbi").criterion("behavior")
    assert behavior.score == 2
    assert behavior.evidence[0].text == "Your estimate for the search rewrite was three days"


@pytest.mark.parametrize(
    ("text", "praised"),
    [
        # Aiko: the opening praise did not read as praise, so her first stage never advanced
        (
            "It's about Thursday. You were amazing on that outage. You caught the timeout spike "
            "within four minutes and flipped us to the backup provider with the flag.",
            True,
        ),
        # negated, it is no praise
        ("It was not amazing, you skipped the error-handling slide in Monday's demo.", False),
    ],
)
def test_amazing_said_of_the_work_is_praise(text: str, praised: bool) -> None:
    from rehearse.scoring import score_all
    from rehearse.scoring.signals import compute_signals

    signals = compute_signals(text, score_all(text, ["sbi"]))
    assert ("specific_praise" in signals.flags) is praised


@pytest.mark.parametrize(
    ("text", "achievable"),
    [
        # Ravi: the speaker drafting it with them is support
        ("Ravi, could you draft the cut list with me by Wednesday?", 2),
        ("Could you pair with me on the cut list by Wednesday?", 2),
        ("Could you draft the cut list with my help by Wednesday?", 2),
        # handing it over or reporting to the speaker is no help with the work
        ("Could you share the cut list with me by Wednesday?", 0),
        ("Please check in with me on Friday about the cut list.", 0),
    ],
)
def test_doing_the_work_with_me_is_support(text: str, achievable: int) -> None:
    assert score(text, "smartt").criterion("achievable").score == achievable


@pytest.mark.parametrize(
    ("text", "specific"),
    [
        # Ravi: pairing with the speaker on a named thing is an ask (a role verb: level 1)
        ("Could you pair with me on the cut list by Wednesday?", 1),
        ("Pair with me on the Terraform module this week.", 1),
        # ... on a pronoun it names nothing; "update me on" is the follow-up
        ("Can you pair with me on it?", 0),
        ("Could you update me on the cut list by Wednesday?", 0),
    ],
)
def test_pairing_with_me_on_a_named_thing_is_an_ask(text: str, specific: int) -> None:
    assert score(text, "smartt").criterion("specific").score == specific


# Found replaying the good Aisha hand-over (tests/data/replays), which scored relevant 0 and
# credited the speaker's calendar and Aisha's worry as support.
def test_a_benefit_opening_a_concrete_why_is_relevant_two() -> None:
    text = (
        "I'd like you to take over facilitating our daily standup. It also helps the team: "
        "standup has been running 25 minutes instead of 15."
    )
    assert score(text, "smartt").criterion("relevant").score == 2
    # the benefit alone is a vague why
    vague = "I'd like you to take over facilitating our daily standup. It also helps the team."
    assert score(vague, "smartt").criterion("relevant").score == 1


@pytest.mark.parametrize(
    ("text", "achievable"),
    [
        # the speaker's own calendar, what the work saves, the room someone takes: no support
        ("I'm in quarterly planning three mornings a week, so I can't run standup anymore.", 0),
        ("Can you write the runbook? It saves on-call about two hours a week.", 0),
        ("You're right that Tomasz can take over, and it isn't your job to fight that alone.", 0),
        ("I can't back you up on this one.", 0),
        # support
        ("I'll join the first week and back you up if he runs over.", 2),
        ("Tomasz can take over if you get stuck.", 2),
        ("Can you own the migration? You'll have two days a week for it.", 2),
    ],
)
def test_time_and_backing_that_are_support_and_that_are_not(text: str, achievable: int) -> None:
    assert score(text, "smartt").criterion("achievable").score == achievable


@pytest.mark.parametrize(
    ("text", "trackable"),
    [
        # the good Aisha replay: the sync handed over is the work, not its follow-up
        ("Running the team's daily sync is a good, visible way to build leadership skills.", 0),
        ("I'd like you to run the team's daily sync.", 0),
        ("Can you run the migration? We'll review progress in our daily sync.", 2),
        ("We'll follow up in the team's daily sync.", 2),
    ],
)
def test_a_meeting_handed_over_is_not_its_follow_up(text: str, trackable: int) -> None:
    assert score(text, "smartt").criterion("trackable").score == trackable


def test_an_ask_after_its_fronted_start_is_quoted_whole() -> None:
    # the good Aisha replay quoted "here's my ask: starting next Monday" as the task
    text = "So here's my ask: starting next Monday, you facilitate standup for the next six weeks."
    specific = score(text, "smartt").criterion("specific")
    assert [span.text for span in specific.evidence] == [
        "here's my ask: starting next Monday, you facilitate standup for the next six weeks"
    ]


# Found replaying the good Ravi, Dana and Noor replays (tests/data/replays).
def test_news_given_is_neither_a_task_nor_support() -> None:
    result = score(
        "I'll give you the straight version. On Friday the VP moved the launch.", "smartt"
    )
    assert result.criterion("specific").score == 0
    assert result.criterion("achievable").score == 0
    # time given still is support
    given = score("Can you own the migration? I'll give you two days a week for it.", "smartt")
    assert given.criterion("achievable").score == 2


def test_a_noun_before_a_past_report_is_no_follow_up() -> None:
    text = (
        "So the export landed on the team two days before the demo, you heard about it in "
        "standup instead of from me."
    )
    assert score(text, "smartt").criterion("trackable").score == 0
    assert score("Demo it at Friday's standup.", "smartt").criterion("trackable").score == 2


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            "So here's the plan I'm asking you all to commit to: sign-up, workspace setup and "
            "billing ship by May 24 with the full test plan; SSO import moves to phase two.",
            "here's the plan I'm asking you all to commit to: sign-up, workspace setup and "
            "billing ship by May 24 with the full test plan",
        ),
        (
            "So here's exactly what I'm asking for: Elif and Sam, full time for six working days "
            "starting Monday, to fix the leak.",
            "here's exactly what I'm asking for: Elif and Sam, full time for six working days "
            "starting Monday, to fix the leak",
        ),
    ],
)
def test_an_ask_after_a_colon_is_quoted_to_its_sentence_end(text: str, quoted: str) -> None:
    specific = score(text, "smartt").criterion("specific")
    assert quoted in [span.text for span in specific.evidence]


def test_a_task_then_a_colon_reason_keeps_the_reason_apart() -> None:
    # "please own X: <why>" is not an ask introduced by a colon
    text = (
        "Please own the flaky-test cleanup: last month we lost about 30 engineer-hours to "
        "reruns, and the mobile release slipped two days because nobody believed the red build."
    )
    assert score(text, "smartt").criterion("relevant").score == 2


def test_people_and_days_after_an_ask_colon_are_resources_asked() -> None:
    # the good Dana replay: achievable 0 on the ask that named Elif, Sam and six days
    text = (
        "So here's exactly what I'm asking for: Elif and Sam, full time for six working days "
        "starting Monday, to fix the leak."
    )
    achievable = score(text, "smartt").criterion("achievable")
    assert achievable.score == 2
    assert [span.text for span in achievable.evidence] == [
        "Elif and Sam, full time for six working days"
    ]
    # what is asked must be people: patience for a week is no resource
    patience = score("What I'm asking for: patience for a week.", "smartt")
    assert patience.criterion("achievable").score == 0


def test_a_quote_grown_to_eight_words_does_not_end_on_within() -> None:
    # the good Aiko replay: "... from the payment provider within"
    text = (
        "You spotted the timeout spike from the payment provider within four minutes and "
        "switched traffic to the backup."
    )
    behavior = score(text, "sbi").criterion("behavior")
    assert behavior.evidence[0].text == "You spotted the timeout spike from the payment provider"


def test_thanks_for_coming_in_is_a_courtesy() -> None:
    # the good Jordan replay quoted "Thanks for coming" as behavior
    text = "Thanks for coming in. None of them had unit tests."
    behavior = score(text, "sbi").criterion("behavior")
    assert [span.text for span in behavior.evidence] == ["None of them had unit tests"]
    covered = score("Thanks for coming in to cover the 2am page.", "sbi").criterion("behavior")
    assert covered.score == 2
