"""Absolutes and generalisations: "always", "never", "a lot", "you keep ..."."""

from __future__ import annotations

import re

from rehearse.scoring.lexicon import GENERALIZERS
from rehearse.scoring.result import Span
from rehearse.scoring.text import Doc, memoised, rx

ABSOLUTE = rx(
    r"\b(?:always|never(?!\s+mind)|constantly|continually|every\s+(?:single\s+)?time|"
    r"all\s+the\s+time|not\s+(?:even\s+)?once|nobody\s+ever|no\s+one\s+ever|without\s+fail|"
    r"every\s+single\s+(?:day|week|meeting|review|standup|time))\b"
)
GENERALIZATION = rx(GENERALIZERS)


# The other person's words given back unquoted: "You said you always do" reflects their
# absolute; it is not the speaker's. ("You said you'd do it, but you never do" is.)
_REPORTED = re.compile(
    r"\b(?:you|he|she|they)\s+(?:said|say|says|mentioned|told\s+me|wrote)\b[^.!?;,\n]*$",
    re.IGNORECASE,
)

# A promise or assurance from the speaker: "raising this will never count against you", "I'll
# always back you up" (a prediction about them, "you'll never learn", stays an absolute).
_PROMISE = re.compile(r"(?<!\byou)(?:\s+will|'ll|\s+would|'d)\s+(?:\w+\s+)?$", re.IGNORECASE)


@memoised("absolutes")
def absolutes(doc: Doc) -> list[Span]:
    """Absolutes outside quoted words: "you always", "never"."""
    found = doc.find(ABSOLUTE, view="plain_unquoted")
    text = doc.plain_unquoted
    return [
        span
        for span in found
        if not _REPORTED.search(text, doc.sentence_bounds(span.start)[0], span.start)
        and not _PROMISE.search(text, doc.clause_bounds(span.start)[0], span.start)
    ]


@memoised("generalizations")
def generalizations(doc: Doc) -> list[Span]:
    """Words that turn one act into a pattern (absolutes plus "a lot", "often", "keep")."""
    return doc.find(GENERALIZATION, view="plain_unquoted")
