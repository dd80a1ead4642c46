"""One line under the top bar: stage, the persona's stance, turns left.

The stage is shown by number only: its name and direction are what the
user has to find out.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from rehearse.tui.formatting import resistance_bar, trend_arrow
from rehearse.wording import count


def strip_content(
    *,
    persona: str,
    stage_number: int,
    stages: int,
    resistance: int,
    stance: str,
    trend: int,
    turns_left: int,
    status: str,
) -> Content:
    ended = {"success": "complete ✓", "turn_limit": "out of turns", "ended": "ended"}
    return Content.assemble(
        ("Stage ", "$text-muted"),
        (f"{stage_number}/{stages}", "bold"),
        ("  ·  ", "$text-muted"),
        f"{persona} is ",
        (stance, "bold"),
        " ",
        resistance_bar(resistance),
        f" {trend_arrow(trend)}",
        ("  ·  ", "$text-muted"),
        ended.get(status, f"{count(turns_left, 'turn')} left"),
    )


class SessionStrip(Static):
    DEFAULT_CSS = "SessionStrip { height: 1; }"
