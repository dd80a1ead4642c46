"""The rewrite service: what the CLI and the TUI call.

`rewrite()` produces the candidates (the model's rewrite and the deterministic
plain-language version), checks each against the original, and orders them:
- with the embedded model, whose rewrites are unreliable, the candidate with
  no fact problem, a text that changed, and the lower grade comes first;
- with a capable model, its rewrite comes first and the plain version is an
  alternative;
- when the model call fails, the plain version is the result and
  `model_error` says why.
It blocks (a model call can take seconds): a TUI runs it in a thread worker,
passing `on_text` to show the model's words as they arrive (call_from_thread)
and `should_stop` to cancel.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from rehearse.rewrite.analysis import analyze
from rehearse.rewrite.audiences import get_audience
from rehearse.rewrite.checks import Checks, check_rewrite
from rehearse.rewrite.model_rewrite import model_rewrite
from rehearse.rewrite.plain import plain_version

if TYPE_CHECKING:
    from rehearse.config import Settings
    from rehearse.model import Gateway

Source = Literal["model", "plain"]


@dataclass(frozen=True)
class Candidate:
    """One rewrite with its checks. JSON: {"rewrite", "source", "checks"}."""

    text: str
    source: Source
    checks: Checks

    def as_json(self) -> dict[str, Any]:
        return {"rewrite": self.text, "source": self.source, "checks": self.checks.as_json()}


@dataclass(frozen=True)
class RewriteResult:
    audience: str
    original: str
    best: Candidate
    alternatives: tuple[Candidate, ...]
    model: str
    model_error: str | None = None  # why there is no model rewrite, when the call failed

    @property
    def candidates(self) -> tuple[Candidate, ...]:
        return (self.best, *self.alternatives)

    def as_json(self) -> dict[str, Any]:
        return {
            "audience": self.audience,
            "original": self.original,
            "rewrite": self.best.text,
            "source": self.best.source,
            "alternatives": [candidate.as_json() for candidate in self.alternatives],
            "checks": self.best.checks.as_json(),
        }


def rewrite(
    text: str,
    audience: str,
    settings: Settings,
    *,
    buy_in: bool = False,
    gateway: Gateway | None = None,
    on_text: Callable[[str], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> RewriteResult:
    """Rewrite `text` for `audience` and check every candidate against it.

    Raises ValueError for empty text or an unknown audience, and
    RewriteCancelled when `should_stop()` turns true during the model call.
    A model failure is not raised: it is in `model_error`.
    """
    from rehearse.model import Gateway, ModelError
    from rehearse.prompts import PromptError

    if not text.strip():
        raise ValueError("the text to rewrite is empty")
    get_audience(audience)
    gateway = gateway if gateway is not None else Gateway(settings)
    before = analyze(text)
    plain_text = plain_version(text)
    plain = Candidate(plain_text, "plain", check_rewrite(text, plain_text, before=before))

    model_error: str | None = None
    model_candidate: Candidate | None = None
    try:
        reply = model_rewrite(
            gateway,
            before,
            audience,
            buy_in=buy_in,
            prompt_dir=settings.prompt_dir,
            on_text=on_text,
            should_stop=should_stop,
        )
        model_candidate = Candidate(reply, "model", check_rewrite(text, reply, before=before))
    except (ModelError, PromptError) as error:
        model_error = str(error)

    if model_candidate is None:
        ordered = [plain]
    elif gateway.is_embedded:
        ordered = sorted(
            [model_candidate, plain], key=lambda candidate: _embedded_preference(candidate, text)
        )
    else:
        ordered = [model_candidate, plain]
    return RewriteResult(
        audience=audience,
        original=text,
        best=ordered[0],
        alternatives=tuple(ordered[1:]),
        model=gateway.model,
        model_error=model_error,
    )


def _embedded_preference(
    candidate: Candidate, original: str
) -> tuple[bool, bool, float, int, bool]:
    """No fact problem first, then a text that changed, the lower grade, less jargon; ties go to plain.

    The tiny model often hands the message back as it was, which keeps every fact and
    the grade: that echo must not be offered first.
    """
    checks = candidate.checks
    return (
        not checks.facts_ok,
        unchanged(candidate, original),
        checks.grade_after,
        len(checks.jargon_unexplained),
        candidate.source != "plain",
    )


def unchanged(candidate: Candidate, original: str) -> bool:
    """The candidate says the message back word for word (SmolLM2 often does)."""
    return _words(candidate.text) == _words(original)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())
