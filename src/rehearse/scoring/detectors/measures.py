"""Measurable: how will both people know the task is done?

`measures`: a number, threshold or concrete deliverable ("from 14 to 5 P1
bugs", "under 300 ms", "an ADR with three options"); `directions`: a
direction or qualitative done-criterion ("reduce the bugs", "document the
process"). Deliverables and directions count only in sentences that ask for
the work or state its goal; a threshold counts there, or in any sentence of a
message that asks for something unless the sentence reports the past or the
support ("it dropped from 4.6 to 4.1", "a budget of $40k").
"""

from __future__ import annotations

import re

from rehearse.scoring.detectors.tasks import ROLE_NAME, ROLE_VERBS, request_leads, requested_tasks
from rehearse.scoring.lexicon import (
    CLOCK,
    COUNT,
    COUNT_NOUNS,
    DELIVERABLES,
    LOOKING_AHEAD,
    MEASURE_UNITS,
    MONTH,
    NUMBER,
    PAST_COMMON,
    TIME_UNIT,
    WEEKDAY,
)
from rehearse.scoring.result import Span
from rehearse.scoring.text import LINKING, Doc, memoised, rx

# "$40k", "Rs 30 lakh", "EUR 2,400", "12%"
_AMOUNT = (
    rf"~?(?:[$€£₹]|(?:rs\.?|inr|eur|usd|gbp)\s*)?{NUMBER}(?:\.\d+)?\s*(?:k|m|%|lakhs?\b|crores?\b)?"
)
# A limit to stay within ("kept" and "held", which report one, are added where they count).
_LIMIT_FORMS = (
    "keep|keeps|keeping|cap|caps|capping|capped|limit|limits|limiting|limited|hold|holds|holding"
)
_NO_LONGER = r"no\s+(?:longer|more|later)\s+than"
# Words that bound a number from one side.
_COMPARATOR = (
    r"under|below|above|over|less\s+than|more\s+than|fewer\s+than|at\s+least|at\s+most|no\s+more\s+than|"
    r"max|maximum|min|minimum"
)
# A word that links a number to what follows ("under 10 a day", "above 99.5% by June"), so it
# is quoted without it: the words that link any quote, and those that follow a number.
_AFTER_A_NUMBER = (
    "before",
    "after",
    "per",
    "each",
    "every",
    "this",
    "that",
    "next",
    "until",
    "within",
)
_MORE_LINKING = ("was", "were", "so", "because", "if", "when")
_LINKING_WORD = rf"(?:{'|'.join(sorted(LINKING.union(_AFTER_A_NUMBER, _MORE_LINKING)))})"
# What a bound number counts: its unit or the next word, quoted only if it is not a linking word;
# or nothing, before a comma ("cut it down to the alerts that should wake a human, under 15, ..."),
# but not a year ("Over 2024, we grew") or a list of numbers ("go over 3, 4 and 5").
_WHAT_IS_COUNTED = rf"(?:\s*(?:{MEASURE_UNITS})|\s+(?!{_LINKING_WORD}\b)[a-z][\w-]*|(?=\s+[a-z])|(?<!\b(?:19|20)\d\d)(?=,\s+(?!\d)))"
# Who the work is talked over with, not what it counts: "chat with the other 2 leads"
_PEOPLE = (
    r"(?:leads|people|engineers|managers|folks|teams|members|devs|developers|designers|reviewers)"
)
THRESHOLD = rx(
    r"(?:"
    rf"\bfrom\s+(?:about\s+|around\s+|roughly\s+)?{_AMOUNT}[^.!?;\n]{{0,40}}?\bto\s+(?:under\s+|below\s+|about\s+|around\s+|at\s+most\s+)?{_AMOUNT}"
    # a comparator and a number is a threshold, whatever is counted
    rf"|\b(?:{_COMPARATOR}|down\s+to|up\s+to|exceeds?|hits?|reaches|reach)\s+{_AMOUNT}{_WHAT_IS_COUNTED}"
    rf"|[<>]=?\s*{_AMOUNT}{_WHAT_IS_COUNTED}"
    rf"|\b(?:by|to|within)\s+{_AMOUNT}\s*(?:{MEASURE_UNITS}|{COUNT_NOUNS}|a\s+(?:day|week|month)|per\s+\w+)"
    # a level to hold: "back to a stable 30fps", "to a steady 99.9%"
    rf"|\bto\s+an?\s+(?:stable|steady|solid|consistent|sustained|reliable)\s+{_AMOUNT}\s*(?:{MEASURE_UNITS}|{COUNT_NOUNS})"
    # ... or as it was: "standup back to 15 minutes"
    # ("push standup back to 10 minutes later" moves it)
    rf"|\bback\s+(?:down\s+)?to\s+{_AMOUNT}\s*(?:minutes?|mins?|hours?|seconds?|secs?|{MEASURE_UNITS}|{COUNT_NOUNS})\b"
    r"(?!\s+(?:later|earlier|after|before|from\s+now)\b)"
    # "keep it to 15 minutes", "keeping it to 15 minutes", "capped at 2 hours", "no longer than 20
    # minutes": a limit to stay within
    rf"|\b(?:{_LIMIT_FORMS}|kept|held)\s+(?:[\w'-]+\s+){{0,3}}?"
    rf"(?:to|at|under|below|within)\s+{_AMOUNT}\s*(?:minutes?|mins?|hours?|days?|{MEASURE_UNITS}|{COUNT_NOUNS})\b"
    rf"|\b{_NO_LONGER}\s+{_AMOUNT}\s*(?:minutes?|mins?|hours?|days?|{MEASURE_UNITS}|{COUNT_NOUNS})\b"
    # "12%", "95 or above", "aim for 95+"
    r"|\b(?:aim\s+for|target(?:ing)?|reach|get\s+(?:it\s+)?to|at\s+least|hit)\s+\d+(?:\.\d+)?\+(?![\w+])"
    # a streak to reach: "run clean for 5 nights in a row", "green on main 10 runs in a row" ("has
    # been red 3 nights in a row" is history)
    rf"|\b(?:for|(?:green|clean|passing|stable|healthy)(?:\s+on\s+[\w-]+)?)\s+(?:{COUNT})\s+"
    r"(?:nights?|days?|runs?|builds?|releases?|deploys?|weeks?|sprints?|times)\s+(?:in\s+a\s+row|running|straight)\b"
    rf"|\bfor\s+(?:{COUNT})\s+consecutive\s+[a-z]+"
    # a count named as the target: "Target is the first 3 premium channels can play ..."
    rf"|\b(?:target|goal|aim)\s*(?:is|:|=)\s+(?:the\s+)?(?:first\s+|top\s+)?(?:{COUNT})\s+(?!{_LINKING_WORD}\b)"
    # ("Target is 3 weeks away" is a time; "The goal is 2 things: ..." counts the goals)
    r"(?!(?:weeks?|days?|months?|years?|hours?|minutes?|sprints?|quarters?|things?|parts?|steps?|goals?)\b)[a-z][\w-]*"
    r"(?:\s+(?!(?:by|before|until|on|in|so|and|because)\b)[\w-]+(?:\.\d+)*){0,6}"
    rf"|\b{NUMBER}(?:\.\d+)?\s*(?:%|percent|(?:[a-z]+\s+){{0,3}}?or\s+(?:above|below|more|less|better|higher|lower|fewer|under|over)\b)"
    rf"|\bp(?:50|75|90|95|99|999)\b[^.!?;\n]{{0,40}}?\d"
    rf"|\bzero\s+(?:(?!{_LINKING_WORD}\b)\w+[\s-]){{0,2}}(?!{_LINKING_WORD}\b)\w+"
    r"|\b(?:100%|all\s+green|green\s+builds?|no\s+(?:open|remaining)\s+\w+)"
    r"|\b(?:in\s+under|under|within|less\s+than|below)\s+(?:an?|one|half\s+an?)\s+(?:hour|minute|day|second|week)\b"
    # "within 1 working day", "in under two business days"
    rf"|\b(?:in\s+under|under|within|less\s+than)\s+(?:{COUNT})\s+(?:working|business|calendar)\s+(?:days?|hours?)\b"
    # "within 24 hours of each interview", "within 30 days of receipt", "within 5 minutes of
    # reconnecting": a time every occurrence must meet (not "within two days of the launch", a date)
    rf"|\bwithin\s+(?:{COUNT})\s+(?:minutes?|hours?|days?)\s+of\s+(?:(?:an?|each|every|any)\s+[\w-]+|receipt\b|[a-z]{{3,}}ing\b)"
    r"|\b(?:get|go|get\s+us|get\s+it)\s+to\s+v?\d+\.\d+(?:\.\d+)?\b"
    rf"|\b(?:kept|retained|stored|archived|held)\s+for\s+(?:at\s+least\s+)?{COUNT}\s+(?:days|weeks|months|years)\b"
    r"|\b(?<=,\s)then\s+[^.!?;,\n]{3,60}?,\s+then\b"
    r"|\b(?:consecutive|straight)\s+(?:\w+\s+)?(?:days|runs|builds|weeks|releases|deploys)\b"
    r"|\b(?:times|\d+(?:\.\d+)?x)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?(?:traffic|load|volume|capacity|scale|peak|throughput)\b"
    rf"|\b(?<![\d.#])(?!(?:4|5)\d\d\s+(?:errors?|responses?|status))(?:{COUNT})\s+(?:of\s+(?:the|our|your)\s+)?(?:[\w/-]+\s+){{0,2}}?(?:{COUNT_NOUNS})\b"
    rf"|\b(?:{COUNT})\s+(?:[\w/-]+\s+){{0,2}}?(?:engineers?|people|hires|developers|SREs?|designers?|interns?|"
    r"candidates|mentees)\b[^.!?;\n]{0,40}?\b(?:hired|onboarded|trained|certified|interviewed|promoted|ramped\s+up)\b"
    r"|\b(?:upgrade|migrate|move|bump)\b[^.!?;\n]{0,40}?\b(?:to|onto)\s+(?:\w+\s+)?v?\d+(?:\.\d+)*\b"
    r"|\b(?:postgres(?:ql)?|python|java|node|kubernetes|k8s|ubuntu|debian|react|rails|django|mysql|"
    r"redis|kafka|elasticsearch|terraform|php|ruby|go)\s+v?\d+(?:\.\d+)*\s+(?:upgrade|migration)"
    # "all 23 axe violations", "the top 20 tenants", "on all edge hosts"
    # ... "the remaining 40 VMs", "the other 3 services" (not "the remaining two weeks": a time)
    rf"|\ball\s+{COUNT}\s+(?:[\w-]+\s+){{0,2}}?[\w-]+s\b|\btop\s+{COUNT}\b"
    rf"|\bthe\s+(?:remaining|other)\s+{COUNT}\s+(?:[\w-]+\s+){{0,2}}?(?!{TIME_UNIT}\b|{_PEOPLE}\b)[\w-]+s\b"
    rf"|\b(?:all|every)\s+(?:(?:the|our)\s+)?(?:[\w-]+\s+){{0,2}}?(?:{COUNT_NOUNS})\b(?<=\w)"
    # a universal condition: "make sure each one has an owner and a due date", "every alert in
    # PagerDuty links to a runbook section", "every public endpoint (there are 64) needs a request
    # example", "every release has checklist signed by QA"
    r"|\b(?:each|every)\s+(?:one|[\w-]+)(?:\s+[\w-]+)?(?:\s+(?:in|on|of|for)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?"
    r"(?:\s+\([^()\n]{1,30}\))?\s+(?:(?:has|have|gets?|needs?|links?\s+to|includes?)\s+"
    r"(?:(?:a\s+named|an?|its|their|one)\s+(?!(?:little|bit|lot|few|couple|touch)\b)\w+|(?!(?:a|an|the|to|no|any|some)\s)[a-z][\w-]*\s+[a-z]+ed\b)"
    # ... or a state each must be in: "make sure every slot for December is filled" (not "every
    # time it is used": a time, caught by the subject)
    r"|(?<!time\s)(?<!day\s)(?<!week\s)(?<!that\s)(?<!which\s)(?<!it\s)(?:is|are)\s+(?:filled|covered|staffed|assigned|reviewed|signed|tested|migrated|patched))\b"
    # ... or the parts each must hold, listed: "every escalation must include the customer ID,
    # reproduction steps and the HAR file", "each handover should list open incidents and anything
    # that paged" ("every escalation must include some context" lists nothing)
    r"|\b(?:each|every)\s+[\w-]+(?:\s+[\w-]+){0,3}?\s+(?:must|should|needs?\s+to|has\s+to|will)\s+"
    r"(?:include|list|contain|show)\s+[^.!?;\n,]{2,40}?(?:,\s+[^.!?;\n,]{2,40}?)*,?\s+and\s+[a-z][\w-]*(?:\s+[\w-]+){0,3}"
    # ... or a rule each change must pass: "any scope change after planning comes to the whole team
    # before I say yes", "every scope change needs the team's OK"
    # (at a clause's start: "could you handle any request that comes to the team" is a duty)
    r"|(?:^|(?<=[.!?:;,]\s)|(?<=\band\s))(?:each|every|any)\s+(?:[\w-]+\s+){0,2}?(?:change|request|pr|ticket|decision|deploy|release|commitment)s?\b"
    r"(?:\s+(?:after|before|to|in|on|for|from|that)\s+[^.!?;\n,]{1,30}?)?\s+"
    r"(?:(?:goes|comes|is\s+brought|gets\s+brought)\s+(?:to|through|past|before)\s+(?:the|our|a|an|me|us)\b"
    r"(?:[^.!?;\n,]{0,60}(?=[.!?;\n,]|$)|[^.!?;\n,]{0,40}\b)"
    r"|needs\s+(?:the|a|an|two|three|\d+)\s+(?:[\w'-]+\s+){0,2}?(?:ok|okay|approvals?|sign-?offs?|reviews?|reviewers?|go-ahead|tests?))\b"
    # ... or wanted so: "I'd want every critical supplier (there are about 30) reviewed"
    r"|\b(?:want|need|like)\s+(?:each|every)\s+(?:[\w-]+\s+){1,3}?(?:\([^()\n]{1,40}\)\s+)?(?:reviewed|tested|"
    r"migrated|patched|signed\s+off|approved|closed|fixed|triaged|labell?ed|assigned|updated|documented|removed)\b"
    # the fields each item must carry: "the action items with owners and due dates", "reviewed with a
    # risk rating and a named owner"
    r"|\bwith\s+(?:an?\s+)?(?:named\s+)?(?:owners?|due\s+dates?|severity|risk\s+ratings?|priority|status)\s+and\s+"
    r"(?:an?\s+)?(?:named\s+)?(?:owners?|due\s+dates?|deadlines?|severity|risk\s+ratings?|priority|status)\b"
    # a trigger's threshold: "page the secondary after 10 minutes unacked"
    rf"|\bafter\s+{COUNT}\s+(?:minutes?|mins?|hours?|seconds?|secs?)\s+(?:unacked|unacknowledged|"
    r"without\s+(?:an?\s+)?(?:ack|acknowledg\w+|response|reply|answer)|of\s+(?:silence|inactivity|no\s+response))"
    # a level known from before: "back to September's level ($14.2k)", "back to last quarter's baseline"
    r"|\bback\s+to\s+(?:[\w-]+\s+)?[\w-]+'s\s+(?:level|levels|baseline|numbers?)\b(?:\s*\([^()\n]{1,20}\))?"
    # a named test to pass: "make sure it survives the bus-off recovery test"
    r"|\b(?:survives?|passes)\s+(?:the|our|all|every)\s+(?:[\w-]+\s+){1,3}?(?:tests?|test\s+suite|checks?|drills?)\b"
    # a time a process must meet: "make the nightly job finish by 5:30am"
    rf"|\b(?:finish|finishes|land|lands|complete|completes|done|ready|run|runs)\s+(?:\w+\s+)?by\s+{CLOCK}"
    r")"
)
# Comparatives that say which way a state should move ("faster", "cleaner"), not "later" or "older".
_COMPARATIVES = (
    r"(?:faster|quicker|better|cleaner|simpler|smaller|shorter|clearer|safer|easier|tighter|"
    r"stricter|cheaper|smoother|quieter|calmer|leaner|lighter|sharper|snappier|fairer)"
)
# Time asked for ("give me two minutes", "find two afternoons") delivers nothing.
_DAY_PART = r"(?:morning|afternoon|evening|night|weekend|second|sec)"
_CREATE = (
    r"(?:write(?:\s+up)?|draft|prepare|put\s+together|pull\s+together|create|build|deliver|send|"
    r"present|give|publish|ship|set\s+up|open|file|produce|finish|complete|share|"
    # ("come back to me by Friday with a one-page estimate")
    r"come\s+back(?:\s+to\s+(?:me|us))?(?:\s+(?:by|on|before|next|within|in)\s+[\w-]+(?:\s+[\w-]+)?)?\s+with|"
    r"bring|propose|record|have|hand\s+in|turn\s+in|run|hold|keep(?=\s+an?\s(?!eye\b))|"
    # ("make a post-mortem", "do the penetration test report": a thing made, in plain or
    # second-language English; "make the dashboards better" is a direction)
    # (asked: "we will do a demo every two weeks" is how progress is shown)
    r"make(?=\s+(?:a|an|one|two|three)\s)|(?:(?<=you\s)|(?<=\bu\s)|(?<=to\s)|(?<=please\s)|(?<=pls\s)|(?<=kindly\s))"
    # (the document its object: "do a bit on the alerts" names none)
    rf"do(?=\s+(?:a|an|the|your|our)\s+(?:(?!(?:on|about|with|for|of|in|bit|usual|rest)\b)[\w-]+\s+){{0,3}}?(?:{DELIVERABLES})s?\b)|"
    # leading a document or a fix is a role ("lead the RFC"); leading an event delivers it
    r"lead(?=\s+(?:an?|one|two|the|our|your)\s+(?:[\w-]+\s+){0,2}?(?:sessions?|workshops?|talks?|demos?|"
    r"presentations?|trainings?|retros?|retrospectives?|postmortems?|post-mortems?|brown\s+bags?)\b))"
)
DELIVERABLE = rx(
    rf"\bget\s+(?:the|a|an|your)\s+(?:[\w-]+\s+){{0,3}}?(?:{DELIVERABLES})s?\b(?:\s+(?:for|of|on|about|to|with|from)\b(?:\s+[\w-]+){{1,4}}?)?\s+(?:out|done|written|ready|drafted|"
    r"finished|shipped|over\s+to|to\s+me|merged|published)\b|"
    rf"\bwith\s+(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:{DELIVERABLES})s?\s+(?:of|for|signed|reviewed|approved)\b|"
    rf"(?:\b(?:I|we)(?:\s+need|\s+want|'d\s+like|\s+would\s+like|'ll\s+need|'m\s+going\s+to\s+need)\s+"
    # ("what I'd like from you, concretely, is the runbook ...", "What I'd love is, um, a write-up")
    r"|\bwhat\s+(?:I|we)(?:'d\s+(?:like|love)|\s+(?:need|want|would\s+(?:like|love)))(?:\s+from\s+you)?"
    r"(?:,?\s+[\w-]+,?){0,4}?\s+is(?:,?\s+(?:um|uh|erm|just|really|by\s+\w+),?)*\s+)"
    rf"(?:a|an|the|your)\s+(?:[\w-]+\s+){{0,3}}?(?:{DELIVERABLES})s?\b"
    r"(?!\s+(?:cleaned|fixed|updated|improved|tidied|sorted|removed|deleted|reviewed|back|up\s+to\s+date|in\s+(?:shape|order)))"
    # (a thing made better is a direction: "write better PR descriptions")
    rf"|\b{_CREATE}\s+(?:me\s+|us\s+)?(?:(?:a|an|one|the|two|three|your|our|its)\s+)?"
    rf"(?:(?!(?:more|less|{_COMPARATIVES})\s)[\w-]+\s+){{0,3}}?"
    rf"(?:{DELIVERABLES})s?\b(?!\s+(?:process|team|rotation|channel|notes|cleaned|fixed|updated|improved|tidied|sorted|"
    r"removed|deleted|reviewed|back|up\s+to\s+date|in\s+(?:shape|order)))"
    rf"|\bwrite\s+up\s+(?:what|how|why|the|your|a)\b"
    # a thing added is there or not: "add a test for null handling", "add a 'resend code' button"
    # ("add a bit more detail", "add a few more checks" say how much, not what)
    r"|\b(?<!n't\s)(?<!not\s)(?<!never\s)add\s+(?:a|an|one|two|three)\s+(?!(?:bit|little|lot|touch|few|couple|more|note\s+of)\b)[\w'-]+"
    r"(?:\s+(?!(?:for|to|in|on|of|at|with|here|there|and|or|between|so|that|which|the|a|an|by|before)\b)[\w'-]+){0,2}"
    # an update is a deliverable when what goes in is named: "update the incident runbook with the
    # new failover steps", "update the sequence diagram to show the retry path" ("update docs" is not)
    rf"|\bupdate\s+(?:(?:a|an|the|your|our|its|this)\s+)?(?:[\w-]+\s+){{0,3}}?(?:{DELIVERABLES})s?\b"
    r"(?=(?:\s+[\w-]+){0,4}?\s+(?:with|to\s+(?:show|include|cover|describe|reflect|list|add))\s)"
    # a number of things to bring back: "come back with three concrete cuts", "propose two designs"
    rf"|\b(?:come\s+back\s+with|bring(?:\s+(?:me|us))?|propose|suggest|send\s+(?:me|us)|give\s+(?:me|us)|"
    rf"list|pick|identify|name|recommend|shortlist|find)\s+(?:the\s+)?(?:top\s+)?"
    rf"(?!(?:one|a|an)\b){COUNT}\s+(?:[\w-]+\s+){{0,2}}?(?!{TIME_UNIT}\b|{_DAY_PART}s\b)[a-z][\w-]*[^s\W]s\b"
    # a decision to reply with: "review the summary and reply with approval or changes" (not
    # "reply with your thoughts")
    r"|\b(?:reply|respond|come\s+back\s+to\s+(?:me|us))\s+with\s+(?:your\s+|a\s+|written\s+)?"
    r"(?:approval|sign-off|go/no-go|decision|yes\s+or\s+no)\b"
    # "Get written confirmation from Legal": a document to obtain
    r"|\bget\s+(?:an?\s+|the\s+)?(?:written|signed|formal)\s+(?:confirmation|approval|sign-off|agreement|answer|quote)\b"
)
# A deliverable described in detail: "the Q4 roadmap proposal", "a runbook for the failover".
DETAILED_DELIVERABLE = rx(
    rf"\bget\s+(?:the|a|an|your)\s+(?:[\w-]+\s+){{0,3}}?(?:{DELIVERABLES})s?\b(?:\s+(?:for|of|on|about|to|with|from)\b(?:\s+[\w-]+){{1,4}}?)?\s+(?:out|done|written|ready|drafted|"
    r"finished|shipped|over\s+to|to\s+me|merged|published)\b|"
    rf"\bwith\s+(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:{DELIVERABLES})s?\s+(?:of|for|signed|reviewed|approved)\b|"
    rf"\b{_CREATE}\s+(?:me\s+|us\s+)?(?:a|an|one|the|two|three|your|our)\s+(?:[\w-]+\s+){{2,3}}?(?:{DELIVERABLES})s?\b"
    # things that already exist (alerts, logs, tickets) are not described deliverables
    r"|\bget\s+(?:an?\s+|the\s+)?(?:written|signed|formal)\s+(?:confirmation|approval|sign-off|agreement|answer|quote)\s+from\b"
    rf"|\b(?!(?:alerts?|alerting|logs?|audit\s+log|numbers|results|metrics|figures|findings|tickets?|fix|session|training)\b)"
    rf"(?:{DELIVERABLES})s?\s+(?:for|of|on|about|covering|comparing|with|that|which|listing|showing|ranked|sorted|grouped)\s+\S"
)
# "The deliverable is a design doc ...", "..., and a handover checklist in the wiki": things to produce.
NAMED_DELIVERABLE = rx(
    r"\b(?:deliverables?|output|outcome|end\s+result|result)\s+(?:is|are|will\s+be|should\s+be|:)\s+"
    rf"[^.!?;\n]{{0,80}}?\b(?:{DELIVERABLES})s?\b"
    # the deliverable named as such, whatever it is: "Deliverable is the app passing Google's review"
    r"|\bdeliverables?\s+(?:is|are|will\s+be|:)\s+(?!(?:unclear|tbd|open|still|not|to\s+be)\b)(?:the|an?|our|your)\s+"
    r"(?!(?:open|usual|same|thing|question|tbd|unclear)\b)[\w-]+"
    r"(?:[^.!?;\n—–]{0,80}(?=[.!?;\n—–]|$))?"
    rf"|\b(?:(?<=[,:]\s)|(?<=\band\s)|(?<=\bplus\s))(?:a|an|one|two|three|four)\s+(?:[\w-]+\s+){{0,3}}?(?:{DELIVERABLES})s?\b"
    r"(?=\s+(?:in|on|for|of|covering|with|listing|approved|signed|that|which)\b|\s*[.;,]|\s*$)"
)
# What every match of NAMED_DELIVERABLE holds: its lead word, or the mark or word its count follows.
_NAMED_DELIVERABLE_HOLDS = ("deliverable", "output", "outcome", "result", ",", ":", "and", "plus")
_DEGREE = r"(?:much\s+|a\s+lot\s+|a\s+bit\s+|a\s+little\s+)?"
DIRECTION = rx(
    # ("the cut list", "the cutover" are things, not a direction)
    r"\b(?:reduce|reducing|improve|improving|increase|decrease|lower|raise|speed\s+up|cut(?!\s+list\b|-?over\b)|clean\s+up|"
    r"tidy(?:\s+up)?|tidying(?:\s+up)?|simplify|stabili[sz]e|harden|fix|fixing|document|migrate|move|upgrade|add|remove|"
    r"write\s+tests|automate|refactor|optimi[sz]e|tune|bring\s+\w+(?:\s+\w+){0,4}\s+down|bring\s+down|"
    r"retire|decommission|shut\s+down|deprecate|replace|consolidate|resolve|close\s+out|eliminate|"
    r"retiring|decommissioning|deprecating|replacing|migrating|upgrading|cleaning\s+up|removing|"
    r"get\s+rid\s+of|drive\s+down|trim|tighten|modernize|modernise|patch|rewrite|redo|rework|revise|refresh|"
    r"polish|finish|complete|sketch|track|measure)\b"
    # "get the pager load down", "get the score up"
    r"|\bget\s+(?!(?:it|this|that|them)\s)(?:[\w'-]+\s+){1,6}?(?:down|up)\b"
    r"|\b(?:put\s+together|pull\s+together|write|draft|prepare|send)\s+(?:me\s+|us\s+)?something\s+(?:on|about|for)\b"
    # a problem named to be dealt with: "sort out the flaky Detox tests", "take care of the stale
    # feature branches" ("sort out the monitoring" names no problem, "look into the flaky tests" no fix)
    r"|\b(?:sort(?:ing)?\s+out|take\s+care\s+of|deal(?:ing)?\s+with|get\s+rid\s+of)\s+(?:(?:the|our|those|these|all\s+the)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:flaky|stale|broken|failing|outdated|out-of-date|noisy|dead|orphaned|unused|leaked|"
    r"duplicated?|obsolete|deprecated)\b(?:\s+(?!(?:before|by|for|in|on|at|when|and|so|please|first|now)\b)[\w-]+){0,2}"
    # a document or a fix led: "lead the RFC for the new event schema", "lead a fix"
    rf"|\blead\s+(?:an?|the|our)\s+(?:[\w-]+\s+){{0,3}}?(?:{DELIVERABLES})s?\b"
    # a state to reach by degree: "be more autonomous", "get faster", "were less outdated" (after
    # "get", "more" counts a thing: "get more sleep")
    # ("be more of a presence", "more of a leader": who to be, not a degree of something)
    rf"|\b(?:(?:be|become|are|were)\s+{_DEGREE}(?:more|less)\s+(?!than\b|of\s+an?\s)[a-z][\w-]*|"
    rf"(?:be|become|get|getting|are|were|feel|feels)\s+{_DEGREE}{_COMPARATIVES})\b"
    # ... or made so: "make code reviews faster", "make the staging environment less painful" ("make it
    # happen", "make sure" set no degree; "make more of an effort" no state)
    rf"|\bmake\s+(?!sure\b)(?:[\w'-]+\s+){{1,4}}?(?:{_DEGREE}(?:more|less)\s+(?!than\b|of\b)[a-z][\w-]*|{_COMPARATIVES})\b"
    r"|\b(?:speak|talk|contribute|share|write|document|delegate|ask|say\s+no|care)\s+(?:up\s+)?more\b(?!\s+(?:than|about|of)\b)"
    r"|\b(?:send|give|share)\s+(?:me\s+|us\s+)?(?:your|some)\s+(?:thoughts|take|views?|opinions?|notes|feedback|ideas)\b"
    r"|\bworks?\s+(?:well|properly|reliably|correctly|smoothly)\b"
    r"|\b(?:needs?\s+to|should|must)\s+(?:exist|be\s+(?:in\s+place|written|live|published|documented))\b"
    r"|\b(?:reliable|secure|accessible|consistent|up\s+to\s+date)\s+(?:going\s+forward|again|from\s+now\s+on)\b"
    r"|\b(?:stays?|remains?)\s+(?:reliable|secure|accessible|consistent|up\s+to\s+date)\b"
    r"|\bthrough\s+(?:her|his|their|your)\s+(?:first|next)\s+[\w-]+"
    r"|\bmake\s+(?:\w+\s+){1,4}?(?:better|faster|cleaner|simpler|safer|more\s+\w+|less\s+\w+|stable|reliable|"
    r"quicker|easier|smaller|usable|readable)\b"
    r"|\bget\s+(?!(?:it|this|that|them)\s+(?:done|sorted|fixed|handled)\b)(?:[\w-]+\s+){1,4}?(?:stable|green|under\s+control|faster|working|fixed|"
    r"done|in\s+shape|into\s+shape|in\s+order|passing|sorted|cleaned\s+up|up\s+to\s+date)\b"
    r"|\bmake\s+sure\b[^.!?;\n]{0,50}?\b(?:is|are|gets?|get)\s+(?:\w+\s+)?(?:done|finished|complete|merged|shipped|"
    r"fixed|working|green|stable|live|tested|updated)\b"
    r"|\b(?:tell|show|send|give)\s+me\s+what\s+you\s+(?:find|learn|see|found|think)\b"
    r"|\bspeed\s+(?:\w+\s+){1,2}up\b"
    r"|\b(?:fewer|faster|better|more\s+reliable|less\s+flaky|cleaner)\b|\bmore\s+of\s+(?!an?\s)(?:the\s+)?\w+"
    r"|\b(?:a\s+(?:bit|little|lot)|much|way)\s+more\b|\b(?:completed|finished)\b"
    r"|\b(?:get|gets|got|be|been)\s+(?:updated|fixed|cleaned\s+up|documented|improved|reduced|migrated|upgraded|"
    r"removed|automated|refactored|simplified|stabili[sz]ed)\b"
    r"|\b(?:cleaned\s+up|fixed|tidied(?:\s+up)?|sorted\s+out|improved|updated|brought\s+up\s+to\s+date|written\s+down)\b"
    r"|\b(?:you|please|to|and|can|could)\s+(?:\w+\s+)?(?:review|test|verify|validate|check|proofread|sign\s+off\s+on)\s+"
    r"(?:the|this|that|it|my|our|your|all|\w+'s)\b"
)
# "Ping me when it's green": the state that means done, named anywhere in the brief.
_NICE = r"(?:nice|great|good|lovely|helpful|useful)"
_A_DELIVERABLE = rf"(?:an?|the|some)\s+(?:[\w-]+\s+){{0,2}}?(?:{DELIVERABLES})s?\b"
DONE_STATE = rx(
    r"\b(?:when|once)\s+(?:it's|it\s+is|they're|they\s+are|it's\s+all|everything's)\s+(?:green|fixed|merged|live|passing|"
    r"deployed|shipped|in\s+prod)\b"
    # a thing wished into existence: "Would be nice to have one at some point" (the runbook),
    # "the release notes would be nice to have" (not "nice to have you on the call", "a chat")
    # (each alternative starts with a word the pattern index can look up)
    rf"|\b(?:would\s+|(?:it|that|we|i)'d\s+)?be\s+{_NICE}\s+to\s+have\s+(?:it|them|one|{_A_DELIVERABLE})(?!\s+(?:of|with)\b)"
    rf"|\b(?:would|will)\s+be\s+{_NICE}\s+to\s+have\b(?=\s*(?:[,.!?;]|$))"
)
# A thing asked for by its kind, with no detail that makes it checkable: "can we get a dashboard
# that shows which campaigns are working?" (a qualitative done-criterion: it exists or not; "can
# we get a coffee" asks for no deliverable)
_THING_ASKED_FOR = rx(
    rf"\b(?:can|could)\s+(?:we|I|you)\s+(?:please\s+)?get\s+(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:{DELIVERABLES})s?\b"
)
# "... so one slow endpoint can't stall delivery for everyone": the end state of an ask, in words.
SO_OUTCOME = rx(
    r"\bso\s+(?:that\s+)?(?:[\w'-]+\s+){1,4}?(?:never|always|no\s+longer|can't|cannot|won't|stops?|succeeds?|"
    r"passes|works)\b[^.!?;,\n]{0,80}"
)
# A definition of done ("a ticket is done when ...", "good looks like ...").
DONE_DEFINITION = (
    r"(?:done\s+(?:(?:well|right|properly)\s+)?(?:when|once|if|means|looks\s+like)|definition\s+of\s+done|"
    r"(?:good|great|success)\s+looks\s+like|success\s+means|the\s+bar\s+is|what\s+I\s+expect|"
    r"my\s+expectation\s+is|I\s+expect\s+(?:every|each|all|you\s+to)|"
    # a goal announced before a colon: "The aim: your tickets pass QA the first time"
    r"(?:the|our|my|your)\s+(?:aim|goal|target)(?=\s*:))"
)
# ... or by its header ("Done = ...", "Acceptance: ..."), which defines done only for work asked
# for: "Status: done = 9 of 14 services migrated" reports progress.
_DONE_HEADER = r"done\s*=\s*|acceptance(?:\s+criteria)?\s*:\s*"
_DONE = rx(rf"\b(?:{DONE_DEFINITION}|{_DONE_HEADER})\b")
_IS_HEADER = re.compile(_DONE_HEADER, re.IGNORECASE)
# What a definition of done can be checked against: tests present, QA passed, a time, none left.
CHECKABLE = rx(
    r"\b(?:has|have|with|includes?|including)\s+(?:\w+\s+){0,2}?(?:tests?|docs?|documentation|runbook|review|approval|"
    r"sign-off|dashboard|alerts?|ADR|rollback\s+plan|changelog|release\s+notes?)\b"
    r"|\bpass(?:es|ing|ed)?\s+(?:in\s+)?(?:QA|CI|review|the\s+\w+|all|code\s+review)\b|\bhas\s+a\s+README\b"
    # "no missed runs", "zero failing tests": with the noun after a participle
    r"|\b(?:zero|no)\s+(?:open\s+|new\s+|[a-z][\w-]*(?:ed|ing)\s+(?=[a-z]))?[a-z][\w-]+"
    rf"|\b{COUNT}\s+(?:full\s+)?(?:minutes?|mins?|hours?|days?|weeks?|seconds?|ms)\b"
    r"|\bwithout\s+(?:any|a\s+single|a|one)\s+[a-z][\w-]+"
    r"|\b(?:the\s+)?first\s+time\b|\b(?:every|each)\s+(?:ticket|PR|change|release|deploy|service|endpoint|job)\b"
    # a meeting's bounds: "it ends by 10:00", "wraps up by 9:45" (not "ends soon"), and what each
    # person in it does: "everyone gives their update" (not "everyone is happy")
    r"|\b(?:ends?|finish(?:es)?|wraps?\s+up|is\s+over)\s+(?:by|at|before)\s+\d{1,2}(?::\d{2})?(?:\s*[ap]\.?m\b)?"
    r"|\b(?:everyone|everybody|each\s+person)\s+(?:gives|shares|posts|speaks|gets\s+(?:a|their)\s+turn)\b"
    # an end state: "Done = old lambdas deleted and CloudFront pointing at the new service"
    # ("why it isn't in production" says what is missing)
    # ("Done when it's merged" is one; "things feel merged enough", "most of the old stuff is removed" are not)
    r"|\b(?<!')(?!(?:things|stuff|most|some|enough|feel|feels|seem|seems|is|are|was|were|be|been|gets?|got)\b)[\w-]+(?:'s|'re)?\s+(?!(?:not|never|feel|feels|seem|seems)\s)"
    r"(?:(?!(?:stuff|things|feel|feels|enough)\b)[\w-]+\s+){0,2}?(?<!n't\s)(?<!not\s)(?:deleted|removed|decommissioned|retired|"
    r"archived|turned\s+off|switched\s+off|shut\s+down|disabled|merged|deployed|live|in\s+prod(?:uction)?|closed|gone|"
    r"pointing\s+(?:at|to))\b"
)
# Sentences that state the target of the work ("the target is zero downtime").
GOAL_SENTENCE = rx(
    rf"\b{DONE_DEFINITION}\b|"
    r"\b(?:the\s+target|the\s+goal|our\s+goal|your\s+goal|the\s+aim|aim\s+(?:for|to)|done\s+(?:means|when|is)|"
    r"I'm\s+(?:thinking|picturing|imagining)|I'd\s+expect|ideally|(?:we|I)\s+(?:want|need|'d\s+like)\s+(?:the|our|this|it)\b|"
    # "I want that you prepare ...", "I would like that you take the lead ...", "this would mean ..."
    r"(?:we|I)\s+(?:want|would\s+like)\s+that\b|this\s+would\s+mean\b|"
    # "What I'd like at the end: ...", "Here's what I'm asking: ...", "I'm asking for a clear plan: ..."
    r"what\s+(?:I|we)(?:'d|\s+would)?\s+(?:like|want|need)\b|(?<!\bwhy\s)(?:I'm|I\s+am)\s+asking\s+for\b|"
    r"what\s+I'm\s+asking\b|"
    r"(?:we|I)\s+(?:need|want)\s+(?:better|more|fewer|less|faster|cleaner)\b|needs?\s+to\s+exist|"
    r"the\s+deliverable|the\s+outcome|the\s+output|the\s+end\s+state|the\s+result\s+should|"
    # the remaining work is what done still needs, like "the deliverable": "Remaining work: the last
    # 23 users, the finance ACLs, and decommissioning the box" ("What's left?" asks)
    r"remaining\s+work(?=\s*:|\s+is\b)|(?:what's|what\s+is)\s+left(?=\s*:|\s+is\b)|"
    r"success\s+(?:means|looks\s+like|is)|I'd\s+like\s+(?:that|it|this|them)|we\s+need\s+(?:it|that|this)|"
    r"needs?\s+to\s+(?:be|have|reach|hit|get|come|go|drop|stay)|should\s+(?:have|reach|hit|get\s+to)|has\s+to\s+(?:have|reach|hit)|"
    # a target stated bare at the start of a sentence: "Goal is 50 new bugs", "Need p95 under 400 ms"
    r"(?:^|(?<=[.!?:]\s)|(?<=\n))(?:goal|target|aim|the\s+bar|need|needs|deliverables?|kr\d+|key\s+result\s*\d*)\b|"
    # ... or announced before a colon: "one goal for your next cycle: ...", "as growth goal I propose: ..."
    r"(?<!\bhad\s)(?:one|a|another|growth)\s+goal\b(?:[^:.!?\n]{0,40}\b)?(?=:))\b"
)


