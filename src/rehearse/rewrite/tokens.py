"""Words, sentences and the spans analysis must leave alone (links, e-mail, `code`).

Every pattern here is anchored so that a failed match cannot restart inside
the same run of characters: analysis stays linear on any input.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

# A word, with the joiners engineers use inside one: don't, on-call, CI/CD,
# v2.3.1, user_id, src/app.py, /var/log, ~/notes.
_TOKEN = re.compile(r"(?:~/|\.{1,2}/|/(?=\w))?[@#]?\w+(?:[-'’./+&]\w+)*")
_URL = re.compile(r"(?<![\w/])(?:https?://|www\.)[^\s<>\"'`)\]]+", re.IGNORECASE)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@\w[\w-]*(?:\.[\w-]+)+")
_CODE = re.compile(r"`[^`\n]{1,120}`")
# Possessive quantifiers and the look-behind keep a run of "....." to one attempt.
_BREAK = re.compile(r"(?<![.!?])[.!?]++[\"'”’)\]]*+(?:[ \t]+|(?=\n))|\n")
_BULLET = re.compile(r"[ \t]*(?:[-*•>]|\d{1,2}[.)])[ \t]")
_NO_BREAK_AFTER = frozenset(
    {
        "e.g",
        "i.e",
        "eg",
        "ie",
        "vs",
        "dr",
        "mr",
        "mrs",
        "ms",
        "approx",
        "no",
        "cf",
        "fig",
        "st",
        "jr",
        "sr",
    }
)


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int


def tokens(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Links, e-mail addresses and `code`: not prose, never rewritten or counted as facts."""
    spans = [m.span() for pattern in (_URL, _EMAIL, _CODE) for m in pattern.finditer(text)]
    return merge_spans(spans)


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


class Spans:
    """A set of character spans that answers "does [start, end) touch one?" in log time."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        merged = merge_spans(list(spans))
        self._starts = [start for start, _ in merged]
        self._ends = [end for _, end in merged]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_right(self._starts, start)
        if i and self._ends[i - 1] > start:
            return True
        return i < len(self._starts) and self._starts[i] < end


def overlaps(start: int, end: int, spans: Spans | list[tuple[int, int]]) -> bool:
    if isinstance(spans, Spans):
        return spans.overlaps(start, end)
    return any(start < s_end and s_start < end for s_start, s_end in spans)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The sentences of `text` as (start, end), whitespace trimmed.

    A sentence ends at . ! ? followed by a space or a line end, at a blank
    line, and at a single line break unless the next line carries on in
    lowercase (text wrapped by hand). Lines that are list items stand alone.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BREAK.finditer(text):
        if match.group() == "\n":
            if not _line_break_ends_sentence(text, match.start()):
                continue
        elif _is_abbreviation(text, match.start()):
            continue
        _add_trimmed(text, start, match.end(), spans)
        start = match.end()
    _add_trimmed(text, start, len(text), spans)
    return spans


def _line_break_ends_sentence(text: str, newline: int) -> bool:
    line_start = text.rfind("\n", 0, newline) + 1
    previous = text[line_start:newline].rstrip()
    following = text[newline + 1 : newline + 80]
    if not previous or not following.strip() or previous[-1] in ".!?:;":
        return True
    if _BULLET.match(following) or _BULLET.match(text, line_start):
        return True
    stripped = following.lstrip(" \t")
    return not (stripped[:1].islower())


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
        if dot - word_start > 8:
            return False
    return text[word_start:dot].lower() in _NO_BREAK_AFTER


def _add_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))
