"""Pilot journeys: what a tech lead does in the app, end to end, on a temporary store."""

from __future__ import annotations

import asyncio
import stat
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import DataTable, Input, Static, TextArea

from rehearse.config import ConfigError, Settings, load_settings
from rehearse.model import PingResult
from rehearse.scoring import score as score_text
from rehearse.store import Store
from rehearse.tui.app import RehearseApp, build_app
from rehearse.tui.screens.briefing import BriefingScreen
from rehearse.tui.screens.debrief import DebriefScreen
from rehearse.tui.screens.dialogs import ExportScreen, TextPanel
from rehearse.tui.screens.history import HistoryScreen
from rehearse.tui.screens.home import HomeScreen
from rehearse.tui.screens.quick_score import QuickScoreScreen
from rehearse.tui.screens.rehearsal import RehearsalScreen
from rehearse.tui.screens.settings import SettingsScreen
from rehearse.tui.screens.transcript import TranscriptScreen
from rehearse.tui.services import Services
from rehearse.tui.widgets.reply_input import ReplyInput
from rehearse.tui.widgets.transcript import PersonaTurn, UserTurn
from tests import fakes
from tests.tui.conftest import FIXED_STATUS, SCENARIO, good_replies, rehearse
from tests.tui.pilot_helpers import notices, send, settle, type_keys

MakeApp = Callable[..., RehearseApp]
SIZE = (100, 32)


def stored_turns(app: RehearseApp) -> list[tuple[str, str]]:
    screen = app.screen
    assert isinstance(screen, RehearsalScreen)
    return [(t.role, t.text) for t in app.services.store.turns(screen.rehearsal.session_id)]


async def open_rehearsal(pilot: object, app: RehearseApp) -> RehearsalScreen:
    """Home -> filter -> briefing -> start."""
    await settle(pilot)  # type: ignore[arg-type]  # the library loads in a worker
    await type_keys(pilot, "marco")  # type: ignore[arg-type]
    home = app.screen
    assert isinstance(home, HomeScreen)
    assert home.highlighted_id == SCENARIO
    await pilot.press("enter")  # type: ignore[attr-defined]
    assert isinstance(app.screen, BriefingScreen)
    await pilot.press("enter")  # type: ignore[attr-defined]
    await settle(pilot)  # type: ignore[arg-type]
    screen = app.screen
    assert isinstance(screen, RehearsalScreen)
    return screen


async def test_home_to_debrief_in_scripted_voice(make_app: MakeApp) -> None:
    app = make_app(voice="scripted")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_rehearsal(pilot, app)
        assert screen.rehearsal.voice == "scripted"
        for reply in good_replies():
            if screen.rehearsal.finished:
                break
            await send(pilot, reply)
            persona = list(screen.query(PersonaTurn))[-1]
            assert persona.source == "scripted"
            assert "scripted line" in str(persona.query_one(".who", Static).render())
        if not screen.rehearsal.finished:
            await pilot.press("ctrl+f", "y")
        else:
            await pilot.press("enter")  # the focused "See the debrief" button
        await settle(pilot)
        debrief_screen = app.screen
        assert isinstance(debrief_screen, DebriefScreen)
        record = app.services.store.session(screen.rehearsal.session_id)
        assert record.finished
        assert debrief_screen.debrief.outcome.status == record.status
        assert debrief_screen.debrief.outcome.turns == len(
            [t for t in app.services.store.turns(record.id) if t.role == "user"]
        )

        await pilot.press("r")  # retry: a new session of the same scenario, same voice
        await settle(pilot)
        retry = app.screen
        assert isinstance(retry, RehearsalScreen)
        assert retry.rehearsal.session_id != record.id
        assert (retry.rehearsal.scenario.id, retry.rehearsal.voice) == (SCENARIO, "scripted")


async def test_the_end_of_the_turns_offers_the_debrief(make_app: MakeApp) -> None:
    """A rehearsal that runs out of turns ends by itself; Enter opens its debrief."""
    settings = load_settings(voice="scripted")
    rehearsal = rehearse(settings, ["Okay."] * 13)
    app = make_app(resume=rehearsal)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await send(pilot, "Okay then.")
        screen = app.screen
        assert isinstance(screen, RehearsalScreen)
        assert screen.rehearsal.status == "turn_limit"
        assert not screen.query_one(ReplyInput).display
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, DebriefScreen)
        assert app.screen.debrief.outcome.status == "turn_limit"