@memoised("asking_sentences")
def _asking_sentences(doc: Doc) -> set[int]:
    """Sentences that ask for something, even when the task verb is unusual ("could you speed things up")."""
    sentences = {task.sentence for task in requested_tasks(doc)}
    sentences |= {doc.sentence_index(start) for start in request_leads(doc)}
    return sentences


@memoised("work_sentences")
def _work_sentences(doc: Doc) -> set[int]:
    """Sentences that ask for the work or state its target."""
    goals = {doc.sentence_index(m.start()) for m in GOAL_SENTENCE.iter_view(doc, "unquoted")}
    return _asking_sentences(doc) | goals


def _in_work(doc: Doc, spans: list[Span]) -> list[Span]:
    work = _work_sentences(doc)
    return [span for span in spans if doc.sentence_index(span.start) in work]


# A sentence that reports what happened, or what support comes with the work, sets no target.
_REPORT = rx(
    # ("measured from the handheld logs" says how a target will be read, not what was)
    rf"\b(?:{PAST_COMMON}|slipped|failed|dropped|measured(?!\s+(?:from|in|by|with|on|via|using|over)\b)|caused|"
    r"yesterday|last\s+(?:night|week|month|"
    r"quarter|year|sprint|time)|shadow|budget|you'll\s+have|you\s+get)\b|"
    # a problem told since a point: "Since your update on the 2nd, exports over 10,000 rows time out"
    # ("since we need it under 200 ms" gives a reason: only a dated "since" reports)
    rf"\bsince\s+(?:your|our|the|last|{WEEKDAY}|{MONTH})\b[^.!?;,\n]{{0,30}}?(?:,|\b(?:on|in)\s+(?:the\s+)?\d)"
)


