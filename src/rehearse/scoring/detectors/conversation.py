"""How a turn lands with the other person: the flag signals scenario stages use.

Each detector is precise rather than eager: a false `dismissive` or
`judgmental` makes the persona react to something that was never said, and a
false positive flag lets the user skip a stage without doing the work.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rehearse.scoring.lexicon import WEEKDAY
from rehearse.scoring.result import Span
from rehearse.scoring.text import Doc, Rx, memoised, rx

_CONCERN = r"(?:point|concern|worry|question|criticism|ask|objection|challenge|call|pushback|push-back|read)"
ACKNOWLEDGEMENT = rx(
    r"(?:"
    r"\bI\s+hear\s+(?:you|that|what\s+you(?:'re|\s+are)\s+saying|your\s+\w+)(?=\s*[,.;:!-]|\s+(?:and|loud|completely|on)\b|\s*$)"
    r"|\bI\s+hear\s+(?:that\s+)?you(?:'re|\s+are)\s+(?:worried|concerned|frustrated|upset|stressed|anxious|nervous|"
    r"unhappy|overloaded|skeptical|sceptical|not\s+(?:convinced|sure|comfortable))"
    r"|\bI\s+(?:get|understand|see)\s+(?:why|where\s+you(?:'re|\s+are)\s+coming\s+from|your\s+(?:point|concern|worry|"
    r"frustration|hesitation|reluctance)|that\s+(?:this|it|you))"
    r"|\bI\s+(?:totally\s+|completely\s+|fully\s+)?(?:understand|get\s+it)(?=\s*[,.;:!-]|\s*$)"
    rf"|\b(?:that's|that\s+is|it's|it\s+is|this\s+is|you\s+raise|you've\s+raised|you\s+have)\s+a\s+"
    rf"(?:really\s+)?(?:fair|valid|good|reasonable|legit|legitimate|real|great|important)\s+{_CONCERN}"
    r"|\byou(?:'re|\s+are)\s+right(?:\s+(?:that|about|to)\b|\s*[,.;:!-]|\s*$)"
    r"|\byou\s+have\s+a\s+point\b|\bfair\s+(?:enough|point)\b"
    r"|\bthat\s+makes\s+(?:total\s+|complete\s+)?sense\b|\bit\s+makes\s+sense\s+(?:that\s+you|to\s+be|you'd)\b"
    r"|\bI\s+can\s+see\s+(?:why|how|that)\b"
    r"|\bit\s+sounds\s+like\s+you(?:'re|\s+are|\s+feel|\s+have|'ve)\b"
    r"|\bI\s+know\s+(?:this|that|it)(?:'s|\s+is|\s+has\s+been|\s+was)\s+(?:\w+\s+)?(?:frustrating|hard|a\s+lot|annoying|"
    r"painful|stressful|tough|difficult|not\s+what\s+you\s+wanted|a\s+big\s+ask)"
    r"|\bI\s+appreciate\s+you\s+(?:raising|flagging|bringing|telling|sharing|being\s+(?:honest|candid|upfront)|pushing\s+back)"
    r"|\bthanks?\s+(?:you\s+)?for\s+(?:raising|flagging|bringing\s+(?:this|that|it)\s+up|being\s+(?:honest|candid|upfront)|"
    r"telling\s+me|pushing\s+back|speaking\s+up|sharing\s+(?:that|this|your))"
    r"|\byour\s+(?:concern|worry|frustration|point|hesitation)\s+(?:is|makes)\s+(?:completely\s+|totally\s+)?"
    r"(?:valid|fair|sense|understandable|reasonable|legitimate)"
    r"|\b(?:that|it)\s+(?:must\s+be|must\s+have\s+been|sounds)\s+(?:really\s+)?(?:frustrating|hard|tough|stressful|"
    r"exhausting|annoying|painful)"
    r"|\byour\s+concerns?\s+about\b[^.!?\n]{0,60}\b(?:valid|fair|real|make\s+sense)"
    r")"
)
_OPEN_START = rx(
    r"^\s*(?:(?:so|and|ok|okay|then|honestly|well|also|but|now|right|alright|hey|\w+)[,\s]+){0,2}"
    r"(?:what|how|why|which|where|who|when)(?:'s|'re|'d)?\b"
)
OPEN_INVITATION = rx(
    r"\b(?:tell\s+me\s+(?:more|about|what|how|why)|walk\s+me\s+through|help\s+me\s+understand|"
    r"I'd\s+(?:like|love)\s+to\s+(?:hear|understand|know)\s+(?:more|what|how|why|your)|"
    r"(?:can|could|would)\s+you\s+(?:tell|walk|help)\s+me\s+(?:more|through|understand|what|how|why|about)|"
    r"I'm\s+curious\s+(?:what|how|why|about)|what\s+do\s+you\s+think|how\s+do\s+you\s+see|"
    r"what's\s+your\s+(?:take|view|read))\b"
)
_NOT_OPEN = rx(
    r"\b(?:don't|doesn't|wouldn't|isn't|aren't|can't|won't)\s+(?:you|it|that|this|we)\b[^?]*\?"
    r"|,\s*(?:right|ok|okay|yes|no|yeah)\s*\?\s*$"
    r"|^\s*(?:how|what)\s+(?:else|many|much)\s+(?:times|do\s+I)\b"
)
ASK_FOR_HELP = rx(
    r"(?:"
    r"\bwhat\s+would\s+it\s+take\b"
    r"|\bI(?:\s+need|\s+could\s+use|\s+would\s+love|'d\s+love|'d\s+value|\s+would\s+value|'d\s+appreciate|"
    r"\s+would\s+appreciate|\s+want|'d\s+like|\s+would\s+like|'d\s+really\s+(?:value|appreciate|like|love)|"
    r"\s+really\s+(?:need|value|want))\s+(?:your|some\s+of\s+your|some)\s+(?:help|input|advice|perspective|take|opinion|"
    r"expertise|thoughts|ideas|view|feedback|guidance|support)"
    r"|\b(?:can|could|would)\s+you\s+help\s+(?:me|us)\b"
    r"|\bhelp\s+me\s+(?:figure|understand|think|decide|find|with|get|make|plan|work\s+out)\b"
    r"|\bwhat\s+(?:would|do)\s+you\s+(?:suggest|recommend|propose|advise|need|do\s+differently|want\s+to\s+see)\b"
    r"|\bwhat\s+would\s+you\s+(?!not\b|have\s+done\b)\w+"
    r"|\bhow\s+would\s+you\s+(?:approach|handle|solve|do|tackle|fix|go\s+about|like\s+to)\b"
    r"|\bwhat\s+would\s+(?:make\s+(?:this|it|you)|help|you\s+need|get\s+you|change\s+your\s+mind)\b"
    r"|\bwhat\s+(?:conditions|would\s+you\s+need)\b|\bwhat\s+do\s+you\s+need\s+(?:from\s+me|to)\b"
    r"|\bwhat\s+would\s+you\s+do\b|\bwhat\s+am\s+I\s+missing\b"
    r"|\b(?:can|could|may)\s+I\s+(?:get|ask\s+for)\s+your\s+(?:help|input|take|advice)\b"
    r"|\bI\s+can't\s+do\s+this\s+without\s+you\b|\byour\s+(?:help|input|expertise)\s+would\b"
    r"|\bany\s+(?:ideas|suggestions|thoughts)\s+(?:on|about|for)\b"
    r"|\bwould\s+you\s+be\s+willing\s+to\s+help\b"
    r"|\bI\s+need\s+your\s+help\b"
    r")"
)
OFFER_SUPPORT = rx(
    r"(?:"
    r"\bI(?:'ll|\s+will|\s+can|\s+could|'m\s+happy\s+to|'d\s+be\s+happy\s+to|\s+am\s+happy\s+to|'m\s+glad\s+to|"
    r"'m\s+going\s+to|'d\s+like\s+to)\s+(?:also\s+|personally\s+|gladly\s+)?(?:pair|help|cover|take\s+(?:over|on|your|the)|shadow|"
    r"review\s+(?:your|the\s+(?:PR|draft|design|doc))|sit\s+with|talk\s+to|handle\s+the|clear|free\s+up|block\s+(?:out\s+)?time|"
    r"make\s+time|get\s+you|set\s+you\s+up|unblock|run\s+interference|back\s+you|support\s+you|walk\s+you|"
    r"deal\s+with\s+the|take\s+care\s+of\s+the|find\s+(?:you|someone)|carve\s+out|give\s+you|loop\s+in|lend|"
    r"jump\s+in|send\s+you|introduce\s+you|protect|push\s+back\s+on|escalate)"
    r"|\blet\s+me\s+(?:help|take|handle|cover|pair)\b"
    r"|\bI(?:'ve|\s+have)\s+(?:already\s+)?(?:cleared|freed\s+up|moved|blocked|booked|taken|arranged|found|asked\s+\w+\s+to\s+help)\b"
    r"|\byou(?:'ll|\s+will)\s+have\s+(?:the\s+(?:time|budget|support|help)|access|budget|help|support|"
    r"dedicated|\w+\s+(?:days?|hours?|afternoons?))"
    r"|\b(?:\w+|a|one|half\s+a)\s+(?:days?|hours?|afternoons?|mornings?)\s+(?:a|per|each|every)\s+(?:week|sprint)\b"
    r"|\btake\s+(?:\w+\s+){1,4}?off\s+your\s+plate\b"
    r"|\bhappy\s+to\s+(?:help|pair|review|cover)\b"
    r")"
)
_RECORD_VERB = (
    r"(?:put|add|capture|record|log|note|write\s+down|include|document|keep|list|track|file|minute)"
)
_CONCERN_OBJECT = (
    r"(?:your\s+(?:concerns?|objections?|worries|points?|position|view|dissent|disagreement|input|risks?|reservations?|"
    r"alternative|proposal|idea|argument|decision)|(?:the|that|this)\s+(?:concern|objection|risk|disagreement|decision|"
    r"dissent|trade-?off))"
)
_RECORD = (
    r"(?:ADR|decision\s+(?:log|record)|risk\s+(?:log|register)|the\s+notes|meeting\s+notes|minutes|the\s+doc|the\s+RFC|"
    r"the\s+design\s+doc|the\s+postmortem|the\s+record|the\s+ticket|the\s+wiki|writing)"
)
PUT_ON_RECORD = rx(
    rf"\b{_RECORD_VERB}\s+(?:down\s+)?{_CONCERN_OBJECT}\b"
    rf"|\b{_RECORD_VERB}\s+(?:it|that|this|them|those)\s+(?:down\s+)?(?:in|into|to|on)\s+(?:the\s+|our\s+|an\s+)?{_RECORD}"
    rf"|\b(?:on|for)\s+(?:the\s+)?record\b|\bin\s+writing\b"
    rf"|\b{_CONCERN_OBJECT}\s+(?:go(?:es)?|will\s+go|get\s+(?:recorded|logged|written\s+down))\s+(?:in|into)\b"
)
_ACTION = (
    r"(?:meet|sync|talk|schedule|set\s+up|book|pair|grab|get\s+together|regroup|reconvene|plan|walk\s+through|"
    r"go\s+through|review|try|start|pick\s+(?:this|it)\s+up|revisit|write|draft|put|take|do|run|spike|prototype|"
    r"sit\s+down|look\s+at|block|agree|decide|check|test|draw\s+up|map\s+out|list|open|file|send|share|loop\s+in|"
    r"bring|pilot|trial)"
)
_TIME = (
    rf"(?:today|tomorrow|tonight|this\s+(?:afternoon|morning|week|evening)|next\s+(?:week|sprint|{WEEKDAY})|"
    rf"(?:on\s+)?{WEEKDAY}|after\s+(?:lunch|standup|the\s+\w+)|at\s+\d|first\s+thing|in\s+the\s+morning|"
    rf"before\s+(?:\w+\s+)?(?:standup|planning|the\s+\w+)|by\s+\w+|end\s+of\s+(?:day|week))"
)
NEXT_STEP = rx(
    r"(?:"
    r"\b(?:the\s+|our\s+|as\s+a\s+|a\s+good\s+)?next\s+steps?\s*(?:is|are|would\s+be|will\s+be|:|-|,)"
    rf"|\blet's\s+(?!not\b|see\b|just\b|be\s+honest|face\s+it|move\s+on|agree\s+to\s+disagree|hope)(?:\w+\s+){{0,2}}?{_ACTION}\b[^.!?\n]{{0,60}}?"
    rf"(?:{_TIME}|\b(?:a|an|the)\s+(?:call|meeting|session|spike|doc|ADR|plan|draft|time|slot|invite|review|list)\b|\bin\s+the\b)"
    rf"|\bI(?:'ll|\s+will)\s+(?:send|set\s+up|schedule|book|put|write|draft|share|create|open|file|post|follow\s+up)\s+"
    r"(?:a|an|the|you|some|it|this|that|them|with)\b"
    rf"|\bhow\s+about\s+(?:we|I|you|a|an|meeting|{WEEKDAY}|tomorrow)\b"
    rf"|\b(?:can|could|shall|should)\s+we\s+(?:{_ACTION})\b[^.!?\n]{{0,40}}?{_TIME}"
    r"|\bwhy\s+don't\s+(?:we|I)\s+\w+"
    rf"|\blet\s+me\s+(?:set\s+up|schedule|book|send|draft|write|put|follow\s+up)\b"
    rf"|\bI'll\s+follow\s+up\s+(?:with|by|on|tomorrow|today)\b"
    r")"
)
BUSINESS_TERMS = rx(
    r"\b(?:costs?|costing|money|\$\s?\d[\d,.]*\s*[km]?|dollars?|budget|revenue|downtime|outages?|"
    r"users?(?!\s+(?:service|table|model|id|object|endpoint|api|story|stories))|customers?|clients?|churn|SLAs?|"
    r"risks?|sales|conversion|profit|margin|ROI|contracts?|renewals?|fines|fined|penalt(?:y|ies)|compliance|"
    r"lost\s+deals?|deals?|per\s+month|a\s+month|uptime|SLOs?|refunds?|market|competitors?|deadline)\b"
)
RELATED_TO_GOALS = rx(
    r"(?:"
    r"\byour\s+(?:own\s+)?(?:launch|goals?|OKRs?|targets?|roadmap|deadline|promotion|promo|career|growth|milestones?|"
    r"commitments?|KPIs?|priorities|release|team's\s+(?:goals?|roadmap|launch|targets?)|quarter|plan\s+for|"
    r"numbers|metrics|bonus|case\s+for|ambitions?|development\s+plan|north\s+star)\b"
    r"|\bwhat\s+you\s+(?:promised|committed\s+to|told|signed\s+up\s+for|care\s+about|want\s+to)\b"
    r"|\byou\s+(?:said|told\s+me)\s+you\s+(?:wanted|want|care|hope|hoped|were\s+aiming)\b"
    r"|\b(?:you|your\s+team)\s+(?:promised|committed\s+to|signed\s+up\s+for)\b"
    r"|\bwhat\s+matters\s+to\s+you\b|\byou\s+care\s+about\b"
    r"|\bhelp\s+you\s+(?:get|reach|hit|ship|land|make|grow|become|meet)\b"
    r")"
)
_UPDATE = r"(?:updates?|status|summary|progress\s+(?:report|note|update)|report|notes|heads-?up|readout|a\s+note|a\s+line)"
_CHANNEL_OR_CADENCE = (
    rf"(?:\#[\w-]+|every\s+(?:\d+\s+)?(?:\w+\s+)?(?:minutes?|hours?|day|morning|evening|week|sprint|{WEEKDAY})|"
    rf"each\s+(?:day|morning|week|sprint|{WEEKDAY})|hourly|daily|weekly|biweekly|at\s+(?:each|every)\s+\w+|"
    r"status\s+page|the\s+channel|slack|email|the\s+incident\s+(?:channel|doc)|the\s+(?:shared\s+)?doc|"
    r"by\s+(?:eod|end\s+of\s+day|5|noon)|twice\s+a\s+(?:day|week)|on\s+the\s+hour)"
)
COMMIT_UPDATES = rx(
    rf"\b(?:I|we)(?:'ll|\s+will|\s+can|'m\s+going\s+to|\s+promise\s+to|\s+commit\s+to)\s+(?:also\s+)?"
    rf"(?:send|post|share|give|write|publish|update|drop|put\s+out)\b[^.!?\n]{{0,50}}?(?:{_UPDATE}|you|everyone|the\s+team|it)"
    rf"[^.!?\n]{{0,60}}?{_CHANNEL_OR_CADENCE}"
    rf"|\b(?:I|we)(?:'ll|\s+will)\s+keep\s+(?:you|everyone|the\s+team|them)\s+(?:posted|updated|in\s+the\s+loop|informed)\s+"
    rf"[^.!?\n]{{0,40}}?{_CHANNEL_OR_CADENCE}"
    rf"|\byou(?:'ll|\s+will)\s+(?:get|hear|have)\s+(?:an?\s+)?(?:update|status|word|news)s?\s+(?:from\s+(?:me|us)\s+)?"
    rf"[^.!?\n]{{0,40}}?{_CHANNEL_OR_CADENCE}"
)
OWNERSHIP = rx(
    r"(?:"
    r"\bI\s+should(?:n't|\s+not)?(?:'ve|\s+have)\b|\bthat's\s+on\s+me\b|\bthat\s+one's\s+on\s+me\b"
    r"|\b(?:it's|it\s+is|this\s+is|that\s+was|that's|it\s+was)\s+my\s+(?:fault|mistake|bad|miss|call|responsibility)\b"
    r"|\bmy\s+(?:bad|mistake|fault)\b"
    r"|\bI\s+(?:was\s+wrong|messed\s+up|screwed\s+up|dropped\s+the\s+ball|got\s+that\s+wrong|got\s+it\s+wrong|"
    r"made\s+a\s+mistake|made\s+the\s+wrong|missed\s+that|owe\s+you\s+an\s+apology|didn't\s+(?:communicate|give|tell|"
    r"loop|check|follow|ask|explain|listen|set|make)|could\s+have\s+(?:handled|done|communicated|been))\b"
    r"|\bI\s+take\s+(?:full\s+)?(?:responsibility|ownership)\b"
    r"|\bI\s+own\s+(?:that|this|it|my\s+part|the\s+mistake|the\s+miss)\b"
    r"|\byou're\s+right,?\s+I\s+(?:did|was|should|didn't|should've|missed)\b"
    r"|\bI(?:'m|\s+am)\s+sorry\s+(?:I|that\s+I|for\s+(?:not|missing|the|my|how\s+I|dropping|changing))\b"
    r"|\bI\s+apologi[sz]e\s+(?:for|that\s+I)\b"
    r")"
)
DISMISSIVE = rx(
    r"(?:"
    r"\b(?:that|it|this)(?:'s|\s+is)?\s*(?:doesn't|does\s+not|don't)\s+(?:really\s+)?matter\b(?!\s+(?:which|what|who|how|when|where|if|whether|to\s+(?:me|us)\s+(?:which|what)))"
    r"|\bnot\s+up\s+for\s+(?:debate|discussion|negotiation)\b"
    r"|\b(?:just|simply)\s+do\s+(?:it\s*(?:[.!]|$|,\s*(?:please|ok|okay))|what\s+I\s+(?:said|asked))"
    r"|\b(?:the\s+)?decision(?:'s|\s+is|\s+has\s+been)\s+(?:already\s+)?(?:made|final)\s*(?:[.!;,]|$|and\b)"
    r"|\bend\s+of\s+(?:discussion|story|debate)\b"
    r"|\b(?:I|we)\s+don't\s+have\s+time\s+for\s+(?:this|that)\b"
    r"|\bstop\s+(?:complaining|whining|arguing|overthinking|making\s+excuses)\b"
    r"|\bget\s+over\s+it\b|\bdeal\s+with\s+it\b"
    r"|\b(?:that's|that\s+is|it's|it\s+is)\s+(?:irrelevant|not\s+(?:relevant|important|my\s+problem|the\s+point|"
    r"a\s+big\s+deal|a\s+real\s+(?:issue|problem|concern)|your\s+call|up\s+to\s+you))\b"
    r"|\bnot\s+my\s+problem\b"
    r"|\byou(?:'re|\s+are)\s+(?:overthinking|overreacting|being\s+dramatic|making\s+a\s+big\s+deal)\b"
    r"|\b(?:(?<=[.!?]\s)|(?<![\s\S])|(?<=just\s)|(?<=please\s)|(?<=to\s)|(?<=,\s))calm\s+down\b"
    r"|\bit\s+is\s+what\s+it\s+is\b"
    r"|\blet's\s+not\s+(?:go\s+there|waste\s+time|get\s+into\s+(?:that|this))\b"
    r"|\b(?:doesn't|does\s+not)\s+concern\s+you\b"
    r"|\b(?:(?<=[.!?]\s)|(?<![\s\S]))whatever\s*[.!]"
    r"|\bI\s+don't\s+care\s*(?:[.!]|$|about\s+(?:your|that|the\s+reasons|excuses|why|how))"
    r"|\bI\s+don't\s+want\s+to\s+hear\s+(?:it|that|excuses|any)\b"
    r"|\b(?:nobody|no\s+one)\s+asked\b"
    r"|\bbecause\s+I\s+said\s+so\b"
    r"|\byou'll\s+(?:get\s+used\s+to\s+it|live|survive)\b"
    r"|\bthat's\s+just\s+how\s+(?:it|things)\s+(?:is|are|works?)\b"
    r"|\bmoving\s+on\s*[.!]"
    r")"
)
DEFENSIVE = rx(
    r"(?:"
    r"\b(?:that's|that\s+is|this\s+is)\s+not\s+(?:true|fair|what\s+happened|my\s+fault|on\s+me)\s*(?:[.!,;]|$|\s+(?:at\s+all|and|but))"
    r"|\b(?:it|that|this)\s+(?:wasn't|was\s+not|isn't|is\s+not)\s+my\s+(?:fault|call|decision|problem)\b"
    r"|\bnot\s+my\s+fault\b"
    r"|\bI\s+had\s+no\s+(?:choice|option|other\s+option)\b"
    r"|\bI\s+did\s+(?:my\s+best|everything\s+(?:I\s+could|right)|what\s+I\s+could|nothing\s+wrong)\b"
    r"|\bI\s+was\s+(?:just|only)\s+(?:doing|following|trying)\b"
    r"|\byou\s+weren't\s+(?:even\s+)?there\b"
    r"|\bI\s+already\s+(?:told|said|explained)\s+(?:you|this|that|it)\b"
    r"|\bhow\s+was\s+I\s+supposed\s+to\s+(?:know|do|guess)\b|\bwhat\s+was\s+I\s+supposed\s+to\s+do\b"
    r"|\bin\s+my\s+defen[cs]e\b|\bdon't\s+blame\s+me\b|\byou\s+can't\s+blame\s+me\b"
    r"|\bI'm\s+not\s+the\s+(?:only\s+)?one\s+who\b"
    r"|\beveryone\s+(?:else\s+)?does\s+(?:it|that|this)\b"
    r"|\bI\s+wasn't\s+(?:even\s+)?(?:told|informed|consulted|asked)\b"
    r"|\bit's\s+not\s+like\s+I\b|\bI\s+never\s+said\s+that\b|\bthat's\s+not\s+what\s+I\s+said\b"
    r"|\b(?:(?<=[.!?]\s)|(?<![\s\S]))(?:to\s+be\s+fair|in\s+fairness|in\s+all\s+fairness)\b"
    r"|\bmy\s+hands\s+were\s+tied\b|\bthat's\s+not\s+(?:entirely\s+|totally\s+|quite\s+)?fair\b"
    r"|\bstop\s+(?:blaming|attacking)\s+me\b|\bwhy\s+(?:is|does)\s+it\s+always\s+(?:have\s+to\s+be\s+)?me\b"
    r")"
)
TOPIC_SWITCH = rx(
    r"(?:"
    r"\b(?:on\s+(?:an?|another|a\s+(?:different|separate|totally\s+different|completely\s+different|side|unrelated))\s+note)\b"
    r"|\b(?:another|one\s+more|a\s+separate|a\s+different|an\s+unrelated|the\s+other)\s+thing\s*(?:[,:.-]|while|I|is|-)"
    r"|\bunrelated(?:ly)?\s*[,:-]|\b(?:totally|completely|also\s+)?unrelated\s+but\b"
    r"|\bwhile\s+I\s+have\s+you\b|\bwhile\s+we're\s+at\s+it\b|\bwhile\s+we're\s+(?:here|talking)\b"
    r"|(?:^|[.!?]\s+)(?:oh,?\s+and|and\s+another\s+thing|also,?\s+unrelated|by\s+the\s+way\s*[,:-]|btw\b)"
    r"|\b(?:switching|changing)\s+(?:gears|topics|the\s+subject)\b|\bdifferent\s+topic\b"
    r"|\bseparately\s*[,:]"
    r"|\bsomething\s+else\s+(?:I\s+wanted|while|before)\b"
    r")",
    re.MULTILINE,
)
PRAISE = rx(
    r"\b(?:thanks|thank\s+you|great|nice|well\s+done|appreciate[d]?|loved|impressed|kudos|excellent|good\s+job|"
    r"brilliant|fantastic|awesome|shout-?out|props|really\s+(?:liked|valued))\b"
)


@memoised("acknowledgements")
def acknowledgements(doc: Doc) -> list[Span]:
    """Naming, validating or reflecting the other person's concern."""
    return doc.find(ACKNOWLEDGEMENT, view="plain_unquoted")


