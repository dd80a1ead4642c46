"""Time-bound, second reading: vague and withheld time frames DEADLINE's neighbours miss, and
the times that, in context, bound no task (a report of the past, an occasion named by its day).
"""

from __future__ import annotations

import re

from rehearse.scoring.lexicon import (
    EVENT_NOUNS,
    MONTH,
    PAST_IRREGULAR,
    PAST_IRREGULAR_WORDS,
    PERIOD,
    TASK_VERBS,
    WHILE_AWAY,
)
from rehearse.scoring.result import Span
from rehearse.scoring.text import Doc, Folded, rx

VAGUE_MORE = rx(
    r"(?:"
    # an open-ended span bounded by someone's absence: "while she's on leave", "until Rosa is back"
    rf"{WHILE_AWAY}"
    r"|\buntil\s+\w+\s+(?:is\s+back|gets\s+back|comes\s+back|returns)\b"
    # a period softened: "in the next week or so", "a sprint or two"
    rf"|\b(?:{PERIOD}s?|days?)\s+or\s+(?:so|two|three|more)\b"
    # an occasion with no date: "before the holiday campaign", "ideally before the next check-in"
    # (a dated one, "before the Monday standup", or one the deadline patterns know, "before the
    # code freeze", is concrete and found first)
    # ("some background before our 1:1" says when the speaker writes, not when the task is due)
    r"|\b(?:before|ahead\s+of|in\s+time\s+for)\s+(?:the\s+(?:next\s+)?|our\s+next\s+)(?:[\w-]+\s+){0,2}?"
    rf"(?:{EVENT_NOUNS}|campaign|exam|milestone|freeze|audit|holidays)\b"
    # a span named but not given: "in the next while" (Irish), "within the review period" (a plan
    # that states none; "within the 60-day review period" states it)
    r"|\b(?:in|over)\s+the\s+next\s+(?:little\s+)?while\b|\bwithin\s+the\s+(?:review|agreed|improvement|given)\s+period\b"
    # a time left to how things go: "whenever the sprint lets up", "sooner is better", "at the
    # earliest" (as ASAP), "next review cycle" ("when things calm down" stays no time frame: the
    # first writer labels it 0, later ones 1)
    r"|\bwhen(?:ever)?\s+(?:the\s+sprint|work)\s+lets\s+up\b"
    r"|\bsooner\s+(?:is|the)\s+better\b|\bat\s+the\s+earliest\b|\bnext\s+(?:review\s+|perf\s+|performance\s+)?cycle\b"
    # a step in the work with no date: "before we merge", "before merged", "before launch", "before
    # planning" ("before the launch" is a known occasion, found first as concrete)
    r"|\bbefore\s+(?:we\s+)?(?:merge|merging|launch|planning|standup|stand-up)\b|\bbefore\s+(?:it's\s+|it\s+is\s+)?merged\b"
    r")"
)

# "I will not give you a deadline", "No hard date": a time frame withheld on purpose.
NO_DEADLINE_MORE = rx(
    r"\b(?:not|won't|don't|no\s+need\s+to)\s+(?:give|set|put)\s+(?:you\s+)?(?:a\s+|any\s+)?(?:hard\s+|fixed\s+)?"
    r"(?:deadline|date|timeline|due\s+date)\b"
    r"|\bno\s+(?:hard|fixed|firm|set)\s+(?:date|deadline|timeline)\b"
)