# A limit to stay within (not "kept" or "held", which report one), planned earlier in its sentence:
# "We'll keep standup short, keeping it to 15 minutes" sets a target though it asks nobody
# ("we'll keep" is no task: it reads like "we'll keep you posted").
_LIMIT = re.compile(rf"(?:{_LIMIT_FORMS}|{_NO_LONGER})\s", re.IGNORECASE)
_DENIED = re.compile(r"\b(?:can't|cannot|won't|don't|do\s+not|not|never)\s+$", re.IGNORECASE)
_PLAN = rx(rf"\b(?:{LOOKING_AHEAD}|shall|gonna|should|must|need\s+to|needs\s+to)\b|'ll\b")


def _planned_limit(doc: Doc, span: Span, index: int) -> bool:
    start = doc.sentences[index][0]
    return (
        bool(_LIMIT.match(span.text))
        and not _DENIED.search(doc.unquoted, max(start, span.start - 12), span.start)
        and _PLAN.search_view(doc, "unquoted", start, span.start) is not None
    )


# "finance wants it cut by 25%", "commits us to $25k a month": a change, or where it must get to
_CHANGE_TO = re.compile(r"\b(?:by|to)\s", re.IGNORECASE)


# "This quarter he does 6 backend interviews ...": a plan told in the present ("This quarter we
# closed 40 tickets" reports one)
_TOLD_IN_PAST = re.compile(
    r"\b(?:[a-z]{2,}ed|grew|had|went|was|were|did|got|made|saw|took|ran|shipped)\b", re.IGNORECASE
)
_AHEAD_FRAME = re.compile(
    r"(?:this|next)\s+(?:week|sprint|month|quarter|half|cycle|year)\b|(?:from|starting)\s",
    re.IGNORECASE,
)


