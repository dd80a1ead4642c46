"""What every screen shares: typed access to the app's services."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from textual.screen import Screen

if TYPE_CHECKING:
    from rehearse.tui.app import RehearseApp
    from rehearse.tui.services import Services


class AppScreen(Screen[Any]):
    @property
    def rehearse_app(self) -> RehearseApp:
        return cast("RehearseApp", self.app)

    @property
    def services(self) -> Services:
        return self.rehearse_app.services
