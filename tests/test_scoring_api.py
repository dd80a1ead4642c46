"""The scoring API the engine and the TUI use: shapes, evidence spans, advice, flags, purity."""

from __future__ import annotations

import pytest

from rehearse.rubrics import RUBRICS
from rehearse.scoring import RubricResult, score, score_all

SBI_FULL = (
    "In Monday's demo you skipped the error-handling slide, and the client asked about failures "
    "twice; I had to answer without the numbers."
)
SMARTT_FULL = (
    "I'd like you to reduce our P1 bug count from 14 to 5 by the end of Q2. You'll have two days "
    "per sprint for it, and Dana from QA will help triage. This matters because the enterprise "
    "renewal in July depends on our stability numbers. Let's review the count in our Monday "
    "one-on-ones."
)


def spans_of(result: RubricResult, source: str) -> list[tuple[str, str]]:
    return [
        (span.text, source[span.start : span.end])
        for criterion in result.criteria
        for span in criterion.evidence
    ] + [(flag.span.text, source[flag.span.start : flag.span.end]) for flag in result.flags]


@pytest.mark.parametrize(("rubric", "text"), [("sbi", SBI_FULL), ("smartt", SMARTT_FULL)])
def test_a_complete_message_earns_full_marks_with_evidence(rubric: str, text: str) -> None:
    result = score(text, rubric)
    definition = RUBRICS[rubric]
    assert result.rubric == rubric and result.scorer == "rules"
    assert [c.id for c in result.criteria] == list(definition.criterion_ids)
    assert result.total == result.max == definition.max_total
    for criterion in result.criteria:
        assert criterion.score == 2 and criterion.max == 2
        assert criterion.evidence, criterion.id
        assert criterion.advice is None
    assert all(quoted == sliced for quoted, sliced in spans_of(result, text))


def test_spec_examples() -> None:
    assert score("You're rude in reviews.", "sbi").scores() == {
        "situation": 1,
        "behavior": 0,
        "impact": 0,
    }
    assert score(
        "During sprint planning you were kind of all over the place, which wasn't ideal.", "sbi"
    ).scores() == {"situation": 2, "behavior": 1, "impact": 1}


# Seen in tmux on Chris's scenario: "we lost two ideas in one meeting" scored situation 2.
@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("We lost two ideas in one meeting.", 1),
        ("You interrupted Priya twice in a meeting.", 1),
        ("You interrupted Priya during a single standup.", 1),
        ("You interrupted Priya in a meeting yesterday.", 2),
        ("In sprint planning you interrupted Priya.", 2),
    ],
)
def test_an_occasion_nobody_can_point_at_is_vague(text: str, level: int) -> None:
    assert score(text, "sbi").criterion("situation").score == level


# Seen in tmux on Aiko's scenario: catching the spike is what she did; checkout back is its effect.
@pytest.mark.parametrize(
    ("text", "impact"),
    [
        ("Last Thursday you caught the timeout spike within four minutes.", 0),
        ("Last Thursday your alert caught the timeout spike within four minutes.", 2),
        (
            "Last Thursday you caught the timeout spike within four minutes, and checkout was back "
            "in 22 minutes.",
            2,
        ),
        ("Last Thursday you prevented a second outage.", 2),
        ("Last Thursday you were back in ten minutes.", 0),
    ],
)
def test_what_the_person_caught_is_behaviour_and_what_came_back_is_impact(
    text: str, impact: int
) -> None:
    assert score(text, "sbi").criterion("impact").score == impact


def test_an_occasion_in_a_plan_is_not_the_situation() -> None:
    # The situation dates the behavior; a meeting the next step is planned for does not.
    plan = (
        "For the next planning on Monday, could you let each person finish before you respond? "
        "Let's check how it went in our Thursday one-on-one."
    )
    assert score(plan, "sbi").criterion("situation").score == 0
    feedback = (
        "In yesterday's planning you cut Priya off twice. Next Monday, could you let her finish?"
    )
    situation = score(feedback, "sbi").criterion("situation")
    assert situation.score == 2
    assert [span.text for span in situation.evidence] == ["In yesterday's planning"]
    asked = score("Could you tell me what happened in Tuesday's outage call?", "sbi")
    assert asked.criterion("situation").score == 2


def test_a_number_of_things_to_bring_back_is_measurable() -> None:
    # Found in the TUI: three cuts, each with a saving, is a concrete deliverable.
    ask = (
        "Could you and Lena look at our Datadog bill and come back with three concrete cuts, "
        "each with an estimated monthly saving, by the 12th?"
    )
    measurable = score(ask, "smartt").criterion("measurable")
    assert measurable.score == 2
    assert [span.text for span in measurable.evidence] == ["come back with three concrete cuts"]
    # Time asked for is not a deliverable.
    time = score("Could you give me two more minutes before standup?", "smartt")
    assert time.criterion("measurable").score < 2


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Can you dig into the Android build times? Would help the whole squad.", "help the whole"),
        ("Give two internal tech talks by end of Q3. Good for visibility.", "Good for visibility"),
        ("Can you and Mateo sort out staging? It's wasting everyone's time.", "wasting everyone"),
        ("Can we look at the on-call load soon, it's not sustainable.", "not sustainable"),
        ("Could you improve the alert descriptions? They're pretty cryptic.", "cryptic"),
        ("Could you own the dashboard cleanup? It would be nice for the new people.", "new people"),
        ("Can your team try spot instances for the batch jobs? It could save us money.", "money"),
        (
            "Please interview more candidates for the backend role. We need to hire faster.",
            "faster",
        ),
    ],
)
def test_a_benefit_or_cost_without_a_goal_is_a_vague_reason(text: str, quoted: str) -> None:
    relevant = score(text, "smartt").criterion("relevant")
    assert relevant.score == 1
    assert any(quoted in span.text for span in relevant.evidence)


def test_fine_is_a_stake_only_as_a_penalty() -> None:
    fine = "Hi Tariq, the CSV importer change is fine, but please load-test it before we merge."
    assert score(fine, "smartt").criterion("relevant").score == 0
    penalty = (
        "Please finish the GDPR export by May 1; the regulator can issue a fine if we miss it."
    )
    relevant = score(penalty, "smartt").criterion("relevant")
    assert relevant.score == 2 and "issue a fine" in [span.text for span in relevant.evidence]


def test_an_okr_meeting_is_no_goal() -> None:
    meeting = (
        "Get p95 on /checkout below 250 ms by the end of Q3; we review it at the OKR check-in."
    )
    assert score(meeting, "smartt").criterion("relevant").score == 0
    goal = "Get p95 on /checkout below 250 ms by the end of Q3; it is our team's OKR for the year."
    assert score(goal, "smartt").criterion("relevant").score == 2


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # leading a document or a fix is a role with an end, not the deliverable itself ...
        ("Can you lead the RFC for the new event schema?", 1),
        ("I'd like you to lead a fix. Work with Jo from UX research.", 1),
        (
            "Since you asked about growing toward staff, how about you lead the API versioning RFC?",
            1,
        ),
        # ... leading an event delivers it, and a document spelled out is a deliverable
        ("Can you lead a workshop on incident reviews for the new hires?", 2),
        ("Could you lead two brown bags on observability next month?", 2),
        ("Please lead the RFC for the event schema, with three options and a recommendation.", 2),
        # leading people or a migration names no end
        ("Can you lead the migration?", 0),
    ],
)
def test_leading_a_document_is_a_direction(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("measurable").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a problem named to be dealt with says which way done lies ...
        ("Could you and Hye-jin sort out the flaky Detox tests before the code freeze?", 1),
        ("Can you take care of the stale feature branches? There are like 300 of them.", 1),
        ("Could you have a go at tidying the onboarding docs when you've a moment?", 1),
        # ... dealing with something that names no problem, looking into one, or one dealt
        # with already does not
        ("Sort out the monitoring.", 0),
        ("Can you sort out the on-call rotation?", 0),
        ("Take care of it.", 0),
        ("Could you look into the flaky tests?", 0),
        ("Ravi dealt with the flaky tests last week. Can you take the release?", 0),
    ],
)
def test_a_problem_to_deal_with_is_a_direction(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("measurable").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a document wished into existence is a qualitative done-criterion ...
        ("The failover runbook still doesn't exist. Would be nice to have one at some point.", 1),
        ("Sure, whenever you get around to it, the release notes would be nice to have.", 1),
        ("Just circling back on the load-test results. Would be lovely to have them soon.", 1),
        # ... a person, a chat, or something that was nice to have is not
        ("It would be nice to have you on the call.", 0),
        ("It'd be great to have a chat sometime.", 0),
        ("The old dashboard was nice to have.", 0),
    ],
)
def test_a_document_wished_for_is_a_direction(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("measurable").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # an update is a deliverable only when what goes in is named ...
        ("Could you update the incident runbook with the new failover steps by Wednesday?", 2),
        ("Alex: update the sequence diagram in the RFC to show the retry path.", 2),
        ("DOCS-14: Update docs.", 1),
        ("Please update the runbook when you can.", 1),
        # ... and a thing made better is a direction, a thing made is a deliverable
        ("Team, let's all try to write better PR descriptions going forward.", 1),
        ("Please write a clearer runbook for the failover.", 1),
        ("Please write a runbook for the failover.", 2),
    ],
)
def test_an_update_or_a_better_document_is_a_direction(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("measurable").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a thing added is there or not ...
        ("LGTM once you add a migration for the new column and a test for null handling.", 2),
        ("Could mobile add a 'resend code' button to the OTP screen on both iOS and Android?", 2),
        ("Jun, could we add a table here with nDCG@10 for the ranker vs the baseline?", 2),
        # ... "a bit more" or "a few more" says how much, and a thing not to add is no deliverable
        ("Could you add a bit more detail to the doc?", 1),
        ("Could you add a few more checks to the pipeline?", 1),
        ("Please don't add a new dependency for this, just fix the parser.", 1),
        ("I added a test last week. Can you look at it?", 0),
    ],
)
def test_a_thing_added_is_a_deliverable(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("measurable").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # "I want that you ...", said in a second language, states the goal of the work ...
        (
            "I want that you prepare the capacity plan for Redis: current usage, growth forecast "
            "for 6 months, and how many nodes we need.",
            2,
        ),
        ("We would like that you present at least one RFC in the guild before March.", 2),
        # ... but sets no target where it asks for none, and counts nothing said elsewhere
        ("The rollout took 3 weeks. I want that you feel welcome.", 0),
        ("I want that you own payments. We had 12 incidents last month.", 0),
        ("Last sprint, I wanted that we had fewer than 5 bugs.", 0),
    ],
)
def test_a_goal_said_with_that_sets_the_target(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("measurable").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # "what I'd like", "I'm asking for" announce what done contains ...
        (
            "Please run the DR drill this month. What I'd like at the end: a restore of last "
            "night's snapshot, the measured time to restore, and a short write-up.",
            2,
        ),
        (
            "I'm asking for a clear plan: what it would take, rough cost, the three biggest risks, "
            "and a staffing estimate.",
            2,
        ),
        # ... "why I'm asking" gives the reason, and not knowing what we need sets nothing
        (
            "Here's why I'm asking for the export first: two other accounts won't renew, and "
            "that's 12% of our ARR. Can you build it?",
            1,
        ),
        ("I'm not asking you to build it. Can you think about it?", 0),
        ("Honestly I don't know what we need here. Two teams asked. Can you look into it?", 0),
    ],
)
def test_what_i_would_like_announces_the_deliverable(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("measurable").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Let's aim for fewer rollbacks next quarter.", 1),
        ("We should really have fewer meetings.", 1),
        ("Growth area for you this year: influence. Try to speak up more in design reviews.", 1),
        # the follow-up planned with "let's" is trackable, not a done-criterion
        ("Let's track it on the migration board and review it every Monday.", 0),
        # a comparative state asked for, wished for or set as the goal is a direction ...
        ("Could you try to be a bit quicker on them over the next little while?", 1),
        ("We want the suite to be more reliable. Whenever you get a chance.", 1),
        ("Things need to get faster around here.", 1),
        ("It would be nice if the onboarding docs were less outdated.", 1),
        ("For me is important that the API docs are more good before September.", 1),
        ("Camila, one goal for your next cycle: be more autonomous in technical decisions.", 1),
        ("Anna, as growth goal I propose: you become more visible in architecture reviews.", 1),
        # ... a comparison reported, a wish for a person or a goal told in the past is not
        ("The builds were faster last year.", 0),
        ("The new runbook is more detailed than the old one.", 0),
        ("It would be nice if you were here earlier.", 0),
        ("Our docs got better after the offsite.", 0),
        ("We had a goal: 40 tickets.", 0),
        ("We need the suite to be more than a smoke test, which it is today.", 0),
    ],
)
def test_a_wish_for_the_team_sets_a_direction(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("measurable").score == level


def test_news_with_nothing_asked_has_no_time_frame() -> None:
    news = "FYI the vendor moved the SSO cutover to the 28th. Nothing needed from anyone yet."
    assert score(news, "smartt").criterion("time_bound").score == 0
    asked = (
        "FYI the vendor moved the SSO cutover to the 28th. Please update the runbook by the 27th."
    )
    assert score(asked, "smartt").criterion("time_bound").score == 2


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            "Team reminder: code freeze is Wednesday at 17:00 UTC. Only blocker fixes after.",
            "Wednesday at 17:00",
        ),
        (
            "We're doing a bug bash Thursday 2pm on the billing UI. Everyone please join.",
            "Thursday 2pm",
        ),
        ("Can you be around on Saturday in case the migration goes wrong?", "on Saturday"),
    ],
)
def test_a_named_day_is_a_concrete_time(text: str, quoted: str) -> None:
    time_bound = score(text, "smartt").criterion("time_bound")
    assert time_bound.score == 2
    assert quoted in [span.text for span in time_bound.evidence]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # when the event the task is about happened is no deadline (noted at stop 19)
        ("Please fix the bug we found on Friday.", []),
        ("Can you look at the alert that fired on Monday?", []),
        ("Please fix the bug that came in on Friday.", []),
        ("Please fix the checkout bug we found on Friday by Wednesday.", ["by Wednesday"]),
        # ... also with whom it happened to (seen in tmux on Ravi's scenario)
        ("This is the third date that moved on us this year.", []),
        ("Please finish the report that I sent you on Friday.", []),
        ("Get the fix that we promised them out on Friday.", ["on Friday"]),
        # ... and how long it went on (seen in tmux on Noor's scenario)
        (
            "I pulled the CSV export into the sprint two days before the demo, and three of you "
            "worked until 9pm on Thursday to finish it.",
            [],
        ),
        ("We worked until Friday, so please keep going until Tuesday.", ["until Tuesday"]),
        # ... but a day after a causative, or a need, times the task
        ("Can you get the new hire onboarded on Friday?", ["on Friday"]),
        ("Get it fixed on Friday.", ["on Friday"]),
        ("Take the time you need this sprint to tune the vacuum settings.", ["this sprint"]),
    ],
)
def test_the_day_a_past_event_happened_is_no_deadline(text: str, quoted: list[str]) -> None:
    time_bound = score(text, "smartt").criterion("time_bound")
    assert [span.text for span in time_bound.evidence if time_bound.score == 2] == quoted


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a talk greeted or thanked for, someone's absence, how often something happened: no
        # time frame for the task ...
        (
            "Hi Priyanka, great chat today. As discussed, you'll take the lead on the design system "
            "migration. Keep me posted!",
            0,
        ),
        ("Hi Arjun, thanks for today. You'll own the flaky test cleanup.", 0),
        ("sara can u take over the pagerduty config cleanup from ali, hes out from mon.", 0),
        (
            "the disk filled up at 2am again, that's the third time this month and nobody got paged",
            0,
        ),
        # ... while the task's own day is one
        ("Hi Priyanka, can you take the lead on the checkout migration today?", 2),
        ("sara can u take over the pagerduty config cleanup, you're on it from mon.", 2),
        ("Can you run the backfill again this month?", 2),
        # days in text-speak are days
        ("nate can u cover the vendor call tmrw 10am w/ datadog re renewal.", 2),
        ("can sb take the release notes this wk", 2),
        # an occasion with no date is a vague time (but background before a talk times nothing)
        ("We'd love for the pricing page to feel a bit snappier before the holiday campaign.", 1),
        ("Can the team fix the login before the next check-in?", 1),
        ("Some background before our 1:1: the reorg lands in January. Nothing is decided yet.", 0),
        # a sign-off is no time for the task
        ("We agreed you'd think about the career stuff. No need to rush. Speak soon!", 0),
        ("Can you fix the login soon? Talk soon!", 1),
    ],
)
def test_times_that_are_not_the_tasks_and_days_in_text_speak(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("time_bound").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a named launch, a period's edge with "at", a fortnight, a PI, a last day (dev11)
        ("If someone could refresh the website before the 5.0 launch that'd be amazing.", 2),
        ("Get the backlog under 50 strings before the Japanese launch.", 2),
        ("Own the move to Actions before Travis credits run out at the end of the month.", 2),
        ("Get the flaky suite below 2% failures in the next fortnight.", 2),
        ("QA: the aim for this PI is that no release goes out with a known P1 open.", 2),
        ("Hand over the escalations to Bea. Friday's your last day, so by then please.", 2),
        ("Action item: reduce p95 on /search to under 400 ms. Owner: Ines. Target: Q3.", 2),
        # near-misses: the next release, a cadence, a span named but not given
        ("We should probably get it done before the next release.", 1),
        ("Demo what you have at the end of each sprint.", 0),
        ("Could you pick up the workstream in the next while?", 1),
        ("Improve the quality of your deliverables within the review period.", 1),
    ],
)
def test_named_launches_period_edges_and_programme_increments_are_deadlines(
    text: str, level: int
) -> None:
    assert score(text, "smartt").criterion("time_bound").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a named day given to the work, a duration allowed, work named by its quarter (dev-dev10)
        ("Fix the refund macros. You can take Thursday for it.", 2),
        ("Consolidate the NAT gateways; I've cleared your Thursday and Friday for it.", 2),
        ("Implement the carousel on the PDP only. Two sprints is fine.", 2),
        ("Noor, I'd like you to drive the Q1 reliability work for the search service.", 2),
        ("Could you own the Q3 OKR for API reliability?", 2),
        # ... a step or a cycle with no date is vague
        ("Run it against the 2 GB sample before we merge.", 1),
        ("Please review the auth module against the OWASP checklist before merged.", 1),
        ("Make the onboarding flow good before launch.", 1),
        ("Lead the RFC, ideally before planning.", 1),
        ("Get better at estimates by the next review cycle.", 1),
        ("Think about a healthier on-call over the next little while.", 1),
        ("Migrate the four services at the earliest.", 1),
        ("Write the draft. Sooner is better.", 1),
        # near-misses: a recurring day, a known occasion, a time left to how things go
        ("Make the smoke tests part of the pipeline. You can take Fridays for it.", 0),
        ("Could you take a first pass at the Q1 hiring rubric for backend?", 0),
        ("Fix the login before the launch.", 2),
        ("Could you improve test coverage a bit when things calm down?", 0),
    ],
)
def test_a_day_given_to_the_work_is_a_window_and_an_undated_step_is_vague(
    text: str, level: int
) -> None:
    assert score(text, "smartt").criterion("time_bound").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a cadence, a dated follow-up, a venue written to, a look back in a standing meeting ...
        ("Please update the incident channel on the hour.", 2),
        ("Own the schema migration tooling this quarter. Let's talk every week.", 2),
        (
            "Please send the SAML metadata by Wednesday. I'll follow up by phone Thursday morning.",
            2,
        ),
        (
            "Please send the forecast by Friday. I'll set up a 20-minute review with you on Monday.",
            2,
        ),
        ("Please run the checks and log results in the rev C test sheet.", 2),
        (
            "Move the jobs to Control-M and review the checklist together in our fortnightly 1:1s.",
            2,
        ),
        # ... where a rate, a talk with no cadence, or a follow-up with none, is not
        ("Please bill the client at the hourly rate.", 0),
        ("Own the schema migration tooling this quarter. Let's talk about it.", 1),
        (
            "Be more of a presence in incidents. We can chat about it in our 1:1s when it comes up.",
            0,
        ),
        ("Hey Ria, come back to me with some ideas and I'll follow up.", 1),
        # a report back with no venue or cadence is vague; a talk followed up is none
        ("cover the vendor call tmrw. send me notes after", 1),
        ("take the rate limiting and send me the load test report when you're done", 1),
        ("do what you can and let me know", 1),
        ("fix the board, anyway let's catch up at some point", 1),
        ("Hey Ria, I wanted to follow up on our talk. Come back to me with some ideas.", 0),
        ("let me know if you need anything", 0),
        # a named board, a dated chase by the speaker
        ("Draft by 12 Dec; we'll track it on the OKR board I update Mondays.", 2),
        ("Draft by 12 Dec; we'll discuss it at the board meeting.", 0),
        ("Please send it by 16 January; I'll confirm on receipt and chase on the 13th.", 2),
        ("Please email the vendor and chase on Friday.", 0),
    ],
)
def test_follow_ups_by_cadence_date_venue_or_vaguely(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("trackable").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # people, windows, access, a how-to or a session lent to the work ...
        ("Ship offline mode. You'll have Ola for the sync endpoint for two weeks.", 2),
        ("Confirm an owner by Dec 19. Happy to walk your team through the requirements.", 2),
        ("Lead the rollout. Biomed has lent us two techs, and the change window is approved.", 2),
        ("Alex: rotate the prod TLS certs before Dec 14. Runbook is in the wiki.", 2),
        (
            "u take the db failover test in staging, 9-11am window. raj is on standby for rollback.",
            2,
        ),
        ("kim pls own the upgrade. u have the 2 maint windows on 13th and 20th jan.", 2),
        ("Could your team make that change? Our nurse educator, Bridget, can test it with you.", 2),
        (
            "We need a fix by 5 December. Our PACS admin, Raj, can give your engineer remote access.",
            2,
        ),
        ("Could you review the summary? I'm free for a 15-minute call any morning this week.", 2),
        ("Hana, please get the batch under 3 hours; take Viktor for the indexing work.", 2),
        # ... not a format to fill, the task's own on-call, or a day taken
        ("Would you run the postmortem on Thursday? Template is in Confluence.", 0),
        ("Tom, you're on call for the payments team from Monday.", 0),
        ("Please take Friday for the write-up.", 0),
        # an offer that names no kind of help is vague, one that names it is not
        ("Be more reliable about sprint commitments. I'm happy to help however I can.", 1),
        ("Own the audit. I'll support you however you need.", 1),
        ("Own the schema tooling. You'll have my full support.", 1),
        ("Own the schema tooling. You'll have my time on Fridays.", 2),
        # "whenever suits" leaves it to the person's load; "no pressure on how", the method
        ("Could you share the refund data? Whenever suits.", 1),
        ("Could you take the frame-rate drops? No pressure on how, just keep me in the loop.", 0),
        # a way out if part can't be done is a check; "if you can" only touches feasibility
        (
            "Please return it by Friday. If you can't split prod/non-prod cleanly, tell me by "
            "Wednesday and we'll agree an approximation.",
            2,
        ),
        ("Please return it by Friday. If you can, tell me by Wednesday.", 1),
        # the load acknowledged, whatever can be done, blockers invited, help of no kind: vague
        ("You'll take the lead on the migration. I know you've got a lot on.", 1),
        ("I know everyone is stretched with the core upgrade. Someone take the scheduler.", 1),
        ("We'd love the page faster. Anything you can do would be amazing!", 1),
        ("dashboards need refresh by mon 9am pls. lmk if anything's blocked", 1),
        ("u own the android widget. im around if u need anything", 1),
        ("Can you take on reducing our log storage costs? Happy to support where I can.", 1),
        ("Can you take on reducing our log storage costs? Happy to support you with two days.", 2),
    ],
)
def test_help_lent_and_offers_that_name_none(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("achievable").score == level


def test_a_time_frame_waved_off_is_no_deadline() -> None:
    waved = "Can we get someone to own the Terraform state cleanup? Doesn't have to be this sprint."
    assert score(waved, "smartt").criterion("time_bound").score == 0
    kept = "Can you own the Terraform state cleanup? It has to be this sprint."
    assert score(kept, "smartt").criterion("time_bound").score == 2


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Ivan will own dependency upgrades going forward. Review in 3 months.", 2),
        (
            "Lead one incident as commander this quarter, shadowing me first. We'll debrief after each.",
            2,
        ),
        (
            "Keep the release notes in sync. We'll go through them together every release Tuesday.",
            2,
        ),
        ("Ella takes the next dbt ticket. Revisit in a month or so.", 1),
        ("Practice by demoing at sprint reviews. Check in on it now and then.", 1),
    ],
)
def test_reviews_dated_by_a_span_or_a_cadence_are_tracking(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("trackable").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Mind taking the Helix support rotation next week? Shouldn't be more than an hour a day.",
            2,
        ),
        ("Team, I'd like everyone to spend Friday afternoons on bugs until further notice.", 2),
        ("Get the CI pipeline under 12 minutes. Take what you need.", 2),
        ("Get the CI pipeline under 12 minutes; Farah has room after the 15th.", 2),
        (
            "Need p95 under 400 ms. Take Leo and Ana off roadmap work for this sprint if you need them.",
            2,
        ),
        ("Aisha writes the async standup proposal. She'll get an hour in the next retro.", 2),
        ("Lead one incident as commander. Shadow me on the next two before you take one.", 2),
        (
            "By Thursday, a one-page vendor summary please. Shouldn't take more than an afternoon.",
            1,
        ),
        # what is sent helps with the work, or only follows it up (noted at stop 19)
        ("Migrate billing to Postgres 16 by March 3. I'll send you the runbook Sam wrote.", 2),
        ("Migrate billing to Postgres 16 by March 3. I'll send you a status note every Friday.", 0),
        ("Migrate billing to Postgres 16 by March 3. I'll send you a weekly update.", 0),
    ],
)
def test_time_people_and_help_named_make_it_achievable(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("achievable").score == level


def test_a_key_result_and_a_plus_sign_set_targets() -> None:
    okr = "KR1 (Payments squad): p95 latency on POST /checkout below 250 ms, down from 410 ms."
    assert score(okr, "smartt").criterion("measurable").score == 2
    plus = "Fix the accessibility issues on the settings page, Lighthouse a11y is 71, aim for 95+."
    measurable = score(plus, "smartt").criterion("measurable")
    assert measurable.score == 2 and "aim for 95+" in [span.text for span in measurable.evidence]


def test_take_care_of_names_a_task_but_take_care_does_not() -> None:
    ask = "Can you take care of the stale feature branches? There are like 300 of them."
    specific = score(ask, "smartt").criterion("specific")
    assert specific.score == 1
    assert specific.evidence[0].text == "Can you take care of the stale feature branches"
    assert score("Thanks for today, please take care!", "smartt").criterion("specific").score == 0


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            "As discussed in retro - Aisha will write a one-page proposal for async standup.",
            "Aisha will write a one-page proposal for async standup",
        ),
        ("Handover: the Elasticsearch → OpenSearch migration is yours.", "migration is yours"),
        ("I'm handing the remaining polish to Zane.", "I'm handing the remaining polish to Zane"),
    ],
)
def test_handovers_and_commitments_after_a_dash_name_the_task(text: str, quoted: str) -> None:
    specific = score(text, "smartt").criterion("specific")
    assert specific.score >= 1
    assert any(quoted in span.text for span in specific.evidence)


