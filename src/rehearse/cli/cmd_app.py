"""`rehearse` with no command: the Textual app."""

from __future__ import annotations

import argparse


def run_app(args: argparse.Namespace, resume: object = None) -> int:
    from rehearse.cli import build_parser

    build_parser().print_help()
    return 0
