"""Time-bound: by when?

`deadlines_and_durations`: a concrete date, deadline or duration ("by
Thursday", "within six weeks", "end of Q2", "starting next Monday");
`vague_times`: "ASAP", "soon", "at some point this quarter-ish";
`no_time_frame`: "no rush", "whenever".
"""

from __future__ import annotations

import re

from rehearse.scoring.detectors.deadlines_context import (
    NO_DEADLINE_MORE,
    VAGUE_MORE,
    bounds_no_task,
)
from rehearse.scoring.lexicon import (
    CLOCK,
    COUNT,
    DATE,
    EVENT_MODIFIED,
    EVENT_NOUNS,
    MONTH,
    PERIOD,
    WEEKDAY,
    WEEKDAY_FULL,
)
from rehearse.scoring.result import Span
from rehearse.scoring.text import Doc, memoised, rx

_MEETINGS = (
    r"(?:one-on-ones?|1:1s?|1-on-1s?|standups?|stand-ups?|syncs?|meetings?|reviews?|all-hands|"
    r"staff|retros?|ops|planning|demos?|check-ins?|calls?|outage|incident|deploys?|releases?|"
    r"morning\s+(?:sync|standup|meeting)|'s)"
)
_WHEN = (
    rf"(?:tomorrow|tonight|today|eod|eow|cob|end\s+of\s+(?:the\s+|this\s+|next\s+)?(?:day|week|month|sprint|quarter|year|"
    rf"q[1-4]|h[12]|{MONTH})|(?:the\s+)?(?:start|beginning|middle|end)\s+of\s+(?:the\s+|this\s+|next\s+)?(?:{PERIOD}|"
    rf"q[1-4]|{MONTH})|q[1-4](?:\s+\d{{4}})?|h[12]|next\s+(?:{PERIOD}|{WEEKDAY})|this\s+(?:{PERIOD}|{WEEKDAY})|"
    rf"{DATE}|{CLOCK}|(?:next\s+|this\s+)?{WEEKDAY}(?:\s+(?:morning|afternoon|evening|night|noon|eod))?|sprint\s+\d{{1,4}}|"
    rf"the\s+week\s+of\s+\w+(?:\s+\d{{1,2}})?|the\s+(?:next|coming)\s+{COUNT}\s+(?:weeks|sprints|days|months)|"
    rf"(?:in|the)\s+{MONTH}\b|(?:the\s+)?(?:holiday|code|release|year-end|end-of-year|feature|change|black\s+friday)\s+freeze|"
    r"the\s+(?:launch|release|offsite|audit|board\s+meeting|qbr|all-hands|holidays|summer\s+holidays|code\s+freeze|"
    r"conference|kickoff|renewal|demo\s+day)|black\s+friday|cyber\s+monday|christmas|thanksgiving|new\s+year(?:'s)?|year-end|the\s+end\s+of\s+(?:the\s+)?year)"
)
DEADLINE = rx(
    r"(?:"
    rf"\b(?:by|before|until|till|no\s+later\s+than|due|for|on|starting(?:\s+with)?|from|ahead\s+of|aim\s+for|"
    rf"target(?:ing)?|ready\s+(?:by|for)|in\s+time\s+for|done\s+by)\s+(?:the\s+(?!q[1-4]\b|h[12]\b))?{_WHEN}\b(?!'s)(?!\s+{_MEETINGS}\b)"
    rf"(?!\s+(?:{EVENT_MODIFIED}|logs?|trail|findings|results|scope|prep)\b)"
    # a named release as the deadline: "before Android 5.0 goes out"
    r"|\b(?:before|until|by\s+the\s+time)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?v?\d+(?:\.\d+)+\s+(?:\w+\s+)?(?:goes\s+out|ships|"
    r"launches|goes\s+live|is\s+released|lands|is\s+cut|release)\b"
    rf"|\bwithin\s+(?:the\s+)?(?:next\s+|first\s+)?{COUNT}\s+(?:hours|business\s+hours)\b"
    # a time box proposed: "Let's say two weeks", "give it three days"
    rf"|\b(?:say|give\s+it|allow|budget|timebox\s+it\s+to)\s+(?:about\s+|roughly\s+)?(?:{COUNT}|a)\s+(?:days|weeks|sprints|months|day|week|sprint|month)\b"
    # results due at a dated meeting: "share what you find at the Monday growth review"
    rf"|\bat\s+(?:the|our|next)\s+(?:next\s+)?{WEEKDAY}\s+(?:[\w-]+\s+)?(?:review|sync|meeting|standup|planning|demo|all-hands)\b"
    rf"|\b(?:is|does|would|will|can)\s+(?:the\s+)?{_WHEN}\b\s+(?:still\s+)?(?:feel\s+|seem\s+|sound\s+|be\s+)?"
    r"(?:realistic|ok|okay|doable|feasible|work|enough|possible)"
    rf"|\b(?:by|before|for|ahead\s+of|in\s+time\s+for)\s+(?:next\s+|this\s+)?{WEEKDAY}'s\s+(?:[\w/-]+\s+){{0,2}}?"
    r"(?:all-hands|meeting|review|demo|sync|standup|planning|go/no-go|qbr|launch|kickoff|offsite|board\s+meeting|"
    r"retro|release|cutover|call|workshop|presentation|deadline)\b"
    rf"|\b(?<!kept\s)(?<!retained\s)(?<!stored\s)(?:within|in|over|for|take|takes|taking)\s+(?:the\s+)?(?:next\s+)?"
    rf"(?:(?:about|around|roughly|approximately|at\s+most|no\s+more\s+than)\s+)?(?:{COUNT}|a|an|one|a\s+couple\s+of)\s+"
    rf"(?:days?|weeks?|months?|sprints?|business\s+days?|working\s+days?)\b(?!\s+(?:a|per|each|every|ago)\b)"
    rf"|\b{COUNT}[\s-](?:day|week|month|sprint)\s+(?:spike|timebox|time-box|window|deadline|project)\b"
    rf"|\b(?:{COUNT}|a)\s+(?:days?|weeks?|months?|sprints?)\s+(?:feel|feels|seem|seems|sound|sounds|is|be)\s+"
    r"(?:realistic|ok|okay|enough|doable|reasonable)"
    rf"|\b(?<!every\s)(?<!each\s)(?<!\bour\s)(?<!the\s)(?<!your\s)(?:this|next)\s+(?:{PERIOD}|{WEEKDAY})\b(?!'s)(?!\s+{_MEETINGS}\b)(?!-ish)"
    rf"|\b(?<!every\s)(?<!each\s)(?<!\bour\s)(?<!the\s)(?<!your\s)(?:tomorrow|tonight|today|eod|eow|{DATE})(?!\s+{_MEETINGS}\b)"
    rf"|\b(?:(?<=[.!?]\s)|(?<![\s\S]))(?:by\s+)?{WEEKDAY}(?:\s+(?:morning|afternoon|eod))?\s*[,.!?]"
    r")",
    re.MULTILINE,
)
# Concrete time frames DEADLINE misses, kept out of DEADLINE itself because `tasks.py` reads it
# too (a change there would move the specific criterion).
_UNIT = r"(?:days?|weeks?|months?|sprints?|fortnights?|wks?|business\s+days?|working\s+days?)"
_SOME = (
    r"(?:(?:about|around|roughly|approximately|at\s+most|no\s+more\s+than|under|less\s+than|up\s+to)\s+)?"
    rf"(?:{COUNT}|a|an|one)"
)
_NAMED_DAY = (
    rf"(?:(?:next\s+|this\s+)?{WEEKDAY}|{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|tomorrow|today|tonight|eod|eow|noon|"
    r"\d{1,2}(?::\d{2})?\s*(?:am|pm))"
)
# (the one part that needs case: "this PI", not "this pi")
_PI = r"|\b(?:this|next|the\s+current)\s+(?-i:PI)\b|\b(?-i:PI)\s+\d{1,3}\b"
_DEADLINE_MORE = (
    r"(?:"
    # a named day with a clock time is a concrete time whatever comes before it (but "every
    # Monday at 9am" is a routine): "code freeze is Wednesday at 17:00 UTC", "at 09:00 Monday"
    rf"\b(?<!every\s)(?<!each\s){WEEKDAY_FULL}\s+(?:at\s+|from\s+)?{CLOCK}|{CLOCK}\s+(?:on\s+)?{WEEKDAY_FULL}\b|"
    # a deadline set by an occasion on a named day, any kind of occasion:
    # "before Friday's 1:1", "by Tuesday's design review", "for Monday's bug bash"
    # ("affected by Tuesday's outage" is the passive's agent, not a deadline)
    rf"\b(?:(?<!ed\s)by|before|for|ahead\s+of|in\s+time\s+for|until)\s+(?:next\s+|this\s+)?(?:{WEEKDAY}|week|month)'s\s+"
    rf"(?:[\w/-]+\s+){{0,2}}?{EVENT_NOUNS}\b"
    # ... or a dated occasion without the possessive: "before the Monday standup", "ahead of Q3 planning"
    # (not "for": "critical for the Q3 launch" is a reason)
    rf"|\b(?:(?<!ed\s)by|before|ahead\s+of|in\s+time\s+for|ready\s+for)\s+(?:the\s+|our\s+|next\s+)?"
    rf"(?:{WEEKDAY}|q[1-4]|h[12]|{MONTH})\s+(?:[\w-]+\s+)?{EVENT_NOUNS}\b"
    # a part of today or tomorrow, the weekend, the end of the working day, a period's end in short:
    # "this afternoon", "by the weekend", "by close of business", "before lunch", "by month-end", "EOQ"
    r"|\b(?:this|tomorrow)\s+(?:morning|afternoon|evening)\b"
    r"|\b(?:by|before|over|this|next|until|till)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+|this\s+)?)?weekend\b"
    r"|\b(?:by|before|until)\s+(?:close|end)\s+of\s+(?:business|play)\b|\b(?:by|before)\s+lunch(?:time)?\b"
    r"|\b(?:by|before|until)\s+(?:month|quarter|sprint|week)-end\b|\beo[qmy]\b"
    # the period in progress or the one after: "in the next sprint", "within the week", "the week after next"
    rf"|\b(?:in|during|within|over|for)\s+the\s+(?:next|coming|current|following)\s+(?:{PERIOD}|weekend)\b(?!\s+or\b)"
    rf"|\bwithin\s+the\s+(?:{PERIOD}|day)\b|\bthe\s+week\s+after\s+next\b"
    # the rest (or the whole) of a period as the time box: "take the rest of the week",
    # "you have the whole sprint", "over the remainder of the quarter"
    rf"|\b(?:take|have|use|spend|get|got|over|during|within|through)\s+(?:the\s+)?(?:rest|remainder|whole|entire)\s+"
    rf"of\s+(?:the\s+|this\s+)?(?:{PERIOD}|day)\b"
    rf"|\b(?:take|have|use|spend|get|got)\s+(?:the\s+)?(?:whole|entire|full)\s+(?:{PERIOD}|day)\b"
    # a day asked for by being there, named bare: "Can you be around Saturday in case the migration
    # goes sideways?" ("on Saturday" is read above)
    rf"|\bbe\s+(?:around|available|on\s+hand|reachable|online|in\s+the\s+office)\s+{WEEKDAY_FULL}\b"
    # a day with a span of hours: "bug bash Thursday 2–5pm"
    rf"|\b{WEEKDAY_FULL}\s+\d{{1,2}}(?:[:.]\d{{2}})?\s*(?:–|-|to)\s*{CLOCK}"
    # the time box as a header: "Gabi, your next two weeks: get cold start under 2 s", "Next 6
    # months: ...", "Goal (H2): ..."
    # ("Next two weeks: I'm on holiday" tells where someone will be; "Retro (Q3): ..." reports)
    rf"|\b(?:your\s+)?next\s+{_SOME}\s+{_UNIT}(?=\s*:\s*+(?!I'm\b|I\s+am\b|I'll\b|we're\b|we\s+are\b|I\s+will\b))"
    r"|(?:^|(?<=\n))\s*(?:growth\s+)?(?:goals?|objectives?|okrs?|focus|targets?|plan)\s*\(?(?:for\s+)?(?:h[12]|q[1-4])"
    r"(?:\s+\d{4})?\)?(?=\s*:)"
    # a month asked for, at the end of the question: "Can you do it in May?", "mentoring Thandiwe
    # through her first on-call rotation in May?" (a bare "in May" elsewhere often dates an event)
    rf"|\bin\s+{MONTH}(?=\s*\?)"
    # a day of a month in words: "by the first of November", "so first of November"
    rf"|\b(?:by|before|on|for|until|till|so|due)\s+(?:the\s+)?(?:first|second|third|fourth|fifth|last)\s+of\s+{MONTH}\b"
    # a day named bare at the end of an instruction: "cut the release branch Thursday.",
    # "let it sit past Friday" (not "every Thursday", "on Thursday's call", "this past Friday")
    rf"|\b(?<!every\s)(?<!each\s)(?<!on\s)(?<!by\s)(?<!the\s)(?<![,.!?;:]\s)(?<!^){WEEKDAY_FULL}(?=\s*[,.!?;]|\s*$)"
    rf"|\b(?<!this\s)past\s+(?:next\s+)?{WEEKDAY_FULL}\b"
    # a deadline tied to an event that is itself dated: "before it auto-renews in August",
    # "ahead of the vendor call on Thursday"
    # (a version among the words: "before GCP ends 3.8 support in April")
    rf"|\b(?:before|ahead\s+of|by\s+the\s+time)\s+(?:[\w'-]+(?:\.\d+)*\s+){{1,6}}?(?:in\s+{MONTH}|on\s+(?:{DATE}|{WEEKDAY}))\b"
    # a month, part of a month or a quarter as the limit: "by March", "until early June",
    # "in mid-March", "the first week of July" (a bare "in January" more often dates an event:
    # "the reorg lands in January")
    rf"|\b(?:by|before|until|till|no\s+later\s+than)\s+(?:(?:early|mid|late)[\s-]*)?(?:{MONTH}|q[1-4]|h[12])\b"
    rf"|\bin\s+(?:early|mid|late)[\s-]*{MONTH}\b"
    # ("the last Friday of the month")
    rf"|\b(?:first|second|third|fourth|last|final)\s+(?:week|half|days?|fortnight|{WEEKDAY_FULL})\s+of\s+"
    rf"(?:{MONTH}|next\s+month|the\s+month|q[1-4]|the\s+quarter|the\s+sprint)\b"
    # a numbered sprint: "by sprint 14", "during sprint 23"
    r"|\b(?:by|in|during|before|for|until|end\s+of)\s+(?:the\s+end\s+of\s+)?sprint\s+\d+\b"
    # a duration in units DEADLINE does not list, or a deadline counted from now:
    # "within a fortnight", "in the next 48 hours", "inside two weeks", "two weeks from now"
    rf"|\b(?:in|within|inside|over)\s+(?:the\s+)?(?:next\s+|first\s+)?{_SOME}\s+(?:{_UNIT}|hours|hrs)\b"
    rf"(?!\s+(?:a|per|each|every|ago)\b)"
    # (led by a number or by "a" and its unit: a part led by a bare "a" would be tried at every "a")
    rf"|\b(?:{COUNT}\s+{_UNIT}|a\s+(?:day|week|month|sprint|fortnight))\s+from\s+(?:now|today|tomorrow|{WEEKDAY})\b"
    # a time budget handed over: "spend two days on it", "you have six weeks to get it done"
    rf"|\b(?:spend|put|invest)\s+{_SOME}\s+(?:{_UNIT}|hours)\s+on\b"
    rf"|\b(?:have|has|got|get|gets)\s+{_SOME}\s+{_UNIT}\s+(?:to|for)\b"
    # a time named as the deadline: "the deadline is Friday", "ETA: Thursday", "Monday at the latest"
    # ("Target: Q3.", as action items write it)
    rf"|\b(?:deadline|due\s+date|eta|target\s+date|target(?=\s*(?::|is\b))|cut-?off)\s*(?:is|:|would\s+be|=|-)?\s*(?:the\s+)?{_WHEN}\b"
    # (a day, a date or a clock time before the verb: a pattern led by all of _WHEN would be tried
    # at every "the" and "this")
    rf"|\b{_NAMED_DAY}\s+(?:is|as)\s+the\s+(?:hard\s+|real\s+|final\s+)?(?:deadline|cut-?off|due\s+date)\b"
    rf"|\b{_NAMED_DAY}\s+(?:at\s+the\s+)?latest\b"
    # a named launch or release, as "before the launch" is: "before the 5.0 launch", "before the
    # Japanese launch" ("before the next release" is vague: see deadlines_context)
    r"|\b(?:before|ahead\s+of|in\s+time\s+for|by)\s+the\s+(?!next\b|following\b)(?:[\w.-]+\s+){1,2}?(?:launch|release|go-live)\b"
    # the period's edge with "at": "before Travis credits run out at the end of the month" ("at the
    # end of each sprint" is a cadence)
    rf"|\bat\s+the\s+(?:end|start|beginning)\s+of\s+(?:the\s+|this\s+|next\s+)?(?:{PERIOD}|q[1-4]|{MONTH})\b"
    # a fortnight, and a programme increment (SAFe): "in the next fortnight", "the aim for this PI",
    # "from PI 7 onwards"
    r"|\b(?:in|during|within|over|for)\s+the\s+(?:next|coming|current|following)\s+fortnight\b"
    rf"{_PI}"
    # a named day given over to the work is its window: "You can take Thursday for it", "I've cleared
    # your Thursday and Friday for it" ("You can take Fridays for it" recurs, bounding nothing)
    rf"|\b{WEEKDAY_FULL}(?:\s+and\s+{WEEKDAY_FULL})?\s+(?:blocked\s+|free\s+|clear\s+)?for\s+(?:it|this)\b"
    # a duration allowed: "Two sprints is fine" (as DEADLINE's "two weeks feels realistic")
    rf"|\b(?:{COUNT}|a)\s+(?:days?|weeks?|sprints?|months?)\s+(?:is|are|should\s+be)\s+(?:fine|plenty)\b"
    # work named by its quarter: "drive the Q1 reliability work", "own the Q1 hiring loop" ("the Q1
    # roadmap", "the Q1 hiring rubric" name a document, not a time box)
    r"|\bthe\s+(?:q[1-4]|h[12])\s+(?:[\w-]+\s+){0,2}?(?:work|project|loop|hiring|migration|push|initiative|effort|rollout|okrs?)\b"
    # (the head noun: "the Q1 hiring rubric" is a document)
    r"(?=\s+(?:for|of|on|in|at|with|to|and)\b|\s*[.,;:!?)]|\s*$)"
    # the last day before leave as the limit: "Friday's your last day, so by then please"
    rf"|\b{WEEKDAY}(?:'s|\s+is)\s+(?:your|my|his|her|their)\s+(?:last|final)\s+day\b"
    # the same days in text-speak: "tmrw 10am", "this wk", "by the wkend" (not "wks ago")
    r"|\b(?:tmrw|tmr|2moro|2mrw)\b|\b(?:this|next|by\s+the|over\s+the)\s+(?:wk|wkend|wknd)\b"
    r")"
)
# The pattern runs as two: without its cased "PI" alternatives it runs on the lower-cased text
# (without IGNORECASE, which makes `re` fold each character it reads), and those run only in a
# text that holds "PI". The same matches, in the same order, unless the text holds one of
# "\u0130\u0131\u017f" (dotted I, dotless i, long s), which IGNORECASE matches as i or s and
# lower-casing does not: such a text runs the whole pattern as before.
DEADLINE_MORE = rx(_DEADLINE_MORE.replace(_PI, "", 1))
_DEADLINE_PI = rx(_PI[1:])
_DEADLINE_MORE_CASED = rx(_DEADLINE_MORE)
_FOLDS_APART = re.compile("[\u0130\u0131\u017f]")
VAGUE_TIME = rx(
    r"(?:"
    r"\b(?:asap|a\.s\.a\.p|as\s+soon\s+as\s+(?:possible|you\s+can)|soon(?:ish)?|sometime|some\s+time|"
    r"at\s+some\s+point|eventually|shortly|before\s+too\s+long|sooner\s+rather\s+than\s+later|"
    r"in\s+the\s+(?:near|coming)\s+(?:future|weeks|days|months)|"
    r"in\s+the\s+next\s+(?:few|couple\s+of)\s+(?:days|weeks|months|sprints)|"
    r"over\s+the\s+next\s+(?:few|couple\s+of)\s+(?:days|weeks|months|sprints)|"
    r"one\s+of\s+these\s+days|urgently|right\s+away|at\s+your\s+earliest\s+convenience|in\s+a\s+bit|"
    r"(?:kind\s+of|kinda|sort\s+of|pretty|quite|super|fairly|a\s+bit)\s+urgent)\b"
    r"|\b\w+-ish\b"
    r")"
)
NO_TIME_FRAME = rx(
    r"\b(?:no\s+rush|no\s+hurry|no\s+deadline|take\s+your\s+time|whenever|there's\s+no\s+(?:timeline|deadline))\b"
)
# "at some point this quarter", "sometime next week": a concrete period made vague.
_BLURRED = rx(
    # ("be around on Saturday" is being there, not a blurred date)
    r"\b(?:at\s+some\s+point|sometime|some\s+time|(?<!\bbe\s)(?<!\bstay\s)(?<!\bstick\s)around|roughly)\s+$"
)


