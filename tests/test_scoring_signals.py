"""Every flag in the signal registry is computed by a named detector that can fire and stay silent.

The sentences are what a tech lead would say to a colleague in the scenarios.
Negative flags (`judgmental`, `dismissive`, `defensive`, `multiple_topics`)
are tested hardest for silence: a false one makes the persona react to an
insult that was never said.
"""

from __future__ import annotations

import pytest

from rehearse.scoring import compute_signals, score_all
from rehearse.scoring.signals import FLAG_DETECTORS, flag_evidence
from rehearse.signals import FLAG_NAMES, LEVEL_NAMES, NEGATIVE_FLAGS

FIRES: dict[str, list[str]] = {
    "acknowledged_concern": [
        "I hear you, the retry logic is fragile.",
        # the grievance owned (Ravi, deadline-moved)
        "I know this is the third date that has moved this year.",
        "The VP and the CEO decided it on Friday, and you weren't asked.",
        "That's a fair worry, and I don't want to wave it away.",
        "You're right that the workflow engine's retries have bitten us before.",
        "It sounds like you're worried you'll end up owning billing alone.",
        "I know this is frustrating after all the work you put into the old plan.",
        "Thanks for raising it, honestly.",
        # raising it called right, and the worry behind it answered (receive-hard-feedback, blunt)
        "Raising this was the right call, and it won't count against you in your promotion review.",
        # in the past tense (seen in tmux on Noor's scenario)
        "You were right to raise it.",
        "It was right to raise this.",
        "I understand why you'd be skeptical of another migration.",
        "That makes sense, given how the last cutover went.",
    ],
    "asked_open_question": [
        "What would it take for you to get on board?",
        "How did the sprint feel from your side?",
        "What got in the way last week?",
        "Tell me more about what happened on Thursday night.",
        "Walk me through how you'd approach the cutover.",
        "Which part of the plan worries you most?",
        "Can I ask how it looked from your side?",
        "I'd really like to understand what made testing hard on those tickets.",
    ],
    "asked_for_help": [
        "What would it take for you to get on board?",
        "I need your help to make May 24 work.",
        "What would you cut to ship safely by the 24th?",
        "How would you approach the retry problem?",
        "I'd really value your input on the rollout plan.",
        "What do you need from me to make this work?",
    ],
    "offered_support": [
        "I'll pair with you on the first two jobs.",
        "You'll have two days per sprint for this, and I'll take your on-call shifts in March.",
        "I can talk to Tomasz before your first week so you're not on your own.",
        "I've cleared your Thursday afternoons for the migration.",
        "Happy to review the design doc before it goes out.",
        # a named helper with a clause about them (address-underperformance, rambling)
        "Mei, who writes the best tests on the team, has offered to pair with you twice a week.",
    ],
    "put_on_record": [
        "Let's put your concerns in the ADR.",
        "I'll add your objection to the decision record so finance sees it.",
        "Can we capture your concerns as go/no-go criteria in the decision log?",
        "I'll note the risk in the risk register.",
        "Let's get your worries on record before we decide.",
        # a new decision record (deadline-moved, blunt and rambling)
        "I'll write the trade-off up in a decision record today and share it with the VP of Product.",
        "Today I write the trade-off into a decision record and send it to the VP of Product.",
    ],
    "proposed_next_step": [
        "Let's meet Thursday to go through the runbook together.",
        "Next step: I'll send you the draft plan tonight.",
        "How about we pair on the first job tomorrow morning?",
        "I'll set up a call with finance for Monday.",
        "Why don't we sketch the rollback plan together after standup?",
        # a proposal said as one (Chris's next step)
        "Here's my suggestion: in Thursday's planning we try a ten-minute timebox per topic.",
        "I suggest we pair on the first job.",
    ],
    "clear_ask": [
        "Can you move the 12 billing jobs to the workflow engine by March 31?",
        "Please write an ADR comparing Kafka and SQS with a recommendation.",
        "I'd like you to cut the flaky test rate from 8% to under 1% within six weeks.",
        # a standing meeting by its bare name (hand-over-standup, blunt)
        "So: you run standup from next Monday, 15 minutes, design discussions parked until after.",
    ],
    "business_terms": [
        "Every hour of downtime costs us about $20k in lost orders.",
        "Three enterprise customers are waiting on this fix.",
        "If we slip, we breach the SLA in the Acme contract.",
    ],
    "related_to_goals": [
        "This is exactly the kind of project you said you wanted for your promotion case.",
        "Shipping this on time is what makes your launch in May possible.",
        "You told me you wanted more architecture work, and this is that.",
    ],
    "committed_to_updates": [
        "I'll post an update in #launch-may every Friday until we ship.",
        "We'll send a status email to the stakeholders every Monday morning.",
        "I'll keep you posted every day at standup.",
        # the plan in the present, and what you'll get, announced (deadline-moved and
        # stakeholder-buy-in, blunt and rambling)
        "We review the burn-down at every standup, and I send the VP a status note every Friday.",
        "You get an update in your launch channel every afternoon until it's fixed.",
        "Here's what you'll get: a short update in your launch channel every afternoon until it's fixed.",
    ],
    "specific_praise": [
        "Thanks for writing the rollback runbook last week; we used it during Tuesday's outage and "
        "recovered in ten minutes.",
        "I really appreciated that in yesterday's incident call you posted the root cause within "
        "five minutes, which let support answer customers before the status page even updated.",
        # the kind of work between the praise and "work", and the act held up as the standard
        # (specific-praise, blunt and rambling)
        "Last Thursday you spotted the timeout spike within four minutes and switched traffic to "
        "the backup provider. Excellent incident work.",
        "Last Thursday you spotted the timeout spike within four minutes and switched traffic to "
        "the backup provider, which is exactly how I'd want an incident handled.",
        # (seen in tmux on Aiko's scenario)
        "Last Thursday you caught the timeout spike within four minutes and flipped traffic to the "
        "backup provider with the flag. That was textbook.",
    ],
    "took_ownership": [
        "You're right, I should have checked with the team before saying yes to sales.",
        "That's on me. I agreed to the CSV export without asking anyone.",
        "I dropped the ball on telling the team myself.",
        "I'm sorry I didn't loop you in before the demo.",
    ],
    "judgmental": [
        "You obviously don't care about this team.",
        "You're being lazy about reviews.",
        "Honestly, you're careless with deploys.",
        "Great job breaking prod again.",
        "What were you thinking?",
        "You only did it to make Sam look bad.",
    ],
    "dismissive": [
        "That doesn't matter right now.",
        "The date is not up for debate.",
        "Just do it, please.",
        "I don't have time for this.",
        "Let's not go there.",
        "It is what it is.",
    ],
    "defensive": [
        "That's not true, I told the team on Wednesday.",
        "I had no choice, the sales director insisted.",
        "It wasn't my decision, it came from the VP.",
        "In my defense, nobody told me about the freeze.",
        "I did my best with what I had.",
        "To be fair, sales needed it for the demo.",
    ],
    "multiple_topics": [
        "About the deploy yesterday: please use the canary. Also, unrelated, your expense report is late.",
        "Thanks for the update. While I have you, can we talk about your PR review backlog?",
        "On a different note, the offsite is moving to June.",
        "Oh, and another thing: the on-call swap for next week.",
    ],
}

