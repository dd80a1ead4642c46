"""Start-up stays cheap: the CLI's help and version never import litellm or llama_cpp."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ("litellm", "llama_cpp", "textual")

PROBE = """
import json, sys
from rehearse.cli import main
try:
    main({argv!r})
except SystemExit:
    pass
print(json.dumps(sorted(m for m in {heavy!r} if m in sys.modules)), file=sys.stderr)
"""


def loaded_modules(argv: list[str]) -> list[str]:
    code = PROBE.format(argv=argv, heavy=HEAVY)
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    return list(json.loads(done.stderr.strip().splitlines()[-1]))


@pytest.mark.parametrize("argv", [["--help"], ["--version"], ["config"]])
def test_cli_start_up_imports_no_heavy_module(argv: list[str]) -> None:
    assert loaded_modules(argv) == []


def test_every_command_help_imports_no_model_layer() -> None:
    from rehearse.cli import build_parser

    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    for name in commands:
        assert "litellm" not in loaded_modules([name, "--help"]), name
