"""What the speaker commits to: support, a record, a next step, updates, owning a mistake.

Each is a grammar over who acts and what they do:

- support: the speaker (or a named helper) takes work, time or risk off
  the person ("I'll take your on-call shifts", "you can lean on Mei",
  "we'll drop the reporting work from your sprint");
- a record: something of the person's (a concern, a condition, their work)
  goes into a place that lasts (an ADR, the notes, a risk register, their
  written review, "in writing");
- a next step: one concrete action with a one-off time, a meeting, or a
  plan announced as what happens next (a cadence is an update, not a step);
- updates: the speaker reports progress through a channel or on a cadence;
- ownership: the speaker names their own mistake.
"""

from __future__ import annotations

import re

from rehearse.scoring.lexicon import DATE, WEEKDAY
from rehearse.scoring.result import Span
from rehearse.scoring.text import Doc, Rx, memoised, rx

_I_WILL = (
    r"(?:I(?:'ll|\s+will|\s+can|\s+could|'m\s+going\s+to|\s+am\s+going\s+to|'m\s+happy\s+to|'d\s+be\s+(?:happy|glad)\s+to|"
    r"\s+am\s+happy\s+to|'m\s+glad\s+to|'d\s+like\s+to|\s+want\s+to|'m)|let\s+me|happy\s+to)"
)
_SUPPORT_ACT = (
    r"(?:pair|help|cover|shadow|sit\s+(?:in|with)|back\s+you|support\s+you|walk\s+you|unblock|run\s+interference|"
    r"take\s+(?:over|on|your|the\s+(?:first|heat|hit|blame|lead\s+on)|care\s+of\s+the|some|\w+\s+off\s+your)|"
    r"review\s+(?:your|every|each|all|the\s+(?:PR|draft|design|doc|plan|slides)|it\s+(?:first|before))|"
    r"clear|free\s+up|freeing\s+up|block\s+(?:out\s+)?(?:time|some|the|your|an?\s+\w+)|make\s+time|make\s+room|"
    r"get\s+you|set\s+you\s+up|find\s+(?:you|someone|a\s+\w+\s+for\s+you)|carve\s+out|"
    r"give\s+you\s+(?:time|budget|access|a\s+hand|cover|room|space|headcount|help|(?:\w+\s+){0,2}(?:days?|hours?|afternoons?|mornings?))|"
    r"loop\s+in|lend|jump\s+in|step\s+in|introduce\s+you|protect|push\s+back\s+on|escalate|handle\s+(?:the|it|that|this|them|any|all)|"
    r"drop\s+(?:what\s+I'm\s+doing|everything)|be\s+(?:the\s+one\s+who|there|around|on\s+hand|in\s+the\s+room|your\s+\w+)|"
    r"join\s+(?:you|the\s+first|your)|talk\s+to|tell\s+(?:the\s+team|everyone|\w+)\s+(?:that|on|before|myself)|"
    r"deal\s+with\s+the|absorb|field|coach\s+you|mentor\s+you|answer\s+(?:questions|any)|gladly|personally\s+\w+|"
    r"also\s+(?:pair|help|cover|review|join|take|sit))"
)
OFFER_SUPPORT = rx(
    r"(?:"
    rf"\b{_I_WILL}\s+(?:also\s+|personally\s+|gladly\s+|still\s+)?{_SUPPORT_ACT}\b"
    r"|\bI(?:'ve|\s+have)\s+(?:already\s+)?(?:cleared|freed\s+up|moved|blocked|booked|taken|arranged|found|set\s+aside|"
    r"asked\s+\w+\s+to\s+(?:help|review|pair|cover|support|mentor|shadow|sit|answer|walk|back))\b"
    r"|\b(?:we|I)(?:'ll|\s+will|\s+can|'re\s+going\s+to|'m|\s+am)\s+(?:drop|dropping|remove|removing|move|moving|take|taking|"
    r"pull|pulling|clear|clearing|cut|cutting|push|pushing)\s+(?:\w+\s+){1,4}?(?:from|off|out\s+of)\s+your\s+"
    r"(?:sprint|plate|queue|backlog|list|week|calendar|schedule|rotation)\b"
    r"|\b(?:free|freeing|freed|clear|clearing|cleared|block|blocking|blocked|protect|protecting|protected)\s+(?:up\s+)?your\s+"
    r"(?:\w+days|mornings|afternoons|calendar|time|week|sprint|schedule|focus\s+time)\b"
    r"|\byou(?:'ll|\s+will)\s+have\s+(?:the\s+(?:time|budget|support|help)|access|budget|help|support|"
    r"dedicated|\w+\s+(?:days?|hours?|afternoons?))"
    r"|\b(?:\w+|a|one|half\s+a)\s+(?:days?|hours?|afternoons?|mornings?)\s+(?:a|per|each|every)\s+(?:week|sprint)\b"
    r"|\btake\s+(?:\w+\s+){1,4}?off\s+your\s+plate\b"
    r"|\bhappy\s+to\s+(?:help|pair|review|cover)\b"
    r"|\bso\s+you\s+(?:don't|do\s+not|won't)\s+have\s+to\s+(?!ask\b|wonder\b|chase\b)\w+"
    r"|\bso\s+(?:that\s+)?you\s+can\s+(?:focus|stay|concentrate|get\s+on|keep\s+going|keep\s+your)\b"
    r"|\bI(?:'ll|\s+will|\s+can)\s+(?!talk\b|check\b|catch\b|sync\b|meet\b|speak\b|chat\b|follow\b|touch\b|share\b|discuss\b)"
    r"\w+\s+(?:[\w-]+\s+){0,4}?with\s+you\b"
    r"|\byou\s+(?:won't|will\s+not)\s+(?:be|have\s+to\s+be)\s+(?:on\s+call|on\s+the\s+rota|on\s+support)\b"
    r"|\bsend\s+(?:him|her|them|\w+)\s+(?:to\s+me|my\s+way)\b|\b(?:point|refer|direct)\s+(?:him|her|them|\w+)\s+(?:to|at)\s+me\b"
    r"|\bI(?:'ll|\s+will)\s+take\s+(?:the|your|all\s+the)\s+[\w-]+(?:\s+[\w-]+)?(?=\s+(?:so|off|for\s+you|while)\b)"
    r"|\bdon't\s+worry\s+about\s+[^.!?;\n]{1,60}?[,;:-]\s*I(?:'ll|\s+will|\s+can)\s+(?!be\b|see\b|try\b)\w+"
    r")"
)
# A named helper ("you can lean on Mei", "you'll have Lena full time"): names need case.
HELPER = rx(
    r"\byou\s+(?:can|could|should)\s+(?:always\s+)?(?:lean\s+on|go\s+to|pull\s+in|call\s+on|count\s+on|rely\s+on|borrow|ask)\s+"
    r"(?:(?-i:[A-Z][a-z]+)|me\b)"
    r"|\byou(?:'ll|\s+will|\s+can)\s+have\s+(?-i:[A-Z][a-z]+)\b(?!\s+(?:by|on|in)\b)"
    r"|\b(?-i:[A-Z][a-z]+)\s+(?:pairs|will\s+pair|is\s+pairing|has\s+agreed\s+to\s+pair)\s+with\s+you\b"
)

