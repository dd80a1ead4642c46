"""Occasions, times and places: when and where did it happen?

`specific_occasions`: an identifiable occasion ("in yesterday's planning
meeting", "the PR you merged last night", "PR #4821", "during sprint
planning", "the last three standups"). `vague_context`: a general one
("recently", "lately", "in meetings", "in reviews", "the other day").
"""

from __future__ import annotations

from rehearse.scoring.lexicon import (
    CLOCK,
    COUNT,
    DATE,
    EVENT_MODIFIED,
    EVENT_NOUNS,
    WEEKDAY_FULL,
)
from rehearse.scoring.result import Span
from rehearse.scoring.text import Doc, memoised, rx

# "yesterday", "this morning", "on Tuesday", "last Friday", "two weeks ago", dates, clock times
TIME_ANCHOR = rx(
    r"(?:"
    r"\b(?:yesterday|today|tonight|this\s+(?:morning|afternoon|evening)|last\s+night|"
    r"earlier\s+today|earlier\s+this\s+(?:morning|afternoon|week)|the\s+day\s+before\s+yesterday)(?:'s)?\b"
    r"(?<!'s)(?!'s\s+(?:backups?|data|numbers|snapshot|dump|logs|metrics|figures|weather|news|lunch|dinner)\b)"
    rf"|\b(?:on\s+|last\s+|this\s+past\s+|this\s+)?{WEEKDAY_FULL}(?:'s)?\b(?!s)"
    r"|\b(?:last|this|this\s+past)\s+(?:week|sprint|weekend)(?:'s)?\b"
    r"|\blast\s+(?:month|quarter)'s\b"
    r"|\b(?:the\s+)?(?:week|sprint|month)\s+before\s+last\b"
    # a numbered sprint: "in sprint 22", "in sprints 22 and 23"
    r"|\b(?:sprint|iteration)s?\s+\d{1,4}\b(?:(?:\s*,\s*|\s+and\s+|\s*-\s*|\s+to\s+)\d{1,4}\b)*"
    r"|\b(?<!few\s)(?<!couple\sof\s)(?:days?|weeks?|sprints?|hours?)\s+ago\b"
    rf"|{DATE}|\b(?<!\d\s)(?:at|around|by)\s+{CLOCK}"
    r")"
)

