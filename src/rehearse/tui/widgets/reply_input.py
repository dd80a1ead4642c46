"""The multi-line box the user types replies in: Enter sends, Ctrl+J starts a new line."""

from __future__ import annotations

from dataclasses import dataclass

from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.widgets import TextArea

# Terminals send Ctrl+J for a bare line feed; Shift+Enter and Alt+Enter arrive
# as their own keys only in terminals that report them, so all three work.
NEWLINE_KEYS = ("ctrl+j", "shift+enter", "alt+enter")


class ReplyInput(TextArea):
    BINDINGS = [  # noqa: RUF012  (Textual's own declaration style)
        Binding("enter", "send", "Send", key_display="⏎"),
        Binding(",".join(NEWLINE_KEYS), "newline", "New line", key_display="^j"),
    ]

    @dataclass
    class Send(Message):
        """The user pressed Enter; the screen decides whether the text goes."""

        reply_input: ReplyInput
        text: str

        @property
        def control(self) -> ReplyInput:
            return self.reply_input

    def __init__(self, *, placeholder: str = "", id: str | None = None) -> None:
        super().__init__(
            id=id,
            soft_wrap=True,
            show_line_numbers=False,
            tab_behavior="focus",
            placeholder=placeholder,
            highlight_cursor_line=False,
        )

    async def _on_key(self, event: events.Key) -> None:
        # TextArea inserts a newline on Enter in its own key handler, before
        # bindings are looked at, so the keys are intercepted here.
        if event.key == "enter":
            event.stop()
            event.prevent_default()
            self.action_send()
            return
        if event.key in NEWLINE_KEYS:
            event.stop()
            event.prevent_default()
            self.action_newline()
            return
        await super()._on_key(event)

    def action_send(self) -> None:
        self.post_message(self.Send(self, self.text))

    def action_newline(self) -> None:
        self.insert("\n")
