"""The fact extractor: units, ranges, money, dates, times, versions, names; and the comparison."""

from __future__ import annotations

import pytest

from rehearse.rewrite.facts import compare_facts, extract_facts


def facts(text: str) -> list[tuple[str, str, str]]:
    return [(f.kind, f.text, f.value) for f in extract_facts(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("it took 800 ms", ("duration", "800 ms", "800 ms")),
        ("it took 800ms", ("duration", "800ms", "800 ms")),
        ("a 30-minute window", ("duration", "30-minute", "30 min")),
        ("a 2-sprint refactor", ("duration", "2-sprint", "2 sprints")),
        ("two sprints of work", ("duration", "two sprints", "2 sprints")),
        ("twenty-five minutes late", ("duration", "twenty-five minutes", "25 min")),
        ("two and a half weeks", ("duration", "two and a half weeks", "2.5 weeks")),
        ("in 2-3 days", ("duration", "2-3 days", "2-3 days")),
        ("in 2 to 3 days", ("duration", "2 to 3 days", "2-3 days")),
        ("between $5k and $8k", ("money", "$5k and $8k", "USD 5,000-8,000")),
        ("down 10-20%", ("percent", "10-20%", "10-20%")),
        ("the p95 is high", ("percentile", "p95", "p95")),
        ("the 95th percentile", ("percentile", "95th percentile", "p95")),
        ("ships in Q1", ("quarter", "Q1", "Q1")),
        ("ships in Q1 2025", ("quarter", "Q1 2025", "Q1 2025")),
        ("the first quarter", ("quarter", "first quarter", "Q1")),
        ("costs $8k", ("money", "$8k", "USD 8,000")),
        ("costs $8,000", ("money", "$8,000", "USD 8,000")),
        ("costs 8000 dollars", ("money", "8000 dollars", "USD 8,000")),
        ("costs $2.5M", ("money", "$2.5M", "USD 2,500,000")),
        ("at 9am", ("time", "9am", "09:00")),
        ("at 9:30 PM", ("time", "9:30 PM", "21:30")),
        ("at 14:30 UTC", ("time", "14:30 UTC", "14:30 UTC")),
        ("due March 15", ("date", "March 15", "03-15")),
        ("due 15 March", ("date", "15 March", "03-15")),
        ("due March 15th, 2025", ("date", "March 15th, 2025", "2025-03-15")),
        ("due 2024-03-15", ("date", "2024-03-15", "2024-03-15")),
        ("by Friday", ("date", "Friday", "Friday")),
        ("by EOD", ("date", "EOD", "end of day")),
        ("up 80%", ("percent", "80%", "80%")),
        ("up 80 percent", ("percent", "80 percent", "80%")),
        ("release v2.3.1", ("version", "v2.3.1", "2.3.1")),
        ("we shipped 2.3.1 today", ("version", "2.3.1", "2.3.1")),
        ("in release 2.3 now", ("version", "release 2.3", "2.3")),
        ("16GB of memory", ("quantity", "16GB", "16 GB")),
        ("a SEV1 incident", ("severity", "SEV1", "SEV1")),
        ("see INC-4521", ("reference", "INC-4521", "INC-4521")),
        ("3x faster", ("number", "3x", "3x")),
        ("180k messages", ("number", "180k", "180,000")),
    ],
)
def test_extracts_each_kind(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in facts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Maria Chen will fix it", ("person", "Maria Chen", "Maria Chen")),
        ("we asked Priya yesterday", ("name", "Priya", "Priya")),
        ("ping @raj about it", ("person", "@raj", "@raj")),
        ("the Payments team agrees", ("team", "Payments team", "Payments team")),
        ("the payments team agrees", ("team", "payments team", "payments team")),
        ("the Data Platform team", ("team", "Data Platform team", "Data Platform team")),
        ("we met Team Atlas", ("team", "Team Atlas", "Team Atlas")),
    ],
)
def test_names_of_people_and_teams(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The old one broke and the whole team helped.",  # "one" is a pronoun, "whole team" no name
        "Our EC2 hosts and IPv6 and user_id2 look fine.",  # digits inside words are no numbers
        "Crash-free sessions are up. Quick update for everyone.",  # capitalised at a sentence start
        "See https://example.com/v2/2024-03-15 and `retry(3)` for details.",  # links and code
    ],
)
def test_no_false_facts(text: str) -> None:
    assert facts(text) == []


@pytest.mark.parametrize(
    ("original", "rewrite"),
    [
        ("It costs $8k.", "It costs $8,000."),
        ("A 2-sprint refactor.", "A refactor of 2 sprints."),
        ("Latency is 800 ms.", "Latency is 800ms."),
        ("Latency is 800 ms.", "It takes 0.8 seconds."),
        ("The p95 is 1.2 s.", "The 95th percentile is 1.2 seconds."),
        ("Due March 15 at 9am.", "Due 15 March at 9:00 AM."),
        ("Ships in Q1.", "Ships in the first quarter."),
        ("We need 3 engineers.", "We need three engineers."),
        ("Maria Chen and the Payments team.", "Maria and the payments team."),
        ("Up 80%.", "Up 80 percent."),
        ("It took twenty-five minutes.", "It took 25 minutes."),
        ("Two and a half weeks of work.", "2.5 weeks of work."),
    ],
)
def test_same_fact_written_differently_is_kept(original: str, rewrite: str) -> None:
    diff = compare_facts(original, rewrite)
    assert diff.missing == () and diff.added == ()


def test_missing_and_added_facts_are_named() -> None:
    diff = compare_facts(
        "p95 latency is 800 ms; the fix costs $8k and ships March 15.",
        "Most requests are slow; the fix costs $9k, ships March 15 and saves 80%.",
    )
    assert [f.text for f in diff.missing] == ["p95", "800 ms", "$8k"]
    assert [f.text for f in diff.added] == ["$9k", "80%"]
    assert diff.missing[2].as_json() == {"text": "$8k", "kind": "money", "value": "USD 8,000"}


def test_a_number_in_words_is_read_whole() -> None:
    # ("twenty-five" was read as "five", and "two and a half" as "two")
    diff = compare_facts(
        "It took twenty-five minutes over two and a half weeks.", "5 min, 2 weeks."
    )
    assert [f.text for f in diff.missing] == ["twenty-five minutes", "two and a half weeks"]
    assert [f.text for f in diff.added] == ["5 min", "2 weeks"]


def test_a_dropped_timezone_is_a_changed_fact() -> None:
    diff = compare_facts("The window starts at 9am PT.", "The window starts at 9am.")
    assert [f.text for f in diff.missing] == ["9am PT"]
    assert [f.text for f in diff.added] == ["9am"]
