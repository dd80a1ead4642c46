"""The word lists shipped in `data/`: common, encyclopedic and informal English words, names.

Both are read once, on first use, and cached. See the header of each file for
where it comes from.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
VERY_COMMON = 5000  # the top of the speech list: words too frequent to be names
_WORKPLACE_MARKER = "# everyday workplace words"


def _read_list(name: str) -> frozenset[str]:
    lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
    return frozenset(
        line.strip().lower() for line in lines if line.strip() and not line.startswith("#")
    )


@cache
def common_words() -> frozenset[str]:
    return _read_list("common_words.txt")


@cache
def very_common_words() -> frozenset[str]:
    """The most frequent words of speech, and the workplace words: never names when capitalised.

    Less frequent words of the speech list include names of characters (Dmitri),
    so a capitalised word mid-sentence is a name unless it is this common.
    """
    lines = (DATA_DIR / "common_words.txt").read_text(encoding="utf-8").splitlines()
    marker = lines.index(_WORKPLACE_MARKER)
    words = [line.strip().lower() for line in lines if line.strip() and not line.startswith("#")]
    speech = [w for w in words[:marker]][:VERY_COMMON]
    workplace = [
        line.strip().lower() for line in lines[marker:] if line.strip() and not line.startswith("#")
    ]
    return frozenset(speech) | frozenset(workplace)


def is_very_common(word: str) -> bool:
    words = very_common_words()
    return any(form in words for form in base_forms(word.lower()))


@cache
def first_names() -> frozenset[str]:
    return _read_list("first_names.txt")


@cache
def surnames() -> frozenset[str]:
    return _read_list("surnames.txt")


@cache
def _everyday_words() -> frozenset[str]:
    extra = _read_list("encyclopedic_words.txt") | _read_list("informal_words.txt")
    return common_words() | extra | first_names() | surnames()


def base_forms(word: str) -> list[str]:
    """`word` and the forms it may be an inflection of (plural, -ed, -ing, -ly, -er)."""
    forms = [word]
    for suffix, replacements in _SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            forms.extend(stem + ending for ending in replacements)
            if len(stem) > 2 and stem[-1] == stem[-2] and suffix in ("ed", "ing", "er", "est"):
                forms.append(stem[:-1])  # stopped -> stop
    return forms


# suffix -> the endings a base form may have had instead
_SUFFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ies", ("y",)),
    ("ied", ("y",)),
    ("es", ("", "e")),
    ("s", ("",)),
    ("ed", ("", "e")),
    ("ing", ("", "e")),
    ("ly", ("", "le")),
    ("ily", ("y",)),
    ("er", ("", "e")),
    ("est", ("", "e")),
    ("ness", ("",)),
    ("ment", ("",)),
)


def is_common(word: str) -> bool:
    """Is `word` (any case) a common English word, or an inflection of one?"""
    words = common_words()
    return any(form in words for form in base_forms(word.lower()))


def is_everyday(word: str) -> bool:
    """Like `is_common`, also counting informal words and the everyday words the
    lists filed as names (cloud, minor, frank): for telling rare words apart."""
    words = _everyday_words()
    return any(form in words for form in base_forms(word.lower()))