@pytest.mark.parametrize(
    ("text", "criterion", "level"),
    [
        # near misses of this stop's phrases, found in review: each stays at its level
        ("FYI: the SOC2 folder must be complete by Friday, or we fail the audit.", "time_bound", 2),
        ("The standup is every Monday at 9am; please ship the importer soon.", "time_bound", 1),
        ("I'm giving my talk to the board on Friday.", "specific", 0),
        ("I am handing this laptop back to IT tomorrow.", "specific", 0),
        ("Farah has room for improvement on her estimates.", "achievable", 0),
        (
            "There are 50+ open bugs in the tracker, please look into them by Friday.",
            "measurable",
            0,
        ),
        ("Could you find two afternoons next week to pair with Sam?", "measurable", 0),
        ("It's a fine approach, but it will delay the launch.", "relevant", 0),
        ("The bill will keep growing, and we can't cap it at 5 dashboards.", "measurable", 0),
        ("Getting a code review in 2 weeks is too slow; please speed up reviews.", "trackable", 0),
        ("Please save some time at the end of the demo for questions.", "relevant", 0),
        ("Let's talk more about it on Friday.", "measurable", 0),
        ("Try today's build and get more sleep.", "measurable", 0),
        ("Reassess in a month or so.", "trackable", 1),
        ("They will get an afternoon for it.", "achievable", 2),
    ],
)
def test_near_misses_keep_their_level(text: str, criterion: str, level: int) -> None:
    assert score(text, "smartt").criterion(criterion).score == level


def test_number_one_written_with_a_hash_is_a_stake() -> None:
    # A "\b" before "#1" needs a word character before the "#": it never matched "the #1 complaint".
    text = "Please fix the search timeouts by Friday; it's the #1 complaint in the survey."
    assert "#1 complaint" in [
        span.text for span in score(text, "smartt").criterion("relevant").evidence
    ]


def test_advice_below_two_quotes_the_users_words() -> None:
    result = score("Lately you've been late to standup a lot.", "sbi")
    situation = result.criterion("situation")
    assert situation.score == 1 and situation.advice and "Lately" in situation.advice
    impact = result.criterion("impact")
    assert impact.score == 0 and impact.evidence == [] and impact.advice
    smartt = score("Can you reduce the bugs soon? Keep me posted.", "smartt")
    assert "soon" in (smartt.criterion("time_bound").advice or "")
    assert "Keep me posted" in (smartt.criterion("trackable").advice or "")
    for scored in (result, smartt):
        for criterion in scored.criteria:
            assert (criterion.advice is None) == (criterion.score == 2)


def test_flags_are_reported_with_their_words() -> None:
    text = (
        "I think maybe you always push without tests, you obviously don't care, and "
        "great job breaking prod again. Also unrelated, your expenses are late."
    )
    kinds = {flag.kind: flag.span.text for flag in score(text, "sbi").flags}
    assert kinds["hedging"] == "I think maybe"
    assert kinds["absolute"] == "always"
    assert kinds["assumed_intent"].startswith("you obviously don't care")
    assert kinds["sarcasm"].lower().startswith("great job breaking")
    assert "multiple_topics" in kinds
    assert "label" in {f.kind for f in score("You're careless.", "sbi").flags}


def test_score_all_shares_one_analysis() -> None:
    results = score_all(SBI_FULL, ["sbi", "smartt"])
    assert set(results) == {"sbi", "smartt"}
    assert results["sbi"] == score(SBI_FULL, "sbi")


def test_unknown_rubric_is_a_key_error() -> None:
    with pytest.raises(KeyError, match="unknown rubric"):
        score("text", "okr")


def test_scoring_is_pure() -> None:
    first = score(SMARTT_FULL, "smartt")
    score("Something else entirely.", "smartt")
    assert score(SMARTT_FULL, "smartt") == first


def test_not_english_earns_nothing_and_says_why() -> None:
    result = score(
        "Ayer en la reunión interrumpiste a Priya dos veces y ella no volvió a hablar.", "sbi"
    )
    assert result.total == 0
    assert all("--judge" in (c.advice or "") for c in result.criteria)


@pytest.mark.parametrize(
    ("text", "criterion", "level"),
    [
        # what to stop doing is a clear task: its outcome is the habit it ends (a rule, so it has
        # no done-state to measure)
        ("Please everyone stop merging on Fridays.", "specific", 2),
        ("Please stop pinging the SRE channel for access requests, use the form.", "specific", 2),
        ("Please stop pinging the SRE channel for access requests.", "measurable", 0),
        ("Can you stop being so negative in reviews?", "specific", 0),
        ("Could you stop worrying about the deadline?", "specific", 0),
        ("Can you stop getting defensive in code reviews?", "specific", 0),
        ("Could you stop by my desk later?", "specific", 0),
        # the ask names a team
        ("I'd like your team to migrate the billing jobs to the new queue.", "specific", 2),
        ("I'd like the mobile team to fix the crash on the login screen.", "specific", 2),
        # the envelope of a pasted message is not an ask to email someone
        ("Email to the team:\nSubject: Q4 priorities\nReliability matters most.", "specific", 0),
        ("Email subject: Handover of the vendor relationship", "measurable", 0),
        ("Email the vendor the signed contract by Friday.", "specific", 1),
        ("Email Sam and the vendor: ask for the invoice by Friday.", "specific", 2),
        # a question about what a product can do is not an ask
        ("Could Postgres handle the load from the billing jobs?", "specific", 0),
        ("Would Stripe handle the refunds automatically?", "specific", 0),
        # work that is now on you is handed over; the pressure is not work
        (
            "@Ola - the Stripe API version bump (2022-11-15 → 2024-06-20) is now on you.",
            "specific",
            1,
        ),
        ("The pressure is on you.", "specific", 0),
        ("The pressure is now on you.", "specific", 0),
        ("The floor is now yours.", "specific", 0),
        # a list of asks: each bullet or number starts an imperative
        (
            "Before Friday:\n- migrate the billing jobs to the new queue\n- delete the old crons",
            "specific",
            2,
        ),
        (
            "Action items:\n* Write the postmortem for INC-2211\n* Add an alert on queue depth",
            "specific",
            2,
        ),
        ("Growth goal:\n- Get comfortable presenting to non-engineers.", "specific", 1),
        ("Notes:\n- the billing jobs are slow\n- nobody owns the crons", "specific", 0),
        # an action item in meeting notes (a list item, or after a label) names who does what;
        # found in the TUI: a bulleted action item scored 0
        (
            "Action items:\n- Sam to migrate the billing jobs to the new queue by Friday.",
            "specific",
            2,
        ),
        ("Notes:\n- Sam to migrate the billing jobs to the new queue by Friday.", "specific", 2),
        ("Action: Priya to write the RFC for the events schema by Tuesday.", "specific", 2),
        ("- Tom to review the budget doc by Friday.", "specific", 1),
        ("- Ahmed to migrate the billing jobs to the new queue.", "specific", 2),
        # and nothing else that opens with a word and "to"
        ("- Happy to help with the migration.", "specific", 0),
        ("- Failed to migrate the billing jobs last night.", "specific", 0),
        ("Decided to migrate the billing jobs to the new queue.", "specific", 0),
        ("Excited to write the RFC with you.", "specific", 0),
        ("Welcome to the team.", "specific", 0),
        ("A to draft a channel.", "specific", 0),
        # an imperative that opens with "<verb> to" stays an imperative
        ("Migrate to the new queue by Friday.", "specific", 2),
        ("- Respond to the customer ticket by Friday.", "specific", 1),
        # a purpose with no goal named is a vague why
        ("Can you split the migration into its own PR so we can run it separately?", "relevant", 1),
        (
            "I'll take your on-call shifts for the rest of March so you can focus on this.",
            "relevant",
            0,
        ),
        # found in tmux: a delegation's why, freeing the lead for a named launch
        (
            "Could you take over the standup? It frees me for the search migration, which ships in March.",
            "relevant",
            2,
        ),
        (
            "Could you take over the standup so I can focus on the search migration, which ships in March.",
            "relevant",
            2,
        ),
        ("Could you take over the standup? It frees me up.", "relevant", 1),
        ("Could you take over the standup? It frees me for other things.", "relevant", 1),
        # a second task after a request whose first verb named nothing
        ("Please read it and triage the findings into ADA tickets.", "specific", 1),
        # work handed over with the "I'm" left out; a ball is not work
        ("@Ruth \u2014 handing the Postgres connection pooling work to you.", "specific", 1),
        ("Passing the ball to you now.", "specific", 0),
        # interest asked for in passing, then a role: no done-state
        (
            "Wondering if you'd be interested in leading the frontend guild next year?",
            "specific",
            1,
        ),
        (
            "Wondering if you'd be interested in leading the frontend guild next year?",
            "measurable",
            0,
        ),
        # an order after a rule's start, after a long dash, and a verb of doing again
        ("Team: from now on, keep the runbooks up to date.", "specific", 1),
        ("The reindex job is stuck at 62% \u2014 restart it from checkpoint.", "specific", 2),
        ("The reindex job is stuck at 62% - it happens.", "specific", 0),
        ("@Lin please retest on staging once the fix is deployed.", "specific", 1),
        (
            "I'd like everyone to spend Friday afternoons on bugs until further notice.",
            "specific",
            1,
        ),
        ("Please spend time with your family this weekend.", "specific", 0),
        # musing about what or how is no task; about whether to keep a named thing, it is
        ("We should probably think about what happens when Anne leaves.", "specific", 0),
        ("At some point we should revisit how we do code ownership.", "specific", 0),
        ("Could you think about whether we still need the staging-eu cluster?", "specific", 1),
        # a wish for a feeling or a quality has nothing to point at; a named experience does
        ("KR4: Increase engineering happiness.", "specific", 0),
        ("Growth goal: grow as an engineer.", "specific", 0),
        ("Please improve the onboarding experience for new hires.", "specific", 1),
        # a target that is only a time frame is no goal
        ("Owner: Chloe. Target: sometime next quarter.", "specific", 0),
        ("Target: p95 under 300 ms by June.", "specific", 2),
        # asks of a side or a team by its name, an open call, a change asked for before approval
        (
            "Could someone on the QA side write up how regression testing works today?",
            "specific",
            1,
        ),
        (
            "Could mobile add a resend-code button to the OTP screen on iOS and Android?",
            "specific",
            2,
        ),
        ("Who's up for owning the Postgres upgrade?", "specific", 1),
        ("Maybe have a look at the flaky login test?", "specific", 1),
        ("Maybe you can take the ownership of the flaky tests topic.", "specific", 1),
        (
            "LGTM once you add a migration for the new column and a test for null handling.",
            "specific",
            2,
        ),
        # work begun with no end named stays a 1, whatever its scope
        (
            "Marta, could you start to reduce the number of P1 bugs in the mobile backlog?",
            "specific",
            1,
        ),
        ("Start migrating the training jobs to the new GPU pool.", "specific", 1),
        # the outcome stated bare: success, a key result with a number, a team rule with its bound
        (
            "Success looks like: she leads the design review for at least two schema changes.",
            "specific",
            2,
        ),
        ("KR: 90% of PRs reviewed within one business day.", "specific", 2),
        ("team rule from now on: anything touching auth needs two approvals.", "specific", 2),
        ("Moving forward, no Friday deploys to prod after 14:00 UTC.", "specific", 2),
        ("From now on, I'll review every PR myself.", "specific", 0),
        ("Starting Monday, I'm out for two weeks.", "specific", 0),
        # a change asked for by what the thing lacks; a person or a rest is not a change
        ("This retry loop needs a cap.", "specific", 1),
        ("The migration needs an owner.", "specific", 0),
        ("The team needs a break.", "specific", 0),
        ("Ask Kai if you need an editor.", "specific", 0),
        # a header and a follow-up are not work
        ("Update from leadership offsite: our north star is retention above 115%.", "specific", 0),
        ("Can someone from QA own the release checklist? Update me as you go.", "specific", 1),
        # an outcome stated of the system, with its number: a goal; a guess or a feeling is not
        (
            "By end of sprint 48 the iOS app should crash on fewer than 0.3% of sessions.",
            "specific",
            2,
        ),
        ("The checkout page should load in under 2 seconds by March.", "specific", 2),
        ("The deploy must have failed at 3 pm on Friday.", "specific", 0),
        ("The build should be fine by Friday.", "specific", 0),
        ("The team should be proud of the 40% drop.", "specific", 0),
        # found in tmux, a team rule: its count is a threshold, the incidents it would have caught
        # are its why, and reviewing the merge log follows progress rather than helping
        ("Anything touching auth needs two approvals from now on.", "measurable", 2),
        ("Please timebox the standup: max 15 minutes.", "measurable", 2),
        (
            "Please add a second reviewer to auth PRs. We had two incidents in October that a "
            "second reviewer would have caught.",
            "relevant",
            2,
        ),
        (
            "Please add a second reviewer to auth PRs. I will review the merge log in our Monday sync.",
            "achievable",
            0,
        ),
        (
            "Please add a second reviewer to auth PRs. I will review your first two.",
            "achievable",
            2,
        ),
        # found in tmux: a volume the work must reach is its target, not its why
        (
            "Please load test the PgBouncer config: it should hold 2,000 connections with p99 under 50 ms.",
            "relevant",
            0,
        ),
        ("Please fix the checkout retry bug. It failed 3,000 payments last night.", "relevant", 2),
        # where something came from is no time frame; a start or a deadline still is
        (
            "Action items from Tue arch sync:\n- Dmitri: follow up with legal on retention",
            "time_bound",
            0,
        ),
        ("Hey, can you look into it? The thing from this morning.", "time_bound", 0),
        ("Please take over the billing alerts from next Monday.", "time_bound", 2),
        ("Please write up the notes from Tuesday by Friday.", "time_bound", 2),
        # a day named bare at the end of an instruction, or as the latest it may sit
        ("Please cut the release branch Thursday.", "time_bound", 2),
        ("Please don't let it sit past Friday.", "time_bound", 2),
        ("We shipped it Thursday.", "time_bound", 0),
        ("Let's meet every Thursday.", "time_bound", 0),
        # one lead, even when its words also make a shorter lead
        ("Let's get you to own the deprecation of the v1 API.", "specific", 1),
        # a pronoun that points back at something named before the ask names it; alone it does not
        ("The runbook for the failover is out of date. Someone should fix that.", "specific", 1),
        ("Carla, the Android cold start is bad. Please make it faster.", "specific", 1),
        ("We need better test coverage on the mobile app, can you help with that?", "specific", 1),
        ("Can you look into it?", "specific", 0),
        (
            "Hey team, the conference budget resets in January. Have a think about it.",
            "specific",
            0,
        ),
        # imperatives beyond the usual verbs; a report of the findings is not the work
        ("Reply on the Acme escalation thread today with a date for the fix.", "specific", 2),
        ("Please hold off on the logging cleanup, there's no deadline on it.", "specific", 1),
        ("Your last PR broke the build. Just get it done.", "specific", 0),
        # being there, a role by what it does, an order to nobody in particular
        ("Can you be around Saturday in case the migration goes sideways?", "specific", 1),
        ("I'd like you to be the one keeping the release notes in sync.", "specific", 1),
        ("Honestly the on-call docs are a mess. Someone fix them?", "specific", 1),
        ("Someone broke the build again.", "specific", 0),
        # a definition of done by its header; the parts of a reply listed one by one
        (
            "Can you take FRONT-2291? Done = the picker works in Safari 17 and its test passes in CI.",
            "measurable",
            2,
        ),
        (
            "Own the module refactor. Acceptance: terraform plan shows no changes on prod.",
            "measurable",
            2,
        ),
        (
            "Reply to Acme today with the root cause, the date the fix ships, and a named contact.",
            "measurable",
            2,
        ),
        (
            "Reply to Acme today with (1) the root cause (2) the fix date (3) a contact.",
            "measurable",
            2,
        ),
        ("Pair with Sam, Priya, and Lee on the refactor.", "measurable", 1),
        # a why by its label, and work that blocks others
        (
            "Join the IC rotation. Reason: two of our four ICs go on leave in January.",
            "relevant",
            2,
        ),
        ("Please fix the flaky Detox tests. They're blocking merges for everyone.", "relevant", 2),
        ("Join the IC rotation. Context: I talked to Sam about it.", "relevant", 0),
        # a target set after the ask makes it specific; a count of where things stand does not
        (
            "Please shrink the api-gateway image. It's 2.1 GB now, target is under 500 MB.",
            "specific",
            2,
        ),
        ("nit: this retry loop needs a cap. max 3 attempts w/ jitter.", "specific", 2),
        ("We have 41 open P2 bugs. Can you lead the bug triage?", "specific", 1),
        ("Can you lead the triage? You gave your update in under a minute.", "specific", 1),
        # roles by their name; a thing named with "a" just before the ask
        (
            "Starting Monday, you're the escalation point for the data platform alerts.",
            "specific",
            1,
        ),
        ("Kenji, you're going to be our go-to person for the React Native upgrade.", "specific", 1),
        (
            "Kenji, you're going to be our go-to person for the React Native upgrade.",
            "measurable",
            0,
        ),
        ("I think we need a circuit breaker there. Can you build it?", "specific", 1),
        (
            "Please automate the top 30 flows. The manual regression blocks the release train.",
            "relevant",
            2,
        ),
        # how many to make or get is done; how long is not
        ("Lucia, can you hire two backend engineers for the Payments squad?", "measurable", 2),
        ("Could you spend two days on the Payments cleanup?", "measurable", 1),
        ("can u reply to their CTO today w a fix date + a named contact", "measurable", 2),
        # a review's probes: narration, forecasts, progress reports, company, outages
        ("Someone cut the release early on Friday, so QA never saw it.", "specific", 0),
        ("Somebody please update the runbook for the failover.", "specific", 2),
        (
            "At this rate we'll be over 90% disk by next week. Can you fix the cleanup job?",
            "specific",
            1,
        ),
        ("Status: done = 9 of 14 services migrated, rest next sprint.", "measurable", 0),
        ("Acceptance: the page loads in under 2 seconds.", "measurable", 0),
        ("Can you answer the questions with the team and the PM?", "measurable", 1),
        ("Can you take two weekends of on-call next month?", "measurable", 0),
        ("Thanks for the heads-up. Can you handle it?", "specific", 0),
        ("Good catch on the config. Can you make it work?", "specific", 0),
        ("You're the point of contact for the vendor.", "specific", 1),
        ("Let's put these blocks on the calendar for the offsite.", "relevant", 0),
        ("Can you fix the login bug since Sam's out and customers are stuck?", "relevant", 2),
        (
            "Please roll back the deploy because search is out and customers can't find orders.",
            "relevant",
            2,
        ),
        ("Context: Ruby is out next week. Can you run the release on Thursday?", "relevant", 0),
        # why the work changes hands is not why it matters
        ("Handing the pooling work to you since I'm moving to on-call prep.", "relevant", 0),
        ("Please take the polish since Ruby is out this week.", "relevant", 0),
        ("Please fix the cert script since the outage cost us $40k last month.", "relevant", 2),
        ("Look into it by Friday. Share what you find in #release.", "specific", 0),
        ("The build is red again. Can you look into it?", "specific", 0),
    ],
)
def test_forms_of_asks_and_whys_keep_their_level(text: str, criterion: str, level: int) -> None:
    assert score(text, "smartt").criterion(criterion).score == level


