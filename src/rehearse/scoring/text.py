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
from itertools import accumulate, compress, count
from operator import add

# The regex parser (stdlib, private but stable since 3.11), to find the words a pattern starts with.
from re import _constants, _parser  # type: ignore[attr-defined]
from typing import Any, ClassVar, TypeVar

from rehearse.scoring import part_cache
from rehearse.scoring.lexicon import MONTH_FULL
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
# so the scan is linear (and the first takes a run of characters at a time).
_SENTENCE = re.compile(r"(?:[^.!?;\n]+|[.!?;](?=[^\s.!?;]))+[.!?;]*")

# Quotations: "...", and '...' when the quote marks are not apostrophes.
_QUOTED = re.compile(r"\"[^\"\n]{1,300}\"|(?<![\w'])'(?=\S)[^\n]{1,200}?(?<=\S)'(?![\w'])")

# Where a quotation can open: a quote mark, but not an apostrophe after a letter ("don't") or
# another apostrophe, which `_QUOTED` never starts at (the lookbehind keeps `re`'s fast skip to marks).
_QUOTE_MARK = re.compile("[\"'](?<![\\w']')")

# (an open checkbox is part of the bullet: "- [ ] Rotate the leaked key"; a ticked one, "- [x] ...",
# is left as it was)
_BULLET = re.compile(r"(?:[-*\u2022\u2013]|\d{1,2}[.)])[ \t]+(?:\[ ?\][ \t]+)?")
_BULLET_CHARS = frozenset("-*\u2022\u20130123456789")

_STRIP = " \t\n,;:.-!?\"'()[]{}"
_OPENERS = {'"': '"', "(": ")", "[": "]"}


def _with_closing_mark(source: str, start: int, end: int, trimmed_end: int) -> int:
    """A quotation or bracket the span opens keeps its closing mark, and what sits inside it:
    'you said "we tried that in 2021, it doesn't work"', 'you said "ship it."'."""
    piece = source[start:end]
    tail = source[end:trimmed_end]
    for opener, closer in _OPENERS.items():
        if closer not in tail or opener not in piece:
            continue
        if (
            piece.count(opener) % 2
            if opener == closer
            else piece.count(opener) > piece.count(closer)
        ):
            return end + tail.index(closer) + 1
    return end