# A rule set for the team from a point on sets its targets without asking anyone: "From next
# Monday, every PR gets a first review within one working day", "from now on ... must be done
# within 1 working day".
_RULE_FRAME = rx(
    rf"\b(?:from\s+(?:now\s+on|next\s+\w+|tomorrow|{WEEKDAY})|starting\s+(?:next\s+\w+|tomorrow|today|{WEEKDAY})|"
    r"going\s+forward|moving\s+forward)\b"
)


def _targets(doc: Doc, spans: list[Span]) -> list[Span]:
    """Thresholds that set a target: in a sentence asking for the work, or in a message that asks
    for something (or, for a limit, in a sentence that plans ahead), in a sentence that does not
    report the past or the support."""
    work = _work_sentences(doc)
    kept = []
    for span in spans:
        index = doc.sentence_index(span.start)
        if index in work or (
            (
                work
                or _planned_limit(doc, span, index)
                or _RULE_FRAME.search_view(doc, "unquoted", *doc.sentences[index]) is not None
            )
            and _REPORT.search_view(doc, "unquoted", *doc.sentences[index]) is None
            # away from the ask, a bare amount ("the segment is 38% of our ARR") is where things
            # stand: only a bound or a sentence that sets a target makes it one
            and (
                _BOUND.match(span.text)
                or _CHANGE_TO.search(doc.unquoted, max(0, span.start - 4), span.start + 3)
                or _SETS_TARGET.search_view(doc, "unquoted", *doc.sentences[index])
                or _PLAN.search_view(doc, "unquoted", *doc.sentences[index])
                or (
                    _AHEAD_FRAME.match(doc.unquoted, doc.sentences[index][0])
                    and not _TOLD_IN_PAST.search(doc.unquoted, *doc.sentences[index])
                )
            )
        ):
            kept.append(span)
    return kept