# Words that make a time a deadline wherever it sits ("by", "before", "for"): such a span is
# never a report of the past.
_DEADLINE_WORD = re.compile(
    r"(?:by|before|until|till|due|no\s+later|within|ahead|in\s+time|ready|done|target|aim|starting|from|for|"
    r"say|give|allow|budget|timebox)\b",
    re.IGNORECASE,
)
# A clause that reports what happened ("4 tests failed on Tuesday", "We made 5 offers this
# quarter") or thanks someone for it ("great work facilitating the retro today").
_REPORTED = Folded(
    r"\b(?:\w{3,}ed)\b"
    r"|\b(?:great|nice|good|excellent|awesome|amazing|brilliant|solid)\s+(?:work|job|stuff)\b|\bwell\s+done\b|"
    # ... or greets them after a talk: "great chat today", "good session today"
    r"\b(?:great|nice|good|lovely|productive|useful)\s+(?:chat|talk|session|catch-up|catch\s+up|call|meeting|1:1|conversation)\b|"
    r"\bthanks?\b|\bthank\s+you\b|\bkudos\b",
)
# Irregular past forms report wherever they sit in the clause ("In March we had two outages");
# a regular -ed word after the time is more often a participle ("by Friday, tested and merged").
_PAST_IRREGULAR = re.compile(rf"\b{PAST_IRREGULAR}\b", re.IGNORECASE)
# "Before we moved to Postgres in April it was fine": an event gone by, not a deadline
# A verb in the past, or the past recalled, somewhere in a sentence
_A_PAST = re.compile(
    rf"\b(?:{PAST_IRREGULAR}|happened|remember|recall|(?!(?:proceed|exceed|succeed)\b)[a-z]{{3,}}ed)\b",
    re.IGNORECASE,
)
_IN_A_MONTH = re.compile(rf"in\s+{MONTH}", re.IGNORECASE)
_FAILED_AT = re.compile(
    r"\b(?:failed|broke|crashed|went\s+down|happened|died|stopped|spiked|fired|flapped|timed\s+out|"
    r"was\s+down|were\s+down|paged(?:\s+(?:me|us))?)(?:\s+(?:again|twice|silently|overnight))?\s+$",
    re.IGNORECASE,
)
# (the verb in lower case: "before the EU RED audit" is no past; "before we need it in May", "before
# we hit code freeze", "before we cut over in June" are ahead: "need", "hit", "cut" and their like
# read as the present)
_BEFORE_A_PAST = re.compile(
    r"(?i:before|after)\s+(?:we|I|you|they|he|she|it|(?i:the)\s+[\w-]+)\s+(?:had\s+)?"
    r"(?!(?:need|proceed|feed|speed|exceed|succeed|hit|cut|shut|put|set|let|read|cost|quit|split|spread|hurt)\b)"
    rf"(?:[a-z]+ed|{PAST_IRREGULAR})\b"
)
# ... unless the sentence looks ahead or asks: then the time may well bound the task.
_AHEAD = Folded(
    r"\b(?:will|can|could|would|should|must|need|needs|please|let's|to|want|wants|by|before|until|going|"
    r"gonna|plan|aim|expect|hope|is|are|am|scheduled|planned|booked|slated|expected|agreed|promised|committed|"
    r"asked|needed|required|wanted|have|get|make|like|ensure|make\s+sure)\b|'ll\b|'d\b|'s\s+\w+ing\b",
)
# A question or a polite ask anywhere in the sentence, or a clause that opens with a task verb
# ("Send the updated deck this Friday", "Ravi, ship it on Tuesday"): an instruction, not a report.
_ASK = Folded(r"\?|\bplease\b|\b(?:can|could|would|will)\s+(?:you|u)\b")
_IMPERATIVE = re.compile(
    rf"[\s(]*(?:(?:and|then|also|so)\s+|[\w-]+\s*[,:]\s*)?{TASK_VERBS}\b", re.IGNORECASE
)
# "Tickets sitting in review for three weeks": how long a state has lasted, not a time box.
_STATE_FOR = re.compile(
    r"\b(?:sitting|sat|stuck|been|open|idle|waiting|blocked|pending|broken|down|lingering|untouched|stale|"
    r"hanging|unassigned|unanswered|red|failing)\b[^.!?;\n]{0,30}$",
    re.IGNORECASE,
)
# "Let's chat tomorrow": a date for a talk with the speaker, not for the task.
_CHAT = re.compile(
    r"\blet's\s+(?:chat|talk|catch\s+up|speak|grab\s+(?:a\s+)?(?:coffee|lunch))\s+(?:\w+\s+){0,2}?$",
    re.IGNORECASE,
)
# "signs off on the release": "on" before an undated occasion names a subject, not a time.
_ON_OCCASION = re.compile(r"on\s+the\s+(?!\d)", re.IGNORECASE)
_NOW = frozenset(("today", "this morning", "this afternoon"))
# "Action items from Tue arch sync", "the thing from this morning": where something came from.
_FROM_OCCASION = re.compile(
    r"\s+(?:[\w'-]+\s+)?(?:sync|standup|stand-up|meeting|call|review|retro|planning|1:1|one-on-one|demo|"
    r"all-hands|offsite|incident|outage|session|workshop|huddle)\b",
    re.IGNORECASE,
)
_FROM_THING = re.compile(
    r"\b(?:notes|items|actions|thing|stuff|issue|bug|question|comment|feedback|alert|error|one|follow-ups?)\s+"
    r"(?:from\s+)?$",
    re.IGNORECASE,
)
_UNTIL = re.compile(r"(?:until|till)\b", re.IGNORECASE)
# "What happened in sprint 14 from your side?": a question about the past times no task
# ("What can you get done in sprint 15?" asks ahead).
_PAST_QUESTION = re.compile(
    r"\s*(?:so\s+|and\s+)?(?:what|how|why|where)\s+(?:exactly\s+)?(?:happened|went|did|was|were)\b",
    re.IGNORECASE,
)
# "you told me you want to build leadership skills this year": the time of a wish the person
# told, not of the task.
_WISH_TOLD = re.compile(
    r"\b(?:you|she|he|they)\s+(?:said|told\s+me|mentioned)\b[^.!?;]{0,60}?\b(?:you|she|he|they)\s+"
    r"(?:want|wanted|wants|would\s+like|'d\s+like|hope|hoped|hopes)\s+to\s+[^.!?;,]{0,60}$",
    re.IGNORECASE,
)
_HOW_OFTEN = re.compile(
    r"\bevery\s+(?:few\s+|couple\s+of\s+|other\s+|\d+\s+|\w+\s+to\s+\w+\s+)?(?:minutes?|hours?|days?|nights?)\s*$",
    re.IGNORECASE,
)
# "the third date moved on us this year", "the second time this month": how often it happened
_NTH_TIME_IN = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|\d+(?:nd|rd|th))\s+(?:[\w-]+\s+){0,5}?(?:times?|\w{3,}ed)\b"
    r"(?:\s+[\w-]+){0,3}\s+$",
    re.IGNORECASE,
)
_SOFTENED = re.compile(r"\s+or\s+(?:so|two|three|more)\b|-ish\b", re.IGNORECASE)
# "the bug we found on Friday", "the alert that fired on Monday": when a past event the task is
# about happened, told in a clause of its own ("get you onboarded on Friday" times the task;
# "the time you need this sprint" is no past: an -eed word is no -ed form).
_EVENT_TIME = Folded(
    r"(?<!\bget\s)(?<!\bhave\s)(?<!\bgot\s)(?<!\bkeep\s)\b(?:that|which|who|we|you|they|I|he|she)\s+"
    rf"(?:just\s+|already\s+|first\s+)?(?:[a-z]{{2,}}(?<!e)ed|{PAST_IRREGULAR})(?:\s+(?:in|up))?"
    # ... with whom it happened to ("the third date that moved on us this year")
    r"(?:\s+(?:(?:on|to|for|at)\s+)?(?:us|me|you|them|it|him|her)|\s+(?:again|twice))?(?:\s+(?:until|till)(?:\s+[\w:]+){0,2}?)?\s+$",
)