# An ask that brings specific and measurable to 2 and nothing else.
MIGRATION_ASK = (
    "Could you take over the payments-sync migration? Done means every job runs on the new queue."
)


async def smartt_panel_after(make_app: MakeApp, *turns: str) -> tuple[set[str], str]:
    """Send `turns` in a scripted rehearsal: the criteria some turn met, and the SMARTT panel."""
    app = make_app(voice="scripted")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_rehearsal(pilot, app)
        for turn in turns:
            await send(pilot, turn)
        met = {c.criterion for c in screen.rehearsal.coverage() if c.best == 2}
        return met, str(screen.query_one("#rubric-smartt", Static).render())


async def test_after_a_question_the_panel_advises_only_what_no_turn_has_met(
    make_app: MakeApp,
) -> None:
    """A listening turn after a good ask gets advice for a criterion still open, not the ask's."""
    question = "What worries you most about handing it over?"
    met, panel = await smartt_panel_after(make_app, MIGRATION_ASK, question)
    assert met == {"specific", "measurable"}
    advice = score_text(question, "smartt")
    assert advice.total == 0
    assert advice.criterion("specific").advice not in panel
    assert f"When you get to it: {advice.criterion('achievable').advice}" in panel


async def test_a_gap_an_earlier_turn_met_is_marked_met_not_advised_again(
    make_app: MakeApp,
) -> None:
    """A follow-up ask gets no advice to scope the task an earlier turn scoped."""
    follow_up = "Could you also write the cutover runbook by Friday?"
    _, panel = await smartt_panel_after(make_app, MIGRATION_ASK, follow_up)
    result = score_text(follow_up, "smartt")
    assert result.criterion("specific").score == 1
    assert result.criterion("specific").advice not in panel
    assert "✓ met in an earlier turn" in panel
    # a criterion no turn has met keeps its advice
    assert result.criterion("relevant").advice in panel


async def test_a_turn_with_no_ask_gets_one_piece_of_advice(make_app: MakeApp) -> None:
    """Setting the scene (a reason that scores on its own) is not told to fix six criteria."""
    scene = (
        "Right now the notification service restarts every 4 to 6 hours and users lose "
        "notifications for about 90 seconds each time."
    )
    _, panel = await smartt_panel_after(make_app, scene)
    result = score_text(scene, "smartt")
    assert result.total > 0
    assert result.criterion("specific").score == 0
    assert "No ask in this turn, which is fine" in panel
    assert f"When you get to it: {result.criterion('specific').advice}" in panel
    assert result.criterion("measurable").advice not in panel


async def test_a_failed_model_call_gives_the_text_back_and_keeps_the_session(
    make_app: MakeApp, fake_model: fakes.ScriptedModel
) -> None:
    app = make_app(model=fakes.MODEL, voice="model", retries=0)
    reply = "I hear you: your worry about month-end is fair."
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_rehearsal(pilot, app)
        fake_model.enqueue(fakes.rate_limit())
        await send(pilot, reply)

        assert screen.query_one(ReplyInput).text == reply
        assert [role for role, _ in stored_turns(app)] == ["persona"]  # the opening only
        assert not screen.query(UserTurn)
        assert any("could not answer" in n or "Your reply is back" in n for n in notices(app))
        assert not screen.generating

        fake_model.enqueue("Look, that is fair. What is the plan for the charge jobs?")
        await pilot.press("enter")  # the same text, sent again
        await settle(pilot)
        assert stored_turns(app) == [
            stored_turns(app)[0],
            ("user", reply),
            ("persona", "Look, that is fair. What is the plan for the charge jobs?"),
        ]
        persona = list(screen.query(PersonaTurn))[-1]
        assert persona.source == "model"
        assert "scripted line" not in str(persona.query_one(".who", Static).render())
        assert screen.query_one(ReplyInput).text == ""

        await pilot.press("ctrl+f", "y")
        await settle(pilot)
        assert isinstance(app.screen, DebriefScreen)


def _held_reply(fake_model: fakes.ScriptedModel, reply: str) -> threading.Event:
    """Queue a reply the model is "thinking" about until the returned event is set."""
    model_may_answer = threading.Event()

    def held_reply(messages: object, params: object) -> str:
        model_may_answer.wait(10)
        return reply

    fake_model.enqueue(held_reply)
    return model_may_answer