# What a reply to a customer holds: "a fix date", "a named contact", "the root cause".
_REPLY_PART = (
    r"(?:the|a|an|\d+)\s+(?:[\w-]+\s+){0,3}?(?:date|eta|contact|plan|fix|workaround|logs?|cause|timeline|"
    r"summary|link|estimate|owner|steps)\b"
)
# "design the loop: the exercise, the rubric, and who sits on which panel", "the three lambdas
# (email, sms, webhook)": the parts of the work listed one by one say what done contains.
LISTED_PARTS = rx(
    # (not a list of news: "Other notes: the audio bugs are tracked ..., the build server is down
    # Saturday, and please fill in the holiday sheet")
    # (nor a clause and its modifier: "Here's my ask: lead the move of all 12 jobs by March 31, with
    # retries off for the invoice and dunning jobs")
    r"(?<!notes)(?<!updates)(?<!news)(?<!fyi):\s+[^.!?;:\n]{2,80}?,\s+"
    r"(?!(?:with|by|before|until|so|because|while|since|if|when)\b)[^.!?;:\n]{2,60}?,?\s+(?:and|plus)\s+[^.!?;:\n]{2,60}\b"
    # (the list's first part may run long: "remaining work is cursor-based pagination on /v2/invoices
    # and /v2/payments, same contract as /v2/customers, plus updating the SDK examples")
    # "reply today with the workaround, a fix ETA, and a named contact", "with (1) ..., (2) ..."
    r"|\bwith\s+(?:\(1\)\s*)?(?:the|a|an|one|two|three|\d+)\s+(?:[^.!?;:\n]|\.(?=\d)){2,60}?,\s+(?:\(2\)\s*)?"
    r"(?:the|a|an|one|two|three|\d+)\s+(?:[^.!?;:\n]|\.(?=\d)){2,60}?,?\s+and\s+[^.!?;:\n]{2,60}"
    r"|\(1\)[^()\n]{3,80}?\(2\)[^()\n]{3,80}?\(3\)"
    # a reply's two parts: "reply to their CTO today w a fix date + a named contact"
    rf"|\b(?:reply|respond|write\s+back|get\s+back)\b[^.!?;\n]{{0,60}}?\b(?:with|w/?)\s+{_REPLY_PART}"
    rf"[^.!?;\n]{{0,30}}?\s+(?:and|\+|&)\s+{_REPLY_PART}"
    # (but "(from the hiring manager, non-technical)" says who wrote it, and an action item's "(owner:
    # Daniel, today)" who does it and when, not what done contains)
    r"|\((?!(?:from|by|via|per|cc|see|re|as|for|in|on|at|with|owners?|assignee|assigned|dri|due|eta)\b)[^()\n]{1,40}?(?:,\s*|\s+and\s+)[^()\n]{1,40}?\)"
)