# (a mark between two digits is part of a number or a time: "60,000", "9:30")
_CLAUSE_BREAK = re.compile(
    r"[,;:](?:(?<!\d[,;:])|(?!\d))|\s(?:and|but|so|which|while|because|then|until|so\s+that|and\s+then)\s",
    re.IGNORECASE,
)
# The same in a lower-cased ASCII view, without IGNORECASE (in other text "\u017f" may stand for
# "s"), and opening with one class of what every match opens with (a mark, or the space before
# a conjunction): `re` then skips straight to those characters instead of trying every one.
_CLAUSE_BREAK_LOWER = re.compile(
    r"[,;:\s](?:(?<=[,;:])(?:(?<!\d[,;:])|(?!\d))|(?:and|but|so|which|while|because|then|until|so\s+that|and\s+then)\s)"
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


class Folded:
    """A case-insensitive regex that, in ASCII text, runs without `re.IGNORECASE` on the text
    lower-cased, for searches whose matches count only by whether and where they are found.

    Under IGNORECASE `re` folds every letter it compares and loses its quick test of an
    alternative's first letter, so a search tried at every place costs several times more.
    In ASCII text the lower-cased pattern matches the lower-cased text at exactly the same
    places: the other characters IGNORECASE reads as ASCII letters ("ſ" as "s", "ı" and "İ" as
    "i", the Kelvin sign as "k") are not ASCII, and `lower()` keeps an ASCII text's offsets. The
    pattern must be ASCII, with no escape that names a character ("\\u017f" would match "s") and
    no part that keeps case. A match's offsets are the text's; its text is lower-cased.
    """

    __slots__ = ("ascii", "regex")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        if not pattern.isascii() or any(
            escape in pattern for escape in ("(?-i", "\\x", "\\u", "\\U", "\\N", "\\0")
        ):
            raise ValueError(f"not a pattern Folded can run on lower-cased text: {pattern!r}")
        self.regex = re.compile(pattern, flags | re.IGNORECASE)
        self.ascii = re.compile(_lowered_pattern(pattern), flags & ~re.IGNORECASE)

    def search(self, text: str) -> re.Match[str] | None:
        if text.isascii():
            return self.ascii.search(text.lower())
        return self.regex.search(text)

    def search_view(self, doc: Doc, view: str, start: int, end: int) -> bool:
        """Whether the pattern is found in `view`'s `[start, end)` (look-behinds see before it)."""
        text: str = getattr(doc, view)
        if text.isascii():  # (then the lower-cased view is `text.lower()`)
            return self.ascii.search(doc.view(view, False), start, end) is not None
        return self.regex.search(text, start, end) is not None


class Rx:
    """A case-insensitive pattern, compiled for speed.

    The scorer runs on every keystroke, so three things matter:

    - `re.IGNORECASE` makes alternations of words about four times slower, so
      a pattern is lower-cased and run on lower-cased views of the text. A
      pattern that needs case (a name: `(?-i:[A-Z][a-z]+)`) keeps IGNORECASE
      and runs on the original views.
    - A pattern is split into one regex per top-level alternative, each
      guarded by the words it must start with: an alternative whose words are
      absent from the text is never run. The matches are the union of the
      alternatives' matches, so two may overlap where one `finditer` over the
      whole pattern would report only the leftmost (`dedupe` merges evidence
      that overlaps); detectors only ask whether and where something matched.
    - A leading `\\b` stops `re` from jumping straight to the first letters
      of a match; it is dropped and checked on each match instead, which
      finds exactly the same matches.
    """

    __slots__ = (
        "_firsts",
        "_flags",
        "_last",
        "_matched",
        "_regex",
        "_searched",
        "_source",
        "_word_keys",
        "cased",
        "keyed",
        "keys",
        "others",
        "parts",
    )

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.cased = "(?-i:" in pattern
        self._source = pattern if self.cased else _lowered_pattern(pattern)
        self._flags = flags | re.IGNORECASE if self.cased else flags
        # A pattern with named groups runs whole; the others run as guarded parts, and
        # the whole regex is compiled only if someone asks for it (it costs start-up time).
        self._regex: re.Pattern[str] | None = None
        self.parts = None if "(?P<" in self._source else _known_parts(self._source, self._flags)
        # Parts found through the word index, by the word starts that can begin them.
        self.keyed: dict[str, list[_Part]] = {}
        for part in self.parts or ():
            for key in part.keys or ():
                self.keyed.setdefault(key, []).append(part)
        self.keys = frozenset(self.keyed)
        self.others = tuple(part for part in self.parts or () if part.keys is None)
        # Where a pattern run whole can start (found when first needed): see `_first_words`;
        # or, when every match starts a word, the word index keys of those words.
        self._firsts: re.Pattern[str] | bool | None = False
        self._word_keys = _word_keys(self._source, self._flags) if self.parts is None else None
        if self._word_keys is not None:
            # A shorter key some part indexes already will do ("wh" for "wha"): the index of
            # every text stays as small, and a few more places are tried.
            self._word_keys = tuple(sorted({_known_key(key) for key in self._word_keys}))
        indexed = self.keys.union(
            self._word_keys or (), *(part.starts or () for part in self.others)
        )
        # The last text scanned and its matches: flags and scores often scan the same view twice.
        self._last: tuple[str, int, int, list[re.Match[str]]] | None = None
        # What `match` and `search` found in the short texts they were given (a task's verb,
        # a phrase): the same phrases come back from message to message.
        self._matched: dict[str, re.Match[str] | None] = {}
        self._searched: dict[str, re.Match[str] | None] = {}
        _PATTERNS.append(self)
        if not indexed <= _ALL_KEYS:
            _ALL_KEYS.update(indexed)
            # A two-word key ("you alwa") is looked up only after its first word ("you ").
            _ALL_KEYS.update(key[: key.index(" ") + 1] for key in indexed if " " in key)
            _INDEXES.clear()  # indexes built before knew fewer word starts
            _KEYS_OF.clear()
            _WORD_KEYS.clear()

    @property
    def source(self) -> str:
        """The pattern as compiled (lower-cased unless it needs case)."""
        return self._source

    @property
    def regex(self) -> re.Pattern[str]:
        """The whole pattern as one plain regex."""
        if self._regex is None:
            self._regex = re.compile(self._source, self._flags)
        return self._regex

    def _text(self, text: str) -> str:
        return text if self.cased else lower_keeping_offsets(text)

    def _finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        end = len(text) if endpos is None else endpos
        if self.parts is None:
            indexed = _INDEXES.get(text) if self._word_keys is not None else None
            if indexed is not None and self._word_keys is not None:
                # Tried where its first words start a word, when the text has a word index.
                index = indexed[1]
                places = [place for key in self._word_keys for place in index.get(key, ())]
                if len(self._word_keys) > 1:
                    places = sorted(set(places))  # (each key's places are in order already)
                return iter(_scan(self.regex, text, pos, end, places))
            if self._firsts is False:
                self._firsts = _first_words(self._source, self._flags)
            firsts = self._firsts
            if not isinstance(firsts, re.Pattern):
                return self.regex.finditer(text, pos, end)
            places = [found.start() for found in firsts.finditer(text, pos, end)]
            return iter(_scan(self.regex, text, pos, end, places))
        last = self._last
        if last is not None and last[1] == pos and last[2] == end and last[0] == text:
            return iter(last[3])
        lowered = lower_keeping_offsets(text) if self.cased else text
        matches: list[re.Match[str]] = []
        if self.keys:
            words, index = _INDEXES.get(lowered) or _word_index(lowered)
            present = self.keys & words
            if not present and not self.others:
                return iter(())  # most calls: none of its words is in the text
        else:  # only unkeyed parts (anchored ones: "^\\s*(?:me|us) ..."): no word index needed
            index, present = _NO_INDEX, _NO_KEYS
        if len(present) == 1:
            (key,) = present
            places = index[key]
            if len(places) == 1 and pos <= places[0] < end:
                # The common case: one word, one place to try each part at.
                place = places[0]
                for part in self.keyed[key]:
                    hit = part.regex.match(text, place, end)
                    if hit is not None:
                        matches.append(hit)
            else:  # (one key's places are in order, each once)
                for part in self.keyed[key]:
                    match = part.regex.match
                    for place in places:
                        if pos <= place < end:
                            hit = match(text, place, end)
                            if hit is not None:
                                matches.append(hit)
        elif present:
            starts: dict[_Part, list[int]] = {}
            for key in present:
                for part in self.keyed[key]:
                    starts.setdefault(part, []).extend(index[key])
            for part, candidates in starts.items():
                # A part reached through two keys has their places merged. Every place is tried,
                # even inside an earlier match of this part: that match may lose to another
                # part's overlapping one, and then plain `finditer` goes on to find a match in
                # its tail ("every every you"); the result is a superset of plain `finditer`.
                if len(candidates) > 1:
                    candidates = sorted(set(candidates))
                match = part.regex.match
                for place in candidates:
                    if pos <= place < end:
                        hit = match(text, place, end)
                        if hit is not None:
                            matches.append(hit)
        if self.others:
            contains = lowered.__contains__
            for part in self.others:
                # (the guard of `part.finditer`, read here: most parts stop at it)
                if (
                    part.searched is not None
                    and not any(map(contains, part.words))
                    and not (part.digit and _ANY_DIGIT.search(lowered) is not None)
                ):
                    continue
                matches += part.finditer(text, pos, end, lowered)
        if len(matches) > 1:
            matches.sort(key=_match_order)
        self._last = (text, pos, end, matches)
        return iter(matches)

    def _search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        # In a few words (a span, the words before one), or in a text without a word index yet
        # (a clause a detector cut out), the whole pattern finds out at C speed whether anything
        # matches: a part matches only where the whole pattern does. Most such searches find
        # nothing, and then no word index is built for the text.
        if (
            self.parts is not None
            and (end - pos <= _SHORT or (not self.cased and text not in _INDEXES))
            and self.regex.search(text, pos, end) is None
        ):
            return None
        return next(self._finditer(text, pos, end), None)

    def search(self, text: str) -> re.Match[str] | None:
        searched = self._searched
        if text in searched:
            return searched[text]
        found = self._search(self._text(text))
        if len(text) <= _MEMO_LENGTH:
            if len(searched) >= _MEMO_KEPT:
                searched.clear()  # bounded: a long session cannot grow it without end
            searched[text] = found
        return found

    def match(self, text: str) -> re.Match[str] | None:
        matched = self._matched
        if text in matched:
            return matched[text]
        found = self.regex.match(self._text(text))
        if len(text) <= _MEMO_LENGTH:
            if len(matched) >= _MEMO_KEPT:
                matched.clear()
            matched[text] = found
        return found

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self._finditer(self._text(text))

    def scan(self, text: str) -> Iterator[re.Match[str]]:
        """Matches in `text`, which is already lower-cased (or in its own case, for a cased pattern)."""
        return self._finditer(text)

    def iter_view(self, doc: Doc, view: str) -> Iterator[re.Match[str]]:
        text: str = getattr(doc, view)
        if not self.cased:  # (`doc.view` inlined: every pattern a detector runs comes here)
            text = doc.lowered.get(text) or doc.view(view, False)
        return self._finditer(text)

    def iter_view_at_openings(self, doc: Doc, view: str) -> Iterator[re.Match[str]]:
        """`iter_view` for a pattern whose every match starts where `(?:^|(?<=[.!?]\\s))` holds:
        tried only at the text's start and after each sentence end and space, not at every
        character (where the whole pattern would be tried, to fail at the look back)."""
        text = doc.view(view, self.cased)
        starts = [0, *_after_sentence_ends(text)]
        return iter(_scan(self.regex, text, 0, len(text), starts))

    def search_view(self, doc: Doc, view: str, start: int, end: int) -> re.Match[str] | None:
        # `end` must not cut a word (a sentence or clause end): the word index reads whole words.
        return self._search(doc.view(view, self.cased), start, end)


# `match` and `search` remember what they found in texts up to this long, this many per pattern.
_MEMO_LENGTH = 200
_MEMO_KEPT = 1024

_SHORT = 100  # characters: up to this, one search of the whole pattern is cheaper than a word index


def _match_order(match: re.Match[str]) -> tuple[int, int]:
    return match.start(), -match.end()


def _tuple(value: list[str] | tuple[str, ...] | None) -> tuple[str, ...] | None:
    """A tuple of words (JSON, read back by `part_cache`, gives lists)."""
    return None if value is None else tuple(value)


class _Part:
    """Alternatives that start with the same words: one regex, one guard, one boundary check."""

    # What the analysis found: kept between runs by `part_cache` with the regex's text and flags.
    _STATE: ClassVar[tuple[str, ...]] = (
        "anchored",
        "boundary",
        "capital",
        "digit",
        "guards",
        "keys",
        "lines",
        "needed",
        "scout",
        "searched",
        "starts",
        "words",
    )
    __slots__ = (*_STATE, "regex")

    def __init__(self, pattern: str, flags: int, state: dict[str, Any]) -> None:
        """A part from its analysis (`analysed`, or an earlier run's kept by `part_cache`).

        Every attribute is set here, by name: a part compiled by mypyc (the built wheel) can
        only be made through `__init__`, never as a bare object filled in afterwards.
        """
        self.anchored: bool = state["anchored"]
        self.boundary: bool = state["boundary"]
        self.capital: bool = state["capital"]
        self.digit: bool = state["digit"]
        self.guards: tuple[str, ...] | None = _tuple(state["guards"])
        self.keys: tuple[str, ...] | None = _tuple(state["keys"])
        self.lines: bool = state["lines"]
        self.needed: tuple[str, ...] | None = _tuple(state["needed"])
        self.scout: str | None = state["scout"]
        self.searched: tuple[str, ...] | None = _tuple(state["searched"])
        self.starts: tuple[str, ...] | None = _tuple(state["starts"])
        self.words: tuple[str, ...] = tuple(state["words"])
        self.regex = _lazy(self, pattern, flags)

    @classmethod
    def analysed(
        cls,
        alternatives: list[str],
        guards: tuple[str, ...] | None,
        boundary: bool,
        flags: int,
        exact_keys: tuple[str, ...] | None = None,
        word_start: bool = False,
    ) -> _Part:
        """The part for `alternatives`, which all start with one of `guards`."""
        searched = None if guards is None else _fewest(guards)
        # A match of a boundary part starts a word with one of its guards: it is tried only
        # where such a word starts (an index lookup), never scanned for.
        first_keys = {_key(word) for word in guards or ()}
        keys = tuple(sorted(first_keys)) if boundary and guards and all(first_keys) else None
        if keys is not None and exact_keys is not None:
            keys = exact_keys  # the same places, or fewer: the whole first word
        bodies = [alternative[2:] if boundary else alternative for alternative in alternatives]
        joined = bodies[0] if len(bodies) == 1 else "|".join(f"(?:{b})" for b in bodies)
        carets = [None] * len(bodies) if boundary else [_caret_start(b, flags) for b in bodies]
        # `^` (not MULTILINE) matches only where the string starts: one `match` says it all.
        anchored = not boundary and all(caret == "text" for caret in carets)
        # Words one of which every match holds further on ("-ish" in `\b\w+-ish\b`): a cheap
        # test that skips the scan, for parts that are scanned for and whose first words are
        # unknown or say little ("." or ",").
        scanned = keys is None and not anchored and len(bodies) == 1
        vague = searched is None or all(len(word) <= 2 for word in searched)
        # A name at a word start ("\\b(?-i:[A-Z][a-z]+) will help"): only a capital that starts
        # a word can begin a match. Its regex opens with the capital instead, and checks the word
        # start after it: `re` then skips from capital to capital at C speed (see `_capital_first`).
        capital = scanned and not boundary and bodies[0].startswith(_CAPITAL_NAMES)
        # `^` under MULTILINE: a match starts where the text or a line starts, nowhere else; so
        # does one after `(?<=\n)` ("(?<=\n)\s*(?:objective|o\d)\s*:"), which needs a newline before it.
        lines = scanned and (carets[0] == "line" or bodies[0].startswith("(?<=\\n)"))
        # A part whose every match starts a word, after `^` or a lookbehind that ends with a
        # non-word character ("(?<=[.!?]\s)need"), is tried only where a word starts with one
        # of its first words (an index lookup), as finditer would find it.
        starts = (
            tuple(sorted(first_keys))
            if word_start
            and guards
            and all(first_keys)
            and keys is None
            and not (anchored or capital or lines)
            and not flags & re.IGNORECASE
            else None
        )
        # A part `re` cannot skip through to its first letters (it opens with `\\b` before a
        # quote mark, or a lookbehind: "\\b(?:has|'s)\\s+...") has them found at C speed by a
        # regex of its first words, and is tried only there, as finditer would find it.
        scout = (
            _scout_source(joined)
            if guards
            and not boundary
            and keys is None
            and starts is None
            and not (anchored or capital or lines)
            and not flags & re.IGNORECASE
            and joined.startswith(("\\b", "(?<", "(?:\\b", "(?:(?<"))
            else None
        )
        state = {
            "anchored": anchored,
            "boundary": boundary,
            "capital": capital,
            # The searched words split for a fast test: literal words, and whether any digit will do.
            "digit": DIGIT in (searched or ()),
            "guards": guards,
            "keys": keys,
            "lines": lines,
            "needed": _needed(bodies[0], flags, folded=capital) if scanned and vague else None,
            "scout": scout,
            "searched": searched,
            "starts": starts,
            "words": tuple(word for word in searched or () if word != DIGIT),
        }
        return cls(_capital_first(joined) if capital else joined, flags, state)

    def state(self) -> dict[str, Any]:
        """The analysis as plain data (see `restored`)."""
        regex: object = self.regex
        if isinstance(regex, _LazyRegex):
            pattern, flags = regex.source()
        else:  # compiled: `re` adds UNICODE to the flags of every str pattern
            pattern, flags = self.regex.pattern, self.regex.flags & ~re.UNICODE
        return {"pattern": pattern, "flags": flags, **{n: getattr(self, n) for n in self._STATE}}

    @classmethod
    def restored(cls, state: dict[str, Any]) -> _Part:
        """A part from its `state`, without analysing or compiling anything."""
        return cls(state["pattern"], state["flags"], state)

    def __reduce__(self) -> tuple[Any, ...]:
        # Copied and pickled as its state, which also works for a part compiled by mypyc.
        return (_Part.restored, (self.state(),))

    def finditer(self, text: str, pos: int, end: int, lowered: str) -> list[re.Match[str]]:
        """Matches of a part without a word index: guarded by a search for its first words."""
        searched = self.searched
        if searched is not None and not (
            any(map(lowered.__contains__, self.words))  # C-speed: no generator per call
            or (self.digit and _ANY_DIGIT.search(lowered) is not None)
        ):
            return []
        # (a capital part's words, matched case-insensitively, are folded: they tell only in
        # ASCII, where no other letter folds to theirs)
        if (
            self.needed is not None
            and not any(map(lowered.__contains__, self.needed))
            and (not self.capital or lowered.isascii())
        ):
            return []
        if self.anchored:
            match = self.regex.match(text, pos, end) if pos == 0 else None
            return [] if match is None else [match]
        if self.capital:
            return list(self.regex.finditer(text, pos, end))
        if self.lines:
            return _scan(self.regex, text, pos, end, _line_starts(text))
        if self.starts is not None:
            index = (_INDEXES.get(lowered) or _word_index(lowered))[1]
            places = [place for key in self.starts for place in index.get(key, ())]
            if len(self.starts) > 1:
                places = sorted(set(places))  # (each key's places are in order already)
            return _scan(self.regex, text, pos, end, places)
        if self.scout is not None:
            scout = _SCOUTS.get(self.scout) or _scout(self.scout)
            places = [place.start() for place in scout.finditer(text, pos, end)]
            return _scan(self.regex, text, pos, end, places)
        found = list(self.regex.finditer(text, pos, end))
        if not found or not self.boundary or not any(_inside_word(text, m.start()) for m in found):
            return found
        # A match inside a word may have hidden a real one: search again, as `\\b` would.
        exact: list[re.Match[str]] = []
        search = self.regex.search
        while pos <= end:
            match = search(text, pos, end)
            if match is None:
                break
            start = match.start()
            if _inside_word(text, start):
                pos = start + 1
                continue
            exact.append(match)
            pos = match.end() if match.end() > start else start + 1
        return exact


_SCOUTS: dict[str, re.Pattern[str]] = {}  # compiled scouts by their source


def _scout(source: str) -> re.Pattern[str]:
    compiled = _SCOUTS[source] = re.compile(source)
    return compiled


def _scout_source(pattern: str) -> str | None:
    """The source of `_first_words` for a part's regex (None: unknown)."""
    found = _first_words(pattern, 0)
    return None if found is None else found.pattern


class _LazyRegex:
    """A part's regex until its first use, when it compiles and takes its own place.

    A text reaches few of the thousand-odd parts, and compiling them all would cost a
    second of start-up; after the first use the part holds the compiled regex itself.
    """

    __slots__ = ("_flags", "_part", "_pattern")

    def __init__(self, part: _Part, pattern: str, flags: int) -> None:
        self._part, self._pattern, self._flags = part, pattern, flags

    def source(self) -> tuple[str, int]:
        return self._pattern, self._flags

    def compiled(self) -> re.Pattern[str]:
        compiled = re.compile(self._pattern, self._flags)
        self._part.regex = compiled
        return compiled

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):  # copy and pickle probe for hooks on an object built bare
            raise AttributeError(name)
        return getattr(self.compiled(), name)


