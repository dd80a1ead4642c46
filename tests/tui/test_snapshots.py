"""How every screen looks, at 80x24 and 120x40 (pytest-textual-snapshot).

Deterministic by construction: a fixed clock and session ids (conftest), a
fixed model status, a fixed home folder for the paths the settings show, the
scripted voice, no notifications left on screen. Review a changed snapshot in
the report (`snapshot_report.html`) before `--snapshot-update`.
"""

from __future__ import annotations

import fcntl
import shutil
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import TextArea

from rehearse.config import load_settings
from rehearse.store import Store
from rehearse.tui.app import RehearseApp, build_app
from rehearse.tui.services import Services
from tests.tui.conftest import FIXED_STATUS, good_replies, rehearse
from tests.tui.fake_gateway import FakeGateway
from tests.tui.pilot_helpers import settle, type_keys

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((120, 40), id="120x40")]
# Paths appear on the settings screen and in the export dialog: one fixed folder.
SNAPSHOT_HOME = Path("/tmp/rehearse-snapshot-home")

SnapCompare = Callable[..., bool]
MakeApp = Callable[..., RehearseApp]
Steps = Callable[[Pilot[None]], Awaitable[None]]


@pytest.fixture(autouse=True)
def snapshot_home(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    # The path is fixed (it shows in the pictures), so two test runs on one machine would empty
    # each other's home mid-test: a lock beside it makes them take turns.
    with open(f"{SNAPSHOT_HOME}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        shutil.rmtree(SNAPSHOT_HOME, ignore_errors=True)
        SNAPSHOT_HOME.mkdir(parents=True)
        monkeypatch.setenv("REHEARSE_HOME", str(SNAPSHOT_HOME))
        monkeypatch.chdir(SNAPSHOT_HOME)
        yield SNAPSHOT_HOME
        shutil.rmtree(SNAPSHOT_HOME, ignore_errors=True)


def seed_history() -> None:
    """Three ended rehearsals of two scenarios, scored by the rule scorer."""
    settings = load_settings(voice="scripted")
    store = Store()
    replies = good_replies()
    rehearse(settings, replies[:1], end=True, store=store)
    rehearse(settings, replies[:3], end=True, store=store)
    standup = good_replies("hand-over-standup")
    rehearse(settings, standup[:2], end=True, store=store, scenario_id="hand-over-standup")
    rehearse(settings, replies, end=True, store=store)


def steps(*keys: str, then: Callable[[Pilot[None]], Any] | None = None) -> Steps:
    """Wait for the workers, press the keys, settle, and clear the notifications."""

    async def run(pilot: Pilot[None]) -> None:
        await settle(pilot)
        for key in keys:
            if key.startswith("type:"):
                await type_keys(pilot, key[5:])
            else:
                await pilot.press(key)
            await settle(pilot)
        if then is not None:
            result = then(pilot)
            if result is not None:
                await result
            await settle(pilot)
        pilot.app.clear_notifications()
        for box in pilot.app.screen.query("Input, TextArea"):  # a blinking cursor is a coin toss
            box.cursor_blink = False  # type: ignore[attr-defined]
        await pilot.pause()

    return run


@pytest.mark.parametrize("size", SIZES)
class TestLibrary:
    def test_home(
        self, snap_compare: SnapCompare, make_app: MakeApp, size: tuple[int, int]
    ) -> None:
        seed_history()
        assert snap_compare(
            make_app(voice="scripted"), terminal_size=size, run_before=steps("down")
        )

    def test_home_filtered(
        self, snap_compare: SnapCompare, make_app: MakeApp, size: tuple[int, int]
    ) -> None:
        seed_history()
        assert snap_compare(
            make_app(voice="scripted"), terminal_size=size, run_before=steps("type:marco")
        )

    def test_briefing(
        self, snap_compare: SnapCompare, make_app: MakeApp, size: tuple[int, int]
    ) -> None:
        assert snap_compare(
            make_app(voice="scripted"), terminal_size=size, run_before=steps("type:marco", "enter")
        )


@pytest.mark.parametrize("size", SIZES)
class TestRehearsal:
    def test_rehearsal(
        self, snap_compare: SnapCompare, make_app: MakeApp, size: tuple[int, int]
    ) -> None:
        rehearsal = rehearse(load_settings(voice="scripted"), good_replies()[:2])
        assert snap_compare(make_app(resume=rehearsal), terminal_size=size, run_before=steps())

    def test_hint(
        self, snap_compare: SnapCompare, make_app: MakeApp, size: tuple[int, int]
    ) -> None:
        rehearsal = rehearse(load_settings(voice="scripted"), good_replies()[:1])
        assert snap_compare(
            make_app(resume=rehearsal), terminal_size=size, run_before=steps("ctrl+t")
        )

    def test_debrief(
        self, snap_compare: SnapCompare, make_app: MakeApp, size: tuple[int, int]
    ) -> None:
        rehearsal = rehearse(load_settings(voice="scripted"), good_replies()[:2])
        assert snap_compare(
            make_app(resume=rehearsal), terminal_size=size, run_before=steps("ctrl+f", "y")
        )


@pytest.mark.parametrize("size", SIZES)
class TestHistory:
    def test_history(
        self, snap_compare: SnapCompare, make_app: MakeApp, size: tuple[int, int]
    ) -> None:
        seed_history()
        assert snap_compare(make_app(), terminal_size=size, run_before=steps("ctrl+r"))

    def test_history_one_scenario(
        self, snap_compare: SnapCompare, make_app: MakeApp, size: tuple[int, int]
    ) -> None:
        seed_history()
        assert snap_compare(make_app(), terminal_size=size, run_before=steps("ctrl+r", "s"))

    def test_transcript(
        self, snap_compare: SnapCompare, make_app: MakeApp, size: tuple[int, int]
    ) -> None:
        seed_history()
        assert snap_compare(make_app(), terminal_size=size, run_before=steps("ctrl+r", "enter"))

    def test_export_dialog(
        self, snap_compare: SnapCompare, make_app: MakeApp, size: tuple[int, int]
    ) -> None:
        seed_history()
        assert snap_compare(make_app(), terminal_size=size, run_before=steps("ctrl+r", "e"))


@pytest.mark.parametrize("size", SIZES)
class TestTools:
    def test_quick_score(
        self, snap_compare: SnapCompare, make_app: MakeApp, size: tuple[int, int]
    ) -> None:
        message = (
            "Yesterday in the sprint review you interrupted Priya twice while she presented, "
            "and she skipped the rest of her demo."
        )

        def write(pilot: Pilot[None]) -> Awaitable[None]:
            area = pilot.app.screen.query_one("#message", TextArea)
            area.cursor_blink = False  # a blinking cursor would make the picture depend on timing
            area.insert(message)
            return pilot.pause(0.4)  # the debounce

        assert snap_compare(make_app(), terminal_size=size, run_before=steps("ctrl+s", then=write))

    def test_rewrite(self, snap_compare: SnapCompare, size: tuple[int, int]) -> None:
        gateway = FakeGateway(
            "Since March 15, the slowest checkouts (p95) take 800 ms, not 300 ms. Fixing it "
            "takes 2 sprints; without it we risk another major outage."
        )
        services = Services(load_settings(), store=Store(), gateway=lambda: gateway)  # type: ignore[arg-type,return-value]
        app = build_app(services=services, model_status=FIXED_STATUS)
        message = (
            "The p95 latency on the checkout API went from 300 ms to 800 ms after the Redis "
            "failover on March 15. We need 2 sprints to move the session cache, or we risk "
            "another SEV1."
        )

        async def write(pilot: Pilot[None]) -> None:
            area = pilot.app.screen.query_one("#original", TextArea)
            area.cursor_blink = False  # a blinking cursor would make the picture depend on timing
            area.insert(message)
            await pilot.pause(0.4)  # the analysis follows typing after a pause
            await pilot.press("ctrl+g")
            await settle(pilot)  # the rewrite runs in a thread worker: wait for it

        assert snap_compare(app, terminal_size=size, run_before=steps("ctrl+n", then=write))

    def test_settings(
        self, snap_compare: SnapCompare, make_app: MakeApp, size: tuple[int, int]
    ) -> None:
        assert snap_compare(make_app(), terminal_size=size, run_before=steps("ctrl+o"))
