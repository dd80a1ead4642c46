"""A stored session's transcript, scores and debrief, as `rehearse show` prints it."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Footer, Markdown

from rehearse.tui.screens.base import AppScreen
from rehearse.tui.widgets.app_bar import AppBar


class TranscriptScreen(AppScreen):
    BINDINGS = [  # noqa: RUF012
        Binding("e", "export", "Export"),
        Binding("d", "debrief", "Debrief"),
        Binding("escape", "app.pop_screen", "Back"),
    ]

    def __init__(self, session_id: str) -> None:
        super().__init__()
        self.session_id = session_id

    def compose(self) -> ComposeResult:
        yield AppBar(f"Transcript {self.session_id}")
        with VerticalScroll(id="transcript-scroll"):
            yield Markdown(self.services.transcript_markdown(self.session_id), id="transcript-text")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#transcript-scroll", VerticalScroll).focus()

    def action_export(self) -> None:
        self.rehearse_app.export_session(self.session_id, Path.cwd())

    def action_debrief(self) -> None:
        self.rehearse_app.open_stored_debrief(self.session_id)