def compile_all() -> None:
    """Compile every part of every pattern now, not on first use.

    A batch of texts reaches nearly all of them: paying up front keeps its pace even.
    """
    for pattern in _PATTERNS:
        for part in pattern.parts or ():
            regex: object = part.regex
            if isinstance(regex, _LazyRegex):
                regex.compiled()


def _lazy(part: _Part, pattern: str, flags: int) -> re.Pattern[str]:
    # Typed as the pattern it stands for: every use goes through attribute access.
    return _LazyRegex(part, pattern, flags)  # type: ignore[return-value]


def _scan(
    regex: re.Pattern[str], text: str, pos: int, end: int, starts: list[int]
) -> list[re.Match[str]]:
    """What `regex.finditer` finds when every match begins at one of `starts` (sorted).

    `finditer` takes the leftmost match, then searches on from its end: so does this,
    trying only the given starts. (Callers' matches are never empty: they begin with a
    letter or a literal word.)
    """
    found: list[re.Match[str]] = []
    match = regex.match
    for start in starts:
        if start < pos:
            continue
        if start >= end:
            break
        hit = match(text, start, end)
        if hit is not None:
            found.append(hit)
            pos = hit.end()
    return found


def opens_a_word_or(mark: str) -> str:
    """Where a pattern whose alternatives each open a word (`\\b` and a word character) or with
    `mark` can match. Put after a lazy run of characters, it turns away at once the places inside
    a word, where each alternative would be tried only to fail at its `\\b` (tests pin, for each
    pattern it guards, that its alternatives open so)."""
    return rf"(?:\b(?=\w)|(?={re.escape(mark)}))"


