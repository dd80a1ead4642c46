"""The conversation as it happens: your turns, the persona's (streamed), and notes.

A persona reply streams into a Markdown widget through `Markdown.get_stream`,
which folds updates that arrive faster than the screen repaints into one, so
a fast model never makes the transcript flicker. The engine streams only what
its guard has settled (nothing it may withdraw); until the first sentence
arrives the turn shows a typing indicator.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Label, LoadingIndicator, Markdown, Static
from textual.widgets.markdown import MarkdownStream

from rehearse.tui.formatting import md_escape, md_escape_piece

SCRIPTED_MARKER = "scripted line"


class UserTurn(Vertical):
    def __init__(self, text: str, *, scores: str = "") -> None:
        super().__init__(classes="turn user-turn")
        self.text = text
        self.scores = scores

    def compose(self) -> ComposeResult:
        yield Label(
            Content.assemble(("You", "bold"), (f"  {self.scores}", "$text-muted")), classes="who"
        )
        yield Static(Content(self.text), classes="body")


class PersonaTurn(Vertical):
    """One persona reply: label, body (streamed), and the why-note when the script stood in."""

    def __init__(self, name: str, text: str = "", *, source: str | None = None) -> None:
        super().__init__(classes="turn persona-turn")
        self.persona = name
        self.initial = text
        self.source = source
        self.note: str | None = None
        self._stream: MarkdownStream | None = None
        self._text = text

    def compose(self) -> ComposeResult:
        yield Label(self._label(), classes="who")
        if self.source is None and not self.initial:  # a reply on its way: the persona is typing
            yield LoadingIndicator(classes="typing")
        yield Markdown(md_escape(self.initial) if self.initial else "", classes="body")

    @property
    def typing(self) -> bool:
        """The typing indicator is showing: nothing of the reply has arrived yet."""
        return any(indicator.display for indicator in self.query(".typing"))

    def _stop_typing(self) -> None:
        for indicator in self.query(".typing"):
            indicator.display = False

    def _label(self) -> Content:
        parts: list[str | tuple[str, str]] = [(self.persona, "bold")]
        if self.source is None:
            parts.append(("  … answering (esc stops)", "italic $text-muted"))
        elif self.source == "scripted":  # "opening" is the scene-setting line, not a stand-in
            parts.append(("  ◆ " + SCRIPTED_MARKER, "$warning"))
        if self.note:
            parts.append((f"  ({self.note})", "$text-muted"))
        return Content.assemble(*parts)

    @property
    def text(self) -> str:
        return self._text

    async def stream(self, piece: str) -> None:
        """Append a streamed piece; repaints are batched by MarkdownStream."""
        self._stop_typing()
        if self._stream is None:
            self._stream = Markdown.get_stream(self.query_one(Markdown))
        self._text += piece
        await self._stream.write(md_escape_piece(piece))
        if isinstance(self.parent, TranscriptView):
            self.parent._follow_later()

    async def finish(self, text: str, source: str, note: str | None) -> None:
        """The stored reply: its final text (the guard may have trimmed it) and source."""
        self._stop_typing()
        if self._stream is not None:
            await self._stream.stop()
            self._stream = None
        if " ".join(text.split()) != " ".join(self._text.split()):
            await self.query_one(Markdown).update(md_escape(text))
        self._text = text
        self.source = source
        self.note = note
        self.query_one(".who", Label).update(self._label())

    async def abandon(self) -> None:
        if self._stream is not None:
            await self._stream.stop()
            self._stream = None
        await self.remove()


class StageNote(Static):
    """A line of stage direction for the user (never the persona's hidden direction)."""

    def __init__(self, text: str) -> None:
        super().__init__(Content.styled(text, "italic"), classes="stage-note")


class TranscriptView(VerticalScroll):
    """Keeps the newest turn in view while a reply streams (anchored to the bottom)."""

    can_focus = False

    def follow(self) -> None:
        """Keep the newest turn in view once the transcript overflows.

        Textual 8.2 bottom-aligns an anchored widget whose content is shorter
        than it, so the opening line would sit at the bottom of an empty pane:
        anchor only once there is something to scroll. Anchoring then follows
        new content until the user scrolls up, and again once they are back.
        """
        if not self.is_anchored and self.max_scroll_y > 0:
            self.anchor()

    def _follow_later(self) -> None:
        self.call_after_refresh(self.follow)

    async def add_user(self, text: str, scores: str = "") -> UserTurn:
        turn = UserTurn(text, scores=scores)
        await self.mount(turn)
        self._follow_later()
        return turn

    async def add_persona(
        self, name: str, text: str = "", *, source: str | None = None, note: str | None = None
    ) -> PersonaTurn:
        turn = PersonaTurn(name, text, source=source)
        turn.note = note
        await self.mount(turn)
        self._follow_later()
        return turn

    async def add_note(self, text: str) -> None:
        await self.mount(StageNote(text))
        self._follow_later()
