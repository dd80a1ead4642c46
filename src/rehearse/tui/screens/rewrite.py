"""Rewrite: paste a technical message, pick the reader, get checked rewrites to copy.

The rewrite runs in a thread worker (it may call the model); the model's words
stream into a preview (repaints batched), Esc stops it. Every rewrite shows
its checks: facts lost or invented, jargon left, reading grade before and after.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.timer import Timer
from textual.widgets import Checkbox, Footer, RadioButton, RadioSet, Static, TextArea

from rehearse.rewrite import AUDIENCES, RewriteCancelled, RewriteResult
from rehearse.tui.screens.base import AppScreen
from rehearse.tui.styles import STYLES
from rehearse.tui.widgets.app_bar import AppBar
from rehearse.tui.widgets.rewrite_view import CandidateView, analysis_content

# The analysis of the original (jargon, facts, grade) follows typing after this pause.
DEBOUNCE_SECONDS = 0.3
# Streamed model text is repainted at most this often.
STREAM_REPAINT_SECONDS = 0.05


class RewriteScreen(AppScreen):
    CSS_PATH = STYLES / "rewrite.tcss"
    BINDINGS = [  # noqa: RUF012
        Binding("ctrl+g", "rewrite", "Rewrite"),
        Binding("ctrl+t", "next_audience", "Reader"),
        Binding("ctrl+b", "toggle_buy_in", "Buy-in"),
        Binding("escape", "stop", "Stop"),
        Binding("ctrl+l", "app.show_library", "Library"),
    ]

    @dataclass
    class Streamed(Message):
        text: str

    @dataclass
    class Done(Message):
        result: RewriteResult

    @dataclass
    class Failed(Message):
        message: str

    working: reactive[bool] = reactive(False, bindings=True)

    def __init__(self) -> None:
        super().__init__()
        self.audience = next(iter(AUDIENCES))
        self._stop = threading.Event()
        self._streamed = ""
        self._repaint: Timer | None = None
        self._analysis_timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield AppBar("Rewrite for a nontechnical reader")
        with Horizontal(id="rewrite-options"):
            with RadioSet(id="audience"):
                for index, audience in enumerate(AUDIENCES.values()):
                    yield RadioButton(audience.label, value=index == 0, id=audience.name)
            yield Checkbox("Frame for buy-in", id="buy-in")
        yield Static(id="reader")
        with Horizontal(id="rewrite"):
            with Vertical(id="rewrite-left"):
                yield TextArea(
                    id="original",
                    soft_wrap=True,
                    placeholder="Paste the technical message here, then Ctrl+G…",
                    highlight_cursor_line=False,
                )
                with VerticalScroll(id="analysis-scroll"):
                    yield Static(id="analysis")
            with VerticalScroll(id="results"):
                yield Static(id="streaming")
        yield Footer()

    def on_mount(self) -> None:
        self.show_reader()
        self.show_idle()
        self.query_one("#original", TextArea).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "stop":
            return self.working
        if action == "rewrite":
            return not self.working
        return True

    # -- options -------------------------------------------------------------------------

    def show_reader(self) -> None:
        reader = AUDIENCES[self.audience].reader
        buy_in = "on" if self.query_one("#buy-in", Checkbox).value else "off"
        self.query_one("#reader", Static).update(
            Content.styled(f"Reader: {reader} · buy-in {buy_in}", "$text-muted")
        )

    @on(Checkbox.Changed, "#buy-in")
    def buy_in_changed(self) -> None:
        self.show_reader()

    @on(RadioSet.Changed, "#audience")
    def audience_changed(self, event: RadioSet.Changed) -> None:
        if event.pressed.id:
            self.audience = event.pressed.id
            self.show_reader()

    def action_next_audience(self) -> None:
        names = list(AUDIENCES)
        self.audience = names[(names.index(self.audience) + 1) % len(names)]
        self.query_one(f"#{self.audience}", RadioButton).value = True
        self.show_reader()

    def action_toggle_buy_in(self) -> None:
        box = self.query_one("#buy-in", Checkbox)
        box.value = not box.value

    # -- the original's analysis, as you type ------------------------------------------------

    @on(TextArea.Changed, "#original")
    def typed(self) -> None:
        if self._analysis_timer is not None:
            self._analysis_timer.stop()
        self._analysis_timer = self.set_timer(DEBOUNCE_SECONDS, self.show_analysis)

    def show_analysis(self) -> None:
        text = self.query_one("#original", TextArea).text
        analysis = self.services.analyze(text) if text.strip() else None
        self.query_one("#analysis", Static).update(
            analysis_content(analysis) if analysis else Content("")
        )

    def show_idle(self) -> None:
        self.query_one("#streaming", Static).update(
            Content.styled(
                "The rewrites appear here, each with its checks: facts lost or added, "
                "jargon left, reading grade. Tab to one and press c to copy it.",
                "$text-muted",
            )
        )

    # -- the rewrite ------------------------------------------------------------------------------

    def action_rewrite(self) -> None:
        text = self.query_one("#original", TextArea).text
        if not text.strip():
            self.notify("Paste or type the message to rewrite first.", severity="warning")
            return
        self.show_analysis()
        for old in self.query(CandidateView):
            old.remove()
        self._stop = threading.Event()
        self._streamed = ""
        self.working = True
        streaming = self.query_one("#streaming", Static)
        streaming.display = True
        streaming.update(Content.styled("Writing… (Esc stops)", "italic $text-muted"))
        buy_in = self.query_one("#buy-in", Checkbox).value
        self.run_rewrite(text, self.audience, buy_in, self._stop)

    @work(thread=True, exclusive=True, group="rewrite", exit_on_error=False)
    def run_rewrite(self, text: str, audience: str, buy_in: bool, stop: threading.Event) -> None:
        def streamed(piece: str) -> None:
            self.post_message(self.Streamed(piece))

        try:
            result = self.services.rewrite(
                text, audience, buy_in=buy_in, on_text=streamed, should_stop=stop.is_set
            )
        except RewriteCancelled:
            self.post_message(self.Failed("Stopped."))
        except Exception as error:  # the screen stays usable whatever happens
            self.post_message(self.Failed(f"{type(error).__name__}: {error}"))
        else:
            self.post_message(self.Done(result))

    @on(Streamed)
    def on_streamed(self, message: Streamed) -> None:
        self._streamed += message.text
        if self._repaint is None:  # fold the pieces of the next 50 ms into one repaint
            self._repaint = self.set_timer(STREAM_REPAINT_SECONDS, self._repaint_stream)

    def _repaint_stream(self) -> None:
        self._repaint = None
        if self.working:
            self.query_one("#streaming", Static).update(
                Content.assemble(
                    ("The model is writing… (Esc stops)\n", "italic $text-muted"), self._streamed
                )
            )

    @on(Done)
    async def on_done(self, message: Done) -> None:
        self.working = False
        result = message.result
        note = Content("")
        if result.model_error:
            note = Content.styled(
                f"The model rewrite failed ({result.model_error}): here is the "
                "plain-language version, made without a model.",
                "$warning",
            )
        streaming = self.query_one("#streaming", Static)
        streaming.update(note)
        streaming.display = bool(result.model_error)
        results = self.query_one("#results", VerticalScroll)
        await results.mount_all(
            CandidateView(candidate, best=index == 0, model=result.model, original=result.original)
            for index, candidate in enumerate(result.candidates)
        )
        results.scroll_home(animate=False)

    @on(Failed)
    def on_failed(self, message: Failed) -> None:
        self.working = False
        self.query_one("#streaming", Static).update(Content.styled(message.message, "$warning"))
        if message.message != "Stopped.":
            self.notify(message.message, title="The rewrite failed", severity="error")

    def action_stop(self) -> None:
        self._stop.set()