def finditer_at(regex: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """What `regex.finditer(text)` finds, when every match is non-empty and begins at one of
    `starts` (in order): `regex` is tried only there."""
    return _scan(regex, text, 0, len(text), starts)


def _first_words(pattern: str, flags: int) -> re.Pattern[str] | None:
    """A regex that finds every place where a match of `pattern` can start (None: unknown).

    Every match starts with one of the pattern's literal prefixes ("you", "can", "become"),
    so scanning for those (at C speed, with `re`'s fast skip to their first letters) and
    trying the pattern only there finds what scanning with the whole pattern finds. The
    prefixes are found one after another, without overlap, when no prefix can start inside
    another's occurrence; else each place is looked at ahead. Not under a scoped `(?i:`.
    """
    if "(?i" in pattern:
        return None
    try:
        prefixes = _prefixes(list(_parser.parse(pattern, flags)))
    except re.error:
        return None
    if prefixes is None:
        return None
    words = sorted({prefix for prefix, _complete in prefixes}, key=lambda word: (len(word), word))
    if any(word[0].isdigit() or not word.isprintable() for word in words):
        return None  # DIGIT stands for any digit
    kept: list[str] = []
    for word in words:  # a word that starts with a kept one adds no place
        if not any(word.startswith(shorter) for shorter in kept):
            kept.append(word)
    alternatives = "|".join(re.escape(word) for word in kept)
    folded = [word.lower() for word in kept]
    for word in folded:
        for other in folded:
            if any(
                other.startswith(word[k:]) or word[k:].startswith(other)
                for k in range(1, len(word))
            ):
                # `other` may start inside `word`: a zero-width look at every place finds both.
                return re.compile(f"(?=(?:{alternatives}))", flags)
    return re.compile(alternatives, flags)


# A part that starts with a case-sensitive capitalised word, and where such capitals are.
_CAPITAL_NAMES = ("\\b(?-i:[A-Z][a-z]+)", "\\b(?-i:[A-Z][a-z]++)")


def _capital_first(pattern: str) -> str:
    """`pattern`, which opens with one of `_CAPITAL_NAMES`, opening with its capital instead.

    `\\b` before a capital (a word character) holds where no word character precedes it:
    `(?<!\\w.)` just after the capital says the same (at the text's start nothing precedes it,
    and the look back fails for want of characters). A regex that opens with a case-sensitive
    character class has `re` skip to the characters of that class at C speed; one that opens
    with `\\b` is tried at every character.
    """
    name = next(name for name in _CAPITAL_NAMES if pattern.startswith(name))
    return "(?-i:[A-Z])(?<!\\w.)(?-i:" + name[len("\\b(?-i:[A-Z]") :] + pattern[len(name) :]


_NEWLINE = re.compile("\n")
# A sentence end and the space after it: where `(?<=[.!?]\s)` holds is just past one.
_AFTER_SENTENCE_END = re.compile(r"[.!?]\s")


def _after_sentence_ends(text: str) -> list[int]:
    """Where each match of `_AFTER_SENTENCE_END` in `text` ends, in order, found by `str.find`
    (cheaper than `re` trying the class at every character): just past a ".", "!" or "?" and
    the `\\s` (`str.isspace`) after it. (Matches cannot overlap: a mark is no space.)"""
    ends: list[int] = []
    find = text.find
    for mark in ".!?":
        place = find(mark)
        while place >= 0:
            if text[place + 1 : place + 2].isspace():
                ends.append(place + 2)
            place = find(mark, place + 1)
    ends.sort()
    return ends


@lru_cache(maxsize=16)
def _line_starts(text: str) -> list[int]:
    """Where `^` matches under MULTILINE: the start, and after each newline."""
    if "\n" not in text:
        return [0]  # (most texts: one line, and `in` is cheaper than a regex call)
    return [0, *(newline.end() for newline in _NEWLINE.finditer(text))]


def _caret_start(pattern: str, flags: int) -> str | None:
    """Where a pattern that opens with `^` can match: "text" (its start), "line" (under
    MULTILINE, the start of any line); None when it does not open with `^`."""
    parsed = _parser.parse(pattern, flags)
    ops = list(parsed)
    if not ops or ops[0] != (_constants.AT, _constants.AT_BEGINNING):
        return None
    return "line" if parsed.state.flags & re.MULTILINE else "text"


_SCOPED_FLAGS = re.compile(r"\(\?[a-zA-Z-]+:")


def _needed(pattern: str, flags: int, folded: bool = False) -> tuple[str, ...] | None:
    """Literal words one of which every match of `pattern` holds past its start (None: unknown).

    The literal prefixes of each tail of the top-level sequence qualify: the tail's match lies
    inside the whole match. The set whose shortest word is longest is kept (two letters at least).
    Exact case only: under IGNORECASE, or a scoped flag, a literal may match other letters;
    unless `folded`: then the words are lower-cased, one of them in the lower-cased text of
    every match in ASCII text (where case is the only way a letter matches another).
    """
    if not folded and (flags & re.IGNORECASE or _SCOPED_FLAGS.search(pattern)):
        return None
    ops = list(_parser.parse(pattern, flags))
    best: tuple[str, ...] | None = None
    shortest = 1
    for index in range(1, len(ops)):
        prefixes = _prefixes(ops[index:])
        if prefixes is None or len(prefixes) > 12:
            continue
        found = sorted({prefix.lower() if folded else prefix for prefix, _complete in prefixes})
        if any(word[0].isdigit() for word in found):
            continue  # DIGIT stands for any digit, not the character "0"
        if min(map(len, found)) > shortest:
            best, shortest = _fewest(tuple(found)), min(map(len, found))
    return best


def _fewest(guards: tuple[str, ...]) -> tuple[str, ...]:
    """The guards worth searching for: "alerting" is in a text only if "alert" is, so it goes."""
    kept: list[str] = []
    for guard in sorted(guards, key=len):
        if not any(_implies(guard, shorter) for shorter in kept):
            kept.append(guard)
    return tuple(kept)


def _implies(guard: str, other: str) -> bool:
    """Whether a text holding `guard` always holds `other` (DIGIT: some `\\d`)."""
    if other == DIGIT:
        return any(char.isdecimal() for char in guard)  # what `\d` matches
    return guard != DIGIT and other in guard


# Four letters tell most words apart from the common short ones a number word starts like
# ("for" and "fort(y)", "thi(s)" and "thir(ty)"); five made the index cost more than it saved.
_KEY_LENGTH = 4
_WORD_RUN = re.compile(r"\w+")
_WORD_SPLIT = re.compile(r"(\w+)")
_ANY_DIGIT = re.compile(r"\d")


def _key(guard: str) -> str:
    """The leading word characters of a guard, at most _KEY_LENGTH ("" when none)."""
    if guard == DIGIT:
        return DIGIT
    run = _WORD_RUN.match(guard)
    return run.group()[:_KEY_LENGTH] if run else ""


_PATTERNS: list[Rx] = []  # every pattern made (they live as long as their modules)
_ALL_KEYS: set[str] = set()  # every word start some pattern is indexed by
_NO_KEYS: frozenset[str] = frozenset()
_NO_INDEX: dict[str, list[int]] = {}


# The word indexes of the last few texts (a text's views, and the texts a detector cut out).
_INDEXES: dict[str, tuple[frozenset[str], dict[str, list[int]]]] = {}
_INDEXES_KEPT = 16


def _word_index(lowered: str) -> tuple[frozenset[str], dict[str, list[int]]]:
    """Where each indexed word start (or DIGIT) begins a word of `lowered` (kept in _INDEXES)."""
    index: dict[str, list[int]] = {}
    known = _WORD_KEYS.get
    add = index.setdefault
    words, starts = _words_and_starts(lowered)
    following_words = [*words[1:], ""]  # the word after each word ("" after the last)
    # Each word with the next: one lookup gives all the keys of both kinds.
    for pair, start in zip(zip(words, following_words, strict=False), starts, strict=False):
        keys = known(pair)
        if keys is None:
            keys = _word_keys_of(pair)
        for key in keys:  # (most words start no pattern)
            add(key, []).append(start)
    if len(_INDEXES) >= _INDEXES_KEPT:
        del _INDEXES[next(iter(_INDEXES))]  # the oldest
    indexed = _INDEXES[lowered] = (frozenset(index), index)
    return indexed


# A word of `re`'s `\w+` in ASCII text: the other characters read as spaces (a table of
# bytes: `bytes.translate` reads it directly, `str.translate` looks each character up in a dict).
_ASCII_WORDS = bytes(code if re.match(r"\w", chr(code)) else 32 for code in range(256))


def _words_and_starts(lowered: str) -> tuple[list[str], list[int]]:
    """The words (`\\w+` runs) of `lowered` and where each starts."""
    if lowered.isascii():
        # At C speed: split at each non-word character, so each piece starts one character past
        # the end of the one before (runs of separators give empty pieces, which hold no word).
        pieces = lowered.encode("ascii").translate(_ASCII_WORDS).decode("ascii").split(" ")
        # Piece i starts at the lengths of the pieces before it plus their i separators.
        starts = map(add, accumulate(map(len, pieces), initial=0), count())
        return list(filter(None, pieces)), list(compress(starts, pieces))
    # Split at word runs (text, word, text, ..., text): a word starts where the text before it
    # ends. (`starts` ends with where the text after the last word starts: one item more.)
    pieces = _WORD_SPLIT.split(lowered)
    return pieces[1::2], list(accumulate(map(len, pieces)))[0::2]


_KEYS_OF: dict[str, tuple[str, ...]] = {}
_WORD_KEYS: dict[tuple[str, str], tuple[str, ...]] = {}  # (word, next word) -> all its keys


def _word_keys_of(pair: tuple[str, str]) -> tuple[str, ...]:
    """The keys of a word followed by another ("" for none): its starts, then its two-word keys."""
    word, following = pair
    keys = _keys_of(word)
    if keys and keys[-1][-1] == " " and following:
        keys += _pair_keys(word, following)
    if len(_WORD_KEYS) > 50_000:  # bounded, as _KEYS_OF
        _WORD_KEYS.clear()
    _WORD_KEYS[pair] = keys
    return keys


def _pair_keys(word: str, following: str) -> tuple[str, ...]:
    """The indexed two-word keys of a word and the next ("you alwa" for "you always"); memoised
    with the word's own keys in _WORD_KEYS."""
    pair = word + " "
    if following[0].isdigit():  # a number: its keys say only that it starts with a digit
        return (pair + DIGIT,) if pair + DIGIT in _ALL_KEYS else ()
    return tuple(
        pair + following[:n]
        for n in range(1, min(len(following), _KEY_LENGTH) + 1)
        if pair + following[:n] in _ALL_KEYS
    )


def _keys_of(word: str) -> tuple[str, ...]:
    """The indexed starts of a word (words recur from message to message: remembered)."""
    keys = _KEYS_OF.get(word)
    if keys is None:
        found = [
            word[:n] for n in range(1, min(len(word), _KEY_LENGTH) + 1) if word[:n] in _ALL_KEYS
        ]
        if word[0].isdigit() and DIGIT not in found:  # ("0" itself may be a start: once)
            found.append(DIGIT)
        if word + " " in _ALL_KEYS:
            found.append(word + " ")
        keys = tuple(found)
        if len(_KEYS_OF) > 50_000:  # bounded: a long session cannot grow it without end
            _KEYS_OF.clear()
        _KEYS_OF[word] = keys
    return keys


def _inside_word(text: str, start: int) -> bool:
    return start > 0 and _is_word(text[start - 1])


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


DIGIT = "0"  # the guard of an alternative that starts with a digit


def _parts(pattern: str, flags: int) -> tuple[_Part, ...]:
    groups: dict[tuple[tuple[str, ...] | None, bool], list[tuple[str, tuple[str, ...] | None]]] = {}
    unguarded: list[tuple[str, bool]] = []
    at_word_start: set[str] = set()  # alternatives that match only where a word starts
    for alternative in _top_level_alternatives(pattern):
        ops = list(_parser.parse(alternative, flags))
        prefixes = _prefixes(ops)
        # A prefix that starts with a digit only tells that a word starts with a digit.
        firsts = (
            sorted({DIGIT if p[0].isdigit() else p.lower() for p, _complete in prefixes})
            if prefixes is not None
            else None
        )
        starts_with_word = bool(firsts) and all(_is_word(word[0]) for word in firsts or ())
        boundary = alternative.startswith("\\b") and starts_with_word
        # Boundary parts look their first words up in an index (any length will do); the
        # others search for them, which pays only for two letters or a rare sign ($, #, <).
        usable = firsts is not None and (
            boundary or all(len(w) >= 2 or not _is_word(w) or w == DIGIT for w in firsts)
        )
        if not usable:
            unguarded.append((alternative, boundary))
            continue
        guards = tuple(firsts or ())
        exact = _exact_keys(ops[1:], flags) if boundary else None  # after the leading `\\b`
        groups.setdefault((guards, boundary), []).append((alternative, exact))
        if starts_with_word and not boundary and _opens_a_word(ops):
            at_word_start.add(alternative)
    parts = [
        _Part.analysed(
            [alt for alt, _keys in alts],
            guards,
            boundary,
            flags,
            _union(alts),
            word_start=all(alt in at_word_start for alt, _keys in alts),
        )
        for (guards, boundary), alts in groups.items()
    ]
    # Unguarded alternatives run one by one, so each keeps its own fast prefix scan.
    parts += [
        _Part.analysed([alternative], None, boundary, flags) for alternative, boundary in unguarded
    ]
    return tuple(parts)


def _opens_a_word(ops: list[Any]) -> bool:
    """Whether the zero-width assertions `ops` open with put a match at the start of a word.

    For a match whose first character is a word character: `^`, `\\A` and `\\b` do, and so
    does a lookbehind whose last character cannot be a word character ("(?<=[.!?]\\s)");
    other lookarounds say nothing and are read past. False at the first character matched.
    """
    for op, arg in ops:
        if op is _constants.AT:
            return arg in (
                _constants.AT_BEGINNING,
                _constants.AT_BEGINNING_STRING,
                _constants.AT_BOUNDARY,
            )
        if op is _constants.ASSERT and arg[0] < 0:  # a lookbehind
            behind = list(arg[1])
            if behind and _ends_a_word(*behind[-1]):
                return True
        elif op is _constants.ASSERT or op is _constants.ASSERT_NOT:
            continue
        elif op is _constants.SUBPATTERN:
            inner = list(arg[3])
            if inner:  # (an empty group, "(?P<lead>)", matches nothing: read past it)
                return _opens_a_word(inner)
        elif op is _constants.BRANCH:  # "(?:^|(?<=[.!?]\s))": every way must open a word
            return all(_opens_a_word(list(branch)) for branch in arg[1])
        else:
            return False
    return False


def _word_keys(pattern: str, flags: int) -> tuple[str, ...] | None:
    """The word index keys of the words a whole pattern's every match starts (None: unknown).

    "(?P<lead>\\b(?:would|are)\\s+you ..." starts a word that begins "woul" or "are": it is tried
    only where the index has such a word, as finditer would find it.
    """
    if flags & re.IGNORECASE or "(?i" in pattern:
        return None  # case folding may match letters the lower-cased index does not show
    ops = list(_parser.parse(pattern, flags))
    prefixes = _prefixes(ops)
    if prefixes is None or not all(_is_word(prefix[0]) for prefix, _complete in prefixes):
        return None
    if not _opens_a_word(ops):
        return None
    keys = {DIGIT if prefix[0].isdigit() else _key(prefix) for prefix, _complete in prefixes}
    return tuple(sorted(keys)) if all(keys) else None


def _known_key(key: str) -> str:
    """The longest start of `key` already indexed (`key` itself when none is)."""
    if key == DIGIT:
        return key
    return next((key[:n] for n in range(len(key), 0, -1) if key[:n] in _ALL_KEYS), key)


def _ends_a_word(op: Any, arg: Any) -> bool:
    """Whether the one character `(op, arg)` matches is never a word character."""
    if op is _constants.LITERAL:
        return not _is_word(chr(arg))
    return op is _constants.IN and _non_word_class(arg)


def _known_parts(pattern: str, flags: int) -> tuple[_Part, ...]:
    """`_parts`, from an earlier run's analysis when there is one (see `part_cache`)."""
    states = part_cache.lookup(pattern, flags)
    if states is not None:
        try:
            return tuple(_Part.restored(state) for state in states)
        except (KeyError, TypeError, AttributeError):
            pass  # not a state this code wrote: analyse afresh
    parts = _parts(pattern, flags)
    part_cache.remember(pattern, flags, [part.state() for part in parts])
    return parts


# A prefix that holds the start of a second word says all a key can: "you\x00alwa".
_TWO_WORDS = re.compile(rf"\W\w{{{_KEY_LENGTH}}}")

_WORD_END = "\x00"  # stands, in a prefix, for something that cannot continue a word


def _union(alternatives: list[tuple[str, tuple[str, ...] | None]]) -> tuple[str, ...] | None:
    """The exact keys of a part: those of all its alternatives (None if one has none)."""
    keys: set[str] = set()
    for _alternative, exact in alternatives:
        if exact is None:
            return None
        keys.update(exact)
    return tuple(sorted(keys))


def _exact_keys(ops: list[Any], flags: int) -> tuple[str, ...] | None:
    """Index keys that name the whole first word when the pattern ends it ("you\\s+always").

    "you" then a space, `\\b` or a quote mark can only match where the word is exactly
    "you" (not "your", "yours"): the key `"you "` finds just those places, so the
    common first words of many patterns (you, i, the, it, we) are tried far less often.
    A prefix whose first word may go on keeps its usual key (its first letters).
    None when some prefix is unknown (the caller keeps the guards' keys).
    """
    if flags & re.IGNORECASE:
        return None  # case folding may match letters the lower-cased index does not show
    prefixes = _prefixes(_ends_of_words(ops), _TWO_WORDS.search)
    if prefixes is None:
        return None
    keys: set[str] = set()
    for prefix, _complete in prefixes:
        # A `\\b` before the first word (in a group: "(?:\\bthe\\s+\\d ...)") tells nothing: the
        # part's match starts a word anyway.
        prefix = prefix.lstrip(_WORD_END)
        if not prefix:
            return None
        if prefix == DIGIT or prefix[0].isdigit():
            keys.add(DIGIT)
            continue
        run = _WORD_RUN.match(prefix)
        if run is None:
            return None
        word = run.group()
        keys.add(_pair_key(prefix, run.end()) if run.end() < len(prefix) else word[:_KEY_LENGTH])
    return tuple(sorted(keys))


def _pair_key(prefix: str, end: int) -> str:
    """The key of a prefix whose first word ends at `end`, with the next word's start if known.

    Only non-word characters come between the two words, so in the text the second word
    starts the next word run: "you\\s+always" is tried only where "you" comes before "alw".
    """
    first = prefix[:end] + " "
    second = _WORD_RUN.search(prefix, end)
    if second is None:
        return first
    if second.group()[0].isdigit():
        return first + DIGIT  # "the 22nd": any word of digits after "the" (see `_pair_keys`)
    return first + second.group()[:_KEY_LENGTH]


def _ends_of_words(ops: list[Any]) -> list[Any]:
    """`ops` with each `\\b` and each non-word character class written as the literal _WORD_END."""
    out: list[Any] = []
    for op, arg in ops:
        ends_word = (op is _constants.AT and arg is _constants.AT_BOUNDARY) or (
            op is _constants.IN and _non_word_class(arg)
        )
        if ends_word:
            out.append((_constants.LITERAL, ord(_WORD_END)))
        elif op is _constants.SUBPATTERN:
            out.append((op, (*arg[:3], _ends_of_words(list(arg[3])))))
        elif op is _constants.BRANCH:
            out.append((op, (arg[0], [_ends_of_words(list(branch)) for branch in arg[1]])))
        elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT) and _separator(arg):
            out.append((_constants.LITERAL, ord(_WORD_END)))  # `\\s+`: the words it parts
        elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT):
            out.append((op, (arg[0], arg[1], _ends_of_words(list(arg[2])))))
        else:
            out.append((op, arg))
    return out