@memoised("target_thresholds")
def _target_thresholds(doc: Doc) -> list[Span]:
    """Thresholds that set a target (read by `measures` and `stated_targets`)."""
    return _targets(doc, doc.find(THRESHOLD))


@memoised("measures")
def measures(doc: Doc) -> list[Span]:
    """Numbers, thresholds and concrete deliverables that define done."""
    found = _target_thresholds(doc) + _in_work(doc, doc.find(DELIVERABLE) + doc.find(LISTED_PARTS))
    # Tried only in the sentences that ask for work: its alternatives start with common words.
    view = doc.view("unquoted", cased=False)
    for index in sorted(_work_sentences(doc)):
        start, end = doc.sentences[index]
        # (the scan tries every place of the sentence; its look back may see 5 characters before)
        sentence = view[max(0, start - 5) : end]
        if not any(map(sentence.__contains__, _NAMED_DELIVERABLE_HOLDS)):
            continue
        for match in NAMED_DELIVERABLE.regex.finditer(view, start, end):
            span = doc.span(*match.span())
            if span is not None:
                found.append(span)
    return found + done_checks(doc) + _counted_objects(doc)


# "hire two backend engineers", "interview three candidates": how many is done; how long
# ("spend two afternoons", "take two weekends of on-call") is not.
_COUNT_LEAD = rf"\s*(?:another\s+|at\s+least\s+|the\s+)?{COUNT}\s+(?:[\w-]+\s+){{0,2}}?"
_COUNTED = re.compile(rf"{_COUNT_LEAD}[a-z]{{3,}}s\b", re.IGNORECASE)
_NOT_COUNTED = re.compile(
    rf"{_COUNT_LEAD}(?:{TIME_UNIT}|afternoons?|mornings?|evenings?|nights?|weekends?|half-days?|shifts?|times)\b",
    re.IGNORECASE,
)


