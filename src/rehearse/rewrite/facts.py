"""The facts of a message: numbers, money, dates, times, versions, names of people and teams.

Each fact keeps the text as written, a kind, a readable normalised `value`, and
a comparison key, so that the same fact written differently compares equal:
"$8k" == "$8,000", "2-sprint" == "2 sprints", "800 ms" == "800ms" == "0.8 s",
"p95" == "95th percentile", "Q1" == "first quarter", "9am" == "9:00 AM",
"March 15" == "15 March".

One combined regex finds everything but names, left to right; every branch
starts behind a boundary so a failed attempt never rescans a run (linear time).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from rehearse.rewrite import quantities as q
from rehearse.rewrite.glossary import glossary
from rehearse.rewrite.tokens import Spans, Token, overlaps, protected_spans, sentence_spans, tokens
from rehearse.rewrite.wordlists import first_names, is_common, is_very_common, surnames

MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|"
    "December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)
_FULL_MONTHS_NOT_MAY = (
    "January|February|March|April|June|July|August|September|October|November|December"
)
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_ORDINAL_QUARTERS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
}
_TIMEZONES = "UTC|GMT|PST|PDT|PT|EST|EDT|ET|CST|CDT|CT|MST|MDT|MT|CEST|CET|BST|IST|JST|AEST"
_RELATIVE = {
    "eod": "end of day",
    "cob": "end of day",
    "eow": "end of week",
    "eom": "end of month",
    "eoq": "end of quarter",
    "eoy": "end of year",
}
_NUMBER_WORDS = "|".join(sorted(q.NUMBER_WORDS, key=len, reverse=True))
_TENS = "|".join(q.TENS)
_UNITS_1_TO_9 = "|".join(q.UNITS_1_TO_9)

# A number in digits or words; "twenty-five" is one number (not "five"), and "two and a
# half" is 2.5, so that "two and a half weeks" == "2.5 weeks".
_NUM = (
    rf"(?:(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?"
    rf"|(?i:(?:{_TENS})[-\s](?:{_UNITS_1_TO_9})|{_NUMBER_WORDS})(?![\w-]))"
    r"(?:\s(?i:and\sa\shalf)(?![\w-]))?)"
)
_SCALE = r"(?:[kK]|MM|M|bn|mn|B)(?![A-Za-z])|\s(?:thousand|million|billion|trillion)(?![A-Za-z])"
_UNIT = q.unit_pattern()

_PATTERN = re.compile(
    # Every branch starts at a word character, a currency sign or "#": other positions fail at once.
    r"(?=[\w$€£#])(?:"
    + "|".join(
        [
            r"(?P<iso>(?<![\w-])(?P<iso_y>\d{4})-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)(?![\w-]))",
            r"(?P<ref>(?<![\w-])(?:CVE-\d{4}-\d{3,}|[A-Z][A-Z0-9]{1,9}-\d{2,}|#\d+)(?![\w-]))",
            r"(?P<sev>(?<![\w-])(?i:sev)[- ]?(?P<sev_n>[0-5])(?![\w.]))",
            r"(?P<prio>(?<![\w-])P(?P<prio_n>[0-4])(?![\w.]))",
            r"(?P<pctl>(?<![\w-])[pP](?P<pctl_n>[5-9]\d(?:\.\d{1,3})?)(?![\w]|\.\d))",
            r"(?P<pctl2>(?<![\w.])(?P<pctl2_n>\d{1,2}(?:\.\d{1,3})?)(?:st|nd|rd|th)"
            r"[ -]percentile(?![\w]))",
            r"(?P<qtr>(?<![\w-])Q(?P<qtr_n>[1-4])(?:(?:\s|-|\s')?(?P<qtr_y>20\d\d|'?\d\d)(?!\d))?(?![\w]))",
            r"(?P<qtr2>(?<![\w-])(?i:(?P<qtr2_n>first|second|third|fourth|1st|2nd|3rd|4th)\squarter)"
            r"(?:\sof\s(?P<qtr2_y>20\d\d))?(?![\w]))",
            r"(?P<half>(?<![\w-])H(?P<half_n>[12])(?:\s?(?P<half_y>20\d\d))?(?![\w]))",
            r"(?P<fy>(?<![\w-])FY\s?'?(?P<fy_y>20\d\d|\d\d)(?![\w]))",
            r"(?P<ver>(?<![\w.-])[vV](?P<ver_n>\d+(?:\.\d+){0,3})(?:-[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*)?(?![\w]|\.\d))",
            r"(?P<ver3>(?<![\w.])(?P<ver3_n>\d+\.\d+\.\d+(?:\.\d+)?)(?![\w]|\.\d))",
            r"(?P<ver_w>(?<![\w])(?i:version|release)\s(?P<ver_w_n>\d+(?:\.\d+)+)(?![\w]|\.\d))",
            r"(?P<time>(?<![\w:.])(?P<time_h>1[0-2]|0?[1-9])(?::(?P<time_m>[0-5]\d))?\s?"
            r"(?P<time_ampm>(?i:am|pm|a\.m\.|p\.m\.))(?![\w])"
            rf"(?:\s(?P<time_tz>{_TIMEZONES})(?![\w]))?)",
            r"(?P<time24>(?<![\w:.])(?P<time24_h>[01]?\d|2[0-3]):(?P<time24_m>[0-5]\d)(?::[0-5]\d)?(?![\w:])"
            rf"(?:\s?(?P<time24_tz>{_TIMEZONES}|Z)(?![\w]))?)",
            r"(?P<noon>(?<![\w])(?i:noon|midnight)(?![\w]))",
            rf"(?P<md>(?<![\w])(?P<md_m>{_MONTH_NAMES})\.?\s(?P<md_d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
            r"(?:,?\s(?P<md_y>(?:19|20)\d\d))?(?![\w]))",
            rf"(?P<dm>(?<![\w.])(?P<dm_d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s(?:of\s)?(?P<dm_m>{_MONTH_NAMES})"
            r"\.?(?:,?\s(?P<dm_y>(?:19|20)\d\d))?(?![\w]))",
            rf"(?P<my>(?<![\w])(?P<my_m>{_MONTH_NAMES})\.?\s(?P<my_y>(?:19|20)\d\d)(?![\w]))",
            rf"(?P<month>(?<![\w])(?:{_FULL_MONTHS_NOT_MAY})(?![\w]))",
            r"(?P<may>(?<![\w])(?i:in|by|since|until|before|after|from|during|early|mid|late|of)\s(?P<may_m>May)(?![\w]))",
            rf"(?P<wd>(?<![\w])(?:(?i:next|this|last|coming)\s)?(?P<wd_n>{_WEEKDAYS})s?(?![\w]))",
            r"(?P<rel>(?<![\w])(?:(?i:today|tonight|tomorrow|yesterday|this\s(?:morning|afternoon|evening)|(?:this|next|last)\s(?:week|month|quarter|year|sprint)"
            r"|end\sof\s(?:the\s)?(?:day|week|month|quarter|year|sprint))|EOD|EOW|EOM|EOQ|EOY|COB)(?![\w]))",
            r"(?P<always>(?<![\w/])24/7(?![\w/]))",
            rf"(?P<qty>(?<![\w.$€£,])(?<!\w\+)(?P<cur>[$€£]|(?:USD|EUR|GBP)\s?)?(?P<num>{_NUM})"
            rf"(?P<scale>{_SCALE})?(?:(?:\s|-|\u00a0)?(?P<unit>{_UNIT})(?![A-Za-z]))?(?![\w]|\.\d|,\d))",
        ]
    )
    + ")"
)
_TOP_GROUPS = (
    "iso",
    "ref",
    "sev",
    "prio",
    "pctl",
    "pctl2",
    "qtr",
    "qtr2",
    "half",
    "fy",
    "ver",
    "ver3",
    "ver_w",
    "time",
    "time24",
    "noon",
    "md",
    "dm",
    "my",
    "month",
    "may",
    "wd",
    "rel",
    "always",
    "qty",
)
_RANGE_GAP = re.compile(r"\s?(?:-|–|—|to|through)\s?|\s(?:and)\s")
_TEAM_WORDS = frozenset(
    {"team", "teams", "squad", "squads", "guild", "tribe", "crew", "org", "department"}
)
_NOT_TEAM_NAMES = frozenset(
    """the a an our my your their his her its this that these those whole entire every each other
    same new old small big large full great good amazing awesome best strong wider broader extended
    right wrong local remote global one two three another any some which what whose""".split()  # noqa: SIM905
)
_NOT_NAMES = (
    frozenset("""i i'm i've i'll i'd mr mrs ms dr hi hey hello thanks thank dear team""".split())  # noqa: SIM905
    | frozenset(MONTHS)
    | {d.lower() for d in _WEEKDAYS.split("|")}
)
_WORD_SHAPED = re.compile(
    r"(?:tion|sion|ing|ment|ness|ity|ism|ize|ise|ized|ised|izes|ally|ously|ies|ed|ers|ings)$"
)
_TITLE_WORD = re.compile(r"[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*(?:['’]s)?")


@dataclass(frozen=True)
class Fact:
    """One fact as written (`text`), its `kind`, and its normalised `value`."""

    kind: str
    text: str
    value: str
    start: int
    end: int
    key: tuple[Any, ...] = field(compare=False, repr=False)
    number: float | None = field(default=None, compare=False, repr=False)

    def as_json(self) -> dict[str, str]:
        return {"text": self.text, "kind": self.kind, "value": self.value}


def extract_facts(text: str) -> list[Fact]:
    """Every fact in `text`, in order of appearance."""
    skip = Spans(protected_spans(text))
    found: list[Fact] = []
    for match in _PATTERN.finditer(text):
        if overlaps(match.start(), match.end(), skip):
            continue
        fact = _fact_from_match(match)
        if fact is not None:
            found.append(fact)
    found = _merge_ranges(text, found)
    taken = Spans([(f.start, f.end) for f in found] + protected_spans(text))
    found.extend(_names(text, taken))
    found.sort(key=lambda f: f.start)
    return found


# -- the regex branches ---------------------------------------------------------


def _fact_from_match(m: re.Match[str]) -> Fact | None:
    name = next(group for group in _TOP_GROUPS if m.group(group) is not None)
    text, start, end = m.group(), m.start(), m.end()

    def make(kind: str, value: str, key: tuple[Any, ...], number: float | None = None) -> Fact:
        return Fact(kind, text, value, start, end, key, number)

    if name == "iso":
        y, mo, d = int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"])
        return _date(text, start, end, mo, d, y)
    if name == "ref":
        return make("reference", text.upper(), ("reference", text.upper()))
    if name == "sev":
        return make("severity", f"SEV{m['sev_n']}", ("severity", int(m["sev_n"])))
    if name == "prio":
        return make("priority", f"P{m['prio_n']}", ("priority", int(m["prio_n"])))
    if name in ("pctl", "pctl2"):
        value = float(m[f"{name}_n"])
        return make("percentile", f"p{q.format_number(value)}", ("percentile", value), value)
    if name in ("qtr", "qtr2"):
        number = int(m["qtr_n"]) if name == "qtr" else _ORDINAL_QUARTERS[m["qtr2_n"].lower()]
        year = _year(m[f"{name}_y"])
        label = f"Q{number}" + (f" {year}" if year else "")
        return make("quarter", label, ("quarter", number, year))
    if name == "half":
        year = _year(m["half_y"])
        return make(
            "quarter",
            f"H{m['half_n']}" + (f" {year}" if year else ""),
            ("half", int(m["half_n"]), year),
        )
    if name == "fy":
        year = _year(m["fy_y"])
        return make("date", f"FY{year}", ("fiscal year", year))
    if name in ("ver", "ver3", "ver_w"):
        number_text = m[f"{name}_n"]
        return make("version", number_text, ("version", number_text))
    if name in ("time", "time24", "noon"):
        return _time(m, name, text, start, end)
    if name in ("md", "dm"):
        month = MONTHS[m[f"{name}_m"].lower()]
        return _date(text, start, end, month, int(m[f"{name}_d"]), _year(m[f"{name}_y"]))
    if name == "my":
        month, year = MONTHS[m["my_m"].lower()], int(m["my_y"])
        return make("date", f"{year}-{month:02d}", ("month", month, year))
    if name in ("month", "may"):
        if name == "may":
            text, start, end = m["may_m"], m.start("may_m"), m.end("may_m")
        month = MONTHS[text.lower()]
        return Fact("date", text, text.capitalize(), start, end, ("month", month, None))
    if name == "wd":
        day = m["wd_n"]
        return make("date", day, ("weekday", day.lower()))
    if name == "rel":
        said = _RELATIVE.get(
            text.lower(), re.sub(r"\s+", " ", text.lower()).replace("of the ", "of ")
        )
        return make("date", said, ("relative", said))
    if name == "always":
        return make("duration", "24/7", ("always",))
    return _quantity(m)


def _year(text: str | None) -> int | None:
    if not text:
        return None
    digits = text.lstrip("'")
    return int(digits) if len(digits) == 4 else 2000 + int(digits)


def _date(text: str, start: int, end: int, month: int, day: int, year: int | None) -> Fact:
    value = f"{year}-{month:02d}-{day:02d}" if year else f"{month:02d}-{day:02d}"
    return Fact("date", text, value, start, end, ("date", month, day, year))


def _time(m: re.Match[str], name: str, text: str, start: int, end: int) -> Fact:
    if name == "noon":
        hour, minute, tz = (12 if text.lower() == "noon" else 0), 0, None
    elif name == "time":
        hour, minute, tz = int(m["time_h"]) % 12, int(m["time_m"] or 0), m["time_tz"]
        if m["time_ampm"].lower().startswith("p"):
            hour += 12
    else:
        hour, minute, tz = int(m["time24_h"]), int(m["time24_m"]), m["time24_tz"]
    value = f"{hour:02d}:{minute:02d}" + (f" {tz}" if tz else "")
    return Fact("time", text, value, start, end, ("time", hour, minute, tz))


def _quantity(m: re.Match[str]) -> Fact | None:
    number = q.parse_number(m["num"])
    if number is None:
        return None
    is_word = m["num"][0].isalpha()
    scale_text = (m["scale"] or "").strip()
    unit_text = m["unit"]
    currency = q.CURRENCY_SYMBOLS.get((m["cur"] or "").strip())
    if currency and unit_text in ("m", "M"):  # $5m is five million dollars, not five minutes
        scale_text, unit_text = "M", None
    if is_word and not (scale_text or unit_text or currency) and number == 1:
        return None  # "one" alone is usually a pronoun ("the old one"), not a count
    value = number * q.SCALES.get(scale_text, 1.0)
    text = m.group()
    unit = q.lookup_unit(unit_text) if unit_text else None
    if unit and unit[0] in q.MONEY_DIMENSIONS:
        currency, unit = unit[0], None
    if currency:
        shown = f"{currency} {q.format_number(value)}"
        return Fact(
            "money", text, shown, m.start(), m.end(), ("money", currency, _round(value)), value
        )
    if unit is None:
        return Fact(
            "number",
            text,
            q.format_number(value),
            m.start(),
            m.end(),
            ("number", _round(value)),
            value,
        )
    dimension, factor, label = unit
    kind = {
        "time": "duration",
        "workdays": "duration",
        "calendar": "duration",
        "sprints": "duration",
        "percent": "percent",
        "points": "percent",
        "multiplier": "number",
    }.get(dimension, "quantity")
    shown = f"{q.format_number(value)}{'' if label in ('%', 'x') else ' '}{label}"
    key = ("quantity", dimension, _round(value * factor))
    return Fact(kind, text, shown, m.start(), m.end(), key, value)


def _round(value: float) -> float:
    return float(f"{value:.9g}")


def _merge_ranges(text: str, facts: list[Fact]) -> list[Fact]:
    """Join "2-3 days", "2 to 3 days", "between $5k and $8k", "10-20%" into one range fact."""
    merged: list[Fact] = []
    i = 0
    while i < len(facts):
        first = facts[i]
        second = facts[i + 1] if i + 1 < len(facts) else None
        if second is not None and _is_range(text, first, second):
            merged.append(_range(text, first, second))
            i += 2
            continue
        merged.append(first)
        i += 1
    return merged


def _is_range(text: str, first: Fact, second: Fact) -> bool:
    if first.number is None or second.number is None:
        return False
    if first.key[0] not in ("number", "quantity", "money") or second.key[0] not in (
        "number",
        "quantity",
        "money",
    ):
        return False
    gap = text[first.end : second.start]
    if not _RANGE_GAP.fullmatch(gap):
        return False
    if gap.strip() == "-" and (first.text[0].isalpha() or second.text[0].isalpha()):
        return False  # twenty-four is a number, not a range
    before = text[max(0, first.start - 8) : first.start].lower()
    if gap.strip() == "and" and not before.endswith("between "):
        return False
    if before.endswith("from "):
        return False  # "from 31% to 38%" is a change between two facts, not a range
    if first.key[0] != "number" and first.key[:2] != second.key[:2]:
        return False
    return first.number < second.number


def _range(text: str, first: Fact, second: Fact) -> Fact:
    if first.key[0] == "number" and second.key[0] != "number":
        # "2-3 days": the first end takes the second's unit.
        scale = second.key[-1] / second.number if second.number else 1.0
        low_key = _round(first.number * scale) if first.number is not None else 0.0
    else:
        low_key = first.key[-1]
    unit_part = (
        second.value.split(" ", 1)[1] if " " in second.value and second.kind != "money" else ""
    )
    low = q.format_number(first.number or 0.0)
    if second.kind == "money":
        value = f"{second.value.split(' ')[0]} {low}-{q.format_number(second.number or 0.0)}"
    elif second.value.endswith("%"):
        value = f"{low}-{second.value}"
    else:
        value = (
            f"{low}-{second.value}"
            if not unit_part
            else f"{low}-{q.format_number(second.number or 0.0)} {unit_part}"
        )
    kind = second.kind if second.kind != "number" else "number"
    key = ("range", *second.key[:-1], low_key, second.key[-1])
    return Fact(kind, text[first.start : second.end], value, first.start, second.end, key, None)


# -- names of people, teams and other proper nouns --------------------------------


def _names(text: str, taken: Spans) -> list[Fact]:
    words = tokens(text)
    starts = _sentence_starts(text, words)
    found: list[Fact] = []
    used: set[int] = set()
    for i, word in enumerate(words):
        if i in used or overlaps(word.start, word.end, taken):
            continue
        lower = word.text.lower()
        if (
            word.text == "Team"
            and i + 1 < len(words)
            and text[word.end : words[i + 1].start] == " "
            and _TITLE_WORD.fullmatch(words[i + 1].text)
        ):
            nxt = words[i + 1]
            found.append(_name_fact("team", text[word.start : nxt.end], word.start, nxt.end))
            used.update({i, i + 1})
            continue
        if lower in _TEAM_WORDS:
            team = _team_before(text, words, i, starts, taken, used)
            if team is not None:
                found.append(team)
            continue
        if word.text.startswith("@") and len(word.text) > 2:
            found.append(_name_fact("person", word.text, word.start, word.end))
            used.add(i)
            continue
        if not _is_name_word(word, at_start=i in starts):
            continue
        j = i
        while (
            j + 1 < len(words)
            and text[words[j].end : words[j + 1].start] == " "
            and not overlaps(words[j + 1].start, words[j + 1].end, taken)
            and words[j + 1].text.lower() not in _TEAM_WORDS
            and _is_name_word(words[j + 1], at_start=False)
        ):
            j += 1
        if (
            j + 1 < len(words)
            and words[j + 1].text.lower() in _TEAM_WORDS
            and text[words[j].end : words[j + 1].start] == " "
        ):
            continue  # "Payments team": the team word takes it
        used.update(range(i, j + 1))
        first = _strip_possessive(words[i].text).lower()
        kind = "person" if first in first_names() else "name"
        found.append(
            _name_fact(kind, text[words[i].start : words[j].end], words[i].start, words[j].end)
        )
    return found


def _team_before(
    text: str, words: list[Token], i: int, starts: set[int], taken: Spans, used: set[int]
) -> Fact | None:
    first = i
    while first > 0 and i - first < 3 and text[words[first - 1].end : words[first].start] == " ":
        candidate = words[first - 1]
        lower = candidate.text.lower()
        if (
            overlaps(candidate.start, candidate.end, taken)
            or lower in _NOT_TEAM_NAMES
            or lower.endswith("ly")
        ):
            break
        if first < i and not (candidate.text[0].isupper()):
            break  # only Title Case names run over several words ("Growth Marketing team")
        first -= 1
        if not candidate.text[0].isupper():
            break
    if first == i:
        return None
    used.update(range(first, i + 1))
    return _name_fact(
        "team", text[words[first].start : words[i].end], words[first].start, words[i].end
    )


def _name_fact(kind: str, text: str, start: int, end: int) -> Fact:
    shown = _strip_possessive(text)
    words = tuple(w.lower().lstrip("@") for w in re.findall(r"[@\w][\w'’.-]*", shown))
    if kind == "team":
        words = tuple(w for w in words if w not in _TEAM_WORDS and w != "the")
    return Fact(kind, text, shown, start, end, (kind if kind == "team" else "name", words))


def _strip_possessive(text: str) -> str:
    return re.sub(r"['’]s?$", "", text)


def _is_name_word(word: Token, *, at_start: bool) -> bool:
    text = _strip_possessive(word.text)
    if not _TITLE_WORD.fullmatch(word.text) or len(text) < 2:
        return False
    lower = text.lower()
    if lower in _NOT_NAMES or glossary().is_term_word(text):
        return False
    if "-" in lower and all(is_common(part) for part in lower.split("-")):
        return False  # Crash-free, Follow-up
    if lower in first_names():
        return not at_start or not is_common(lower)
    if lower in surnames():
        return not at_start
    if not at_start:
        return not is_very_common(lower)
    if is_common(lower):
        return False
    # At a sentence start any word is capitalised: a rare word there is a name
    # (Priya, Zendesk) unless it is shaped like an ordinary noun or verb.
    return not at_start or not _WORD_SHAPED.search(lower)


def _sentence_starts(text: str, words: list[Token]) -> set[int]:
    """Indexes of words that open a sentence, a line, or follow a colon, bracket or quote."""
    starts: set[int] = set()
    sentence_begins = sorted(start for start, _ in sentence_spans(text))
    k = 0
    previous_end = 0
    for i, word in enumerate(words):
        while k < len(sentence_begins) and sentence_begins[k] <= word.start:
            if sentence_begins[k] >= previous_end:
                starts.add(i)
            k += 1
        gap = text[previous_end : word.start]
        if i == 0 or re.search(r"[:(\"“'‘\n*•>-]\s*$", gap):
            starts.add(i)
        previous_end = word.end
    return starts


# -- comparing the facts of two texts ------------------------------------------


@dataclass(frozen=True)
class FactDiff:
    missing: tuple[Fact, ...]
    added: tuple[Fact, ...]


def compare_facts(
    original: str,
    rewrite: str,
    *,
    before: Iterable[Fact] | None = None,
    after: Iterable[Fact] | None = None,
) -> FactDiff:
    """The facts of `original` missing from `rewrite`, and those `rewrite` adds.

    `before` and `after` reuse facts already extracted from the two texts.
    """
    before = list(before) if before is not None else extract_facts(original)
    after = list(after) if after is not None else extract_facts(rewrite)
    missing = [f for f in unique(before) if not _present(f, after, rewrite)]
    added = [f for f in unique(after) if not _present(f, before, original)]
    return FactDiff(tuple(missing), tuple(added))


def unique(facts: Iterable[Fact]) -> list[Fact]:
    seen: set[tuple[Any, ...]] = set()
    kept = []
    for fact in facts:
        if fact.key not in seen:
            seen.add(fact.key)
            kept.append(fact)
    return kept


def _present(fact: Fact, others: list[Fact], other_text: str) -> bool:
    if any(other.key == fact.key for other in others):
        return True
    kind = fact.key[0]
    if kind in ("name", "team"):
        words = _word_set(other_text)
        names = fact.key[1]
        return bool(names) and (
            all(w in words for w in names) if kind == "team" else any(w in words for w in names)
        )
    if kind == "number":
        return any(
            other.number == fact.number and other.key[0] in ("number", "quantity")
            for other in others
        )
    if kind == "date":
        _, month, day, year = fact.key
        return any(
            o.key[0] == "date"
            and o.key[1:3] == (month, day)
            and (year is None or o.key[3] in (None, year))
            for o in others
        )
    if kind == "month":
        return any(
            o.key[0] == "month" and o.key[1] == fact.key[1] and None in (o.key[2], fact.key[2])
            for o in others
        )
    return False


def _word_set(text: str) -> set[str]:
    return {w.lower().lstrip("@") for w in re.findall(r"[@\w][\w'’.-]*", text)} | {
        _strip_possessive(w).lower() for w in re.findall(r"\w[\w'’]*", text)
    }