_TAKE_IT = "Can you take the Kafka upgrade?"
_MIGRATE = "Can you migrate the billing jobs to Airflow?"


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        # the deadline or a condition first, then the order
        (
            "By Friday, send the vendor a reply with a date for the fix.",
            "Can you send the vendor a reply with a date for the fix?",
        ),
        ("By tomorrow 12:00, send them a written reply.", "Can you send them a written reply?"),
        (
            "This week, pair with Ana on the flaky checkout tests.",
            "Can you pair with Ana on the flaky checkout tests?",
        ),
        ("Either get PR #4407 merged or close it.", "Can you get PR #4407 merged or close it?"),
        # an ask put as a proposal, the way it is said in a one-on-one
        ("Why don't you take the Kafka upgrade?", _TAKE_IT),
        (
            "What if you took the lead on the Kafka upgrade?",
            "Can you take the lead on the Kafka upgrade?",
        ),
        ("I'm thinking you lead the Kafka upgrade.", _TAKE_IT),
        ("My suggestion: you take the Kafka upgrade.", _TAKE_IT),
        ("Would it work if you took the Kafka upgrade?", _TAKE_IT),
        ("It would help a lot if you took the Kafka upgrade.", _TAKE_IT),
        ("I'd love it if you took the Kafka upgrade.", _TAKE_IT),
        ("I'd like to hand you the Kafka upgrade.", _TAKE_IT),
        (
            "Teams on the old endpoint are responsible for their own migration.",
            "Can you own your migration?",
        ),
        ("Need you on the Kafka upgrade.", _TAKE_IT),
        ("Interested in leading the Kafka upgrade?", _TAKE_IT),
        # more of the ways an ask is put
        ("Is it possible for you to migrate the billing jobs to Airflow?", _MIGRATE),
        ("Are you OK to migrate the billing jobs to Airflow?", _MIGRATE),
        ("I'm hoping you can migrate the billing jobs to Airflow.", _MIGRATE),
        ("I'm counting on you to migrate the billing jobs to Airflow.", _MIGRATE),
        ("I'll need you to migrate the billing jobs to Airflow.", _MIGRATE),
        ("You're expected to migrate the billing jobs to Airflow.", _MIGRATE),
        ("It's on you to migrate the billing jobs to Airflow.", _MIGRATE),
        ("We're asking you to migrate the billing jobs to Airflow.", _MIGRATE),
        ("Everyone should migrate the billing jobs to Airflow.", _MIGRATE),
        ("Would you be ok taking the Kafka upgrade?", _TAKE_IT),
        ("Why not take the Kafka upgrade?", _TAKE_IT),
        ("How about taking over the Kafka upgrade?", "Can you take over the Kafka upgrade?"),
        ("Would you consider taking the Kafka upgrade?", _TAKE_IT),
        ("Can you look after the Kafka upgrade?", _TAKE_IT),
        ("What if, when things calm down, you took the Kafka upgrade?", _TAKE_IT),
        ("Proposal: you take the Kafka upgrade.", _TAKE_IT),
        ("I'd want to see you take the Kafka upgrade.", _TAKE_IT),
        ("Whoever is on call should migrate the billing jobs to Airflow.", _MIGRATE),
        ("Each squad lead is requested to migrate the billing jobs to Airflow.", _MIGRATE),
        ("Could the two of you migrate the billing jobs to Airflow?", _MIGRATE),
        ("Would be great if we could migrate the billing jobs to Airflow.", _MIGRATE),
        ("Request you to migrate the billing jobs to Airflow.", _MIGRATE),
        (
            "Team, let's all try to migrate the billing jobs to Airflow.",
            "Let's migrate the billing jobs to Airflow.",
        ),
        (
            "The Kafka upgrade RFC could be yours: you'd drive it to a decision.",
            "The Kafka upgrade RFC is yours to drive.",
        ),
        ("@ben this one's yours now.", "@ben this ticket is yours."),
        ("- Ravi to revamp the take-home exercise.", "Can you revamp the take-home exercise?"),
        ("Please fork payments-sdk at 4.2.1.", "Please fork the payments SDK at 4.2.1."),
        ("Please freeze deploys until Monday.", "Please freeze the deploys until Monday."),
        (
            "Does May feel realistic for moving both apps onto the new auth SDK?",
            "Can you move both apps onto the new auth SDK?",
        ),
        (
            "I need one written proposal for release sign-off.",
            "I need a written proposal for release sign-off.",
        ),
        ("The release notes would be nice to have.", "Can you write the release notes?"),
        ("Starting Monday, I'd like you to be the first responder.", "You're the first responder."),
        (
            "[PLAT-2291] Migrate cron jobs off the legacy scheduler",
            "Can you migrate cron jobs off the legacy scheduler?",
        ),
        ("Let's all try to write better PR descriptions.", "Let's write the PR descriptions."),
        # an assignment told, a wish to see, a role given, the polite "if you could ..., that would be"
        (
            "Sven, you own the Kafka migration going forward.",
            "Can you own the Kafka migration going forward?",
        ),
        (
            "Would love to see you run the incident reviews this half.",
            "Can you run the incident reviews this half?",
        ),
        (
            "I will give you the lead on the payments design choices.",
            "Can you take the lead on the payments design choices?",
        ),
        (
            "If you could send me the deck for the QBR, that would be great.",
            "Can you send me the deck for the QBR?",
        ),
        # ... with its comma left out, and the formal wish, to a team too
        (
            "If you could find some time to improve the checkout page there that would be amazing.",
            "Can you improve the checkout page?",
        ),
        (
            "We would appreciate it if your team could test the new API version in your sandbox.",
            "Can your team test the new API version in your sandbox?",
        ),
        # work handed to a team, a person put on it, a ticket assigned, an ask already agreed
        (
            "Your team picks up the notifications service from Q2.",
            "Can your team pick up the notifications service?",
        ),
        ("You're on the notifications service from Q2.", "Can you take the notifications service?"),
        (
            "Assigning PAY-2291 to you: the refund double-charge on iOS.",
            "Can you take PAY-2291: the refund double-charge on iOS?",
        ),
        (
            "Thanks for agreeing to cover the onboarding calls while Jo is out.",
            "Can you cover the onboarding calls while Jo is out?",
        ),
        # hoped for, asked of whoever can, checked for feasibility, a time before the verb
        (
            "I hope you can finish the data pipeline backfill for the 2023 events.",
            "Can you finish the data pipeline backfill for the 2023 events?",
        ),
        (
            "Who can pair with Nadia tomorrow on the flaky Cypress spec in checkout?",
            "Can you pair with Nadia tomorrow on the flaky Cypress spec in checkout?",
        ),
        (
            "Would it be possible for QA to add regression tests for the checkout flow?",
            "Can QA add regression tests for the checkout flow?",
        ),
        (
            "Would it be feasible to ship dark mode for the Android app?",
            "Can you ship dark mode for the Android app?",
        ),
        (
            "Is realistic for you to finish the SAML integration for Banco Sur?",
            "Can you finish the SAML integration for Banco Sur?",
        ),
        (
            "Please until Monday prepare the list of all services still on Java 8.",
            "Please prepare the list of all services still on Java 8.",
        ),
        (
            "Until end of Q1 you lead two design reviews alone.",
            "Can you lead two design reviews alone?",
        ),
        (
            "Please do the testing of the new onboarding flow.",
            "Please test the new onboarding flow.",
        ),
        # a gerund or a past form is read as its verb: a role stays a role
        (
            "Would you mind helping Sam with the checkout tests?",
            "Can you help Sam with the checkout tests?",
        ),
        (
            "Would you be up for leading the accessibility effort on checkout?",
            "Can you lead the accessibility effort on checkout?",
        ),
    ],
)
def test_the_ways_an_ask_is_put_name_the_task(text: str, plain: str) -> None:
    level = score(plain, "smartt").criterion("specific").score
    assert level > 0
    found = score(text, "smartt").criterion("specific")
    assert found.score == level
    # the task found is the one asked for, not any words after the lead
    head = plain.rstrip("?.").split()[-1]
    assert any(head in quote.text for quote in found.evidence), (head, found.evidence)


@pytest.mark.parametrize(
    "text",
    [
        # a wish in the past reproaches; it names no task for anyone
        "It would be nice if someone took the on-call handbook seriously.",
        "Would be great if someone did something.",
        # a topic with more words after it is still a topic
        "I'd appreciate it if your team could take a look at the reliability situation and come "
        "up with something.",
        # a thanks in the conditional asks nothing
        "We would appreciate it if you kept us posted.",
        "If you could see your way to it, that's your call.",
    ],
)
def test_a_reproach_or_a_topic_put_politely_is_no_task(text: str) -> None:
    assert score(text, "smartt").criterion("specific").score == 0


