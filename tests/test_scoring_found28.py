"""Scoring corrections found rehearsing in my own words (stop 28)."""

from __future__ import annotations

import pytest

from rehearse.scoring import score


def _evidence(text: str, rubric: str, criterion: str) -> list[str]:
    return [span.text for span in score(text, rubric).criterion(criterion).evidence]


@pytest.mark.parametrize(
    "text",
    [
        "In Tuesday's design review you cut Priya off twice, and after that neither she nor Tom "
        "said another word.",
        "At the retro you interrupted Sam and Lee; neither Sam nor Lee spoke up again.",
    ],
)
def test_two_people_going_quiet_is_impact(text: str) -> None:
    assert score(text, "sbi").criterion("impact").score >= 1


def test_neither_nor_without_going_quiet_is_no_impact() -> None:
    text = "In Tuesday's review neither Priya nor Tom had read the doc."
    assert score(text, "sbi").criterion("impact").score == 0
