"""`rehearse` with no command: the Textual app (and `rehearse resume SESSION` in it)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rehearse.engine import Rehearsal


def run_app(args: argparse.Namespace, resume: Rehearsal | None = None) -> int:
    """Open the app: on the library, or on the rehearsal screen of a resumed session."""
    from rehearse.cli.common import load
    from rehearse.tui.app import build_app  # Textual is imported only here

    settings = resume.settings if resume is not None else load(args)
    app = build_app(settings, resume=resume)
    app.run()
    return app.return_code or 0