_PREP = r"(?:in|during|at|on|after|before|from|for|about|with|to|into)"
_DETERMINER = r"(?:the|this|that|our|your|my|his|her|their|today's|yesterday's|last\s+week's|\w+'s)"
# Words between the determiner and the event ("the Q3 launch retro"), never a pronoun or a conjunction.
_WORD = (
    r"(?!(?:you|i|we|he|she|they|it|me|us|them|and|or|but|that|which|who|when|while|where|to|in|on|at|for|"
    r"of|from|with|during|by|about|lately|recently)\b)[\w#:-]+"
)
# Plural settings with a count ("the last three standups") are specific, not recurring.
_PLAIN_WORD = r"(?!(?:last|past|first|previous|both|two|three|four|five|six|\d+)\b)" + _WORD
_MODIFIERS = rf"(?:{_WORD}\s+){{0,3}}?"
# One named occasion: "in the retro", "during sprint planning", "at standup".
_EVENT_END = rf"(?:{EVENT_NOUNS})\b(?!s\b|-)(?!\s+(?:{EVENT_MODIFIED})\b)"
_INDEFINITE = r"(?:a|an|one|some|any|another)"
SINGLE_EVENT = rx(
    rf"\b{_PREP}\s+{_DETERMINER}\s+(?:(?:last|first|latest|recent|final|big|whole)\s+)?{_MODIFIERS}{_EVENT_END}"
    # ("in a meeting", "in one meeting" name no occasion: see VAGUE_CONTEXT)
    rf"|\b(?:in|during|at|on|after|before)\s+(?!{_INDEFINITE}\s)(?:{_WORD}\s+){{1,3}}?{_EVENT_END}"
    rf"|\b(?:during|at)\s+{_EVENT_END}"
)
# Things that point at one occasion without a preposition.
POINTED_EVENT = rx(
    r"(?:"
    r"\b(?:PR|pull\s+request|MR|ticket|issue|INC|incident|change)\s*[#-]?\s*\d{2,}\b"
    r"|\b[A-Z]{2,}-\d+\b"
    r"|\bthe\s+(?:PR|pull\s+request|commit|change|message|email|comment|post|deploy|migration|rollback|demo|incident|page|alert|release)\s+(?:you|that\s+you)\s+\w+"
    rf"|\byour\s+(?:last|latest|most\s+recent|first|previous)\s+(?:{COUNT}\s+)?(?:PR|pull\s+request|commit|deploy|release|review|"
    r"update|demo|on-call\s+shift|shift|estimate|presentation|talk|incident|postmortem)s?\b"
    rf"|\b(?:the|your|this|that)\s+(?:{_WORD}\s+){{0,2}}?(?:outage|incident|launch|demo|presentation|postmortem|"
    r"post-mortem|retro|retrospective|all-hands|offsite|cutover|rollout|standup|war\s+room|hackathon|"
    r"interview|debrief|kickoff|workshop)\b(?!s\b|-)(?!\s+(?:process|notes|plan|checklist|template|doc|docs|policy|"
    r"channel|rotation|cadence|schedule|format|tooling))"
    rf"|\bthe\s+(?:last|past|first|previous)\s+{COUNT}\s+(?:{EVENT_NOUNS})s?\b"
    r"|\bthe\s+last\s+time\s+(?:we|you|I)\b"
    r"|\b(?:when|while)\s+(?:the|our)\s+(?:pager|alert|site|build|deploy|database|db|service|api)\s+(?:went|fired|broke|failed|was)\b"
    r"|\byour\s+estimate\s+for\s+the\s+\w+"
    # one presentation, by who gave it and what it showed: "when Priya was walking through her
    # caching proposal", "while I was presenting the Q3 roadmap", "when you presented the plan"
    # (not a habit: "when Priya was presenting her updates in standups", "... you usually cut in")
    r"|\b(?:when|while|as)\s+(?:(?-i:[A-Z]\w+)|she|he|they|I|we|you)\s+(?:(?:was|were)\s+(?:presenting|walking\s+(?:us\s+)?through|"
    r"demoing|showing(?:\s+us)?|pitching|talking\s+(?:us\s+)?through|going\s+through|explaining|sharing)|presented|"
    r"walked\s+(?:us\s+)?through|demoed|showed(?:\s+us)?|pitched|talked\s+(?:us\s+)?through|went\s+through)\s+"
    r"(?:her|his|their|the|our|my|your|(?-i:[A-Z]\w+)'s)\s+(?:(?!(?:at|in|on|during|for|to)\s)[\w-]+\s+){0,3}?(?:proposal|plan|"
    r"slides|deck|design|demo|update|RFC|ADR|doc|results|numbers|idea|PR|talk|presentation|roadmap|findings|prototype|"
    r"estimate)\b(?!\s+(?:reviews|meetings|sessions|syncs)\b)"
    r"(?![^.!?\n]*\b(?:usually|often|always|sometimes|tend\s+to|every\s+time|whenever|each\s+time|in\s+(?:standups|meetings|reviews|retros)"
    r"|at\s+(?:standups|meetings|reviews|design\s+reviews))\b)"
    r"|\bon\s+(?-i:[A-Z]\w+)'s\s+(?:[\w-]+\s+)?(?:ADR|RFC|PR|doc|design|proposal|presentation|demo|post|pull\s+request)\b"
    r"|\byour\s+(?:PR|pull\s+request|commit|design\s+doc|RFC|ADR|runbook|postmortem|estimate|ticket|proposal|write-up)"
    r"(?:\s+description)?\s+(?:for|on|about)\s+(?:the|our)\s+[\w-]+"
    r")"
)
_PLURAL_EVENT = rf"(?:(?:{EVENT_NOUNS})s|one-on-ones|1:1s|1-on-1s|PRs|pull\s+requests)"
PLURAL_CONTEXT = rx(
    rf"\b(?:in|during|at|on|after|before|across|from)\s+(?:(?:our|your|the|team|all|most|many|some|the\s+team's)\s+)?"
    rf"(?:{_PLAIN_WORD}\s+){{0,3}}?{_PLURAL_EVENT}\b(?!\s+\d)"  # "in sprints 22 and 23" names them
)
# "you've been doing reviews at 2am": an ongoing pattern, not an occasion.
PROGRESSIVE = rx(r"\byou(?:'ve|\s+have)\s+been\s+(?:\w+ly\s+)?\w+ing\b")
VAGUE_CONTEXT = rx(
    r"(?:"
    r"\b(?:recently|lately|earlier(?!\s+(?:today|this))|at\s+some\s+point|sometimes|often|"
    r"occasionally|these\s+days|the\s+other\s+day|a\s+while\s+(?:ago|back)|some\s+time\s+ago|"
    r"in\s+the\s+past|once\s+or\s+twice|a\s+few\s+times|from\s+time\s+to\s+time|"
    r"for\s+a\s+while|over\s+the\s+(?:last|past)\s+(?:few|couple\s+of|several)\s+\w+|"
    r"in\s+the\s+(?:last|past)\s+(?:few|couple\s+of|several)\s+\w+|"
    r"over\s+the\s+(?:last|past)\s+(?:month|week|quarter|year|sprint|while)|"
    r"a\s+(?:few|couple\s+of)\s+(?:days|weeks|months)\s+ago|"
    r"this\s+(?:month|quarter|year|half)|last\s+(?:month|quarter|year))\b"
    rf"|\b(?:in|during|at|on|after|before|across|from)\s+(?:(?:our|your|the|team|all|most|many|some|the\s+team's)\s+)?{_MODIFIERS}{_PLURAL_EVENT}\b"
    r"|\bin\s+(?:slack|chat|the\s+channel|email|emails|meetings|front\s+of\s+people)\b"
    # an occasion, but which one? "in a meeting", "during one standup", "in a single review"
    rf"|\b(?:in|during|at|on|after|before)\s+{_INDEFINITE}\s+(?:single\s+|recent\s+|past\s+)?{_EVENT_END}"
    r"|\bwhenever\b|\bevery\s+time\s+(?:we|you|there's|there\s+is)\b"
    r"|\bsince\s+(?:the\s+[\w-]+(?:\s+started|\s+began)?|we\s+\w+|you\s+\w+)\b"
    r"|\b(?:the|that|this)\s+[\w-]+(?:\s+[\w-]+)?\s+thing\b"
    r"|\b(?:in|during|at)\s+(?:planning|standups?|retros?|reviews|code\s+reviews?|1:1s|one-on-ones|design\s+reviews?)\b"
    r"(?!\s+(?:on|yesterday|today|this|last|earlier)\b)(?!\s*,?\s+(?:yesterday|today|this\s+morning|last\s+\w+)\b)"
    r")"
)


