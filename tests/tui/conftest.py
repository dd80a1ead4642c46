"""Fixtures for the app's tests: a fixed clock and ids, a fixed model status, the app factory.

Snapshots must not depend on the time, random session ids, the model's speed
or the machine's time zone, so all four are pinned here.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from rehearse import store as store_module
from rehearse.config import Settings, load_settings
from rehearse.engine import Rehearsal
from rehearse.scenarios import get
from rehearse.store import Store
from rehearse.tui.app import RehearseApp, build_app
from rehearse.tui.model_status import ModelStatus
from rehearse.tui.services import Services

FIXED_STATUS = ModelStatus("embedded/smollm2", "ok", first_token_ms=42.0)
SCENARIO = "delegate-resistant-senior"
START = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)
REPLAYS = Path(__file__).parents[1] / "data" / "replays"


@pytest.fixture(autouse=True)
def fixed_clock() -> Iterator[None]:
    """Every stored time is a minute after the last one; session ids count up; UTC."""
    ticks = itertools.count()
    ids = itertools.count(1)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(
            store_module,
            "_now",
            lambda: (START + timedelta(minutes=next(ticks))).isoformat(timespec="seconds"),
        )
        patch.setattr(store_module, "new_session_id", lambda: f"s{next(ids):04d}")
        patch.setenv("TZ", "UTC")
        time.tzset()
        yield
    time.tzset()  # back to the machine's zone


@pytest.fixture
def make_app() -> Callable[..., RehearseApp]:
    """`make_app(voice="scripted", **settings)`: the app as the CLI builds it, on the test's store."""

    def make(*, resume: Rehearsal | None = None, **overrides: Any) -> RehearseApp:
        settings = resume.settings if resume else load_settings(**overrides)
        services = Services(settings, store=resume.store if resume else Store())
        return build_app(services=services, model_status=FIXED_STATUS, resume=resume)

    return make


def good_replies(scenario: str = SCENARIO, kind: str = "good") -> list[str]:
    """The replay files the scenario tests use: one reply per paragraph."""
    text = (REPLAYS / f"{scenario}.{kind}.txt").read_text(encoding="utf-8")
    return [block.strip() for block in text.split("\n\n") if block.strip()]


def rehearse(
    settings: Settings,
    replies: list[str],
    *,
    end: bool = False,
    store: Store | None = None,
    scenario_id: str = SCENARIO,
) -> Rehearsal:
    """A scripted session of a scenario, played through the engine (no UI)."""
    scenario = get(scenario_id, settings).scenario
    rehearsal = Rehearsal.start(
        scenario, store=store or Store(), settings=settings, voice="scripted"
    )
    for reply in replies:
        if rehearsal.finished:
            break
        rehearsal.take_turn(reply)
    if end:
        rehearsal.end()
    return rehearsal