def _separator(repeat: Any) -> bool:
    """A repeat of at least one character that ends a word (`\\s+`, `[\\s,]{1,3}`)."""
    low, _high, body = repeat
    items = list(body)
    if low < 1 or len(items) != 1:
        return False
    op, arg = items[0]
    return (op is _constants.IN and _non_word_class(arg)) or (
        op is _constants.LITERAL and not _is_word(chr(arg))
    )


def _non_word_class(items: Any) -> bool:
    """A class (`\\s`, `[\\s,]`, `\\W`) every character of which ends a word."""
    return bool(items) and all(
        (
            op is _constants.CATEGORY
            and arg in (_constants.CATEGORY_SPACE, _constants.CATEGORY_NOT_WORD)
        )
        or (op is _constants.LITERAL and not _is_word(chr(arg)))
        for op, arg in items
    )


_PREFIX_LIMIT = 200


def _prefixes(
    ops: list[Any], enough: Callable[[str], object] | None = None
) -> list[tuple[str, bool]] | None:
    """The literal prefixes one of which starts every match, each marked complete or not.

    A prefix is complete when the whole of `ops` matched it, so what follows may extend it.
    A digit (`\\d`) counts as the prefix DIGIT. None when some match could start with anything.
    A prefix `enough` accepts is not extended (it saves start-up time).
    """
    outs = _expand(ops, enough)
    if outs is None or any(prefix == "" for prefix, _complete in outs):
        return None
    return outs


