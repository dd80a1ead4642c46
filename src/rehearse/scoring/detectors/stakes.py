"""What is at stake: business terms, and the other person's own goals.

Business terms are counted as stakes, not as words: money with a period or a
loss ("$4,000 a month", "$30k in lost orders"), revenue, churn, downtime,
people affected ("4,000 users", "our largest customer", "users see ...").
A weaker word (customer, sales, deal, risk, budget) counts only beside a
consequence ("the sales demo could crash in front of the buyer"); mentioned
in passing ("the users table", "the customer success offsite") it does not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from rehearse.scoring.lexicon import DATE, MONTH, WEEKDAY_FULL
from rehearse.scoring.result import Span
from rehearse.scoring.text import Doc, memoised, rx

_MONEY = r"\$\s?\d[\d,.]*\s*(?:k|m|bn|million|thousand|billion)?"
_PEOPLE = r"(?:users|customers|clients|seats|accounts|merchants|subscribers|buyers|shoppers|tenants|members|patients|students)"
_PERIOD = r"(?:year|month|week|day|hour|quarter|seat|user|customer|incident|outage|restart)"
BUSINESS_STAKES = rx(
    r"(?:"
    # money with a period, a loss or a deal
    rf"{_MONEY}\s+(?:(?:a|an|per|each|every)\s+{_PERIOD}|in\s+(?:lost|new|annual|recurring|monthly|revenue|sales|orders|credits|"
    r"penalties|overtime|refunds|fees|bookings|pipeline|ARR|MRR)|(?:a\s+year|annually|monthly|ARR|MRR)|(?:contract|deal|account|"
    r"renewal|customer|prospect|opportunity|revenue|penalty|fine|bill|overrun))"
    rf"|{_MONEY}\s*(?:million|billion|bn|m)\b"
    rf"|\b(?:costs?|costing|cost\s+us|saves?|saving|losing|lose|lost|paying|pay|spend|spending|burning|worth|at)\s+(?:us\s+)?"
    rf"(?:about\s+|roughly\s+|around\s+|over\s+|nearly\s+|almost\s+|an\s+extra\s+|up\s+to\s+)?{_MONEY}"
    # revenue, churn, penalties, contracts at stake
    r"|\b(?:revenue|ARR|MRR|churn|churning|churned|bookings|conversion\s+rate|service\s+credits|penalt(?:y|ies)|fines|fined|"
    r"renewals?|downtime|lost\s+(?:orders|deals?|sales|revenue|customers|users|business|bookings)|profit|margins?|"
    r"SLA\s+(?:breach|credits|penalt\w+)|(?:breach|breaching|breached|miss|missing|missed)\s+(?:the\s+|our\s+|their\s+)?SLA)\b"
    # people affected, counted or described
    rf"|\b(?:\d[\d,.]*\s*k?|thousands\s+of|hundreds\s+of|millions\s+of|all\s+(?:of\s+)?(?:our|the)|every|most\s+(?:of\s+)?(?:our|the)|"
    rf"half\s+(?:of\s+)?(?:our|the))\s+(?:[\w-]+\s+)?{_PEOPLE}\b"
    # ... or by a head count too large to be a team: "Acme's 2,000 people could see a banner"
    r"|\b(?:\d{1,3}(?:,\d{3})+|\d{3,}|\d+\s*k)\s+(?:[\w-]+\s+)?people\b"
    rf"|\b{_PEOPLE}\s+(?:\w+\s+)?(?:see|saw|hit|lose|lost|wait|waited|complain|complained|churn|churned|leave|left|can't|cannot|"
    r"couldn't|notice|noticed|get\s+(?:errors|logged|kicked|charged|stuck|a\s+\w+)|got\s+(?:errors|logged|kicked|charged|stuck)|"
    r"are\s+(?:seeing|hitting|losing|waiting|complaining|affected|stuck|leaving|churning)|were\s+(?:affected|charged|locked|stuck|hit))\b"
    r"|\b(?:our|the|their|a|one)\s+(?:largest|biggest|top|key|main|second-largest|third-largest|most\s+important|"
    r"enterprise|paying|anchor|flagship)\s+(?:customers?|clients?|prospects?|accounts?|users?|partners?)\b"
    r"|\b(?:angry|unhappy|frustrated|paying|enterprise|upset)\s+(?:customers?|users?|clients?)\b"
    r"|\b\d+\s+(?:support\s+)?(?:tickets|complaints|escalations)\b|\bsupport\s+(?:load|volume|queue|costs?)\b"
    r"|\b(?:refund\w*|orders?|transactions?|payments?|sessions|connections|requests|signups|checkouts|logins)\b[^.!?;\n]{0,25}?"
    r"\b(?:a|per|each|every)\s+(?:day|hour|week|month|minute)\b"
    # (a volume the work must reach is its target, not its why: "it should hold 2,000 connections")
    # (the lookbehinds sit after the \b, where the part can still be looked up by its first digit)
    r"|\b(?<![\d,.])(?<!hold\s)(?<!handle\s)(?<!serve\s)(?<!sustain\s)(?<!support\s)(?<!to\s)(?<!at\s)(?<!of\s)"
    r"\d[\d,.]*\s*k?\s+(?:\w+\s+)?(?:orders|sessions|connections|transactions|payments|signups|checkouts|logins)\b"
    r"|\b(?:bill|spend|costs?|invoice|budget)\b[^.!?;\n]{0,40}?\b(?:went\s+up|increased|doubled|tripled|grew|rose|\d+\s*%)"
    # a risk to the business, named as one
    r"|\b(?:the|a|real|big|biggest)\s+risk\s+(?:is|of)\s+(?:that\s+)?(?:we\s+)?(?:lose|losing|miss|missing|breach|breaching|"
    r"churn|fail|failing|slip|slipping)"
    r"|\b(?:deal|contract|renewal|account|customer|client|pilot|prospect)\s+(?:is|are|goes|is\s+now)?\s*at\s+risk\b"
    r"|\bin\s+front\s+of\s+(?:the\s+|a\s+|our\s+|their\s+)?(?:buyer|customer|client|prospect|board|investors?)s?\b"
    r"|\b(?:walks?\s+away|won't\s+(?:sign|renew|buy|pay)|only\s+sign|will\s+only\s+sign|threaten\w*\s+to\s+(?:leave|cancel|churn))\b"
    r")"
)
# Words that are business terms only beside a consequence in the same sentence.
_WEAK = rx(
    r"\b(?:customers?|clients?(?!\s+(?:library|side|code|sdk|lib))|users?(?!\s+(?:service|table|model|id|object|endpoint|api|"
    r"story|stories|guide|docs|name|names))|sales|(?<!big\s)deals?(?!\s+with)|risks?|budget|costs?|money|contracts?|outages?|SLAs?|"
    r"uptime|SLOs?|compliance|audit|market|competitors?|launch\s+day|orders|checkout|payments?)\b"
)
_CONSEQUENCE = rx(
    r"\b(?:lose|loses|losing|lost|walks|walk\s+away|cancel\w*|churn\w*|crash\w*|breaks?|fail\w*|miss|misses|missing|"
    r"in\s+front\s+of|at\s+risk|hurts?|costs?|costing|pay|paying|penalt\w+|breach\w*|angry|complain\w*|impact\w*|affect\w*|"
    r"hits?|stall\w*|can't|cannot|won't\s+(?:sign|renew|buy|pay)|drops?|dropped|blocks?|blocked|down\s+for|offline|refunds?|"
    r"escalat\w+|leave|leaving|delay\w*|slips?|slipping)\b"
)

_GOAL_NOUN = (
    r"(?:launch|goals?|OKRs?|targets?|roadmap|deadline|promotion|promo|career|growth|milestones?|commitments?|KPIs?|priorities|"
    r"release|quarter|numbers|metrics|bonus|ambitions?|development\s+plan|north\s+star|users|customers|pilot|demo|date|"
    r"plan\s+for|case\s+for|objectives?|mandate|promise|adoption|OKR)"
)
RELATED_TO_GOALS = rx(
    r"(?:"
    rf"\byour\s+(?:own\s+|team's\s+)?(?:[\w/-]+\s+){{0,3}}?{_GOAL_NOUN}\b(?!\s+(?:packet|doc|document|template|channel))"
    r"|\bwhat\s+you\s+(?:promised|committed\s+to|told|signed\s+up\s+for|care\s+about|want(?:ed)?\s+to|said\s+you|presented|pitched|announced)\b"
    r"|\byou\s+(?:said|told\s+me|mentioned|shared|wrote|asked)\b[^.!?;\n]{0,60}?\b(?:you|your)\s+(?:want|wanted|'d\s+like|would\s+like|"
    r"hope|hoped|care|were\s+(?:aiming|hoping|keen|interested|looking)|are\s+(?:aiming|hoping|keen|interested|looking)|goal|aim|"
    r"wish|need(?:ed)?\s+to\s+(?:grow|show|get|build))\b"
    r"|\byou(?:'re|\s+are)\s+(?:aiming|going|pushing|working|hoping|gunning|angling)\s+(?:for|toward|towards|to\s+(?:get|reach|make|hit))\b"
    r"|\byou\s+(?:mentioned|talked\s+about|said|told\s+me)\s+(?:\w+\s+){0,2}?(?:wanting|hoping|aiming|trying)\s+to\b"
    r"|\byou(?:'re|\s+are)\s+(?:on\s+the\s+hook|accountable|responsible)\s+for\b"
    r"|\b(?:you|your\s+team)\s+(?:promised|committed\s+to|signed\s+up\s+for|owe)\b"
    r"|\bthe\s+(?:[\w-]+\s+){0,3}?(?:number|target|date|goal|metric|launch|promise|commitment|milestone|plan|roadmap|pilot|"
    r"deadline|OKR)s?\s+you\s+(?:presented|promised|committed\s+to|set|signed\s+up\s+for|pitched|announced|gave|owe|agreed|"
    r"care\s+about|own)\b"
    r"|\bhelps?\s+you\s+(?:get|reach|hit|ship|land|make|grow|become|meet|build|keep|protect|deliver|show)\b"
    r"|\b(?:gets?|getting)\s+you\s+(?:to|the|closer|there|a\s+step)\b"
    r"|\bwhat\s+matters\s+to\s+you\b|\byou\s+care\s+(?:most\s+)?about\b|\b(?:important|matters(?:\s+most)?)\s+to\s+you\b"
    r")"
)


@memoised("business_terms")
def business_terms(doc: Doc) -> list[Span]:
    """The point put in business terms: money, revenue, downtime, people affected, a deal at risk."""
    found = doc.find(BUSINESS_STAKES, view="plain_unquoted")
    weak = doc.find(_WEAK, view="plain_unquoted")
    if not weak:
        return found
    consequences = {
        doc.sentence_index(s.start) for s in doc.find(_CONSEQUENCE, view="plain_unquoted")
    }
    return found + [span for span in weak if doc.sentence_index(span.start) in consequences]


@memoised("links_to_their_goals")
def links_to_their_goals(doc: Doc) -> list[Span]:
    """The point tied to the other person's own goals: their launch, their promise, what they said they want."""
    return doc.find(RELATED_TO_GOALS, view="plain_unquoted")


