"""Labels and trait words: what the person *is*, instead of what they did.

`negative_labels` feed the `judgmental` signal and the SBI behaviour cap;
`trait_praise` ("you're a rockstar") is a label too, but not an insult;
`inner_states` are guesses about feelings ("you seem upset"), which are not
behaviour but not judgmental either.
"""

from __future__ import annotations

from rehearse.scoring.lexicon import INNER_STATES, NEGATIVE_TRAITS, POSITIVE_TRAITS, TRAIT_NOUNS
from rehearse.scoring.result import Span
from rehearse.scoring.text import Doc, memoised, rx

_BE = (
    r"(?:you(?:'re|\s+are|\s+were|'ve\s+been|\s+have\s+been|\s+can\s+be|\s+get|\s+got|"
    r"\s+seem(?:ed)?(?:\s+to\s+be)?|\s+sound(?:ed)?|\s+come\s+across\s+as|\s+came\s+across\s+as|"
    r"\s+act(?:ed)?|\s+look(?:ed)?|\s+are\s+being|'re\s+being|\s+were\s+being|\s+keep\s+being)"
    r"|you\s+(?:might|may|can|could|sometimes|often)\s+(?:come|came)\s+across\s+as"
    r"|stop\s+being|being\s+so|don't\s+be\s+so)"
)
_DEGREE = (
    r"(?:(?:so|really|very|a\s+bit|a\s+little|kind\s+of|sort\s+of|kinda|too|pretty|quite|"
    r"rather|incredibly|extremely|always|just|being|such|honestly|clearly|obviously|"
    r"totally|completely|such\s+an?|an?|always\s+so|often|sometimes|also)\s+){0,3}"
)

NEGATIVE_LABEL = rx(
    rf"\b{_BE}\s+{_DEGREE}(?:{NEGATIVE_TRAITS})\b"
    rf"|\byour\s+(?:{TRAIT_NOUNS})\b"
    rf"|\byou\s+(?:have|had|'ve\s+got)\s+(?:a|an|such\s+a)\s+(?:\w+\s+)?(?:attitude|ego|temper)\b"
    r"|\b(?:typical|classic)\s+(?:you|of\s+you)\b"
)
TRAIT_PRAISE = rx(
    rf"\byou(?:'re|\s+are|\s+were|'ve\s+been|\s+have\s+been)\s+{_DEGREE}(?:{POSITIVE_TRAITS})\b"
    rf"(?!\s+(?:at|in|on|about|with|when|for)\b)"
)
INNER_STATE = rx(
    rf"\byou\s+(?:seem(?:ed)?|look(?:ed)?|sound(?:ed)?|appear(?:ed)?|felt|feel)\s+(?:to\s+be\s+)?"
    rf"{_DEGREE}(?:{INNER_STATES})\b"
)


@memoised("negative_labels")
def negative_labels(doc: Doc) -> list[Span]:
    """Character judgments: "you're careless", "your attitude", "such a mess"."""
    return doc.find(NEGATIVE_LABEL, view="plain_unquoted")


@memoised("trait_praise")
def trait_praise(doc: Doc) -> list[Span]:
    """Praise of a trait rather than an act: "you're a rockstar"."""
    return doc.find(TRAIT_PRAISE, view="plain_unquoted")


@memoised("inner_states")
def inner_states(doc: Doc) -> list[Span]:
    """Guesses about feelings: "you seem upset"."""
    return doc.find(INNER_STATE, view="plain_unquoted")