def _counted_objects(doc: Doc) -> list[Span]:
    """The objects of asks that give a count of what to make or get."""
    return [
        task.span
        for task in requested_tasks(doc)
        if task.named
        and task.requested
        and _COUNTED.match(task.object)
        and not _NOT_COUNTED.match(task.object)
    ]


_TOLD_DONE = re.compile(
    r"\b(?:was|were|wasn't|weren't|called\s+it|considered\s+it)\s+$", re.IGNORECASE
)


@memoised("done_checks")
def done_checks(doc: Doc) -> list[Span]:
    """Checkable conditions in a definition of done: "done when it has unit tests ... and passes QA"."""
    asked = bool(_work_sentences(doc))
    done: dict[int, int] = {}
    for match in _DONE.iter_view(doc, "unquoted"):
        # ("the feature was done when QA hadn't signed off" tells what happened)
        if _TOLD_DONE.search(doc.unquoted, max(0, match.start() - 16), match.start()):
            continue
        if asked or not _IS_HEADER.match(match.group()):
            done.setdefault(doc.sentence_index(match.start()), match.start())
    if not done:
        return []
    checks: dict[int, list[Span]] = {}
    for span in doc.find(CHECKABLE):
        if (index := doc.sentence_index(span.start)) in done:
            checks.setdefault(index, []).append(span)
    # Quoted from "done means" to its last check: the definition reads whole.
    quoted = []
    for index, found in checks.items():
        start = min(done[index], found[0].start)
        quoted.append(doc.span(start, max(span.end for span in found)) or found[0])
    return quoted


@memoised("outcomes")
def outcomes(doc: Doc) -> list[Span]:
    """Measures that also spell out the outcome: numbers, thresholds, detailed deliverables."""
    return numeric_outcomes(doc) + _in_work(
        doc, doc.find(DETAILED_DELIVERABLE) + doc.find(LISTED_PARTS)
    )


def numeric_outcomes(doc: Doc) -> list[Span]:
    """The outcomes that are numbers or thresholds: "99.95% availability", "from 5.7 to 15"."""
    return _in_work(doc, doc.find(THRESHOLD))


# A sentence that sets a target (not one that forecasts: "we'll be over 90% disk by next week").
_SETS_TARGET = rx(
    r"(?<!status:\s)\bdone\s*=|\b(?:targets?|targeting|aiming\s+(?:for|at)|goal|aim|max|min|at\s+most|shall|should|must|"
    # "I'd like the next round to have zero cracks": a state wished for the work (not "I'd like to
    # thank the 38 players", which has no subject before "to")
    r"(?:I'd|I\s+would|we'd|we\s+would)\s+like\s+(?:the|this|that|our|your|it|them|each|every|all)\b[^.!?;\n]{0,60}?\bto\s+(?:have|be|reach|hit|get|stay)|"
    # "finance wants it cut by 25%": a target someone has set for the work
    r"wants?\s+(?:it|this|that|them|spend|costs?)\s+(?:cut|reduced|lowered|halved|brought\s+down))\b"
)


# A bound on a number, which a target sets and a count of where things stand does not.
_BOUND = re.compile(rf"(?:{_LIMIT_FORMS}|{_NO_LONGER}|{_COMPARATOR}|[<>]=?)\s*", re.IGNORECASE)


def stated_targets(doc: Doc) -> list[Span]:
    """Targets set anywhere in the brief, not only in the ask: "It's 2.1 GB now, target is under
    500 MB", "max 3 attempts w/ jitter", a definition of done ("Done = ... passes in CI")."""
    # A count in the context ("41 open P2 bugs", "it's 2.1 GB now") is where things stand, and a
    # bound in a story ("you gave your update in under a minute") is what happened: a target is
    # a bound in the ask, or one a sentence sets ("target is under 500 MB", "max 3 attempts").
    work = _work_sentences(doc)
    bounds = []
    for span in _target_thresholds(doc):
        index = doc.sentence_index(span.start)
        bound = _BOUND.match(span.text)
        # a change ("by 25%") is a target only where a sentence sets one: "finance wants it cut by 25%"
        if (bound or span.text.startswith("by ")) and (
            (bound and index in work)
            or _SETS_TARGET.search_view(doc, "unquoted", *doc.sentences[index])
        ):
            bounds.append(span)
    return bounds + done_checks(doc)


# Work that goes on rather than ends has no done-state of its own: besides the roles and
# directions of ROLE_VERBS (and their -ing forms), being somewhere, joining, watching, helping,
# asking, or a rule ("stop merging on Fridays").
_ONGOING = re.compile(
    # ("the billing cutover is yours", "on it", "it's yours", "it's you now": a piece of work handed
    # over, as its owner or its staff)
    r"(?:own|run|be\b|become|join|watch|shadow|sit|stay|help|ask|consider|stop\b|the\s|our\s|on\s|"
    r"(?:it|that|this)(?:'s|\s+is)\s|"
    r"(?:lead|driv|cover|host|chair|facilitat|manag)ing\b)"
)


# Work announced under a header that ends: "(Here's the plan): we ship ...", "you migrate ..."
_PLANNED_END = re.compile(
    r"\s*:?\s*(?:we|you)(?:'ll|\s+will)?\s+(?:ship|deliver|launch|release|finish|complete|publish|migrate|"
    r"move|write|build|fix|cut\s+over)\b",
    re.IGNORECASE,
)


