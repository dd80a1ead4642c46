"""What every command shares: settings options, loading settings, reading text, failing."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rehearse.config import Settings

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2

# Settings a command line may override, as (flag, field, type, help).
_SETTING_FLAGS: tuple[tuple[str, str, Any, str], ...] = (
    ("--model", "model", str, "model for the persona (any LiteLLM model string)"),
    ("--judge-model", "judge_model", str, "model for the LLM judge and coach"),
    ("--api-base", "api_base", str, "base URL of the model server or LiteLLM proxy"),
    ("--temperature", "temperature", float, "persona sampling temperature"),
    ("--request-timeout", "request_timeout", float, "seconds to wait for a model"),
    ("--retries", "retries", int, "retries on temporary model failures"),
)


class CommandError(Exception):
    """A failure to report as one line on stderr, with an exit code."""

    def __init__(self, message: str, exit_code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def add_settings_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group(
        "settings (override the config file and REHEARSE_* variables)"
    )
    for flag, field, kind, help_text in _SETTING_FLAGS:
        metavar = {"model": "MODEL", "judge_model": "MODEL", "api_base": "URL"}.get(field, "N")
        group.add_argument(
            flag, dest=f"setting_{field}", type=kind, default=None, metavar=metavar, help=help_text
        )


def setting_overrides(args: argparse.Namespace) -> dict[str, Any]:
    prefix = "setting_"
    return {
        name[len(prefix) :]: value
        for name, value in vars(args).items()
        if name.startswith(prefix) and value is not None
    }


def load(args: argparse.Namespace, **extra: Any) -> Settings:
    """The effective settings for this invocation; a bad config is a CommandError."""
    from rehearse.config import ConfigError, load_settings

    try:
        return load_settings(**setting_overrides(args), **extra)
    except ConfigError as error:
        raise CommandError(f"configuration: {error}") from error


def read_text(value: str, what: str = "text") -> str:
    """TEXT from the command line, or standard input for `-`; empty text is refused."""
    text = sys.stdin.read() if value == "-" else value
    if not text.strip():
        raise CommandError(
            f"the {what} is empty: pass it as an argument, or `-` to read standard input"
        )
    return text


def fail(message: str, exit_code: int = EXIT_USAGE) -> int:
    print(f"rehearse: {message}", file=sys.stderr)
    return exit_code
