"""The scenario library as the home screen shows it: entries, last results, filtering.

Pure data (no Textual): built by `services.Services.library()`, tested on its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rehearse.scenarios import Scenario
    from rehearse.store import SessionRecord


@dataclass(frozen=True)
class LastResult:
    """The user's most recent rehearsal of one scenario."""

    session_id: str
    status: str
    date: str
    totals: Mapping[str, tuple[int, int]]  # rubric -> (total, max)


@dataclass(frozen=True)
class Entry:
    scenario: Scenario
    source: str  # builtin | user
    last: LastResult | None = None

    def matches(self, query: str) -> bool:
        """Every word of the query appears in the title, summary, category or persona."""
        scenario = self.scenario
        haystack = " ".join(
            (
                scenario.id,
                scenario.title,
                scenario.summary,
                scenario.category,
                scenario.persona.name,
                scenario.persona.role,
                " ".join(scenario.rubrics),
            )
        ).lower()
        return all(word in haystack for word in query.lower().split())


@dataclass(frozen=True)
class Library:
    entries: tuple[Entry, ...]
    problems: tuple[str, ...] = ()
    categories: Mapping[str, str] = field(default_factory=dict)  # id -> label, in display order

    def grouped(self, query: str = "") -> list[tuple[str, list[Entry]]]:
        """(category label, entries) in the library's category order, easiest first."""
        groups: dict[str, list[Entry]] = {}
        for entry in self.entries:
            if entry.matches(query):
                groups.setdefault(entry.scenario.category, []).append(entry)
        order = [*self.categories, *sorted(set(groups) - set(self.categories))]
        return [
            (
                self.categories.get(category, category),
                sorted(groups[category], key=lambda e: (e.scenario.difficulty, e.scenario.title)),
            )
            for category in order
            if category in groups
        ]

    def find(self, scenario_id: str) -> Entry | None:
        return next((e for e in self.entries if e.scenario.id == scenario_id), None)


def last_results(sessions: Iterable[SessionRecord]) -> dict[str, LastResult]:
    """From the stored sessions (newest first): the latest of each scenario, with the
    totals of its debrief once it has ended (read from the store, no engine needed)."""
    latest: dict[str, LastResult] = {}
    for record in sessions:
        if record.scenario_id in latest:
            continue
        totals: Mapping[str, Any] = (record.debrief or {}).get("coverage_totals") or {}
        latest[record.scenario_id] = LastResult(
            session_id=record.id,
            status=record.status,
            date=record.started_at,
            totals={rubric: (int(v[0]), int(v[1])) for rubric, v in totals.items()},
        )
    return latest