# The most words `_EVENT_TIME` lets follow the past form: "in" or "up", whom it happened to
# ("on us"), and how long it went on ("until 9pm on").
_WORDS_AFTER_A_PAST = 6


def _may_end_on_a_past(before: str) -> bool:
    """Whether `before` may end as `_EVENT_TIME` needs: a past form, the few words it allows after
    it, and spaces.

    A test of the last words that spares the regex, which is tried at every place of `before`
    (and matches its whole last words: a past form follows spaces and precedes them).
    """
    if not before[-1:].isspace():
        return False
    for word in before.split()[-1 - _WORDS_AFTER_A_PAST :]:
        if not word.isascii():
            return True  # ("ſ" and the Kelvin sign match "s" and "k" case-insensitively)
        lowered = word.lower()
        if (len(lowered) >= 4 and lowered.endswith("ed")) or lowered in PAST_IRREGULAR_WORDS:
            return True
    return False


# "thanks for today": what the thanks are for; "he's out from Monday": someone's absence, not
# the task's start ("you're on it from Monday" is)
_NOT_A_TIME_BOX = Folded(
    r"(?:\bthanks|\bthank\s+you)\s+$|\b(?:is|are|'s|'re|hes|shes|be)\s+(?:out|off|away|on\s+leave)\s+$",
)
# "the third time this month": how often something happened ("do it this month" times the task)
_NOT_A_TIME_BOX_BARE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+time\s+$", re.IGNORECASE
)