_RECORD_VERB = (
    r"(?:put|add|capture|record|log|note|write|document|include|keep|list|track|file|minute|enter|raise|flag|mention|"
    r"say|name|credit|call\s+out|quote|attach|link)"
)
_THEIRS = (
    r"(?:you|your\s+(?:[\w-]+\s+)?(?:concerns?|objections?|worries|points?|position|view|dissent|disagreement|input|risks?|"
    r"reservations?|alternative|proposal|idea|argument|decision|conditions?|name|analysis|work|contribution|caveats?)|"
    r"(?:the|that|this|these|those)\s+(?:[\w-]+\s+)?(?:concerns?|objections?|risks?|disagreement|decision|dissent|trade-?offs?|"
    r"conditions?|caveats?|rollback\s+conditions|go/no-go\s+criteria|criteria)|it|that|this|them|those)"
)
# Places that last, whatever goes into them.
_RECORD = (
    # ("a decision record" is a new one, written for this decision)
    r"(?:(?:an|the|our|a)\s+ADR|ADR|(?:the\s+|our\s+|a\s+)?decision\s+(?:log|record)|(?:the\s+|our\s+|a\s+)?risk\s+(?:log|register)|"
    r"(?:the\s+)?(?:meeting\s+|retro\s+)?notes|(?:the\s+)?minutes|the\s+record|writing|"
    r"your\s+(?:(?:written|performance|annual|mid-year|year-end|next)\s+)?review|your\s+(?:(?:promotion|promo)\s+)?packet|your\s+(?:promotion|promo)\s+(?:case|doc|document)|"
    r"(?:the\s+|your\s+)?brag\s+doc|(?:the\s+)?go/no-go\s+(?:criteria|list|checklist)|(?:the\s+)?postmortem)"
)
# Places that hold a record only of something of the person's ("the trade-off in the launch doc").
_DOC = r"(?:the|our|an?)\s+(?:[\w/-]+\s+){0,2}?(?:doc|document|RFC|wiki|page|ticket|checklist|plan|changelog|email|summary|report)"
PUT_ON_RECORD = rx(
    rf"\b{_RECORD_VERB}\s+(?:down\s+)?{_THEIRS}\b[^.!?;\n]{{0,60}}?\b(?:in|into|to|on|onto)\s+{_RECORD}\b"
    rf"|\b{_RECORD_VERB}\s+(?:down\s+)?{_THEIRS}\b[^.!?;\n]{{0,60}}?\b(?:in|into|to|on|onto)\s+{_DOC}\b"
    # ("I'm also writing up Thursday for your promotion packet": what the person did, written up for
    # a record of theirs)
    rf"|\b(?:I(?:'ll|\s+will|\s+can|'m\s+going\s+to|\s+want|'d\s+like)|let's|we(?:'ll|\s+will|\s+can|\s+should)|can\s+we|could\s+we|"
    r"I'm\s+(?:also\s+)?(?:writing|putting|adding|noting|including|documenting))\s+"
    rf"[^.!?;\n]{{0,80}}?\b(?:(?:in|into|to|on|onto)\s+|for\s+(?=your\s))(?:{_RECORD})\b"
    rf"|\b(?:put|get|keep|have|write)\s+[^.!?;\n]{{0,40}}?\b(?:on\s+(?:the\s+)?record|in\s+writing|down\s+in\s+writing)\b"
    rf"|\bwrit(?:e|ten|ing)\s+(?:it\s+|that\s+|this\s+|them\s+)?down\b"
    rf"|\bwith\s+your\s+name\s+on\s+(?:it|the\s+\w+)\b"
    rf"|\b(?:{_THEIRS}|your\s+\w+)\s+(?:go(?:es)?|will\s+go|gets?\s+(?:recorded|logged|written\s+(?:down|up|into)|added)|"
    rf"(?:is|are|will\s+be)\s+(?:recorded|logged|written\s+down|added|captured|noted))\s+(?:in|into|to|on)\b"
)
# "For the record, I never agreed": a turn of phrase, not an offer.
_FOR_THE_RECORD = re.compile(r"(?:^|[.!?]\s+)for\s+the\s+record\s*,", re.IGNORECASE)