async def test_escape_stops_a_reply_and_typing_goes_on_meanwhile(
    make_app: MakeApp, fake_model: fakes.ScriptedModel
) -> None:
    app = make_app(model=fakes.MODEL, voice="model", retries=0)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_rehearsal(pilot, app)
        model_may_answer = _held_reply(fake_model, "Look. I do not buy it. Not yet.")
        screen.query_one(ReplyInput).insert("That's a fair worry.")
        await pilot.press("enter")
        await pilot.pause()
        assert screen.generating
        await type_keys(pilot, "next")  # the box takes keys while the model works
        assert screen.query_one(ReplyInput).text == "next"
        await pilot.press("escape")
        model_may_answer.set()
        await settle(pilot)
        assert not screen.generating
        last = screen.rehearsal.turns[-1]
        assert last.role == "persona"
        assert last.source == "scripted"
        assert last.note and "cancelled" in last.note
        assert screen.query_one(ReplyInput).text == "next"


# The reply found in tmux: three sentences the guard approves one by one, off the topic as a
# whole. Before the guard held them until relevance was settled, they flashed on screen.
WANDERING = (
    "The one with the two tripods in the laptop is from last year. It was a bit of a story. "
    "I've just found a couple of people who can."
)
ON_TOPIC = (
    "The billing cron jobs have run six years without a page, and I built them. "
    "Who owns the retries if a charge runs twice?"
)


async def test_a_reply_off_the_topic_is_never_shown_and_one_on_it_is(
    make_app: MakeApp, fake_model: fakes.ScriptedModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    given: list[str] = []  # every text the transcript's persona turns are given, in order
    stream, finish = PersonaTurn.stream, PersonaTurn.finish

    async def recorded_stream(self: PersonaTurn, piece: str) -> None:
        given.append(piece)
        await stream(self, piece)

    async def recorded_finish(self: PersonaTurn, text: str, source: str, note: str | None) -> None:
        given.append(text)
        await finish(self, text, source, note)

    monkeypatch.setattr(PersonaTurn, "stream", recorded_stream)
    monkeypatch.setattr(PersonaTurn, "finish", recorded_finish)
    app = make_app(model=fakes.MODEL, voice="model", retries=0)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_rehearsal(pilot, app)
        fake_model.enqueue(WANDERING)
        await send(pilot, "Marco, I know this was decided over your head. What worries you most?")
        persona = list(screen.query(PersonaTurn))[-1]
        assert persona.source == "scripted" and persona.note is not None
        assert "wandered off the topic" in persona.note
        assert given and not any(word in text for text in given for word in ("tripods", "story"))
        assert given[-1] == persona.text == stored_turns(app)[-1][1]  # the authored line

        given.clear()
        fake_model.enqueue(ON_TOPIC)
        await send(pilot, "Thank you for telling me. What would make the move safe for you?")
        persona = list(screen.query(PersonaTurn))[-1]
        assert persona.source == "model" and persona.text == ON_TOPIC
        assert "".join(given[:-1]) == ON_TOPIC  # streamed, and then finished as is
        assert not persona.typing


async def test_the_persona_is_typing_until_its_reply_arrives(
    make_app: MakeApp, fake_model: fakes.ScriptedModel
) -> None:
    app = make_app(model=fakes.MODEL, voice="model", retries=0)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_rehearsal(pilot, app)
        model_may_answer = _held_reply(fake_model, ON_TOPIC)
        screen.query_one(ReplyInput).insert("That's a fair worry.")
        await pilot.press("enter")
        for _ in range(20):  # the turn is scored in a worker, then the reply begins
            await pilot.pause()
            if len(screen.query(PersonaTurn)) == 2:
                break
        pending = list(screen.query(PersonaTurn))[-1]
        assert pending.typing and pending.text == ""
        model_may_answer.set()
        await settle(pilot)
        assert not pending.typing and pending.text == ON_TOPIC


async def test_an_empty_reply_is_refused_and_nothing_is_stored(make_app: MakeApp) -> None:
    app = make_app(voice="scripted")
    async with app.run_test(size=SIZE) as pilot:
        await open_rehearsal(pilot, app)
        before = stored_turns(app)
        await send(pilot, "   ")
        assert stored_turns(app) == before
        assert any("empty" in n for n in notices(app))


async def test_hint_and_briefing_open_over_the_rehearsal(make_app: MakeApp) -> None:
    app = make_app(voice="scripted")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_rehearsal(pilot, app)
        await pilot.press("ctrl+t")
        await pilot.pause()
        panel = app.screen
        assert isinstance(panel, TextPanel)
        assert " ".join(screen.scenario.stages[0].hint.split()) in panel.body.plain
        await pilot.press("escape")
        await pilot.press("ctrl+b")
        await pilot.pause()
        assert isinstance(app.screen, TextPanel)
        assert screen.scenario.persona.name in app.screen.body.plain
        assert screen.scenario.persona.hidden_concern not in app.screen.body.plain
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen


async def test_quick_score_rescores_as_you_type(make_app: MakeApp) -> None:
    app = make_app()
    text = (
        "Yesterday in the planning meeting you interrupted Priya twice, so she stopped presenting."
    )
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+s")
        screen = app.screen
        assert isinstance(screen, QuickScoreScreen)
        screen.query_one("#message", TextArea).insert(text)
        await pilot.pause(0.4)  # the debounce
        shown = str(screen.query_one("#result", Static).render())
        sbi = app.services.quick_score(text, "sbi")
        assert f"SBI  {sbi.total}/{sbi.max}" in shown
        for criterion in sbi.criteria:
            for span in criterion.evidence:
                assert span.text in shown
        await pilot.press("ctrl+t")
        await pilot.pause()
        smartt = app.services.quick_score(text, "smartt")
        assert f"SMARTT  {smartt.total}/{smartt.max}" in str(
            screen.query_one("#result", Static).render()
        )


async def test_history_shows_a_finished_session_its_debrief_and_transcript(
    make_app: MakeApp,
) -> None:
    settings = load_settings(voice="scripted")
    done = rehearse(settings, good_replies()[:2], end=True)
    app = make_app(voice="scripted")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+r")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, HistoryScreen)
        table = screen.query_one(DataTable)
        assert table.row_count == 1
        row = table.get_row_at(0)
        assert row[2] == "ended early"
        assert screen.query_one("#chart").points  # type: ignore[attr-defined]
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, DebriefScreen)
        assert app.screen.debrief.outcome.status == "ended"
        await pilot.press("escape")
        await pilot.press("enter")
        await settle(pilot)
        transcript = app.screen
        assert isinstance(transcript, TranscriptScreen)
        source = transcript.markdown
        assert good_replies()[0].split(":")[0] in source
        assert done.session_id in source


