"""Units, scales and number words: how "800 ms", "$8k" and "two sprints" become values.

A quantity is a number with an optional currency, scale (k, M, million) and
unit. Units of one dimension convert to a common base (800 ms == 0.8 s,
2 quarters == 6 months) so that a rewrite which restates a fact in other
units still keeps it.
"""

from __future__ import annotations

import math
import re

# unit as written (lowercase unless case matters) -> (dimension, factor to the base unit, label)
UNITS: dict[str, tuple[str, float, str]] = {}


def _add(dimension: str, factor: float, label: str, *spellings: str) -> None:
    for spelling in spellings:
        UNITS[spelling] = (dimension, factor, label)


_add("time", 1e-9, "ns", "ns", "nanosecond", "nanoseconds")
_add("time", 1e-6, "µs", "µs", "μs", "microsecond", "microseconds")
_add("time", 1e-3, "ms", "ms", "msec", "msecs", "millisecond", "milliseconds")
_add("time", 1.0, "s", "s", "sec", "secs", "second", "seconds")
_add("time", 60.0, "min", "m", "min", "mins", "minute", "minutes")
_add("time", 3600.0, "h", "h", "hr", "hrs", "hour", "hours")
_add("time", 86400.0, "days", "d", "day", "days")
_add("time", 604800.0, "weeks", "w", "wk", "wks", "week", "weeks")
_add(
    "workdays", 1.0, "business days", "business day", "business days", "working day", "working days"
)
_add("calendar", 1.0, "months", "mo", "mos", "month", "months")
_add("calendar", 3.0, "quarters", "quarter", "quarters")
_add("calendar", 12.0, "years", "y", "yr", "yrs", "year", "years")
_add("sprints", 1.0, "sprints", "sprint", "sprints")
_add("bytes", 1.0, "bytes", "byte", "bytes")
_add("bytes", 1e3, "KB", "KB", "kB", "kb")
_add("bytes", 1e6, "MB", "MB", "mb")
_add("bytes", 1e9, "GB", "GB", "gb")
_add("bytes", 1e12, "TB", "TB", "tb")
_add("bytes", 1e15, "PB", "PB")
_add("bytes", 1024.0, "KiB", "KiB")
_add("bytes", 1024.0**2, "MiB", "MiB")
_add("bytes", 1024.0**3, "GiB", "GiB")
_add("bytes", 1024.0**4, "TiB", "TiB")
_add("bits/s", 1e3, "Kbps", "Kbps", "kbps")
_add("bits/s", 1e6, "Mbps", "Mbps", "mbps")
_add("bits/s", 1e9, "Gbps", "Gbps", "gbps")
_add(
    "per second",
    1.0,
    "per second",
    "rps",
    "qps",
    "tps",
    "req/s",
    "requests/s",
    "requests per second",
    "queries per second",
    "transactions per second",
)
_add("per second", 1 / 60, "per minute", "rpm", "requests per minute")
_add("percent", 1.0, "%", "%", "percent", "per cent", "pct")
_add("points", 1.0, "percentage points", "percentage points", "percentage point", "pp")
_add("multiplier", 1.0, "x", "x", "times")
_add("USD", 1.0, "USD", "dollars", "dollar", "usd", "USD", "bucks")
_add("EUR", 1.0, "EUR", "euros", "euro", "eur", "EUR")
_add("GBP", 1.0, "GBP", "pounds", "gbp", "GBP")

CURRENCY_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "USD": "USD", "EUR": "EUR", "GBP": "GBP"}
MONEY_DIMENSIONS = frozenset({"USD", "EUR", "GBP"})

SCALES = {
    "k": 1e3,
    "K": 1e3,
    "thousand": 1e3,
    "M": 1e6,
    "MM": 1e6,
    "million": 1e6,
    "mn": 1e6,
    "B": 1e9,
    "bn": 1e9,
    "billion": 1e9,
    "trillion": 1e12,
}

NUMBER_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
}


TENS = {word: value for word, value in NUMBER_WORDS.items() if 20 <= value < 100}
UNITS_1_TO_9 = {word: value for word, value in NUMBER_WORDS.items() if 1 <= value <= 9}


def unit_pattern() -> str:
    """A regex alternation of every unit spelling, longest first, case as listed."""
    spellings = sorted(UNITS, key=len, reverse=True)
    parts = []
    for spelling in spellings:
        escaped = re.escape(spelling).replace(r"\ ", r"\s")
        # Lowercase word units also match capitalised (Days, Sprints); symbols and
        # case-bearing units (MB, ms, M) only as written.
        if spelling.isalpha() and spelling.islower() and len(spelling) > 3:
            escaped = f"(?i:{escaped})"
        parts.append(escaped)
    return "|".join(parts)


_HALF = re.compile(r"\s+and\s+a\s+half$", re.IGNORECASE)


def parse_number(text: str) -> float | None:
    """A number as written: "8,000" is 8000, "fourteen" 14, "twenty-five" 25, "two and a half" 2.5."""
    if half := _HALF.search(text):
        whole = parse_number(text[: half.start()])
        return None if whole is None else whole + 0.5
    word = text.lower()
    if word in NUMBER_WORDS:
        return float(NUMBER_WORDS[word])
    tens_and_unit = re.split(r"[\s-]+", word)  # ("twenty-five", "twenty five": the regex's shapes)
    if len(tens_and_unit) == 2 and tens_and_unit[0] in TENS and tens_and_unit[1] in UNITS_1_TO_9:
        return float(TENS[tens_and_unit[0]] + UNITS_1_TO_9[tens_and_unit[1]])
    digits = text.replace(",", "")
    if len(digits) > 18:
        return None  # a run of digits this long is an identifier, not an amount
    try:
        return float(digits)
    except ValueError:
        return None


def lookup_unit(written: str) -> tuple[str, float, str] | None:
    collapsed = re.sub(r"\s+", " ", written)
    return UNITS.get(collapsed) or UNITS.get(collapsed.lower())


def format_number(value: float) -> str:
    """8000.0 -> "8,000"; 0.8 -> "0.8"; 2.3333333 -> "2.333"."""
    if not math.isfinite(value):
        return str(value)
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    return f"{value:,.3f}".rstrip("0").rstrip(".")
