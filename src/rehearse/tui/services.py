"""The app's one door to the core: scenarios, sessions, history, scoring, the model.

Screens call these methods and show what they return; there is no logic of
the product here either, only the wiring a front end needs. Every method is
cheap except `check_model` and `reply`, which the screens run in thread
workers. The heavy imports (scoring, the model layer) happen inside the
methods that need them, never when the first screen is built.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from rehearse.tui.library import Entry, Library, last_results
from rehearse.tui.model_status import ModelStatus

if TYPE_CHECKING:
    from rehearse.config import SettingLine, Settings
    from rehearse.engine import Debrief, PersonaTurn, Rehearsal
    from rehearse.engine.session import Catalog
    from rehearse.engine.voice import VoiceMode
    from rehearse.model import Gateway
    from rehearse.rewrite import Analysis, RewriteResult
    from rehearse.scenarios import Scenario
    from rehearse.scoring.result import RubricResult
    from rehearse.store import SessionRecord, Store

ExportFormat = Literal["md", "json"]


class SetupError(Exception):
    """The settings could not be loaded: the app cannot go on (the message says why)."""


class Services:
    """Built once per app run by `build_app`; tests build it on a temporary store.

    `settings` may be a function that loads them: validating them imports
    pydantic (about 0.2 s), so `rehearse` loads them in the first screen's
    background worker instead of before the screen appears.
    """

    def __init__(
        self,
        settings: Settings | Callable[[], Settings],
        *,
        store: Store | None = None,
        gateway: Callable[[], Gateway] | None = None,
    ) -> None:
        self._settings_source = settings
        self._settings: Settings | None = None if callable(settings) else settings
        self._store = store
        self._gateway = gateway  # tests inject a gateway with no retry backoff
        self._library: Library | None = None
        self._lock = threading.RLock()

    @property
    def settings_loaded(self) -> bool:
        return self._settings is not None

    @property
    def settings(self) -> Settings:
        with self._lock:
            if self._settings is None:
                source = self._settings_source
                assert callable(source)
                try:
                    self._settings = source()
                except Exception as error:  # ConfigError, or the CLI's CommandError
                    raise SetupError(str(error)) from error
            return self._settings

    # -- the store and the library -------------------------------------------------

    @property
    def store(self) -> Store:
        with self._lock:
            if self._store is None:
                from rehearse.store import Store

                self._store = Store()
            return self._store

    def library(self, *, reload: bool = False) -> Library:
        """The scenarios (built-in and the user's), with the last result of each."""
        from rehearse.scenarios import CATEGORIES, load_all

        if self._library is None or reload:
            loaded = load_all(self.settings)
            self._library = Library(
                entries=tuple(Entry(item.scenario, item.source) for item in loaded.scenarios),
                problems=tuple(str(problem) for problem in loaded.problems),
                categories=CATEGORIES,
            )
        latest = last_results(self.store.sessions())
        return Library(
            entries=tuple(
                Entry(e.scenario, e.source, latest.get(e.scenario.id))
                for e in self._library.entries
            ),
            problems=self._library.problems,
            categories=self._library.categories,
        )

    def scenario(self, scenario_id: str) -> Scenario | None:
        entry = self.library().find(scenario_id)
        return entry.scenario if entry else None

    def catalog(self) -> Catalog:
        return [
            (e.scenario.id, e.scenario.title, e.scenario.category, e.scenario.difficulty)
            for e in self.library().entries
        ]

    # -- rehearsals -------------------------------------------------------------------

    def start(self, scenario: Scenario, voice: VoiceMode) -> Rehearsal:
        from rehearse.engine import Rehearsal

        return Rehearsal.start(
            scenario,
            store=self.store,
            settings=self.settings,
            voice=voice,
            gateway=self._gateway() if self._gateway and voice == "model" else None,
            catalog=self.catalog(),
        )

    def resume(self, session_id: str) -> Rehearsal:
        """An unfinished session, where it stopped. Raises LookupError if its scenario is gone."""
        from rehearse.engine import Rehearsal

        record = self.store.session(session_id)
        scenario = self.scenario(record.scenario_id)
        if scenario is None:
            raise LookupError(
                f"scenario {record.scenario_id!r} is no longer in the library, "
                "so this session cannot continue"
            )
        return Rehearsal.resume(
            session_id,
            scenario,
            store=self.store,
            settings=self.settings,
            gateway=self._gateway() if self._gateway else None,
            catalog=self.catalog(),
        )

    @staticmethod
    def reply(
        rehearsal: Rehearsal, on_text: Callable[[str], None], cancel: threading.Event
    ) -> PersonaTurn:
        """Blocking (the model streams): run it in a thread worker. A model failure raises
        ModelError, so the screen can give the user's text back."""
        return rehearsal.reply(on_text=on_text, cancel=cancel, fallback_on_error=False)

    # -- history ------------------------------------------------------------------------

    def history(self) -> list[dict[str, Any]]:
        from rehearse.cli.cmd_history import history_rows

        return history_rows(self.store)

    def session(self, session_id: str) -> SessionRecord:
        return self.store.session(session_id)

    def persona_name(self, scenario_id: str) -> str | None:
        scenario = self.scenario(scenario_id)
        return scenario.persona.name if scenario else None

    def transcript_markdown(self, session_id: str) -> str:
        from rehearse.engine.transcript import session_markdown

        record = self.session(session_id)
        return session_markdown(record, self.persona_name(record.scenario_id))

    def stored_debrief(self, session_id: str) -> Debrief | None:
        from rehearse.engine import Debrief

        record = self.session(session_id)
        return Debrief.model_validate(record.debrief) if record.debrief else None

    def export(self, session_id: str, path: Path, fmt: ExportFormat) -> Path:
        """Write the transcript (owner-only). Raises FileExistsError rather than overwrite."""
        from rehearse.cli.cmd_history import write_private
        from rehearse.engine.transcript import session_json

        path = path.expanduser()
        if path.exists():
            raise FileExistsError(f"{path} exists already: choose another name")
        if fmt == "json":
            text = json.dumps(session_json(self.session(session_id)), indent=2) + "\n"
        else:
            text = self.transcript_markdown(session_id)
        write_private(path, text)
        return path

    # -- quick score, settings, the model -------------------------------------------------

    @staticmethod
    def quick_score(text: str, rubric: str) -> RubricResult:
        from rehearse.scoring import score

        return score(text, rubric)

    # -- rewrite for a nontechnical reader ----------------------------------------------------

    def rewrite(
        self,
        text: str,
        audience: str,
        *,
        buy_in: bool,
        on_text: Callable[[str], None],
        should_stop: Callable[[], bool],
    ) -> RewriteResult:
        """Blocking (a model call): run it in a thread worker. A model failure is not
        raised: the plain-language version comes back with `model_error` set."""
        from rehearse.rewrite import rewrite

        return rewrite(
            text,
            audience,
            self.settings,
            buy_in=buy_in,
            gateway=self._gateway() if self._gateway else None,
            on_text=on_text,
            should_stop=should_stop,
        )

    @staticmethod
    def analyze(text: str) -> Analysis:
        from rehearse.rewrite import analyze

        return analyze(text)

    def settings_lines(self) -> list[SettingLine]:
        from rehearse.config import explain_settings

        return explain_settings(self.settings)

    def model_name(self) -> str:
        return self.settings.model

    def check_model(self) -> ModelStatus:
        """Blocking: imports the model layer (seconds) and sends a tiny request."""
        from rehearse.model import Gateway

        gateway = self._gateway() if self._gateway else Gateway(self.settings)
        result = gateway.ping()
        if result.ok:
            return ModelStatus(result.model, "ok", first_token_ms=result.first_token_ms)
        return ModelStatus(result.model, "failed", error=result.error)
