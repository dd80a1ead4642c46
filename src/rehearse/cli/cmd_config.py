"""`rehearse config`: the effective settings, where each came from, never a secret."""

from __future__ import annotations

import argparse
import json
from typing import Any


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "config",
        help="show the effective settings and where each came from",
        description="Show the effective settings and where each came from. Secrets are never printed.",
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from rehearse import paths
    from rehearse.cli.common import load, setting_overrides
    from rehearse.config import explain_settings, home_description

    settings = load(args)
    lines = explain_settings(settings, setting_overrides(args))
    if args.json:
        payload = {
            "config_file": str(paths.config_file()),
            "data_dir": str(paths.data_dir()),
            "database": str(paths.database_file()),
            "settings": {line.name: {"value": line.value, "source": line.source} for line in lines},
        }
        print(json.dumps(payload, indent=2))
        return 0
    print(f"config file  {paths.config_file()}")
    print(f"data folder  {paths.data_dir()}   ({home_description()})")
    print(f"database     {paths.database_file()}")
    print()
    width = max(len(line.name) for line in lines)
    for line in lines:
        print(f"{line.name:<{width}}  {line.value}")
        print(f"{'':<{width}}  from {line.source}: {line.doc}")
    return 0
