"""The signals scenario stages are written over: one registry, two users.

Scenario files name these in their conditions (`acknowledged_concern and
smartt.time_bound >= 2`); the scoring layer computes them for every user turn
(`rehearse.scoring.signals`). A name not in this registry is a validation
error in a scenario, and a signal the scorer does not compute fails a test.

Two kinds:
- flags, true or false for one turn (`asked_open_question`);
- levels, numbers from a rubric result: `sbi.behavior` (0 to 2) and
  `sbi.total` (0 to the rubric's maximum).

Within a stage, positive flags and levels accumulate (once the user has
acknowledged the concern in this stage, it stays acknowledged; a level is the
best reached since the stage began); negative flags describe the last turn
only, so one harsh turn does not block a stage forever.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from rehearse.rubrics import RUBRICS


@dataclass(frozen=True)
class FlagSignal:
    name: str
    description: str
    negative: bool = False


FLAGS: tuple[FlagSignal, ...] = (
    FlagSignal(
        "acknowledged_concern",
        "named, validated or reflected back the other person's concern or feeling "
        "('I hear you', 'that's a fair worry', 'you're right that the retries are fragile')",
    ),
    FlagSignal(
        "asked_open_question",
        "asked an open question (what, how, why, tell me...) rather than a yes/no or leading one",
    ),
    FlagSignal(
        "asked_for_help",
        "asked for the person's help, input or conditions "
        "('what would it take for you to get on board?', 'I need your help with...')",
    ),
    FlagSignal(
        "offered_support",
        "offered concrete help, time, resources or cover ('I'll pair with you', 'two days per sprint')",
    ),
    FlagSignal(
        "put_on_record",
        "offered to record the person's concerns or decision (an ADR, the notes, a risk log, a doc)",
    ),
    FlagSignal(
        "proposed_next_step",
        "proposed or confirmed a concrete next step ('let's meet Thursday', 'next step is...')",
    ),
    FlagSignal(
        "clear_ask",
        "made a direct request of the person: a task with at least a deliverable or a deadline",
    ),
    FlagSignal(
        "business_terms",
        "put the point in business terms: cost, money, downtime, users, customers, revenue, risk",
    ),
    FlagSignal(
        "related_to_goals",
        "tied the point to the other person's own goals ('your launch', 'what you promised sales')",
    ),
    FlagSignal(
        "committed_to_updates",
        "committed to visible progress updates with a channel or cadence",
    ),
    FlagSignal(
        "specific_praise",
        "praised a specific, observable action and its effect, not a trait",
    ),
    FlagSignal(
        "took_ownership",
        "owned a mistake or the user's own part ('I should have...', 'that's on me', 'you're right, I did')",
    ),
    FlagSignal(
        "judgmental",
        "labels, character judgments, assumed intent or sarcasm aimed at the person",
        negative=True,
    ),
    FlagSignal(
        "dismissive",
        "brushed the person's point aside ('that doesn't matter', 'not up for debate', 'just do it')",
        negative=True,
    ),
    FlagSignal(
        "defensive",
        "defended or justified themself instead of listening ('that's not true', 'I had no choice')",
        negative=True,
    ),
    FlagSignal(
        "multiple_topics",
        "raised more than one unrelated topic in one turn",
        negative=True,
    ),
)

FLAG_NAMES: frozenset[str] = frozenset(flag.name for flag in FLAGS)
NEGATIVE_FLAGS: frozenset[str] = frozenset(flag.name for flag in FLAGS if flag.negative)
POSITIVE_FLAGS: frozenset[str] = FLAG_NAMES - NEGATIVE_FLAGS


def level_names() -> dict[str, int]:
    """Every level signal with its maximum: `sbi.behavior` -> 2, `smartt.total` -> 12."""
    names: dict[str, int] = {}
    for rubric in RUBRICS.values():
        for criterion in rubric.criteria:
            names[f"{rubric.id}.{criterion.id}"] = 2
        names[f"{rubric.id}.total"] = rubric.max_total
    return names


LEVEL_NAMES: dict[str, int] = level_names()


def describe(name: str) -> str:
    for flag in FLAGS:
        if flag.name == name:
            return flag.description
    if name in LEVEL_NAMES:
        rubric, criterion = name.split(".", 1)
        return f"the {rubric.upper()} level of {criterion} (0 to {LEVEL_NAMES[name]})"
    raise KeyError(name)


@dataclass(frozen=True)
class TurnSignals:
    """The signals one user turn produced.

    `flags` holds the names of flags that fired; `levels` every level signal of
    the rubrics that scored the turn; `evidence` the words that fired a flag.
    """

    flags: frozenset[str] = frozenset()
    levels: Mapping[str, int] = field(default_factory=dict)
    evidence: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        unknown = set(self.flags) - FLAG_NAMES
        unknown |= set(self.levels) - set(LEVEL_NAMES)
        if unknown:
            raise ValueError(f"unknown signals: {', '.join(sorted(unknown))}")

    @classmethod
    def of(cls, *flags: str, **levels: int) -> TurnSignals:
        """Hand-made signals for tests: `TurnSignals.of("acknowledged_concern", smartt__time_bound=2)`."""
        return cls(
            frozenset(flags), {name.replace("__", "."): value for name, value in levels.items()}
        )


@dataclass(frozen=True)
class StageMemory:
    """What the user has shown since the current stage began (see the module doc)."""

    flags: frozenset[str] = frozenset()
    levels: Mapping[str, int] = field(default_factory=dict)

    def after(self, turn: TurnSignals) -> StageMemory:
        levels = dict(self.levels)
        for name, value in turn.levels.items():
            levels[name] = max(value, levels.get(name, 0))
        return StageMemory(frozenset(self.flags | (turn.flags & POSITIVE_FLAGS)), levels)

    def view(self, turn: TurnSignals) -> SignalView:
        """What a condition sees: accumulated positives, this turn's negatives."""
        remembered = self.after(turn)
        return SignalView(remembered.flags | (turn.flags & NEGATIVE_FLAGS), remembered.levels)


@dataclass(frozen=True)
class SignalView:
    """The values a stage condition is evaluated against."""

    flags: frozenset[str]
    levels: Mapping[str, int]

    def flag(self, name: str) -> bool:
        return name in self.flags

    def level(self, name: str) -> int:
        return int(self.levels.get(name, 0))


def unknown_names(names: Iterable[str]) -> list[str]:
    return sorted(set(names) - FLAG_NAMES - set(LEVEL_NAMES))
