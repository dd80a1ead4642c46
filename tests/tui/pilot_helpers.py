"""Small steps the journeys share."""

from __future__ import annotations

from textual.pilot import Pilot

from rehearse.tui.app import RehearseApp
from rehearse.tui.widgets.reply_input import ReplyInput


async def settle(pilot: Pilot[None]) -> None:
    """Let every worker finish and every message it posted be handled."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


async def type_keys(pilot: Pilot[None], text: str) -> None:
    await pilot.press(*[{" ": "space"}.get(ch, ch) for ch in text])


async def send(pilot: Pilot[None], text: str) -> None:
    """Paste a reply into the box and press Enter (typing 400 characters key by key is slow)."""
    app = pilot.app
    assert isinstance(app, RehearseApp)
    app.screen.query_one(ReplyInput).insert(text)
    await pilot.press("enter")
    await settle(pilot)


def notices(app: RehearseApp) -> list[str]:
    return [n.message for n in app._notifications]
