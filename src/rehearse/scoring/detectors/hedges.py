"""Hedges that blur the message: "maybe", "sort of", "I think maybe"."""

from __future__ import annotations

from rehearse.scoring.result import Span
from rehearse.scoring.text import Doc, memoised, rx

HEDGE = rx(
    r"(?:"
    r"\bI\s+think\s+maybe\b|\bmaybe\b|\bperhaps\b|\bpossibly\b"
    r"|\b(?<!what\s)(?<!this\s)(?<!that\s)(?<!any\s)(?<!some\s)(?<!the\s)(?:sort|kind)\s+of\b"
    r"|\bkinda\b|\bsorta\b|\bsomewhat\b|\bI\s+guess\b|\bI\s+suppose\b"
    r"|\ba\s+(?:little|tiny)\s+bit\b|\ba\s+bit\b(?!\s+(?:more|less|of\s+(?:time|help)))"
    r"|\bI'm\s+not\s+(?:sure|certain)\s+(?:but|if)\b|\bjust\s+a\s+thought\b"
    r"|\bif\s+that\s+makes\s+sense\b|\bnot\s+to\s+be\s+(?:harsh|rude|mean|critical)\b"
    r"|\bI\s+don't\s+know\b|\bor\s+something\b|\bmore\s+or\s+less\b|\bI\s+could\s+be\s+wrong\b"
    r"|\bmight\s+(?:have\s+)?(?:be|come\s+across|seem)\b|\bit\s+seems\s+like\s+maybe\b"
    r")"
)


@memoised("hedges")
def hedges(doc: Doc) -> list[Span]:
    """Softeners that make the point hard to hear."""
    return doc.find(HEDGE, view="plain_unquoted")
