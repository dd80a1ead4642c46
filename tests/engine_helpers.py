"""Shared helpers for engine tests: the built-in scenarios and their replay files."""

from __future__ import annotations

from pathlib import Path

from rehearse.config import Settings, load_settings
from rehearse.engine import Rehearsal
from rehearse.engine.replies import parse_replies
from rehearse.scenarios import Scenario, get, load_all
from rehearse.store import Store

REPLAYS = Path(__file__).parent / "data" / "replays"


def builtin_ids() -> list[str]:
    return sorted(
        s.scenario.id for s in load_all(load_settings()).scenarios if s.source == "builtin"
    )


def scenario(scenario_id: str) -> Scenario:
    return get(scenario_id, load_settings()).scenario


def replies(scenario_id: str, kind: str) -> list[str]:
    return parse_replies((REPLAYS / f"{scenario_id}.{kind}.txt").read_text(encoding="utf-8"))


def start(
    scenario_id: str, store: Store, settings: Settings | None = None, **options: object
) -> Rehearsal:
    return Rehearsal.start(
        scenario(scenario_id),
        store=store,
        settings=settings or load_settings(),
        voice="scripted",
        **options,  # type: ignore[arg-type]
    )


def play(rehearsal: Rehearsal, texts: list[str]) -> Rehearsal:
    for text in texts:
        if rehearsal.finished:
            break
        rehearsal.take_turn(text)
    if not rehearsal.finished:
        rehearsal.end()
    return rehearsal
