"""The persona guard, on the ways a small model's reply goes wrong."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from rehearse.config import load_settings
from rehearse.engine.guard import (
    PersonaContext,
    StreamGuard,
    check_reply,
    relevance_problem,
    scene_facts,
    split_sentences,
    vocabulary_of,
)
from rehearse.engine.guard_evaluation import LabelledReply, load_labelled, shown_when_streamed
from rehearse.engine.voice import (
    Exchange,
    Spoken,
    guard_context,
    persona_messages,
    speak_with_model,
)
from rehearse.scenarios import load_all

CONTEXT = PersonaContext(
    name="Marco Rossi",
    user_text="Marco, I need the billing jobs moved to the workflow engine by March 31.",
    previous_replies=("I built those cron jobs and they have run for six years without a page.",),
    private_texts=(
        "Marco is guarded: he thinks the migration is being forced on him and fears losing ownership.",
        "He worries the workflow engine's retry semantics will double-charge customers.",
    ),
    vocabulary=vocabulary_of(
        ["billing jobs cron workflow engine March retries customers migration ownership"]
    ),
)


def test_a_good_reply_passes_untouched() -> None:
    text, problem = check_reply(
        "Look, the cron jobs work. If we move billing, who owns the retries when a charge fails?",
        CONTEXT,
    )
    assert problem is None
    assert text.startswith("Look, the cron jobs work.")


@pytest.mark.parametrize(
    ("reply", "reason"),
    [
        ("As an AI language model, I cannot have opinions about billing.", "assistant or an AI"),
        ("I'm happy to assist you with your migration project!", "assistant or an AI"),
        ("How can I help you with the workflow engine today?", "assistant or an AI"),
        (
            "Here's the revised version: the billing jobs are about flexibility.",
            "assistant or an AI",
        ),
        (
            "You are not allowed to speak about anything that isn't in the character.",
            "recited its instructions",
        ),
        ("Let's stay in character: the billing jobs stay on cron.", "recited its instructions"),
        ("You are Marco the whole time.", "recited its instructions"),
        (
            "My hidden concern is that retries will double-charge customers.",
            "recited its instructions",
        ),
        (
            "Marco is guarded: he thinks the migration is being forced on him and fears losing it.",
            "recited its instructions",
        ),
        ("User: fine, let's do the billing jobs.", "role label"),
        ("As your tech lead, I need you to own the billing migration.", "spoke as the user"),
        ("Hi, my name is Sarah and I run the billing jobs.", "wrong name (Sarah)"),
        ("My name is Priya. The billing jobs are mine.", "wrong name (Priya)"),
        ("Marco, the billing jobs are not ready to move.", "addressed itself"),
        ("Hey Marco, the billing jobs are fine where they are.", "addressed itself"),
        ("No worries, Marco.", "addressed itself"),
        ("That's a great story, Marco, and something to keep in mind.", "addressed itself"),
        ("I'm glad to hear you're taking a positive approach to billing.", "assistant or an AI"),
        # seen in tmux (stop 28), as Dana
        (
            "You're not going to give me the rest of the response on the billing jobs.",
            "assistant or an AI",
        ),
        ("I'm not a system analyst, I'm a system analyst.", "contradicted itself"),
        # seen in tmux (stop 28), as Marco after a judgmental turn
        ("I'm not saying you've failed, but you've failed.", "contradicted itself"),
        ("I need the billing jobs moved to the workflow engine by March 31.", "echoed the user"),
        ("The billing jobs moved.", "echoed the user"),
        (
            "I built those cron jobs and they have run for six years without a page.",
            "earlier reply",
        ),
    ],
)
def test_bad_replies_are_caught_with_the_reason(reply: str, reason: str) -> None:
    text, problem = check_reply(reply, CONTEXT)
    assert text == ""
    assert problem is not None and reason in problem


# Seen in tmux: as Marco committed (the last stage advanced), the embedded model said "That's a
# great one. I'm not going to lie, I can imagine that, but it's not a reality. I'm not going to
# make a decision."
@pytest.mark.parametrize(
    ("reply", "shown"),
    [
        (
            "That's a great one. I'm not going to lie, I can imagine that, but it's not a "
            "reality. I'm not going to make a decision.",
            "That's a great one.",
        ),
        ("Look, my answer is still no.", ""),
        ("Fine. I won't lead it, though.", "Fine."),
    ],
)
def test_a_refusal_is_cut_when_the_stage_has_just_advanced(reply: str, shown: str) -> None:
    conceding = replace(CONTEXT, conceding=True)
    text, problem = check_reply(reply, conceding)
    assert text == shown
    assert problem == "refused when the moment called for agreement"
    # the same words are the persona's to say while it still resists
    assert "refused" not in str(check_reply(reply, CONTEXT)[1])


def test_a_reservation_is_no_refusal() -> None:
    conceding = replace(CONTEXT, conceding=True)
    reply = (
        "Look, I'm not going to pretend I love the workflow engine. But I'll lead the billing move."
    )
    assert check_reply(reply, conceding) == (reply, None)


def test_a_denial_followed_by_another_claim_is_no_contradiction() -> None:
    text, problem = check_reply(
        "Look, I'm not against the move, I'm against breaking billing.", CONTEXT
    )
    assert problem is None
    assert text == "Look, I'm not against the move, I'm against breaking billing."


def test_a_repetition_loop_is_caught() -> None:
    loop = "the billing jobs the billing jobs the billing jobs the billing jobs the billing jobs"
    assert check_reply(loop, CONTEXT) == ("", "repeated itself in a loop")
    repeated = "The cron jobs work fine. The cron jobs work fine. The cron jobs work fine."
    text, problem = check_reply(repeated, CONTEXT)
    assert text == "The cron jobs work fine."
    assert problem == "repeated itself in a loop"


def test_a_stutter_is_a_loop_but_an_emphatic_no_is_not() -> None:
    # Seen from the embedded model in "Give Chris feedback he can hear".
    stutter = "Oh no, no no, no, no! The last two days were all about you."
    assert check_reply(stutter, CONTEXT) == ("", "repeated itself in a loop")
    emphatic = "No, no, no, that is not what I said about the billing jobs."
    assert check_reply(emphatic, CONTEXT) == (emphatic, None)
    conceding = "I know, I know, I know. I will fix the billing jobs today."
    assert check_reply(conceding, CONTEXT) == (conceding, None)


def test_a_phrase_said_over_and_over_is_a_loop() -> None:
    # Seen in tmux on Noor's scenario: the reply was trimmed to this and shown as her turn.
    assert check_reply("I'm sorry, I'm sorry, I'm sorry.", CONTEXT) == (
        "",
        "repeated itself in a loop",
    )
    # ... once it goes on to say something, it is emphasis
    conceding = "I know, I know, I know. I will fix the billing jobs today."
    assert check_reply(conceding, CONTEXT) == (conceding, None)


def test_a_phrase_over_and_over_then_nothing_of_the_talk_is_a_loop() -> None:
    # Seen in tmux on Ravi's scenario (stop 28), after the lead gave the why.
    assert check_reply("I'm sorry, I'm sorry, I'm sorry. I'll keep doing that.", CONTEXT) == (
        "",
        "repeated itself in a loop",
    )


def test_a_phrase_said_over_and_over_inside_a_reply_ends_it() -> None:
    # Seen in tmux on Chris's scenario: the loop sat in the middle of a longer reply.
    reply = (
        "I'm sorry, you just gave me a moment to talk about the billing jobs. I'm sorry, I'm "
        "sorry, I'm sorry. I'm just trying to make tough choices for the team."
    )
    assert check_reply(reply, CONTEXT) == (
        "I'm sorry, you just gave me a moment to talk about the billing jobs.",
        "repeated itself in a loop",
    )


def test_a_short_sentence_said_again_from_an_earlier_reply_is_a_repeat() -> None:
    # Seen in tmux on Noor's scenario: two turns answered with the same words.
    again = replace(CONTEXT, previous_replies=("I'm sorry, I'm sorry. I'm sorry.",))
    assert check_reply("I'm sorry, I'm sorry. I'm sorry.", again) == (
        "",
        "repeated an earlier reply",
    )
    # three words or fewer may come back ("Okay, fair enough.")
    short = replace(CONTEXT, previous_replies=("Okay, fair enough. Go on.",))
    assert check_reply("Okay, fair enough. The billing jobs, then?", short)[1] is None


def test_a_short_reply_that_is_an_earlier_reply_again_is_a_repeat() -> None:
    # Seen in tmux on Dana's scenario: "Fair." twice, the rest of each reply cut by the guard.
    again = replace(CONTEXT, previous_replies=("Fair.",))
    assert check_reply("Fair.", again) == ("", "repeated an earlier reply")
    assert check_reply("Fair. So the billing jobs move in March?", again)[1] is None
    # the same word inside a longer earlier reply is no repeat of it
    longer = replace(CONTEXT, previous_replies=("Fair. But the billing jobs stay on cron.",))
    assert check_reply("Fair.", longer) == ("Fair.", None)


def test_an_earlier_reply_said_again_in_other_words_is_a_repeat() -> None:
    # Seen in tmux on Dana's scenario, two turns running, on the embedded model.
    said = "I'll have the update Monday morning, but I'm going to have to make sure it's a second-line."
    again = replace(CONTEXT, previous_replies=("Fine.", said))
    assert check_reply(
        "I'll have the update Monday morning, but I'll have to make sure it's a second-line.", again
    ) == ("", "repeated an earlier reply")
    # a sentence that says more than the earlier one is no repeat
    nervous = replace(CONTEXT, previous_replies=("Okay. I'm a bit nervous, to be honest.",))
    more = "I'm a bit hesitant about the billing move, I guess, to be honest."
    assert check_reply(more, nervous) == (more, None)


def test_a_near_repeat_of_the_previous_sentence_is_a_loop() -> None:
    text, problem = check_reply(
        "I'm not sure the billing move is safe, but I'll keep going with the retries. "
        "I'm not sure the billing move is safe, but I will also keep going with the retries.",
        CONTEXT,
    )
    assert text.startswith("I'm not sure the billing move is safe")
    assert problem == "repeated itself in a loop"


def test_an_empty_reply_says_nothing() -> None:
    assert check_reply("   ", CONTEXT) == ("", "said nothing")


def test_an_off_topic_reply_is_caught() -> None:
    text, problem = check_reply("I'm currently in Italy and the weather is lovely today.", CONTEXT)
    assert text == ""
    assert problem == "wandered off the topic"


def test_an_over_long_reply_is_trimmed_at_a_sentence_boundary() -> None:
    reply = (
        "The cron jobs work. They have run for years. Billing is fragile. "
        "Retries could double-charge customers. And I was never asked."
    )
    text, problem = check_reply(reply, CONTEXT)
    assert text == "The cron jobs work. They have run for years. Billing is fragile."
    assert problem == "trimmed to 3 sentences"


def test_a_later_bad_sentence_ends_the_reply_at_the_previous_one() -> None:
    text, problem = check_reply(
        "The billing cron jobs have never failed. As an AI, I have no feelings.", CONTEXT
    )
    assert text == "The billing cron jobs have never failed."
    assert problem == "spoke as an assistant or an AI"


def test_the_stream_guard_approves_whole_sentences_only() -> None:
    guard = StreamGuard(CONTEXT)
    shown = []
    for piece in ["The cron ", "jobs work", ". Who owns ", "the retries", "?"]:
        shown += guard.feed(piece)
        if guard.accepted:
            # Approved, but too few words to judge relevance yet: held, and the front end
            # shows the persona typing.
            assert shown == [] and guard.holding
    assert guard.accepted == ["The cron jobs work."]
    shown += guard.finish()
    assert shown == ["The cron jobs work.", "Who owns the retries?"]
    assert not guard.holding


def stream(guard: StreamGuard, text: str) -> list[list[str]]:
    """Feed `text` word by word, as a model streams it; what each piece released."""
    released = [guard.feed(piece) for piece in re.findall(r"\S+\s*", text)]
    return released + ([] if guard.done else [guard.finish()])


ON_TOPIC_OPENING = (
    "The billing cron jobs have run six years without a page, and the workflow engine "
    "retries could double-charge customers."
)


def test_a_sentence_with_enough_topic_words_settles_relevance_and_streams_at_once() -> None:
    guard = StreamGuard(CONTEXT)
    released = stream(guard, ON_TOPIC_OPENING + " Who owns the retries? I was never asked.")
    # The first sentence is released as soon as it is complete, before the reply is over.
    first = next(index for index, pieces in enumerate(released) if pieces)
    assert released[first] == [ON_TOPIC_OPENING]
    assert first < len(released) - 2
    assert [s for pieces in released for s in pieces] == guard.accepted
    assert len(guard.accepted) == 3 and guard.problem is None


def test_after_relevance_is_settled_a_wandering_sentence_ends_the_reply_shown_so_far() -> None:
    guard = StreamGuard(CONTEXT)
    # Nine topic words, two of them the conversation's: enough to judge, and on topic.
    opening = "The billing cron schedule stays stable, believe me, despite the noisy dashboard."
    wandering = (
        "Meanwhile my garden, the tomatoes, the neighbours, the holiday in Sicily and the "
        "bicycle all wait."
    )
    released = stream(guard, f"{opening} {wandering} Who owns the retries?")
    shown = [s for pieces in released for s in pieces]
    assert shown == guard.accepted == [opening]  # trimmed, never withdrawn
    assert guard.problem == "wandered off the topic"
    # Judged as a whole, as before, the same words would have been withdrawn: nothing shown.
    assert relevance_problem([opening, wandering], CONTEXT) == "wandered off the topic"


def test_an_off_topic_reply_releases_nothing_at_any_point(labelled: list[LabelledReply]) -> None:
    found = next(row for row in labelled if row.id == "tmux-1")
    guard = StreamGuard(found.context)
    released = stream(guard, found.text + " And more.")
    assert all(pieces == [] for pieces in released)
    assert guard.accepted == [] and guard.problem == "wandered off the topic"


def test_a_cut_stream_settles_what_was_held() -> None:
    guard = StreamGuard(CONTEXT)
    for piece in ["The cron jobs work. ", "Who owns the ret"]:
        assert guard.feed(piece) == []
    assert guard.stop() == ["The cron jobs work."]  # the unfinished rest is dropped

    off_topic = StreamGuard(CONTEXT)
    for piece in ["I'm in Italy and the weather and the pasta are lovely. ", "And the"]:
        assert off_topic.feed(piece) == []
    assert off_topic.stop() == [] and off_topic.problem == "wandered off the topic"


def test_streamed_or_whole_every_labelled_reply_shows_the_same(
    labelled: list[LabelledReply],
) -> None:
    """Judging relevance early (to stream sooner) changes no verdict on the labelled replies."""
    for row in labelled:
        guard = StreamGuard(row.context)
        shown = [s for pieces in stream(guard, row.text) for s in pieces]
        assert " ".join(shown) == shown_when_streamed(row.text, row.context), row.id


def test_own_name_prefix_and_stage_business_are_cleaned() -> None:
    text, problem = check_reply("Marco: *sighs* Fine, the billing jobs can move.", CONTEXT)
    assert problem is None
    assert text == "Fine, the billing jobs can move."


# -- relevance, on replies the embedded model really gave -------------------------------

LABELLED = Path(__file__).parent / "data" / "guard" / "replies.jsonl"
# The share of off-topic replies replaced and of on-topic replies shown, a little below what
# the guard reaches (tune .49 / .86, held out .37 / .89; before the concession rule .46 / .90,
# .27 / .96; before the relevance rule: .24 / .92, .07 / .93). The concession rule replaces a
# few on-topic replies at a stage move on purpose: loops and one-sentence remnants that say
# nothing of what the user earned (the authored line says it). Most off-topic replies it
# misses share the conversation's words: the persona talking as the lead, parroting,
# nonsense in the scene's words. See tests/data/guard/README.md.
FLOORS = {
    # split: (off-topic replaced, on-topic shown)
    "tune": (0.44, 0.82),
    "held_out": (0.32, 0.85),
}
TRIPODS = "The one with the two tripods in the laptop is from last year."


@pytest.fixture(scope="module")
def labelled() -> list[LabelledReply]:
    scenarios = {s.scenario.id: s.scenario for s in load_all(load_settings()).scenarios}
    return load_labelled(LABELLED, scenarios)


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_off_topic_replies_are_replaced_and_on_topic_ones_shown(
    labelled: list[LabelledReply], split: str
) -> None:
    rows = [row for row in labelled if row.split == split]
    off = [row for row in rows if not row.on_topic]
    on = [row for row in rows if row.on_topic]
    assert len(off) >= 10 and len(on) >= 10, split
    replaced = [row.id for row in off if not shown_when_streamed(row.text, row.context)]
    shown = [row.id for row in on if shown_when_streamed(row.text, row.context)]
    off_floor, on_floor = FLOORS[split]
    assert len(replaced) / len(off) >= off_floor, f"off-topic replaced: {replaced}"
    assert len(shown) / len(on) >= on_floor, f"on-topic shown: {shown}"


def test_the_relevance_rule_keeps_every_written_on_topic_reply(
    labelled: list[LabelledReply],
) -> None:
    written = [row for row in labelled if row.source == "written" and row.on_topic]
    assert len(written) >= 30
    wandered = [
        row.id
        for row in written
        if relevance_problem(split_sentences(row.text + " ")[0], row.context) is not None
    ]
    assert wandered == []


def test_the_reply_found_in_tmux_is_replaced_when_streamed(labelled: list[LabelledReply]) -> None:
    found = next(row for row in labelled if row.id == "tmux-1")
    assert found.text.startswith(TRIPODS)
    guard = StreamGuard(found.context)
    # Its third sentence ends when the next piece arrives: the guard is done before the stream is.
    shown = guard.feed(found.text + " I")
    assert guard.done
    assert shown == [] and guard.accepted == []
    assert guard.problem == "wandered off the topic"


def test_generic_words_shared_with_the_conversation_do_not_make_a_reply_relevant() -> None:
    context = PersonaContext(
        name="Chris",
        vocabulary=vocabulary_of(["Priya told me last year she won't bring it back to people."]),
    )
    generic = [
        "We needed the tripods and the laptop back at that place last year, with a couple of people."
    ]
    assert relevance_problem(generic, context) == "wandered off the topic"
    assert relevance_problem(["Priya can bring the caching slides back."], context) is None


def test_a_longer_reply_must_share_more() -> None:
    context = PersonaContext(name="Marco", vocabulary=vocabulary_of(["billing cron jobs"]))
    short = ["The billing jobs are fine where they are."]
    long = [
        "The billing run is fine. Meanwhile my garden, the tomatoes, the neighbours, "
        "the holiday in Sicily and the new bicycle all wait."
    ]
    assert relevance_problem(short, context) is None
    assert relevance_problem(long, context) == "wandered off the topic"


# -- what a front end is given while the reply streams (engine.voice) ---------------------


class CutStream:
    """A gateway whose stream yields `text` word by word, then fails if `error` is set."""

    def __init__(self, text: str, error: bool = False) -> None:
        self.text, self.error = text, error

    def stream(self, messages: object, **options: object) -> Iterator[str]:
        from rehearse.model import FailureKind, ModelError

        yield from re.findall(r"\S+\s*", self.text)
        if self.error:
            raise ModelError("connection reset", kind=FailureKind.CONNECTION, model="fake")


def speak(text: str, *, error: bool = False) -> tuple[Spoken, list[str]]:
    given: list[str] = []
    spoken = speak_with_model(
        CutStream(text, error),  # type: ignore[arg-type]
        load_settings(),
        [],
        CONTEXT,
        fallback=lambda: "Fine. Show me the plan.",
        on_text=given.append,
    )
    return spoken, given


def test_released_sentences_reach_the_front_end_as_the_reply_it_keeps() -> None:
    spoken, given = speak("The cron jobs work. Who owns the retries? I was never asked.")
    assert spoken.source == "model"
    assert (
        "".join(given)
        == spoken.text
        == ("The cron jobs work. Who owns the retries? I was never asked.")
    )


@pytest.mark.parametrize(
    ("text", "shown", "source"),
    [
        ("The cron jobs work. Who owns the", "The cron jobs work.", "model"),
        ("I'm in Italy and the weather and the pasta are lovely. And", "Fine. Show me", "scripted"),
    ],
    ids=["on-topic", "off-topic"],
)
def test_a_failed_stream_shows_what_was_held_only_when_it_is_on_topic(
    text: str, shown: str, source: str
) -> None:
    spoken, given = speak(text, error=True)
    assert spoken.source == source and spoken.failed
    assert "".join(given) == spoken.text and spoken.text.startswith(shown)
    assert "Italy" not in "".join(given)


def test_an_early_off_topic_verdict_waits_for_the_rest_of_the_reply() -> None:
    # The first sentence alone shares too little with the scene; the second brings the reply
    # back. Judged early, the reply would be dropped; whole, it is kept, and so it is streamed.
    reply = (
        "Honestly the schedule, the dashboard, the calendar and the budget feel heavy, believe me. "
        "But the billing cron jobs and workflow engine retries could double-charge customers."
    )
    shown, problem = check_reply(reply, CONTEXT)
    guard = StreamGuard(CONTEXT)
    streamed = [s for word in reply.split(" ") for s in guard.feed(word + " ")] + guard.finish()
    assert problem is None
    assert " ".join(streamed) == shown == reply


# -- the turn that moves a stage on ---------------------------------------------------------


def _his_view(user_text: str) -> PersonaContext:
    """Chris at the stage where an open question makes him admit what worries him."""
    from rehearse.engine.voice import Exchange, guard_context, persona_messages

    scenario = next(
        s.scenario
        for s in load_all(load_settings()).scenarios
        if s.scenario.id == "constructive-feedback"
    )
    stage = next(s for s in scenario.stages if s.id == "his-view")
    history = [
        Exchange("persona", "I get it. I'm not trying to steamroll anyone."),
        Exchange("user", "Thanks, I know you're not. Shall we talk again on Friday?"),
        Exchange("persona", "I'll see you there."),
        Exchange("user", user_text),
    ]
    system = persona_messages(scenario, stage, "advanced", history)[0]["content"]
    return guard_context(scenario, stage, "advanced", history, system)


QUESTION = (
    "Before Friday, I'm curious: how do you think we could keep planning on time without "
    "anyone getting cut off?"
)


def test_a_reply_that_gives_nothing_up_when_the_stage_moves_on_is_replaced() -> None:
    # The embedded model's answer to the open question that earned Chris's admission.
    context = _his_view(QUESTION)
    assert "promotion" in context.concession_words and "planning" not in context.concession_words
    text, problem = check_reply(
        "That's the thing. I'm not trying to be a cheat. I'm not trying to get everything "
        "done on a Friday.",
        context,
    )
    assert (text, problem) == ("", "missed what the user's turn had earned")


@pytest.mark.parametrize(
    "reply",
    [
        "Honestly, with the staff promotion coming, that criterion is the one that scares me.",
        "Maybe a timebox per topic, and I stop playing bad cop.",  # the stage's own idea
        "Fine. Five-minute timebox, and I'll ask Priya to bring the caching slides back.",
        "My main worry is that planning drags on and nobody decides anything.",
    ],
)
def test_a_reply_that_opens_up_or_takes_the_proposal_up_is_shown(reply: str) -> None:
    text, problem = check_reply(reply, _his_view(QUESTION))
    assert problem is None and text == reply


def test_every_written_reply_at_a_stage_move_is_still_shown(
    labelled: list[LabelledReply],
) -> None:
    """Replies written as a capable model would give them keep their own words at the payoff."""
    conceding = [row for row in labelled if row.source == "written" and row.context.conceding]
    assert len(conceding) >= 10
    echoed = {"w-23"}  # repeats the user's terms back: replaced for echoing, not by this rule
    assert [
        row.id for row in conceding if not shown_when_streamed(row.text, row.context)
    ] == sorted(echoed)


# Seen in tmux (stop 28): after the lead promised "I'll ... send it to Helen and the VP today",
# the embedded model, as Marco, said "I'm going to send it to Helen and the VP today."
PROMISED = replace(
    CONTEXT,
    user_text=(
        "Yes. I'll put the idempotency check in the decision record as a go or no-go criterion, "
        "with your name on the concern, and I'll send it to Helen and the VP today."
    ),
)


@pytest.mark.parametrize(
    "reply",
    [
        "I'm going to send it to Helen and the VP today.",
        "I'm going to put the idempotency check in my notes for the audit instead.",
    ],
)
def test_the_users_promise_said_as_the_personas_own_is_caught(reply: str) -> None:
    text, problem = check_reply(reply, PROMISED)
    assert "I'" not in text
    assert problem == "took the user's promise as its own"


@pytest.mark.parametrize(
    ("user_text", "reply"),
    [
        (
            "Could you write up the retries for the billing jobs?",
            "Fine, I'll write up the retries for the billing jobs by Friday.",
        ),
        (
            PROMISED.user_text,
            "Fine. I'll lead it, and I'll write the checklist for the jobs tonight.",
        ),
        # an ask said as a promise, a stance, and the same words promising something else
        (
            "I'm going to need you to write up the retries for the billing jobs by Friday.",
            "Fine, I'll write up the retries, but not before the invoice run closes.",
        ),
        ("I'll ask you to own the retries for the billing jobs.", "Okay, I'll own the retries."),
        ("I'm going to be straight with you.", "I'm going to be straight with you: it won't work."),
        (
            "I'll set up a meeting with the VP about the billing jobs on Thursday.",
            "I'll be at the meeting with the VP on Thursday, with the billing jobs list.",
        ),
    ],
)
def test_agreeing_to_an_ask_or_promising_something_else_passes(user_text: str, reply: str) -> None:
    context = replace(CONTEXT, user_text=user_text)
    assert check_reply(reply, context)[1] is None


# Figures: the embedded model invents them ("a refund of $10,000", "after the 2022 date").
FIGURED = replace(
    CONTEXT,
    known_facts=scene_facts(
        [
            CONTEXT.user_text,
            *CONTEXT.previous_replies,
            "The billing jobs run at 02:00 for 40 minutes.",
        ]
    ),
)


def given(*scene: str) -> PersonaContext:
    """A context whose scene says `scene`, and whose topic any reply below is on."""
    return replace(
        CONTEXT,
        known_facts=scene_facts(scene),
        vocabulary=vocabulary_of([*scene, "Northwind pays deck call standup costs work date"]),
    )


def test_a_figure_nobody_gave_is_cut() -> None:
    text, problem = check_reply(
        "I built those billing jobs. They cost us $10,000 a month to move.", FIGURED
    )
    assert text == "I built those billing jobs."
    assert problem == "stated a figure nobody gave ($10,000)"


@pytest.mark.parametrize(
    "reply",
    [
        "March 31 is tight for the billing jobs.",  # the user's date
        "They run at 02:00, and a retry at the wrong moment double-charges customers.",  # the scene's
        "The billing jobs took 6 years to get right.",  # "six years", said before
        "He talks for ten minutes about the migration every time.",  # a number word: colour
        "I'm not 100% sure the 5xx errors are the billing jobs.",  # idioms and tokens
        "Can we do a 1:1 first? The jobs run 24/7.",
        "After our 1:1s and a 1-on-1 with 2FA on, the billing jobs move on the 24th.",
        "At 2:00 the billing jobs start, and they take 40 minutes.",  # "02:00" said another way
        "They take 40, and I need 1 more week for the billing jobs.",  # a bare 1 is no figure
        "The billing jobs move next week, on a Friday in May.",  # no digits: no figure
    ],
)
def test_a_figure_the_scene_or_the_talk_gave_passes(reply: str) -> None:
    assert check_reply(reply, FIGURED) == (reply, None)


def test_without_known_facts_nothing_is_checked() -> None:
    reply = "The billing jobs cost $10,000 to move."
    assert check_reply(reply, CONTEXT) == (reply, None)


@pytest.mark.parametrize(
    ("scene", "reply"),
    [
        ("Northwind is worth $1.2 million a year.", "Northwind pays $1,200,000 a year."),
        ("Priya's deck had fourteen slides.", "Her deck had 14 slides."),
        ("The call is at 9pm.", "The call was at 21:00."),
        ("The call is at 9:45.", "The call was at 9.45, or 9 at the latest."),
        ("Standup ran twenty-five minutes.", "Standup ran 25 minutes."),
        ("It is two and a half weeks of work.", "It is 2.5 weeks of work."),
        ("It costs sixty thousand a year.", "It costs 60k a year."),
        # "15m" is fifteen minutes, not fifteen million
        ("Standup is fifteen minutes.", "Standup ran 15m over again, and I need 1 more week."),
        ("PAY-412 came back from QA twice.", "PAY-412 is on me, I know."),
    ],
)
def test_a_figure_given_in_words_or_millions_may_be_said_in_digits(scene: str, reply: str) -> None:
    assert check_reply(reply, given(scene)) == (reply, None)


@pytest.mark.parametrize(
    ("scene", "reply", "added"),
    [
        # the units count: "five years" gives no "5 weeks"
        ("I built it five years ago.", "That is 5 weeks of work.", "5 weeks"),
        # a date is its month and day: "May 24" and "June 14" give no "May 14"
        ("The date was May 24, then June 14.", "The date was May 14.", "May 14"),
        ("The budget is $15 million.", "Standup ran 15m over.", "15m"),
        ("The budget is $15 million.", "It costs 60k a year.", "60k"),
        (
            "Standup ran over.",
            "It was 20% less on May 24, after the 2022 date.",
            "20%, May 24, 2022",
        ),
        ("PAY-412 came back from QA twice.", "PAY-419 came back too.", "PAY-419"),
    ],
)
def test_a_figure_given_for_something_else_is_cut(scene: str, reply: str, added: str) -> None:
    assert check_reply(reply, given(scene)) == ("", f"stated a figure nobody gave ({added})")


def test_the_guard_checks_figures_only_for_the_embedded_model() -> None:
    scenario = next(s.scenario for s in load_all(load_settings()).scenarios)
    stage = scenario.stages[0]
    history = [Exchange("user", "Hello.")]
    system = persona_messages(scenario, stage, "acknowledged", history)[0]["content"]
    assert guard_context(scenario, stage, "acknowledged", history, system).known_facts
    capable = guard_context(scenario, stage, "acknowledged", history, system, check_figures=False)
    assert capable.known_facts is None


def test_a_promise_then_a_refusal_in_one_reply_is_cut_at_the_refusal() -> None:
    # Found rehearsing Marco: "I'll make sure to do that, okay? We'll check on it, but it's not
    # possible. No changes are possible."
    text, problem = check_reply(
        "I'll make sure to do that, okay? We'll check on the billing jobs, but it's not possible. "
        "No changes are possible.",
        CONTEXT,
    )
    assert text == "I'll make sure to do that, okay?"
    assert problem == "contradicted itself"


def test_a_refusal_then_a_conditional_promise_stands() -> None:
    reply = "It's not possible by March 31. I'll lead the migration if we move the date."
    assert check_reply(reply, CONTEXT) == (reply, None)


@pytest.mark.parametrize(
    "reply",
    [
        "I'll lead the migration. But it's not possible by March 31 without Lena full time.",
        "If you give me Lena, I'll do it. Without her, it's not possible by March 31.",
        "I'll take the billing jobs. I won't do the cutover on a Friday, though.",
    ],
)
def test_a_promise_with_its_limits_is_pushback_not_a_contradiction(reply: str) -> None:
    context = replace(CONTEXT, vocabulary=vocabulary_of([CONTEXT.user_text, "Lena cutover Friday"]))
    assert check_reply(reply, context) == (reply, None)
