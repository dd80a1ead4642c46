"""The deterministic plain-language version: no fact lost, less jargon, a lower grade."""

from __future__ import annotations

import pytest

from rehearse.rewrite.checks import check_rewrite
from rehearse.rewrite.facts import extract_facts
from rehearse.rewrite.glossary import glossary
from rehearse.rewrite.jargon import find_jargon
from rehearse.rewrite.plain import plain_version
from rehearse.rewrite.readability import readability, syllables

JARGON_HEAVY = [
    "The p95 latency on the checkout API regressed to 800 ms after the v2.3.1 deploy; we "
    "need 2 sprints to refactor the ORM layer before the Q1 launch, and the Payments team agrees.",
    "Our tech debt in the billing monolith means every schema migration takes 2-3 days of manual "
    "QA, so feature flags and canary releases are blocked until we decouple the invoicing "
    "microservice, which will cost roughly $40k in contractor time.",
    "We had a SEV1 last night: a memory leak in the session cache caused 5xx errors for 42 "
    "minutes, which breached our 99.9% SLA for the month, and Maria Chen is writing the "
    "postmortem, due Friday.",
]


@pytest.mark.parametrize("text", JARGON_HEAVY)
def test_plain_version_keeps_every_fact_and_lowers_grade_and_jargon(text: str) -> None:
    plain = plain_version(text)
    checks = check_rewrite(text, plain)
    assert checks.missing_facts == () and checks.added_facts == ()
    assert checks.grade_after < checks.grade_before - 2
    assert len(checks.jargon_after) < len(checks.jargon_before) / 2


def test_stand_ins_replace_terms_in_their_grammatical_form() -> None:
    plain = plain_version("We deployed the fix and are rolling back the API change.")
    assert plain == "We released the fix and are reverting the interface change."


def test_terms_that_are_facts_are_explained_not_replaced() -> None:
    plain = plain_version("The p95 is 800 ms.")
    assert plain.startswith("The p95 is 800 ms.")
    assert "“p95” means" in plain


def test_long_sentences_are_split_at_clause_boundaries() -> None:
    text = (
        "The nightly job that copies orders to the reporting store failed twice this week, "
        "but the retry picked up every order and nobody saw stale numbers on the board."
    )
    plain = plain_version(text)
    assert "week. But the retry" in plain
    assert max(readability(plain).sentence_lengths) <= 16


def test_links_code_and_compound_names_are_left_as_written() -> None:
    text = "Run `deploy --canary` and install cert-manager, see https://example.com/API docs."
    plain = plain_version(text)
    assert (
        "`deploy --canary`" in plain
        and "cert-manager" in plain
        and "https://example.com/API" in plain
    )


def test_a_message_without_jargon_is_unchanged() -> None:
    text = "Quick update: the redesign shipped on Monday and sign-ups are up 4%. Thanks, everyone!"
    assert plain_version(text) == text


def test_glossary_texts_add_no_fact_and_stand_ins_add_no_jargon() -> None:
    """The plain version inserts these texts: they must not add a fact or a term to explain."""
    for entry in glossary().entries.values():
        assert extract_facts(entry.plain) == [], entry.term
        if entry.swap:
            assert extract_facts(entry.swap) == [], entry.term
            assert find_jargon(entry.swap) == [], entry.term


@pytest.mark.parametrize(
    ("word", "count"),
    [
        ("cat", 1),
        ("table", 2),
        ("people", 2),
        ("latency", 3),
        ("deployment", 3),
        ("capacity", 4),
        ("jumped", 1),
        ("wanted", 2),
        ("API", 3),
        ("800", 3),
        ("", 0),
    ],
)
def test_syllable_counter(word: str, count: int) -> None:
    assert syllables(word) == count


def test_grade_and_sentence_lengths() -> None:
    easy = readability("The cat sat. The dog ran. We had fun.")
    hard = readability(
        "Notwithstanding considerable organizational complexity, the infrastructure modernization "
        "initiative necessitates comprehensive interdepartmental coordination."
    )
    assert easy.sentence_lengths == (3, 3, 3)
    assert easy.grade < 2 < 15 < hard.grade
    assert readability("").grade == 0.0


def test_a_stand_in_does_not_repeat_the_noun_that_follows() -> None:
    from rehearse.rewrite.plain import plain_version

    assert "live connections" in plain_version("We drop all websocket connections for ~90s.")
    assert "connection connections" not in plain_version(
        "We drop all websocket connections for ~90s."
    )


def test_a_noun_used_as_a_verb_is_explained_not_swapped() -> None:
    from rehearse.rewrite.plain import plain_version

    # Found in tmux: "it OOMs every 4-6h" became "It out-of-memory crashes every 4-6h".
    verb = plain_version("The service has a heap leak; it OOMs every 4-6h.")
    assert "it OOMs every 4-6h" in verb and "“OOMs” means out of memory" in verb
    assert "three out-of-memory crashes" in plain_version("We had three OOMs last week.")


def test_a_product_named_with_its_version_keeps_its_name_and_is_explained() -> None:
    # Found in tmux: "from Postgres 12 to 16" became "from our database 12 to 16".
    text = "We need to migrate the payments DB from Postgres 12 to 16 before 28 February."
    plain = plain_version(text)
    assert "from Postgres 12 to 16" in plain
    assert "“Postgres” means" in plain
    assert "“DB” means database" in plain
    assert plain_version("Our Postgres upgrade is late.") == "Our database upgrade is late."


def test_upgrading_a_product_to_a_version_keeps_its_name_and_code_keeps_db() -> None:
    assert plain_version("Upgrade Postgres to 16.").startswith("Upgrade Postgres to 16.")
    assert plain_version("Set DB=orders in the env.").startswith("Set DB=orders in the env.")
