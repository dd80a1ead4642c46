"""Rubric totals over time as a terminal bar chart: one bar per session, oldest first.

Drawn with eighth blocks so a 6-line chart still shows 48 levels; it needs no
plotting library and renders the same on every terminal (snapshots rely on it).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from textual.content import Content
from textual.widget import Widget

BLOCKS = " ▁▂▃▄▅▆▇█"
BAR_WIDTH = 3
GAP = 1
AXIS_WIDTH = 4


@dataclass(frozen=True)
class Point:
    session_id: str
    value: int
    maximum: int
    date: str  # for the axis labels: already formatted


def series(
    rows: Iterable[Mapping[str, Any]], rubric: str, scenario: str | None = None
) -> list[Point]:
    """From `history_rows` (newest first): this rubric's totals, oldest first."""
    points = [
        Point(
            row["session_id"],
            row["totals"][rubric]["total"],
            row["totals"][rubric]["max"],
            row["date"][5:10],  # MM-DD
        )
        for row in rows
        if rubric in row["totals"] and (scenario is None or row["scenario"] == scenario)
    ]
    return points[::-1]


def level_style(value: int, maximum: int) -> str:
    ratio = value / maximum if maximum else 0.0
    return "$success" if ratio >= 2 / 3 else "$warning" if ratio >= 1 / 3 else "$error"


def chart_lines(
    points: Sequence[Point], width: int, height: int, highlight: str | None = None
) -> list[Content]:
    """`height` bar rows, an axis, values and dates; the newest sessions that fit."""
    if not points:
        return [Content.styled("No scored sessions yet.", "$text-muted")]
    fit = max(1, (width - AXIS_WIDTH) // (BAR_WIDTH + GAP))
    shown = list(points[-fit:])
    maximum = max(p.maximum for p in shown)
    eighths = [round(p.value / maximum * height * 8) if maximum else 0 for p in shown]
    lines: list[Content] = []
    for row in range(height, 0, -1):
        axis = f"{maximum:>2} ┤" if row == height else "   │"
        parts: list[str | tuple[str, str]] = [(axis, "$text-muted")]
        for point, filled in zip(shown, eighths, strict=True):
            cell = BLOCKS[max(0, min(8, filled - (row - 1) * 8))]
            style = (
                "$accent"
                if point.session_id == highlight
                else level_style(point.value, point.maximum)
            )
            parts.append((" " + cell * BAR_WIDTH, style))
        lines.append(Content.assemble(*parts))
    lines.append(Content.styled(" 0 ┼" + "─" * (len(shown) * (BAR_WIDTH + GAP)), "$text-muted"))
    values: list[str | tuple[str, str]] = [" " * AXIS_WIDTH]
    for point in shown:  # the selected session's value is shown reversed
        values += [
            " ",
            (
                f"{point.value:^{BAR_WIDTH}}",
                "reverse bold" if point.session_id == highlight else "",
            ),
        ]
    lines.append(Content.assemble(*values))
    dates = " " * (AXIS_WIDTH + GAP)
    first, last = shown[0].date, shown[-1].date
    if len(shown) == 1:
        dates += first
    else:
        span = len(shown) * (BAR_WIDTH + GAP) - GAP
        dates += first + " " * max(1, span - len(first) - len(last)) + last
    lines.append(Content.styled(dates, "$text-muted"))
    return lines


class ProgressChart(Widget):
    """Set `title` and `points`; it redraws to its width."""

    DEFAULT_CSS = "ProgressChart { height: 11; }"

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.title = ""
        self.points: list[Point] = []
        self.highlight: str | None = None

    def plot(self, title: str, points: list[Point], highlight: str | None = None) -> None:
        self.title, self.points, self.highlight = title, points, highlight
        self.refresh()

    def render(self) -> Content:
        bar_rows = max(2, self.size.height - 4)
        lines = [
            Content.styled(self.title, "bold"),
            *chart_lines(self.points, self.size.width, bar_rows, self.highlight),
        ]
        return Content("\n").join(lines)