# "at some point in the migration", "sometimes during standup": an event made vague.
_BLURRED = rx(
    r"\b(?:at\s+some\s+point|sometimes|often|usually|once\s+or\s+twice|occasionally|"
    r"every\s+now\s+and\s+then)(?:\s+(?:in|during|at|on|of|after|before))?\s*,?\s*$"
)


@memoised("specific_occasions")
def specific_occasions(doc: Doc) -> list[Span]:
    """Identifiable occasions: a time anchor, a named event, a numbered PR."""
    found = doc.find(TIME_ANCHOR)
    for span in doc.find(SINGLE_EVENT) + doc.find(POINTED_EVENT):
        if not _BLURRED.search(doc.unquoted[max(0, span.start - 30) : span.start]):
            found.append(span)
    return found


@memoised("plural_contexts")
def plural_contexts(doc: Doc) -> list[Span]:
    """Recurring settings: "in meetings", "in design discussions"."""
    return doc.find(PLURAL_CONTEXT)


@memoised("progressive_patterns")
def progressive_patterns(doc: Doc) -> list[Span]:
    """Ongoing patterns: "you've been skipping the handoffs"."""
    return doc.find(PROGRESSIVE)


@memoised("vague_context")
def vague_context(doc: Doc) -> list[Span]:
    """General context: "recently", "in meetings", "the other day"."""
    return doc.find(VAGUE_CONTEXT)