def _expand(
    ops: list[Any], enough: Callable[[str], object] | None = None
) -> list[tuple[str, bool]] | None:
    """`_prefixes`, where an empty prefix (a zero-width or optional start) is allowed."""
    outs: list[tuple[str, bool]] = [("", True)]
    for op, arg in ops:
        if not any(complete for _prefix, complete in outs):
            break
        if op in (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT):
            continue  # zero-width: the prefixes are unchanged
        if op is _constants.LITERAL:
            options: list[tuple[str, bool]] | None = [(chr(arg), True)]
        elif op is _constants.SUBPATTERN:
            options = _expand(list(arg[3]), enough)
        elif op is _constants.BRANCH:
            options = []
            for branch in arg[1]:
                found = _expand(list(branch), enough)
                if found is None:
                    options = None
                    break
                options += found
        elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT):
            low, high, body = arg
            inner = _expand(list(body), enough)
            if inner is None:
                options = None
            else:
                repeated = [(p, c and high == 1) for p, c in inner]
                options = repeated + ([("", True)] if low == 0 else [])
        elif op is _constants.IN and _is_digit_class(arg):
            options = [(DIGIT, False)]
        elif (
            op is _constants.IN
            and 0 < len(arg) <= 10
            and all(o is _constants.LITERAL and not chr(code).isspace() for o, code in arg)
        ):
            options = [(chr(code), True) for _o, code in arg]  # a few signs: "[<>]", "[$#]"
        else:
            options = None
        if options is None:
            outs = [(prefix, False) for prefix, _complete in outs]
            continue
        extended: list[tuple[str, bool]] = []
        for prefix, complete in outs:
            if not complete:
                extended.append((prefix, False))
                continue
            for more, more_complete in options:
                if more == DIGIT:  # a digit: a guard of its own at the start, else the end
                    # (but after the end of a word, in `_exact_keys`, it starts the next word)
                    digit = prefix + DIGIT if prefix.endswith(_WORD_END) else prefix or DIGIT
                    extended.append((digit, False))
                else:
                    longer = prefix + more
                    extended.append((longer, more_complete and not (enough and enough(longer))))
        extended = list(dict.fromkeys(extended))
        if len(extended) > _PREFIX_LIMIT:  # too many spellings: keep the shorter prefixes
            return [(prefix, False) for prefix, _complete in outs]
        outs = extended
    return outs


