"""`rehearse rewrite` and `rehearse check-rewrite` from the command line."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from rehearse.cli import main
from tests import fakes

ORIGINAL = "The p95 latency on the checkout API regressed to 800 ms after the v2.3.1 deploy."
LOSSY = "Checkout got slower after the last release, by about 80%."
REPO = Path(__file__).resolve().parent.parent


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_rewrite_json_follows_the_contract(
    fake_model: fakes.ScriptedModel, capsys: pytest.CaptureFixture[str]
) -> None:
    fake_model.enqueue(LOSSY)
    code, out, _ = run(
        ["--model", fakes.MODEL, "rewrite", "--audience", "product", "--json", ORIGINAL], capsys
    )
    payload = json.loads(out)
    assert code == 0
    assert payload["audience"] == "product" and payload["original"] == ORIGINAL
    assert payload["source"] == "model" and payload["rewrite"] == LOSSY
    assert [f["text"] for f in payload["checks"]["missing_facts"]] == ["p95", "800 ms", "v2.3.1"]
    assert payload["checks"]["added_facts"] == [{"text": "80%", "kind": "percent", "value": "80%"}]
    assert payload["checks"]["grade_before"] > 0
    [alternative] = payload["alternatives"]
    assert alternative["source"] == "plain" and alternative["checks"]["missing_facts"] == []


def test_rewrite_readable_output_names_each_problem(
    fake_model: fakes.ScriptedModel, capsys: pytest.CaptureFixture[str]
) -> None:
    fake_model.enqueue(LOSSY)
    code, out, _ = run(
        ["--model", fakes.MODEL, "rewrite", "--audience", "executive", ORIGINAL], capsys
    )
    assert code == 0
    assert out.startswith("Rewrite for an executive (the model, fake/scripted):\n\n  " + LOSSY)
    assert "facts   missing: 'p95' (percentile), '800 ms' (duration), 'v2.3.1' (version)" in out
    assert "facts   added: '80%' (percent)" in out
    assert "Alternative 1 (plain-language version, no model):" in out
    assert "grade   " in out and " -> " in out


def test_a_model_failure_still_gives_the_plain_version(
    fake_model: fakes.ScriptedModel, capsys: pytest.CaptureFixture[str]
) -> None:
    fake_model.enqueue(fakes.auth_error())
    code, out, err = run(
        ["--model", fakes.MODEL, "rewrite", "--audience", "team", "--json", ORIGINAL], capsys
    )
    assert code == 0
    assert json.loads(out)["source"] == "plain"
    assert "the model rewrite failed" in err


def test_rewrite_reads_standard_input(
    fake_model: fakes.ScriptedModel,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(ORIGINAL + "\n"))
    fake_model.enqueue(ORIGINAL)
    code, out, _ = run(
        ["--model", fakes.MODEL, "rewrite", "--audience", "customer", "--json", "-"], capsys
    )
    assert code == 0 and json.loads(out)["original"] == ORIGINAL + "\n"


@pytest.mark.parametrize(
    "argv",
    [
        ["rewrite", "--audience", "product", "   "],
        ["check-rewrite", "", "a rewrite"],
        ["check-rewrite", "an original", " \n"],
        ["check-rewrite", "-", "-"],
    ],
)
def test_empty_text_exits_2_with_a_clear_message(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(argv, capsys)
    assert code == 2 and out == ""
    assert err.startswith("rehearse: ") and ("empty" in err or "only one" in err)


def test_check_rewrite_passes_a_faithful_rewrite(capsys: pytest.CaptureFixture[str]) -> None:
    faithful = "Since v2.3.1, checkout is slower: the p95 response time is 800ms."
    code, out, _ = run(["check-rewrite", ORIGINAL, faithful], capsys)
    assert code == 0
    assert "facts   none missing, none added" in out
    assert "jargon  before: p95, latency, API, regressed, v2.3.1, deploy" in out


def test_check_rewrite_fails_and_names_lost_and_invented_facts(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(LOSSY))
    code, out, _ = run(["check-rewrite", "--json", ORIGINAL, "-"], capsys)
    payload = json.loads(out)
    assert code == 1
    assert list(payload) == [
        "jargon_before",
        "jargon_after",
        "jargon_explained",
        "grade_before",
        "grade_after",
        "missing_facts",
        "added_facts",
    ]
    assert [f["text"] for f in payload["added_facts"]] == ["80%"]


def test_check_rewrite_tells_explained_jargon_from_jargon_left(
    capsys: pytest.CaptureFixture[str],
) -> None:
    explained = (
        "Since v2.3.1, checkout is slower: the p95 response time is 800ms. "
        "“p95” means the time nearly every request beats."
    )
    code, out, _ = run(["check-rewrite", ORIGINAL, explained], capsys)
    assert code == 0
    assert "jargon  left: v2.3.1; explained: p95" in out


def test_unknown_audience_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["rewrite", "--audience", "board", ORIGINAL])
    assert exit_info.value.code == 2
    assert "invalid choice: 'board'" in capsys.readouterr().err


@pytest.mark.slow
def test_rewrite_analysis_and_help_do_not_import_the_model_libraries() -> None:
    """litellm costs seconds to import: only a model call may pay it."""
    code = (
        "import sys\n"
        "from rehearse.cli import main\n"
        "assert main(['check-rewrite', 'It costs $8k.', 'It costs $8,000.']) == 0\n"
        "from rehearse.rewrite import analyze, plain_version, rewrite\n"
        "import rehearse.cli.cmd_rewrite\n"
        "plain_version('The p95 latency of the API is 800 ms.')\n"
        "heavy = [m for m in ('litellm', 'llama_cpp', 'textual') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO,
        env={
            "PYTHONPATH": f"{REPO / 'src'}:{REPO}",
            "PATH": "/usr/bin:/bin",
            "REHEARSE_HOME": str(REPO / ".none"),
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
