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

import pytest

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


# The scorer's warm-up imports it in a thread while the user may already open a screen that
# imports part of it (found in tmux: opening a rehearsal in the first two seconds failed with
# KeyError: 'rehearse.scoring'). The screen is imported at two moments of the warm-up. As in the
# app when the warm-up starts, the app module and pydantic are loaded first: two threads racing
# through textual's and pydantic's own lazy imports in a bare interpreter fail about once in 30
# runs inside importlib (NameError: name 'sys' is not defined), which the app never does.
RACE = """
import sys, threading, time
import rehearse.tui.app
from pydantic import BaseModel
failed = []

def run(name, wait):
    time.sleep(wait)
    try:
        __import__(name)
    except Exception as error:
        failed.append(f"{{name}}: {{error!r}}")

threads = [threading.Thread(target=run, args=("rehearse.scoring", 0.0)),
           threading.Thread(target=run, args=({screen!r}, {wait}))]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(failed)
"""


@pytest.mark.parametrize("wait", [0.0, 0.3])
def test_a_rehearsal_opened_while_the_scorer_warms_up_imports_cleanly(wait: float) -> None:
    screen = "rehearse.tui.screens.rehearsal"
    done = subprocess.run(
        [sys.executable, "-c", RACE.format(screen=screen, wait=wait)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert done.stdout.strip().splitlines()[-1] == "[]"
