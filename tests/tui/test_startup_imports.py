"""The first screen appears without litellm or llama_cpp; the model warms up afterwards.

Extends tests/test_import_hygiene.py to the app: a subprocess opens the app
as `rehearse` does (headless), and records the heavy modules loaded when the
first screen is up, when the library is listed, and when the model warm-up
starts (the warm-up itself is replaced by that record: no model is called).
"""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = ("litellm", "llama_cpp")

PROBE = """
import asyncio, json, sys
from rehearse.cli import build_parser
from rehearse.cli.cmd_app import app_for
from rehearse.tui.app import RehearseApp

HEAVY = {heavy!r}
seen = {{}}

def loaded():
    return sorted(name for name in HEAVY if name in sys.modules)

def check_model(self):
    seen["warm-up starts"] = loaded()
    seen["screen when warm-up starts"] = type(self.screen).__name__

RehearseApp.check_model = check_model

async def first_screen(pilot):
    app = pilot.app
    seen["first screen"] = loaded()
    while app.screen.query_one("#scenarios").option_count == 0:
        await asyncio.sleep(0.01)
    seen["library listed"] = loaded()
    app.exit()

app = app_for(build_parser().parse_args([]))
app.run(headless=True, auto_pilot=first_screen, size=(80, 24))
print(json.dumps(seen))
"""


def test_the_first_screen_and_the_library_load_no_model_layer() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(heavy=HEAVY)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {
        "first screen": [],
        "library listed": [],
        "warm-up starts": [],
        "screen when warm-up starts": "HomeScreen",
    }