def _is_digit_class(items: Any) -> bool:
    return all(
        (op is _constants.CATEGORY and arg is _constants.CATEGORY_DIGIT)
        or (op is _constants.LITERAL and chr(arg).isdigit())
        or (op is _constants.RANGE and chr(arg[0]).isdigit() and chr(arg[1]).isdigit())
        for op, arg in items
    )


def _top_level_alternatives(pattern: str, depth: int = 0) -> list[str]:
    """`a|b|(?:c|d)e` -> [a, b, ce, de]: alternatives, with a leading group distributed.

    Distributing `(?:c|d)e` into `ce|de` matches the same texts and lets each
    alternative start with its own words (and be guarded by them).
    """
    parts = _split_top(pattern)
    if len(parts) == 1 and pattern.startswith("(?:") and _group_end(pattern) == len(pattern) - 1:
        inner = _split_top(pattern[3:-1])
        if len(inner) > 1 and all(_compiles(part) for part in inner):
            parts = inner
    if depth >= 3:
        return parts
    out: list[str] = []
    for part in parts:
        end = _group_end(part) if part.startswith("(?:") else -1
        quantified = end >= 0 and part[end + 1 : end + 2] in ("?", "*", "+", "{")
        if end < 0 or quantified:
            out.append(part)
            continue
        heads = _split_top(part[3:end])
        if len(heads) == 1 and end == len(part) - 1 and _compiles(heads[0]):
            out += _top_level_alternatives(heads[0], depth + 1)  # a group around everything
            continue
        # (a group of many alternatives with a tail is kept whole: distributing it would copy the
        # tail into each; a group with no tail costs nothing to split, however many it holds)
        has_tail = end < len(part) - 1
        if (
            len(heads) == 1
            or (has_tail and len(heads) > 40)
            or not all(_compiles(head) for head in heads)
        ):
            out.append(part)
            continue
        for head in heads:
            out += _top_level_alternatives(head + part[end + 1 :], depth + 1)
    return out


def _structure(pattern: str) -> Iterator[tuple[int, str, int]]:
    """(index, character, group depth after it) for each character outside escapes and classes.

    The three readers below (where a group ends, the top-level alternatives,
    whether a part is whole) walk a pattern the same way; this is that walk.
    """
    depth, index, in_class = 0, 0, False
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
        else:
            depth += {"(": 1, ")": -1}.get(char, 0)
            yield index, char, depth
        index += 1
    if in_class:
        yield len(pattern), "[", -1  # an unclosed class: reported as broken structure


def _group_end(pattern: str) -> int:
    """The index of the parenthesis closing the group that opens `pattern` (-1 if none)."""
    for index, char, depth in _structure(pattern):
        if char == ")" and depth == 0:
            return index
    return -1


def _split_top(pattern: str) -> list[str]:
    parts: list[str] = []
    start = 0
    for index, char, depth in _structure(pattern):
        if char == "|" and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
    parts.append(pattern[start:])
    return parts


def _compiles(part: str) -> bool:
    """Whether `part` is a whole pattern: its groups open and close (cheaper than compiling)."""
    depth = 0
    for _index, _char, depth in _structure(part):
        if depth < 0:
            return False
    return depth == 0


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
    # Lower-cased views by their text: views that are equal (nothing blanked) share one.
    lowered: dict[str, str] = field(default_factory=dict, repr=False)

    def view(self, name: str, cased: bool = True) -> str:
        """A view of the text by name; lower-cased (same offsets) unless `cased`."""
        original: str = getattr(self, name)
        if cased:
            return original
        lowered = self.lowered.get(original)
        if lowered is None:
            lowered = self.lowered[original] = lower_keeping_offsets(original)
        return lowered

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
            if self.text.isascii():
                found = _CLAUSE_BREAK_LOWER.finditer(self.view("text", False), start, end)
            else:
                found = _CLAUSE_BREAK.finditer(self.text, start, end)
            breaks = [(m.start(), m.end()) for m in found]
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
        trimmed_end = end
        while end > start and source[end - 1] in _STRIP:
            end -= 1
        if end <= start:
            return None
        if end < trimmed_end:
            end = _with_closing_mark(source, start, end, trimmed_end)
        # Validated: pydantic's validation (in Rust) costs half of model_construct (in Python),
        # and called directly it skips the Python frame of `BaseModel.__init__`.
        return _VALIDATE_SPAN({"text": source[start:end], "start": start, "end": end})  # type: ignore[no-any-return]

    def find(self, pattern: Rx, *, view: str = "unquoted", group: int | str = 0) -> list[Span]:
        """Spans of every match of `pattern` in a view of the text."""
        found: list[Span] = []
        text: str = getattr(self, view)
        if not pattern.cased:  # (`pattern.iter_view` inlined: most detectors come here)
            text = self.lowered.get(text) or self.view(view, False)
        for match in pattern._finditer(text):
            start, end = match.span(group)
            if start < 0:
                continue
            span = self.span(start, end)
            if span is not None:
                found.append(span)
        return found


T = TypeVar("T")
_NOT_YET = object()  # no value memoised yet (a detector may return None)