# The words `_REPORTED` needs, bar an -ed word ("great work", "well done", "thanks").
_REPORTED_WORDS = frozenset(
    (
        *("work", "job", "stuff", "done", "chat", "talk", "session", "catch", "call", "meeting"),
        *("1", "conversation", "thank", "thanks", "kudos"),
    )
)
# A word character of `re` in ASCII text kept (lower-cased), every other byte a space.
_ASCII_WORD_BYTES = bytes(
    ord(chr(code).lower()) if re.match(r"\w", chr(code)) else 32 for code in range(256)
)


def _ascii_words(text: str, start: int, end: int) -> list[str] | None:
    """The lower-cased `\\w+` runs of `text[start:end]`, or None if it is not ASCII."""
    piece = text[start:end]
    if not piece.isascii():
        return None
    return piece.encode("ascii").translate(_ASCII_WORD_BYTES).decode("ascii").split()


# Tests that spare `_REPORTED` and `_PAST_IRREGULAR` a search tried at every place of a clause.
# A match of either is whole `\w+` runs of the searched text (it opens and ends at `\b`) and,
# in ASCII text, matches only ASCII letters. A text that is not ASCII (where "ſ" matches "s" and
# "ı" matches "i" case-insensitively) is searched.
def _may_report(text: str, start: int, end: int) -> bool:
    """Whether `_REPORTED` may find something in `text[start:end]`: an -ed word of five letters
    or more, or one of `_REPORTED_WORDS` ("1" of "1:1")."""
    words = _ascii_words(text, start, end)
    if words is None:
        return True
    return any(
        (len(word) >= 5 and word.endswith("ed")) or word in _REPORTED_WORDS for word in words
    )


def _may_hold_a_past(text: str, start: int, end: int) -> bool:
    """Whether `_PAST_IRREGULAR` may find something in `text[start:end]`: one of its words
    ("didn't", the one with an apostrophe, is looked for whole)."""
    words = _ascii_words(text, start, end)
    if words is None:
        return True
    return not PAST_IRREGULAR_WORDS.isdisjoint(words) or "didn't" in text[start:end].lower()


# A subject (a pronoun, a name, or "the CEO and the VP of Product") and a past verb right after it.
_THEN_A_PAST_ACT = re.compile(
    r"\s*,?\s+(?:(?:the|our|my|your|their)\s+[\w-]+|(?-i:[A-Z][\w-]*)|we|they|he|she|I|you|it)"
    r"(?:\s+(?:and|of|the|(?-i:[A-Z][\w-]*)))*\s+\w{3,}ed\b",
    re.IGNORECASE,
)