@memoised("open_questions")
def open_questions(doc: Doc) -> list[Span]:
    """Open questions (what, how, why, tell me ...), not yes/no or leading ones."""
    from rehearse.scoring.detectors.sarcasm import RHETORICAL

    text = doc.plain_unquoted
    found: list[Span] = []
    for start, end in doc.sentences:
        sentence = text[start:end]
        if RHETORICAL.search(sentence) or _NOT_OPEN.search(sentence):
            continue
        if sentence.rstrip().endswith("?") and _OPEN_START.search(sentence):
            span = doc.span(start, end)
        else:
            match = OPEN_INVITATION.search(sentence)
            span = doc.span(start + match.start(), start + match.end()) if match else None
        if span is not None:
            found.append(span)
    return found


def _finder(name: str, pattern: Rx) -> Callable[[Doc], list[Span]]:
    """A named, memoised detector for one pattern, on the whole text (quotations blanked)."""

    @memoised(name)
    def find(doc: Doc) -> list[Span]:
        return doc.find(pattern, view="plain_unquoted")

    find.__name__ = name
    return find


asks_for_help = _finder("asks_for_help", ASK_FOR_HELP)
_offers = _finder("offers", OFFER_SUPPORT)


@memoised("offers_of_support")
def offers_of_support(doc: Doc) -> list[Span]:
    """Concrete help, time or cover offered, including a named helper ("you'll have Sam")."""
    from rehearse.scoring.detectors.feasibility import SUPPORT_FROM_SOMEONE

    return _offers(doc) + doc.find(SUPPORT_FROM_SOMEONE, view="plain_unquoted")


offers_to_record = _finder("offers_to_record", PUT_ON_RECORD)
next_steps = _finder("next_steps", NEXT_STEP)
business_terms = _finder("business_terms", BUSINESS_TERMS)
links_to_their_goals = _finder("links_to_their_goals", RELATED_TO_GOALS)
commitments_to_update = _finder("commitments_to_update", COMMIT_UPDATES)
ownership = _finder("ownership", OWNERSHIP)
dismissals = _finder("dismissals", DISMISSIVE)
defences = _finder("defences", DEFENSIVE)
topic_switches = _finder("topic_switches", TOPIC_SWITCH)
praise_words = _finder("praise_words", PRAISE)
