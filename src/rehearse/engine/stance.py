"""How guarded the persona is: a resistance level that moves with what the user does.

Judgmental, dismissive or defensive turns raise it; acknowledging a concern,
asking openly or asking for help lower it, and so does moving the conversation
to its next stage. The front end shows it; it never decides the outcome.
"""

from __future__ import annotations

from dataclasses import dataclass

from rehearse.signals import TurnSignals

MIN_RESISTANCE = 0
MAX_RESISTANCE = 10

RAISES = {"judgmental": 2, "dismissive": 2, "defensive": 1, "multiple_topics": 1}
LOWERS = {
    "acknowledged_concern": 1,
    "asked_open_question": 1,
    "asked_for_help": 1,
    "specific_praise": 1,
}
ADVANCING_LOWERS = 1

LABELS = (
    (2, "open"),
    (4, "willing"),
    (6, "guarded"),
    (8, "resistant"),
    (MAX_RESISTANCE, "shut down"),
)


def initial_resistance(difficulty: int) -> int:
    """Harder scenarios start further from agreement."""
    return {1: 4, 2: 5, 3: 6}.get(difficulty, 5)


def next_resistance(current: int, signals: TurnSignals, *, advanced: bool) -> int:
    change = sum(v for name, v in RAISES.items() if name in signals.flags)
    change -= sum(v for name, v in LOWERS.items() if name in signals.flags)
    if advanced:
        change -= ADVANCING_LOWERS
    return max(MIN_RESISTANCE, min(MAX_RESISTANCE, current + change))


def label(resistance: int) -> str:
    for ceiling, name in LABELS:
        if resistance <= ceiling:
            return name
    return LABELS[-1][1]


@dataclass(frozen=True)
class Stance:
    resistance: int
    trend: int  # the last turn's change: > 0 more resistant, < 0 softer

    @property
    def label(self) -> str:
        return label(self.resistance)

    @property
    def trust(self) -> int:
        """The same level seen the other way round, for a front end that shows trust."""
        return MAX_RESISTANCE - self.resistance
