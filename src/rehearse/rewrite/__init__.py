"""Rewrite a technical message for a nontechnical reader, and check that no fact is lost.

The public API (what the CLI and the TUI call):
- `rewrite(text, audience, settings, *, buy_in=False, gateway=None, on_text=None,
  should_stop=None) -> RewriteResult`: the rewrites, best first, each with its checks.
- `check_rewrite(original, rewrite) -> Checks`: the checks alone.
- `analyze(text) -> Analysis`: facts, jargon (with spans, for highlighting), grade.
- `plain_version(text) -> str`: the deterministic plain-language version.
- `AUDIENCES`: the readers, with a label and a one-line description each.
Nothing here imports litellm until a model is called.
"""

from __future__ import annotations

from rehearse.rewrite.analysis import Analysis, analyze
from rehearse.rewrite.audiences import AUDIENCES, Audience, get_audience
from rehearse.rewrite.checks import Checks, check_rewrite
from rehearse.rewrite.facts import Fact, extract_facts
from rehearse.rewrite.jargon import Jargon, find_jargon
from rehearse.rewrite.model_rewrite import RewriteCancelled
from rehearse.rewrite.plain import plain_version
from rehearse.rewrite.readability import Readability, readability
from rehearse.rewrite.service import Candidate, RewriteResult, rewrite, unchanged

__all__ = [
    "AUDIENCES",
    "Analysis",
    "Audience",
    "Candidate",
    "Checks",
    "Fact",
    "Jargon",
    "Readability",
    "RewriteCancelled",
    "RewriteResult",
    "analyze",
    "check_rewrite",
    "extract_facts",
    "find_jargon",
    "get_audience",
    "plain_version",
    "readability",
    "rewrite",
    "unchanged",
]