async def test_export_from_history_writes_an_owner_only_file(
    make_app: MakeApp, tmp_path: Path
) -> None:
    rehearse(load_settings(voice="scripted"), good_replies()[:1], end=True)
    app = make_app()
    target = tmp_path / "marco.md"
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+r")
        await settle(pilot)
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportScreen)
        dialog.query_one("#path", Input).value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        assert target.read_text(encoding="utf-8").startswith("# Win over the senior who built it")
        assert stat.S_IMODE(target.stat().st_mode) == 0o600

        await pilot.press("e")  # the same name again: refused, the dialog stays open
        await pilot.pause()
        app.screen.query_one("#path", Input).value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        assert any("exists already" in n for n in notices(app))

        await pilot.press("down")  # focus is in the path box: pick JSON with the mouse
        await pilot.click("#json")
        await pilot.pause()
        path_value = app.screen.query_one("#path", Input).value
        assert path_value.endswith(".json")
        await pilot.click("#path")
        await pilot.press("enter")
        await pilot.pause()
        assert '"scenario": "delegate-resistant-senior"' in Path(path_value).read_text()


async def test_resume_opens_the_rehearsal_where_it_stopped(make_app: MakeApp) -> None:
    rehearsal = rehearse(load_settings(voice="scripted"), good_replies()[:1])
    app = make_app(resume=rehearsal)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, RehearsalScreen)
        assert len(screen.query(UserTurn)) == 1
        assert len(screen.query(PersonaTurn)) == 2
        await pilot.press("escape")  # leave: the session stays active
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert app.services.store.session(rehearsal.session_id).status == "active"


