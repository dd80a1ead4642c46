"""`rehearse` with no command: the Textual app (and `rehearse resume SESSION` in it)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rehearse.engine import Rehearsal
    from rehearse.tui.app import RehearseApp


def app_for(args: argparse.Namespace, resume: Rehearsal | None = None) -> RehearseApp:
    """The app as `rehearse` opens it (the start-up benchmark builds it here too).

    The settings are loaded by the app once its first screen is up (validating
    them imports pydantic); a bad configuration closes it with the CLI's message.
    """
    from rehearse.cli.common import load
    from rehearse.tui.app import build_app  # Textual is imported only here

    return build_app(lambda: load(args), resume=resume)


def run_app(args: argparse.Namespace, resume: Rehearsal | None = None) -> int:
    """Open the app: on the library, or on the rehearsal screen of a resumed session."""
    app = app_for(args, resume)
    app.run()
    return app.return_code or 0
