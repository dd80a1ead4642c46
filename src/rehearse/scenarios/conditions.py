"""The condition language of `advance_when`: signal names, comparisons, and/or/not.

    acknowledged_concern and not dismissive
    clear_ask and smartt.time_bound >= 2 and (smartt.trackable >= 1 or committed_to_updates)

A flag (`asked_for_help`) is true or false; a level (`smartt.time_bound`) is an
integer compared with >=, >, <=, < or == against a whole number. `not` binds
tighter than `and`, which binds tighter than `or`. Names come from
`rehearse.signals`. Parsed by hand (no `eval`), once per distinct text.
"""

from __future__ import annotations

import difflib
import itertools
import operator
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

from rehearse.signals import FLAG_NAMES, LEVEL_NAMES, SignalView


class ConditionError(ValueError):
    """A condition that does not parse, names an unknown signal, or can never hold."""


_COMPARISONS: dict[str, Callable[[int, int], bool]] = {
    ">=": operator.ge,
    ">": operator.gt,
    "<=": operator.le,
    "<": operator.lt,
    "==": operator.eq,
}
_KEYWORDS = frozenset({"and", "or", "not"})

_TOKEN = re.compile(
    r"\s*(?:"
    r"(?P<name>[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?)"
    r"|(?P<number>\d+)"
    r"|(?P<op>>=|<=|==|>|<)"
    r"|(?P<paren>[()])"
    r")"
)


# --- the tree -----------------------------------------------------------------


class Condition:
    """A parsed condition; `holds(view)` evaluates it."""

    def holds(self, view: SignalView) -> bool:
        raise NotImplementedError

    def flags(self) -> frozenset[str]:
        raise NotImplementedError

    def thresholds(self) -> dict[str, set[int]]:
        """Every level this condition compares, with the numbers it compares it to."""
        raise NotImplementedError


@dataclass(frozen=True)
class Flag(Condition):
    name: str

    def holds(self, view: SignalView) -> bool:
        return view.flag(self.name)

    def flags(self) -> frozenset[str]:
        return frozenset({self.name})

    def thresholds(self) -> dict[str, set[int]]:
        return {}


@dataclass(frozen=True)
class Compare(Condition):
    level: str
    op: str
    value: int

    def holds(self, view: SignalView) -> bool:
        return _COMPARISONS[self.op](view.level(self.level), self.value)

    def flags(self) -> frozenset[str]:
        return frozenset()

    def thresholds(self) -> dict[str, set[int]]:
        return {self.level: {self.value}}


@dataclass(frozen=True)
class Not(Condition):
    operand: Condition

    def holds(self, view: SignalView) -> bool:
        return not self.operand.holds(view)

    def flags(self) -> frozenset[str]:
        return self.operand.flags()

    def thresholds(self) -> dict[str, set[int]]:
        return self.operand.thresholds()


@dataclass(frozen=True)
class AllOf(Condition):
    operands: tuple[Condition, ...]

    def holds(self, view: SignalView) -> bool:
        return all(operand.holds(view) for operand in self.operands)

    def flags(self) -> frozenset[str]:
        return frozenset().union(*(operand.flags() for operand in self.operands))

    def thresholds(self) -> dict[str, set[int]]:
        return _merge(operand.thresholds() for operand in self.operands)


@dataclass(frozen=True)
class AnyOf(Condition):
    operands: tuple[Condition, ...]

    def holds(self, view: SignalView) -> bool:
        return any(operand.holds(view) for operand in self.operands)

    def flags(self) -> frozenset[str]:
        return frozenset().union(*(operand.flags() for operand in self.operands))

    def thresholds(self) -> dict[str, set[int]]:
        return _merge(operand.thresholds() for operand in self.operands)


def _merge(parts: Iterator[dict[str, set[int]]]) -> dict[str, set[int]]:
    merged: dict[str, set[int]] = {}
    for part in parts:
        for name, values in part.items():
            merged.setdefault(name, set()).update(values)
    return merged


def signal_names(condition: Condition) -> frozenset[str]:
    return condition.flags() | frozenset(condition.thresholds())


# --- parsing ------------------------------------------------------------------


@dataclass(frozen=True)
class _Token:
    kind: str  # name, number, op, paren, keyword, end
    text: str
    column: int  # 1-based, for messages


