"""A "one more thing" about the conversation does not switch topics.

The flags set scores single texts, where a lone "Oh, and one more thing: ..." is an aside; a turn
in a rehearsal has the conversation around it to stay on.
"""

from __future__ import annotations

from pathlib import Path

from rehearse.scoring import compute_signals, score_all
from rehearse.store import Store
from tests.engine_helpers import start

REASSURANCE = (
    "And one more thing I want to be clear about: raising this will never count against you in "
    "your promotion review next month."
)


def _flags(text: str, conversation: str = "") -> frozenset[str]:
    return compute_signals(text, score_all(text, ["smartt"]), (), conversation).flags


def test_an_opening_switch_about_the_conversation_stays_on_it() -> None:
    conversation = "Noor's promotion review is next month."
    assert "multiple_topics" in _flags(REASSURANCE)
    assert "multiple_topics" not in _flags(REASSURANCE, conversation)


def test_an_opening_switch_to_something_else_is_still_a_second_topic() -> None:
    aside = "Oh, and one more thing: the design review got moved to Thursday."
    assert "multiple_topics" in _flags(aside, "Noor's promotion review is next month.")


def test_a_switch_inside_the_turn_to_something_else_is_still_a_second_topic() -> None:
    text = "I hear you about the review. By the way, the offsite is booked for the review team."
    assert "multiple_topics" in _flags(text, "Noor's promotion review is next month.")


def test_a_switch_inside_the_turn_about_the_conversation_stays_on_it() -> None:
    # Noor, in tmux: the reassurance after a thank-you
    text = f"Thank you for telling me, and thank the other two for me. {REASSURANCE}"
    assert "multiple_topics" not in _flags(text, "Noor's promotion review is next month.")


def test_reassuring_noor_about_her_review_is_no_second_topic(tmp_path: Path) -> None:
    # In tmux, this turn to Noor was flagged "several topics" and answered with her dismissed
    # line "It sounds like it was sales' fault, then."
    rehearsal = start("receive-hard-feedback", Store(tmp_path / "history.db"))
    scored, _ = rehearsal.take_turn(REASSURANCE)
    assert "multiple_topics" not in scored.signals.flags
    assert scored.step.reaction != "dismissed"


def test_an_acknowledgement_before_the_switch_still_opens_the_turn() -> None:
    # Chris's good replay (stop 25): "Sounds good. And one more thing: please tell Priya ..."
    conversation = "Chris interrupted Priya twice while she presented the caching proposal."
    text = (
        "Sounds good. And one more thing: please tell Priya you want to hear the rest of her "
        "caching proposal."
    )
    assert "multiple_topics" not in _flags(text, conversation)
    assert "multiple_topics" in _flags("Sounds good. And one more thing: the offsite is booked.")


def test_the_scorecard_does_not_flag_a_switch_that_stays_on_the_conversation(
    tmp_path: Path,
) -> None:
    rehearsal = start("receive-hard-feedback", Store(tmp_path / "history.db"))
    scored, _ = rehearsal.take_turn(REASSURANCE)
    assert all(
        flag.kind != "multiple_topics"
        for result in scored.results.values()
        for flag in result.flags
    )
    aside, _ = rehearsal.take_turn("Oh, and one more thing: the offsite got moved to Thursday.")
    assert "multiple_topics" in aside.signals.flags
    assert any(
        flag.kind == "multiple_topics" for result in aside.results.values() for flag in result.flags
    )
