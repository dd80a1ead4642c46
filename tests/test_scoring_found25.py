"""Scoring corrections found by rehearsing Chris, Aiko, Noor and Ravi in the TUI (stop 25)."""

from __future__ import annotations

from rehearse.scoring import score


def test_a_judged_turn_quotes_its_specific_act_whole_and_offers_it_as_the_example() -> None:
    # Chris: the panel quoted "You cut" and advised keeping "you always steamroll"
    text = (
        "Yeah, it's about planning. Honestly you were kind of rude - you always steamroll "
        'people. You cut Priya off twice before her second slide and told Tom "we tried '
        'that in 2021" and moved on.'
    )
    behavior = score(text, "sbi").criterion("behavior")
    assert behavior.score == 1
    assert "You cut Priya off twice" in [span.text for span in behavior.evidence]
    assert behavior.advice is not None
    assert "like “You cut Priya off twice”" in behavior.advice
    assert "steamroll" not in behavior.advice


def test_a_judged_turn_with_no_specific_act_gets_an_example_not_its_generalisation() -> None:
    behavior = score("You were rude and you always steamroll people.", "sbi").criterion("behavior")
    assert behavior.score == 1
    assert behavior.advice is not None
    assert "steamroll" not in behavior.advice
    assert "e.g. “you interrupted Priya twice while she presented”" in behavior.advice
