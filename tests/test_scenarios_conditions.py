"""The `advance_when` language: parsing, precedence, errors, reachability."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rehearse.scenarios.conditions import ConditionError, can_hold, check, parse, signal_names
from rehearse.signals import LEVEL_NAMES, SignalView


def view(*flags: str, **levels: int) -> SignalView:
    return SignalView(frozenset(flags), {k.replace("__", "."): v for k, v in levels.items()})


@pytest.mark.parametrize(
    ("text", "signals", "expected"),
    [
        ("acknowledged_concern", view("acknowledged_concern"), True),
        ("acknowledged_concern", view(), False),
        ("not judgmental and asked_for_help", view("asked_for_help"), True),
        ("not judgmental and asked_for_help", view("asked_for_help", "judgmental"), False),
        ("smartt.time_bound >= 2", view(smartt__time_bound=2), True),
        ("smartt.time_bound >= 2", view(smartt__time_bound=1), False),
        ("smartt.time_bound > 1", view(smartt__time_bound=2), True),
        ("sbi.impact <= 1 and clear_ask", view("clear_ask", sbi__impact=1), True),
        ("sbi.impact < 1 and clear_ask", view("clear_ask", sbi__impact=1), False),
        ("sbi.total == 6", view(sbi__total=6), True),
        # `and` binds tighter than `or`; parentheses override.
        ("clear_ask or put_on_record and asked_for_help", view("clear_ask"), True),
        ("(clear_ask or put_on_record) and asked_for_help", view("clear_ask"), False),
        ("not not clear_ask", view("clear_ask"), True),
        ("  clear_ask   and\n  smartt.specific>=2 ", view("clear_ask", smartt__specific=2), True),
    ],
)
def test_evaluation(text: str, signals: SignalView, expected: bool) -> None:
    assert parse(text).holds(signals) is expected


def test_signal_names_lists_flags_and_levels() -> None:
    names = signal_names(parse("(clear_ask or not dismissive) and smartt.time_bound >= 2"))
    assert names == {"clear_ask", "dismissive", "smartt.time_bound"}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("asked_for_hlp", "unknown signal 'asked_for_hlp' (did you mean 'asked_for_help'?)"),
        ("sbi.behaviour >= 2", "unknown signal 'sbi.behaviour' (did you mean 'sbi.behavior'?)"),
        ("clear_ask && put_on_record", "unexpected '&&' at column 11 (use and, or, not)"),
        ("clear_ask and", "expected a signal name, 'not' or '(' at column 14, found the end"),
        ("(clear_ask or put_on_record", "expected ')' at column 28"),
        ("clear_ask put_on_record", "expected 'and', 'or' or the end at column 11"),
        ("smartt.time_bound", "is a level (0 to 2): compare it"),
        ("smartt.time_bound >= two", "expected a whole number after '>='"),
        ("clear_ask >= 1", "'clear_ask' is a flag (true or false) and cannot be compared"),
        ("clear_ask = 1", "unexpected '=' at column 11"),
        ("__import__('os')", "unexpected"),
    ],
)
def test_errors_say_what_and_where(text: str, message: str) -> None:
    with pytest.raises(ConditionError) as raised:
        parse(text)
    assert message in str(raised.value)


@pytest.mark.parametrize(
    "text",
    [
        "clear_ask and not clear_ask",
        "sbi.behavior >= 3",
        "sbi.behavior > 2",
        "smartt.total > 12",
        "sbi.impact < 0",
        "sbi.impact >= 2 and sbi.impact <= 1",
        "(clear_ask or put_on_record) and not clear_ask and not put_on_record",
    ],
)
def test_conditions_that_can_never_hold_are_rejected(text: str) -> None:
    assert not can_hold(parse(text))
    with pytest.raises(ConditionError, match="can never be true"):
        check(text)


@pytest.mark.parametrize(
    "text", ["not judgmental", "sbi.impact >= 0", "clear_ask or not clear_ask"]
)
def test_conditions_that_a_silent_turn_meets_are_rejected(text: str) -> None:
    with pytest.raises(ConditionError, match="shows nothing"):
        check(text)


@pytest.mark.parametrize(
    "text",
    [
        "sbi.behavior == 2",
        "smartt.total >= 12",
        "clear_ask and not judgmental",
        "sbi.impact >= 2 or clear_ask",
    ],
)
def test_reachable_conditions_pass(text: str) -> None:
    assert can_hold(parse(text))
    check(text)


# --- property: the parser agrees with a direct evaluation of a random tree -------------

FLAGS = ("clear_ask", "judgmental", "asked_for_help")
LEVELS = ("sbi.impact", "smartt.total")


@dataclass(frozen=True)
class Tree:
    text: str
    value: bool


def leaves(signals: SignalView) -> st.SearchStrategy[Tree]:
    flag = st.sampled_from(FLAGS).map(lambda name: Tree(name, signals.flag(name)))
    ops = {">=": int.__ge__, ">": int.__gt__, "<=": int.__le__, "<": int.__lt__, "==": int.__eq__}
    compare = st.tuples(
        st.sampled_from(LEVELS), st.sampled_from(sorted(ops)), st.integers(0, 12)
    ).map(lambda t: Tree(f"{t[0]} {t[1]} {t[2]}", ops[t[1]](signals.level(t[0]), t[2])))
    return flag | compare


def trees(signals: SignalView) -> st.SearchStrategy[Tree]:
    def extend(children: st.SearchStrategy[Tree]) -> st.SearchStrategy[Tree]:
        both = st.tuples(children, children)
        return (
            children.map(lambda t: Tree(f"not ({t.text})", not t.value))
            | both.map(
                lambda p: Tree(f"({p[0].text}) and ({p[1].text})", p[0].value and p[1].value)
            )
            | both.map(lambda p: Tree(f"({p[0].text}) or ({p[1].text})", p[0].value or p[1].value))
            # Unparenthesised chains exercise precedence: a or b and c == a or (b and c).
            | st.tuples(children, children, children).map(
                lambda t: Tree(
                    f"({t[0].text}) or ({t[1].text}) and ({t[2].text})",
                    t[0].value or (t[1].value and t[2].value),
                )
            )
        )

    return st.recursive(leaves(signals), extend, max_leaves=8)


@st.composite
def views_and_trees(draw: st.DrawFn) -> tuple[SignalView, Tree]:
    flags = draw(st.frozensets(st.sampled_from(FLAGS)))
    levels = {name: draw(st.integers(0, LEVEL_NAMES[name])) for name in LEVELS}
    signals = SignalView(flags, levels)
    return signals, draw(trees(signals))


@settings(max_examples=100, deadline=None)
@given(views_and_trees())
def test_parser_agrees_with_direct_evaluation(case: tuple[SignalView, Tree]) -> None:
    signals, tree = case
    assert parse(tree.text).holds(signals) is tree.value