@pytest.mark.parametrize(
    "text",
    [
        "What if you're wrong about this?",
        "What if you had more time?",
        "Why don't you tell me more about it?",
        "Today, I noticed the build was red.",
        "On Friday, we shipped the release.",
        "Up for it?",
        "Everyone should feel safe to speak up.",
        "So what do you think we should do about the on-call stuff?",
        "We must do something with it. What is your opinion?",
        "Re what we discussed earlier, can you get it over the line before Tuesday?",
        "Can you take a look and tell me what you think?",
        "Could you speed things up a bit?",
        "Can you do it better?",
        "We need to figure out something better here.",
        "Can you recall details from the incident?",
        "Please enjoy the long weekend.",
        "Please note the changes.",
        "Who is responsible for the outage?",
        # after a proposal or a wish only work is a task, and the past only as a hypothetical
        "I'm thinking you deserve a raise.",
        "I'm thinking you handled the outage really well.",
        "I'd like to see you at the offsite.",
        "What if you took the wrong branch?",
        "What if you took a break this week?",
        "I'd rather you kept this between us.",
        "It'd be nice if we could all just get along.",
        "Whoever is on call should probably get some sleep.",
        "Everyone should take a breather after this week.",
        "I'm hoping you can join the party on Friday.",
        "Why don't you take a few days off?",
        "Why don't you answer my question?",
        # invitations and small talk put as gerunds
        "Interested in hearing more?",
        "Up for grabbing a coffee later?",
        "Are you fine with working from home on Fridays?",
        "Does that sound reasonable for getting started?",
        # company and occasions
        "I hope you can make it to the party on Friday.",
        "I hope you can join us for lunch.",
        "Who can say?",
        # what a team has, where someone stands
        "Your team owns the best on-call record in the company.",
        "You're on the right track with the notifications service.",
        # praise of what someone does, and a hypothetical question
        "You run the standup really well.",
        "If you could change one thing about the team, what would it be?",
        # who is responsible for what, as a fact
        "Sam is responsible for the billing service.",
        "The retry logic is responsible for most of the latency.",
        "You are responsible for your own happiness.",
    ],
)
def test_the_same_words_asking_nothing_name_no_task(text: str) -> None:
    assert score(text, "smartt").criterion("specific").score == 0


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a thing nobody has spelled out, a kind of work, a direction: named, but not scoped
        ("Can you help Sam with the Redis thing?", 1),
        ("I want to see you drive one cross-team project end to end.", 1),
        ("Okay, fair. Just make it usable for the support team.", 1),
        # a target after a version is a target, not keyword stuffing
        ("Crash-free sessions dropped after 8.3.0. Goal for 8.3.1: back above 99.5%.", 2),
    ],
)
def test_named_but_open_or_set_by_a_target(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


@pytest.mark.parametrize(
    "text",
    [
        "Let's try this: at next Tuesday's planning you run a five-minute timebox for each proposal.",
        "Starting next Monday, the release train is yours: you run the Tuesday cut.",
        "From now on you lead the standup on Mondays.",
    ],
)
def test_a_plan_for_the_person_is_no_behaviour_seen(text: str) -> None:
    assert score(text, "sbi").criterion("behavior").score == 0


def test_a_habit_said_outright_is_still_a_behaviour() -> None:
    assert score("In meetings you talk over people.", "sbi").criterion("behavior").score == 1


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # away from the ask, a bare amount is where things stand ...
        (
            "Hi Sofia, the EMEA segment is 38% of our ARR. I'd like your team to own the response.",
            0,
        ),
        ("The last campaign page bounced 60% of visitors. Can you look at the pricing page?", 0),
        ("PR #881 review: can you take the follow-up?", 0),
        # ... but a change, a bound or a plan told in the present sets a target
        ("Please fix the flaky login test. Finance wants the CI bill cut by 25%.", 2),
        (
            "This quarter he does 6 backend interviews as second interviewer. Can you pair with him?",
            2,
        ),
        # the end state of an ask, in words, is a qualitative done-criterion
        ("Sort out the retry behaviour so one slow endpoint can't stall delivery.", 1),
    ],
)
def test_numbers_measure_only_what_is_asked_or_set(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("measurable").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # amounts in other currencies and units, and a bound a few words after its number ...
        ("Request you to bring it below Rs 30 lakh by end of Q3.", 2),
        ("Please keep the vendor spend under EUR 2,400 this quarter.", 2),
        ("Target is 12 lakh per month or less by 30 June.", 2),
        # ... a count of cases, strings or columns, and a bound set off by commas ...
        (
            "Run the full regression suite (412 cases) on staging; log each failure as a sub-task.",
            2,
        ),
        (
            "Cut the list down to the alerts that should wake a human, under 15, from the 42 today.",
            2,
        ),
        # ... but not what happened, where things stand, a year or a list of numbers
        ("The bill went from Rs 9 lakh to Rs 21 lakh per month. Can you look at it?", 0),
        ("It cost us EUR 2,400 last month. Can you check the invoices?", 1),
        ("The suite has 412 cases and it is slow. Can you look at it?", 0),
        ("It might take two of them or more. Can you look at it?", 0),
        ("Over 2024, we grew a lot. Can you look at it?", 0),
        ("Can you go over 3, 4 and 5 in the doc?", 0),
    ],
)
def test_amounts_counts_and_bounds_in_the_ask_are_targets(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("measurable").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a condition every item must meet is checkable ...
        (
            "Can you own the handbook rewrite? Goal is every alert in PagerDuty links to a runbook.",
            2,
        ),
        ("Please make sure every release has checklist signed by QA and PM before submit.", 2),
        ("Farah: every public endpoint in the v3 API (there are 64) needs a request example.", 2),
        # ... a complaint about every one of them, or a saying, is not
        ("Can you look at why every release has problems?", 0),
        ("Every team needs a break sometimes. Can you look at the rota?", 0),
        ("Every time it has failed, we lost a day. Can you look at it?", 0),
        # a state each item must be in is checkable; a time something happens is not
        ("Tom, please make sure every slot for December is filled by end of this week.", 2),
        ("Tom, please check the tool every day that is covered by the rota.", 1),
    ],
)
def test_a_condition_on_every_item_is_a_target(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("measurable").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a rule set from a point on sets its target without asking anyone ...
        ("Team, from next Monday PR reviews must be done within 1 working day.", 2),
        (
            "From next Monday, every PR in the web repo gets a first review within one working day.",
            2,
        ),
        # ... and a time every occurrence must meet is a threshold
        ("Please submit your scorecards in Greenhouse within 24 hours of each interview.", 2),
        ("We need deletion requests to be completed within 30 days of receipt.", 2),
        ("Ship offline mode so checklists sync within 5 minutes of reconnecting.", 2),
        # (a time after one event is a deadline, not a threshold)
        ("Can you ship it within two days of the launch?", 1),
        # but not a plan for oneself, a report, or a time something once took
        ("From next Monday, I'm on leave for 2 weeks.", 0),
        ("We ran 3 retros last month; from Monday it was 2 a week.", 0),
        ("I was in the office within 2 hours of the outage.", 0),
    ],
)
def test_a_rule_from_a_point_on_sets_a_target(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("measurable").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a count or a bound away from the ask is a target where a sentence sets one: a state
        # wished for the work, or a definition of done ...
        (
            "Ahmed, can you lead the fix on the USB-C boss cracking? I'd like the next round of "
            "drops on revised parts to have zero cracks.",
            2,
        ),
        (
            "Kwame, please lead the rollout to the PCs on Wards 3-7. Done = all 42 stations print "
            "a test wristband that scans correctly.",
            2,
        ),
        # ... not a thanks, or a status line that reports what is done
        ("Fei, can you lead the boss balancing? I'd like to thank all 38 players, too.", 0),
        ("Kwame, please lead the rollout. Status: done = 9 of 14 services migrated.", 0),
        # keeping an eye on something delivers nothing
        ("can u keep an eye on the alerts this wkend", 0),
    ],
)
def test_a_target_set_away_from_the_ask(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("measurable").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a wish for a state by degree is a direction, after an emoji too ...
        (
            "Hi team! Marketing here 👋 We'd love for the pricing page to feel a bit snappier "
            "before the holiday campaign. Anything you can do would be amazing!",
            1,
        ),
        # ... a wish for a thing is none
        ("We'd love for you to join the offsite.", 0),
        ("Fei, could you take a pass at the boss balancing? Would love to see it feel fairer.", 1),
        ("Would love to see you at the offsite.", 0),
        # a list of news after "notes:" lists no parts of the work
        (
            "Fei, could you take a pass at the boss balancing? Other notes: the audio bugs are "
            "tracked under AUD-, the build server is down Saturday, and please fill in the sheet.",
            0,
        ),
        ("Please design the loop: the exercise, the rubric, and who sits on which panel.", 2),
        # a count in a problem told since a date is where things stand, not a target; a bound
        # after a "since" that gives a reason still is one
        (
            "Since your update on the 2nd, exports over 10,000 rows time out. Can you get a fix "
            "to us before the 30th?",
            1,
        ),
        ("Since we demo it to the board, can you get the page under 2 seconds?", 2),
        # a decision to reply with is a deliverable; thoughts are not
        ("Could you review the summary and reply with approval or changes by 12 December?", 2),
        ("Could you review the summary and reply with your thoughts?", 1),
        # a deliverable asked for by its kind has a qualitative done-state; a coffee has none
        ("Hi data team, can we get a dashboard that shows which campaigns are working?", 1),
        ("Can we get a coffee after standup?", 0),
    ],
)
def test_wishes_by_degree_and_problems_told_since_a_date(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("measurable").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # the reason, by its name, with a goal behind it
        (
            "The reason I keep bringing up the audit log is that Contoso will block the renewal without it.",
            2,
        ),
        ("The reason we need the export is that two accounts won't renew in June without it.", 2),
        (
            "Can you migrate the billing jobs to Airflow? The reason we need it is that the old "
            "scheduler is turned off in June.",
            2,
        ),
        # a growth goal the person named
        (
            "You said you want to build leadership skills. Can you run the Monday standup from next week?",
            2,
        ),
        # an audit the system fails
        (
            "The rush is the CentOS 7 host: it fails the Q2 audit. Can you move the jobs off it by March 31?",
            2,
        ),
        # a business process that runs on the work
        (
            "Can you ship the invoice export to the beta customers? Their finance teams run payroll on it.",
            2,
        ),
        # a why with no goal named
        ("I know code reviews aren't fun. But they matter. Could you review faster?", 1),
        ("Can someone have a look at the S3 bill? It's getting silly.", 1),
        ("Could someone update React Native in the driver app? We're a few versions behind.", 1),
        ("Can you fix the e2e suite? People have stopped trusting it.", 1),
    ],
)
def test_a_reason_by_its_name_or_a_vague_why(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("relevant").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a need stated to nobody in particular leaves who does it open ...
        ("Somebody needs to bring the Sentry issue count under 200 before the audit.", 1),
        ("Need someone to get our SOC 2 evidence collection from 61% to 100%.", 1),
        ("Who's up for owning the Postgres 16 upgrade? We must be off 12 by February.", 1),
        # ... a request made of someone, or of a team, does not
        ("Can someone post the rollback steps for the indexer deploy in #oncall? Numbered.", 2),
        ("Could someone on platform run a load test on the signup path at 3x peak?", 2),
        # a target for a metric of nothing named: which service?
        ("Can you get p95 under 300 ms? Customers keep complaining.", 1),
        ("Get the error rate under 1% please.", 1),
        ("Can you get p95 on the checkout API under 300 ms?", 2),
        ("Can you cut the build time from 18 minutes to under 8?", 2),
        # which of a set of problems, and how many, is open
        ("Please fix the accessibility issues on the settings page before the audit.", 1),
        ("Please fix the three axe violations on the settings page.", 2),
    ],
)
def test_who_and_what_a_target_is_for(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


@pytest.mark.parametrize(
    ("text", "specific", "measurable"),
    [
        # asking for someone to be found is a need stated to nobody, unless you are to find them
        ("Let's get someone to own the customer side of the Acme escalation.", 1, 0),
        (
            "Can you get someone from your team to fix the flaky login test on the web app by Friday?",
            2,
            1,
        ),
        # reading one document ends when it is read; reviewing a process has no end state
        ("Could you review Priya's design doc for the search migration by Thursday?", 2, 1),
        ("Could you review our incident process?", 1, 1),
        # a duty that recurs is done each time it comes round; a role is open
        ("From next week, can you take over the weekly release-notes rota?", 2, 0),
        ("Can you take over release management?", 1, 0),
        # "some love" is care of no particular kind
        ("The status page looks dated. Could you give it some love this week?", 1, 1),
        # a change someone wants is a target; one already made is history
        (
            "Please take over our cloud vendor contracts from April. Finance wants spend cut by 20%.",
            2,
            2,
        ),
        (
            "Please take over our cloud vendor contracts from April. We cut spend by 20% last year.",
            1,
            0,
        ),
    ],
)
def test_whose_ask_and_when_the_work_ends(text: str, specific: int, measurable: int) -> None:
    result = score(text, "smartt")
    assert (result.criterion("specific").score, result.criterion("measurable").score) == (
        specific,
        measurable,
    )


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # "let's" is all of us, so no one in particular, until the message turns to a "you"
        ("Let's set up a status page for the cutover and update it every Friday.", 1),
        ("Let's set up a status page for the cutover, and you update it every Friday.", 2),
        # a meeting is both of us
        ("Let's do a 15-minute check-in every Tuesday and Thursday.", 2),
        # starting to think is a musing: about a thing named, it names the task ...
        ("Maybe you could sort of start thinking about the runbook for the failover, whenever?", 1),
        # ... about what or how, it names nothing
        ("Start thinking about what you want from your next role.", 0),
        # ... nor about a topic ("stuff", "thing", "situation"), whenever it is due
        ("Think about the on-call stuff before Friday's 1:1.", 0),
        ("think about the on-call stuff when u get a sec", 0),
        ("Please revisit the Kafka situation next sprint.", 0),
        # a thing someone helps with or sorts out, and a musing on a named thing, name a task
        ("Could you think about the retry logic in the webhook dispatcher before Friday?", 1),
        ("Can you help Sam with the Redis thing this week?", 1),
        ("Sort out the Kafka thing by Friday.", 1),
        # a feeling after "so" says why, not when the work is done
        ("Please own the dependency cleanup so the team trusts the build again.", 1),
        ("Please own the dependency cleanup so the nightly build stops failing.", 2),
    ],
)
def test_who_does_it_and_when_it_is_done(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


def test_more_with_no_amount_leaves_the_scope_open() -> None:
    assert (
        score("Please interview more candidates for the backend role.", "smartt")
        .criterion("specific")
        .score
        == 1
    )


def test_who_wrote_a_ticket_is_no_list_of_its_parts() -> None:
    text = "HR-14 (from the hiring manager, non-technical): Please interview candidates for the backend role."
    assert score(text, "smartt").criterion("measurable").score == 1


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # a decimal point does not end the outcome, nor a comma inside brackets the task
        (
            "Error rate on the upload service should be under 0.5% before we turn on the new region.",
            "the upload service should be under 0.5%",
        ),
        (
            "Please split the three lambdas (email, sms, webhook) into their own repos.",
            "Please split the three lambdas (email, sms, webhook) into their own repos",
        ),
    ],
)
def test_the_task_is_quoted_whole(text: str, quoted: str) -> None:
    assert quoted in [span.text for span in score(text, "smartt").criterion("specific").evidence]


@pytest.mark.parametrize(
    ("text", "rubric", "criterion", "quoted"),
    [
        # a quote runs on past a linking word to the end of its phrase ...
        (
            "Can you fix the export? Enterprise customers rely on that export for month-end reporting.",
            "smartt",
            "relevant",
            "Enterprise customers rely on that export for month-end reporting",
        ),
        (
            "Can you take the pager rotation next week? I'll sit in on the first one.",
            "smartt",
            "achievable",
            "I'll sit in on the first one",
        ),
        # ... a reason runs to the end of its sentence, and "no" takes its noun ...
        (
            "Please move the cron jobs to Airflow.\nWhy: the old box (sched-01) is switched off on 30 June.",
            "smartt",
            "relevant",
            "Why: the old box (sched-01) is switched off on 30 June",
        ),
        (
            "Migrate the cron jobs to Airflow.\nAcceptance criteria: they run in prod for 7 days with no missed runs.",
            "smartt",
            "measurable",
            "Acceptance criteria: they run in prod for 7 days with no missed runs",
        ),
        # ... a definition of done is quoted from its start to its last check ...
        (
            "You lead the move of the 12 billing jobs. Done means all 12 run on the new engine for a month-end with no missed runs.",
            "smartt",
            "measurable",
            "Done means all 12 run on the new engine for a month-end with no missed runs",
        ),
        # ... a bound in working days is a threshold ...
        (
            "Can you make sure every PR gets a first review within 1 working day?",
            "smartt",
            "measurable",
            "within 1 working day",
        ),
        # ... a number stops before one ...
        (
            "Can you get the 502s from about 900 a day to under 200 by June?",
            "smartt",
            "measurable",
            "from about 900 a day to under 200",
        ),
        # ... and an action grown to the end of its clause stops before one ("on-call" is a word)
        (
            "At Tuesday's all-hands you presented Nadia's caching work as your own at the end, and she left.",
            "sbi",
            "behavior",
            "you presented Nadia's caching work as your own",
        ),
        (
            "Yesterday you deployed the billing change without telling on-call, and support got 40 tickets.",
            "sbi",
            "behavior",
            "you deployed the billing change without telling on-call",
        ),
    ],
)
def test_quotes_do_not_stop_on_a_linking_word(
    text: str, rubric: str, criterion: str, quoted: str
) -> None:
    assert quoted in [span.text for span in score(text, rubric).criterion(criterion).evidence]


def test_what_is_checked_is_quoted_with_the_check() -> None:
    text = "Can you review Sam's design doc for the billing rewrite by tomorrow noon?"
    measurable = score(text, "smartt").criterion("measurable")
    assert [span.text for span in measurable.evidence] == [
        "Can you review Sam's design doc for the billing rewrite"
    ]


def test_advice_names_the_one_gap_left() -> None:
    nobody = score("Somebody needs to bring the Sentry issue count under 200 by May.", "smartt")
    assert "not who does it" in (nobody.criterion("specific").advice or "")
    metric = score("Can you get p95 under 300 ms?", "smartt")
    assert "not what it is for" in (metric.criterion("specific").advice or "")
    assert metric.criterion("specific").evidence[0].text == "Can you get p95 under 300 ms"


# Found in tmux, on the underperformance scenario: the briefing's own facts, said as feedback.
JORDAN = (
    "Thanks for coming, Jordan. In the last two sprints, four of your six tickets came back from "
    "QA, and none had unit tests. That meant QA spent extra days and we delivered 8 points less "
    "than planned."
)


def test_feedback_on_the_work_a_person_handed_in_is_full_sbi() -> None:
    result = score(JORDAN, "sbi")
    assert result.scores() == {"situation": 2, "behavior": 2, "impact": 2}
    assert [span.text for span in result.criterion("behavior").evidence] == [
        "your six tickets came back from QA"
    ]


@pytest.mark.parametrize(
    ("text", "criterion", "quoted"),
    [
        (
            "Yesterday you pushed without tests. That meant QA spent extra days.",
            "impact",
            "spent extra days",
        ),
        (
            "Yesterday you pushed without tests. QA spent extra time on it.",
            "impact",
            "spent extra time on it",
        ),
        (
            "Yesterday you pushed without tests, so we delivered 8 points less than planned.",
            "impact",
            "delivered 8 points less than planned",
        ),
        (
            "Yesterday you pushed without tests, and we only delivered 3 of the 8 points.",
            "impact",
            "only delivered 3 of the 8 points",
        ),
        (
            "Yesterday your deploy took down checkout for ten minutes.",
            "behavior",
            "your deploy took down checkout for ten minutes",
        ),
        (
            "In Monday's release, your migration locked the orders table.",
            "behavior",
            "your migration locked the orders table",
        ),
        (
            "In standup you made a joke about Priya's accent.",
            "behavior",
            "you made a joke about Priya's accent",
        ),
        ("In standup you spoke over Priya twice.", "behavior", "you spoke over Priya twice"),
        (
            "Thanks for joining the incident call at 2am.",
            "behavior",
            "Thanks for joining the incident call at 2am",
        ),
    ],
)
def test_more_ways_to_say_what_was_done_and_what_it_cost(
    text: str, criterion: str, quoted: str
) -> None:
    found = score(text, "sbi").criterion(criterion)
    assert found.score == 2
    assert quoted in [span.text for span in found.evidence]


