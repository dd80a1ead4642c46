"""Reading grade (Flesch-Kincaid) and sentence lengths, with our own syllable counter.

No dictionary and no download: syllables are counted from vowel groups with
the usual English corrections (silent e, -es, -ed). Acronyms are spelled out
(API = three syllables); a number counts one syllable a digit, up to four.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rehearse.rewrite.tokens import sentence_spans, tokens

LONG_SENTENCE = 20  # words; plain-language guides put the limit between 15 and 25

_VOWEL_GROUPS = re.compile(r"[aeiouy]+")
_SILENT_ENDING = re.compile(r"(?:[^aeiouysxzhc]es|[^aeioudty]ed|[^aeiouyl]e)$")
# Vowel pairs read as two syllables (di-al, ac-tu-al, cre-ate), counted once more.
_TWO_SYLLABLE_PAIRS = re.compile(r"(?:ia|ua|uo|ea(?=t)|io(?!n)|[aeiou]ing)")


@dataclass(frozen=True)
class Readability:
    grade: float
    words: int
    sentences: int
    syllables: int
    sentence_lengths: tuple[int, ...]

    @property
    def long_sentences(self) -> int:
        return sum(1 for length in self.sentence_lengths if length > LONG_SENTENCE)


def syllables(word: str) -> int:
    """Syllables in one word as written (0 when it has no letter or digit)."""
    digits = sum(ch.isdigit() for ch in word)
    letters = re.sub(r"[^a-zA-Z]", "", word)
    if not letters:
        return min(digits, 4) if digits else 0
    count = min(digits, 4)
    for part in re.findall(r"[A-Z]{2,}(?![a-z])|[A-Za-z][a-z]*", letters):
        count += _part_syllables(part)
    return max(count, 1)


def _part_syllables(part: str) -> int:
    if part.isupper() and len(part) >= 2:
        # An acronym is read letter by letter unless it reads as a word (NASA, SaaS).
        return len(part) if not _VOWEL_GROUPS.search(part.lower()[1:-1]) or len(part) <= 3 else 2
    word = part.lower()
    if len(word) <= 3:
        return 1
    count = len(_VOWEL_GROUPS.findall(word))
    if _SILENT_ENDING.search(word) and count > 1:
        count -= 1
    count += len(_TWO_SYLLABLE_PAIRS.findall(word))
    return max(count, 1)


def readability(text: str) -> Readability:
    lengths: list[int] = []
    total_syllables = 0
    for start, end in sentence_spans(text):
        words = [t.text for t in tokens(text[start:end])]
        if not words:
            continue
        lengths.append(len(words))
        total_syllables += sum(syllables(w) for w in words)
    words_total = sum(lengths)
    if not words_total:
        return Readability(0.0, 0, 0, 0, ())
    grade = 0.39 * words_total / len(lengths) + 11.8 * total_syllables / words_total - 15.59
    return Readability(round(grade, 1), words_total, len(lengths), total_syllables, tuple(lengths))