# Taking something on, setting up a routine or "doing something" says nothing of done.
_VAGUE_TAKE = re.compile(r"(?:take|grab|pick|have|do|hire|get\s+more|reach\s+out)\b")
_ROUTINE = re.compile(r"\s*(?:a\s+|an\s+)?(?:weekly|daily|monthly|regular|recurring|standing)\b")
# ... unless it names a piece of work that ends: "do the testing of the new onboarding", "do the
# needful for the cert renewal", "do the cost report", "do some cleanup" ("do the needful", "do
# the rest", "do some research", "do the standup next week" name no end).
_DO_THE_WORK = re.compile(
    r"\s+(?:the\s+needful\s+for\b|(?:the|some|a|an)\s+(?:(?!(?:on|for|of|in|with|about|usual)\s)[\w-]+\s+){0,3}?(?:testing|tests|report|write-?up|"
    r"clean-?up|migration|upgrade|handover|hand-over|analysis|backfill|post-?mortem|release\s+notes|docs|documentation|"
    r"translations?|deck|slides|proposal|spec|checklist|changelog|renewal|regression(?:\s+(?:pass|run|suite))?)\b)",
    re.IGNORECASE,
)
# People, time or help lent to the speaker: "give me the two of them for a while", "give me Elif and
# Sam for six days", "give us some time" ("give me the report" asks for a deliverable).
_LENT = re.compile(
    r"\s*(?:me|us)\s+(?:(?:the\s+)?(?:two|three|four|both)\s+of\s+(?:them|you)|"
    r"(?:a|some|more|extra)\s+(?:hand|help|time|people|engineers?|headcount|space|room|slack|while|days?|weeks?|capacity)\b|"
    r"[a-z]+\s+and\s+[a-z]+\s+for\b|[a-z]+\s+for\s+(?:a|an|the|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b)",
    re.IGNORECASE,
)


# A wish for the team or a growth goal sets a direction without asking anyone in so many words:
# "Let's aim for fewer rollbacks", "We should really have fewer meetings", "Try to speak up more".
_DIRECTIVE = rx(
    # ("We really ought to make staging less painful", "How do you think we could make reviews faster?":
    # the wish, and the question asking how to get there)
    r"\b(?:let's|let\s+us|we\s+(?:really\s+)?(?:should|need\s+to|must|have\s+to|ought\s+to)|"
    r"how\s+(?:do\s+you\s+think\s+)?(?:we|you)\s+(?:could|can)\b|"
    r"try\s+to\b|growth\s+(?:area|goal|plan\s+item)\b[^:\n]{0,40}:|"
    # "It would be nice if the docs were less outdated", "For me is important that ..."
    r"(?:it\s+would|it'd|would)\s+be\s+(?:nice|great|good|lovely|ideal)\s+if|"
    r"(?:we'd|I'd|we\s+would|I\s+would|would)\s+love\s+(?:for|to\s+see)|"
    r"(?:for\s+me\s+)?(?:it\s+is|it's|is)\s+(?:important|key)\s+that)"
)
# ... at the start of a sentence, a line or what follows a colon (checked on each match: a
# pattern that starts with a lookbehind would be scanned for instead of looked up).
# (an emoji ends a sentence as a full stop does: "Marketing here 👋 We'd love for ...")
_OPENS = re.compile("(?:^|[.!?:\U0001f300-\U0001faff]\\s|\n)$")


# Only a change by degree sets a direction there: "Let's put it on record: ... the jobs move last"
# or "Let's track it on the board" plan the work or its follow-up.
_COMPARED = re.compile(
    rf"\b(?:fewer|less|more|reduce|improve|increase|decrease|lower|{_COMPARATIVES})\b",
    re.IGNORECASE,
)


def _directive_sentences(doc: Doc) -> set[int]:
    return {
        doc.sentence_index(match.start())
        for match in _DIRECTIVE.iter_view(doc, "unquoted")
        if _OPENS.search(doc.unquoted, max(0, match.start() - 2), match.start())
    }


# "get it over the line", "get it done": finished is the done-state, once the work it points at is
# named ("take this branch over while I'm out and just get it over the line"); with nothing named
# ("Just get it done.") there is nothing to be done with.
_GET_IT_DONE = rx(
    r"\bget\s+(?:it|this|that|them)\s+(?:done|finished|sorted(?:\s+out)?|fixed|merged|shipped|over\s+the\s+line|"
    r"across\s+the\s+line|out\s+the\s+door|wrapped\s+up|closed(?:\s+out)?)\b"
)


# "what do you think we should cut or change so we can deliver May 24?": what to cut is the
# question, and a verb with no object of its own sets no direction.
_ASKED_WHAT = re.compile(r"(?:[^.!?:\n]*:\s*)?(?:so,?\s+|and\s+)?(?:what|which)\b", re.IGNORECASE)
_NO_OBJECT = re.compile(r"(?:\s+or\s+\w+)?\s*(?:\?|,|so\b|to\b)", re.IGNORECASE)


def _asks_what(doc: Doc, span: Span) -> bool:
    text = doc.plain_unquoted
    return bool(
        _NO_OBJECT.match(text, span.end)
        and _ASKED_WHAT.match(text, doc.sentence_bounds(span.start)[0])
    )


# A direction verb used as a noun: "move bulk-invite polish to the first patch", "the refactor"
_AS_A_NOUN = re.compile(
    r"(?:\b(?:the|a|an|this|that|our|your|their|its|first|next|last|final|quick|small|big)|\w-\w+)\s+$",
    re.IGNORECASE,
)


def _a_noun(doc: Doc, span: Span) -> bool:
    return " " not in span.text and bool(
        _AS_A_NOUN.search(doc.text[max(0, span.start - 30) : span.start])
    )


@memoised("directions")
def directions(doc: Doc) -> list[Span]:
    """A direction or qualitative done-criterion: "reduce the bugs", "fix the login bug"."""
    asked = _asking_sentences(doc)
    # a comparative counts in a sentence that wishes for it or states the goal of the work too:
    # "We want the suite to be more reliable", "Things need to get faster around here"
    wished = (_directive_sentences(doc) | _work_sentences(doc)) - asked
    # "be our go-to person for the upgrade path": what a role covers is its area, not an end
    roles = [task.extent for task in requested_tasks(doc) if ROLE_NAME.match(task.verb)]
    found = [
        span
        for span in doc.find(DIRECTION)
        if (
            doc.sentence_index(span.start) in asked
            or (doc.sentence_index(span.start) in wished and _COMPARED.search(span.text))
        )
        and not any(start <= span.start and span.end <= end for start, end in roles)
        and not _asks_what(doc, span)
    ]
    # A named piece of work that ends ("write down the rotation process", "get back to the
    # customer") has a done-state, if only a qualitative one.
    found += [
        task.span
        for task in requested_tasks(doc)
        if task.named
        and task.requested
        and task.verb
        and (
            (task.verb == "do" and _DO_THE_WORK.match(task.object))
            or not (
                _ONGOING.match(task.verb)
                or ROLE_VERBS.match(task.verb)
                or _VAGUE_TAKE.match(task.verb)
            )
        )
        and not _ROUTINE.match(task.object)
        and not (task.verb == "give" and _LENT.match(task.object))
    ]
    # ... and so does one stated as the plan: "Here's the plan: we ship onboarding on May 24"
    found += [
        task.span
        for task in requested_tasks(doc)
        if task.named and task.requested and not task.verb and _PLANNED_END.match(task.object)
    ]
    found += [span for span in doc.find(SO_OUTCOME) if doc.sentence_index(span.start) in asked]
    if "get " in doc.view("unquoted", cased=False) and any(
        task.named for task in requested_tasks(doc)
    ):
        found += [
            span for span in doc.find(_GET_IT_DONE) if doc.sentence_index(span.start) in asked
        ]
    found += doc.find(DONE_STATE) + doc.find(_THING_ASKED_FOR)
    # A direction word used as a noun is weak evidence, quoted only when nothing better shows
    # the direction ("Pair with Sam on the refactor")
    better = [span for span in found if not _a_noun(doc, span)]
    return better or found