@pytest.mark.parametrize(
    "text", ["Thanks for coming, Jordan.", "Thanks for joining today.", "You made it to standup."]
)
def test_a_courtesy_or_made_it_is_no_behaviour(text: str) -> None:
    assert score(text, "sbi").criterion("behavior").score == 0


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            "Would it help to pair with Mei twice a week?",
            "Would it help to pair with Mei twice a week",
        ),
        (
            "Would it help if Mei paired with you twice a week?",
            "Would it help if Mei paired with you twice a week",
        ),
        ("How about pairing with Mei twice a week?", "How about pairing with Mei twice a week"),
        (
            "Would it help if I took the on-call shift this week?",
            "Would it help if I took the on-call shift this week",
        ),
    ],
)
def test_help_offered_as_a_question_is_support(text: str, quoted: str) -> None:
    achievable = score(text, "smartt").criterion("achievable")
    assert achievable.score == 2
    assert [span.text for span in achievable.evidence] == [quoted]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # seen in tmux on Dana's scenario: the quote stopped at its stakeholder ("... and users")
        (
            "Right now the notification service drops every live connection for about 90 seconds "
            "every 4 to 6 hours, and users get a reconnecting banner. Can you fix it by Friday?",
            "Right now the notification service drops every live connection for about 90 seconds "
            "every 4 to 6 hours, and users get a reconnecting banner",
        ),
        (
            "Add the nightly export by March 3, so Finance gets the revenue report before their "
            "8am close.",
            "so Finance gets the revenue report before their 8am close",
        ),
    ],
)
def test_a_marked_why_is_quoted_to_the_end_of_its_sentence(text: str, quoted: str) -> None:
    relevant = score(text, "smartt").criterion("relevant")
    assert relevant.score == 2
    assert [span.text for span in relevant.evidence] == [quoted]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # seen in tmux on Dana's scenario: a why told as what the fix brings, or its absence costs
        (
            "This is about your launch, not against it. With the fix, Acme's 2,000 seats get "
            "notifications that work on day one, and the date you promised the VP of Sales holds.",
            2,
        ),
        ("Without it, the checkout stays down for customers.", 2),
        # ... not a sentence that moves the talk on
        ("With that, let's talk about the launch.", 0),
        ("With this, I'll hand over to Sam on the launch.", 0),
    ],
)
def test_what_the_work_brings_or_its_absence_costs_is_a_why(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("relevant").score == level


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # from the rambling address-underperformance replay: the tickets are the question's, not
        # the why's
        (
            "I'm just curious, because it doesn't add up with how careful you usually are: what got "
            "in the way of writing tests on those tickets? Tell me how it looked from your side.",
            None,
        ),
        # a why with its goal before the colon keeps it, quoted up to the question
        (
            "Please add the retry cap, because support is drowning in tickets: what else would "
            "help you get it done by Friday?",
            "because support is drowning in tickets",
        ),
        # a colon that opens no question is no boundary
        (
            "Please fix the retry cap by Friday. The reason is simple: customers churn when "
            "checkout fails.",
            "The reason is simple: customers churn when checkout fails",
        ),
    ],
)
def test_a_why_stops_where_a_question_opens_after_a_colon(text: str, quoted: str | None) -> None:
    relevant = score(text, "smartt").criterion("relevant")
    assert [span.text for span in relevant.evidence] == ([quoted] if quoted else [])


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # seen in tmux, Dana asking "How long exactly, and who?": who, for how long, and the work
        (
            "Elif and Sam, six working days from Monday, to fix the memory leak in the "
            "notification service.",
            2,
        ),
        # ... an opener is no name, and a time with no pause before "to" is said about the work
        ("Honestly, three weeks, to fix the leak, is a lot.", 0),
        ("Honestly, three weeks to fix the leak is a lot.", 0),
        ("Sorry, two days ago to fix it I tried everything.", 0),
    ],
)
def test_who_and_for_how_long_before_the_work_is_an_ask(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # the lead's own change, announced (receive-hard-feedback, blunt)
        (
            "Here's the change: starting with sprint 15, I bring any mid-sprint scope change to "
            "the team before I agree to it with sales.",
            2,
        ),
        ("Here's the change log for sprint 15.", 0),
    ],
)
def test_heres_the_change_announces_the_plan(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Please add the retry cap by Friday, because support is drowning.", 2),
        ("Please add the retry cap by Friday, because users are stuck.", 2),
        # "since" a day is when, not why (d6-093 in the tuning set)
        ("Please fix staging by Friday; it has been broken since Tuesday.", 1),
    ],
)
def test_a_stakeholder_right_after_because_is_a_why(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("relevant").score == level


def test_needing_the_person_is_no_why() -> None:
    # seen in tmux on Marco's scenario: asking for his help, not a goal at stake
    plea = "Honestly, I can't pull this off without you. What would it take for you to lead it?"
    assert score(plea, "smartt").criterion("relevant").score == 0
    release = "Please finish the export by Friday. We can't ship without your sign-off."
    assert score(release, "smartt").criterion("relevant").score == 2


def test_would_it_help_if_gives_no_why() -> None:
    offer = score("Would it help if I took the on-call shift this week?", "smartt")
    assert offer.criterion("relevant").score == 0
    assert score("That helps the on-call team.", "smartt").criterion("relevant").score == 2


# Whys stated with no marker, where two labellers of dev9 agreed and the scorer did not.
@pytest.mark.parametrize(
    ("text", "level", "quoted"),
    [
        (
            "Can you backfill the 2023 events? Analytics cannot make the yearly report without it.",
            2,
            "cannot make the yearly report without it",
        ),
        (
            "Can you run the load test? Without this we cannot go live with the Lidl pilot.",
            2,
            "Without this we cannot go live with the Lidl pilot",
        ),
        (
            "Can you write the summary? I must decide before the budget review on 16 Dec.",
            2,
            "must decide before the budget review on 16 Dec",
        ),
        (
            "Can you fix the flaky tests? Devs waste ~40 min per red build rerunning.",
            2,
            "waste ~40 min per red build",
        ),
        (
            "Can you run the retros? This is for your goal to become team lead next year.",
            2,
            "your goal to become team lead next year",
        ),
        (
            "Please review every PR in billing. It is preparation for you to be owner of billing.",
            2,
            "preparation for you to be owner of billing",
        ),
        (
            "Can you finish the ja-JP keys? Sales already promised it to customers.",
            2,
            "promised it to customers",
        ),
        (
            "Can you add regression tests for the 12 bugs, so they don't come back in the Q1 release?",
            2,
            "so they don't come back in the Q1 release",
        ),
        (
            "Handle the escalation please, leadership is watching this one.",
            1,
            "leadership is watching",
        ),
        ("pls make the CI pipeline less painful, everyone hates it", 1, "everyone hates it"),
        ("Can you fix the Redis thing? Is very important.", 1, "Is very important"),
        ("Can you fix the Redis thing? it's kinda important", 1, "it's kinda important"),
    ],
)
def test_a_why_stated_without_a_marker(text: str, level: int, quoted: str) -> None:
    relevant = score(text, "smartt").criterion("relevant")
    assert relevant.score == level
    assert quoted in [span.text for span in relevant.evidence]


@pytest.mark.parametrize(
    "text",
    [
        "Please fix the build. You can't merge without a review.",
        "The service leaked memory again, can you look?",
        "This is a very important decision.",
    ],
)
def test_a_rule_a_leak_of_memory_or_a_bare_claim_is_no_why(text: str) -> None:
    assert score(text, "smartt").criterion("relevant").score == 0


# From good replies written in other voices for each scenario, where the scorer held a stage back.
def test_a_numbered_sprint_is_an_occasion_and_what_none_of_the_work_had_is_behaviour() -> None:
    text = (
        "In sprints 22 and 23 none of your tickets had unit tests. Because of these returns you "
        "delivered 3 and 5 points instead of the 8 you committed."
    )
    result = score(text, "sbi")
    assert result.scores() == {"situation": 2, "behavior": 2, "impact": 2}
    assert "none of your tickets had unit tests" in [
        span.text for span in result.criterion("behavior").evidence
    ]
    assert score("In sprint 22 you skipped the tests.", "sbi").criterion("situation").score == 2


def test_a_number_before_you_is_no_one_elses_act() -> None:
    # "... and 23 you skipped the tests" was read as someone else's act: an impact.
    assert (
        score("In sprints 22 and 23 you skipped the tests.", "sbi").criterion("impact").score == 0
    )


@pytest.mark.parametrize(
    ("text", "criterion", "quoted"),
    [
        (
            "Please run the standup. Every Friday in our one-on-one we speak about how it goes.",
            "trackable",
            "Every Friday in our one-on-one we speak about how it goes",
        ),
        (
            "Can you fix the leak? I will post every afternoon a short update in your channel.",
            "trackable",
            "post every afternoon a short update in your channel",
        ),
        (
            "Can you fix the leak by Friday? I'll post an update in your launch channel every afternoon.",
            "trackable",
            "post an update in your launch channel every afternoon",
        ),
        (
            "Can you fix the leak? Done means: the service runs one full week without any restart.",
            "measurable",
            "Done means: the service runs one full week without any restart",
        ),
    ],
)
def test_follow_up_and_done_said_in_other_orders(text: str, criterion: str, quoted: str) -> None:
    found = score(text, "smartt").criterion(criterion)
    assert found.score == 2
    assert quoted in [span.text for span in found.evidence]


def test_done_means_is_no_why() -> None:
    text = "Can you fix the leak? Done means: the service runs one full week without any restart."
    assert score(text, "smartt").criterion("relevant").score == 0


@pytest.mark.parametrize(
    "text",
    [
        "So what I'm asking for is very specific: Elif and Sam, for six working days, to fix the leak.",
        "My concrete ask: Elif and Sam for six working days to fix the leak.",
    ],
)
def test_an_ask_announced_before_a_colon_names_the_task(text: str) -> None:
    specific = score(text, "smartt").criterion("specific")
    assert specific.score == 2
    assert "Elif and Sam" in specific.evidence[0].text


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Can you run the standup starting sprint 15?", "starting sprint 15"),
        ("Can you run the standup starting with sprint 15?", "starting with sprint 15"),
    ],
)
def test_a_numbered_sprint_is_a_start(text: str, quoted: str) -> None:
    time_bound = score(text, "smartt").criterion("time_bound")
    assert time_bound.score == 2 and [span.text for span in time_bound.evidence] == [quoted]


def test_updates_promised_in_their_channel_are_followed_and_committed() -> None:
    text = "Every afternoon until it's fixed, I'll post a short update in your launch channel."
    assert "committed_to_updates" in flag_evidence_of(text)
    assert score(text, "smartt").criterion("trackable").score == 2


def test_a_write_up_in_their_packet_is_on_record() -> None:
    assert "put_on_record" in flag_evidence_of(
        "I'm going to write up the outage response in your packet as visible impact."
    )
    assert "put_on_record" not in flag_evidence_of("I'll note it in your doc.")


def flag_evidence_of(text: str) -> set[str]:
    from rehearse.scoring.signals import flag_evidence

    return set(flag_evidence(text))


@pytest.mark.parametrize(
    "text",
    [
        "Starting sprint 15, any mid-sprint scope change goes to the team before I agree to it "
        "with sales.",
        "From sprint 15 on, every scope change in the middle of the sprint comes first to the team "
        "before I agree with sales.",
        "From next week on, no deploys on Fridays.",
        # the "on" dropped, as most people write it
        "From next Monday, every PR in the web repo gets a first review within one working day.",
        "Team, from next Monday PR reviews must be done within 1 working day.",
    ],
)
def test_a_rule_from_a_numbered_sprint_on_is_specific(text: str) -> None:
    assert score(text, "smartt").criterion("specific").score == 2


@pytest.mark.parametrize(
    "text",
    [
        # the speaker's own vague promise is no rule, whenever it starts
        "Starting sprint 15, I'll do better.",
        "From sprint 15 on, I'll try harder.",
        "From next Monday, I'll be out for two weeks.",
        "From sprint 15 on, things will be different.",
    ],
)
def test_a_vague_promise_from_a_numbered_sprint_on_is_no_task(text: str) -> None:
    assert score(text, "smartt").criterion("specific").score == 0


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            "Let's put it on the agenda of the sprint 15 retro on the 14th and check with the "
            "whole team whether it's actually working.",
            "Let's put it on the agenda of the sprint 15 retro",
        ),
        (
            "In the sprint 15 retro on the 14th we check together if it works.",
            "In the sprint 15 retro on the 14th we check together if it works",
        ),
        ("In our one-on-one we'll see how it went.", "In our one-on-one we'll see how it went"),
    ],
)
def test_a_numbered_sprint_retro_or_a_meeting_named_first_is_a_follow_up(
    text: str, quoted: str
) -> None:
    trackable = score(text, "smartt").criterion("trackable")
    assert trackable.score == 2 and [span.text for span in trackable.evidence] == [quoted]


@pytest.mark.parametrize(
    "text",
    [
        "In the retro we have to be honest.",
        "In the retro we talked about it.",
        "In the sprint 14 retro people were upset.",
        "We discussed it in the sprint 14 retro.",
    ],
)
def test_a_meeting_told_of_is_no_follow_up(text: str) -> None:
    assert score(text, "smartt").criterion("trackable").score == 0


@pytest.mark.parametrize(
    "text",
    [
        "We check how it went at the sprint 15 retro on the 14th.",
        "In the sprint 15 retro on the 14th we check together if it works.",
        "We meet tomorrow at 10 to go through it.",
    ],
)
def test_a_dated_check_in_the_present_is_a_next_step(text: str) -> None:
    assert "proposed_next_step" in flag_evidence_of(text)


@pytest.mark.parametrize(
    "text",
    ["We check the logs by hand.", "We review PRs every Monday.", "We checked it on Monday."],
)
def test_a_habit_or_a_past_check_is_no_next_step(text: str) -> None:
    assert "proposed_next_step" not in flag_evidence_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "What I'd love to see is your next six tickets getting through QA on the first pass, each "
        "one with its tests in the PR.",
        "What I want to see is you owning the rollout end to end.",
        # a goal in a second language
        "We aim that your next six tickets pass QA at the first time until end of sprint 25.",
        "Our aim is that your next six tickets pass QA the first time.",
    ],
)
def test_an_announced_expectation_or_aim_is_the_task(text: str) -> None:
    result = score(text, "smartt")
    assert result.criterion("specific").score == 2
    if "six" in text:
        assert result.criterion("measurable").score == 2


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a question about how things are is no task
        ("Do you get an update every afternoon?", 0),
        ("Do you see the alerts in #ops every morning?", 0),
        # "do" that asks for the work still does
        ("Do the migration of billing-db to Postgres 15.", 1),
        ("Do you have time to review the billing PR by Friday?", 1),
    ],
)
def test_do_you_asks_for_work_only_with_work_in_it(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


# From the blunt address-underperformance replay: the plan told in the present.
@pytest.mark.parametrize(
    "text",
    [
        "The plan. Mei pairs with you on tests twice a week. Your next six tickets pass QA the "
        "first time, each with its tests, by the end of sprint 25.",
        "Your next six tickets should pass QA the first time.",
        "Your next 3 PRs merge without rework.",
    ],
)
def test_a_target_for_the_next_pieces_of_work_is_the_task(text: str) -> None:
    result = score(text, "smartt")
    assert result.criterion("specific").score == 2
    assert result.criterion("measurable").score == 2


@pytest.mark.parametrize(
    "text",
    [
        "Your next few sprints pass quickly, I promise.",
        "Your next two weeks will pass fast.",
        "Your next six tickets came back from QA.",
        "Your last six tickets passed QA the first time.",
    ],
)
def test_the_next_stretch_of_time_or_past_work_is_no_target(text: str) -> None:
    assert score(text, "smartt").criterion("specific").score == 0


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("What I'd love to see is you happier.", 0),
        ("I'd love to see you at the offsite.", 0),
        ("We aim high.", 0),
        ("What I'd love to see is more ownership from you.", 1),
        ("We aim that you do better.", 1),
    ],
)
def test_a_wish_or_a_vague_aim_is_no_clear_task(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


@pytest.mark.parametrize(
    "text",
    [
        "Proposal: we ship self-serve onboarding on May 24 without SSO import and custom branding, "
        "which go to phase two on June 14. Ravi, can you own the test plan sign-off by May 22?",
        "So here's the plan I'd like us to commit to: we ship self-serve onboarding on May 24 with "
        "SSO import and custom branding moved to a phase two on June 14, and we keep the full test "
        "plan, no cuts. Ravi, would you own the test plan and tell me by May 20 if anything in it "
        "is at risk?",
    ],
)
def test_a_plan_with_its_cut_line_is_specific(text: str) -> None:
    assert score(text, "smartt").criterion("specific").score == 2


# Seen in tmux on Ravi's scenario: the plan announced as a proposal after a colon.
@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Then here's what I'd propose: we ship self-serve onboarding on May 24 with the full "
            "test plan, and SSO import and custom branding move to a phase two on June 14.",
            2,
        ),
        (
            "Here's what I propose: you own the rollout of the new billing page to all EU "
            "customers by May 3.",
            2,
        ),
        # a talk proposed is not the work
        ("Here's what I'd suggest: we meet on Tuesday.", 0),
        ("Here's what I'd propose, roughly.", 0),
    ],
)
def test_a_proposal_after_a_colon_is_the_plan(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Ravi, can you help?", 0),
        ("Proposal: we meet on Tuesday.", 0),
        ("Ravi, can you own the test plan sign-off by May 22?", 1),
        # no cut line: what ships is still open
        ("Proposal: we ship on May 24.", 1),
        # an ask of its own, a role (dev8)
        ("Proposal: you own incident comms for the next quarter, and we see how it feels.", 1),
    ],
)
def test_a_plan_without_its_scope_or_a_bare_ask_stays_unclear(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # the plan agreed, told in the present (the lead's rehearsal in the TUI)
        (
            "So we're agreed: Mei pairs with you Tuesdays and Thursdays, tests go in with each "
            "ticket, and we check the QA returns every Thursday.",
            2,
        ),
        ("Agreed: Sam owns the billing migration from next sprint.", 2),
        # near-misses: no work listed, or only a talk agreed
        ("Agreed: good call.", 0),
        ("We're agreed: we meet on Tuesday to go over it.", 0),
    ],
)
def test_an_agreed_plan_after_a_colon_names_the_work(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # the time the goal is for, before "is" as before a colon (dev7)
        ("The goal for H2 is that you can run an incident as Incident Commander alone.", 1),
        ("Goal for H2: you run an incident as Incident Commander alone.", 2),
        # near-miss: the speaker's own goal asks nothing
        ("My goal for H2 is that I can run an incident alone.", 0),
    ],
)
def test_a_goal_for_a_time_is_the_ask(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # the thing's need, told like the speaker's "I need the tests fixed" (dev10)
        ("The motor controller board needs the CAN bus error handling finished by next Friday.", 1),
        ("The release needs the changelog updated by Friday.", 1),
        # near-miss: what the thing needs, with no work done to it
        ("The motor controller board needs the CAN bus.", 0),
    ],
)
def test_a_thing_that_needs_work_done_names_the_task(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # when the ask applies, said between "please" and its verb (dev6; "could you, whenever you
        # get a chance, keep an eye on ..." in dev9 was already read)
        ("Small request: please everybody, when you open a PR, put the ticket number in title.", 1),
        ("Please, when you open a PR, put the ticket number in the title.", 2),
        # near-miss: the clause, then no work asked
        ("Please, when you have a moment, think about it.", 0),
    ],
)
def test_a_when_clause_after_please_keeps_the_ask(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a retro's plan as a heading, its list on the lines below (dev11)
        (
            "Sprint 41 retro – what we'll try in sprint 42:\n"
            "- Stand-up capped at 15 minutes, Lena holds the timer.\n"
            "- We'll check it at the sprint 42 retro.",
            2,
        ),
        # near-misses: a talk planned, or no colon and no list
        ("Sprint 41 retro – what we'll discuss in sprint 42:\n- Stand-up length.", 0),
        ("Sprint 41 retro – what we'll try in sprint 42 is still open.", 0),
    ],
)
def test_a_retro_plan_heading_names_the_work(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # "squeeze it in" points back at the work named before it (dev10)
        (
            "Sales really want dark mode in the iPad app for the demo. Could we maybe squeeze it in?",
            1,
        ),
        ("Could you squeeze the Helm chart cleanup in this sprint?", 2),
        # near-miss: "it" with nothing named before it
        ("Could you squeeze it in?", 0),
    ],
)
def test_squeezing_work_in_is_a_task(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # an action item under an "action items:" label, its problem before it on the line (dev7)
        (
            "Retro — action items: 1) Standups run long. Ola to try timeboxing them to 15 minutes "
            "for the next two weeks.",
            2,
        ),
        ("Could you try restarting the pod?", 1),
        # near-misses: no action label, or "try to" be something
        ("Retro — notes: Standups run long. Ola to try timeboxing them.", 0),
        ("Please try to be on time.", 0),
    ],
)
def test_an_action_item_after_its_problem_is_a_task(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # the action item's label names who it is for (dev5)
        (
            "Monthly eng all-hands, action for all managers: by the 30th, every team lead posts "
            "their team's top three tech-debt items, with a rough size, in the Notion tech-debt page.",
            2,
        ),
        # near-misses: nothing after the label, or the speaker's own action
        ("Monthly all-hands, action for all managers: none this month.", 0),
        ("Monthly all-hands, action for me: I write up the notes for everyone.", 0),
    ],
)
def test_an_action_for_a_group_names_the_work(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a plan still being offered, in the conditional (address-underperformance, rambling)
        (
            "Mei could pair with you on tests, the goal would be your next six tickets passing QA "
            "the first time, and we'd look at that week's QA returns every Friday in our one-on-one.",
            2,
        ),
        (
            "Could you run the 9:45 standup from next Monday? And then we'd talk about how it's going "
            "in our Friday one-on-one for the first three weeks.",
            2,
        ),
        # near-misses: the conditional with no mechanism, or with the time blurred
        ("Could you own the rollout? We'd check in at some point.", 1),
        ("Could you own the rollout? We'd talk about it sometime in our one-on-one.", 1),
    ],
)
def test_a_review_offered_in_the_conditional_is_tracking(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("trackable").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # progress asked after at a named meeting (dev11: retro and postmortem actions, PIPs)
        ("Can you make the app faster? I'll ask where it's at in Monday's standup.", 2),
        ("Could SRE agree a plan? I'll ask where you've got to at the monthly ops review.", 2),
        ("Postmortem follow-ups: improve monitoring (SRE). We'll revisit these next retro.", 2),
        ("Rotate the leaked key today. We'll go through these in tomorrow's security standup.", 2),
        ("Each of us writes two usage notes. We'll see where we are at the next design crit.", 2),
        ("Can you write the migration guide? We'll review it in the docs PR.", 2),
        # ... in the passive, as plans write it
        ("Add the alert by 18 Nov. Reviewed at the Thursday ops sync until closed.", 2),
        (
            "Ack P1s within 15 minutes. Compliance will be reported on the monthly service review.",
            2,
        ),
        ("Reopen fewer tickets. Review: progress reviewed in writing at day 30 and day 60.", 2),
        ("Let's write the goals down on Friday and then check against it monthly.", 2),
        ("Message the DC ops group when it's back in the array.", 2),
        # near-misses: asking for help, a reviewed thing, a recurring task, a team, help posted
        ("Can you make the app faster? I'll ask Jo to help in the morning.", 0),
        ("Ship the reviewed design at the sprint's end.", 0),
        ("As reviewed in our 1:1, I'd like you to present an RFC.", 0),
        ("We reviewed it in the sprint 14 retro. Please fix it.", 0),
        ("Please check the logs daily.", 0),
        ("Ping the platform team when it's back.", 0),
        ("The handover notes are thin. Laura will post a template in #oncall.", 0),
        ("Post a checklist in the #db-upgrade channel and tick it off as you go.", 2),
    ],
)
def test_a_follow_up_at_a_named_meeting_or_in_the_passive_is_tracking(
    text: str, level: int
) -> None:
    assert score(text, "smartt").criterion("trackable").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # talk or review with no time or venue (dev11)
        ("I'd love you to own engineering. Let's chat whenever.", 1),
        ("Staging is painful. Maybe let's chat about it next week?", 1),
        ("I'd love you to own the community side. Let's keep talking about it.", 1),
        ("Improve the quality of your deliverables. Progress will be assessed.", 1),
        ("Cut a release each month. Let's look at how it's going after the 1.8 release.", 1),
        ("Reckon you could knock a prototype together? Let me know how you go.", 1),
        ("Would you shadow Ruth on the power audit next quarter? Let me know.", 1),
        # near-misses: "let me know" answering a question mid-message; progress assessed at a venue
        ("Would you shadow Ruth? Let me know. The audit is in March.", 0),
        ("Improve the deliverables. Progress will be assessed at our Monday one-on-one.", 2),
    ],
)
def test_talk_or_review_with_no_time_or_venue_is_a_vague_follow_up(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("trackable").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # where results go, the ticket or thread the ask sits in, a brief's tracking field, the
        # manager's habit (dev4-dev10 tickets, runbooks and OKRs)
        ("Run the ZAP baseline. Findings go to the Monday security standup.", 2),
        ("You're primary on-call. Handoff notes go in #ingest-oncall at 10:00 Monday.", 2),
        ("Get the score to 90. Scores get posted in #web-perf after each deploy.", 2),
        ("Coverage is tracked in the script output posted to #docs every Friday.", 2),
        (
            "Cut CI time to 10 min (owner: Build Infra; reviewed in the weekly eng metrics review).",
            2,
        ),
        ("Cover all 12 flows by Dec 19, tracked on the QA board.", 2),
        ("Make the export handle commas. Update this ticket when the PR is up.", 2),
        ("Rotate the token today and confirm in this thread when it's revoked.", 2),
        ("Aim for Wednesday; move the card to Review when it's up.", 2),
        ("Owner: Bruno. Due: 2025-03-14. Tracking: weekly incident review (Thursdays).", 2),
        (
            "Every release needs a signed checklist. I check the checklist in #release each Thursday.",
            2,
        ),
        # near-misses: a past report, a ticket described, a bare check-in heading, a board meeting
        ("You posted the diagram in #arch yesterday. Please fix the checklist.", 0),
        # a message headed with its ticket reports nothing; a comment asked for on it does
        ("Comment on DOCS-118: Hana, can you update the rate limits page?", 0),
        ("Comment on RFC-112 (Event schema registry): could you add a migration section?", 0),
        ("Please comment on DOCS-118 when it's merged.", 2),
        ("This ticket is about the CSV export. Please fix it.", 0),
        ("When: this year. Check-in: we'll see in the perf review.", 0),
        ("Please fix it. I checked the dashboard yesterday.", 0),
    ],
)
def test_where_results_go_and_the_tickets_own_thread_are_tracking(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("trackable").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a report back when done, or a look at how it goes, with no place or cadence (dev4-dev10)
        ("Noor knows the setup. text me when it's done.", 1),
        ("You can take Thursday for it. Tell me once Hana's signed off.", 1),
        ("Move the cron jobs onto k8s. lmk when done.", 1),
        ("Kindly renew the SSL cert before the 3rd. Please revert once done.", 1),
        ("pls sort out the staging data before demo day, tell me if blocked", 1),
        ("You'll each have ~3 days this sprint. Tell me now and then how it's looking.", 1),
        ("Join the IC rotation. Let me know how it feels after the first couple.", 1),
        ("Escalations go through the form only. I'll look at how it's working in a while.", 1),
        ("Start using macros more. Let's see where we are next month.", 1),
        ("I'll raise it again in a few weeks.", 1),
        # near-misses: help offered, and a talk to define the task is no follow-up
        ("Move the cron jobs onto k8s. lmk if you have questions about the setup.", 0),
        ("I'd like you to drive the reliability work. Let's chat about what that means.", 0),
    ],
)
def test_a_report_back_when_done_with_no_place_is_a_vague_follow_up(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("trackable").score == level


# Seen in tmux on Marco's scenario: the evidence stopped at the verb ("... we go through").
@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            "Every Tuesday in our one-on-one we go through the job checklist. Does March 31 work?",
            "Every Tuesday in our one-on-one we go through the job checklist",
        ),
        (
            "In the sprint 15 retro on the 14th we check together if it works, and then we decide.",
            "In the sprint 15 retro on the 14th we check together if it works",
        ),
        ("Every Monday we review.", "Every Monday we review"),
    ],
)
def test_a_cadence_first_follow_up_is_quoted_with_what_it_looks_at(text: str, quoted: str) -> None:
    trackable = score(text, "smartt").criterion("trackable")
    assert trackable.score == 2
    assert [span.text for span in trackable.evidence] == [quoted]