SILENT: dict[str, list[str]] = {
    "acknowledged_concern": [
        "I hear you're moving to the platform team.",
        "This won't count against your budget.",
        "You were right there at the time.",
        "You weren't asked to refactor the billing module.",
        "The retry logic is fragile, so we need a plan.",
        "Can you move the billing jobs by March 31?",
    ],
    "asked_open_question": [
        "Can you have it done by Friday?",
        "Don't you think that's a bit much?",
        "Why would you ever deploy on a Friday?",
        "We ship on Thursday.",
        "Can I ask you something?",
    ],
    "asked_for_help": [
        "Let me know if you need anything.",
        "I'll help you with the first job.",
        "Can you finish the migration by Friday?",
    ],
    "offered_support": [
        "Let me know if you need anything.",
        "You'll need to pair with QA on this.",
        "I hear you, the retry logic is fragile.",
        "Mei, who writes our best tests, is away this sprint.",
        # a refusal names a helper but offers nothing
        "Mei will review nothing this sprint.",
        "Mei will not pair with you.",
    ],
    "put_on_record": [
        "Please document the deploy process.",
        "Write an ADR with three options and a recommendation.",
        "I hear you, the retry logic is fragile.",
        "Is there a risk register for this?",
    ],
    "proposed_next_step": [
        "Let's not go there.",
        "Let's see how it goes.",
        "I hear you, the retry logic is fragile.",
        "Do you have a suggestion?",
        "What would you propose?",
    ],
    "clear_ask": [
        "Could you own the Kafka migration?",
        "Can you look into it?",
        "By Friday, please.",
        "You run standup really well.",
        "Do you run standup on Fridays?",
        "Honestly, the way you run retros is a problem.",
    ],
    "business_terms": [
        "The retry logic is fragile.",
        "I hear you, and I want to understand the worry.",
        "Please refactor the user service tests.",
    ],
    "related_to_goals": [
        "Please write the migration plan by Friday.",
        "I hear you, the retry logic is fragile.",
    ],
    "committed_to_updates": [
        "Keep me posted.",
        "Please post an update in #launch every Friday.",
        "I'll review the plan tomorrow.",
        "I sent the VP a status note last Friday.",
        "Should I send you a status note every Friday?",
        "Do you get an update every afternoon?",
        "We send the invoices every month.",
    ],
    "specific_praise": [
        "You're a rockstar, thanks!",
        "Great job on the launch!",
        "Thanks for jumping on the incident so fast.",
        "Great job breaking prod again.",
        "Last Thursday you posted an update every fifteen minutes. Good enough work, I guess.",
        "Last Thursday you posted an update every fifteen minutes. That's not exactly how I'd want "
        "an incident handled.",
        "Great on-call handling yesterday.",
        "Follow the textbook steps on Thursday.",
    ],
    "took_ownership": [
        "I'm sorry you feel that way.",
        "You should have checked with the team.",
        "I own the billing service roadmap.",
    ],
    "judgmental": [
        "I hear you, the retry logic is fragile.",
        "What would it take for you to get on board?",
        "Let's put your concerns in the ADR.",
        "You're right, the estimate was too tight.",
        "You seem stressed; do you want to push this to tomorrow?",
        "The old cron setup is a mess and I want to retire it.",
        "In yesterday's standup you interrupted Priya twice, and she stopped talking.",
        "You're the expert on billing, so I want your take.",
        "You seem overwhelmed; what can I take off your plate?",
        "You're right to be frustrated about how that landed.",
        "That was a brilliant idea, and it saved us a week.",
    ],
    "dismissive": [
        "I hear you, the retry logic is fragile.",
        "It doesn't matter which day you pick, as long as QA knows.",
        "Let's put your concerns in the ADR.",
        "Your concern matters to me, so let's write it down.",
        "What would it take for you to get on board?",
        "Just to check, does Friday still work?",
        "Whatever you decide is fine with me.",
        "I don't care which option we pick, as long as finance signs off.",
        "Just do it the way you think is best.",
        "The decision is made by the change board on Tuesdays, so let's get your concerns in first.",
        "Could you improve test coverage a bit when things calm down?",
    ],
    "defensive": [
        "I hear you, the retry logic is fragile.",
        "That's true, and I should have told you earlier.",
        "You're right, I did agree to it without asking.",
        "The VP asked for the date, and I said yes without checking with the team; that's on me.",
        "Is that not true for the EU region?",
        "What would it take for you to get on board?",
        "I already told the team, and I'll tell them again at standup.",
    ],
    "multiple_topics": [
        "I hear you, the retry logic is fragile.",
        "Also, I'll pair with you on the first job.",
        "In yesterday's standup you interrupted Priya twice, and she stopped talking for the rest of it.",
        "Thanks for the update; I'll add your concerns to the ADR and send it to finance.",
        "By the way you phrased it, I think you're worried about on-call.",
        "What would it take for you to get on board? I want to make this work for you too.",
    ],
}


