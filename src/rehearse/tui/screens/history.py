"""History: past sessions, a chart of rubric totals over time, transcripts, export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer

from rehearse.tui.formatting import outcome_label, short_date
from rehearse.tui.screens.base import AppScreen
from rehearse.tui.styles import STYLES
from rehearse.tui.widgets.app_bar import AppBar
from rehearse.tui.widgets.progress_chart import ProgressChart, series

TITLE_WIDTH = 24


def shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


class SessionTable(DataTable[str]):
    BINDINGS = [Binding("enter", "select_cursor", "Transcript", key_display="⏎")]  # noqa: RUF012


class HistoryScreen(AppScreen):
    CSS_PATH = STYLES / "history.tcss"
    BINDINGS = [  # noqa: RUF012
        Binding("d", "debrief", "Debrief"),
        Binding("c", "resume", "Continue"),
        Binding("e", "export", "Export"),
        Binding("s", "scope", "Scope"),
        Binding("b", "rubric", "Rubric"),
        Binding("escape", "app.show_library", "Library"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[dict[str, Any]] = []
        self.rubric: str | None = None
        self.this_scenario = False
        self.export_folder = Path.cwd()

    def compose(self) -> ComposeResult:
        yield AppBar("History")
        yield ProgressChart(id="chart")
        yield SessionTable(id="sessions", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(SessionTable)
        table.add_column("Date", key="date")
        table.add_column("Scenario", key="scenario")
        table.add_column("Outcome", key="outcome")
        table.add_column("Turns", key="turns")
        table.add_column("Scores", key="scores")
        self.reload()
        table.focus()

    def on_screen_resume(self) -> None:
        self.reload()

    def reload(self) -> None:
        self.rows = self.services.history()
        table = self.query_one(SessionTable)
        selected = self.selected_id
        table.clear()
        for row in self.rows:
            scores = "  ".join(
                f"{r.upper()} {t['total']}/{t['max']}" for r, t in row["totals"].items()
            )
            table.add_row(
                short_date(row["date"]),
                shorten(row["title"], TITLE_WIDTH),
                outcome_label(row["outcome"]),
                str(row["turns"]),
                scores,
                key=row["session_id"],
            )
        if selected is not None and selected in {r["session_id"] for r in self.rows}:
            table.move_cursor(row=table.get_row_index(selected))
        rubrics = sorted({r for row in self.rows for r in row["totals"]})
        if self.rubric not in rubrics:
            self.rubric = rubrics[-1] if rubrics else None
        self.replot()

    @property
    def selected_id(self) -> str | None:
        table = self.query_one(SessionTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
        return str(key.value) if key.value is not None else None

    @property
    def selected_row(self) -> dict[str, Any] | None:
        selected = self.selected_id
        return next((r for r in self.rows if r["session_id"] == selected), None)

    def replot(self) -> None:
        chart = self.query_one(ProgressChart)
        if self.rubric is None:
            chart.plot("Rubric totals", [])
            return
        row = self.selected_row
        scenario = row["scenario"] if self.this_scenario and row else None
        scope = f"“{shorten(row['title'], 30)}”" if scenario and row else "all scenarios"
        chart.plot(
            f"{self.rubric.upper()} totals · {scope}   (s: scope, b: rubric)",
            series(self.rows, self.rubric, scenario),
            highlight=self.selected_id,
        )

    @on(DataTable.RowHighlighted, "#sessions")
    def row_highlighted(self) -> None:
        self.replot()
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        row = self.selected_row if self.is_mounted else None
        if action == "resume":
            return row is not None and row["outcome"] == "active"
        if action == "debrief":
            return row is not None and row["outcome"] != "active"
        if action in ("export",):
            return row is not None
        return True

    @on(DataTable.RowSelected, "#sessions")
    def row_selected(self) -> None:
        self.action_transcript()

    def action_scope(self) -> None:
        self.this_scenario = not self.this_scenario
        self.replot()

    def action_rubric(self) -> None:
        rubrics = sorted({r for row in self.rows for r in row["totals"]})
        if rubrics and self.rubric in rubrics:
            self.rubric = rubrics[(rubrics.index(self.rubric) + 1) % len(rubrics)]
            self.replot()

    def _need_selection(self) -> dict[str, Any] | None:
        row = self.selected_row
        if row is None:
            self.notify("No session yet: rehearse a scenario first.", severity="warning")
        return row

    def action_transcript(self) -> None:
        from rehearse.tui.screens.transcript import TranscriptScreen

        row = self._need_selection()
        if row:
            self.app.push_screen(TranscriptScreen(row["session_id"]))

    def action_debrief(self) -> None:
        row = self._need_selection()
        if row:
            self.rehearse_app.open_stored_debrief(row["session_id"])

    def action_export(self) -> None:
        row = self._need_selection()
        if row:
            self.rehearse_app.export_session(row["session_id"], self.export_folder)

    def action_resume(self) -> None:
        row = self._need_selection()
        if row is None:
            return
        if row["outcome"] != "active":
            self.notify("This rehearsal has ended: press r on its debrief to try again.")
            return
        self.rehearse_app.resume_session(row["session_id"])
