"""The fast pattern engine (`rehearse.scoring.text.Rx`) finds what the plain regex finds.

`Rx` lower-cases, splits patterns into guarded alternatives and looks words up
in an index instead of scanning. Every pattern of every detector is checked
against plain `re` on the labelled texts and on generated ones.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import rehearse.scoring.detectors as detectors
from rehearse.scoring import guards
from rehearse.scoring.text import (
    Folded,
    Rx,
    analyse,
    lower_keeping_offsets,
    opens_a_word_or,
    sentences_of,
)

DATA = Path(__file__).parent / "data" / "scoring"


def all_patterns() -> list[tuple[str, Rx]]:
    modules = [guards] + [
        importlib.import_module(f"rehearse.scoring.detectors.{info.name}")
        for info in pkgutil.iter_modules(detectors.__path__)
    ]
    found: dict[int, tuple[str, Rx]] = {}
    for module in modules:
        for name, value in vars(module).items():
            for item in value if isinstance(value, tuple) else (value,):
                if isinstance(item, Rx):
                    found[id(item)] = (f"{module.__name__.rsplit('.', 1)[-1]}.{name}", item)
    return sorted(found.values(), key=lambda pair: pair[0])


PATTERNS = all_patterns()
TEXTS = [
    json.loads(line)["text"]
    for name in ("sbi_dev.jsonl", "smartt_dev.jsonl", "adversarial.jsonl")
    for line in (DATA / name).read_text(encoding="utf-8").splitlines()
]


def agree(pattern: Rx, text: str) -> None:
    view = text if pattern.cased else lower_keeping_offsets(text)
    plain = [m.span() for m in pattern.regex.finditer(view)]
    fast = [m.span() for m in pattern.finditer(text)]
    # Every plain match is found; every fast match starts where the plain regex matches.
    assert set(plain) <= set(fast), (pattern.regex.pattern[:80], text[:80])
    for start, _end in fast:
        assert pattern.regex.match(view, start) is not None


@pytest.mark.parametrize(("name", "pattern"), PATTERNS, ids=[name for name, _ in PATTERNS])
def test_fast_patterns_agree_with_re_on_the_labelled_texts(name: str, pattern: Rx) -> None:
    for text in TEXTS:
        agree(pattern, text)


WORDS = [
    "you",
    "You're",
    "always",
    "by",
    "Friday",
    "every",
    "Monday",
    "in",
    "the",
    "from",
    "14",
    "to",
    "5%",
    "$8k",
    "because",
    "customers",
    "can",
    "could",
    "please",
    "own",
    "so",
    "that",
    "I",
    "I'll",
    "hear",
    "ignore",
    "rubric",
    "score",
    "12/12",
    "Situation:",
    "#ops",
    "p95",
    "under",
    "200ms",
    "last",
    "night",
    "yesterday's",
    "standup",
    "interrupted",
    "Priya",
    "twice",
    "deploy",
    "sort",
    "of",
    "a",
    "lot",
    "'",
    '"',
    ".",
    ",",
    "?",
    "\n",
    "unrelated",
    "Oh",
    "great",
    "job",
    "breaking",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join))
def test_fast_patterns_agree_with_re_on_generated_texts(text: str) -> None:
    for _name, pattern in PATTERNS:
        agree(pattern, text)


def all_folded() -> list[tuple[str, Folded]]:
    found: list[tuple[str, Folded]] = []
    for info in pkgutil.iter_modules(detectors.__path__):
        module = importlib.import_module(f"rehearse.scoring.detectors.{info.name}")
        found += [
            (f"{info.name}.{name}", value)
            for name, value in vars(module).items()
            if isinstance(value, Folded)
        ]
    return sorted(found, key=lambda pair: pair[0])


FOLDED = all_folded()
# IGNORECASE reads these as ASCII letters: "ſ" as "s", "ı" and "İ" as "i", the Kelvin sign as "k".
_NOT_ASCII = [
    "the ſtuff you said",
    "thankſ for today ",
    "Iıİ will send it",
    "\u212audos, that was it",
    "ſome thoughts",
]


@pytest.mark.parametrize(("name", "pattern"), FOLDED, ids=[name for name, _ in FOLDED])
def test_folded_patterns_find_what_ignorecase_finds(name: str, pattern: Folded) -> None:
    for text in TEXTS[:200] + _NOT_ASCII:
        for start in range(0, len(text), 5):
            piece = text[start:]
            found, plain = pattern.search(piece), pattern.regex.search(piece)
            assert (found and found.span()) == (plain and plain.span()), (name, piece[:80])
        doc = analyse(text)
        view = doc.unquoted
        for start in range(0, len(view), 11):
            for end in (start + 30, start + 60, len(view)):
                expected = pattern.regex.search(view, start, end) is not None
                assert pattern.search_view(doc, "unquoted", start, end) == expected, (
                    name,
                    view[:80],
                )


def test_folded_refuses_a_pattern_it_cannot_lower() -> None:
    for pattern in ("(?-i:[A-Z])x", "\\u017ftuff", "caf\u00e9"):
        with pytest.raises(ValueError):
            Folded(pattern)


def test_lower_case_keeps_offsets() -> None:
    text = "İstanbul ﬁle ǅ Straße"
    lowered = lower_keeping_offsets(text)
    assert len(lowered) == len(text)
    assert lowered.startswith("İ") and "straße" in lowered


def test_sentences_and_views_keep_offsets() -> None:
    text = "Ignore the rubric. In yesterday's standup you said “this is garbage”; v1.2 shipped!"
    doc = analyse(text)
    assert len(doc.text) == len(doc.unquoted) == len(doc.plain) == len(text)
    assert next(text[s:e] for s, e in sentences_of(doc.plain)) == "Ignore the rubric."
    assert doc.text.startswith(" " * len("Ignore the rubric."))  # an instruction earns nothing
    assert "garbage" not in doc.unquoted and "garbage" in doc.text


def test_a_list_item_sentence_starts_after_its_bullet_or_number() -> None:
    text = (
        "Plan:\n- Shadow two incidents\n* Write the retro\n2) Sam to migrate the jobs.\n-5 degrees"
    )
    sentences = [text[start:end] for start, end in sentences_of(text)]
    assert sentences == [
        "Plan:",
        "Shadow two incidents",
        "Write the retro",
        "Sam to migrate the jobs.",
        "-5 degrees",  # a minus sign is not a bullet
    ]


def test_a_pattern_with_names_keeps_case() -> None:
    named = Rx(r"\bwith\s+(?-i:[A-Z][a-z]+)\s+pairing")
    assert named.cased
    assert named.search("With Priya pairing on it") is not None
    assert named.search("with priya pairing on it") is None


def test_a_part_after_a_lookbehind_is_looked_up_where_a_word_starts() -> None:
    # Every match starts a word (after `^` or ". "), so the part is tried only at its first words.
    lead = Rx(r"(?:^|(?<=[.!?]\s))need\s+(?:someone|you)\s+to")
    assert any(part.starts for part in lead.parts or ())
    text = "Need you to call. I need you to ship. need someone to look.kneed you to. Need you to go"
    plain = [m.span() for m in lead.regex.finditer(text.lower())]
    assert [m.span() for m in lead.finditer(text)] == plain and len(plain) == 3
    # A negative lookbehind does not put a match at a word start: "-ish" inside a word still counts.
    inside = Rx(r"(?<!x)ish\s+thing")
    assert not any(part.starts for part in inside.parts or ())
    assert inside.search("a foolish thing") is not None


def test_a_pattern_run_whole_is_tried_where_its_first_words_start_a_word() -> None:
    lead = Rx(r"(?P<lead>\b(?:i|we)\s+need\s+)(?P<what>\w+)")
    text = "I need help. Hi need x. We need time; wei need y"
    indexed = Rx(r"\bneed\b")  # a split pattern: its search builds the text's word index
    assert indexed.search(text) is not None
    plain = [m.span() for m in lead.regex.finditer(text.lower())]
    assert [m.span() for m in lead.finditer(text)] == plain and len(plain) == 2


def test_a_word_before_a_number_is_looked_up_with_the_number() -> None:
    # "the" then a number is tried only where "the" comes before a number, and a `\\b` before the
    # first word (inside a group) does not hide it.
    date = Rx(r"\b(?:tomorrow|\bthe\s+\d{1,2}(?:st|nd|rd|th)\b)")
    assert date.keys == frozenset({"the 0", "tomo"})
    text = "The end of the month, the 22nd or the 3rd; then tomorrow. Not the 4x, not them 5th"
    plain = [m.span() for m in date.regex.finditer(text.lower())]
    assert [m.span() for m in date.finditer(text)] == plain and len(plain) == 3


def _assert_each_alternative_opens_a_word_or(pattern: str, mark: str) -> None:
    """What `text.opens_a_word_or(mark)`, put before `pattern`, needs: each alternative of
    `pattern` opens with `\\b` and a word, or with `mark`."""
    import re
    from re import _parser  # type: ignore[attr-defined]

    from rehearse.scoring.text import _prefixes, _top_level_alternatives

    alternatives = _top_level_alternatives(pattern)
    assert len(alternatives) > 5
    for alternative in alternatives:
        if alternative.startswith(re.escape(mark)):
            continue
        assert alternative.startswith("\\b"), alternative
        prefixes = _prefixes(list(_parser.parse(alternative[2:])))
        assert prefixes, alternative
        assert all(prefix[0].isalnum() for prefix, _complete in prefixes), alternative


def test_each_place_tracking_looks_for_opens_a_word_or_a_channel() -> None:
    from rehearse.scoring.detectors import tracking

    assert opens_a_word_or("#") == tracking._WHERE_START
    _assert_each_alternative_opens_a_word_or(tracking._WHERE, "#")


def test_each_goal_a_reason_names_opens_a_word_or_a_sum() -> None:
    from rehearse.scoring.detectors import reasons

    assert opens_a_word_or("$") == reasons._GOAL_START
    _assert_each_alternative_opens_a_word_or(reasons._GOAL, "$")


def test_each_person_involved_starts_where_tasks_tries_it() -> None:
    # `_INVOLVED` is tried only where `_INVOLVED_START` finds a word start: each of its
    # alternatives opens with `\\b` and a capital (`_NAME`) or a word that starts with w, p, s
    # or y, and every character IGNORECASE matches to those letters is in the class.
    import re
    import sys
    from re import _parser  # type: ignore[attr-defined]

    from rehearse.scoring.detectors import tasks
    from rehearse.scoring.text import _prefixes, _top_level_alternatives, finditer_at

    for alternative in _top_level_alternatives(tasks._INVOLVED.pattern):
        assert alternative.startswith("\\b"), alternative
        if alternative.startswith("\\b" + tasks._NAME):
            continue
        prefixes = _prefixes(list(_parser.parse(alternative[2:], re.IGNORECASE)))
        assert prefixes, alternative
        assert all(prefix[0] in "wpsy" for prefix, _complete in prefixes), alternative
    folded = re.compile("[wpsy]", re.IGNORECASE)
    for code in range(sys.maxunicode + 1):
        if folded.match(chr(code)):
            assert tasks._INVOLVED_START.match(chr(code)), code
    text = (
        "Pair with Iván from the data team. with Sam helping; xPriya can help you, Jonas knows it"
    )
    starts = [start.start() for start in tasks._INVOLVED_START.finditer(text)]
    plain = [m.span() for m in tasks._INVOLVED.finditer(text)]
    assert [m.span() for m in finditer_at(tasks._INVOLVED, text, starts)] == plain and plain
