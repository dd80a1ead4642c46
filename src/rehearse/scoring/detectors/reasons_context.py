"""Relevant, the second way of saying why: a context sentence next to the ask.

Real briefs rarely write "because": the why is a sentence near the ask that
states a stake ("we're over the contract commit", "AWS drops Node 18 support
on the 30th", "it's the gap between you and a senior promo case") or, more
loosely, a problem or an occasion without a goal behind it ("the docs are
out of date", "before the audit", "the CEO wants to talk about it").

`CONTEXT_STAKE` is the first kind (level 2), `CONTEXT_PROBLEM` the second
(level 1). Both are read only in a message that asks for something: a
problem described with no ask ("sharing in case it rings a bell") is news,
not a reason for a task.
"""

from __future__ import annotations

from rehearse.scoring.lexicon import MONTH_FULL, ON_LEAVE, WEEKDAY_FULL, WHILE_AWAY
from rehearse.scoring.text import rx

# Outside parties and senior people whose interest makes a loose reason ("the CEO wants ...").
_SENIOR = (
    r"(?:leadership|execs?|the\s+exec\s+team|the\s+board|(?:the|our)\s+(?:ceo|cto|cfo|coo|cmo|ciso|cpo|vp|svp|director|head\s+of\s+\w+)|"
    r"ceo|cto|cfo|cmo|ciso|cpo|vp)"
)
# Events a task is done for that give it a loose purpose, not a stake: an audit, a board meeting.
# (A release, a sprint or a freeze is only a date: "before the holiday freeze" is no reason.)
_OCCASION = (
    r"(?:audit|audits|pentest|pen\s*test|penetration\s+test|board\s+(?:meeting|prep|review|deck|pack)|board|all-hands|all\s+hands|"
    r"town\s*hall|(?:hiring|promotion|promo|review|steering|investment)\s+committee|committee|qbr|budget|"
    r"(?:roadmap|quarterly|annual|security|compliance)\s+review|calibration)"
)
_PROBLEM_ADJECTIVE = (
    r"(?:confusing|unclear|out\s+of\s+date|outdated|out-of-date|stale|a\s+(?:bit\s+of\s+a\s+|real\s+|total\s+|complete\s+)?mess|"
    r"messy|a\s+(?:bit\s+of\s+a\s+)?nightmare|a\s+(?:bit\s+of\s+a\s+)?headache|hard\s+to\s+(?:follow|read|use|find|understand)|"
    r"impossible\s+to\s+(?:follow|read|use|find|understand)|unusable|unreadable|incomplete|inconsistent|"
    r"all\s+over\s+the\s+place|clunky|fragile|brittle|flaky|buggy|janky|creaky|unreliable|error-prone|noisy|painful|"
    r"frustrating|embarrassing|annoying|tedious|worse|slower|out\s+of\s+hand|a\s+(?:recurring\s+|constant\s+|real\s+)?pain|"
    r"(?:a\s+)?(?:tech|technical)\s+debt|a\s+nice[\s-]to[\s-]have|frustrated|fed\s+up|annoyed|unhappy|"
    # stuck or judged short of where it should be: "the migration is sort of stalled", "the data quality
    # situation is not where it needs to be", "it is not so good at the moment" ("it's not bad" praises)
    r"stalled|too\s+(?:slow|expensive|noisy|manual)|not\s+(?:so|very|that|really)\s+good|"
    r"not\s+where\s+(?:it|they|we)\s+(?:needs?\s+to|should)\s+be)"
)

_DEGREE = (
    r"(?:(?:very|really|so|super|pretty|quite|kinda|kind\s+of|sort\s+of|a\s+bit|a\s+little|completely|totally|still|always|"
    r"getting|more|increasingly|badly|hopelessly|way|seriously)\s+){0,3}"
)
_MONTH_OR_DAY = rf"(?:{MONTH_FULL}|{WEEKDAY_FULL})"

