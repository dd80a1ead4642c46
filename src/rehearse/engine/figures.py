"""The figures a persona's reply states, to check against those the scene has given.

The embedded model invents numbers ("a refund of $10,000", "Dream 2025", "after the
2022 date"); a rehearsal must not put a false fact in the room. The guard refuses a
figure written in digits that nothing in the scene or the talk gave. What counts as
given is read generously, since a wrong cut costs a good sentence: every number word
("fourteen slides", "twenty-five minutes", "two and a half weeks"), a sum in millions
or thousands as its digits too ("$1.2 million" gives 1200000), and the digits of a
clock time. Digits that belong to a word or an idiom ("5xx", "2FA", "24th", "1:1",
"24/7", "100%"), and a bare 1, are no figures; "60k" is 60000.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rehearse.rewrite.quantities import NUMBER_WORDS, SCALES

# (the rewrite's number words, bar "zero" and "one", which are everyday words)
_WORDS = {word: int(value) for word, value in NUMBER_WORDS.items() if value >= 2}
_TENS = "|".join(word for word, value in _WORDS.items() if 20 <= value < 100)
_UNITS = {"one": 1, **{w: v for w, v in _WORDS.items() if v < 10}}
_IDIOM = re.compile(r"\b(?:1:1|1-on-1|24/7|100%|\d+x{2}\b)", re.IGNORECASE)
_DIGITS = re.compile(
    # (a clock time as one figure; digits run into letters or a slash are a word)
    r"(?<![\w.$/])(?P<clock>\d{1,2}:\d{2})(?![\d:])"
    r"|(?<![\w./])\$?(?P<number>\d+(?:[.,]\d+)*)"
    # ("15m" is minutes as often as millions: no scale)
    r"(?:\s*(?P<scale>thousand|million|billion)\b|(?P<short>k|bn)\b)?(?![\w/]|\.\d)",
    re.IGNORECASE,
)
_WORD_NUMBER = re.compile(
    rf"\b(?:(?P<tens>{_TENS})[\s-](?P<unit>{'|'.join(_UNITS)})|(?P<word>{'|'.join(_WORDS)}))\b"
    r"(?P<half>\s+and\s+a\s+half)?(?:\s+(?P<wscale>thousand|million|billion))?",
    re.IGNORECASE,
)
_PM = re.compile(r"\b(\d{1,2})\s*(?:pm|p\.m\.)", re.IGNORECASE)


def _plain(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def figures(text: str) -> frozenset[str]:
    """The figures `text` states in digits, each as its plain number ("1,200" is "1200")."""
    found = set()
    for match in _DIGITS.finditer(_IDIOM.sub(" ", text)):
        if match.group("clock"):
            hours, minutes = match.group("clock").split(":")
            found.add(f"{int(hours)}:{minutes}")
            continue
        number = float(match.group("number").replace(",", ""))
        scale = match.group("scale") or match.group("short")
        if scale:
            found.add(_plain(number * SCALES[scale.lower()]))
        elif number != 1:  # ("1 more week": as everyday as "one")
            found.add(_plain(number))
    return frozenset(found)


def given_figures(texts: Iterable[str]) -> frozenset[str]:
    """Every figure the texts give, in digits or in words, in the forms a reply may use."""
    texts = list(texts)
    known: set[str] = set()
    for text in texts:
        known |= figures(text)
        for match in _DIGITS.finditer(text):
            if match.group("clock"):  # "9:45" gives 9, 45 and "9.45"; "21:00" gives 9pm's 9
                hours, minutes = (int(part) for part in match.group("clock").split(":"))
                known |= {str(hours), str(minutes), str(hours % 12 or 12), f"{hours}.{minutes:02d}"}
            elif match.group("number"):
                known.add(_plain(float(match.group("number").replace(",", ""))))
        for match in _WORD_NUMBER.finditer(text):
            if match.group("tens"):
                value = float(
                    _WORDS[match.group("tens").lower()] + _UNITS[match.group("unit").lower()]
                )
            else:
                value = float(_WORDS[match.group("word").lower()])
            if match.group("half"):
                value += 0.5
            if match.group("wscale"):
                known.add(_plain(value * SCALES[match.group("wscale").lower()]))
            known.add(_plain(value))
    # a clock hour said the other way: "9pm" gives 21 and "21:00"
    for hour in _PM.findall(" ".join(texts)):
        known |= {str(int(hour) % 12 + 12), f"{int(hour) % 12 + 12}:00"}
    return frozenset(known)
