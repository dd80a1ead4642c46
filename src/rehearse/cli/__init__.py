"""The `rehearse` command line.

Each command lives in its own module with `register(subparsers)` and a
`run(args) -> int`. Registering must stay cheap: `rehearse --help` imports
every command module, and never litellm, llama_cpp or Textual.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from rehearse import __version__
from rehearse.cli.common import CommandError, add_settings_options, fail

# The order here is the order `rehearse --help` lists them.
COMMAND_MODULES = (
    "rehearse.cli.cmd_run",
    "rehearse.cli.cmd_scenarios",
    "rehearse.cli.cmd_rewrite",
    "rehearse.cli.cmd_history",
    "rehearse.cli.cmd_config",
    "rehearse.cli.cmd_doctor",
    "rehearse.cli.cmd_score",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rehearse",
        description="Rehearse a difficult conversation before it happens. "
        "With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"rehearse {__version__}")
    add_settings_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    try:
        if handler is None:
            from rehearse.cli.cmd_app import run_app

            return run_app(args)
        return int(handler(args))
    except CommandError as error:
        return fail(str(error), error.exit_code)
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return 130
