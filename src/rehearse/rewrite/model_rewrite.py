"""The model's rewrite: the prompt, one streamed call through the gateway, a tidy reply."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rehearse.rewrite.analysis import Analysis

if TYPE_CHECKING:
    from rehearse.model import Gateway

TEMPLATE = "rewrite_audience.j2"
TEMPERATURE = 0.2  # a rewrite should stay close to its facts, not be creative

_PREAMBLE = re.compile(
    r"^\s*(?:(?:here(?:'s| is)|sure|certainly|okay)[^\n:]*:"
    r"|(?:rewrite|rewritten(?: message)?|plain version)\s*:)\s*",
    re.IGNORECASE,
)
_FENCE = re.compile(r"^```[\w-]*\n(.*?)\n?```$", re.DOTALL)
# A line of the prompt said back ("Reply with the rewritten message only: no title, ...",
# "Rewrite with the requested formatting:", "Rewrite this message:"): SmolLM2 writes one
# between copies of its text. What precedes it is the reply. A heading of the message's own
# ("Reply options:") is cut only when the text after it says again what came before.
_PROMPT_LINE = re.compile(
    r"^[ \t]*(?:rewrite|rewritten|reply|respond)\b[^\n]{0,80}$",
    re.IGNORECASE | re.MULTILINE,
)
_PROMPT_WORDS = re.compile(
    r"\brewritten\s+message\s+only\b|\brewrite\s+with\s+the\s+requested\s+formatting\b"
    r"|\brewrite\s+this\s+message(?=\s*(?::|$)|\s+for\s+(?:a|an|the)\s+[\w-]+(?:\s+[\w-]+)?\s*:)",
    re.IGNORECASE,
)


class RewriteCancelled(Exception):
    """The caller asked to stop (a TUI worker was cancelled)."""


def build_messages(
    analysis: Analysis,
    audience: str,
    *,
    buy_in: bool,
    prompt_dir: Path | None = None,
    compact: bool = False,
) -> list[dict[str, Any]]:
    """The system prompt (audience profile, rules, facts to keep) and the message.

    `compact` leaves out the jargon explanations: a tiny local model reads a long
    prompt slowly and follows it worse.
    """
    from rehearse.prompts import render

    words = analysis.readability.words
    system = render(
        TEMPLATE,
        user_dir=prompt_dir,
        audience=audience,
        buy_in=buy_in,
        facts=[fact.text for fact in _unique_texts(analysis)],
        jargon=[] if compact else [j.as_json() for j in analysis.jargon if j.kind == "glossary"],
        word_limit=max(60, round(words * 1.2)),
    )
    return [
        {"role": "system", "content": system},
        {"role": "user", "content": f"Rewrite this message:\n\n{analysis.text.strip()}"},
    ]


def model_rewrite(
    gateway: Gateway,
    analysis: Analysis,
    audience: str,
    *,
    buy_in: bool,
    prompt_dir: Path | None = None,
    on_text: Callable[[str], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> str:
    """The model's rewrite, cleaned. Raises ModelError (or PromptError, RewriteCancelled)."""
    from rehearse.model import FailureKind, ModelError

    messages = build_messages(
        analysis, audience, buy_in=buy_in, prompt_dir=prompt_dir, compact=gateway.is_embedded
    )
    # Room for a rewrite somewhat longer than the message (tokens are shorter than words).
    max_tokens = min(1024, max(128, analysis.readability.words * 2 + 64))
    pieces: list[str] = []
    stream = gateway.stream(messages, max_tokens=max_tokens, temperature=TEMPERATURE)
    try:
        for piece in stream:
            if should_stop is not None and should_stop():
                raise RewriteCancelled("the rewrite was cancelled")
            pieces.append(piece)
            if on_text is not None:
                on_text(piece)
    finally:
        close = getattr(stream, "close", None)
        if close is not None:
            close()
    reply = clean_reply("".join(pieces))
    if not reply:
        raise ModelError(
            f"{gateway.model} returned an empty rewrite",
            kind=FailureKind.INVALID_OUTPUT,
            model=gateway.model,
        )
    return reply


def clean_reply(reply: str) -> str:
    """Strip what models wrap a rewrite in: code fences, "Here is the rewrite:", quotes."""
    text = reply.strip()
    fenced = _FENCE.match(text)
    if fenced:
        text = fenced.group(1).strip()
    text = _PREAMBLE.sub("", text, count=1).strip()
    for said_back in _PROMPT_LINE.finditer(text):
        before, after = text[: said_back.start()].strip(), text[said_back.end() :].strip()
        line = said_back.group()
        if _PROMPT_WORDS.search(line) or (
            line.rstrip().endswith(":") and before and _opens_alike(before, after)
        ):
            # ("Rewrite this message for a CEO: The deploy is paused.": the reply after the colon)
            rest = line.split(":", 1)[1].strip() if ":" in line else ""
            text = before or "\n".join(part for part in (rest, after) if part)
            break
    if len(text) > 1 and text[0] == text[-1] and text[0] in "\"'“”":
        text = text[1:-1].strip()
    return text


def _opens_alike(one: str, other: str) -> bool:
    """The two texts open with the same words (up to five): the second says the first again."""
    first, second = (re.findall(r"\w+", text.lower())[:5] for text in (one, other))
    size = min(len(first), len(second))
    return size >= 2 and first[:size] == second[:size]


def _unique_texts(analysis: Analysis) -> list[Any]:
    seen: set[str] = set()
    kept = []
    for fact in analysis.facts:
        if fact.text not in seen:
            seen.add(fact.text)
            kept.append(fact)
    return kept
