"""Quick score: paste or type a message, pick SBI or SMARTT, watch the scores as you type."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.timer import Timer
from textual.widgets import Footer, RadioButton, RadioSet, Static, TextArea

from rehearse.rubrics import RUBRICS
from rehearse.tui.screens.base import AppScreen
from rehearse.tui.styles import STYLES
from rehearse.tui.widgets.app_bar import AppBar
from rehearse.tui.widgets.rubric_panel import rubric_content, rubric_guide

# Re-score once typing pauses this long: the scorer is fast, repainting per key is not.
DEBOUNCE_SECONDS = 0.25


class QuickScoreScreen(AppScreen):
    CSS_PATH = STYLES / "quick_score.tcss"
    BINDINGS = [  # noqa: RUF012
        Binding("ctrl+t", "next_rubric", "Rubric"),
        Binding("ctrl+l", "app.show_library", "Library"),
        Binding("ctrl+r", "app.show_history", "History"),
        Binding("ctrl+n", "app.show_rewrite", "Rewrite"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.rubric = next(iter(RUBRICS))
        self._timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield AppBar("Quick score")
        with Horizontal(id="quick"):
            with Vertical(id="quick-left"):
                with RadioSet(id="rubric"):
                    for index, rubric in enumerate(RUBRICS.values()):
                        yield RadioButton(rubric.id.upper(), value=index == 0, id=rubric.id)
                yield TextArea(
                    id="message",
                    soft_wrap=True,
                    placeholder="Paste or type the message you plan to send or say…",
                    highlight_cursor_line=False,
                )
            with VerticalScroll(id="quick-result"):
                yield Static(id="result")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#message", TextArea).focus()
        self.rescore()

    @on(TextArea.Changed, "#message")
    def typed(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(DEBOUNCE_SECONDS, self.rescore)

    @on(RadioSet.Changed, "#rubric")
    def rubric_changed(self, event: RadioSet.Changed) -> None:
        if event.pressed.id and event.pressed.id != self.rubric:
            self.rubric = event.pressed.id
            self.rescore()

    def action_next_rubric(self) -> None:
        ids = list(RUBRICS)
        self.rubric = ids[(ids.index(self.rubric) + 1) % len(ids)]
        self.query_one(f"#{self.rubric}", RadioButton).value = True
        self.rescore()

    def rescore(self) -> None:
        self._timer = None
        text = self.query_one("#message", TextArea).text
        shown = (
            rubric_content(self.rubric, self.services.quick_score(text, self.rubric))
            if text.strip()
            else rubric_guide(self.rubric)
        )
        self.query_one("#result", Static).update(shown)
