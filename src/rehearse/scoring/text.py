"""The user's text as the detectors read it: one analysis per text, offsets kept.

Every view of the text has the same length as the source, so a match at
`[start, end)` in any view is the span `source[start:end]`:

- `text`: typography folded (curly quotes, dashes, odd spaces), and the parts
  that must not earn credit blanked with spaces (instructions to the scorer,
  criterion names, repeated sentences, sarcasm, keyword stuffing);
- `unquoted`: `text` with the inside of quotations replaced by `_`, so the
  person's quoted words read as one opaque word ("you said '____' in the
  review") and do not count as the speaker's labels, absolutes or effects;
- `plain`: typography folded only, and `plain_unquoted` with quotations
  blanked: for the flags and for what lowers credit (an insult is an insult
  even inside an instruction to the scorer).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, TypeVar

from rehearse.scoring.result import Span

# One character in, one character out: offsets never move.
_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201b": "'",
        "\u2032": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\t": " ",
        "\r": "\n",
    }
)

# A sentence ends at . ! ? ; or a newline, unless the mark sits inside a token
# ("e.g.", "v1.2", "1:1"). The two alternatives never match the same character,
# so the scan is linear.
_SENTENCE = re.compile(r"(?:[^.!?;\n]|[.!?;](?=[^\s.!?;]))+[.!?;]*")

# Quotations: "...", and '...' when the quote marks are not apostrophes.
_QUOTED = re.compile(r"\"[^\"\n]{1,300}\"|(?<![\w'])'(?=\S)[^\n]{1,200}?(?<=\S)'(?![\w'])")

_STRIP = " \t\n,;:.-!?\"'()[]{}"
_CLAUSE_BREAK = re.compile(
    r"[,;:]|\s(?:and|but|so|which|while|because|then|until|so\s+that|and\s+then)\s", re.IGNORECASE
)


@dataclass
class Doc:
    """One user text, analysed once; detectors memoise their results in `memo`."""

    source: str
    plain: str
    plain_unquoted: str
    text: str
    unquoted: str
    sentences: tuple[tuple[int, int], ...]
    masked: tuple[tuple[int, int, str], ...]
    memo: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def readable(self) -> bool:
        """False when nothing in the text can earn credit (all blanked)."""
        return any(not ch.isspace() for ch in self.text)

    def sentence_index(self, position: int) -> int:
        starts = self._sentence_starts()
        return max(0, bisect_right(starts, position) - 1)

    def sentence_bounds(self, position: int) -> tuple[int, int]:
        if not self.sentences:
            return (0, len(self.source))
        return self.sentences[self.sentence_index(position)]

    def clause_bounds(self, position: int) -> tuple[int, int]:
        """The clause around `position`: the sentence cut at commas, semicolons and conjunctions."""
        start, end = self.sentence_bounds(position)
        clause_start, clause_end = start, end
        for match in _CLAUSE_BREAK.finditer(self.text, start, end):
            if match.end() <= position:
                clause_start = match.end()
            elif match.start() >= position:
                clause_end = match.start()
                break
        return clause_start, clause_end

    def _sentence_starts(self) -> list[int]:
        starts = self.memo.get("_starts")
        if starts is None:
            starts = [start for start, _end in self.sentences]
            self.memo["_starts"] = starts
        return starts  # type: ignore[no-any-return]

    def span(self, start: int, end: int) -> Span | None:
        """The span `[start, end)` with surrounding spaces and punctuation trimmed."""
        source = self.source
        while start < end and source[start] in _STRIP:
            start += 1
        while end > start and source[end - 1] in _STRIP:
            end -= 1
        if end <= start:
            return None
        return Span(text=source[start:end], start=start, end=end)

    def find(
        self, pattern: re.Pattern[str], *, view: str = "unquoted", group: int | str = 0
    ) -> list[Span]:
        """Spans of every match of `pattern` in a view of the text."""
        haystack = getattr(self, view)
        found: list[Span] = []
        for match in pattern.finditer(haystack):
            start, end = match.span(group)
            if start < 0:
                continue
            span = self.span(start, end)
            if span is not None:
                found.append(span)
        return found


T = TypeVar("T")


def memoised(name: str) -> Callable[[Callable[[Doc], T]], Callable[[Doc], T]]:
    """Compute a detector once per Doc (SBI, SMARTT and the signals share them)."""

    def wrap(function: Callable[[Doc], T]) -> Callable[[Doc], T]:
        def cached(doc: Doc) -> T:
            try:
                return doc.memo[name]  # type: ignore[no-any-return]
            except KeyError:
                value = function(doc)
                doc.memo[name] = value
                return value

        cached.__name__ = function.__name__
        cached.__doc__ = function.__doc__
        cached.__wrapped__ = function  # type: ignore[attr-defined]
        return cached

    return wrap


def sentences_of(text: str) -> tuple[tuple[int, int], ...]:
    bounds = []
    for match in _SENTENCE.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        if end > start:
            bounds.append((start, end))
    return tuple(bounds)


def quoted_regions(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in _QUOTED.finditer(text)]


def blank(text: str, regions: Iterable[tuple[int, int]], filler: str = " ") -> str:
    """`text` with each region replaced by `filler`, newlines kept."""
    chars = list(text)
    for start, end in regions:
        for index in range(max(0, start), min(len(chars), end)):
            if chars[index] != "\n":
                chars[index] = filler
    return "".join(chars)


def fold(source: str) -> str:
    return source.translate(_FOLD)


def overlaps(span: Span, regions: Iterable[tuple[int, int]]) -> bool:
    return any(span.start < end and start < span.end for start, end in regions)


def dedupe(spans: Iterable[Span]) -> list[Span]:
    """Spans sorted by position, exact duplicates and spans inside another removed."""
    ordered = sorted(set(spans), key=lambda s: (s.start, -s.end))
    kept: list[Span] = []
    for span in ordered:
        if kept and span.start >= kept[-1].start and span.end <= kept[-1].end:
            continue
        kept.append(span)
    return kept


def words(text: str) -> Iterator[re.Match[str]]:
    return _WORD.finditer(text)


_WORD = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")


@lru_cache(maxsize=256)
def analyse(source: str) -> Doc:
    """The analysis of `source` (cached: the TUI re-scores the same text often)."""
    from rehearse.scoring.guards import ignored_regions

    plain = fold(source)
    sentences = sentences_of(plain)
    masked = ignored_regions(plain, sentences)
    text = blank(plain, ((start, end) for start, end, _reason in masked))
    quotes = quoted_regions(plain)
    unquoted = blank(text, quotes, "_")
    return Doc(
        source=source,
        plain=plain,
        plain_unquoted=blank(plain, quotes, "_"),
        text=text,
        unquoted=unquoted,
        sentences=sentences,
        masked=tuple(masked),
    )
