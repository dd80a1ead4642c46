"""The rewrite screen: checked rewrites to copy, a failed model call, stopping a rewrite."""

from __future__ import annotations

import threading

from textual.widgets import Static, TextArea

from rehearse.config import load_settings
from rehearse.store import Store
from rehearse.tui.app import RehearseApp, build_app
from rehearse.tui.screens.rewrite import RewriteScreen
from rehearse.tui.services import Services
from rehearse.tui.widgets.rewrite_view import CandidateView
from tests.tui.conftest import FIXED_STATUS
from tests.tui.fake_gateway import FakeGateway, Reply, model_error
from tests.tui.pilot_helpers import settle

ORIGINAL = (
    "The p95 latency on the checkout API went from 300 ms to 800 ms after the Redis failover "
    "on March 15. We need 2 sprints to move the session cache, or we risk another SEV1."
)
FAITHFUL = (
    "Since March 15, the slowest checkouts (p95) take 800 ms instead of 300 ms. Fixing it takes "
    "2 sprints; without it we risk another major outage."
)
SIZE = (120, 40)


def app_with(reply: Reply) -> tuple[RehearseApp, FakeGateway]:
    gateway = FakeGateway(reply)
    services = Services(load_settings(), store=Store(), gateway=lambda: gateway)  # type: ignore[arg-type,return-value]
    return build_app(services=services, model_status=FIXED_STATUS), gateway


async def rewrite(pilot: object, app: RehearseApp, *, reader_presses: int = 0) -> RewriteScreen:
    await pilot.press("ctrl+n")  # type: ignore[attr-defined]
    screen = app.screen
    assert isinstance(screen, RewriteScreen)
    screen.query_one("#original", TextArea).insert(ORIGINAL)
    for _ in range(reader_presses):
        await pilot.press("ctrl+t")  # type: ignore[attr-defined]
    await pilot.press("ctrl+g")  # type: ignore[attr-defined]
    await settle(pilot)  # type: ignore[arg-type]
    return screen


async def test_a_faithful_rewrite_comes_first_with_its_checks_and_copies() -> None:
    app, gateway = app_with(FAITHFUL)
    async with app.run_test(size=SIZE) as pilot:
        screen = await rewrite(pilot, app, reader_presses=1)
        assert screen.audience == "product"
        assert "product" in gateway.calls[0][0]["content"].lower()
        views = list(screen.query(CandidateView))
        assert [v.candidate.source for v in views] == ["model", "plain"]
        shown = str(views[0].render())
        assert "✓ every fact kept, none added" in shown
        assert "reading grade" in shown
        views[0].focus()
        await pilot.press("c")
        assert app.clipboard == FAITHFUL
        analysis = str(screen.query_one("#analysis", Static).render())
        assert "p95" in analysis and "Reading grade" in analysis


async def test_a_lost_and_an_invented_fact_are_named() -> None:
    app, _ = app_with("Checkout got slower after March 15; it will take 3 sprints to fix.")
    async with app.run_test(size=SIZE) as pilot:
        screen = await rewrite(pilot, app)
        model = next(v for v in screen.query(CandidateView) if v.candidate.source == "model")
        shown = str(model.render())
        assert "missing:" in shown and "“800 ms”" in shown
        assert "added:" in shown and "3 sprints" in shown


async def test_a_model_that_gives_the_message_back_is_marked_unchanged() -> None:
    # Found in tmux: SmolLM2 said the message back, then a line of the prompt, then the message
    # again; its checks passed because nothing had changed.
    app, _ = app_with(f"{ORIGINAL}\n\nRewrite with the rewritten message only:\n\n{ORIGINAL}")
    async with app.run_test(size=SIZE) as pilot:
        screen = await rewrite(pilot, app)
        model = next(v for v in screen.query(CandidateView) if v.candidate.source == "model")
        assert model.candidate.text == ORIGINAL
        assert "unchanged: the model gave your message back" in str(model.render())
        plain = next(v for v in screen.query(CandidateView) if v.candidate.source == "plain")
        assert "unchanged" not in str(plain.render())


async def test_a_failed_model_call_leaves_the_plain_version_and_says_why() -> None:
    app, _ = app_with(model_error("invalid api key"))
    async with app.run_test(size=SIZE) as pilot:
        screen = await rewrite(pilot, app)
        views = list(screen.query(CandidateView))
        assert [v.candidate.source for v in views] == ["plain"]
        note = str(screen.query_one("#streaming", Static).render())
        assert "invalid api key" in note and "plain-language version" in note
        assert screen.query_one("#original", TextArea).text == ORIGINAL


async def test_escape_stops_a_rewrite() -> None:
    may_answer = threading.Event()

    def held() -> str:
        may_answer.wait(10)
        return FAITHFUL

    app, _ = app_with(held)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+n")
        screen = app.screen
        assert isinstance(screen, RewriteScreen)
        screen.query_one("#original", TextArea).insert(ORIGINAL)
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert screen.working
        await pilot.press("escape")
        may_answer.set()
        await settle(pilot)
        assert not screen.working
        assert not screen.query(CandidateView)
        assert "Stopped" in str(screen.query_one("#streaming", Static).render())


async def test_an_empty_message_is_refused() -> None:
    app, gateway = app_with(FAITHFUL)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+n", "ctrl+g")
        await settle(pilot)
        assert not gateway.calls
        assert any("Paste or type" in n.message for n in app._notifications)
