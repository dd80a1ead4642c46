"""The rehearsal engine end to end, through the real scorer, in scripted voice and on a fake model."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import tenacity

from rehearse.config import load_settings
from rehearse.engine import EmptyReply, Rehearsal, SessionFinished
from rehearse.model import Gateway, ModelError
from rehearse.store import Store
from tests import fakes
from tests.engine_helpers import builtin_ids, play, replies, scenario, start


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "history.db")


@pytest.mark.parametrize("scenario_id", builtin_ids())
def test_a_good_conversation_succeeds(scenario_id: str, store: Store) -> None:
    rehearsal = play(start(scenario_id, store), replies(scenario_id, "good"))
    debrief = rehearsal.debrief()
    assert debrief.outcome.success, [
        (t.text[:60], sorted((t.signals or {}).get("flags", [])))
        for t in rehearsal.turns
        if t.role == "user"
    ]
    assert rehearsal.status == "success"
    assert debrief.outcome.turns <= 5
    assert store.session(rehearsal.session_id).status == "success"


# The same skill in other voices, written from the scenario files and the spec alone: terse, warm,
# and second-language English. A fair reader gives each reply its stage's levels; so must the scorer.
# Blunt (short present-tense plans) and rambling (filler and asides around good content) came later.
VOICES = ("terse", "warm", "second-language", "blunt", "rambling")
# Known gaps, kept visible as strict xfails: (scenario, voice) -> what the scorer misses. None now
# (the last, a plan told bluntly in the present, closed in stop 21).
KNOWN_GAPS: dict[tuple[str, str], str] = {}


def voiced(scenario_id: str, voice: str) -> Any:
    gap = KNOWN_GAPS.get((scenario_id, voice))
    marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
    return pytest.param(scenario_id, voice, marks=marks, id=f"{scenario_id}-{voice}")


@pytest.mark.parametrize(
    ("scenario_id", "voice"), [voiced(sid, voice) for sid in builtin_ids() for voice in VOICES]
)
def test_a_good_conversation_in_another_voice_succeeds(
    scenario_id: str, voice: str, store: Store
) -> None:
    rehearsal = play(start(scenario_id, store), replies(scenario_id, voice))
    assert rehearsal.status == "success", [
        (t.text[:60], (t.signals or {}).get("levels")) for t in rehearsal.turns if t.role == "user"
    ]
    assert rehearsal.debrief().outcome.turns <= 5


@pytest.mark.parametrize("scenario_id", builtin_ids())
def test_a_poor_conversation_does_not(scenario_id: str, store: Store) -> None:
    rehearsal = play(start(scenario_id, store), replies(scenario_id, "poor"))
    assert not rehearsal.debrief().outcome.success
    assert rehearsal.status in {"ended", "turn_limit"}


def test_judgmental_turns_raise_resistance_and_acknowledging_lowers_it(store: Store) -> None:
    rehearsal = start("delegate-resistant-senior", store)
    before = rehearsal.stance.resistance
    scored, _ = rehearsal.take_turn(
        "You always resist anything new. You obviously just don't care about this team."
    )
    assert "judgmental" in scored.signals.flags
    assert rehearsal.stance.resistance > before
    assert rehearsal.stance.trend > 0
    raised = rehearsal.stance.resistance
    rehearsal.take_turn(
        "I hear you. Your worry about the retries is fair. What worries you most about the move?"
    )
    assert rehearsal.stance.resistance < raised
    assert rehearsal.stance.trend < 0


def test_naming_what_the_persona_cares_about_relates_the_point_to_their_goals(
    store: Store,
) -> None:
    # Found in tmux: Dana's "relate" stage stalled on a turn that named her pilot and her date
    # without "your"; the scenario lists "the Acme pilot" and "launching on April 22".
    rehearsal = start("stakeholder-buy-in", store)
    rehearsal.take_turn(
        "Notifications stall for 90 seconds every few hours, and users see a reconnecting "
        "banner. Support logged 37 tickets last week."
    )
    assert rehearsal.stage.id == "relate"
    scored, _ = rehearsal.take_turn(
        "At launch traffic triples, so it would restart every 90 minutes, right when Acme's "
        "2,000 seats start their pilot on April 22."
    )
    assert "related_to_goals" in scored.signals.flags
    assert scored.signals.evidence["related_to_goals"] == "Acme"
    assert rehearsal.stage.id == "the-ask"


def test_the_persona_opens_when_the_scenario_says_so(store: Store) -> None:
    rehearsal = start("delegate-resistant-senior", store)
    opening = scenario("delegate-resistant-senior").opening
    if opening.speaker == "persona":
        assert rehearsal.turns[0].role == "persona"
        assert rehearsal.turns[0].text == opening.line
    assert rehearsal.stage_number == 1


def test_an_empty_reply_is_refused_politely_and_nothing_is_stored(store: Store) -> None:
    rehearsal = start("constructive-feedback", store)
    count = len(store.turns(rehearsal.session_id))
    with pytest.raises(EmptyReply, match="Say something first"):
        rehearsal.submit("   \n ")
    assert len(store.turns(rehearsal.session_id)) == count


def test_the_turn_limit_ends_a_session(store: Store) -> None:
    rehearsal = start("constructive-feedback", store)
    for _ in range(rehearsal.scenario.turn_limit):
        rehearsal.take_turn("Okay.")
    assert rehearsal.status == "turn_limit"
    assert rehearsal.finished
    with pytest.raises(SessionFinished):
        rehearsal.submit("One more thing.")
    assert rehearsal.debrief().outcome.summary == rehearsal.scenario.debrief.failure


def test_scripted_voice_does_not_repeat_a_line_while_another_is_unused(store: Store) -> None:
    rehearsal = start("delegate-resistant-senior", store)
    first, _ = rehearsal.take_turn("Whatever.")
    second_scored, _ = rehearsal.take_turn("Whatever.")
    assert first.step.reaction == second_scored.step.reaction == "dismissed"
    persona_lines = [
        t.text for t in rehearsal.turns if t.role == "persona" and t.reaction == "dismissed"
    ]
    assert len(persona_lines) == len(set(persona_lines)) == 2


def model_rehearsal(store: Store, scenario_id: str = "delegate-resistant-senior") -> Rehearsal:
    settings = load_settings(model=fakes.MODEL, retries=0)
    gateway = Gateway(settings, wait=tenacity.wait_none())
    return Rehearsal.start(
        scenario(scenario_id), store=store, settings=settings, voice="model", gateway=gateway
    )


def test_model_voice_streams_the_guarded_reply_and_records_its_source(
    store: Store, fake_model: fakes.ScriptedModel
) -> None:
    fake_model.enqueue("Look, the billing jobs are fine on cron. Why move them now?")
    rehearsal = model_rehearsal(store)
    shown: list[str] = []
    _, answered = rehearsal.take_turn(
        "Marco, can we talk about the billing jobs?", on_text=shown.append
    )
    assert answered.spoken.source == "model"
    assert (
        "".join(shown)
        == answered.spoken.text
        == "Look, the billing jobs are fine on cron. Why move them now?"
    )
    system = fake_model.calls[0]["messages"][0]
    assert system["role"] == "system" and "Marco" in system["content"]
    assert fake_model.calls[0]["messages"][-1] == {
        "role": "user",
        "content": "Marco, can we talk about the billing jobs?",
    }
    assert store.turns(rehearsal.session_id)[-1].source == "model"


def test_a_reply_that_fails_the_guard_is_replaced_by_an_authored_line(
    store: Store, fake_model: fakes.ScriptedModel
) -> None:
    fake_model.enqueue("As an AI language model, I am happy to assist you with your migration!")
    rehearsal = model_rehearsal(store)
    scored, answered = rehearsal.take_turn("Can we talk about the billing jobs?")
    lines = scored.step.stage_left.lines.for_reaction(scored.step.reaction)
    assert answered.spoken.source == "scripted"
    assert answered.spoken.text in lines
    assert answered.spoken.note == "replaced: the model spoke as an assistant or an AI"
    stored = store.turns(rehearsal.session_id)[-1]
    assert (stored.source, stored.note) == ("scripted", answered.spoken.note)


def test_a_model_error_mid_turn_keeps_the_turn_and_the_session_continues(
    store: Store, fake_model: fakes.ScriptedModel
) -> None:
    fake_model.enqueue(fakes.auth_error(), "Fine. What is it you want from me on billing?")
    rehearsal = model_rehearsal(store)
    _, answered = rehearsal.take_turn("Can we talk about the billing jobs?")
    assert answered.spoken.source == "scripted"
    assert answered.spoken.failed
    assert "the model failed" in (answered.spoken.note or "") and "FAKE_API_KEY" in (
        answered.spoken.note or ""
    )
    assert [t.role for t in store.turns(rehearsal.session_id)][-2:] == ["user", "persona"]
    _, next_answer = rehearsal.take_turn("I'd like your view on the workflow engine.")
    assert next_answer.spoken.source == "model"


def test_without_fallback_a_model_error_is_raised_and_the_turn_can_be_withdrawn(
    store: Store, fake_model: fakes.ScriptedModel
) -> None:
    fake_model.enqueue(fakes.server_error())
    rehearsal = model_rehearsal(store)
    turns_before = len(store.turns(rehearsal.session_id))
    scored = rehearsal.submit("Can we talk about the billing jobs?")
    with pytest.raises(ModelError):
        rehearsal.reply(fallback_on_error=False)
    assert rehearsal.withdraw(scored) == "Can we talk about the billing jobs?"
    assert len(store.turns(rehearsal.session_id)) == turns_before
    assert not rehearsal.awaiting_reply and rehearsal.status == "active"


def test_resume_rebuilds_the_stage_and_stance(store: Store) -> None:
    good = replies("delegate-resistant-senior", "good")
    first = start("delegate-resistant-senior", store)
    first.take_turn(good[0])
    first.take_turn(good[1])
    again = Rehearsal.resume(
        first.session_id, first.scenario, store=store, settings=load_settings()
    )
    assert again.stage.id == first.stage.id
    assert again.state == first.state
    assert again.stance == first.stance
    assert not again.awaiting_reply


def test_hint_names_the_stage_hint_and_the_criteria_still_below_two(store: Store) -> None:
    rehearsal = start("delegate-resistant-senior", store)
    rehearsal.take_turn("Could you take the lead on the billing jobs by March 31?")
    hint = rehearsal.hint()
    assert hint.stage_hint == rehearsal.stage.hint
    names = {gap.criterion for gap in hint.gaps}
    assert "trackable" in names and "time_bound" not in names
    assert all(gap.best < 2 and gap.advice for gap in hint.gaps)


def test_a_turn_left_unanswered_by_a_crash_can_be_withdrawn_after_resume(store: Store) -> None:
    first = start("delegate-resistant-senior", store)
    first.submit("Marco, can we talk about the billing jobs?")  # the process dies before the reply
    again = Rehearsal.resume(
        first.session_id, first.scenario, store=store, settings=load_settings()
    )
    assert again.awaiting_reply
    assert again.withdraw() == "Marco, can we talk about the billing jobs?"
    assert not again.awaiting_reply
    assert [t.role for t in store.turns(again.session_id)] == ["persona"]


def test_the_voice_can_change_mid_session_and_is_kept(store: Store) -> None:
    rehearsal = start("delegate-resistant-senior", store)
    rehearsal.set_voice("model")
    assert store.session(rehearsal.session_id).voice == "model"
    rehearsal.set_voice("scripted")
    _, answered = rehearsal.take_turn("Marco, can we talk about the billing jobs?")
    assert answered.spoken.source == "scripted"
    record = store.session(rehearsal.session_id)
    assert (record.voice, record.model) == ("scripted", "scripted")