async def test_continuing_a_session_already_open_goes_back_to_its_screen(make_app: MakeApp) -> None:
    app = make_app(voice="scripted")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_rehearsal(pilot, app)
        await send(pilot, good_replies()[0])
        await pilot.press("ctrl+r")  # to history, the rehearsal stays where it is
        await settle(pilot)
        assert isinstance(app.screen, HistoryScreen)
        await pilot.press("c")  # continue the active session
        await settle(pilot)
        assert app.current_mode == "library"
        assert app.screen is screen
        await pilot.press("escape")  # leave it: now History continues it in a new screen
        await pilot.press("ctrl+r")
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        resumed = app.screen
        assert isinstance(resumed, RehearsalScreen) and resumed is not screen
        assert resumed.rehearsal.session_id == screen.rehearsal.session_id
        assert len(resumed.query(UserTurn)) == 1


async def test_the_palette_reaches_every_screen(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        titles = {command.title for command in app.get_system_commands(app.screen)}
        assert {"Library", "History", "Quick score", "Settings", "Check the model"} <= titles
        await pilot.press("ctrl+p")
        await type_keys(pilot, "Brief: Win over")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, BriefingScreen)
        assert app.screen.scenario.id == SCENARIO
        await pilot.press("ctrl+p")
        await type_keys(pilot, "Settings")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SettingsScreen)

        running = rehearse(load_settings(voice="scripted"), good_replies()[:1])
        await pilot.press("ctrl+p")
        await type_keys(pilot, "Continue: Win over")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, RehearsalScreen)
        assert app.screen.rehearsal.session_id == running.session_id


async def test_settings_never_show_a_secret(
    make_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REHEARSE_API_KEY", "sk-test-not-for-eyes")
    app = make_app()
    async with app.run_test(size=(120, 80)) as pilot:
        await pilot.press("ctrl+o")
        await pilot.pause()
        shown = "\n".join(str(s.render()) for s in app.screen.query(Static))
        assert "sk-test-not-for-eyes" not in shown
        assert "(set, hidden)" in shown


class PingOnly:
    """A gateway stand-in: the model check without litellm."""

    def __init__(self, result: PingResult) -> None:
        self.result = result

    def ping(self) -> PingResult:
        return self.result


@pytest.mark.parametrize(
    ("result", "shown"),
    [
        (PingResult("embedded/smollm2", True, 12.0, 30.0, None), "model: embedded/smollm2 ✓ 12 ms"),
        (
            PingResult("ollama/llama3.1", False, None, None, "connection refused"),
            "model: ollama/llama3.1 ✗ connection refused",
        ),
    ],
)
async def test_the_model_check_runs_after_the_first_screen(result: PingResult, shown: str) -> None:
    services = Services(load_settings(), store=Store(), gateway=lambda: PingOnly(result))  # type: ignore[arg-type,return-value]
    app = build_app(services=services)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.model_status.label == shown
        assert str(app.screen.query_one("#model", Static).render()) == shown


async def test_a_bad_configuration_closes_the_app_with_the_reason() -> None:
    def broken() -> Settings:
        raise ConfigError("REHEARSE_TEMPERATURE: Input should be less than or equal to 2")

    app = build_app(broken, model_status=FIXED_STATUS)
    async with app.run_test(size=SIZE):
        for _ in range(200):  # the library worker fails, then the app closes itself
            if app.return_code is not None:
                break
            await asyncio.sleep(0.02)
    assert app.return_code == 2


@pytest.mark.embedded
async def test_done_means_on_the_embedded_model_with_no_configuration(make_app: MakeApp) -> None:
    """The issue's "done means": rehearse on the embedded model, read the debrief, see history."""
    app = make_app()  # no settings at all: the embedded model, the model voice
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_rehearsal(pilot, app)
        assert screen.rehearsal.voice == "model"
        await send(pilot, good_replies()[0])
        persona = screen.rehearsal.turns[-1]
        assert persona.role == "persona"
        assert persona.source in ("model", "scripted")  # the guard may stand a line in
        shown = list(screen.query(PersonaTurn))[-1]
        assert shown.text.split() == persona.text.split()
        await pilot.press("ctrl+f", "y")
        await settle(pilot)
        assert isinstance(app.screen, DebriefScreen)
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert app.screen.query_one(DataTable).row_count == 1