# A problem stated next to the ask, with no goal behind it (level 1). Read outside the task
# itself: in "sort out the on-call mess" the mess is the work, not why.
CONTEXT_PROBLEM = rx(
    # the thing is in a bad state: "the API docs are kinda out of date", "QA has been a bit of a mess
    # lately", "now is very confusing" (not "if anything is unclear")
    r"\b(?:(?:it|this|that|they|there|he|she|we|now)(?:'s|'re|'ve)|is|are|has\s+been|have\s+been|was|were|got|gets|gotten|"
    rf"keeps\s+getting|seems?|looks?|feels?)\s+(?:been\s+|getting\s+)?{_DEGREE}{_PROBLEM_ADJECTIVE}\b"
    # trouble that keeps coming back: "the importer keeps failing", "we keep getting burned by this"
    r"|\bkeeps?\s+(?:failing|breaking|crashing|timing\s+out|falling\s+over|flaking|coming\s+up|biting\s+us|popping\s+up|"
    r"getting\s+(?:worse|slower|burned|bitten|lost)|tripping\s+(?:us\s+)?(?:up|over))\b"
    # "we keep missing steps", "I keep hearing it's unusable" ("you keep missing standup" is the
    # person's behaviour, feedback, not why a task matters)
    r"|\b(?:we|they|people|folks|everyone|teams?|i)\s+keep\s+(?:missing|forgetting|hearing)\b"
    # a queue or a plan slipping, a cost judged: "triage is falling behind", "this is too much" (a
    # judgement of what was just said; "if it's too much, tell me" asks about the load: achievable)
    r"|\bslows\s+(?:everyone|everybody|us|people|the\s+team)\b|\b(?:it|this|that)\s+hurts\b|\b(?:bite|bites|biting)\s+us\b"
    r"|\bruns?\s+long\b|\b(?:still|even)\s+(?:doesn't|don't|does\s+not)\s+exist\b"
    r"|\b(?:falling|fallen|fell|getting|running)\s+behind\b|\b(?:this|that)(?:\s+is|'s)\s+(?:just\s+|way\s+)?too\s+much\b"
    # people unhappy with it, no stake named: "the team's been grumbling about it"
    r"|\b(?:grumbling|moaning|griping)\b|\bbugging\s+(?:me|us|everyone|people|the\s+team)\b"
    r"|\b(?:customers?|users?|clients?|support|sales|partners?)\s+(?:have\s+|has\s+)?(?:mentioned|brought\s+(?:it|this|that)\s+up|"
    r"raised\s+(?:it|this|that)|(?:been\s+)?asking\s+about)\b"
    # someone waiting, with nothing named that waits on it: "people are waiting"
    r"|\b(?:people|folks|everyone|everybody|the\s+team|users|customers|they)\s+(?:are|is|have\s+been|keep)\s+(?:still\s+)?"
    r"waiting\b"
    # work slowed or blocked for everyone, with no goal named: "it's slowing everyone down"
    r"|\b(?:slowing|holding|dragging)\s+(?:everyone|everybody|us|people|the\s+team|folks|the\s+rest\s+of\s+us)\s+(?:down|back)\b"
    # a past mess named as the thing not to repeat: "the October mess", "last week's fiasco"
    rf"|\b(?:that|last\s+\w+'s|{_MONTH_OR_DAY}'s|yesterday's|the\s+(?:{_MONTH_OR_DAY}|last|recent|previous))\s+(?:[\w-]+\s+)?"
    r"(?:mess|fiasco|disaster|debacle|chaos|fire\s+drill|scramble)\b"
    # a metric that moved the wrong way, with no goal behind it: "crash-free rate dropped to 97.2%"
    r"|\b(?:dropped|fell|fallen|dipped|slipped|regressed|spiked|jumped|doubled|tripled|tanked|climbed|crept\s+up|"
    r"went\s+(?:up|down))\s+(?:to|from|by|below|under|above|over)\s+(?:about\s+|around\s+|roughly\s+)?\d"
    # a customer's unhappiness with no stake named: "users are writing in the forum about it"
    r"|\b(?:customers?|users?|clients?|merchants?|people)\s+(?:are|keep|have\s+been)\s+(?:writing\s+in|posting|tweeting|"
    r"asking\s+about|(?:writing|posting|asking)\s+(?:about\s+it\s+)?(?:in|on)\s+(?:the\s+)?(?:forum|support|twitter|reddit|slack|community))\b"
    r"|\b(?:the|our|that)\s+(?:customer|client|sales|partner)\s+call\s+went\s+(?:badly|poorly|sideways|south)\b"
    r"|\b(?:every|each|all\s+(?:our|the))\s+customers?\s+(?:complains?|asks?|mentions?)\b"
    # a customer's importance without a stake: "Customer is on the enterprise plan"
    r"|\b(?:customer|client|account|they|it)(?:'s|\s+is|\s+are|'re)\s+on\s+(?:the\s+|our\s+|an?\s+)?(?:enterprise|premium|"
    r"business|platinum|gold|top|paid|pro)\s+(?:plan|tier|contract|package)\b"
)
# What the task is for, loosely (level 1), read inside the ask too: an occasion with no stake
# ("before the audit", "for next Thursday's all-hands"), someone senior who cares, someone away.
CONTEXT_OCCASION = rx(
    r"\b(?:before|for|ahead\s+of|in\s+time\s+for|prior\s+to|by)\s+(?:the|our|next\s+\w+'s|\w+'s|next\s+year's|this\s+\w+'s)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{_OCCASION}\b"
    rf"|\b{_OCCASION}\s+(?:meets|is\s+meeting|happens|is\s+on|is\s+in|arrives?|starts?|kicks\s+off)\b"
    # a decision meeting dated next to the ask: "The approval review is pencilled in for the 24th",
    # "Their greenlight meeting is on the 14th" (a routine one is only a time: "our weekly sync is on
    # Tuesday")
    r"|\b(?:the|their|our|your)\s+(?!(?:weekly|daily|monthly|regular|usual|team|next|1:1|one-on-one)\s)[\w-]+\s+"
    r"(?:review|meeting)\s+is\s+(?:on|pencil+ed\s+in\s+for|booked\s+for|scheduled\s+for|set\s+for)\b"
    r"|\b(?:auditors?|pentesters|assessors)\s+(?:arrive|come|start|are\s+coming|show\s+up)\b"
    # someone senior cares or uses it, no stake named: "the CEO wants to talk about it", "leadership uses it"
    rf"|\b{_SENIOR}\s+(?:wants?|uses?|looks?\s+at|reads?|asked|is\s+asking|keeps?\s+asking|cares?|will\s+(?:look|ask|see|read)|"
    r"(?:has\s+|have\s+)?(?:been\s+asking|mentioned|brought\s+(?:it|this|that)\s+up|raised|noticed))\b"
    rf"|\bwhen\s+{_SENIOR}\s+(?:looks?|sees?|reads?|asks?)\b"
    # a sales peak the work is timed for, with no stake spelled out: "before Black Friday", "before the
    # holiday campaign", "for Diwali sale traffic" (what it is worth makes it a stake: "Black Friday is
    # 30% of our revenue"; "the Black Friday freeze" is a date, like any freeze)
    r"|\b(?:black\s+friday|cyber\s+monday|prime\s+day)\b(?!\s+(?:code\s+)?freeze)"
    r"|\b(?:before|for|ahead\s+of|in\s+time\s+for)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?(?:holiday|spring|summer|christmas|diwali)\s+"
    r"(?:campaign|sale|season|peak|rush)\b"
    # a party asking, with no goal named: "Finance is asking", "finance keeps asking", "Legal asked us to
    # do something about cookie consent" ("Legal asked for a signed process by 1 Feb" is a stake)
    r"|\b(?:finance|legal|compliance|security|sales|marketing|support|customers?|clients?|users?)\s+(?:is\s+asking|are\s+asking|"
    r"keeps?\s+asking|asked\s+(?:us|me|you)\s+to)\b"
    # a credential running out: "rotate the certs before they expire Dec 14" (a licence or a contract
    # expiring is a stake, read by GOAL_AT_STAKE)
    r"|\b(?:(?:certs?|certificates?|tokens?|keys?|passwords?)(?:\s+(?:for|on)\s+[\w.*-]+)?|they|it)\s+(?:expires?|expiring|"
    r"will\s+expire)\b"
    # what happens to those who don't, announced: "any token older than 90 days will be revoked on
    # Monday", "the legacy FTP endpoint will be switched off on 31 January"
    r"|\bwill\s+be\s+(?:automatically\s+)?(?:revoked|switched\s+off|turned\s+off|shut\s+down|disabled|blocked)\b"
    # someone senior sent it or receives it: "that's the message from the exec team", "the planning doc,
    # which is due to the exec team on 30 May"
    rf"|\b(?:message|ask|request|word)\s+from\s+{_SENIOR}\b|\b(?:due|goes|going|sent)\s+to\s+{_SENIOR}\b"
    # it will be shown to someone senior: "where Marco walks the VP through it", "I present it to the CTO"
    rf"|\b(?:walks?|walking|takes?|taking)\s+{_SENIOR}\s+through\b|\bpresent(?:s|ing)?\s+(?:it\s+|this\s+|them\s+)?to\s+{_SENIOR}\b"
    # attention with no goal named: "the 'slow' badge is what worries product", "now it's on everyone's
    # radar", "they come up in every steering" ("it's on my radar" is the writer's own note)
    rf"|\bworries\s+(?:{_SENIOR}|product|sales|support|finance|security)\b"
    r"|\bon\s+(?:everyone's|everybody's|leadership's|management's|the\s+exec\s+team's)\s+radar\b"
    r"|\b(?:comes?|came|coming)\s+up\s+in\s+(?:every|each)\s+(?:[\w-]+\s+)?(?:steering|review|retro|planning|meeting|sync)\b"
    # an OKR's objective is an aspiration: "Objective: customers trust our uptime", "O1: ..." (the
    # key results under it are the measures, not the why)
    r"|(?:^|(?<=\n))\s*(?:objective|o\d)\s*:[^\n]{0,120}"
    # the person's own wish to improve, not a team goal: "Tomás wants to get better at interviewing"
    # ("what do we want to get better at?" asks the team)
    r"|\b(?<!do\swe\s)(?<!do\syou\s)(?:wants?|would\s+like|(?:he|she|they|i|we)'d\s+like|hopes?|is\s+keen|are\s+keen|is\s+hoping)\s+to\s+"
    r"(?:get\s+better|improve|grow|learn|"
    r"level\s+up|develop|get\s+more\s+experience)\b"
    r"|\b(?:wants?|would\s+like|hopes?\s+for)\s+more\s+(?:exposure|experience|visibility|ownership|responsibility)\b"
    # covering for someone away: "take over from Rosa while she's on leave"
    rf"|{WHILE_AWAY}"
    # a loose benefit or a chore long put off: "it would save us some time", "it's long overdue", "a quick win"
    r"|\b(?:would|will|could|should|(?:it|this|that)(?:'d|'ll))\s+(?:really\s+)?(?:save\s+(?:us\s+|everyone\s+|people\s+)?(?:some\s+|a\s+lot\s+of\s+)?"
    r"(?:time|effort|hassle|headaches)|benefit)\b|\bbenefit\s+from\s+(?:it|this|that)\b"
    r"|\b(?:quick|easy)\s+win\b|\b(?:good|best)\s+practice\b|\b(?:long|way)\s+overdue\b"
    r"|\b(?:putting|put)\s+(?:it|this|that)\s+off\b|\b(?:been\s+)?on\s+(?:the|our)\s+(?:backlog|list|todo\s+list)\s+for\b"
    r"|\b(?:takes?|taking|took)\s+(?:forever|ages|too\s+long|way\s+too\s+long)\b"
    # a loose "it matters" with a softener in between: "so it kind of matters"
    r"|\b(?:it|this|that)\s+(?:kind\s+of|kinda|sort\s+of|really|does|actually|still)\s+matters\b"
)

