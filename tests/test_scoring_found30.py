"""Scoring corrections found by rehearsing in my own words and on new dev sets (stop 30)."""

from __future__ import annotations

import pytest

from rehearse.scoring import score


def _criterion(text: str, criterion: str) -> tuple[int, list[str]]:
    result = score(text, "smartt").criterion(criterion)
    return result.score, [span.text for span in result.evidence]


def test_a_plan_checked_against_what_they_promised_others_is_a_feasibility_check() -> None:
    # Dana (stakeholder): the date is hers to keep, so the check is against her promises
    text = (
        "Can you give me Elif and Sam from Monday through the 10th to fix the leak? "
        "Does that work with what you've promised Acme?"
    )
    level, evidence = _criterion(text, "achievable")
    assert level == 2
    assert evidence == ["Does that work with what you've promised"]


@pytest.mark.parametrize(
    ("text", "not_quoted"),
    [
        ("Can you fix the leak and move bulk-invite polish to the first patch?", "patch"),
        ("Can you fix the leak and move bulk-invite polish to the first patch?", "polish"),
        (
            "Would you be up for taking the customer call with Northwind on Friday? I'd like you to walk "
            "them through the timeline and the fix.",
            "fix",
        ),
    ],
)
def test_a_direction_verb_used_as_a_noun_is_no_evidence(text: str, not_quoted: str) -> None:
    _, evidence = _criterion(text, "measurable")
    assert not_quoted not in evidence


def test_a_direction_verb_is_still_a_direction() -> None:
    level, evidence = _criterion("Can you fix the flaky login test?", "measurable")
    assert level == 1
    assert evidence
    # ... and one used as a noun is quoted when nothing better shows the direction
    assert _criterion("Pair with Sam, Priya, and Lee on the refactor.", "measurable") == (
        1,
        ["refactor"],
    )
