"""Briefing: persona, context, goal and rubrics; the rehearsal starts from here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Button, Footer, Label, Static

from rehearse.tui.briefing import briefing_content
from rehearse.tui.screens.base import AppScreen
from rehearse.tui.styles import STYLES
from rehearse.tui.widgets.app_bar import AppBar

if TYPE_CHECKING:
    from rehearse.engine.voice import VoiceMode
    from rehearse.scenarios import Scenario

VOICES: dict[str, str] = {
    "model": "the model speaks for {name}; authored lines stand in when it strays",
    "scripted": "only the scenario's authored lines, no model",
}


class BriefingScreen(AppScreen):
    CSS_PATH = STYLES / "briefing.tcss"
    BINDINGS = [  # noqa: RUF012
        Binding("enter", "start", "Start", key_display="⏎"),
        Binding("v", "toggle_voice", "Voice"),
        Binding("pagedown", "scroll(1)", "Scroll", show=False),
        Binding("pageup", "scroll(-1)", "Scroll", show=False),
        Binding("escape", "app.pop_screen", "Back"),
    ]

    voice: reactive[str] = reactive("model")

    def __init__(self, scenario: Scenario, voice: VoiceMode) -> None:
        super().__init__()
        self.scenario = scenario
        self.set_reactive(BriefingScreen.voice, voice)

    def compose(self) -> ComposeResult:
        yield AppBar("Briefing")
        with VerticalScroll(id="briefing"):
            yield Static(
                briefing_content(self.scenario, self.services.library().categories),
                id="briefing-text",
            )
        with Horizontal(id="start-row"):
            yield Button("Start rehearsal ⏎", id="start", variant="primary", compact=True)
            yield Button("Voice", id="voice", compact=True)
            yield Label(id="voice-help")
        yield Footer()

    def on_mount(self) -> None:
        self.watch_voice(self.voice)
        self.query_one("#start", Button).focus()

    def watch_voice(self, voice: str) -> None:
        model = f" ({self.services.model_name()})" if voice == "model" else ""
        self.query_one("#voice", Button).label = f"Voice: {voice}"
        self.query_one("#voice-help", Label).update(
            Content.styled(
                VOICES[voice].format(name=self.scenario.persona.name) + model,
                "$text-muted",
            )
        )

    def action_toggle_voice(self) -> None:
        self.voice = "scripted" if self.voice == "model" else "model"

    def action_scroll(self, pages: int) -> None:
        scroll = self.query_one("#briefing", VerticalScroll)
        (scroll.scroll_page_down if pages > 0 else scroll.scroll_page_up)()

    @on(Button.Pressed, "#voice")
    def voice_pressed(self) -> None:
        self.action_toggle_voice()

    @on(Button.Pressed, "#start")
    def start_pressed(self) -> None:
        self.action_start()

    def action_start(self) -> None:
        voice: VoiceMode = "scripted" if self.voice == "scripted" else "model"
        self.rehearse_app.start_rehearsal(self.scenario, voice, replace=self)