# "Not by Friday": a deadline denied.
_NEGATED = re.compile(
    r"\b(?:not|no\s+need\s+to\s+(?:\w+\s+){0,3}?|don't\s+need\s+(?:it|this|that)|isn't\s+due|"
    r"(?:doesn't|does\s+not|don't|do\s+not|won't)\s+(?:have|need)\s+to(?:\s+be)?(?:\s+(?:done|ready|finished))?)\s+$",
    re.IGNORECASE,
)
# A sentence that reports the past ("Last quarter Jun cut it in six weeks") or a
# hypothetical ("If the vendor slips, we'd need it within two weeks") sets no deadline for this task.
_NOT_THIS_TASK = re.compile(
    r"\s*(?:(?:last|previous)\s+(?:quarter|year|month|week|sprint|time|spring|summer|autumn|fall|winter)|back\s+in|"
    r"previously|a\s+(?:year|month|few\s+\w+)\s+ago)\b"
    r"|\s*(?:if|should|in\s+case)\b[^.!?;\n]{1,80},\s*(?:we|they|you|I)(?:'d|\s+would|\s+might|\s+could)\b",
    re.IGNORECASE,
)
# "it landing by 6am", "the job finish by 5:30am": a clock time a process must meet is a threshold, not a deadline.
_PROCESS_BY = re.compile(
    r"\b(?:it|job|report|batch|pipeline|build|backup|export|sync|run)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:landing|lands?|finish(?:es|ing)?|complet(?:es?|ing)|runs?|running|arriv(?:es?|ing))\s+$",
    re.IGNORECASE,
)

