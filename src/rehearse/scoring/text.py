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

# The regex parser (stdlib, private but stable since 3.11), to find the words a pattern starts with.
from re import _constants, _parser  # type: ignore[attr-defined]
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


def lower_keeping_offsets(text: str) -> str:
    """`text.lower()`, except characters whose lower case is longer stay as they are."""
    lowered = text.lower()
    if len(lowered) == len(text):  # lower() never shortens, so equal length means 1:1
        return lowered
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


def _lowered_pattern(pattern: str) -> str:
    """The pattern in lower case, escapes (\\S, \\W, \\B ...) untouched."""
    out: list[str] = []
    index = 0
    while index < len(pattern):
        if pattern[index] == "\\":
            out.append(pattern[index : index + 2])
            index += 2
        else:
            out.append(pattern[index].lower())
            index += 1
    return "".join(out).replace("(?p<", "(?P<").replace("(?p=", "(?P=")


class Rx:
    """A case-insensitive pattern, compiled for speed.

    The scorer runs on every keystroke, so three things matter:

    - `re.IGNORECASE` makes alternations of words about four times slower, so
      a pattern is lower-cased and run on lower-cased views of the text. A
      pattern that needs case (a name: `(?-i:[A-Z][a-z]+)`) keeps IGNORECASE
      and runs on the original views.
    - A pattern is split into one regex per top-level alternative, each
      guarded by the words it must start with: an alternative whose words are
      absent from the text is never run.
    - A leading `\\b` stops `re` from jumping straight to the first letters
      of a match; it is dropped and checked on each match instead, which
      finds exactly the same matches.
    """

    __slots__ = ("cased", "parts", "regex")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.cased = "(?-i:" in pattern
        source = pattern if self.cased else _lowered_pattern(pattern)
        flags = flags | re.IGNORECASE if self.cased else flags
        self.regex = re.compile(source, flags)
        self.parts = None if self.regex.groupindex else _parts(source, flags)

    def _text(self, text: str) -> str:
        return text if self.cased else lower_keeping_offsets(text)

    def _finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        end = len(text) if endpos is None else endpos
        if self.parts is None:
            return self.regex.finditer(text, pos, end)
        lowered = text.lower() if self.cased else text
        matches: list[re.Match[str]] = []
        for part in self.parts:
            if part.live(lowered):
                matches.extend(part.finditer(text, pos, end))
        if len(matches) > 1:
            matches.sort(key=lambda m: (m.start(), -m.end()))
        return iter(matches)

    def _search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        if self.parts is None:
            return self.regex.search(text, pos, end)
        lowered = text.lower() if self.cased else text
        best = None
        for part in self.parts:
            if part.live(lowered):
                found = part.search(text, pos, best.start() if best else end)
                if found is not None and (best is None or found.start() < best.start()):
                    best = found
        return best

    def search(self, text: str) -> re.Match[str] | None:
        return self._search(self._text(text))

    def match(self, text: str) -> re.Match[str] | None:
        return self.regex.match(self._text(text))

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self._finditer(self._text(text))

    def iter_view(self, doc: Doc, view: str) -> Iterator[re.Match[str]]:
        return self._finditer(doc.view(view, self.cased))

    def search_view(self, doc: Doc, view: str, start: int, end: int) -> re.Match[str] | None:
        return self._search(doc.view(view, self.cased), start, end)


class _Part:
    """Alternatives that start with the same words: one regex, one guard, one boundary check."""

    __slots__ = ("boundary", "guards", "regex")

    def __init__(
        self, alternatives: list[str], guards: tuple[str, ...] | None, boundary: bool, flags: int
    ) -> None:
        self.boundary = boundary
        self.guards = guards
        bodies = [alternative[2:] if boundary else alternative for alternative in alternatives]
        self.regex = re.compile(
            bodies[0] if len(bodies) == 1 else "|".join(f"(?:{b})" for b in bodies), flags
        )

    def live(self, lowered: str) -> bool:
        return self.guards is None or any(word in lowered for word in self.guards)

    def finditer(self, text: str, pos: int, end: int) -> Iterator[re.Match[str]]:
        if not self.boundary:
            yield from self.regex.finditer(text, pos, end)
            return
        search = self.regex.search
        while pos <= end:
            found = search(text, pos, end)
            if found is None:
                return
            start = found.start()
            if start > 0 and _is_word(text[start - 1]):
                pos = start + 1  # inside a word: what `\\b` would have refused
                continue
            yield found
            pos = found.end() if found.end() > start else start + 1

    def search(self, text: str, pos: int, end: int) -> re.Match[str] | None:
        return next(self.finditer(text, pos, end), None)


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _parts(pattern: str, flags: int) -> tuple[_Part, ...]:
    groups: dict[tuple[tuple[str, ...] | None, bool], list[str]] = {}
    for alternative in _top_level_alternatives(pattern):
        firsts = _first_words(_parser.parse(alternative, flags))
        starts_with_word = bool(firsts) and all(word and _is_word(word[0]) for word in firsts or ())
        boundary = alternative.startswith("\\b") and starts_with_word
        usable = firsts is not None and all(len(word) >= 2 for word in firsts)
        guards = tuple(sorted({word.lower() for word in firsts or ()})) if usable else None
        groups.setdefault((guards, boundary), []).append(alternative)
    return tuple(
        _Part(alts, guards, boundary, flags) for (guards, boundary), alts in groups.items()
    )