_ACTION = (
    r"(?:meet|sync|talk|schedule|set\s+up|book|pair|grab|get\s+together|regroup|reconvene|plan|walk\s+through|"
    r"go\s+(?:through|over)|review|try|start|pick\s+(?:this|it)\s+up|revisit|write|draft|put|take|do|run|spike|prototype|"
    r"sit\s+down|look\s+at|block|agree|decide|check|test|draw\s+up|map\s+out|list|open|file|send|share|loop\s+in|"
    r"bring|pilot|trial|build|make|sketch|work\s+out|figure\s+out|catch\s+up|debrief|call|set|kick\s+off|get|document|"
    r"write\s+down|log|record|capture|note)"
)
# One occasion, not a cadence.
ONE_OFF_TIME = (
    rf"(?:today|tomorrow|tonight|this\s+(?:afternoon|morning|week|evening|cycle|sprint|quarter)|next\s+(?:week|sprint|{WEEKDAY})|"
    rf"(?<!every\s)(?<!each\s)\b{WEEKDAY}(?!s\b)|after\s+(?:lunch|standup|the\s+\w+)|right\s+after|first\s+thing|in\s+the\s+morning|"
    rf"at\s+\d|before\s+(?:\w+\s+)?(?:standup|planning|the\s+\w+|\w+day)|by\s+\w+|end\s+of\s+(?:the\s+)?(?:day|week|month|sprint)|"
    rf"{DATE}|(?:at|in)\s+(?:next|this|\w+'s)\s+(?:[\w-]+\s+)?(?:retro|one-on-one|1:1|sync|standup|review|planning|meeting)|"
    r"on\s+the\s+\d{1,2}(?:st|nd|rd|th))"
)
# Looking together at how it went: a step when it is dated.
_CHECK_TOGETHER = (
    r"(?:check|review|look\s+at|go\s+(?:through|over)|decide|meet|sit\s+down|discuss|evaluate|assess|"
    r"see\s+(?:how|whether|if))"
)
NEXT_STEP = rx(
    r"(?:"
    r"\b(?:the\s+|our\s+|as\s+a\s+|a\s+good\s+|my\s+)?next\s+steps?\s*(?:is|are|would\s+be|will\s+be|:|-|,|for\s+(?:us|you|me))"
    r"|\b(?:the|our)\s+plan\s+(?:from\s+here|going\s+forward|for\s+(?:this|next|the)\s+\w+)\b"
    r"|\bhere's\s+(?:the\s+plan|what\s+(?:I'll|I\s+will|we'll|we\s+will|I'm\s+going\s+to)\s+(?:do|change)|what\s+happens\s+next)\b"
    r"|\bwhat\s+I(?:'ll|\s+will|'m\s+going\s+to)\s+do\s+(?:today|now|next|tomorrow|this\s+week|first)\s+is\b"
    r"|\blet's\s+make\s+it\s+happen\b"
    rf"|\blet's\s+(?!not\b|see\b|just\s+(?:see|hope|try\s+our)|be\s+honest|face\s+it|move\s+on|agree\s+to\s+disagree|hope|keep\s+it)(?:\w+\s+){{0,2}}?{_ACTION}\b"
    rf"[^.!?\n]{{0,80}}?(?:{ONE_OFF_TIME}|\b(?:a|an|the)\s+(?:call|meeting|session|spike|doc|ADR|plan|draft|time|slot|invite|review|list)\b|"
    r"\btogether\b|\bin\s+the\b|:)"
    rf"|(?:{ONE_OFF_TIME})\s*,?\s+let's\s+(?!not\b|see\b)\w+"
    rf"|\b(?:I|we)(?:'ll|\s+will|'m\s+going\s+to|'re\s+going\s+to)\s+(?!be\b|keep\b|try\b|need\b|have\s+to\b|see\b|think\b|get\s+back\b|"
    rf"come\s+back\b|let\s+you\s+know\b|figure\b|hope\b)(?:also\s+)?\w+\b[^.!?\n]{{0,80}}?\b{ONE_OFF_TIME}"
    # the step already under way: "I'm also writing up Thursday for your packet this week"
    r"|\bI'm\s+(?:also\s+)?(?:writing|sending|setting\s+up|booking|scheduling|putting|sharing|drafting|adding|raising)\b"
    rf"[^.!?\n]{{0,80}}?\b{ONE_OFF_TIME}"
    # the plan in the present, as terse and second-language speakers say it: "We check how it went
    # at the sprint 15 retro on the 14th", "In the retro on the 14th we check together if it works"
    rf"|\bwe\s+(?:also\s+)?{_CHECK_TOGETHER}\b[^.!?\n]{{0,80}}?(?!by\s)(?:{ONE_OFF_TIME})"
    rf"|(?!by\s)(?:{ONE_OFF_TIME})\s*,?\s+we\s+(?:also\s+)?{_CHECK_TOGETHER}\b"
    rf"|\bI(?:'ll|\s+will)\s+(?:send|set\s+up|schedule|book|put\s+(?:time|something|a\s+\w+)|share|create|open|file|follow\s+up)\s+"
    r"(?:a|an|the|you|some|it|this|that|with)\b"
    rf"|\bhow\s+about\s+(?:we|I|you|a|an|meeting|{WEEKDAY}|tomorrow|next)\b"
    rf"|\b(?:can|could|shall|should)\s+we\s+(?:{_ACTION})\b[^.!?\n]{{0,60}}?{ONE_OFF_TIME}"
    r"|\bwhy\s+don't\s+(?:we|I)\s+\w+"
    r"|\blet\s+me\s+(?:set\s+up|schedule|book|send|draft|write|put|follow\s+up)\b"
    r"|\bI'll\s+follow\s+up\s+(?:with|by|on|tomorrow|today)\b"
    # a proposal said as one: "Here's my suggestion: ...", "I suggest we ...", "My proposal is ..."
    r"|\bhere's\s+(?:my|a|one)\s+(?:suggestion|proposal)\b|\bmy\s+(?:suggestion|proposal)\s+(?:is\b|would\s+be\b|:)"
    r"|\bI\s+(?:suggest|propose)\s+(?:that\s+)?(?:we|you)\b|\bwhat\s+I'd\s+(?:suggest|propose)\s+is\b"
    r")"
)
CADENCE = rx(
    rf"\b(?:every|each)\s+(?:other\s+)?(?:\d+\s+)?(?:\w+\s+)?(?:minutes?|hours?|day|morning|evening|week|sprint|month|{WEEKDAY}s?|"
    r"standup|sync|review|meeting|one-on-one|1:1|cutover|release|deploy)\b"
    r"(?:\s+(?:morning|afternoon|evening))?(?:\s+(?:at|by)\s+\d{1,2}(?::\d\d)?\s*(?:am|pm)?|\s+at\s+noon)?"
    r"|\b(?:our|the|a)\s+(?:weekly|daily|biweekly|bi-weekly|fortnightly|monthly)\s+[\w-]+(?:\s+[\w-]+)?"
    r"|\b(?:hourly|daily|weekly|biweekly|bi-weekly|fortnightly|monthly)\b"
    rf"|\bon\s+{WEEKDAY}s\b|\b(?:once|twice)\s+a\s+(?:day|week|sprint)\b|\bafter\s+(?:each|every)\s+\w+"
)
_ONE_OFF = rx(ONE_OFF_TIME)

