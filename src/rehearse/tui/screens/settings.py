"""Settings: the effective settings and where each came from (read-only, no secrets)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Footer, Static

from rehearse import paths
from rehearse.tui.screens.base import AppScreen
from rehearse.tui.styles import STYLES
from rehearse.tui.widgets.app_bar import AppBar


class SettingsScreen(AppScreen):
    CSS_PATH = STYLES / "settings.tcss"
    BINDINGS = [  # noqa: RUF012
        Binding("m", "app.check_model", "Check the model"),
        Binding("escape", "app.show_library", "Library"),
        Binding("ctrl+r", "app.show_history", "History"),
        Binding("ctrl+s", "app.show_quick_score", "Quick score"),
    ]

    def compose(self) -> ComposeResult:
        yield AppBar("Settings")
        with VerticalScroll(id="settings"):
            yield Static(self.locations(), id="locations")
            for line in self.services.settings_lines():
                yield Static(
                    Content.assemble(
                        (line.name, "bold"),
                        "  ",
                        (line.value, "$accent"),
                        ("  from ", "$text-muted"),
                        (line.source, "$text-muted"),
                        "\n",
                        (line.doc, "$text-muted"),
                    ),
                    classes="setting",
                )
            yield Static(
                Content.styled(
                    "Change a setting in the config file, with a REHEARSE_* variable, or on the "
                    "command line (`rehearse --help`); `rehearse doctor` checks the model.",
                    "italic $text-muted",
                ),
                id="settings-help",
            )
        yield Footer()

    @staticmethod
    def locations() -> Content:
        return Content.assemble(
            ("Config file  ", "bold"),
            str(paths.config_file()),
            "\n",
            ("Data folder  ", "bold"),
            str(paths.data_dir()),
        )

    def on_mount(self) -> None:
        self.query_one("#settings", VerticalScroll).focus()
