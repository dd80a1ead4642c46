"""The figures a persona's reply states, to check against those the scene has given.

The embedded model invents numbers ("a refund of $10,000", "Dream 2025", "after the
2022 date"); a rehearsal must not put a false fact in the room. A figure is a number
in digits, or a number word before what it counts ("two months", "five engineers");
"one", "half" and ordinals are everyday words, not figures. The guard refuses only
new figures in digits; the words count as known, so "2 sprints" answers "two sprints".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rehearse.rewrite.quantities import NUMBER_WORDS

# (the rewrite's number words, bar "zero" and "one", which are everyday words)
_WORDS = {word: int(value) for word, value in NUMBER_WORDS.items() if value >= 2}
_COUNTED = (
    r"(?:minutes?|hours?|days?|weeks?|months?|years?|sprints?|quarters?|people|engineers|developers|"
    r"tickets|bugs|incidents|points|slides|times|customers|users|services|releases|percent)"
)
_FIGURE = re.compile(
    r"(?<![\w.])\d+(?:[.,]\d+)*"
    rf"|\b(?:{'|'.join(_WORDS)})\b(?=(?:[\s-]+(?:and\s+a\s+half|more|full|whole|extra|other))?[\s-]+{_COUNTED}\b)",
    re.IGNORECASE,
)


def figures(text: str, *, digits_only: bool = False) -> frozenset[str]:
    """The figures in `text`, each as its digits: "two weeks" and "2 weeks" are both "2".

    `digits_only`: only those written in digits, the hard facts (a date, a sum, a year, a
    share); "he talks for ten minutes" is the colour a capable persona adds.
    """
    found = set()
    for match in _FIGURE.finditer(text):
        word = match.group().lower()
        if word in _WORDS:
            if not digits_only:
                found.add(str(_WORDS[word]))
        else:
            found.add(word.replace(",", ""))
    return frozenset(found)


def figures_of(texts: Iterable[str]) -> frozenset[str]:
    known: set[str] = set()
    for text in texts:
        known |= figures(text)
    return frozenset(known)