def memoised(name: str) -> Callable[[Callable[[Doc], T]], Callable[[Doc], T]]:
    """Compute a detector once per Doc (SBI, SMARTT and the signals share them)."""

    def wrap(function: Callable[[Doc], T]) -> Callable[[Doc], T]:
        def cached(doc: Doc) -> T:
            # (`get` with a marker, not `try: memo[name]`: the first call of each detector on a
            # text would raise and catch a KeyError, which costs more than the detector's lookup)
            value = doc.memo.get(name, _NOT_YET)
            if value is _NOT_YET:
                value = doc.memo[name] = function(doc)
            return value  # type: ignore[no-any-return]

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
        # A list item's sentence starts after its bullet or number: "- Sam to migrate ...".
        if (
            start < end
            and text[start] in _BULLET_CHARS
            and (bullet := _BULLET.match(text, start, end))
        ):
            start = bullet.end()
        if end > start:
            bounds.append((start, end))
    return tuple(bounds)


def quoted_regions(text: str) -> list[tuple[int, int]]:
    # What `_QUOTED.finditer` finds, tried only at quote marks (every match starts with one).
    marks = _quote_marks(text)
    return [match.span() for match in _scan(_QUOTED, text, 0, len(text), marks)]


def _quote_marks(text: str) -> list[int]:
    """Where `_QUOTE_MARK` matches in `text`, in order, found by `str.find` (`re` tries its
    look-behind at every character): each '"', and each "'" that follows no word character
    (`\\w`: a letter, a digit or "_") and no "'"."""
    marks: list[int] = []
    find = text.find
    place = find('"')
    while place >= 0:
        marks.append(place)
        place = find('"', place + 1)
    place = find("'")
    if place < 0:
        return marks
    while place >= 0:
        before = text[place - 1 : place]  # ("" at the start)
        if not (before.isalnum() or before == "_" or before == "'"):
            marks.append(place)
        place = find("'", place + 1)
    marks.sort()
    return marks


def blank(text: str, regions: Iterable[tuple[int, int]], filler: str = " ") -> str:
    """`text` with each region replaced by `filler`, newlines kept."""
    regions = list(regions)
    if not regions:
        return text  # the same object: equal views then share their caches at no cost
    chars = list(text)
    for start, end in regions:
        for index in range(max(0, start), min(len(chars), end)):
            if chars[index] != "\n":
                chars[index] = filler
    return "".join(chars)


def fold(source: str) -> str:
    # Few folded characters are ASCII: most texts hold none of them, and are kept as they are.
    if source.isascii() and not any(map(source.__contains__, _FOLDED_ASCII)):
        return source
    return source.translate(_FOLD)


_FOLDED_ASCII = tuple(chr(code) for code in _FOLD if code < 128)  # (derived: "`", tab, CR)


# `Span(**fields)` without the Python frame of `BaseModel.__init__`: the same validation.
_VALIDATE_SPAN = Span.__pydantic_validator__.validate_python


def overlaps(span: Span, regions: Iterable[tuple[int, int]]) -> bool:
    return any(span.start < end and start < span.end for start, end in regions)


# Words that link a quote to what follows: a quote that ends on one reads as cut off.
_PREPOSITIONS = (
    "of",
    "on",
    "in",
    "at",
    "for",
    "to",
    "with",
    "from",
    "by",
    "within",
    "into",
    "about",
    "during",
    "than",
    "via",
)
_DETERMINERS = ("the", "a", "an", "your", "my", "our", "their", "his", "her")
LINKING = frozenset((*_PREPOSITIONS, *_DETERMINERS, "and", "or", "is", "are"))
# ("on-call" is a word of its own)
LINKING_WORDS = rf"(?:{'|'.join(sorted(LINKING))})(?![\w'-])"
_CLAUSE_ENDS = r"(?:and|but|so|which|while|when|because|then|until|after|before|since|who|that)\b"
# Up to eight more words, the last of them not a linking word ("... as your own", not "... at the").
_REST_OF_CLAUSE = re.compile(
    rf"(?:(?:[ \t]+(?!{_CLAUSE_ENDS})[\w'#/%$-]+){{0,7}}[ \t]+(?!{_CLAUSE_ENDS}|{LINKING_WORDS})[\w'#/%$-]+)?"
)


def extended(doc: Doc, span: Span) -> Span:
    """`span` grown to the end of its clause (at most eight more words): "you interrupted Priya twice"."""
    match = _REST_OF_CLAUSE.match(doc.plain, span.end)
    if match is None or match.end() <= span.end:
        return span
    grown = doc.span(span.start, match.end())
    return grown if grown is not None else span


# "I'll give you", "ask Kai if you": cut off before what is given, or the condition.
_BEFORE_YOU = frozenset(("give", "get", "send", "walk", "show", "lend", "offer", "if"))
_OPENS_A_CLAUSE = frozenset(("what", "how", "why", "whether", "which", "who"))
# The rest of the phrase, up to its punctuation or a deadline, reason or condition if that is
# near, else the next few words (not ending on a linking one).
_REST_OF_PHRASE = re.compile(
    r"[^.!?;:,\n]{1,60}?(?=[.!?;:,\n]|$|\s+(?:by|before|within|until|because|when|if)\b)"
    rf"|(?:[ \t]+[\w'’%$-]+){{0,3}}[ \t]+(?!{LINKING_WORDS})[\w'’%$-]+",
    re.IGNORECASE,
)


# Words before a date that names a thing ("the June launch"; "next June" is a time).
_BEFORE_A_DATED_THING = frozenset((*_DETERMINERS, "its"))
_WHEN_OF_A_THING = re.compile(rf"{MONTH_FULL}|q[1-4]|h[12]|fy\d{{2,4}}|(?:19|20)\d\d")


def _cut_off(quote: str) -> bool:
    """Whether a quote stops before its phrase does: on a linking word ("depends on"), a
    possessive ("review Sam's"), a word that opens a clause ("write up what") or "give you"."""
    words = quote[-16:].lower().split()
    if not words:
        return False
    last = words[-1]
    if last in LINKING or last in _OPENS_A_CLAUSE or last.endswith(("'s", "’s")):
        return True
    # a date that names a thing, cut before it: "blocking the June" (launch), "the Q3" (release)
    if len(words) > 1 and words[-2] in _BEFORE_A_DATED_THING and _WHEN_OF_A_THING.fullmatch(last):
        return True
    return last == "you" and len(words) > 1 and words[-2] in _BEFORE_YOU


def whole_phrase(doc: Doc, span: Span) -> Span:
    """`span`, run on to the end of its phrase when it stops before it ("enterprise customers rely
    on" -> "... rely on that export for month-end reporting"): a quote cut off reads as a misquote."""
    if not _cut_off(span.text):
        return span
    rest = _REST_OF_PHRASE.match(doc.source, span.end)
    grown = doc.span(span.start, rest.end()) if rest else None
    return grown if grown is not None else span


def dedupe(spans: Iterable[Span]) -> list[Span]:
    """Spans sorted by position; duplicates and spans inside another dropped, overlapping ones merged.

    Two detectors often quote overlapping words ("we check it in our Tuesday
    1:1s" and "our Tuesday 1:1s and post status"): shown apart, the evidence
    would repeat itself.
    """
    spans = spans if isinstance(spans, list) else list(spans)
    if len(spans) < 2:
        return list(spans)  # (most calls: nothing to sort or merge)
    # Equal spans are one (a dict by their fields: no model hash, no key function per span).
    unique = {(span.start, -span.end, span.text): span for span in spans}
    ordered = [unique[key] for key in sorted(unique)]
    kept: list[Span] = []
    for span in ordered:
        last = kept[-1] if kept else None
        if last is None or span.start >= last.end:
            kept.append(span)
        elif span.end > last.end:
            # Both are slices of the same text, so the union is `last` plus span's tail.
            text = last.text + span.text[last.end - span.start :]
            kept[-1] = _VALIDATE_SPAN({"text": text, "start": last.start, "end": span.end})
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
    quotes = quoted_regions(plain)
    masked = ignored_regions(plain, sentences, quotes)
    text = blank(plain, ((start, end) for start, end, _reason in masked))
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
