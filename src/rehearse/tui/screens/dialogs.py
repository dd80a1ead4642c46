"""Small modal screens: confirm, a text panel (hint, briefing), export."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Literal

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet, Static


class ConfirmScreen(ModalScreen[bool]):
    BINDINGS = [  # noqa: RUF012
        Binding("y", "answer(True)", "Yes"),
        Binding("n,escape", "answer(False)", "No"),
    ]

    def __init__(self, question: str, yes: str = "Yes", no: str = "No") -> None:
        super().__init__(classes="dialog-screen")
        self.question = question
        self.yes = yes
        self.no = no

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Content(self.question), classes="dialog-question")
            with Horizontal(classes="dialog-buttons"):
                yield Button(f"{self.yes} (y)", id="yes", variant="primary")
                yield Button(f"{self.no} (n)", id="no")

    def on_mount(self) -> None:
        self.query_one("#yes", Button).focus()

    @on(Button.Pressed)
    def pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)


class TextPanel(ModalScreen[None]):
    """Read-only text over the current screen (a hint, the briefing); Esc closes it."""

    BINDINGS = [Binding("escape,q", "dismiss", "Close")]  # noqa: RUF012

    def __init__(self, title: str, body: Content) -> None:
        super().__init__(classes="dialog-screen")
        self.title_text = title
        self.body = body

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog panel"):
            yield Label(Content.styled(self.title_text, "bold"), classes="dialog-title")
            with VerticalScroll():
                yield Static(self.body)
            yield Label(Content.styled("Esc closes", "$text-muted"), classes="dialog-foot")

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(None)


ExportFormat = Literal["md", "json"]
Writer = Callable[[Path, ExportFormat], Path]


class ExportScreen(ModalScreen[Path | None]):
    """Where to write a transcript, and as what. Stays open, with the reason, when it fails."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]  # noqa: RUF012

    def __init__(self, session_id: str, folder: Path, write: Writer) -> None:
        super().__init__(classes="dialog-screen")
        self.session_id = session_id
        self.folder = folder
        self.write = write

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(
                Content.styled(f"Export session {self.session_id}", "bold"),
                classes="dialog-title",
            )
            with RadioSet(id="format"):
                yield RadioButton("Markdown", value=True, id="md")
                yield RadioButton("JSON", id="json")
            yield Input(self._default_path("md"), id="path")
            yield Label(
                Content.styled(
                    "Enter writes the file (readable by you only). Esc cancels.", "$text-muted"
                ),
                classes="dialog-foot",
            )

    def _default_path(self, fmt: str) -> str:
        return str(self.folder / f"rehearse-{self.session_id}.{fmt}")

    def on_mount(self) -> None:
        self.query_one("#path", Input).focus()

    @property
    def format(self) -> ExportFormat:
        pressed = self.query_one("#format", RadioSet).pressed_button
        return "json" if pressed is not None and pressed.id == "json" else "md"

    @on(RadioSet.Changed, "#format")
    def format_changed(self) -> None:
        path_input = self.query_one("#path", Input)
        path = Path(path_input.value)
        if path.suffix in (".md", ".json"):
            path_input.value = str(path.with_suffix(f".{self.format}"))

    @on(Input.Submitted, "#path")
    def submitted(self, event: Input.Submitted) -> None:
        if not event.value.strip():
            self.notify("Type a file name first.", severity="warning")
            return
        try:
            written = self.write(Path(event.value.strip()), self.format)
        except OSError as error:  # FileExistsError included
            reason = error.strerror if error.strerror and error.filename else str(error)
            where = f"{error.filename}: " if error.filename else ""
            self.notify(f"{where}{reason}", title="Not exported", severity="error")
            return
        self.dismiss(written)

    def action_cancel(self) -> None:
        self.dismiss(None)
