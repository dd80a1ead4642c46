"""The labelled set: jargon and fact detection floors, and every planted change caught.

The same measures, with timings, are printed by benchmarks/bench_rewrite.py.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from rehearse.rewrite.checks import check_rewrite
from rehearse.rewrite.evaluation import (
    LabelError,
    LabelledMessage,
    caught,
    change_fact,
    load_labelled,
    plantings,
    score_facts,
    score_jargon,
)
from rehearse.rewrite.plain import plain_version

LABELLED = Path(__file__).parent / "data" / "rewrite" / "messages.yaml"


@pytest.fixture(scope="module")
def messages() -> list[LabelledMessage]:
    return load_labelled(LABELLED)


def test_the_set_has_at_least_30_labelled_messages(messages: list[LabelledMessage]) -> None:
    assert len(messages) >= 30
    assert len({m.id for m in messages}) == len(messages)
    assert sum(len(m.jargon) for m in messages) >= 150
    assert sum(len(m.facts) for m in messages) >= 120


def test_jargon_recall_and_precision_floors(messages: list[LabelledMessage]) -> None:
    score = score_jargon(messages)
    assert score.recall >= 0.9, score.misses
    assert score.precision >= 0.8, score.extras


def test_fact_recall_and_precision_floors(messages: list[LabelledMessage]) -> None:
    score = score_facts(messages)
    assert score.recall >= 0.95, score.misses
    assert score.precision >= 0.9, score.extras


def test_every_planted_change_is_caught(messages: list[LabelledMessage]) -> None:
    planted = plantings(messages)
    kinds = Counter(p.kind for p in planted)
    assert kinds["removed"] >= 120 and kinds["changed"] >= 100 and kinds["invented"] >= 300
    missed = [p for p in planted if not caught(p)]
    assert missed == []


def test_the_plain_version_of_every_message_keeps_its_facts(
    messages: list[LabelledMessage],
) -> None:
    grades = []
    for message in messages:
        checks = check_rewrite(message.text, plain_version(message.text))
        assert checks.facts_ok, (message.id, checks.missing_facts, checks.added_facts)
        assert len(checks.jargon_after) <= len(checks.jargon_before), message.id
        # The grade counts syllables, so a plain phrase of longer words can cost a little.
        assert checks.grade_after <= checks.grade_before + 1.5, message.id
        grades.append((checks.grade_before, checks.grade_after))
    mean_before = sum(b for b, _ in grades) / len(grades)
    mean_after = sum(a for _, a in grades) / len(grades)
    assert mean_after <= mean_before - 1.5


@pytest.mark.parametrize(
    ("label", "changed"),
    [
        ("9am PT", "10am PT"),
        ("14:19", "15:19"),
        ("Q4", "Q1"),
        ("March 15", "March 16"),
        ("2-3 days", "2-4 days"),
        ("p99", "p98"),
        ("$18,400", "$19,400"),
        ("two", "three"),
        ("Friday", "Saturday"),
        ("Maria Chen", None),
    ],
)
def test_planted_number_changes(label: str, changed: str | None) -> None:
    assert change_fact(label) == changed


def test_a_label_missing_from_its_text_is_reported(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("- id: one\n  text: The API is slow.\n  jargon: [API, ORM]\n  facts: []\n")
    with pytest.raises(LabelError, match=r"bad.yaml: message one: label 'ORM' is not in the text"):
        load_labelled(bad)