_REPORT = (
    r"(?:send|post|share|give|write|publish|update|drop|put\s+out|report|email|message|ping|circulate|present|walk\s+(?:you|them)\s+through|"
    r"show|keep\s+(?:you|everyone|the\s+team|them)\s+(?:posted|updated|in\s+the\s+loop|informed))"
)
_UPDATE = (
    r"(?:updates?|status(?:\s+\w+)?|summary|progress|report|notes|heads-?up|readout|a\s+note|a\s+line|numbers|results|"
    r"(?:the\s+)?(?:tracker|board|status\s+page|dashboard|channel|sheet|epic)|"
    r"burn-?down|burn-?up|dashboard|metrics|figures|chart|count|where\s+we\s+are|how\s+it's\s+going|you|everyone|"
    r"the\s+team|it|them|those|stakeholders)"
)
_CHANNEL_OR_CADENCE = (
    rf"(?:\#[\w-]+|every\s+(?:\d+\s+)?(?:\w+\s+)?(?:minutes?|hours?|day|morning|evening|afternoon|week|sprint|{WEEKDAY})|"
    rf"each\s+(?:day|morning|evening|week|sprint|{WEEKDAY})|hourly|daily|weekly|biweekly|fortnightly|at\s+(?:each|every)\s+\w+|"
    r"after\s+(?:each|every)\s+\w+|status\s+page|(?:the|your|our)\s+(?:[\w-]+\s+)?channel|slack|email|the\s+incident\s+(?:channel|doc)|the\s+(?:shared\s+)?doc|"
    r"by\s+(?:eod|end\s+of\s+day|5|noon)|twice\s+a\s+(?:day|week)|on\s+the\s+hour|"
    r"the\s+(?:same\s+)?(?:hour|day|minute|moment)\s+(?:anything|something|it|we)|as\s+soon\s+as\s+(?:anything|something|it|we)|"
    r"whenever\s+(?:anything|something|it)|if\s+anything\s+(?:slips|changes|breaks)|"
    r"the\s+(?:moment|minute|second|day)\s+\w+|as\s+soon\s+as\s+\w+|on\s+(?:mondays|tuesdays|wednesdays|thursdays|fridays))"
)
COMMIT_UPDATES = rx(
    rf"\b(?:I|we)(?:'ll|\s+will|\s+can|'m\s+going\s+to|\s+promise\s+to|\s+commit\s+to)\s+(?:also\s+)?"
    rf"{_REPORT}\b[^.!?\n]{{0,60}}?{_UPDATE}\b[^.!?\n]{{0,60}}?{_CHANNEL_OR_CADENCE}"
    rf"|\b(?:I|we)(?:'ll|\s+will)\b[^.!?\n]{{0,160}}?\b(?:and|then)\s+(?:also\s+)?{_REPORT}\b[^.!?\n]{{0,60}}?{_UPDATE}\b"
    rf"[^.!?\n]{{0,60}}?{_CHANNEL_OR_CADENCE}"
    rf"|\b(?:I|we)(?:'ll|\s+will)\s+keep\s+(?:you|everyone|the\s+team|them)\s+(?:posted|updated|in\s+the\s+loop|informed)\s+"
    rf"[^.!?\n]{{0,40}}?{_CHANNEL_OR_CADENCE}"
    # ("here's what you'll get: a short update in your channel every afternoon")
    rf"|\byou(?:'ll|\s+will)\s+(?:get|hear|have|see):?\s+(?:an?\s+)?(?:[\w-]+\s+){{0,3}}?(?:update|status|word|news|summary|email|"
    rf"note|report|readout|numbers|message)s?\s+(?:from\s+(?:me|us)\s+)?[^.!?\n]{{0,40}}?{_CHANNEL_OR_CADENCE}"
    # the plan in the present, as blunt speakers say it: "You get an update in your launch channel
    # every afternoon", "I send the VP a status note every Friday" (a report, not "I send invoices")
    # (the checks behind it come after the pronoun, so the alternative is found by its first word)
    rf"|\byou(?<!\bdo\syou)(?<!\bdid\syou)(?<!\bif\syou)(?<!\bwhen\syou)(?<!\bcan\syou)\s+get\s+(?:an?\s+)?(?:[\w-]+\s+){{0,3}}?"
    r"(?:update|status|summary|email|note|report|readout|numbers|message)s?\s+(?:from\s+(?:me|us)\s+)?"
    rf"[^.!?\n]{{0,40}}?{_CHANNEL_OR_CADENCE}"
    r"|\b(?:I|we)(?<!\bdo\sI)(?<!\bdo\swe)(?<!\bif\sI)(?<!\bif\swe)(?<!\bshould\sI)(?<!\bshould\swe)\s+(?:also\s+)?"
    r"(?:send|post|share|publish|email)\s+(?:[\w-]+\s+){0,3}?(?:an?\s+|the\s+|our\s+|my\s+)?(?:[\w-]+\s+)?"
    rf"(?:update|status|summary|note|report|readout|numbers|burn-?down)s?\b[^.!?\n]{{0,60}}?{_CHANNEL_OR_CADENCE}"
    rf"|\byou(?:'ll|\s+will)\s+hear\s+from\s+(?:me|us)\s+[^.!?\n]{{0,40}}?{_CHANNEL_OR_CADENCE}"
    r"|\bexpect\s+(?:an?\s+)?(?:weekly|daily|biweekly|fortnightly|monthly|nightly)\s+(?:[\w-]+\s+)?(?:update|status|summary|email|"
    r"note|report|readout|message)s?\b"
    rf"|\bexpect\s+(?:an?\s+)?(?:[\w-]+\s+){{0,3}}?(?:update|status|summary|email|note|report|readout|message)s?\s+from\s+(?:me|us)\b"
    rf"[^.!?\n]{{0,40}}?{_CHANNEL_OR_CADENCE}"
    r"|\b(?:I|we)(?:'ll|\s+will)\s+keep\s+(?:the\s+)?(?:status\s+page|dashboard|tracker|board|doc|page|channel|sheet|wiki|"
    r"launch\s+doc)\s+(?:current|updated|up\s+to\s+date|fresh)\b"
)
OWNERSHIP = rx(
    r"(?:"
    r"\bI\s+should(?:n't|\s+not)?(?:'ve|\s+have)\b|\bthat's\s+on\s+me\b|\bthat\s+one's\s+on\s+me\b|\b(?:this|it)\s+is\s+on\s+me\b"
    # the fault claimed after the other apologised: "You don't need to apologise, this one is mine."
    r"|\b(?:this|that)\s+one(?:'s|\s+is|\s+was)\s+(?:all\s+)?(?:mine|on\s+me)\b"
    r"|\b(?:it's|it\s+is|this\s+is|that\s+was|that's|it\s+was)\s+my\s+(?:fault|mistake|bad|miss|responsibility|error)\b"
    r"|(?<!not\s)\bmy\s+(?:bad|mistake|fault)\b"
    r"|\bI\s+(?:was\s+wrong|messed\s+up|screwed\s+up|dropped\s+the\s+ball|got\s+that\s+wrong|got\s+it\s+wrong|"
    r"made\s+a\s+mistake|made\s+the\s+wrong|missed\s+that|owe\s+you\s+an\s+apology|didn't\s+(?:communicate|give|tell|"
    r"loop|check|follow|ask|explain|listen|set|make\s+(?:sure|it\s+clear|time))|could\s+have\s+(?:handled|done|communicated|been))\b"
    r"|\bI\s+take\s+(?:full\s+)?(?:responsibility|ownership)\b"
    r"|\bI\s+own\s+(?:that|this|it|my\s+part|the\s+mistake|the\s+miss)\b"
    r"|\byou're\s+right[,.;]?\s+I\s+(?:did|was|should|didn't|should've|missed|said|made|agreed|promised|committed|pushed|"
    r"decided|skipped|forgot|went|rushed|changed|dropped)\b"
    r"|\bI\s+(?:said\s+yes|agreed|committed|promised|decided|signed\s+off|made\s+the\s+call|changed\s+\w+|moved\s+\w+)\b"
    r"[^.!?;\n]{0,60}?\bwithout\s+(?:checking|asking|talking|consulting|looping|telling|running\s+it)"
    r"|\bI\s+(?:sprang|dropped|dumped|pushed|forced|threw)\b[^.!?;\n]{0,50}?\bwithout\s+(?:warning|notice|asking|checking|telling|consulting)"
    r"|\b(?:unfair|wrong|not\s+(?:ok|okay|fair|right)|a\s+mistake)\s+of\s+me\b|\b(?:part\s+of\s+)?(?:this|that|it)\s+is\s+on\s+me\b"
    r"|\bI\b[^.!?;\n]{0,80}?\b(?:and|which)\s+(?:that\s+)?was\s+(?:a|my)\s+(?:mistake|error|bad\s+call|wrong\s+call)\b"
    r"|\bI(?:'m|\s+am)\s+sorry\s+(?:I|that\s+I|for\s+(?:not|missing|the|my|how\s+I|dropping|changing))\b"
    r"|\bI\s+apologi[sz]e\s+(?:for|that\s+I)\b"
    r")"
)