_PREPOSITION = re.compile(r"(?:in|within|by|before|until|over|for|inside)\b", re.IGNORECASE)
_PAST_SPAN = re.compile(r"\bsince\s+some\s*time\b|\bfor\s+some\s*time\s+now\b", re.IGNORECASE)

# "Speak soon!", "talk soon": a sign-off, not a time for the task ("fix it soon" is one)
_SIGN_OFF = re.compile(r"(?:speak|talk|chat|see\s+you|catch\s+you)\s+$", re.IGNORECASE)

_BY_CLOCK = re.compile(rf"by\s+{CLOCK}", re.IGNORECASE)


def _deadlines_more(doc: Doc) -> list[Span]:
    """`doc.find(_DEADLINE_MORE_CASED)`, faster: see `DEADLINE_MORE`."""
    text = doc.unquoted
    if not text.isascii() and _FOLDS_APART.search(text):
        return doc.find(_DEADLINE_MORE_CASED)
    if "PI" not in text:  # (what every match of `_DEADLINE_PI` holds)
        return doc.find(DEADLINE_MORE)
    # One pattern's matches come sorted by start, the longer first (as `Rx` sorts them).
    matches = sorted(
        [*DEADLINE_MORE.iter_view(doc, "unquoted"), *_DEADLINE_PI.iter_view(doc, "unquoted")],
        key=lambda match: (match.start(), -match.end()),
    )
    return [span for match in matches if (span := doc.span(*match.span())) is not None]


