"""What the session commands share: opening the store, finding a scenario, printing a turn."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rehearse.cli.common import EXIT_FAILED, EXIT_USAGE, CommandError

if TYPE_CHECKING:
    from rehearse.config import Settings
    from rehearse.engine.session import Catalog
    from rehearse.scenarios import Scenario
    from rehearse.store import Store


def open_store() -> Store:
    from rehearse.store import Store, StoreError

    try:
        return Store()
    except StoreError as error:
        raise CommandError(str(error), EXIT_FAILED) from error


def find_scenario(scenario_id: str, settings: Settings) -> Scenario:
    from rehearse.scenarios import ScenarioNotFound, get

    try:
        return get(scenario_id, settings).scenario
    except ScenarioNotFound as error:
        raise CommandError(str(error), EXIT_USAGE) from error


def catalog(settings: Settings) -> Catalog:
    from rehearse.scenarios import load_all

    return [
        (s.scenario.id, s.scenario.title, s.scenario.category, s.scenario.difficulty)
        for s in load_all(settings).scenarios
    ]