def _tokenize(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    position = 0
    while position < len(text):
        if text[position:].strip() == "":
            break
        match = _TOKEN.match(text, position)
        if match is None or match.lastgroup is None:
            start = len(text) - len(text[position:].lstrip())
            bad = text[start:].split()[0]
            hint = " (use and, or, not)" if bad[:2] in {"&&", "||"} or bad[0] == "!" else ""
            raise ConditionError(f"unexpected {bad!r} at column {start + 1}{hint}")
        group = match.lastgroup
        token_text = match.group(group)
        kind = "keyword" if group == "name" and token_text in _KEYWORDS else group
        tokens.append(_Token(kind, token_text, match.start(group) + 1))
        position = match.end()
    tokens.append(_Token("end", "", len(text) + 1))
    return tokens


class _Parser:
    def __init__(self, text: str) -> None:
        self.tokens = _tokenize(text)
        self.index = 0

    @property
    def current(self) -> _Token:
        return self.tokens[self.index]

    def take(self) -> _Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def at_keyword(self, word: str) -> bool:
        return self.current.kind == "keyword" and self.current.text == word

    def parse(self) -> Condition:
        if self.current.kind == "end":
            raise ConditionError("the condition is empty")
        condition = self.parse_or()
        if self.current.kind != "end":
            raise self.unexpected("'and', 'or' or the end")
        return condition

    def parse_or(self) -> Condition:
        operands = [self.parse_and()]
        while self.at_keyword("or"):
            self.take()
            operands.append(self.parse_and())
        return operands[0] if len(operands) == 1 else AnyOf(tuple(operands))

    def parse_and(self) -> Condition:
        operands = [self.parse_not()]
        while self.at_keyword("and"):
            self.take()
            operands.append(self.parse_not())
        return operands[0] if len(operands) == 1 else AllOf(tuple(operands))

    def parse_not(self) -> Condition:
        if self.at_keyword("not"):
            self.take()
            return Not(self.parse_not())
        return self.parse_atom()

    def parse_atom(self) -> Condition:
        token = self.current
        if token.kind == "paren" and token.text == "(":
            self.take()
            inner = self.parse_or()
            if not (self.current.kind == "paren" and self.current.text == ")"):
                raise self.unexpected("')'")
            self.take()
            return inner
        if token.kind != "name":
            raise self.unexpected("a signal name, 'not' or '('")
        self.take()
        name = token.text
        if name in FLAG_NAMES:
            if self.current.kind == "op":
                raise ConditionError(
                    f"{name!r} is a flag (true or false) and cannot be compared "
                    f"(column {self.current.column})"
                )
            return Flag(name)
        if name in LEVEL_NAMES:
            return self.parse_comparison(name, token)
        raise ConditionError(f"unknown signal {name!r}{_suggestion(name)}")

    def parse_comparison(self, name: str, token: _Token) -> Compare:
        if self.current.kind != "op":
            raise ConditionError(
                f"{name!r} is a level (0 to {LEVEL_NAMES[name]}): compare it, "
                f"e.g. '{name} >= 2' (column {token.column})"
            )
        op = self.take().text
        if self.current.kind != "number":
            raise self.unexpected(f"a whole number after {op!r}")
        return Compare(name, op, int(self.take().text))

    def unexpected(self, expected: str) -> ConditionError:
        token = self.current
        found = "the end" if token.kind == "end" else repr(token.text)
        return ConditionError(f"expected {expected} at column {token.column}, found {found}")


def _suggestion(name: str) -> str:
    close = difflib.get_close_matches(name, sorted(FLAG_NAMES | set(LEVEL_NAMES)), n=1)
    return (
        f" (did you mean {close[0]!r}?)"
        if close
        else " (see the signal list in scenarios/README.md)"
    )


# --- reachability -------------------------------------------------------------

# Beyond this many combinations the satisfiability check is skipped (it would
# take conditions with more than ~16 distinct signals, which nobody writes).
_MAX_COMBINATIONS = 1 << 16


def _candidate_values(level: str, compared_to: set[int]) -> list[int]:
    """Values of `level` that cover every way its comparisons can come out."""
    top = LEVEL_NAMES[level]
    values = {0, top}
    for value in compared_to:
        values.update({value - 1, value, value + 1})
    return sorted(v for v in values if 0 <= v <= top)


def can_hold(condition: Condition) -> bool:
    """Whether some turn could make `condition` true.

    Any combination of flags and levels can show up in a stage's view (one
    turn can carry them all), so this is plain satisfiability, checked by
    trying the values that matter: both truth values of each flag, and each
    level just below, at and above every number it is compared with.
    """
    flags = sorted(condition.flags())
    levels = {
        name: _candidate_values(name, values) for name, values in condition.thresholds().items()
    }
    combinations = 2 ** len(flags)
    for values in levels.values():
        combinations *= len(values)
    if combinations > _MAX_COMBINATIONS:
        return True
    names = list(levels)
    for flag_values in itertools.product((False, True), repeat=len(flags)):
        on = frozenset(flag for flag, is_on in zip(flags, flag_values, strict=True) if is_on)
        for level_values in itertools.product(*(levels[name] for name in names)):
            if condition.holds(SignalView(on, dict(zip(names, level_values, strict=True)))):
                return True
    return False


EMPTY_VIEW = SignalView(frozenset(), {})


@cache
def parse(text: str) -> Condition:
    """Parse a condition; raises ConditionError with what is wrong and where."""
    return _Parser(text).parse()


def check(text: str) -> Condition:
    """Parse a condition for a stage and reject one that could never move it on,
    or one that a silent turn (no signal at all) would already satisfy."""
    condition = parse(text)
    if not can_hold(condition):
        raise ConditionError("this condition can never be true, so the stage could never be left")
    if condition.holds(EMPTY_VIEW):
        raise ConditionError(
            "this condition is true even for a turn that shows nothing; "
            "require at least one positive signal"
        )
    return condition
