"""`rehearse doctor`: does the configured model answer, and how fast?"""

from __future__ import annotations

import argparse
import json
from typing import Any


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "doctor",
        help="check that the configured model (and judge) answers",
        description="Send a tiny request to the configured model, and to the judge model if one "
        "is set, and report whether it answered and how fast. Exit 0 when all answered.",
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from rehearse.cli.common import load
    from rehearse.model import Gateway

    settings = load(args)
    models = [settings.model]
    if settings.judge_model and settings.judge_model != settings.model:
        models.append(settings.judge_model)
    results = [Gateway(settings, model=model).ping() for model in models]
    if args.json:
        payload = results[0].as_json()
        if len(results) > 1:  # the judge, in the same shape, beside the persona's model
            payload["judge"] = results[1].as_json()
        print(json.dumps(payload, indent=2))
    else:
        for result in results:
            if result.ok:
                print(
                    f"ok    {result.model}: first token {result.first_token_ms:.0f} ms, "
                    f"total {result.total_ms:.0f} ms"
                )
            else:
                print(f"FAIL  {result.model}: {result.error}")
    return 0 if all(result.ok for result in results) else 1
