"""Debrief: after each rehearsal (or opened from History): what happened and what to change."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Footer

from rehearse.tui.screens.base import AppScreen
from rehearse.tui.styles import STYLES
from rehearse.tui.widgets.app_bar import AppBar
from rehearse.tui.widgets.debrief_view import DebriefView

if TYPE_CHECKING:
    from rehearse.engine import Debrief
    from rehearse.engine.voice import VoiceMode


class DebriefScreen(AppScreen):
    CSS_PATH = STYLES / "debrief.tcss"
    BINDINGS = [  # noqa: RUF012
        Binding("r", "retry", "Retry"),
        Binding("escape", "app.pop_screen", "Back"),
        Binding("ctrl+r", "app.show_history", "History"),
        Binding("ctrl+s", "app.show_quick_score", "Quick score"),
    ]

    def __init__(self, debrief: Debrief, *, persona: str, voice: VoiceMode | None = None) -> None:
        super().__init__()
        self.debrief = debrief
        self.persona = persona
        self.voice = voice

    def compose(self) -> ComposeResult:
        yield AppBar(f"Debrief · {self.debrief.scenario_title}")
        yield DebriefView(self.debrief, self.persona, id="debrief-view")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(DebriefView).focus()

    def action_retry(self) -> None:
        scenario = self.services.scenario(self.debrief.scenario_id)
        if scenario is None:
            self.notify("This scenario is no longer in the library.", severity="error")
            return
        voice: VoiceMode = self.voice or self.services.settings.voice
        self.rehearse_app.start_rehearsal(scenario, voice, replace=self)
