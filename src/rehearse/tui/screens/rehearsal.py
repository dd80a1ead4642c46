"""Rehearsal: the live conversation, the rubric panel, stage and stance.

One turn runs in a thread worker: `submit` (stores and scores the text; with
a judge model configured it may take seconds) then `reply` (streams from the
model). The worker talks to this screen only by posting messages (`Scored`,
`PersonaText`, `ReplyDone`, `ReplyFailed`, `Refused`). The box stays live
while the model generates; Esc sets the cancel event the engine checks
between streamed pieces. A failed reply is withdrawn and its text put back.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Button, Footer

from rehearse.engine import EmptyReply, ReplyPending, SessionFinished
from rehearse.scoring.result import RubricResult
from rehearse.tui.briefing import briefing_content
from rehearse.tui.screens.base import AppScreen
from rehearse.tui.screens.dialogs import ConfirmScreen, TextPanel
from rehearse.tui.styles import STYLES
from rehearse.tui.widgets.app_bar import AppBar
from rehearse.tui.widgets.reply_input import ReplyInput
from rehearse.tui.widgets.rubric_panel import RubricPanel
from rehearse.tui.widgets.session_strip import SessionStrip, strip_content
from rehearse.tui.widgets.transcript import PersonaTurn, TranscriptView, UserTurn

if TYPE_CHECKING:
    from collections.abc import Mapping

    from rehearse.engine import Debrief, Hint, Rehearsal, ScoredTurn
    from rehearse.engine import PersonaTurn as EnginePersonaTurn
    from rehearse.engine.voice import VoiceMode
    from rehearse.store import TurnRecord


def scores_label(results: dict[str, RubricResult]) -> str:
    return "  ".join(f"{r.rubric.upper()} {r.total}/{r.max}" for r in results.values())


def stored_results(turn: TurnRecord) -> dict[str, RubricResult]:
    """The rule scorer's results of a stored user turn (for a resumed session)."""
    return {
        s.rubric: RubricResult.model_validate(s.result) for s in turn.scores if s.scorer == "rules"
    }


def hint_content(hint: Hint) -> Content:
    lines = [Content(" ".join(hint.stage_hint.split()))]
    if hint.gaps:
        lines += [Content(""), Content.styled("Not covered yet:", "bold")]
        lines += [
            Content.assemble(
                "  • ", (f"{g.rubric.upper()} {g.name}", "bold"), f" ({g.best}/2): {g.advice}"
            )
            for g in hint.gaps
        ]
    return Content("\n").join(lines)


