"""The top line of every screen: where you are, and which model answers."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Label

from rehearse.tui.model_status import ModelStatus


class AppBar(Horizontal):
    DEFAULT_CSS = """
    AppBar { height: 1; dock: top; }
    AppBar #where { width: 1fr; }
    AppBar #model { width: auto; }
    """

    def __init__(self, where: str) -> None:
        super().__init__()
        self.where = where

    def compose(self) -> ComposeResult:
        yield Label(Content.assemble(("rehearse", "bold"), f" · {self.where}"), id="where")
        yield Label(Content(""), id="model")

    def on_mount(self) -> None:
        self.watch(self.app, "model_status", self.show_status)

    def show_status(self, status: ModelStatus) -> None:
        label = self.query_one("#model", Label)
        label.update(Content(status.label))
        label.set_class(status.state == "ok", "-ok")
        label.set_class(status.state == "failed", "-failed")
        label.tooltip = status.error
