"""Small, pure text helpers the screens share (labels, meters, dates, Markdown escaping)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime

from textual.content import Content

OUTCOMES = {
    "success": "✓ success",
    "turn_limit": "turn limit",
    "ended": "ended early",
    "active": "in progress",
}

# One colour per level of a 0-2 criterion, from the theme.
LEVEL_STYLES = ("$error", "$warning", "$success")

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")


def outcome_label(status: str) -> str:
    return OUTCOMES.get(status, status)


def difficulty_dots(difficulty: int, top: int = 3) -> str:
    return "●" * difficulty + "○" * (top - difficulty)


def short_date(iso: str) -> str:
    """`2025-03-04T09:30:00+00:00` -> `2025-03-04 10:30` in local time (stored times are UTC)."""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso[:16]
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")


def totals_text(totals: Mapping[str, tuple[int, int]]) -> str:
    return "  ".join(f"{rubric.upper()} {total}/{top}" for rubric, (total, top) in totals.items())


def meter(score: int | None, top: int = 2) -> Content:
    """A criterion level as filled and empty blocks, coloured by level."""
    if score is None:  # a judge abstained
        return Content.styled("?" * top, "$text-muted")
    style = LEVEL_STYLES[min(score, len(LEVEL_STYLES) - 1)] if top == 2 else "$accent"
    return Content.assemble(("■" * score, style), ("□" * (top - score), "$text-muted"))


def resistance_bar(resistance: int, top: int = 10) -> Content:
    """Resistance 0-10: more filled cells means further from agreement."""
    style = "$success" if resistance <= 4 else "$warning" if resistance <= 6 else "$error"
    return Content.assemble(("▮" * resistance, style), ("▯" * (top - resistance), "$text-muted"))


def trend_arrow(trend: int) -> str:
    return "▲" if trend > 0 else "▼" if trend < 0 else "="


def md_escape(text: str) -> str:
    """Scenario and user text shown through Markdown is data: no markup of its own."""
    return md_escape_piece(" ".join(text.split()))


def md_escape_piece(piece: str) -> str:
    """A streamed piece: escaped, its spacing kept (the space between two sentences)."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", piece.replace("\n", " "))