class RehearsalScreen(AppScreen):
    CSS_PATH = STYLES / "rehearsal.tcss"
    BINDINGS = [  # noqa: RUF012
        Binding("escape", "stop", "Stop reply"),
        Binding("escape", "leave", "Leave"),
        Binding("ctrl+t", "hint", "Hint"),
        Binding("ctrl+b", "briefing", "Briefing"),
        Binding("ctrl+f", "finish", "End"),
        Binding("ctrl+g", "switch_voice", "Voice"),
    ]

    @dataclass
    class Scored(Message):
        """The user's turn is stored and scored; the persona's reply comes next."""

        scored: ScoredTurn

    @dataclass
    class Refused(Message):
        """The turn was not taken (empty, or the session cannot take one): text goes back."""

        text: str
        message: str

    @dataclass
    class PersonaText(Message):
        """A piece of the persona's reply, as it streams."""

        text: str

    @dataclass
    class ReplyDone(Message):
        persona: EnginePersonaTurn

    @dataclass
    class ReplyFailed(Message):
        scored: ScoredTurn | None
        message: str

    @dataclass
    class Ended(Message):
        debrief: Debrief

    generating: reactive[bool] = reactive(False, bindings=True)

    def __init__(self, rehearsal: Rehearsal) -> None:
        super().__init__()
        self.rehearsal = rehearsal
        self.scenario = rehearsal.scenario
        self._cancel = threading.Event()
        self._pending: PersonaTurn | None = None
        self._pending_user: UserTurn | None = None
        self._last_results: dict[str, RubricResult] = {}

    # -- layout -------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield AppBar(self.scenario.title)
        yield SessionStrip(id="strip")
        with Horizontal(id="conversation"):
            yield TranscriptView(id="transcript")
            yield RubricPanel(self.scenario.rubrics, id="rubrics")
        with Vertical(id="reply-area"):
            yield ReplyInput(placeholder="Your reply…  (Enter sends, Ctrl+J new line)", id="reply")
            yield Button("See the debrief ⏎", id="debrief", variant="primary", compact=True)
        yield Footer()

    async def on_mount(self) -> None:
        self.rehearse_app.open_rehearsals[self.rehearsal.session_id] = self.app.current_mode
        transcript = self.query_one(TranscriptView)
        name = self.scenario.persona.name
        opening = self.rehearsal.opening_direction
        if opening:
            await transcript.add_note(f"You open the conversation: {opening}")
        for turn in self.rehearsal.turns:
            if turn.role == "user":
                results = stored_results(turn)
                self._last_results = results
                await transcript.add_user(turn.text, scores_label(results))
            else:
                source = "opening" if turn.reaction == "opening" else turn.source
                await transcript.add_persona(name, turn.text, source=source, note=turn.note)
        self.show_scores(self._last_results)
        self.update_strip()
        self.query_one("#debrief", Button).display = False
        self.query_one(ReplyInput).focus()
        if self.rehearsal.finished:
            self.show_finished()
        elif self.rehearsal.awaiting_reply:  # resumed after the process died mid-reply
            self._cancel = threading.Event()
            await self.begin_reply()
            self.answer_again(self._cancel)

    def update_strip(self) -> None:
        rehearsal = self.rehearsal
        self.query_one(SessionStrip).update(
            strip_content(
                persona=self.scenario.persona.name,
                stage_number=rehearsal.stage_number,
                stages=len(self.scenario.stages),
                resistance=rehearsal.stance.resistance,
                stance=rehearsal.stance.label,
                trend=rehearsal.stance.trend,
                turns_left=rehearsal.turns_left,
                status=rehearsal.status,
            )
        )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "stop":
            return self.generating
        if action == "leave":
            return not self.generating
        if action == "switch_voice":
            return not self.generating and not self.rehearsal.finished
        return True

    # -- one turn -----------------------------------------------------------------------

    @on(ReplyInput.Send, "#reply")
    async def send(self, event: ReplyInput.Send) -> None:
        name = self.scenario.persona.name
        if self.generating:
            self.notify(
                f"{name} is still answering: wait, or press Esc to stop.", severity="warning"
            )
            return
        if self.rehearsal.awaiting_reply:  # its reply failed after a resume: ask again
            self.notify(f"Asking {name} again to answer your last turn…")
            self._cancel = threading.Event()
            await self.begin_reply()
            self.answer_again(self._cancel)
            return
        if not event.text.strip():
            self.notify(str(EmptyReply()), severity="warning")
            return
        event.reply_input.clear()
        self._cancel = threading.Event()
        self.generating = True
        self.take_turn(event.text, self._cancel)

    # The thread workers below call the engine (submit may score with a judge
    # model, reply streams from the model) and only ever post messages back.

    @work(thread=True, exclusive=True, group="reply", exit_on_error=False)
    def take_turn(self, text: str, cancel: threading.Event) -> None:
        try:
            scored = self.rehearsal.submit(text)
        except (EmptyReply, SessionFinished, ReplyPending) as error:
            self.post_message(self.Refused(text, str(error)))
            return
        except Exception as error:  # e.g. the history database is locked: nothing was stored
            self.post_message(self.Refused(text, f"{type(error).__name__}: {error}"))
            return
        self.post_message(self.Scored(scored))
        self._reply(scored, cancel)

    @work(thread=True, exclusive=True, group="reply", exit_on_error=False)
    def answer_again(self, cancel: threading.Event) -> None:
        self._reply(None, cancel)

    def _reply(self, scored: ScoredTurn | None, cancel: threading.Event) -> None:
        from rehearse.model import ModelError

        def show(text: str) -> None:
            self.post_message(self.PersonaText(text))

        try:
            persona = self.services.reply(self.rehearsal, show, cancel)
        except ModelError as error:
            self.post_message(self.ReplyFailed(scored, error.message))
        except Exception as error:  # the session must survive anything the reply throws
            self.post_message(self.ReplyFailed(scored, f"{type(error).__name__}: {error}"))
        else:
            self.post_message(self.ReplyDone(persona))

    @work(thread=True, exclusive=True, group="end", exit_on_error=False)
    def end_session(self) -> None:
        # With a judge model configured, ending asks it for coaching notes: seconds.
        self.post_message(self.Ended(self.rehearsal.end()))

    # -- what the workers report ----------------------------------------------------------

    @on(Refused)
    def refused(self, message: Refused) -> None:
        self.generating = False
        self._restore_text(message.text)
        self.notify(message.message, severity="warning")

    @on(Scored)
    async def scored(self, message: Scored) -> None:
        scored = message.scored
        self._pending_user = await self.query_one(TranscriptView).add_user(
            scored.turn.text, scores_label(scored.results)
        )
        self.show_scores(scored.results)
        self.update_strip()
        await self.begin_reply()

    def show_scores(self, results: Mapping[str, RubricResult] | None) -> None:
        met: dict[str, set[str]] = {}
        for item in self.rehearsal.coverage():
            if item.best == 2:
                met.setdefault(item.rubric, set()).add(item.criterion)
        self.query_one(RubricPanel).show(results, met)

    async def begin_reply(self) -> None:
        self.generating = True
        self._pending = await self.query_one(TranscriptView).add_persona(self.scenario.persona.name)

    def _restore_text(self, text: str) -> None:
        """Put the user's words back in the box, before anything typed since."""
        reply_input = self.query_one(ReplyInput)
        typed = reply_input.text
        reply_input.load_text(text + ("\n" + typed if typed.strip() else ""))
        reply_input.move_cursor(reply_input.document.end)

    @on(PersonaText)
    async def persona_text(self, message: PersonaText) -> None:
        if self._pending is not None:
            await self._pending.stream(message.text)

    @on(ReplyDone)
    async def reply_done(self, message: ReplyDone) -> None:
        spoken = message.persona.spoken
        if self._pending is not None:
            await self._pending.finish(message.persona.turn.text, spoken.source, spoken.note)
        self._pending = None
        self._pending_user = None
        self.generating = False
        if spoken.failed and spoken.note:
            self.notify(spoken.note, title="The model had a problem", severity="warning")
        self.update_strip()
        if self.rehearsal.finished:
            self.show_finished()

    @on(ReplyFailed)
    async def reply_failed(self, message: ReplyFailed) -> None:
        if self._pending is not None:
            await self._pending.abandon()
        self._pending = None
        self.generating = False
        name = self.scenario.persona.name
        if message.scored is None:
            self.notify(
                f"{message.message}\nThe session is saved: press Enter to ask again, "
                "or resume it later from History.",
                title=f"{name} could not answer",
                severity="error",
                timeout=12,
            )
            return
        text = self.rehearsal.withdraw(message.scored)
        if self._pending_user is not None:
            await self._pending_user.remove()
            self._pending_user = None
        self._restore_text(text)
        previous = next((t for t in reversed(self.rehearsal.turns) if t.role == "user"), None)
        self.show_scores(stored_results(previous) if previous else None)
        self.update_strip()
        self.notify(
            f"{message.message}\nYour reply is back in the box: send it again when ready.",
            title=f"{name} could not answer",
            severity="error",
            timeout=12,
        )

    # -- the end ------------------------------------------------------------------------

    def show_finished(self) -> None:
        reply_input = self.query_one(ReplyInput)
        reply_input.display = False
        button = self.query_one("#debrief", Button)
        button.display = True
        button.focus()
        outcome = {"success": "You reached the goal.", "turn_limit": "You ran out of turns."}
        self.notify(
            outcome.get(self.rehearsal.status, "The rehearsal has ended."),
            title="Rehearsal over",
        )

    @on(Button.Pressed, "#debrief")
    def debrief_pressed(self) -> None:
        self.show_debrief()

    def show_debrief(self) -> None:
        if self.services.settings.judge_enabled and not self.rehearsal.finished:
            self.notify("The coach is reading the transcript…", timeout=4)
        self.end_session()  # a no-op on the session when it has ended already

    @on(Ended)
    def ended(self, message: Ended) -> None:
        self.rehearse_app.show_debrief(message.debrief, self.rehearsal, replace=self)

    def action_finish(self) -> None:
        if self.generating:
            self.notify("Wait for the reply, or press Esc to stop it first.", severity="warning")
            return
        if self.rehearsal.finished:
            self.show_debrief()
            return

        def answered(end: bool | None) -> None:
            if end:
                self.show_debrief()

        self.app.push_screen(
            ConfirmScreen(
                "End the rehearsal now and read the debrief?", yes="End", no="Keep going"
            ),
            answered,
        )

    def action_stop(self) -> None:
        if self.generating:
            self._cancel.set()
            self.notify("Stopping the reply…", timeout=3)

    def action_leave(self) -> None:
        if not self.rehearsal.finished:
            self.notify(
                f"Session {self.rehearsal.session_id} is saved: resume it from History.",
                title="Rehearsal paused",
            )
        self.app.pop_screen()

    def action_switch_voice(self) -> None:
        """When the model keeps failing (or to compare), swap to the authored lines and back."""
        voice: VoiceMode = "scripted" if self.rehearsal.voice == "model" else "model"
        self.rehearsal.set_voice(voice)
        name = self.scenario.persona.name
        self.notify(
            f"{name} now speaks through {self.rehearsal.model_name}."
            if voice == "model"
            else f"{name} now speaks the scenario's authored lines.",
            title="Voice",
            timeout=4,
        )

    def action_hint(self) -> None:
        self.app.push_screen(TextPanel("Hint", hint_content(self.rehearsal.hint())))

    def action_briefing(self) -> None:
        categories = self.services.library().categories
        self.app.push_screen(TextPanel("Briefing", briefing_content(self.scenario, categories)))

    def on_unmount(self) -> None:
        self._cancel.set()  # a reply still running on a closed screen stops at its next piece
        self.rehearse_app.open_rehearsals.pop(self.rehearsal.session_id, None)
