"""Home: the scenario library by category, filtered as you type; Enter opens a briefing."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widgets import Footer, Input, OptionList
from textual.widgets.option_list import Option

from rehearse.tui.formatting import difficulty_dots
from rehearse.tui.library import Library
from rehearse.tui.screens.base import AppScreen
from rehearse.tui.services import SetupError
from rehearse.tui.widgets.app_bar import AppBar
from rehearse.tui.widgets.scenario_card import ScenarioCard

HEADING_PREFIX = "category:"


class FilterInput(Input):
    """Typing filters the list; the arrows and Enter act on the list beside it."""

    BINDINGS = [  # noqa: RUF012
        Binding("enter", "submit", "Briefing", key_display="⏎"),
        Binding("down", "screen.move(1)", "Next", show=False),
        Binding("up", "screen.move(-1)", "Previous", show=False),
    ]


class HomeScreen(AppScreen):
    BINDINGS = [  # noqa: RUF012
        Binding("ctrl+r", "app.show_history", "History"),
        Binding("ctrl+s", "app.show_quick_score", "Quick score"),
        Binding("ctrl+n", "app.show_rewrite", "Rewrite"),
        Binding("ctrl+o", "app.show_settings", "Settings"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.library = Library(())

    def compose(self) -> ComposeResult:
        yield AppBar("Scenario library")
        yield FilterInput(placeholder="Type to filter scenarios…", id="filter", compact=True)
        with Horizontal(id="library"):
            yield OptionList(id="scenarios")
            with VerticalScroll(id="card-scroll"):
                yield ScenarioCard(id="card")
        yield Footer()

    @dataclass
    class Loaded(Message):
        library: Library
        first: bool

    def on_mount(self) -> None:
        self.query_one("#filter", Input).focus()
        self.query_one("#card", ScenarioCard).update(
            Content.styled("Loading the scenarios…", "$text-muted")
        )
        # After the first paint: the worker's imports would otherwise share the
        # interpreter with drawing the screen, and delay it.
        self.call_after_refresh(self.load_library, first=True)

    def on_screen_resume(self) -> None:
        if self.library.entries:
            self.load_library(first=False)  # a rehearsal may have changed the last results

    @dataclass
    class LoadFailed(Message):
        error: str
        fatal: bool = False

    @work(thread=True, exclusive=True, group="library", exit_on_error=False)
    def load_library(self, first: bool) -> None:
        # Reading and validating the YAML files runs after the screen is up:
        # the filter takes keys meanwhile and applies once the list arrives.
        try:
            library = self.services.library()
        except SetupError as error:  # unusable settings: nothing can work
            self.post_message(self.LoadFailed(str(error), fatal=True))
        except Exception as error:  # a broken folder or database: say so, keep the app
            self.post_message(self.LoadFailed(f"{type(error).__name__}: {error}"))
        else:
            self.post_message(self.Loaded(library, first))

    @on(LoadFailed)
    def load_failed(self, message: LoadFailed) -> None:
        if message.fatal:
            self.rehearse_app.fail_setup(message.error)
            return
        self.query_one("#card", ScenarioCard).update(Content(message.error))
        self.notify(message.error, title="The library could not be loaded", severity="error")

    @on(Loaded)
    def loaded(self, message: Loaded) -> None:
        self.library = message.library
        self.show_matches()
        self.rehearse_app.warm_up()  # the model's turn, now that the library is shown
        problems = self.library.problems
        if message.first and problems:
            more = f"\n(and {len(problems) - 1} more: `rehearse scenarios validate`)"
            self.notify(
                problems[0] + (more if len(problems) > 1 else ""),
                title="A scenario file could not be loaded",
                severity="warning",
                timeout=10,
            )

    @property
    def query_text(self) -> str:
        return self.query_one("#filter", Input).value

    def show_matches(self) -> None:
        options = self.query_one("#scenarios", OptionList)
        previous = self.highlighted_id
        options.clear_options()
        first: int | None = None
        keep: int | None = None
        for label, entries in self.library.grouped(self.query_text):
            options.add_option(
                Option(
                    Content.styled(label.upper(), "bold $text-muted"),
                    id=HEADING_PREFIX + label,
                    disabled=True,
                )
            )
            for entry in entries:
                marker = " ✓" if entry.last and entry.last.status == "success" else ""
                prompt = Content.assemble(
                    entry.scenario.title,
                    (f"  {difficulty_dots(entry.scenario.difficulty)}", "$text-muted"),
                    (marker, "$success"),
                )
                options.add_option(Option(prompt, id=entry.scenario.id))
                index = options.option_count - 1
                first = index if first is None else first
                if entry.scenario.id == previous:
                    keep = index
        target = keep if keep is not None else first
        options.highlighted = target
        self.show_card()

    @property
    def highlighted_id(self) -> str | None:
        options = self.query_one("#scenarios", OptionList)
        if options.highlighted is None:
            return None
        option_id = options.get_option_at_index(options.highlighted).id
        return None if option_id is None or option_id.startswith(HEADING_PREFIX) else option_id

    def show_card(self) -> None:
        scenario_id = self.highlighted_id
        entry = self.library.find(scenario_id) if scenario_id else None
        self.query_one("#card", ScenarioCard).show(entry, self.library.categories, self.query_text)

    @on(Input.Changed, "#filter")
    def filter_changed(self) -> None:
        self.show_matches()

    @on(Input.Submitted, "#filter")
    def filter_submitted(self) -> None:
        self.action_open()

    @on(OptionList.OptionHighlighted, "#scenarios")
    def highlighted(self) -> None:
        self.show_card()

    @on(OptionList.OptionSelected, "#scenarios")
    def selected(self) -> None:
        self.action_open()

    def action_move(self, step: int) -> None:
        options = self.query_one("#scenarios", OptionList)
        if step > 0:
            options.action_cursor_down()
        else:
            options.action_cursor_up()

    def action_open(self) -> None:
        scenario_id = self.highlighted_id
        entry = self.library.find(scenario_id) if scenario_id else None
        if entry is None:
            self.notify("Pick a scenario first.", severity="warning")
            return
        self.rehearse_app.open_briefing(entry.scenario)
