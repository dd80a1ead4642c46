"""The Textual app, built by `build_app` (the CLI and the tests use the same factory).

Modes keep each area's own stack: the library (home -> briefing -> rehearsal
-> debrief), history (-> transcript, debrief), quick score and settings. A
rehearsal left for History is where it was when you come back.

Start-up: nothing here imports litellm or llama_cpp. The model check (which
imports them, about 3 s) runs in a thread worker once the first screen is up.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.reactive import reactive
from textual.screen import Screen

from rehearse.tui.commands import ScenarioCommands
from rehearse.tui.hangup import (
    HANGUP_EXIT_CODE,
    HANGUP_GRACE,
    exit_on_hangup,
    resume_only_on_a_live_terminal,
)
from rehearse.tui.model_status import ModelStatus
from rehearse.tui.screens.home import HomeScreen
from rehearse.tui.services import Services, SetupError

if TYPE_CHECKING:
    from rehearse.config import Settings
    from rehearse.engine import Debrief, Rehearsal
    from rehearse.engine.voice import VoiceMode
    from rehearse.scenarios import Scenario
    from rehearse.store import Store

from rehearse.tui.styles import STYLES


def _history() -> Screen[None]:
    from rehearse.tui.screens.history import HistoryScreen

    return HistoryScreen()


def _quick_score() -> Screen[None]:
    from rehearse.tui.screens.quick_score import QuickScoreScreen

    return QuickScoreScreen()


def _rewrite() -> Screen[None]:
    from rehearse.tui.screens.rewrite import RewriteScreen

    return RewriteScreen()


def _settings() -> Screen[None]:
    from rehearse.tui.screens.settings import SettingsScreen

    return SettingsScreen()


class RehearseApp(App[None]):
    TITLE = "rehearse"
    # Each screen loads its own style file when it is first shown (screens/*.py);
    # only what the first screen needs is parsed at start-up.
    CSS_PATH = [STYLES / "app.tcss", STYLES / "home.tcss", STYLES / "dialogs.tcss"]  # noqa: RUF012
    MODES = {  # noqa: RUF012
        "library": HomeScreen,
        "history": _history,
        "quick_score": _quick_score,
        "rewrite": _rewrite,
        "settings": _settings,
    }
    COMMANDS = App.COMMANDS | {ScenarioCommands}
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]  # noqa: RUF012
    BINDINGS = [  # noqa: RUF012
        Binding("ctrl+l", "show_library", "Library", show=False),
        Binding("ctrl+r", "show_history", "History", show=False),
        Binding("ctrl+s", "show_quick_score", "Quick score", show=False),
        Binding("ctrl+n", "show_rewrite", "Rewrite", show=False),
        Binding("ctrl+o", "show_settings", "Settings", show=False),
    ]

    model_status: reactive[ModelStatus] = reactive(ModelStatus("?"), init=False)

    def __init__(
        self,
        services: Services,
        *,
        model_status: ModelStatus | None = None,
        resume: Rehearsal | None = None,
    ) -> None:
        """`model_status` fixes the status shown (tests) and skips the background check."""
        super().__init__()
        self.services = services
        self._check_model_on_ready = model_status is None
        self.set_reactive(RehearseApp.model_status, model_status or ModelStatus(""))
        self._resume = resume
        # Session id -> the mode whose stack shows it: a session is never driven twice.
        self.open_rehearsals: dict[str, str] = {}

    # -- start-up -------------------------------------------------------------------------

    def on_mount(self) -> None:
        if not self.is_headless and sys.__stdin__ is not None:  # tests run on no terminal
            keys = sys.__stdin__.fileno()  # Textual reads keys there
            exit_on_hangup(keys, self.hang_up, force_after=HANGUP_GRACE)
            resume_only_on_a_live_terminal(keys)
        self.switch_mode("library")
        if self._resume is not None:
            self.call_after_refresh(self._open_resumed, self._resume)
            self._resume = None

    def _open_resumed(self, rehearsal: Rehearsal) -> None:
        from rehearse.tui.screens.rehearsal import RehearsalScreen

        self.push_screen(RehearsalScreen(rehearsal))

    def on_ready(self) -> None:
        # Ready fires once the first screen is on the terminal. A resumed session
        # needs the model now; otherwise the library loads first (its worker
        # calls `warm_up` when done), so the two threads do not compete with
        # the first keys the user types.
        if self.services.settings_loaded:
            self.warm_up()

    def warm_up(self) -> None:
        """Import the model layer and ask the model for a word, once, in a thread."""
        if self._check_model_on_ready:
            self._check_model_on_ready = False
            self.action_check_model()
            self.warm_scorer()

    @work(thread=True, exclusive=True, group="scorer-warm-up", exit_on_error=False)
    def warm_scorer(self) -> None:
        # The rule scorer compiles a few thousand patterns on import (about two
        # seconds here); paying that now keeps it off the user's first turn.
        from rehearse.scoring import score

        score("Warm-up.", "sbi")

    def action_check_model(self) -> None:
        self.check_model()

    @work(thread=True, exclusive=True, group="model-check", exit_on_error=False)
    def check_model(self) -> None:
        try:
            name = self.services.model_name()  # may load the settings (in this thread)
        except SetupError:
            return  # the home screen reports it and closes the app
        self.call_from_thread(setattr, self, "model_status", ModelStatus(name))
        try:
            status = self.services.check_model()
        except Exception as error:  # a broken install must not take the app down
            status = ModelStatus(name, "failed", error=str(error))
        self.call_from_thread(setattr, self, "model_status", status)

    def hang_up(self) -> None:
        """The terminal went away: quit as the user would (each turn is already stored).

        The status says why, the way a shell reports a process ended by SIGHUP.
        """
        self.exit(return_code=HANGUP_EXIT_CODE)

    def fail_setup(self, message: str) -> None:
        """The settings are unusable: leave the app and say why, as the CLI would."""
        self.exit(return_code=2, message=f"rehearse: {message}")

    # -- navigation (the screens call these) ----------------------------------------------

    def action_show_library(self) -> None:
        self.switch_mode("library")

    def action_show_history(self) -> None:
        self.switch_mode("history")

    def action_show_quick_score(self) -> None:
        self.switch_mode("quick_score")

    def action_show_rewrite(self) -> None:
        self.switch_mode("rewrite")

    def action_show_settings(self) -> None:
        self.switch_mode("settings")

    def open_briefing(self, scenario: Scenario) -> None:
        from rehearse.tui.screens.briefing import BriefingScreen

        if self.current_mode != "library":
            self.switch_mode("library")
        self.push_screen(BriefingScreen(scenario, self.services.settings.voice))

    def start_rehearsal(
        self, scenario: Scenario, voice: VoiceMode, *, replace: Screen[object]
    ) -> None:
        from rehearse.tui.screens.rehearsal import RehearsalScreen

        rehearsal = self.services.start(scenario, voice)
        if self.screen is replace:
            self.switch_screen(RehearsalScreen(rehearsal))
        else:
            self.push_screen(RehearsalScreen(rehearsal))

    def resume_session(self, session_id: str) -> None:
        from rehearse.tui.screens.rehearsal import RehearsalScreen

        if session_id in self.open_rehearsals:  # one screen per session: go back to it
            self.switch_mode(self.open_rehearsals[session_id])
            return
        try:
            rehearsal = self.services.resume(session_id)
        except LookupError as error:
            self.notify(str(error), title="Cannot continue", severity="error")
            return
        self.push_screen(RehearsalScreen(rehearsal))

    def show_debrief(
        self, debrief: Debrief, rehearsal: Rehearsal, *, replace: Screen[object]
    ) -> None:
        from rehearse.tui.screens.debrief import DebriefScreen

        screen = DebriefScreen(
            debrief, persona=rehearsal.scenario.persona.name, voice=rehearsal.voice
        )
        if self.screen is replace:
            self.switch_screen(screen)
        else:
            self.push_screen(screen)

    def open_stored_debrief(self, session_id: str) -> None:
        from rehearse.tui.screens.debrief import DebriefScreen

        debrief = self.services.stored_debrief(session_id)
        if debrief is None:
            self.notify("This session has no debrief yet: it has not ended.", severity="warning")
            return
        persona = self.services.persona_name(debrief.scenario_id) or "The persona"
        self.push_screen(DebriefScreen(debrief, persona=persona))

    def export_session(self, session_id: str, folder: Path) -> None:
        from rehearse.tui.screens.dialogs import ExportScreen

        def exported(path: Path | None) -> None:
            if path is not None:
                self.notify(f"Exported to {path}", title="Exported")

        self.push_screen(
            ExportScreen(
                session_id,
                folder,
                lambda path, fmt: self.services.export(session_id, path, fmt),
            ),
            exported,
        )

    # -- command palette -------------------------------------------------------------------

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        yield SystemCommand("Library", "The scenarios, by category", self.action_show_library)
        yield SystemCommand(
            "History", "Past rehearsals, progress chart, export", self.action_show_history
        )
        yield SystemCommand(
            "Quick score", "Score a message against SBI or SMARTT", self.action_show_quick_score
        )
        yield SystemCommand(
            "Rewrite",
            "A technical message for a nontechnical reader, checked",
            self.action_show_rewrite,
        )
        yield SystemCommand(
            "Settings", "The effective settings and the model", self.action_show_settings
        )
        yield SystemCommand(
            "Check the model", "Ask the model for a word, again", self.action_check_model
        )
        from rehearse.tui.screens.rehearsal import RehearsalScreen

        if isinstance(screen, RehearsalScreen):
            yield SystemCommand("Hint", "What this stage needs", screen.action_hint)
            yield SystemCommand("Briefing", "Read the briefing again", screen.action_briefing)
            yield SystemCommand(
                "End rehearsal", "End now and read the debrief", screen.action_finish
            )
        yield from super().get_system_commands(screen)


def build_app(
    settings: Settings | Callable[[], Settings] | None = None,
    *,
    store: Store | None = None,
    services: Services | None = None,
    model_status: ModelStatus | None = None,
    resume: Rehearsal | None = None,
) -> RehearseApp:
    """The app as `rehearse` runs it; tests pass a store, a fixed model status, fakes.

    `settings` may be a loader: the app calls it in a worker once its first
    screen is up (validating settings imports pydantic, about 0.2 s).
    """
    if services is None:
        if resume is not None:
            services = Services(resume.settings, store=resume.store)
        else:
            services = Services(settings or _load_settings, store=store)
    return RehearseApp(services, model_status=model_status, resume=resume)


def _load_settings() -> Settings:
    from rehearse.config import load_settings

    return load_settings()