def _top_level_alternatives(pattern: str) -> list[str]:
    """`a|b|(c|d)` -> [a, b, (c|d)], unwrapping one `(?:...)` around the whole pattern."""
    parts = _split_top(pattern)
    if len(parts) == 1 and pattern.startswith("(?:") and pattern.endswith(")"):
        inner = _split_top(pattern[3:-1])
        if _split_top(pattern[3:-1]) and all(_compiles(part) for part in inner):
            return inner
    return parts


def _split_top(pattern: str) -> list[str]:
    parts: list[str] = []
    depth, start, index, in_class = 0, 0, 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[index + 1 : index + 2] == "]":
                index += 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
        index += 1
    parts.append(pattern[start:])
    return parts


def _compiles(part: str) -> bool:
    try:
        re.compile(part)
    except re.error:
        return False
    return True


def _first_words(items: Any) -> list[str] | None:
    """Literal strings one of which starts every match (None when unknown)."""
    ops = list(items)
    for position, (op, arg) in enumerate(ops):
        if op in (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT):
            continue
        if op is _constants.LITERAL:
            word = ""
            for next_op, next_arg in ops[position:]:
                if next_op is not _constants.LITERAL:
                    break
                word += chr(next_arg)
            return [word]
        if op is _constants.SUBPATTERN:
            inner = _first_words(arg[3])
            return inner
        if op is _constants.BRANCH:
            words: list[str] = []
            for branch in arg[1]:
                found = _first_words(branch)
                if found is None:
                    return None
                words += found
            return words
        if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT):
            body = _first_words(arg[2])
            if arg[0] >= 1 or body is None:
                return body
            rest = _first_words(ops[position + 1 :])  # an optional prefix: either may start
            return None if rest is None else body + rest
        return None
    return None


def rx(pattern: str, flags: int = 0) -> Rx:
    return Rx(pattern, flags)


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
    memo: dict[Any, Any] = field(default_factory=dict, repr=False)

    def view(self, name: str, cased: bool = True) -> str:
        """A view of the text by name; lower-cased (same offsets) unless `cased`."""
        original: str = getattr(self, name)
        if cased:
            return original
        key = "_lower_" + name
        lowered: str | None = self.memo.get(key)
        if lowered is None:
            lowered = lower_keeping_offsets(original)
            self.memo[key] = lowered
        return lowered

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
        breaks = self.memo.get(("_breaks", start))
        if breaks is None:  # computed once per sentence: long texts stay linear
            breaks = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(self.text, start, end)]
            self.memo[("_breaks", start)] = breaks
        index = bisect_right(breaks, (position, position))
        clause_start = start
        for _break_start, break_end in reversed(breaks[:index]):
            if break_end <= position:
                clause_start = break_end
                break
        clause_end = end
        for break_start, _break_end in breaks[index:]:
            if break_start >= position:
                clause_end = break_start
                break
        return clause_start, clause_end

    def _sentence_starts(self) -> list[int]:
        starts: list[int] | None = self.memo.get("_starts")
        if starts is None:
            starts = [start for start, _end in self.sentences]
            self.memo["_starts"] = starts
        return starts

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

    def find(self, pattern: Rx, *, view: str = "unquoted", group: int | str = 0) -> list[Span]:
        """Spans of every match of `pattern` in a view of the text."""
        found: list[Span] = []
        for match in pattern.iter_view(self, view):
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
