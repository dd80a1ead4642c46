"""A stored session's transcript, scores and debrief, as `rehearse show` prints it."""

from __future__ import annotations

from pathlib import Path

from rich.markdown import Markdown
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Footer, Static

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
        self.markdown = ""

    def compose(self) -> ComposeResult:
        yield AppBar(f"Transcript {self.session_id}")
        with VerticalScroll(id="transcript-scroll"):
            # Rich's Markdown in one Static: a long transcript as one widget, not one per block.
            self.markdown = self.services.transcript_markdown(self.session_id)
            yield Static(Markdown(self.markdown), id="transcript-text")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#transcript-scroll", VerticalScroll).focus()

    def action_export(self) -> None:
        self.rehearse_app.export_session(self.session_id, Path.cwd())

    def action_debrief(self) -> None:
        self.rehearse_app.open_stored_debrief(self.session_id)