@pytest.mark.parametrize(
    "text",
    [
        # deadline-moved, rambling and blunt: the plan labelled without a colon after it
        "So the plan, as I understand it, is: we ship self-serve onboarding on May 24 without SSO "
        "import and custom branding, which move to a phase two on June 14, and we keep the full test "
        "plan. Ravi, could you own the test plan sign-off?",
        "The plan. We ship self-serve onboarding on May 24 without SSO import and custom branding; "
        "those move to phase two on June 14. Ravi, you own the test plan sign-off.",
    ],
)
def test_a_plan_labelled_in_passing_with_what_it_ships_without_is_specific(text: str) -> None:
    assert score(text, "smartt").criterion("specific").score == 2


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("The plan. We meet on Tuesday.", 0),
        ("I like the plan. We ship too slowly, though.", 0),
        # no cut line
        ("The plan. We ship on May 24.", 1),
        ("So the plan is: we ship on May 24.", 1),
        # a constraint on how, not what is left out
        ("Can you migrate the service without downtime?", 1),
        ("Can you fix the bug without breaking checkout and search?", 1),
    ],
)
def test_a_plan_label_or_a_without_alone_stays_unclear(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


_STANDUP = "I can't run the 9:45 standup from Monday. Would you facilitate it from Monday?"


@pytest.mark.parametrize(
    ("text", "specific", "measurable"),
    [
        # delegate-standup, in my own words: the duty pointed back at, then what good looks like
        (
            f"{_STANDUP} Good looks like this: it ends by 10:00 and everyone gives their update.",
            2,
            2,
        ),
        (f"{_STANDUP} Good looks like this: it wraps up by 9:45 am.", 2, 2),
        # pointed back at, with no end state: named, scope open
        (_STANDUP, 1, 0),
        # nothing checkable in what good looks like
        (f"{_STANDUP} Good looks like this: it ends soon and everyone is happy.", 1, 0),
        ("Could you chair the architecture review next week?", 1, 0),
    ],
)
def test_a_meeting_handed_over_is_clear_once_good_is_defined(
    text: str, specific: int, measurable: int
) -> None:
    result = score(text, "smartt")
    assert result.criterion("specific").score == specific
    assert result.criterion("measurable").score == measurable


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # stakeholder-buy-in, in my own words: a sentence's opening "so" announces, it gives no why
        ("So the ask is: Elif and Sam spend six working days from Monday fixing the leak.", 0),
        ("Traffic triples at launch. So we need Elif and Sam on the leak until April 9.", 0),
        # "so" after the ask still leads to its why
        ("Please fix the leak by Friday so the pilot starts clean for Acme customers.", 2),
        ("Fix the leak by April 9, so we don't lose Acme's 2,000 seats.", 2),
    ],
)
def test_a_sentence_opening_so_is_no_why(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("relevant").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # stakeholder-buy-in, in my own words: the ask is time for named people
        (
            "So here's my ask: give Elif and Sam six working days, starting Monday, to fix the leak.",
            2,
        ),
        ("Can I have Priya for two sprints to finish the migration?", 2),
        ("Let Sam spend three days on the flaky tests.", 2),
        # a report of time spent, and a name given something else
        ("Sam spent three days on the flaky tests.", 0),
        ("Give Sam a call about the flaky tests.", 0),
    ],
)
def test_time_asked_for_named_people_makes_it_achievable(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("achievable").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # help laid on by someone else, time or kit already set (dev11: PIPs, postmortems, DC ops)
        ("Lead two calls a week. Your mentor, Fatima, will sit in on the first three.", 2),
        ("Write the release notes. Jo can pull the merged-PR list for whoever picks them up.", 2),
        ("Get the suite below 2% failures. Happy to free someone up for a few days.", 2),
        ("Migrate your users. The IT service desk will run drop-in sessions every Wednesday.", 2),
        ("The handover notes are thin. Laura will post a template in #oncall.", 2),
        ("Run five usability sessions. Research ops can do the recruiting.", 2),
        ("Oksana to merge the buttons. She's got Thursday and Friday blocked for it.", 2),
        ("Replace the sensors by 6 December. Vendor engineer already booked for the 4th.", 2),
        ("Replace the disk shelf. Spares arrived yesterday and Sipho is on shift with you.", 2),
        ("Upgrade the clusters. Whoever it is gets the platform team's Wednesday pairing slot.", 2),
        ("Write up the three options. Take Friday off the ticket queue to do it.", 2),
        # feasibility put to the person as a smaller version or a way to say it slips
        ("Triage twice a week. If twice a week is too much, once is fine.", 2),
        ("Tag the RC by Thursday. If the RC slips, tell us in #release by 15:00 CET.", 2),
        # near-misses: the task itself, a question to the named person, leave, a failure
        ("Can you run the usability sessions? You'll run the sessions on Monday.", 0),
        ("Olivia, could Legal review our license policy?", 0),
        ("Noor: book the pentest vendor for February.", 0),
        ("Take Friday off, you've earned it.", 0),
        ("Tag the RC by Thursday. If the build fails, tell us in #release.", 0),
        ("@Rafael can you take FRONT-2291?", 0),
    ],
)
def test_help_laid_on_by_others_or_time_already_set_makes_it_achievable(
    text: str, level: int
) -> None:
    assert score(text, "smartt").criterion("achievable").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # follow-up and mandate are not support (dev11)
        ("Can you make the app faster? I'll ask where it's at in Monday's standup.", 0),
        ("Add blockers to the board, which I'll go through at Monday's standup.", 0),
        ("No release with a P1 open. I'll give you the final say on go/no-go.", 0),
        ("All code reviews assigned to you are completed within two working days.", 0),
        # near-misses: help asked for, people put on the work
        ("Can you make the app faster? I'll ask Jo to pair with you.", 2),
        ("Two engineers from the platform team are assigned to it.", 2),
        # the load touched, the bar lowered, help offered with none named: vague
        ("Would it be at all possible to get the fixes in? I know you're slammed.", 1),
        ("Could you pick up the workstream? Grand if not, I know you're up to your eyes.", 1),
        ("We should sort out the backlog. Not sure who has cycles.", 1),
        ("The copy could do with a tweak when someone's got a spare moment.", 1),
        ("Support's drowning a bit. Any help appreciated when people get the chance.", 1),
        ("Help with the backlog, please. If anyone can spare some time, it'd be appreciated.", 1),
        (
            "Attend all stand-ups. The company will provide whatever reasonable support you require.",
            1,
        ),
        ("Have a v1 ready by Thursday, even if it's rough.", 1),
        ("Get the starter repo working. Not a big deal if the repo isn't perfect.", 1),
        ("Could security sign it off? Let me know if there's anything you need from us.", 1),
        # near-miss: a fallback for the work, not a let-out
        ("Fix the alert by Friday; if not, escalate to Jo.", 0),
    ],
)
def test_follow_up_is_no_support_and_a_let_out_is_vague_feasibility(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("achievable").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a second on the rota, a runbook where it lives, someone present, a helper to pull in
        # (dev4-dev9 on-call and handover briefs)
        ("From Monday you're primary on-call. Bea is your secondary for escalations.", 2),
        ("You're on the rotation from next week. The runbook lives in Confluence.", 2),
        ("Could you take the Northwind call on Friday? I'll be on the call too, but you lead.", 2),
        ("Lead two design reviews alone, with me in the room only for the first one.", 2),
        ("Take over the escalation queue. For the first week he stays with you in every call.", 2),
        ("Add examples to all 64 endpoints. You can pull Eitan in for the auth endpoints.", 2),
        ("Run the backfill. Sergio has prod DB access if you hit permission issues.", 2),
        (
            "Cut the AWS bill. If you need someone from data to help on the S3 rules, ask Imke.",
            2,
        ),
        # near-misses: the owner named, the manager's own meeting, a secondary that is no one's
        ("From Monday Bea is primary on-call for the ingest pipeline.", 0),
        ("Please fix the alert. I'll be in the room for the board meeting.", 0),
        ("Make the backup the secondary region's job.", 0),
    ],
)
def test_a_secondary_a_runbook_or_someone_present_makes_it_achievable(
    text: str, level: int
) -> None:
    assert score(text, "smartt").criterion("achievable").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # time left to chance, help on call with none named (dev5-dev8)
        ("think about the on-call stuff when u get a sec", 1),
        ("Can someone have a look at the S3 bill when they get a sec?", 1),
        ("Would you mind helping Sam with the Redis thing if you've got some slack?", 1),
        ("If there's time before the freeze, could someone tidy the README?", 1),
        ("Could you improve the page load, if you could find some time?", 1),
        ("Have a look at the flaky test whenever you're settled.", 1),
        ("Write the proposal whenever the sprint lets up.", 1),
        ("A short doc is fine, by the end of next week if that's doable.", 1),
        ("Reindex the cluster tonight; page me if it goes sideways.", 1),
        ("Load test it before Friday, holler if you need anything.", 1),
        # near-misses: time given, a check put to the person
        ("Could you improve the page load? I'll pair with you on the first fix.", 2),
        ("Is the end of next week doable for you?", 2),
    ],
)
def test_time_left_to_chance_or_help_on_call_is_vague_feasibility(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("achievable").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # address-underperformance, in my own words: the team's definition of done, announced
        (
            "Here's what done means on this team: every ticket with new logic ships with unit "
            "tests, and any API change gets an integration test, before it goes to QA.",
            2,
        ),
        # announced, and then nothing stated
        ("Here's what done means to me.", 0),
    ],
)
def test_what_done_means_announced_is_the_expectation(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a ticket, PR or version pins the one thing the verb changes
        ("Please fork payments-sdk at 4.2.1 and backport the TLS fix.", 2),
        ("@Lin please retest on staging once the fix from #4410 is deployed.", 2),
        ("Can you bump the Postgres driver to 42.7.3 today?", 2),
        ("Review #9120 today pls, it blocks the release cut.", 2),
        ("Could you review auth-service PR #4412 before noon?", 2),
        # near-misses: nothing pinned, or a ticket only handed over
        ("Please retest on staging once the fix is deployed.", 1),
        ("Can you take PAY-3317 and PAY-3318?", 1),
        ("Review the open PRs today pls.", 1),
    ],
)
def test_a_ticket_version_or_host_pins_the_task(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # the ask in a second language: "it" dropped, "that you" for "for you to", "responsible that"
        ("Kenji, is possible that you make review of auth-service PR #4412 before noon?", 2),
        ("Is possible for you to migrate the billing jobs to the new queue?", 2),
        ("Please you are responsible that every release has a checklist signed by QA.", 2),
        # near-misses: a guess at what happened, and a question about blame
        ("It is possible that you broke the build with that merge.", 0),
        ("Is it possible that you forgot to push the branch?", 0),
        ("Honestly I am not sure who is responsible that the build broke.", 0),
    ],
)
def test_second_language_asks_with_that(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # chat shorthand for the ask: "cn u", "can sb" (somebody)
        ("cn u chase legal re the dpa for acme", 1),
        ("can sb take the release notes this wk", 1),
        # a team asked by what is needed of it
        ("We need your IT team to send us the SAML metadata XML from your Azure AD tenant.", 1),
        # near-misses: the abbreviation without an ask, a team that only needs something
        ("sb is on leave this wk", 0),
        ("We need your team's numbers.", 0),
        ("I want the team to feel safe.", 0),
    ],
)
def test_chat_shorthand_and_a_team_needed_to_ask(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a musing on an area, under a weak lead: no identifiable task
        ("We should probably do something about cloud spend at some point.", 0),
        ("we should probably do something about the interview loop, it's taking forever", 0),
        ("Maybe do something about the flaky tests?", 0),
        # near-misses: said as a need, or a real task under the same lead
        ("We need to do something about the build times.", 1),
        ("We should probably migrate the interview loop to Greenhouse at some point.", 1),
    ],
)
def test_doing_something_about_an_area_is_no_task(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a topic, not a task: "some X stuff", "the X situation"
        ("do you have bandwidth to look into some Redis stuff?", 0),
        ("could someone look into the accessibility situation? we keep getting complaints", 0),
        # the ask put as a question about room for it finds its task
        ("Would you have time to migrate the billing jobs to the new queue this week?", 2),
        ("Do you have bandwidth to own the Android side of the push revamp?", 1),
        # near-misses: the things named
        ("Could you look into the accessibility issues on the settings page?", 1),
        ("do you have bandwidth to look into the Redis memory alerts?", 1),
    ],
)
def test_a_topic_is_no_task_and_room_for_it_is_asked(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # "can you" in the writer's first language, the task in English; a generic "do" stays 1
        ("Kasia, czy możesz own the release notes for mobile 6.0, if you find time?", 1),
        ("Isabel, puedes hacer the cost report for GCP?", 1),
        # a wish for a thing's better state, and the second-language "For me is important that"
        ("It would be nice if the onboarding docs were less outdated.", 1),
        ("For me is important that the API docs are more good before September.", 1),
        # near-misses: no ask in the foreign words, how people should be
        ("Kasia, dziękuję for the release notes for mobile 6.0!", 0),
        ("It would be nice if the team were more relaxed about deadlines.", 0),
        ("It's important that the new hires are more confident.", 0),
    ],
)
def test_code_switched_asks_and_wished_states(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # the work named by asking whether it fits
        ("is the SSO rollout for Contoso doable by Dec 15? they asked again today", 1),
        ("Is the migration of the legacy cron host doable by Dec 31, honestly?", 1),
        # near-misses: a date or a bare pronoun asked about, a statement
        ("Is the timeline realistic?", 0),
        ("Honestly, is the Friday deadline realistic?", 0),
        ("Is that doable?", 0),
        ("The migration is doable by Dec 31.", 0),
    ],
)
def test_asking_whether_named_work_fits_names_it(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # who else is involved, by name: the spec's third part of a specific task
        ("Lena, I'd like you to lead a fix for the onboarding. Work with Jo from UX research.", 2),
        ("Can you take over the Playwright migration? Noor knows the setup if you get stuck.", 2),
        ("I'd like you to join the incident commander rotation. You'll shadow Halima first.", 2),
        # near-misses: the help is the task, a role held, a direction, a pronoun, a bystander
        ("Can you pair with Sam on the Redis thing this week? Jo from QA will help.", 1),
        ("You're point on the Segment switch. Lina can help you with the event schema.", 1),
        ("Can you make the deploy faster? Omar from QA can help.", 1),
        ("Can you take over the Playwright migration? He will help you if you get stuck.", 1),
        ("Can you take over the Playwright migration? Omar from QA left the call early.", 1),
    ],
)
def test_named_people_in_the_work_make_a_task_specific(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # someone who knows it, or helps on a part, named
        ("pls can you finish the upgrade of postgres? If you need help Jonas knows it well.", 2),
        (
            "Is realistic for you to finish the SAML integration for Banco Sur, with Iván helping on tests?",
            2,
        ),
        # near-misses: a direction kept with someone who knows, and nobody named
        ("Please keep OPS-411 moving; Ahmed knows the background.", 1),
        ("pls can you finish the upgrade of postgres? If you need help someone knows it well.", 1),
    ],
)
def test_someone_who_knows_it_or_helps_on_a_part_is_involved(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # the work told by what it makes, after "you'll"; scaling is work
        (
            "To confirm: you'll produce the incident-response runbook for the payments API, covering the five alert types.",
            2,
        ),
        ("mo - scale the ingest workers from 6 to 10 pods before 8pm tonight", 2),
        # near-misses: a prediction, and a scale that is a size
        ("Don't worry, you'll get used to the on-call tooling.", 0),
        ("The scale of the outage surprised everyone.", 0),
    ],
)
def test_work_told_by_what_it_makes(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a team's deliverable by its name, and "you or someone on X"
        (
            "I need engineering's forecast of cloud spend by month for Jan-Dec, split by prod and non-prod.",
            2,
        ),
        (
            "Could you or someone on the sepsis committee review the attached summary by 12 December?",
            1,
        ),
        # near-misses: a contraction, not a possessive; someone else's work told
        ("I need to know what's in the forecast first.", 0),
        ("Someone on the sepsis committee reviewed the attached summary.", 0),
    ],
)
def test_a_teams_deliverable_and_you_or_someone(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a behaviour to grow, named by where it shows: a task, its outcome open
        ("Try to speak up more in architecture discussions.", 1),
        ("Please become more present in the architecture guild.", 1),
        # near-misses: no place named, or not a presence
        ("Be more proactive.", 0),
        ("Growth plan item for Naomi: become more visible across the org.", 0),
        ("Please be more specific in your updates going forward.", 0),
    ],
)
def test_a_presence_to_grow_is_named_by_its_forum(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a stakeholder's name for a team, and "u own" in chat shorthand
        ("Hey! Can engineering look into why our AWS bill went up? Finance is asking.", 1),
        ("Hi Olivia, could Legal review our updated open-source license policy at some point?", 1),
        ("thx for the chat. so: u own the android widget.", 1),
        # near-misses: the team is the subject of a guess, a question about what you own
        ("Could product be the reason signups dropped?", 0),
        ("if u own the android widget, let me know.", 0),
    ],
)
def test_a_team_by_its_stakeholder_name_and_chat_u(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # asks nothing: a question about what we know, time off, a talk
        ("Do we even know who uses the legacy reports? Feels like nobody does.", 0),
        ("Thanks for staying late for the release, Ade. Take tomorrow morning off if you want.", 0),
        ("PR #3310: I'm not going to approve this as-is. Talk to me.", 0),
        # near-misses: the work asked
        ("Do the inventory of who uses the legacy reports.", 1),
        ("Take the release notes off my plate this week.", 1),
        ("Talk to the vendor about the renewal terms.", 1),
    ],
)
def test_questions_time_off_and_a_talk_ask_no_work(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # "come up with" makes a deliverable
        ("Sam, I'd like you to come up with some kind of plan to turn things around.", 1),
        ("Could you come up with a rollout plan for the new billing service?", 2),
        # near-misses: nothing named, and a thing that happened
        ("Can you come up with something?", 0),
        ("Did anything come up with the vendor?", 0),
    ],
)
def test_coming_up_with_a_plan_is_a_task(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # address-underperformance, in my own words: an outcome expected of all their work
        ("Going forward, I expect your tickets to ship with unit tests before they go to QA.", 2),
        ("I expect your tickets to pass QA.", 2),
        # "your" before something that is not their work
        ("I want your honest opinion on the tickets.", 0),
    ],
)
def test_an_outcome_expected_of_all_their_work_is_specific(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a problem or a worry stated next to the ask, with no goal behind it: a vague why
        ("Can you own the release checklist for 5.0? We keep missing steps.", 1),
        ("Can you own the release checklist for 5.0? We keep working on it.", 0),
        ("You keep missing standup.", 0),
        ("Could you take over the design system migration? It is sort of stalled.", 1),
        ("Could you take over the design system migration? It is not so good at the moment.", 1),
        ("Could you take over the design system migration? It is not bad at the moment.", 0),
        ("Can you help with the support queue this week? Triage is falling behind.", 1),
        (
            "The build cluster costs 9k EUR a month, this is too much. Please bring it under 5k by June.",
            1,
        ),
        ("Shout if it's too much. Please bring the build cluster under 5k by June.", 0),
        ("Can you improve the interview loop? It's taking forever.", 1),
        (
            "Please write up how regression testing works. Folks on the new squads don't seem to know.",
            1,
        ),
        ("Please write up how regression testing works. I don't know yet who reads it.", 0),
        ("Upgrade the Postgres clusters. It still has to happen.", 1),
        ("Reminder that security is everyone's job!", 1),
        ("The customer satisfaction thing is on my mind a lot.", 1),
        ("I wanted to talk, because it's been on my mind.", 0),
        ("Retro actions: standups run long. Ola to timebox them to 15 minutes.", 1),
        ("The Kafka thing is going to bite us, we need to figure something out.", 1),
        ("Can you look at the flaky suite? We all agreed it hurts.", 1),
        ("Could you help with the flaky tests? It slows everybody.", 1),
        ("Please own the payments runbook. It still doesn't exist, three incidents later.", 1),
        # someone senior's attention, no stake named
        ("Can you fix the sync delays? The CMO has noticed.", 1),
        ("Can you get cold start under 2 s? The slow badge is what worries product.", 1),
        ("Can you get cold start under 2 s? That badge is what worries me.", 0),
        ("Can you look at the 502s? Now it's on everyone's radar.", 1),
        ("Can you look at the 502s? I don't have a fix, but it's on my radar.", 0),
        ("Could you reduce the P1 bugs? They come up in every steering.", 1),
        # an OKR's objective is an aspiration; its key results are measures, not a why
        ("Objective: customers trust our uptime.\nKR1: 99.95% monthly availability.", 1),
        ("KR1: 99.95% monthly availability on the public API.", 0),
    ],
)
def test_a_problem_or_attention_with_no_goal_is_a_vague_why(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("relevant").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a stake stated next to the ask with no marker: a business plan riding on it, a legal
        # exposure, an audit finding, a cost per unit, incidents and time lost, one person holding it
        (
            "Please fix the pricing page on Safari. Marketing is launching the campaign there on Monday.",
            2,
        ),
        ("Please fix the pricing page on Safari. Marketing is a separate team.", 0),
        ("Can you write up the SAP integration? She's the only one who knows it.", 2),
        ("Can you write up the SAP integration? You're the one who knows it.", 0),
        (
            "Please clean up our Datadog monitors. There are 1,400 of them and we pay per monitor.",
            2,
        ),
        ("Please clean up our Datadog monitors. We pay per month.", 0),
        (
            "Could you enable branch protection on all 9 repos? It's the last open item from the PCI audit.",
            2,
        ),
        (
            "Could you fix the accessibility issues before 28 June? We're legally on the hook from then.",
            2,
        ),
        ("Could you fix the accessibility issues before 28 June? Legally it's your call.", 0),
        (
            "No Friday deploys after 14:00. We had three weekend pages from Friday deploys last month.",
            2,
        ),
        (
            "Please fix the logging. In every incident we spend the first twenty minutes grepping.",
            2,
        ),
        (
            "Please improve LCP on the PDP. SEO flagged it as our worst page, which hurts ranking.",
            2,
        ),
        ("Please rewrite the docs. It's the top reason for onboarding tickets.", 2),
        ("Please rewrite the docs. The main reason for the delay was the docs.", 0),
    ],
)
def test_a_stake_stated_without_a_marker_is_an_explicit_why(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("relevant").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a team's need names what it is for; bare, or only a maybe, it is a vague why or none
        ("Honestly the team needs this. Can you add a page per alert to the on-call handbook?", 1),
        ("The finance team needs these models to close Q2. Can you finish them?", 2),
        ("I mentioned the platform team might need help next quarter. Think about it.", 0),
        # time given to the work is support, time lost to the problem is a stake
        (
            "Ravi will spend two afternoons with you for handover. Please take over the partner docs.",
            0,
        ),
        ("We spend two afternoons every release on the partner docs. Please automate them.", 2),
        # a freeze starting is a date; a contract ending is a stake
        ("The cutover should happen before the freeze, and the freeze starts on the 18th.", 0),
        ("Please move the VPN users over. The support contract ends on the 18th.", 2),
        # the writer's own need for a meeting is an occasion; someone else's need is a why
        ("Can you draft the postmortem? I need it before Thursday's ops review.", 0),
        ("Can you draft the postmortem? Finance needs it before Thursday's budget review.", 2),
        (
            "Can you draft the postmortem? I need it before Thursday's ops review, where Marco walks "
            "the VP through it.",
            1,
        ),
        (
            "Ifeoma wants more exposure to architecture work. Action: think about what excites her.",
            1,
        ),
        # a condition after a conjunction is no situation stated
        (
            "Please cut over your tables by the 18th. And if the 18th looks wrong to you, tell me now.",
            0,
        ),
        ("Please cut over your tables by the 18th. The schema looks wrong.", 1),
    ],
)
def test_a_need_names_what_it_is_for_and_a_condition_is_no_why(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("relevant").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a filler "so" opening a request is no purpose
        ("Yeah so Luca can you take the lead on the SOC 2 stuff and keep me posted?", 0),
        ("Please tidy the FAQ so support can answer customers faster.", 2),
        # a party asking with nothing at stake is a vague why; what it asked for by a date is a stake
        ("Can engineering look into why our AWS bill went up? Finance is asking.", 1),
        ("Legal asked us to do something about cookie consent. Can somebody pick this up?", 1),
        ("Legal asked for a signed deletion process by 1 Feb. Can somebody pick this up?", 2),
        (
            "The reason I'm asking is that enterprise customers keep asking for audit logs and we "
            "lost a renewal over it. Can you scope it?",
            2,
        ),
        # a purpose or an effect with no goal named
        (
            "Could you share the historical refund data with our team? We want to use it for a "
            "forecasting model.",
            1,
        ),
        (
            "Could you share the historical refund data with our team? We want to use the new model.",
            0,
        ),
        (
            "Your assets have been late for the last few milestones and it's starting to affect the "
            "whole team. Can you come back with ideas?",
            1,
        ),
        ("Please port the BLE stack to SDK 17 so we can build with the new toolchain.", 1),
        (
            "Ravi, could you label another batch with the vendor? The current model is weak on scratches.",
            1,
        ),
        # "the cost" is a noun, what it costs a verb
        ("Just make sure we track the cost per tenant soon, finance keeps asking.", 1),
        ("Please automate the export; it costs finance two days at every month-end.", 2),
        # which reports, not a problem stated
        ("Could you send us a few more examples of the reports that look wrong?", 0),
        ("Could you fix the export? The reports look wrong.", 1),
        # a credential expiring implies the outage without naming a goal
        ("Alex: rotate the prod TLS certs on the edge LBs before they expire Dec 14.", 1),
        ("Alex: rotate the prod TLS certs on the edge LBs before Dec 14.", 0),
        # a stake: a submission blocked, a team's target riding on it, a regulator, a career level
        (
            "Can you own the save-file bug? Sony flagged it in our last cert pass and we can't "
            "resubmit until it's gone.",
            2,
        ),
        (
            "Can you run the A/B test on onboarding? The growth team is counting on this for the Q1 target.",
            2,
        ),
        (
            "The regulator's letter asks for evidence that privileged access is reviewed quarterly. "
            "Can IT set up a process?",
            2,
        ),
        (
            "Aim for PRs under 400 lines. This is about getting you to senior by the summer cycle.",
            2,
        ),
        ("Aim for PRs under 400 lines. This is about getting you to the summer offsite.", 0),
    ],
)
def test_a_why_in_a_new_voice_is_read_by_what_it_names(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("relevant").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a bracket that opens a clause about who is hit is the why, not the task
        (
            "Please make the CSV export handle quoted commas (customers are getting broken files).",
            2,
        ),
        (
            "Please update the key in the three services that read it (checkout, refunds, payouts).",
            0,
        ),
        # business lost, a store rating down, a customer-facing flow broken
        (
            "By 3 March each owner must upload the access review. If we fail this, we lose the two "
            "enterprise deals waiting on it.",
            2,
        ),
        (
            "By 3 March each owner must upload the access review. Otherwise we lose track of who did it.",
            0,
        ),
        (
            "I'd like you to lead a fix for the onboarding. The app-store rating dropped from 4.6 to 4.1.",
            2,
        ),
        ("I'd like you to lead a fix for the onboarding. The rating scale goes from 1 to 5.", 0),
        (
            "Please make the fan-out async. When the SMS provider is slow, the whole checkout "
            "confirmation hangs.",
            2,
        ),
        (
            "Please make the fan-out async. When the SMS provider is slow, the nightly report hangs.",
            0,
        ),
    ],
)
def test_a_customer_effect_in_a_bracket_or_a_lost_deal_is_an_explicit_why(
    text: str, level: int
) -> None:
    assert score(text, "smartt").criterion("relevant").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # an expiry or a switch-off announced implies the why without naming a goal
        ("Can you renew it? The cert for api.eu.example.io expires Sunday.", 1),
        ("Can you renew it? The cert lives in the eu vault.", 0),
        (
            "Please rotate your tokens by Friday. Any token older than 90 days will be revoked "
            "automatically on Monday.",
            1,
        ),
        ("Please rotate your tokens by Friday. The new tokens will be shown in the portal.", 0),
        # a help to the writer, a load, a readiness: loose whys
        (
            "Please put the ticket number in the PR title. It helps me a lot for the release notes.",
            1,
        ),
        ("Please put the ticket number in the PR title. It helps to keep titles short.", 0),
        (
            "Could you help Rafael with the tests this week? He is alone with the regression and it's a lot.",
            1,
        ),
        ("Could you help Rafael with the tests this week? I know it's a lot to ask.", 0),
        ("I think you're ready to run the hiring loop for the frontend role. Would you own it?", 1),
        (
            "The estimates have been off by 2x for three sprints, and I'd expect a senior to do "
            "something about that.",
            1,
        ),
    ],
)
def test_an_expiry_a_load_or_a_readiness_is_a_vague_why(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("relevant").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # news with nothing asked: the writer's own promise is no ask of the reader
        (
            "Summary of last night: the primary Redis failed over and about 1,200 checkout sessions "
            "were dropped. Nothing needed from anyone right now, we'll share the postmortem when "
            "it's written.",
            0,
        ),
        (
            "Summary of last night: about 1,200 checkout sessions were dropped. Nothing needed from "
            "anyone right now, but please share the postmortem by Friday.",
            2,
        ),
        (
            "For context before tomorrow's call: they've opened 11 P2s and their CTO mentioned "
            "evaluating competitors. Nothing for you to prep.",
            0,
        ),
        (
            "For context before tomorrow's call: their CTO mentioned evaluating competitors. "
            "Please prep the timeline.",
            2,
        ),
    ],
)
def test_a_stake_in_news_with_nothing_asked_is_no_why(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("relevant").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a failure or an error the work handles, a priority, a condition, a question: no problem stated
        (
            "Stefan, I want a one-page write-up on the scheduler: costs, failure handling and your "
            "recommendation. Draft by Thursday.",
            0,
        ),
        ("Please fix the nightly export. It keeps hitting failures.", 1),
        (
            "Please run the ZAP baseline against staging. Amara is your contact if something looks off.",
            0,
        ),
        ("Please run the ZAP baseline against staging. The current setup looks off.", 1),
        ("DOCS-14: Update the API docs.\nPriority: Low", 0),
        ("Please raise the test coverage on billing. It is low.", 1),
        ("Team: what do we want to get better at next year?", 0),
        (
            "Priya wants to get better at estimation. Can you pair with her on the next sprint plan?",
            1,
        ),
        # a vendor's support ending is a stake
        (
            "Please migrate the 23 cron jobs to Argo by 31 August. The box is end-of-support in September.",
            2,
        ),
    ],
)
def test_what_the_work_handles_is_no_problem_stated(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("relevant").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a compliance audit named by its framework is a why tied to a business goal, even inside the
        # ask; a bare "the audit" is an occasion
        (
            "Please update the runbook to the Vault flow before the SOC 2 auditors get read access on 2 May.",
            2,
        ),
        ("Please list every table with EU personal data. Due Dec 12, ahead of the DPA audit.", 2),
        ("Please collect the evidence by Jan 15. The SOC2 auditors arrive the 20th.", 2),
        ("Please clean up the IAM roles before the audit on Monday.", 1),
    ],
)
def test_a_compliance_audit_named_by_its_framework_is_an_explicit_why(
    text: str, level: int
) -> None:
    assert score(text, "smartt").criterion("relevant").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a stake in an outside requester's words: a cut-off someone needs it for, compliance evidence,
        # a release blocked without a sign-off, a reportable event
        (
            "Please confirm the failed payments are resubmitted by 17:00. Treasury needs the position "
            "before the ECB cut-off.",
            2,
        ),
        (
            "Please confirm the failed payments are resubmitted by 17:00. Treasury needs the position "
            "by tomorrow.",
            0,
        ),
        ("Can you run the failover test tomorrow? It's for the SOC2 evidence due Friday.", 2),
        (
            "Could you find two testers for UAT? Without UAT sign-off we can't release before the "
            "January freeze.",
            2,
        ),
        ("Could you find two testers for UAT? Without Priya we can't run it.", 0),
        (
            "Please roll out the new printer driver. Patient-ID errors are a reportable safety event.",
            2,
        ),
    ],
)
def test_an_outside_requesters_stake_is_an_explicit_why(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("relevant").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a sales peak the work is timed for is a loose why; what the peak is worth makes it a stake
        ("Need p95 on /search under 400 ms before Black Friday.", 1),
        (
            "Need p95 on /search under 400 ms before Black Friday. It's 30% of our yearly revenue.",
            2,
        ),
        ("Could the pricing page feel snappier before the holiday campaign?", 1),
        ("Can you get search p95 under 300 ms before the Black Friday freeze on November 20?", 0),
        ("Could the pricing page feel snappier before Friday?", 0),
    ],
)
def test_a_sales_peak_alone_is_a_vague_why(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("relevant").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # hires lost are a hiring stake; offers made are news
        (
            "Can you rewrite the system design question? We've lost 3 of our last 5 offers because "
            "candidates called it trivia.",
            2,
        ),
        (
            "Can you rewrite the system design question? We've made offers to 3 of our last 5 candidates.",
            0,
        ),
    ],
)
def test_lost_offers_are_an_explicit_why(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("relevant").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # the exec team's word is the "leadership cares" reason; another team's need is a stake
        ("We need fewer incidents next quarter. That's the message from the exec team.", 1),
        (
            "We need fewer incidents next quarter. That's the message from the platform team, who "
            "are paged every night.",
            2,
        ),
        (
            "Can you draft the plan? It goes into the H2 planning doc, which is due to the exec team on 30 May.",
            1,
        ),
        # "you to keep ..." is the ask, "to keep ..." after the ask its purpose
        ("I want you to keep owning the relationship with the platform team.", 0),
        ("Please tune the alerts to keep the on-call rotation sane.", 2),
    ],
)
def test_the_exec_teams_word_is_vague_and_the_ask_is_no_purpose(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("relevant").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a feeling of slowness, a growth plan the ask is for, a purpose with no goal: vague whys
        ("Could you improve the checkout page performance? It feels sluggish on older phones.", 1),
        ("Could you improve the checkout page performance? It feels like a big job.", 0),
        ("So for your growth plan, I'd love for you to get more visible outside the team.", 1),
        ("Please update your growth plan doc before our 1:1.", 0),
        ("Make the dashboard usable by Friday and show it at the demo so they can poke at it.", 1),
        ("Make the dashboard usable by Friday and show it at the demo so they are there.", 0),
    ],
)
def test_a_feeling_a_plan_or_a_purpose_with_no_goal_is_a_vague_why(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("relevant").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # conversion lost, sales burned in front of buyers, the bar of the next level: explicit whys
        (
            "The bundle needs to be under 250 KB gzipped. The mobile web conversion drop last month tracks with when it crossed 400.",
            2,
        ),
        ("The bundle needs to be under 250 KB gzipped. The conversion script runs last.", 0),
        (
            "Could the platform team make staging more stable? The sales team got burned twice this quarter by demos falling over.",
            2,
        ),
        ("Could the platform team make staging more stable? The sales team got new laptops.", 0),
        (
            "Run the debriefs for the four onsites next week. This is a big part of the staff engineer expectations.",
            2,
        ),
        ("Run the debriefs for the four onsites next week. The staff engineer will join.", 0),
    ],
)
def test_lost_conversion_burned_sales_or_the_next_levels_bar_is_an_explicit_why(
    text: str, level: int
) -> None:
    assert score(text, "smartt").criterion("relevant").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # time given to the work is no time lost to a problem
        ("Let Sam spend three days on the flaky tests.", 0),
        ("Please spend a day on the flaky tests.", 0),
        # time people lose to it is the why
        ("Please fix the flaky tests; we still spend two days every release on them.", 2),
        ("Please fix the flaky tests; engineers spend two hours a day rerunning them.", 2),
    ],
)
def test_a_bare_spend_is_time_lost_only_with_who_loses_it(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("relevant").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # delegate-resistant-senior, in my own words: "low-" makes a compound, not a problem
        (
            "Lead the migration of the 12 billing jobs by March 31. Start with the two low-risk "
            "jobs, run each in shadow mode for one month-end before cutover.",
            0,
        ),
        ("Please look at the checkout tests; coverage is low.", 1),
    ],
)
def test_a_low_compound_is_no_problem(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("relevant").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # what follows if the work fails or is not done is its why
        ("Please fix the leak by Friday. If we don't, the Q3 retention goal goes with it.", 2),
        ("Please fix the leak by Friday. If we miss the launch, customers churn.", 2),
        # a condition on asking, or one whose result names no goal
        ("Please fix the leak by Friday. If you have questions about the launch, ping me.", 0),
        ("Please fix the leak by Friday. If it breaks again, call me.", 0),
    ],
)
def test_what_follows_if_the_work_fails_is_a_why(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("relevant").score == level


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # a vague why is quoted with its clause, not as one word ("leak")
        (
            "So here's my ask: give Elif and Sam six working days, starting Monday, to fix the leak.",
            "to fix the leak",
        ),
        ("Please look at the checkout tests; coverage is low.", "coverage is low"),
        # a number's point or comma ends no clause
        (
            "Please ship the Android release; crash-free sessions are below 99.5% on it.",
            "crash-free sessions are below 99.5% on it",
        ),
    ],
)
def test_a_problem_as_a_vague_why_is_quoted_with_its_clause(text: str, quoted: str) -> None:
    relevant = score(text, "smartt").criterion("relevant")
    assert relevant.score == 1
    assert [span.text for span in relevant.evidence] == [quoted]
    assert relevant.advice is not None and relevant.advice.startswith(f"“{quoted}”")


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a deliverable named, then wished for by a pronoun: a task, its scope not spelled out
        (
            "Just a gentle reminder that the runbook for the payments failover STILL doesn't "
            "exist. Would be nice to have one at some point.",
            1,
        ),
        (
            "Just circling back on the load-test results I asked for. Would be lovely to have "
            "them at some point.",
            1,
        ),
        # people wished for, or nothing named before, is no task
        ("The new hires start Monday. Would be nice to have them settled in.", 0),
        ("Great sprint everyone. Would be nice to have one like it again.", 0),
        ("We finished the runbook. Would be great to have you back on the team.", 0),
    ],
)
def test_a_deliverable_wished_for_by_a_pronoun_is_a_task(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


def test_a_failover_is_no_failure() -> None:
    # "failover" names the mechanism, not a consequence: no stake in the incidents count
    text = (
        "Can you write the runbook? The payments failover still has no docs, three incidents later."
    )
    assert score(text, "smartt").criterion("relevant").score == 0
    # a failure is one: "the payments job failed, three incidents later"
    failed = "Can you write the runbook? The payments job failed again, three incidents later."
    assert score(failed, "smartt").criterion("relevant").score == 2


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # finished is the done-state of the work named
        (
            "@kofi can you take this branch over while I'm out and just get it over the line?",
            1,
        ),
        (
            "Luca, can you take the lead on the SOC 2 evidence collection and let's try and get "
            "it done in the new year.",
            1,
        ),
        # with nothing named there is nothing to be done with, and the speaker's own plan asks nothing
        ("Just get it done.", 0),
        ("Let's get this sorted before the offsite on the 14th.", 0),
        (
            "Can you take the lead on the SOC 2 evidence collection? I'll get it done myself otherwise.",
            0,
        ),
    ],
)
def test_getting_the_named_work_done_is_a_done_state(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("measurable").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # all or nothing, on one thing told apart: what done is and what it covers
        ("Quick one: rotate the staging DB password and update it in Vault.", 2),
        ("Jira SEC-1207: moving this to Sprint 44. Please rotate the leaked key.", 2),
        ("Quick one: can you rotate the Stripe API keys today?", 2),
        ("Please shut down the old Jenkins box by Friday.", 2),
        # which ones, or to what, is left open
        ("rotate the creds", 1),
        ("Please rotate the keys today.", 1),
        ("Upgrade the Postgres clusters.", 1),
    ],
)
def test_an_all_or_nothing_change_to_one_thing_is_specific(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a decision meeting dated next to the ask: a loose purpose
        (
            "Could you add a section on how producers migrate? The approval review is pencilled "
            "in for the 24th.",
            1,
        ),
        (
            "Can you cut a build with the shorter intro? Their greenlight meeting is on the 14th.",
            1,
        ),
        # a routine meeting is only a time
        ("Can you cut a build with the shorter intro? Our weekly sync is on Tuesday.", 0),
        ("Can you cut a build with the shorter intro? The team meeting is on the 14th.", 0),
    ],
)
def test_a_dated_decision_meeting_is_a_loose_why(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("relevant").score == level


@pytest.mark.parametrize(
    ("text", "specific", "measurable"),
    [
        # presence in a named forum, asked as a proposal after a colon or as what is wished for
        (
            "Anna, as growth goal I propose: you become more visible in architecture discussions.",
            1,
            1,
        ),
        (
            "What I'd love going forward is for you to be more of a presence in incident channels "
            "generally.",
            1,
            0,
        ),
        # nowhere named, or a wish with no one in it
        ("What I'd love going forward is for you to be more of a presence.", 0, 0),
        ("What I'd love is a quieter on-call week.", 0, 0),
    ],
)
def test_presence_in_a_forum_wished_for_is_a_task(
    text: str, specific: int, measurable: int
) -> None:
    result = score(text, "smartt")
    assert result.criterion("specific").score == specific
    assert result.criterion("measurable").score == measurable


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a handover's remaining work, listed: what done still needs
        (
            "Hi Ruby, you're taking over the move from the old OpenVPN box to Tailscale. Remaining "
            "work: the last 23 users, the finance ACLs, and decommissioning the box.",
            2,
        ),
        (
            "@lucia it's yours if you want it: remaining work is cursor-based pagination on "
            "/v2/invoices and /v2/payments, same contract as /v2/customers, plus updating the SDK "
            "examples.",
            2,
        ),
        # a question defines no done, nor does one thing left said loosely
        ("What's left on the VPN move: the last 23 users, the finance ACLs, and the old box?", 0),
        ("It's mostly done. What's left is some polish.", 0),
    ],
)
def test_remaining_work_listed_in_a_handover_is_measurable(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("measurable").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # the formal ask in the passive, the work its subject (where it goes is its scope)
        (
            "It would be brilliant if the plugin API could be stabilised before 2.0 ships in June.",
            1,
        ),
        ("It would be appreciated if the Q4 access review could be completed by 15 December.", 1),
        ("The support macros are to be reviewed and, where necessary, updated.", 1),
        ("The release notes need to be written.", 1),
        ("Ideally the new design tokens would be rolled out across the marketing site.", 2),
        ("Could the runbook be updated by Friday?", 1),
        # near-misses: a state or a guess, a plan told without the wish, a question about a cause
        ("That is to be expected.", 0),
        ("It is expected that the market will be disrupted.", 0),
        ("The tokens would be rolled out next week.", 0),
        ("Could that be the reason?", 0),
    ],
)
def test_the_formal_ask_in_the_passive_names_its_work(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a coaching question takes the work as given, and names it
        (
            "What would it take for you to get the onboarding docs to the point where a new hire can deploy alone?",
            2,
        ),
        ("What's getting in the way of you finishing the penetration-test remediation?", 1),
        ("What would help you get the QA sign-off time down from four days to one?", 2),
        ("Would anyone be interested in helping with the docs?", 1),
        # near-misses: no work in the question
        ("What would it take for you to feel at home here?", 0),
        # asking for agreement is no work (Marco's rehearsal snapshot)
        ("What would it take for you to get on board with the move?", 0),
        ("What's getting in the way of you sleeping?", 0),
        ("What would help you relax?", 0),
        ("Would anyone be interested in joining us for lunch?", 0),
    ],
)
def test_a_coaching_question_names_the_work_it_takes_as_given(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # an action item in a markdown checklist, and a handover after a colon
        ("- [ ] Rotate the leaked staging API key (owner: Daniel, today)", 2),
        ("A few things before you go on leave: hand over the Carlisle escalations to Bea.", 1),
        # near-misses: an item with no work verb; handing over a thing said as news
        ("- [ ] the leaked staging API key", 0),
        ("Bea got the hand over of the Carlisle escalations yesterday.", 0),
    ],
)
def test_a_checklist_item_and_a_handover_are_tasks(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a formal plan's goal after "Expectation:", and the thing wanted with what is to be done to it
        ("Expectation: all code reviews assigned to you are completed within two working days.", 2),
        ("I need the flaky tests fixed before the freeze.", 1),
        ("I'd like the docs updated.", 1),
        # near-misses: expectations with no goal after them, a state wanted
        ("Expectations are high for this launch.", 0),
        ("Expectation: low.", 0),
        ("I'd like the team happier.", 0),
    ],
)
def test_a_stated_expectation_and_a_thing_wanted_done_are_asks(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # the ask of whoever in the group takes it, and of a team by where it sits
        ("I'd like one of you to take the Terraform upgrade.", 1),
        ("Can the Bangalore folks pick up the nightly flaky-test triage?", 2),
        # near-misses: no work asked
        ("I'd like one of us to be happy.", 0),
        ("Can the Bangalore folks join us for dinner?", 0),
    ],
)
def test_one_of_a_group_and_a_team_by_place_are_asked(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a thing made better by degree is a direction, wished for or asked how
        ("We really ought to make the staging environment less painful.", 1),
        ("How do you think we could make code reviews faster?", 1),
        # near-misses: no degree, no wish
        ("We really ought to make the staging environment work.", 0),
        ("How do you think we could celebrate the launch?", 0),
        ("The new runners make code reviews faster.", 0),
    ],
)
def test_making_a_thing_better_by_degree_is_a_direction(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("measurable").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a range is a count, and lining people up is work
        ("Can you line up 3-5 mentors from the core team?", 2),
        ("Can you find 8\u201310 competitors for the teardown?", 2),
        ("Can you line up five mentors from the core team?", 2),
        # near-misses: no count, or a count of nothing to deliver
        ("Can you line up some mentors from the core team?", 1),
        ("Version 3-5 of the API was a mess.", 0),
    ],
)
def test_a_range_is_a_count_to_deliver(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("measurable").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # the team's time lost to the problem, counted, and a why with a count in words
        ("Can you get the flaky e2e suite below 2%? We lost most of Tuesday to it.", 2),
        (
            "Can you get the QA sign-off time down? We're losing a release slot every month to it.",
            2,
        ),
        (
            "Please collapse the VPC modules into one, because every network change needs three PRs.",
            2,
        ),
        # near-misses: nothing counted as lost, a why with no detail (vague, level 1)
        ("Can you get the flaky e2e suite below 2%? We lost track of it.", 1),
        ("Please collapse the VPC modules into one, because it's tidier.", 1),
    ],
)
def test_time_lost_to_the_problem_is_a_why(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("relevant").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # the help the person needs is no stakeholder's want
        (
            "Please update the sprint board daily. The company will provide whatever support you require.",
            0,
        ),
        # near-miss: a party that requires the work
        ("Please update the runbook. Compliance requires it.", 2),
    ],
)
def test_support_the_person_requires_is_no_why(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("relevant").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a topic by when it came up is still a topic
        ("AI: look into the DNS thing from Tuesday. Owner TBD.", 0),
        ("Can you look into that deploy stuff from the retro?", 0),
        # near-misses: the things named
        ("Can you look into the DNS errors from Tuesday?", 1),
        ("Can you fix the DNS thing from Route 53?", 1),
    ],
)
def test_a_topic_by_when_it_came_up_is_no_task(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # the ask listed after "I'd ask for:"
        ("Realistically I'd ask for: answering binding-related issues within a week.", 2),
        # near-misses: no work listed
        ("I'd ask for: patience.", 0),
        ("I'd ask for your patience.", 0),
    ],
)
def test_the_ask_listed_after_i_would_ask_for(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # the parts each one must hold, listed, is a concrete deliverable
        (
            "From Monday, every escalation to engineering must include the customer ID, reproduction steps and the HAR file.",
            2,
        ),
        (
            "Please tighten up the handovers: each handover should list open incidents and anything that paged.",
            2,
        ),
        # near-misses: nothing listed
        ("From Monday, every escalation to engineering must include some context.", 1),
        ("Please tighten up the handovers: each handover should be clearer.", 1),
    ],
)
def test_the_parts_each_must_hold_listed_are_a_deliverable(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("measurable").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # an action item's owner and date in brackets say who and when, not what done contains
        ("Please look at the alerts (owner: Daniel, today).", 0),
        # near-miss: the parts listed in brackets
        ("Please look at the three lambdas (email, sms).", 2),
    ],
)
def test_an_owner_in_brackets_lists_no_parts(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("measurable").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # "handle that", "deal with them", "sort it out", "pick this up" point back at a thing
        # named just before: a task is named, its outcome not spelled out
        (
            "We'll need more headroom on the Redis cluster before Black Friday. Hugo, can you handle that?",
            1,
        ),
        ("Pen test findings — deal with them.", 1),
        (
            "The design system migration is sort of stalled. Would you like to take it on?",
            1,
        ),
        ("Legal asked us to do something about cookie consent. Can somebody pick this up?", 1),
        (
            "The Dunmore client wants their monthly SEO report earlier. Can someone on the team sort it out?",
            1,
        ),
        # near-misses: nothing named before the pronoun, a greeting fronted, "look into it"
        ("Thanks for the heads-up. Can you handle it?", 0),
        ("Quick one - can you handle it?", 0),
        ("Long story short — can you handle it?", 0),
        ("As discussed - can you handle it?", 0),
        ("Can someone sort it out?", 0),
        ("Would you like to take it on?", 0),
        ("I was thinking about it. Can somebody pick this up?", 0),
        ("Sorry about yesterday. Can you handle it?", 0),
        ("Just thinking about lunch. Can somebody pick this up?", 0),
        ("btw the auth service logs are super noisy, someone should look into it", 0),
    ],
)
def test_a_pronoun_after_the_thing_it_names_is_a_task(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a terse ask names only the thing and when it is wanted: a task, its outcome unsaid
        ("Docs. Friday.", 1),
        ("the login bug, before standup if possible", 1),
        (
            "Third time asking: the a11y issues on the settings page. Whenever you get a chance, obviously.",
            1,
        ),
        # near-misses: a time alone, a report beside a time, an opener, thanks with a time
        ("By Friday.", 0),
        ("The docs site is slow. Friday.", 0),
        ("Quick one: By Friday.", 0),
        ("Thanks for staying late for the release, Ade. Take tomorrow morning off if you want.", 0),
        ("Retro 14/03 — went well: release train held. Mood: 3/5. Next retro Friday.", 0),
        ("Great job on the launch. Friday.", 0),
        ("Sprint review on Friday.", 0),
        ("Holiday party, Friday 6pm.", 0),
        ("Coffee? Tomorrow 10am.", 0),
        ("the new hire, starting Monday", 0),
    ],
)
def test_a_thing_and_a_time_alone_are_a_terse_ask(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # help asked right after the thing is named: "can you help with that?" said short
        ("Hi IT, the new scheduling system is really slow for the night staff. Can you help?", 1),
        ("Could use a hand with the Windows build, it's been flaky. Any takers?", 1),
        # near-misses: nothing named before it, or a call for anyone
        ("Can you help?", 0),
        ("Thanks for the help. Can you help?", 0),
        ("ugh prod again. someone?", 0),
        ("Pizza in the kitchen. Any takers?", 0),
    ],
)
def test_help_asked_after_the_thing_named_is_a_task(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # "it's yours", "that's yours" hand over the thing just named
        (
            "I won't have time to finish the pagination rewrite. @lucia it's yours if you want it.",
            1,
        ),
        ("For the pitch we need the competitive teardown. Kofi, that's yours.", 1),
        # near-misses: nothing named before it
        ("Kofi, that's yours.", 0),
        ("Thanks for the heads-up. It's yours.", 0),
    ],
)
def test_its_yours_hands_over_the_thing_just_named(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # "start using" is work begun like "start migrating" (its stem has two letters)
        ("I'd like the support team to start using macros more.", 1),
        # near-miss: starting to be something is no work
        ("I'd like the support team to start being more careful.", 0),
    ],
)
def test_starting_to_use_something_is_work_begun(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # "would you have any interest in helping ..." is "would you be interested in helping ..."
        ("Would you have any interest in helping out with the SOC 2 prep?", 1),
        # near-miss: interest in something that is no work
        ("Would you have any interest in being on a panel?", 0),
    ],
)
def test_an_interest_in_doing_the_work_is_asked_as_a_gerund(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # "w/" is "with" in chat shorthand: helping someone named with a thing is a task
        ("can u help Sam w/ the Redis thing, it's kinda important", 1),
        # near-miss: helping me is a plea, not a task
        ("can u help me w/ this", 0),
    ],
)
def test_helping_someone_w_slash_a_thing_is_a_task(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # "I'd like you on it", "it's you now" hand over the thing just named, as "it's yours" does
        ("We're kicking off the mobile app rewrite in January. Emma, I'd like you on it.", 1),
        ("Since apparently nobody owns the status page, congratulations, it's you now.", 1),
        # near-misses: nothing named before it, or "now you and me"
        ("Emma, I'd like you on it.", 0),
        ("It's you now.", 0),
        ("Thanks for the heads-up, it's now you and me.", 0),
    ],
)
def test_you_on_it_hands_over_the_thing_just_named(text: str, level: int) -> None:
    assert score(text, "smartt").criterion("specific").score == level


def test_a_handover_pointing_back_sets_no_done_state() -> None:
    # being put on the work says who, not when it is done
    text = "We're kicking off the mobile app rewrite in January. Emma, I'd like you on it."
    assert score(text, "smartt").criterion("measurable").score == 0