def bounds_no_task(doc: Doc, span: Span) -> bool:
    """Whether a matched time, in context, sets no time frame for the task."""
    text, span_start, span_end, span_text = doc.unquoted, span.start, span.end, span.text
    sentence, clause = doc.sentence_bounds(span_start), doc.clause_bounds(span_start)
    if _SOFTENED.match(text, span_end) or _ON_OCCASION.match(span_text):
        return True
    # "Notes from today's 1:1", "this morning's incident": an occasion named by the present day
    # ("tonight's run" may be the deadline).
    if span_text.lower() in _NOW and text.startswith("'s", span_end):
        return True
    before = text[max(sentence[0], span_start - 60) : span_start]
    # "it restarts every few hours today": how things stand now, not a time frame
    if (
        span_text.lower() == "today"
        and _HOW_OFTEN.search(before)
        and not _ASK.search_view(doc, "unquoted", sentence[0], sentence[1])
        and not _IMPERATIVE.match(text, sentence[0])
    ):
        return True
    if span_text[:5].lower() == "this " and _NTH_TIME_IN.search(before):
        return True
    # "Last Tuesday at 14:10 that happened ...": a day gone by
    if before[-5:].lower() == "last " and before[-6:-5] in ("", " ", "(", ","):
        return True
    if (span_text[:5].lower() == "from " or before.lower().endswith("from ")) and (
        _FROM_OCCASION.match(text, span_end) or _FROM_THING.search(before)
    ):
        return True
    if span_text[:3].lower() == "for" and _STATE_FOR.search(before):
        return True
    if "let" in before.lower() and _CHAT.search(before):  # (what every match holds)
        return True
    deadline_word = _DEADLINE_WORD.match(span_text) is not None
    if _BEFORE_A_PAST.match(span_text):
        return True
    # a month in a sentence about the past: "Can you look at why the build was slow in May?"
    # (asked ahead, "... her first on-call rotation in May?", it is the time frame)
    if _IN_A_MONTH.fullmatch(span_text) and _A_PAST.search(text, sentence[0], sentence[1]):
        return True
    # "In sprint 24, four of your six tickets came back from QA": a time fronted before what
    # happened in it (Jordan, in tmux)
    if (
        span_text[:3].lower() in ("in ", "dur")
        and not text[sentence[0] : span_start].strip(" ,")
        and text.startswith(",", span_end)
        and _A_PAST.search(text, span_end, sentence[1])
        and not _ASK.search_view(doc, "unquoted", sentence[0], sentence[1])
        and not _AHEAD.search_view(doc, "unquoted", span_end, sentence[1])
    ):
        return True
    # "why the nightly backup failed on Sunday": when a failure happened, even inside an ask
    if _FAILED_AT.search(before) and not deadline_word:
        return True
    if (
        (not deadline_word or _UNTIL.match(span_text))
        and _may_end_on_a_past(before)
        and _EVENT_TIME.search(before)
    ):
        # ("three of you worked until 9pm on Thursday": how long it went on, not a time box)
        return True
    if deadline_word and _NOT_A_TIME_BOX.search(before):
        return True
    # (a match ends on "time" and spaces, and no other character matches "m" or "e"
    # case-insensitively: a test that spares the regex, tried at every place of `before`)
    if before.rstrip()[-2:].lower() == "me" and _NOT_A_TIME_BOX_BARE.search(before):
        return True
    if deadline_word:
        return False
    # "On Friday the CEO and the VP of Product moved the launch": the day an act was done, when
    # it opens the sentence and a subject and a past verb follow it
    if not text[sentence[0] : span_start].strip(" ,") and _THEN_A_PAST_ACT.match(text, span_end):
        return True
    if _WISH_TOLD.search(text, max(sentence[0], span_start - 160), span_start):
        return True
    if _PAST_QUESTION.match(text, sentence[0]):
        return True
    if not (
        (
            _may_report(text, clause[0], span_start)
            and _REPORTED.search_view(doc, "unquoted", clause[0], span_start)
        )
        or (
            _may_hold_a_past(text, clause[0], clause[1])
            and _PAST_IRREGULAR.search(text, clause[0], clause[1])
        )
    ):
        return False
    return not (
        _AHEAD.search_view(doc, "unquoted", clause[0], clause[1])
        or _ASK.search_view(doc, "unquoted", sentence[0], sentence[1])
        or _IMPERATIVE.match(text, clause[0])
        or _IMPERATIVE.match(text, sentence[0])
    )
