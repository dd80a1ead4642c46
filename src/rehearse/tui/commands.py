"""Command palette entries beyond the app's own: a briefing per scenario, and every
unfinished rehearsal to continue (the app's `get_system_commands` adds the screens)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider

from rehearse.tui.formatting import short_date

if TYPE_CHECKING:
    from rehearse.tui.app import RehearseApp


class ScenarioCommands(Provider):
    """`Brief: <title>` for each scenario; `Continue: <title>` for each unfinished session."""

    @property
    def rehearse_app(self) -> RehearseApp:
        return cast("RehearseApp", self.app)

    def _commands(self) -> list[tuple[str, str, Callable[[], object]]]:
        app = self.rehearse_app
        commands: list[tuple[str, str, Callable[[], object]]] = [
            (
                f"Brief: {entry.scenario.title}",
                entry.scenario.summary,
                partial(app.open_briefing, entry.scenario),
            )
            for entry in app.services.library().entries
        ]
        commands += [
            (
                f"Continue: {record.scenario_title}",
                f"Session {record.id}, started {short_date(record.started_at)}",
                partial(app.resume_session, record.id),
            )
            for record in app.services.store.sessions()
            if record.status == "active"
        ]
        return commands

    async def discover(self) -> Hits:
        for title, help_text, callback in self._commands():
            yield DiscoveryHit(title, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, callback in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), callback, help=help_text)
