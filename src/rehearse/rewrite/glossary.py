"""The curated glossary (`data/glossary.yaml`): terms, plain explanations, stand-ins.

Loaded once and cached. Terms match with their inflections (API -> APIs,
deploy -> deployed, roll back -> rolling back), longest term first, and
case-insensitively unless the term is capitalised and its lowercase form is
an everyday word (Rust, Helm, HA), or the entry says `case: exact`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

import yaml

from rehearse.rewrite.tokens import Token, tokens
from rehearse.rewrite.wordlists import DATA_DIR, is_everyday

Form = Literal["base", "s", "ed", "ing"]
_FIELDS = frozenset({"plain", "swap", "pos", "also", "case"})
_POSSESSIVE = re.compile(r"['’]s$")


class GlossaryError(Exception):
    """The glossary file is malformed (names the entry and the field)."""


@dataclass(frozen=True)
class Entry:
    term: str
    plain: str
    swap: str | None = None
    pos: Literal["noun", "verb", "both"] = "noun"
    also: tuple[str, ...] = ()
    exact: bool = False


@dataclass(frozen=True)
class Match:
    entry: Entry
    form: Form
    text: str
    start: int
    end: int
    part: bool = False  # found inside a compound word (cert-manager): explain it, never swap it


class Glossary:
    def __init__(self, entries: list[Entry]) -> None:
        self.entries = {entry.term: entry for entry in entries}
        self._folded: dict[tuple[str, ...], tuple[Entry, Form]] = {}
        self._exact: dict[tuple[str, ...], tuple[Entry, Form]] = {}
        for entry in entries:
            for spelling in (entry.term, *entry.also):
                exact = entry.exact or _needs_exact_case(spelling)
                table = self._exact if exact else self._folded
                for words, form in _surface_forms(spelling, entry.pos):
                    key = words if exact else tuple(w.lower() for w in words)
                    table.setdefault(key, (entry, form))
        self.max_words = max((len(key) for key in (*self._folded, *self._exact)), default=1)

    def __len__(self) -> int:
        return len(self.entries)

    def lookup(self, words: tuple[str, ...]) -> tuple[Entry, Form] | None:
        return self._exact.get(words) or self._folded.get(tuple(w.lower() for w in words))

    def is_term_word(self, word: str) -> bool:
        return self.lookup((_POSSESSIVE.sub("", word),)) is not None

    def find(self, text: str, words: list[Token] | None = None) -> list[Match]:
        """Every glossary term in `text`, longest first, left to right."""
        words = tokens(text) if words is None else words
        found: list[Match] = []
        i = 0
        while i < len(words):
            match = self._match_at(text, words, i)
            if match is not None:
                found.append(match[0])
                i += match[1]
                continue
            found.extend(self._match_parts(words[i]))
            i += 1
        return found

    def _match_at(self, text: str, words: list[Token], i: int) -> tuple[Match, int] | None:
        longest = 1
        while (
            longest < self.max_words
            and i + longest < len(words)
            and text[words[i + longest - 1].end : words[i + longest].start] in (" ", "\u00a0")
        ):
            longest += 1
        for n in range(longest, 0, -1):
            run = words[i : i + n]
            texts = tuple(t.text for t in run)
            last = _POSSESSIVE.sub("", texts[-1])
            for candidate in (texts, (*texts[:-1], last)):
                hit = self.lookup(candidate)
                if hit is not None:
                    end = run[-1].start + len(candidate[-1])
                    return Match(hit[0], hit[1], text[run[0].start : end], run[0].start, end), n
        return None

    def _match_parts(self, token: Token) -> Iterator[Match]:
        """Terms inside a compound: `API-level`, `Kubernetes-based`, `Redis/Postgres`."""
        if "-" not in token.text and "/" not in token.text:
            return
        for part in re.finditer(r"[^-/]+", token.text):
            hit = self.lookup((part.group(),))
            if hit is not None and part.group() != token.text:
                start = token.start + part.start()
                yield Match(
                    hit[0], hit[1], part.group(), start, start + len(part.group()), part=True
                )


@cache
def glossary() -> Glossary:
    path = DATA_DIR / "glossary.yaml"
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open(encoding="utf-8") as handle:
        raw = yaml.load(handle, Loader=loader)
    if not isinstance(raw, dict):
        raise GlossaryError(f"{path}: expected a mapping of term -> {{plain, swap, ...}}")
    return Glossary([_entry(path.name, term, fields) for term, fields in raw.items()])


def _entry(source: str, term: Any, fields: Any) -> Entry:
    where = f"{source}: {term!r}"
    if not isinstance(fields, dict) or not isinstance(fields.get("plain"), str):
        raise GlossaryError(f"{where}: needs a `plain` explanation")
    unknown = set(fields) - _FIELDS
    if unknown:
        raise GlossaryError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
    pos = fields.get("pos", "noun")
    if pos not in ("noun", "verb", "both"):
        raise GlossaryError(f"{where}: pos must be noun, verb or both, not {pos!r}")
    return Entry(
        term=str(term),
        plain=fields["plain"],
        swap=fields.get("swap"),
        pos=pos,
        also=tuple(str(a) for a in fields.get("also", ())),
        exact=fields.get("case") == "exact",
    )


def _needs_exact_case(term: str) -> bool:
    """Rust, Helm, HA, CD: capitalised terms whose lowercase is an everyday word."""
    return term != term.lower() and " " not in term and is_everyday(term)


def _surface_forms(term: str, pos: str) -> Iterator[tuple[tuple[str, ...], Form]]:
    words = tuple(term.split())
    yield words, "base"
    if pos in ("noun", "both"):
        yield (*words[:-1], plural(words[-1])), "s"
    if pos in ("verb", "both"):
        # Phrasal verbs inflect their first word: roll back -> rolled back.
        head, rest = words[0], words[1:]
        yield (third_person(head), *rest), "s"
        yield (past(head), *rest), "ed"
        yield (present_participle(head), *rest), "ing"


def inflect(phrase: str, form: Form, pos: str) -> str:
    """Put a stand-in phrase in the same form as the term it replaces."""
    if form == "base":
        return phrase
    words = phrase.split(" ")
    if pos == "noun" or (pos == "both" and form == "s"):
        if not re.search(r"[^s]s$", words[-1]):  # "accumulated shortcuts" is plural already
            words[-1] = plural(words[-1])
    else:
        change = {"s": third_person, "ed": past, "ing": present_participle}[form]
        words[0] = change(words[0])
    return " ".join(words)


def plural(word: str) -> str:
    if word.isupper() or word[-1:].isdigit():
        return word + "s"  # APIs, CVEs, SEV1s
    if re.search(r"(?:s|x|z|ch|sh)$", word):
        return word + "es"
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    return word + "s"


def third_person(word: str) -> str:
    return plural(word)


def past(word: str) -> str:
    if word.endswith("e"):
        return word + "d"
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ied"
    if _doubles(word):
        return word + word[-1] + "ed"
    return word + "ed"


def present_participle(word: str) -> str:
    if word.endswith("ie"):
        return word[:-2] + "ying"
    if word.endswith("e") and not word.endswith("ee") and len(word) > 2:
        return word[:-1] + "ing"
    if _doubles(word):
        return word + word[-1] + "ing"
    return word + "ing"


def _doubles(word: str) -> bool:
    """stop -> stopped, commit -> committed; open -> opened."""
    return bool(re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", word)) or word in {
        "commit",
        "submit",
        "admit",
    }