def test_every_registered_flag_has_a_detector_and_cases() -> None:
    assert set(FLAG_DETECTORS) == FLAG_NAMES
    assert set(FIRES) == FLAG_NAMES
    assert set(SILENT) == FLAG_NAMES


@pytest.mark.parametrize(("flag", "text"), [(f, t) for f, ts in FIRES.items() for t in ts])
def test_flag_fires(flag: str, text: str) -> None:
    assert flag in flag_evidence(text), f"{flag} should fire on: {text}"


@pytest.mark.parametrize(("flag", "text"), [(f, t) for f, ts in SILENT.items() for t in ts])
def test_flag_stays_silent(flag: str, text: str) -> None:
    fired = flag_evidence(text).get(flag)
    assert not fired, f"{flag} fired on {[s.text for s in fired or []]!r} in: {text}"


def test_negative_flags_are_silent_on_every_supportive_sentence() -> None:
    supportive = [
        t
        for name in (
            "acknowledged_concern",
            "asked_for_help",
            "put_on_record",
            "offered_support",
            "specific_praise",
        )
        for t in FIRES[name]
    ]
    for text in supportive:
        fired = set(flag_evidence(text)) & NEGATIVE_FLAGS
        assert not fired, f"{fired} on a supportive sentence: {text}"


def test_compute_signals_carries_flags_levels_and_evidence() -> None:
    text = "I hear you, the retry logic is fragile. What would it take for you to get on board?"
    results = score_all(text, ["sbi", "smartt"])
    signals = compute_signals(text, results)
    assert {"acknowledged_concern", "asked_for_help", "asked_open_question"} <= signals.flags
    assert not signals.flags & NEGATIVE_FLAGS
    expected_levels = {name for name in LEVEL_NAMES}
    assert set(signals.levels) == expected_levels
    for name, value in signals.levels.items():
        rubric, criterion = name.split(".")
        result = results[rubric]
        expected = result.total if criterion == "total" else result.criterion(criterion).score
        assert value == expected
    assert signals.evidence["acknowledged_concern"] in text


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Right when Acme's 2,000 seats start their pilot, it would restart.", "Acme"),
        ("If it slips past April 22, the VP of Sales hears about it.", "April 22"),
        ("It would hit the sales team too.", None),  # a name is cased
        ("Users would see it on day one, at launch.", None),  # common words are in every turn
        ("We could ship by April 2.", None),  # another day of the month
    ],
)
def test_naming_what_they_care_about_relates_to_their_goals(text: str, named: str | None) -> None:
    goals = ["launching on April 22", "the Acme pilot", "her credibility with the VP of Sales"]
    signals = compute_signals(text, score_all(text, ["smartt"]), goals)
    assert signals.evidence.get("related_to_goals") == named
    # without the scenario's list, only "your launch" and its kin count
    assert "related_to_goals" not in compute_signals(text, score_all(text, ["smartt"])).flags


def test_compute_signals_only_levels_of_the_rubrics_given() -> None:
    text = "Can you move the 12 billing jobs to the workflow engine by March 31?"
    signals = compute_signals(text, score_all(text, ["smartt"]))
    assert signals.levels["smartt.time_bound"] == 2
    assert not any(name.startswith("sbi.") for name in signals.levels)
    assert "clear_ask" in signals.flags


def test_wanting_to_talk_about_an_act_opens_praise_and_turns_praise_into_a_correction() -> None:
    # Found with good replies in other voices: the opener vetoed the praise that followed.
    opened = (
        "I want to talk about the checkout outage last Thursday. You saw the timeout spike after "
        "four minutes, you switched the traffic to the backup provider with the feature flag, and "
        "every fifteen minutes you posted an update in #incidents. This was really very good work."
    )
    assert "specific_praise" in flag_evidence(opened)
    turned = (
        "Great demo yesterday. I want to talk about how you answered the client's questions: "
        "you cut Priya off twice."
    )
    assert "specific_praise" not in flag_evidence(turned)
