"""Absolutes and generalisations: "always", "never", "a lot", "you keep ..."."""

from __future__ import annotations

from rehearse.scoring.lexicon import GENERALIZERS
from rehearse.scoring.result import Span
from rehearse.scoring.text import Doc, memoised, rx

ABSOLUTE = rx(
    r"\b(?:always|never(?!\s+mind)|constantly|continually|every\s+(?:single\s+)?time|"
    r"all\s+the\s+time|not\s+(?:even\s+)?once|nobody\s+ever|no\s+one\s+ever|without\s+fail|"
    r"every\s+single\s+(?:day|week|meeting|review|standup|time))\b"
)
GENERALIZATION = rx(GENERALIZERS)


@memoised("absolutes")
def absolutes(doc: Doc) -> list[Span]:
    """Absolutes outside quoted words: "you always", "never"."""
    return doc.find(ABSOLUTE, view="plain_unquoted")


@memoised("generalizations")
def generalizations(doc: Doc) -> list[Span]:
    """Words that turn one act into a pattern (absolutes plus "a lot", "often", "keep")."""
    return doc.find(GENERALIZATION, view="plain_unquoted")
