"""Command palette entries: every screen, and a briefing for every scenario."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider

if TYPE_CHECKING:
    from rehearse.tui.app import RehearseApp


class ScenarioCommands(Provider):
    """`Brief: <title>` for each scenario in the library."""

    @property
    def rehearse_app(self) -> RehearseApp:
        return cast("RehearseApp", self.app)

    def _commands(self) -> list[tuple[str, str, object]]:
        library = self.rehearse_app.services.library()
        return [
            (
                f"Brief: {entry.scenario.title}",
                entry.scenario.summary,
                partial(self.rehearse_app.open_briefing, entry.scenario),
            )
            for entry in library.entries
        ]

    async def discover(self) -> Hits:
        for title, help_text, callback in self._commands():
            yield DiscoveryHit(title, callback, help=help_text)  # type: ignore[arg-type]

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, callback in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), callback, help=help_text)  # type: ignore[arg-type]
