"""`rehearse score`: score a text against SBI or SMARTT, offline, with evidence and advice.

The rule scorer needs no model; `--judge MODEL` adds the LLM judge's scores
beside the rule scores (never blended). Only `--judge` imports the model layer
(and litellm, about 3 s): registering and the offline path stay cheap.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rehearse.model import Gateway
    from rehearse.scoring.result import RubricResult

RUBRIC_CHOICES = ("sbi", "smartt")


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "score",
        help="score a text against SBI or SMARTT, with evidence and advice",
        description="Score a text against the SBI or SMARTT rubric with the offline rule scorer: "
        "a level 0-2 per criterion, the words that earned it, and one suggestion per criterion "
        "below 2. TEXT may be `-` to read standard input. With --jsonl, score one JSON object "
        '{"id": ..., "text": ...} per line and print one result per line, in order; a bad line '
        "is reported on standard error with its number, the others are still scored, and the "
        "exit status is 1.",
    )
    parser.add_argument("text", nargs="?", metavar="TEXT", help="the text to score, or - for stdin")
    parser.add_argument(
        "--rubric", required=True, choices=RUBRIC_CHOICES, help="the rubric to score against"
    )
    parser.add_argument(
        "--judge",
        metavar="MODEL",
        help="also score with this LLM judge (any LiteLLM model string), shown beside the rules",
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument(
        "--jsonl",
        metavar="FILE",
        help='score each {"id", "text"} line of FILE (- for stdin); prints JSON lines',
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    try:
        return _run(args)
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, without a traceback at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _run(args: argparse.Namespace) -> int:
    from rehearse.cli.common import CommandError, read_text

    if args.jsonl is not None and args.text is not None:
        raise CommandError("give either TEXT or --jsonl FILE, not both")
    gateway = _gateway(args) if args.judge else None
    if args.jsonl is not None:
        return _score_lines(args.jsonl, args.rubric, gateway)
    if args.text is None:
        raise CommandError(
            "nothing to score: pass TEXT, `-` to read standard input, or --jsonl FILE"
        )
    text = read_text(args.text)
    rules, judged = _score(text, args.rubric, gateway)
    if args.json:
        print(json.dumps(_payload(rules, judged), ensure_ascii=False, indent=2))
    else:
        from rehearse.cli.score_view import render_result

        print(render_result(text, rules, judged, color=sys.stdout.isatty()))
    return 0


def _gateway(args: argparse.Namespace) -> Gateway:
    from rehearse.cli.common import load
    from rehearse.model import Gateway

    return Gateway(load(args), model=args.judge)


def _score(
    text: str, rubric: str, gateway: Gateway | None
) -> tuple[RubricResult, RubricResult | None]:
    from rehearse.scoring import score

    rules = score(text, rubric)
    if gateway is None:
        return rules, None
    from rehearse.scoring.judge import judge

    return rules, judge(text, rubric, gateway)


def _payload(rules: RubricResult, judged: RubricResult | None) -> dict[str, Any]:
    payload = rules.model_dump(mode="json")
    if judged is not None:
        payload["judge"] = judged.model_dump(mode="json")
    return payload


def _json_line(identifier: Any, rules: RubricResult, judged: RubricResult | None) -> str:
    """`{"id": ..., <the rules result>, "judge": ...}` on one line (pydantic's fast JSON)."""
    body = rules.model_dump_json()
    if judged is not None:
        body = body[:-1] + ',"judge":' + judged.model_dump_json() + "}"
    return '{"id":' + json.dumps(identifier, ensure_ascii=False) + "," + body[1:]


def _score_lines(path: str, rubric: str, gateway: Gateway | None) -> int:
    """Stream FILE line by line: one result per good line, one stderr report per bad one."""
    from rehearse.scoring.text import compile_all

    compile_all()  # a batch reaches nearly every pattern: compiled before the first line
    bad = 0
    out = sys.stdout
    for number, item in _read_lines(path):
        if isinstance(item, str):
            bad += 1
            print(f"rehearse: {path}:{number}: {item}", file=sys.stderr)
            continue
        identifier, text = item
        rules, judged = _score(text, rubric, gateway)
        out.write(_json_line(identifier, rules, judged))
        out.write("\n")
    out.flush()
    if bad:
        print(f"rehearse: {bad} line(s) of {path} could not be scored", file=sys.stderr)
    return 1 if bad else 0


def _read_lines(path: str) -> Iterator[tuple[int, tuple[Any, str] | str]]:
    """(line number, (id, text)) for each good line, (line number, problem) for each bad one."""
    from rehearse.cli.common import CommandError

    try:
        handle: IO[str] = (
            sys.stdin if path == "-" else open(path, encoding="utf-8", errors="replace")  # noqa: SIM115
        )
    except OSError as error:
        raise CommandError(f"cannot read {path}: {error.strerror or error}") from error
    with handle if path != "-" else _no_close(handle):
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            yield number, _parse_line(line)


def _parse_line(line: str) -> tuple[Any, str] | str:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as error:
        return f"not valid JSON ({error.msg} at column {error.colno})"
    if not isinstance(item, dict):
        return 'expected a JSON object like {"id": ..., "text": ...}'
    if "id" not in item:
        return 'missing field "id"'
    text = item.get("text")
    if not isinstance(text, str):
        return 'field "text" must be a string'
    if not text.strip():
        return 'field "text" is empty'
    return item["id"], text


class _no_close:
    """Use standard input in a `with` without closing it."""

    def __init__(self, handle: IO[str]) -> None:
        self.handle = handle

    def __enter__(self) -> IO[str]:
        return self.handle

    def __exit__(self, *exc: object) -> None:
        return None
