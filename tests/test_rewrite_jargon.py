"""Jargon: glossary terms with their inflections, unknown acronyms, code names, rare words."""

from __future__ import annotations

import pytest

from rehearse.rewrite.glossary import glossary, inflect
from rehearse.rewrite.jargon import find_jargon


def terms(text: str) -> list[tuple[str, str]]:
    return [(j.term, j.kind) for j in find_jargon(text)]


def test_glossary_has_at_least_300_terms_each_explained() -> None:
    entries = glossary().entries
    assert len(entries) >= 300
    assert all(entry.plain.strip() for entry in entries.values())


def test_glossary_terms_match_with_their_inflections() -> None:
    found = terms("We deployed two APIs, are rolling back the memory leaks and refactored it.")
    assert ("deployed", "glossary") in found
    assert ("APIs", "glossary") in found
    assert ("rolling back", "glossary") in found
    assert ("memory leaks", "glossary") in found
    assert ("refactored", "glossary") in found


def test_longest_term_wins() -> None:
    assert terms("The API gateway timed out.") == [("API gateway", "glossary")]


def test_capitalised_terms_whose_lowercase_is_a_word_match_exactly() -> None:
    assert ("Rust", "glossary") in terms("The service is written in Rust.")
    assert terms("The rust on the gate.") == []


@pytest.mark.parametrize(
    ("text", "term", "kind"),
    [
        ("Call OrderService first.", "OrderService", "identifier"),
        ("Set max_pool_size to ten.", "max_pool_size", "identifier"),
        ("It calls releaseConn when done.", "releaseConn", "identifier"),
        ("Edit src/db/pool.py today.", "src/db/pool.py", "path"),
        ("Logs are in /var/log/app.", "/var/log/app", "path"),
        ("Run `kubectl rollout restart` now.", "kubectl rollout restart", "code"),
        ("Use the --dry-run flag.", "dry-run", "identifier"),
        ("It runs on x86 hosts.", "x86", "identifier"),
        ("The JVM heap settings.", "JVM", "acronym"),
        ("We shipped v2.3.1 today.", "v2.3.1", "version"),
        ("The memoization layer is slow.", "memoization", "rare"),
    ],
)
def test_unknown_jargon_is_found_by_its_shape(text: str, term: str, kind: str) -> None:
    assert (term, kind) in terms(text)


@pytest.mark.parametrize(
    "text",
    [
        "Quick update for the team: the new onboarding flow shipped on Monday; customers like it.",
        "Please send the CEO and the VP of Sales an update ASAP; the FAQ and the PDF are ready.",
        "This is NOT urgent, but it would help if you could look at it before the offsite.",
        "Read our notes at https://example.com/docs/release_notes or mail ops@example.com.",
        # an everyday verb done again (found in tmux: "restarts" was called uncommon)
        "The service restarts twice a day and we reopened the old ticket.",
    ],
)
def test_plain_messages_have_no_jargon(text: str) -> None:
    assert terms(text) == []


def test_each_term_is_listed_once_with_every_place_it_occurs() -> None:
    text = "The API is slow. The API times out."
    [api] = find_jargon(text)
    assert api.as_json() == {"term": "API", "plain": glossary().entries["API"].plain}
    assert [text[start:end] for start, end in api.spans] == ["API", "API"]


@pytest.mark.parametrize(
    ("phrase", "form", "pos", "expected"),
    [
        ("release", "ed", "verb", "released"),
        ("revert", "ing", "verb", "reverting"),
        ("ship a fix on top", "ed", "verb", "shipped a fix on top"),
        ("interface", "s", "noun", "interfaces"),
        ("accumulated shortcuts", "s", "noun", "accumulated shortcuts"),
        ("slice", "s", "both", "slices"),
    ],
)
def test_stand_ins_take_the_form_of_the_term(
    phrase: str, form: str, pos: str, expected: str
) -> None:
    assert inflect(phrase, form, pos) == expected  # type: ignore[arg-type]