_CAREER_LEVEL = r"(?:staff|senior|principal|tech\s+lead|lead|team\s+lead|management|manager|em|architect|l\d|e\d)"

CONTEXT_STAKE = rx(
    # a why written as a label, with a stake after it: "Why this one: it's the gap to a senior promo case",
    # "Reason: two customers churned over it"
    r"\b(?:why(?:\s+(?:this|it|now|this\s+one|this\s+matters|it\s+matters))?|the\s+why|reason|the\s+reason|rationale|motivation|"
    r"context|background)\s*[:-]\s+[^.!?\n]{0,160}?\b(?:promo|promotion|customers?|clients?|revenue|contracts?|audit|churn\w*|"
    r"renewals?|incidents?|outages?|deadline|okrs?|key\s+results?|\$\s?\d|\d+\s*%|compliance|sla|launch|blocks?|blocked|"
    r"blocking|costs?|saves?|burn(?:ing)?\s+out|pci|soc\s?2|gdpr|hipaa|paged|pages|deals?)"
    # a career goal at a named level: "wants to move toward tech lead", "you want to get to staff"
    r"|\b(?:wants?|would\s+like|(?:he|she|they|i|you)'d\s+like|hopes?|aims?|aiming|trying|working|is\s+keen|are\s+keen)\s+to\s+"
    r"(?:move|grow|get|step\s+up|progress|make\s+it|be\s+promoted|go)\s+(?:toward|towards|into|to|up\s+to)\s+(?:a\s+|an\s+)?"
    rf"{_CAREER_LEVEL}\b"
    # a growth goal the person has named: "you said you want to build leadership skills", "You said
    # in your last one-on-one you want to ..."
    r"|\b(?:you|she|he|they)\s+(?:said|told\s+me|mentioned)\s+"
    r"(?:(?:in|at)\s+(?:your|our|the)\s+(?:last\s+)?(?:one-on-one|1:1|1-on-1|review|chat)\s+)?(?:that\s+)?(?:you|she|he|they)\s+(?:want|wanted|wants|would\s+like|'d\s+like)\s+to\s+"
    r"(?:(?:build|grow|develop|get\s+better\s+at|improve|gain|practise|practice|learn)\s+(?:your|her|his|their|more|some)?\s*"
    r"(?:[\w-]+\s+){0,2}?(?:leadership\s+skills?|skills?|experience|leadership|visibility)\b"
    # ... or a role to grow into: "you mentioned you want to grow into leading"
    r"|(?:grow|move|step)\s+(?:up\s+)?into\s+(?:a\s+|the\s+)?(?:lead(?:ing|ership)?|management|manager|senior|staff|tech\s+lead)\b)"
    # the promotion case and what it lacks: "the gap between you and a senior promo case", "her promo packet"
    r"|\b(?:promo|promotion)\s+(?:case|packet|doc|document|committee)\b"
    # the bar of the next level: "this is a big part of the staff engineer expectations"
    r"|\b(?:staff|senior|principal)\s+(?:engineer\s+)?(?:expectations|scope|bar)\b"
    # "this is about getting you to senior by the summer cycle", "the step that gets you to senior scope"
    rf"|\b(?:gets?|getting)\s+you\s+to\s+(?:a\s+|an\s+)?{_CAREER_LEVEL}\b"
    r"|\bfeedback\s+from\s+(?:the\s+)?calibration\b|\bcalibration\s+feedback\b"
    r"|\bobjectives?\s+for\s+(?:this|the|next)\s+(?:quarter|half|year)\b"
    # the team's time lost to the problem, counted: "we lost most of Tuesday to it", "we're losing a
    # release slot every month to it" ("we lost track of it" counts no time)
    r"|\b(?:lost|losing|lose|wasted|wasting)\s+(?:[\w-]+\s+){0,4}?(?:days?|weeks?|sprints?|hours?|slots?|mornings?|"
    r"afternoons?|monday|tuesday|wednesday|thursday|friday)(?:\s+[\w-]+){0,2}?\s+to\s+(?:it|this|that|them|[\w-]+s)\b"
    # a vendor ending support sets the date: "before AWS drops Node 18 support on the 30th"
    r"|\b(?:drops?|dropping|dropped|ends?|ending|ended|removes?|removing|pulls?|pulling|sunsets?|sunsetting|deprecates?|"
    r"deprecating|kills?|killing)\s+(?:[\w.-]+\s+){0,3}?support\b"
    r"|\bsupport\s+(?:for\s+[\w.-]+(?:\s+[\w.-]+)?\s+)?(?:ends|is\s+ending|runs\s+out|expires)\b"
    r"|\b(?:goes|going|went|is|are)\s+(?:eol|end[\s-]of[\s-](?:life|support))\b"
    # money over a commitment or a recurring cost: "we're over the contract commit", "we'll pay list price on the overage"
    r"|\b(?:over|above|exceeding|exceeded|blown\s+through|blew\s+through)\s+(?:the\s+|our\s+)?(?:contract(?:ed)?\s+)?"
    r"(?:commit|commitment|budget|quota|allowance|spend\s+cap|cap|forecast)\b"
    r"|\b(?:pay|paying|charged|billed)\s+(?:full\s+|the\s+)?(?:list\s+price|overage|penalt(?:y|ies)|on-demand\s+rates?|twice|double)\b"
    # a cost that grows with the mess: "there are 1,400 of them and we pay per monitor" ("we pay per
    # month" is how the bill comes)
    r"|\b(?:we|they|you)\s+(?:pay|are\s+paying|get\s+charged|are\s+charged|are\s+billed)\s+(?:per|by\s+the|for\s+each)\s+(?!(?:month|year|week|day|quarter|hour)\b)[\w-]+"
    r"|(?:[$\u20ac\u00a3]\s?\d[\d,.]*\s*[km]?|\b\d[\d,.]*\s*(?:k|m|grand))\s*(?:/\s*|per\s+|a\s+|an\s+|each\s+|every\s+)"
    r"(?:month|mo|year|yr|quarter|week|day)\b"
    # a contractual or hard requirement: "the SBOM requirement is in the contract now", "it's a hard requirement"
    r"|\b(?:in|into|part\s+of|written\s+into)\s+(?:the|our|their)\s+(?:signed\s+)?(?:contract|msa|sow|agreement|dpa)\b"
    r"|\b(?:hard|contractual|legal|regulatory)\s+(?:requirement|obligation|commitment)\b"
    r"|\b(?:legal|sales|support|finance|we)\s+(?:has|have)\s+to\s+(?:show|send|give|deliver|present|submit|prove)\b"
    r"[^.!?;\n]{0,40}?\bto\s+(?:the\s+)?(?:customer|client|auditors?|regulators?|board)\b"
    # a customer deciding whether to stay: "they're weighing the renewal in January", "the account is at risk"
    r"|\b(?:weighing|reconsidering|rethinking|questioning|reviewing|evaluating|on\s+the\s+fence\s+about)\s+(?:the|their|our)\s+"
    r"(?:renewal|contract|subscription|deal)\b"
    r"|\b(?:considering|evaluating|looking\s+at|talking\s+to|trialling|trialing|piloting)\s+(?:a\s+|other\s+)?"
    r"(?:competitors?|alternatives|other\s+vendors|switching)\b"
    r"|\b(?:renewal|account|deal|contract|customer|logo|revenue)\s+(?:is\s+|are\s+)?(?:at\s+risk|in\s+jeopardy|on\s+the\s+line)\b"
    r"|\bchurn\s+risk\b|\bat[\s-]risk\s+(?:accounts?|customers?|renewals?|revenue)\b"
    r"|\bat\s+risk\s+of\s+(?:churn\w*|leaving|cancel\w*|losing|walking)\b"
    r"|\bthreaten(?:ed|ing|s)?\s+to\b"
    # a customer's renewal date: "their renewal is up in March", "the renewal is next month"
    r"|\brenewals?\s+(?:is\s+|comes\s+)?(?:up|due|coming\s+up|next\s+(?:week|month|quarter)|in\s+(?:\w+\s+)?"
    rf"(?:days?|weeks?|months?|{MONTH_FULL}|q[1-4]))\b"
    # a contract, an SLA or a promise to a customer broken or at stake: "we breach the SLA with Contoso"
    r"|\b(?:breach|breaching|violate|violating|break|breaking|miss|missing|blow|blowing)\s+(?:the\s+|our\s+|their\s+)?"
    r"(?:sla|slo|contract|contractual\s+\w+|commitment|agreement|uptime\s+guarantee)\b"
    r"|\bcontractual(?:ly)?\b"
    r"|\b(?:contract|sla|agreement|msa)\s+(?:with\s+\w+(?:\s+\w+)?\s+)?(?:promises|guarantees|specifies|commits\s+us|says|requires)\b"
    r"|\bisn't\s+what\s+we\s+(?:sold|promised)\b|\bwhat\s+we\s+(?:sold|promised)\s+them\b"
    # a system in compliance scope raises the stakes: "the first cluster with PCI scope"
    r"|\b(?:pci|soc\s?2|hipaa|gdpr|sox|fedramp|iso\s?27001)[\s-](?:scope|scoped|data|environment|regulated|finding)\b"
    r"|\bin\s+(?:pci|soc\s?2|hipaa|sox|fedramp)\s+scope\b"
    # an incident it caused: "that's what caused Tuesday's backlog", "it triggered two sev-2s last month"
    r"|\b(?:that's|that\s+is|this\s+is|it's|it\s+is|which\s+is|which\s+was)\s+what\s+(?:caused|broke|took\s+down|triggered|"
    r"stalled|blocked)\b"
    r"|\b(?:caused|triggered|led\s+to|was\s+behind|root\s+cause\s+of|responsible\s+for)\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:outages?|incidents?|backlogs?|downtime|sev-?\d\w*|p[0-2]s?|postmortems?|data\s+loss|rollbacks?|pages|escalations?)\b"
    # (a word may qualify them: "we had three weekend pages from Friday deploys")
    r"|\b(?:had|have\s+had|saw|seen|got|caused)\s+(?:\w+\s+)?(?:\d+|two|three|four|five|six|several|multiple)\s+"
    r"(?:[\w-]+\s+)?(?:incidents|outages|sev-?\d\w*|p[0-2]s|pages|escalations)\b"
    r"|\b(?:got|received|logged|opened|filed|fielded|had)\s+(?:about\s+|over\s+|around\s+|nearly\s+)?\d[\d,]*\s+"
    r"(?:support\s+)?(?:tickets|complaints|escalations|pages|alerts)\b"
    r"|\b(?:action\s+item|follow-up)\s+from\s+(?:the\s+|last\s+\w+'s\s+|\w+'s\s+)?(?:postmortem|incident\s+review|outage|incident)\b"
    # an open finding of an audit: "it's the last open item from the PCI audit"
    r"|\b(?:open\s+)?(?:item|finding|action)s?\s+from\s+(?:the\s+|our\s+|last\s+\w+'s\s+)?(?:[\w-]+\s+)?(?:audit|pen\s*test|pentest)\b"
    # people blocked until it lands: "the mobile team can't ship until this is fixed", "Ana's team is blocked on it"
    r"|\b(?:can't|cannot|can\s+not|won't\s+be\s+able\s+to)\s+(?:ship|start|launch|release|deploy|close|sign|finish|onboard|"
    r"submit|resubmit|certify|publish|"
    r"migrate|go\s+live|move|hire|bill|invoice)\b[^.!?;\n]{0,60}?\b(?:until|without)\b"
    r"|\b(?:can't|cannot|won't\s+be\s+able\s+to)\s+(?:[\w-]+\s+){1,4}?(?:customers?|deals?|contracts?|the\s+launch|"
    r"the\s+release|the\s+audit|revenue)\b"
    r"|\b(?:team|teams|squad|squads|we|they|engineers|devs|people|customers|partners|everyone)\s+(?:is|are|'re|has\s+been|have\s+been)\s+"
    r"(?:still\s+|all\s+)?(?:blocked|stuck|waiting)\s+(?:on|by|for|until)\b"
    # people worn out by it: "on-call got paged 14 times last week", "two people have asked to leave the rota"
    r"|\b(?:paged|woken\s+up|called\s+out)\s+(?:\w+\s+){0,2}?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|"
    r"dozens\s+of)\s+(?:times|nights)\b"
    r"|\b(?:exhausted|burnt\s+out|burned\s+out|asked\s+to\s+leave\s+the\s+(?:rota|rotation|team|on-call))\b"
    # people's time lost to it: "new joiners lose their first week to setup", "we spend two days every release on it"
    # (time given to the work is support: "he will spend two afternoons with you", "let Sam spend
    # three days on it", "please spend a day on it": a bare "spend" needs who loses the time)
    r"|\b(?:lose|loses|losing|lost|waste|wastes|wasting|wasted|spends|spending|"
    r"(?:(?<=\bwe\s)|(?<=\bthey\s)|(?<=\byou\s)|(?<=\bi\s)|(?<=\bpeople\s)|(?<=\bengineers\s)|(?<=\bteams\s)|"
    r"(?<=\bstill\s)|(?<=\boften\s)|(?<=\busually\s)|(?<=\balways\s)|(?<=\bnow\s))spend|"
    r"sink|sinks|sinking|eats?|eating|"
    r"costs?|costing)\s+(?:us\s+|the\s+team\s+|everyone\s+|them\s+|their\s+|our\s+|about\s+|around\s+|roughly\s+|"
    r"nearly\s+|over\s+|almost\s+|up\s+to\s+|the\s+first\s+|first\s+|a\s+full\s+|most\s+of\s+)*(?:an?|\d+|one|two|three|four|five|"
    r"six|seven|eight|ten|fifteen|twenty|thirty|forty|half\s+a|half\s+an|several|a\s+couple\s+of)\s+(?:[\w-]+\s+)?"
    r"(?:minutes|hours?|days?|weeks?|afternoons?|"
    r"mornings?|sprints?|engineer-\w+)\b"
    # it stands in the way of a goal: "it's on the critical path for the EU launch", "the last blocker before ..."
    r"|\bon\s+the\s+critical\s+path\b|\b(?:last|only|main|biggest|final|remaining)\s+blockers?\b"
    r"|\bstanding\s+between\s+us\s+and\b"
    r"|\b(?:nobody|no\s+one|we|they|teams?)\s+can(?:'t|not)?\s+(?:\w+\s+){0,2}?(?:deploy|ship|release|merge|launch|"
    r"onboard)\b[^.!?;\n]{0,40}?\buntil\b"
    # it unlocks a saving: "once this lands we can switch off the old cluster"
    r"|\bcan\s+(?:finally\s+)?(?:switch\s+off|turn\s+off|retire|decommission|shut\s+down|sunset|cancel|get\s+rid\s+of)\b"
    # it tops a list of what hurts: "the top item in the engagement survey", "our second-biggest cloud cost"
    r"|(?:\b(?:top|biggest|number\s+one|first)|(?<![\w#])#1)\s+(?:item|issue|ask|theme|pain\s+point|complaint|request)\s+(?:in|on|from)\s+"
    r"(?:the\s+|our\s+|this\s+\w+'s\s+|last\s+\w+'s\s+)?(?:[\w-]+\s+)?(?:survey|retro|retros|feedback|reviews|qbr|nps|"
    r"calls?|tickets)\b"
    r"|\b(?:biggest|largest|second-biggest|second-largest|third-biggest|third-largest|single\s+biggest)\s+(?:[\w-]+\s+)?"
    r"(?:cost|costs|expense|line\s+item|spend|bill)\b"
    # on-call load: "our SRE team gets paged for this almost every night"
    r"|\b(?:paged|woken\s+up|called\s+out)\s+(?:[\w-]+\s+){0,3}?(?:every|each|most)\s+(?:night|day|week|shift|weekend)\b"
    r"|\bnear[\s-]miss(?:es)?\b"
    # one person holds what the team needs: "she's the only one who knows the SAP integration"
    r"|\bthe\s+only\s+(?:one|person|engineer)\s+(?:\w+\s+)?who\s+(?:knows|understands|can\s+(?:run|fix|deploy|operate))\b[^.!?;\n]{0,40}"
    # a single person the work depends on: "so someone else can do it without calling him"
    r"|\b(?:someone|somebody|anyone|others|the\s+team|people)\s+(?:else\s+)?can\s+(?:do|handle|run|cover|fix)\s+"
    r"(?:it|this|that|them)\s+without\b"
    r"|\b(?:next\s+time|whenever|when|if)\s+(?!it\b|this\b|that\b)[a-z]+(?:'s|\s+is)\s+"
    rf"(?:{ON_LEAVE}|out\s+sick|away|off\s+sick)\b"
)
# An OKR or company goal the work feeds: "it feeds our Q3 OKR", "that's KR2" (read after a word,
# not in a bare list of buzzwords: "KPIs, OKRs, metrics").
OKR = rx(
    r"\b(?:okrs?|key\s+results?|kr\d|north[\s-]star(?:\s+metric)?+|company\s+goals?|quarterly\s+(?:goals?|objectives?))\b"
    # "reviewed at the monthly OKR check-in" names a meeting, not a goal the work serves
    r"(?!\s+(?:check-?ins?|reviews?|meetings?|syncs?|calls?|sessions?|planning)\b)"
)
# Needs a capital (a name), so it runs on the cased view; kept apart so the others stay fast.
NAMED_PARTY_COMPLAINS = rx(
    # a named customer's unhappiness with no stake named: "Globex escalated again"
    r"(?-i:\b[A-Z][\w&.-]+)\s+(?:has\s+|have\s+)?(?:escalated|complained|chased\s+us)\b"
)
# The writer says there is nothing to do: "not asking you to do anything with this yet", "FYI only".
NO_ASK = rx(
    r"\b(?:not\s+asking\s+(?:you\s+)?(?:for\s+anything|to\s+do\s+anything)|no\s+action\s+(?:needed|required)|"
    r"nothing\s+(?:for\s+you\s+)?to\s+do\s+(?:here|yet)|nothing\s+for\s+(?:you|anyone)\s+to\s+(?:do|prep|prepare|action)|not\s+a\s+task|no\s+ask\s+(?:here|yet)|just\s+(?:sharing|an?\s+fyi)|"
    r"fyi\s+only|sharing\s+in\s+case|nothing\s+(?:is\s+)?needed\s+from\s+(?:anyone|you|the\s+team))\b"
)
