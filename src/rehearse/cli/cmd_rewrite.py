"""`rehearse rewrite` and `rehearse check-rewrite`: a message for a nontechnical reader, checked.

Registering is cheap; the rewrite package is imported in `run`, and litellm
only when the model is called.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rehearse.rewrite import Checks

AUDIENCE_NAMES = ("executive", "product", "customer", "team")  # == rehearse.rewrite.AUDIENCES


def register(commands: Any) -> None:
    rewrite = commands.add_parser(
        "rewrite",
        help="rewrite a technical message for a nontechnical reader, and check it",
        description="Rewrite a technical message for an executive, a product manager, a customer "
        "or the whole team. Prints the rewrite first, then its checks: facts missing or added, "
        "jargon left, reading grade before and after. Alternatives follow (the model's rewrite "
        "and the deterministic plain-language version).",
        epilog='JSON (--json): {"audience", "original", "rewrite", "source": "model"|"plain", '
        '"alternatives": [{"rewrite", "source", "checks"}], "checks": {"jargon_before": '
        '[{"term", "plain"}], "jargon_after", "jargon_explained": [term], "grade_before", '
        '"grade_after", "missing_facts": '
        '[{"text", "kind", "value"}], "added_facts"}}. A failed model call is reported on '
        "standard error and the plain-language version is the result.",
    )
    rewrite.add_argument(
        "--audience", required=True, choices=AUDIENCE_NAMES, help="who will read it"
    )
    rewrite.add_argument(
        "--buy-in",
        action="store_true",
        help="frame it to win support: business terms, their goals, a commitment to updates",
    )
    rewrite.add_argument("--json", action="store_true", help="print JSON")
    rewrite.add_argument("text", metavar="TEXT", help="the message, or - to read standard input")
    rewrite.set_defaults(handler=run)

    check = commands.add_parser(
        "check-rewrite",
        help="check a rewrite you made elsewhere against its original",
        description="Check a rewrite against its original: facts missing and added (each named), "
        "jargon before and after, reading grade before and after. Exit 1 when a fact is "
        "missing or added.",
    )
    check.add_argument("--json", action="store_true", help="print JSON")
    check.add_argument("original", metavar="ORIGINAL", help="the original message, or -")
    check.add_argument("rewrite", metavar="REWRITE", help="the rewrite, or - (only one may be -)")
    check.set_defaults(handler=run_check)


def run(args: argparse.Namespace) -> int:
    from rehearse.cli.common import CommandError, load, read_text
    from rehearse.rewrite import AUDIENCES, rewrite

    text = read_text(args.text, "text to rewrite")
    settings = load(args)
    try:
        result = rewrite(text, args.audience, settings, buy_in=args.buy_in)
    except ValueError as error:
        raise CommandError(str(error)) from error
    if result.model_error:
        print(
            f"rehearse: the model rewrite failed ({result.model_error}); "
            "showing the plain-language version",
            file=sys.stderr,
        )
    if args.json:
        print(json.dumps(result.as_json(), indent=2, ensure_ascii=False))
        return 0
    reader = AUDIENCES[result.audience].label.lower()
    print(
        f"Rewrite for {_article(reader)} {reader} "
        f"({_source_label(result.best.source, result.model)}):"
    )
    print()
    print(_indent(result.best.text))
    print()
    print(_format_checks(result.best.checks))
    for number, candidate in enumerate(result.alternatives, start=1):
        print()
        print(f"Alternative {number} ({_source_label(candidate.source, result.model)}):")
        print()
        print(_indent(candidate.text))
        print()
        print(_format_checks(candidate.checks))
    return 0


def run_check(args: argparse.Namespace) -> int:
    from rehearse.cli.common import CommandError, read_text
    from rehearse.rewrite import check_rewrite

    if args.original == "-" and args.rewrite == "-":
        raise CommandError("only one of ORIGINAL and REWRITE can be - (standard input)")
    original = read_text(args.original, "original")
    rewritten = read_text(args.rewrite, "rewrite")
    checks = check_rewrite(original, rewritten)
    if args.json:
        print(json.dumps(checks.as_json(), indent=2, ensure_ascii=False))
    else:
        print(_format_checks(checks, jargon_before=True))
    return 0 if checks.facts_ok else 1


def _format_checks(checks: Checks, *, jargon_before: bool = False) -> str:
    lines = ["Checks:"]
    if checks.facts_ok:
        lines.append("  facts   none missing, none added")
    for label, facts in (("missing", checks.missing_facts), ("added", checks.added_facts)):
        if facts:
            named = ", ".join(f"{fact.text!r} ({fact.kind})" for fact in facts)
            lines.append(f"  facts   {label}: {named}")
    if jargon_before:
        lines.append(f"  jargon  before: {_terms(checks.jargon_before)}")
    unexplained, explained = checks.jargon_unexplained, checks.jargon_explained
    left = f"left: {_terms(unexplained)}" if unexplained else "none left unexplained"
    lines.append(f"  jargon  {left}" + (f"; explained: {_terms(explained)}" if explained else ""))
    lines.append(f"  grade   {checks.grade_before} -> {checks.grade_after}")
    return "\n".join(lines)


def _terms(jargon: Any) -> str:
    return ", ".join(item.term for item in jargon) or "none"


def _source_label(source: str, model: str) -> str:
    return f"the model, {model}" if source == "model" else "plain-language version, no model"


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"


def _indent(text: str) -> str:
    return textwrap.indent(text.strip(), "  ")