# What names one of the person's goals in a scenario: a name ("the Acme pilot", "the VP of
# Sales") or a date with its day ("launching on April 22"), as the scenario file writes it.
_GOAL_NAME = re.compile(rf"(?i:{DATE})|\b[A-Z][\w&-]*[A-Za-z]\b")
# Capitalised, yet naming nothing of theirs: a month or weekday on its own, a pronoun.
_NOT_A_NAME = re.compile(
    rf"(?i:{MONTH}|{WEEKDAY_FULL}|I|I'm|I'd|I'll|OK|Okay|The|A|An|Our|Their|His|Her|My)$"
)


@lru_cache(maxsize=64)
def _goal_names(goals: tuple[str, ...]) -> re.Pattern[str] | None:
    names = {
        " ".join(found.group().split())
        for goal in goals
        for found in _GOAL_NAME.finditer(goal)
        if not _NOT_A_NAME.match(found.group())
    }
    if not names:
        return None
    alternatives = "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in sorted(names))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


def names_their_goals(doc: Doc, goals: Sequence[str]) -> list[Span]:
    """Where the text names what the person cares about by its name: "Acme's 2,000 seats".

    A scenario lists what its persona cares about ("the Acme pilot", "launching on April 22");
    a user who says "right when Acme's pilot starts on April 22" ties the point to their goals
    without "your". Only names and dates count: "users" or "launch" are in every turn.
    """
    pattern = _goal_names(tuple(goals))
    if pattern is None:
        return []
    spans = (doc.span(*found.span()) for found in pattern.finditer(doc.unquoted))
    return [span for span in spans if span is not None]