_AHEAD = re.compile(r"\b(?:once|when|until|after|before|if|unless|to\s+have)\b", re.IGNORECASE)
_WENT_ON = re.compile(
    r"\b(?:failed|broke|went\s+down|was\s+down|were\s+down|stayed|sat|waited|lasted|(?:has|have|had)\s+been)\b"
    r"(?:\s+(?!(?:and|but|so|then)\b)[\w-]+){0,3}\s+$",
    re.IGNORECASE,
)


@memoised("deadlines")
def deadlines_and_durations(doc: Doc) -> list[Span]:
    """Concrete dates, deadlines and durations."""
    found = []
    for span in doc.find(DEADLINE) + _deadlines_more(doc):
        before = doc.unquoted[max(0, span.start - 32) : span.start]
        after = doc.unquoted[span.end : span.end + 4]
        # "around Friday" blurs a date; "turn it around in 3 days" is a particle before a preposition
        blurred = _BLURRED.search(before) and not _PREPOSITION.match(span.text)
        # (every match of `_NEGATED` holds "not", "need", "due" or "have": no other character
        # matches their letters case-insensitively, so lower-casing finds them where it would)
        lowered = before.lower()
        if (
            blurred
            or after.startswith("-ish")
            or (
                ("not" in lowered or "need" in lowered or "due" in lowered or "have" in lowered)
                and _NEGATED.search(before)
            )
        ):
            continue
        start, _end = doc.sentence_bounds(span.start)
        if _NOT_THIS_TASK.match(doc.unquoted, start) or (
            _BY_CLOCK.match(span.text)
            and _PROCESS_BY.search(doc.unquoted[max(start, span.start - 60) : span.start])
        ):
            continue
        if bounds_no_task(doc, span):
            continue
        # how long something went on: "invoice-retry failed silently for three days"
        # ("once the new host has stayed green for 14 days" is a condition ahead)
        if (
            span.text[:4].lower() == "for "
            and _WENT_ON.search(before)
            and not _AHEAD.search(doc.unquoted, max(0, span.start - 60), span.start)
        ):
            continue
        found.append(span)
    return found


@memoised("vague_times")
def vague_times(doc: Doc) -> list[Span]:
    """Vague time: "ASAP", "soon", "at some point"."""
    return [
        span
        for span in doc.find(VAGUE_TIME) + doc.find(VAGUE_MORE)
        # "since some time", "for some time now": how long something has gone on, not a time frame
        # ("plan for some time next week" is a vague time frame all the same)
        if not (
            span.text.lower() in ("some time", "sometime")
            and _PAST_SPAN.search(doc.unquoted[max(0, span.start - 7) : span.end + 4])
        )
        and not (
            span.text.lower() == "soon"
            and _SIGN_OFF.search(doc.unquoted, max(0, span.start - 12), span.start)
        )
    ]


@memoised("no_time_frame")
def no_time_frame(doc: Doc) -> list[Span]:
    """An explicit absence of a time frame: "no rush"."""
    return doc.find(NO_TIME_FRAME) + doc.find(NO_DEADLINE_MORE)