@memoised("offers_of_support")
def offers_of_support(doc: Doc) -> list[Span]:
    """Concrete help, time or cover offered, including a named helper ("you'll have Sam")."""
    from rehearse.scoring.detectors.feasibility import SUPPORT_FROM_SOMEONE

    return (
        doc.find(OFFER_SUPPORT, view="plain_unquoted")
        + doc.find(HELPER, view="plain_unquoted")
        + doc.find(SUPPORT_FROM_SOMEONE, view="plain_unquoted")
    )


@memoised("offers_to_record")
def offers_to_record(doc: Doc) -> list[Span]:
    """An offer to put the person's concern, condition or work on record."""
    found = doc.find(PUT_ON_RECORD, view="plain_unquoted")
    if not found or not _FOR_THE_RECORD.search(doc.plain):
        return found
    idioms = {doc.sentence_index(m.end() - 1) for m in _FOR_THE_RECORD.finditer(doc.plain)}
    return [span for span in found if doc.sentence_index(span.start) not in idioms]


@memoised("next_steps")
def next_steps(doc: Doc) -> list[Span]:
    """A concrete next step; a promise on a cadence alone is an update, not a step."""
    found: list[Span] = []
    view = doc.view("plain_unquoted", cased=False)
    for span in doc.find(NEXT_STEP, view="plain_unquoted"):
        start, end = doc.sentence_bounds(span.start)
        sentence = view[start:end]
        if _has(CADENCE, sentence) and not _has(_ONE_OFF, _without_cadence(sentence)):
            explicit = re.search(
                r"next\s+step|plan\s+from\s+here|here's\s+the\s+plan|let's", sentence
            )
            if explicit is None:
                continue
        found.append(span)
    return found


def _has(pattern: Rx, lowered: str) -> bool:
    return next(pattern.scan(lowered), None) is not None


def _without_cadence(sentence: str) -> str:
    """The sentence with its cadences blanked, so "every Monday" is not read as "Monday"."""
    return CADENCE.regex.sub(lambda m: " " * len(m.group()), sentence)


@memoised("commitments_to_update")
def commitments_to_update(doc: Doc) -> list[Span]:
    """Visible progress updates promised, with a channel or a cadence."""
    return doc.find(COMMIT_UPDATES, view="plain_unquoted")


@memoised("ownership")
def ownership(doc: Doc) -> list[Span]:
    """The speaker owning a mistake or their own part."""
    return doc.find(OWNERSHIP, view="plain_unquoted")
