"""Relevant: why does the task matter?

`reasons_tied_to_goals`: an explicit why tied to a team, customer or
business goal ("it blocks the datacenter shutdown, which saves $8k a
month", "Black Friday is 30% of our revenue");
`vague_reasons`: "it's important", "so the team can understand", "it'd be
good for you", and a complaint that names nothing at stake ("customers are
complaining").
"""

from __future__ import annotations

import re

from rehearse.scoring.detectors.reasons_context import (
    CONTEXT_OCCASION,
    CONTEXT_PROBLEM,
    CONTEXT_STAKE,
    NAMED_PARTY_COMPLAINS,
    NO_ASK,
    OKR,
)
from rehearse.scoring.detectors.reasons_sentences import (
    inside,
    problem_sentences,
    stake_sentences,
    task_extents,
)
from rehearse.scoring.detectors.tasks import request_leads, requested_tasks
from rehearse.scoring.lexicon import MONTH_FULL, alternation
from rehearse.scoring.result import Span
from rehearse.scoring.text import Doc, memoised, opens_a_word_or, rx

# Goals a reason can be tied to: money, customers, reliability, compliance,
# launches and deadlines, other teams, the person's own growth.
_GOAL_WORDS = alternation(
    """
    customer, customers, user, users, client, clients, revenue, sales, deal, deals, contract,
    contracts, renewal, renewals, cost, costs, costing, save, saves, saving, spend, budget, churn,
    sla, slo, uptime, downtime, outage, outages, incident, incidents, pages, paging, on-call,
    rotation, support load, support ticket, support tickets, support queue, tickets, complaint,
    complaints, app store, compliance, audit, audits, controls, soc2, soc 2, arr, mrr, gdpr, hipaa,
    pci, security, vulnerability, vulnerabilities, ranking, rankings, seo, launch, release train, deadline, shutdown,
    shut down, shutting down, decommission, decommissioning, decommissioned, lease, promotion,
    promo, visibility, hiring budget, okr, okrs, roadmap, enterprise, partner, partners,
    engineer-week, engineer-weeks, engineer-day, engineer-days, engineer-hours, black friday,
    freeze, marketing, campaign, conversion, signup, signups, retention, onboarding new, new hires,
    latency, blocked, blocks, unblock, unblocks, depends on, relies on, rely on, datacenter,
    data center, migration deadline, board, investor, investors, regulator, regulators, qbr,
    board meeting, pen test, pen tests, pentest, pentests, penetration test, penetration tests,
    crunch, abandoned cart, abandoned carts, cart, carts, checkout, fines, fined, penalty,
    penalties, refund, refunds, losing, lost deal, lost deals, burn out, burning out, burnout,
    attrition, morale survey, renew, renews, licence, license, expires, merchants, sellers, tenants, shoppers,
    subscribers, renewal decision, finance, infosec, auditors, auditor, committee, calibration, deploys,
    retire, retiring, eol, end of life, end-of-life, unsupported, patching, certification, other teams,
    overtime, fte, ftes, headcount
    """
)
# Goals a reason can be tied to: money, customers, reliability, compliance,
# launches and deadlines, other teams, the person's own growth.
_GOAL = (
    rf"(?:\b(?:{_GOAL_WORDS})\b(?!\s+(?:service|table|model|id|object|endpoint|api)\b)"
    # (the exec or leadership team's attention is the "leadership cares" reason, a vague one)
    r"|\bthe\s+(?!exec\b|executive\b|leadership\b|management\b)\w+\s+team\b|\bengineers?\s+(?:are|were)\s+waiting\b"
    r"|\b(?:q[1-4]|v?\d+(?:\.\d+)+|next|upcoming|major)\s+release\b|\blegal\s+(?:limit|deadline|requirement|obligation)\b"
    r"|\$\s?\d[\d,.]*\s*[km]?|\b\d+\s*%\s+of\b)"
)
# "handing it to you since I'm moving to on-call prep", "because Ruby is out:": why the work
# changes hands, not why it matters. Only a whole clause: "since Sam's out and customers are
# stuck" goes on to a why, and "search is out" is an outage.
_HANDOVER_CLAUSE = (
    r"(?:(?:I'm|I\s+am|I'll\s+be|I\s+will\s+be|she's|he's|they're|[a-z]+\s+is|[a-z]+'s)\s+"
    r"(?:out|away|off|on\s+(?:leave|vacation|holiday|pto|parental\s+leave)|leaving)"
    r"(?:\s+(?:today|tomorrow|this\s+week|next\s+week|from\s+\w+|until\s+\w+))?\s*(?:[.,;:!?]|$)"
    r"|(?:I'm|I\s+am)\s+(?:moving|rotating|switching)\s+to\b[^.,;:!?\n]{0,40}(?:[.,;:!?]|$))"
)
_HANDOVER_WHY = rf"(?!\s+{_HANDOVER_CLAUSE})"
# "since Monday", "since sprint 22", "since v3" tell when, not why
_NOT_SINCE_A_TIME = (
    r"(?!\s+(?:monday|tuesday|wednesday|thursday|friday|last|the\s+\d|\d|"
    rf"(?:sprint|release|version|v|q)\s*\d|{MONTH_FULL}))"
)
_MARKER = (
    rf"(?:(?:because|since{_NOT_SINCE_A_TIME}){_HANDOVER_WHY}|so\s+that|"
    # ("So the ask is: ...", "So we ship Friday": a sentence's opening "so" moves the talk on)
    r"(?<!^)(?<![.!?]\s)so\s+(?=we|the|our|it|"
    # ("which, you know, is what gets us through the Q2 audit": a filler between commas)
    r"they|customers|users|support|sales|you)|which(?:,\s*(?:you\s+know|honestly|frankly|basically|really|"
    r"of\s+course|by\s+the\s+way)\s*,)?\s+(?=saves|costs|blocks|unblocks|means|would|will|is|are|"
    r"matters|lets|gives|helps|keeps|brings|puts|makes|adds|marketing|sales|finance|customers)|(?<!done\s)means|would\s+mean|"
    r"this\s+(?:matters|is\s+(?:important|critical|key|urgent))|"
    r"that's\s+(?:why|the|what|how|roughly)|the\s+reason\s+(?:(?:I|we)(?:'m|'re)?\s+[^.!?;\n]{0,60}?\s)?is|it\s+(?:unblocks|blocks|is\s+blocking|will\s+unblock)|"
    # a delegation's why: "it frees me for the search migration", "so I can focus on the launch"
    r"(?:it|that|this)\s+(?:frees|will\s+free|would\s+free)\s+(?:me|us|you|the\s+team)(?:\s+up)?\s+(?:for|to)|"
    r"so\s+(?:that\s+)?I\s+can\s+(?:focus|concentrate|spend\s+more\s+time)\s+on|"
    r"(?:is|are)\s+(?:critical|key|essential|needed|required|important)\s+(?:for|to)|in\s+order\s+to|"
    # ("I want you to keep owning it" is the ask itself, not its purpose)
    r"(?<!\byou\s)to\s+(?:hit|meet|unblock|avoid|keep|protect|stop|prevent|save|cut|reduce|win|close|ship)|"
    r"otherwise|right\s+now|this\s+is\s+(?:how|what|why)|it's\s+(?:what|how|why)|that\s+(?:means|way)|"
    # what follows if the work fails or is not done, the condition whole before its comma: "If
    # we ship a regression to everyone, our store rating drops and the Q3 retention goal goes
    # with it" ("If you have questions about the launch, ping me" is no condition on the work)
    r"(?:^|(?<=[.!?]\s))if\s+(?:we|it|this|that|they)\b[^,.!?;:\n]{0,60}?[\w'](?=,)|"
    # what follows from the work, or from its absence, opening a sentence: "With the fix, Acme's
    # 2,000 seats get notifications that work on day one", "Without it, the pilot starts with ..."
    # ("With that, let's talk about the launch" moves the talk on)
    r"(?:^|(?<=[.!?]\s))(?:with\s+(?:it|the\s+fix|this\s+fix)|without\s+(?:it|this|that|the\s+fix|this\s+fix))(?=\s*,)|"
    # ... and what someone will not do without it: "without DRM the studios will not license the
    # premium channels to us"
    r"(?:^|(?<=[.!?]\s)|(?<=[\u2014\u2013-]\s))without\s+(?:[\w-]+\s+){1,3}?(?=(?:the\s+|our\s+)?[\w-]+\s+"
    r"(?:will\s+not|won't|can't|cannot|would\s+not|wouldn't)\b)|"
    r"(?<!^)(?<![.!?]\s)so\s+(?=everything|all|nothing|we're|there)|"
    # (not a request opened with a filler "so": "so Luca can you take the lead on SOC 2")
    r"so\s+(?:that\s+)?(?=[\w-]+\s+(?:gets?|can|could|will|won't|doesn't|don't|stops?|isn't|aren't|has|have|no\s+longer)\b)"
    r"(?![\w-]+\s+(?:can|could|will|would)\s+(?:you|u)\b)|"
    # "would it help if I took the on-call shift?" offers help; it gives no why
    r"(?:this|that|it)\s+(?:also\s+)?(?:will\s+|would\s+|should\s+)?(?:also\s+)?(?:gets?|helps?(?!\s+if\b)|lets?|keeps?|saves?|"
    r"frees?|protects?|stops?|prevents?))"
)
# "because ... customers", "so that ... the launch": a why marked as a why.
_FRAMEWORK = r"(?:soc\s?2|pci(?:[\s-]dss)?|dpa|ico|gdpr|hipaa|iso\s?27001|sox|fedramp)"
# Who a reason can be about, and what makes it concrete: another team or group, a date, a number.
_STAKEHOLDER = (
    r"(?:\bcustomers?\b|\busers?\b|\bfinance\b|\blegal\b|\bsecurity\b|\bops\b|\bsupport\b|\bon-call\b|\bsales\b|"
    r"\bmarketing\b|\bleadership\b|\bQA\b|\bthe\s+board\b|\bpartners?\b|\bclients?\b|\bSRE\b|\bexecs?\b)"
)
_CONCRETE_DETAIL = (
    # (a count in words too: "because every network change currently needs three PRs")
    rf"(?:{_STAKEHOLDER}|\b\d[\d,.]*\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)\b|\b(?:{MONTH_FULL}|"
    r"monday|tuesday|wednesday|thursday|friday|q[1-4]|next\s+(?:week|month|quarter|sprint))\b)"
)
# A why is quoted to the end of its sentence when that is near ("... (sched-01) is decommissioned on
# 30 June"; "Right now the service drops every live connection ..., and users get a banner"),
# else to the end of its clause ("they're worth 1.2 million a year", not "... worth 1.2").
_TO_SENTENCE_END = r"(?:[^.!?;\n]{0,80}(?=[.!?;\n]|$)|[^.!?;\n,]{0,40}?(?=,|\s+(?:and|but|so|which|while|because)\b))?"
_GOAL_START = opens_a_word_or("$")
MARKED_REASON = rx(
    rf"\b{_MARKER}\b[^.!?;\n]{{0,120}}?{_GOAL_START}{_GOAL}{_TO_SENTENCE_END}"
    # "because the old API is turned off in June": a why with a concrete detail
    rf"|\b(?:(?:because|since{_NOT_SINCE_A_TIME}){_HANDOVER_WHY}|as\s+(?=the|our|we|they)|the\s+reason\s+(?:(?:I|we)(?:'m|'re)?\s+[^.!?;\n]{{0,60}}?\s)?(?:is|being)|that's\s+why|"
    # "Reason: we only have four ICs ...", "Context: cycle time is our biggest drag ...": a why by its label
    rf"(?:reason|context|why|rationale|background)(?=\s*:)(?!\s*:\s*{_HANDOVER_CLAUSE})|"
    # ... or by the benefit it opens: "It also helps the team: standup runs 25 minutes, not 15"
    r"(?:it|this|that)\s+(?:also\s+)?helps\s+(?:the\s+team|us|everyone)(?=\s*:)|"
    rf"(?:this|it)\s+matters\s+because|(?:it|that|this)\s+frees\s+(?:me|us)(?:\s+up)?\s+for|"
    rf"so\s+(?:that\s+)?I\s+can\s+focus\s+on)\b[^.!?;\n]{{3,120}}?{_CONCRETE_DETAIL}{_TO_SENTENCE_END}"
    # ... or by what it lets others do, concretely within its clause: "so that QA can start the smoke
    # tests on Friday" (not "so you can", the person's own gain, nor "so we can talk on Monday", a
    # meeting)
    r"|\bso\s+(?:that\s+)?(?!(?:i|you|u|it|this|that|everyone|everybody)\s)(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:can|could)\s+"
    # (work that moves something on: "so the team can understand it by Friday" is the spec's vague
    # why, "so we can go home early on Friday" no business goal)
    r"(?:start|run|ship|launch|release|deliver|deploy|close|onboard|sign|demo|present|test|migrate|cut\s+over|"
    r"go\s+live|hit|meet|build|finish|plan|decide|begin|submit|invoice|bill|price|hire|staff|renew|turn\s+off|"
    r"switch\s+off|shut\s+down|decommission|retire|set|book|forecast|budget|report|file)\b"
    rf"[^.!?;,\n]{{0,120}}?{_CONCRETE_DETAIL}{_TO_SENTENCE_END}"
    # "because support is drowning": the stakeholder is the why's subject, right after "because"
    rf"|\bbecause\s+(?:the\s+|our\s+)?{_STAKEHOLDER}\s+(?:is|are|was|were|keeps?|can't|cannot|won't|has|have|had|will)\b"
    rf"{_TO_SENTENCE_END}"
    # a compliance audit the work is for, named by its framework, even inside the ask: "before the SOC 2
    # auditors get read access", "ahead of the DPA audit" (a bare "before the audit" is an occasion)
    rf"|\b(?:before|ahead\s+of|for|in\s+time\s+for)\s+(?:the\s+|our\s+|their\s+|next\s+\w+'s\s+)?{_FRAMEWORK}\s+"
    r"(?:[\w-]+\s+)?(?:audit|auditors?|assessment|certification|evidence)\b"
    rf"|\b{_FRAMEWORK}\s+auditors?\s+(?:are\s+here|are\s+coming|arrive|come|start|get)\b{_TO_SENTENCE_END}"
    # what happens to people if it is not done: "teachers need it working before term reports on
    # Dec 6 or they'll be re-keying grades by hand for 30 classes" ("or we'll talk Monday" is none)
    # ("or we'll miss the train", "or we'll lose track of them": a stake must be the work's)
    r"|\bor\s+(?:else\s+)?(?:they|customers|users|clients|[\w-]+s)(?:'ll|\s+will)\s+(?:be\s+|have\s+to\s+)?"
    r"[^.!?;\n]{0,60}?\b(?:by\s+hand|manually|churn|cancel|leave\s+us|"
    r"los(?:e|ing)\s+(?:the\s+|their\s+|our\s+)?(?:deal|contract|account|customers?|clients?|data|money|revenue)|"
    r"miss(?:ing)?\s+(?:the\s+|their\s+|our\s+)?(?:deadline|launch|release|sla|audit|window|filing)|"
    r"fail(?:ing)?\s+(?:the\s+|their\s+|our\s+)?(?:audit|review|inspection)|pay(?:ing)?\s+(?:a\s+)?(?:fines?|penalt\w+))\b"
    rf"{_TO_SENTENCE_END}"
    # ... or said outright: "It is for SOC2, auditor comes 3 July."
    rf"|\b(?:it's|it\s+is|this\s+is|that's|that\s+is)\s+(?:all\s+)?(?:for|needed\s+for|required\s+(?:for|by))\s+"
    rf"(?:the\s+|our\s+)?{_FRAMEWORK}\b{_TO_SENTENCE_END}"
)
# A goal at stake stated outright ("customers are complaining", "it costs us $4k a month").
GOAL_AT_STAKE = rx(
    r"\b(?:it's|it\s+is|this\s+is|that's)\s+an?\s+(?:soc\s?2|compliance|legal|regulatory|audit|security|contractual|"
    r"gdpr|hipaa|pci|sla)\s+(?:requirement|obligation|control|finding)\b|"
    r"\b(?:finance|support|ops|sales|legal|customers?|the\s+\w+\s+team)\s+(?:has|have)\s+to\s+\w+[^.!?;\n]{0,40}?"
    r"\bby\s+hand\b|"
    r"\b(?:overpaying|overspending|paying\s+too\s+much|wasting\s+money|over\s+budget)\b|"
    r"\b(?:failed|flunked|missed|breached|violated|blew|fails|will\s+fail|would\s+fail|is\s+failing)\s+"
    r"(?:the\s+|our\s+|an?\s+)?(?:last\s+|next\s+)?(?:\w+\s+)?"
    r"(?:pen\s*test|audit|SLA|SLO|deadline|certification|compliance\s+\w+|launch\s+date)\b|"
    r"\b(?:biggest|largest|main|top|number\s+one)\s+(?:source|cause|driver)\s+of\b|"
    # "support says it's the top reason for onboarding tickets" (not "the main reason for the delay")
    r"\b(?:biggest|top|number\s+one)\s+reason\s+for\s+(?:[\w-]+\s+){0,2}?(?:tickets|complaints|churn|escalations|"
    r"cancellations|refunds|incidents|pages)\b|"
    # business lost or a customer-facing flow broken: "if we fail this, we lose the two enterprise deals",
    # "the app-store rating dropped from 4.6 to 4.1", "the whole checkout confirmation hangs"
    r"\b(?:lose|losing)\s+(?:the\s+|our\s+|their\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:deals?|customers?|clients?|accounts?|"
    r"contracts?|renewals?)\b|"
    # hires lost: "we've lost 3 of our last 5 offers" ("lost track of the candidates" is no loss)
    r"\blost\s+(?!track\b)(?:[\w-]+\s+){0,5}?(?:offers|candidates)\b|"
    r"\b(?:app[\s-]store\s+|play\s+store\s+|store\s+|star\s+)?ratings?\s+(?:has\s+|have\s+)?(?:dropped|fell|fallen|dipped|"
    r"slipped|tanked|went\s+down|is\s+down)\b|"
    # "the mobile web conversion drop last month", "sales got burned twice this quarter by demos"
    r"\bconversion(?:\s+rate)?\s+(?:drop|dip|loss|fell|dropped|dipped|is\s+down)\b|\b(?:drop|dip|fall)\s+in\s+conversion\b|"
    r"\b(?:sales|the\s+sales\s+team|customers?|clients?)\s+(?:got|get|were|was|have\s+been|has\s+been)\s+burned\b|"
    r"\b(?:checkout|signup|sign-up|payments?|login|billing)\s+(?:[\w-]+\s+)?(?:hangs|breaks|fails|goes\s+down|is\s+down|"
    r"times\s+out|stalls)\b|"
    # a legal exposure: "we're legally on the hook from then", "patient-ID errors are a reportable
    # safety event"
    r"\breportable\s+(?:safety\s+|security\s+|data\s+)?(?:event|incident|breach)\b|"
    r"\b(?:legally|contractually)\s+(?:on\s+the\s+hook|liable|obliged|bound|exposed)\b|"
    # marketing's plans ride on it: "Marketing is launching the campaign there on Monday"
    r"\bmarketing\s+(?:is|are|will\s+be)\s+(?:launching|sending|running|starting|planning|deciding|counting|relying|"
    r"nervous|worried|waiting)\b(?:[^.!?;\n]{0,80}(?=[.!?;\n]|$))?|\bmarketing\s+(?:wants|needs|expects)\b"
    r"(?:[^.!?;\n]{0,80}(?=[.!?;\n]|$))?|"
    r"(?<![\w#])#1\s+(?:source|cause|driver)\s+of\b|"
    r"\b(?:leadership|execs|the\s+board|the\s+CEO|the\s+CTO|customers|the\s+VP)\s+(?:is|are|will\s+be)\s+"
    r"(?:looking\s+at|reviewing|presenting|waiting\s+(?:on|for))\b[^.!?;\n]{0,40}?\b(?:QBR|board|all-hands|review|launch|demo)\b|"
    r"\b(?:engineers?|developers?|devs|the\s+team|everyone|people|ops|on-call|we)\s+(?:are|were|is|keep|keeps|have\s+been)\s+"
    # (bare "people are waiting" names no goal: a loose why; "waiting on it 40 times a day" does)
    r"(?:\w+\s+)?(?:waiting\s+(?:on|for|around)|blocked|stuck|paged|woken\s+up|burning\s+out|losing)\b|"
    rf"\b\d+\s*%\s+of\s+(?:our\s+|the\s+|all\s+)?(?:\w+\s+)?(?:revenue|traffic|users|customers|sales|orders|signups|"
    r"tickets|incidents|pages|outages|spend|costs?|bill)\b"
    rf"|\b(?:caused|causes|affected|affects|impacted|impacts|took\s+down|degraded|broke|hurt|hurts|(?<!the\s)(?<!our\s)(?<!a\s)costs?|cost\s+us)\b"
    rf"[^.!?;\n]{{0,60}}?{_GOAL}"
    # (a freeze starting is only a date: "the freeze starts on the 18th"; the word is refused after
    # `_GOAL`, not before it, so the alternative still starts with its goal words and is tried only
    # where they start a word: a look-ahead in front made it run at every character)
    rf"|{_GOAL}(?<!\bfreeze)\s+(?:ends?|expires?|runs?\s+out|closes?|starts?|is\s+due|goes\s+live|ships|freezes|(?:auto-)?renews?)\b"
    # someone needs it for a concrete occasion: "Growth needs the answer before the October redesign"
    # (the writer's own need is an occasion: "I need it before Thursday's ops review")
    r"|\b(?<!\bi\s)(?:needs?|wants?)\s+(?:it|this|that|them|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:before|for|by|ahead\s+of|in\s+time\s+for)\s+"
    r"(?:the\s+|our\s+|their\s+)?[^.!?;\n]{0,40}?\b(?:review|launch|redesign|release|meeting|audit|renewal|onsites?|interviews?|"
    r"demo|qbr|offsite|kickoff|cutover|deadline|cut-?off|go-live|\d+(?:st|nd|rd|th)?)\b"
    # a rule or an outside party requires it
    # ("the regulator's letter asks for evidence ...")
    r"|\b(?:contract|policy|regulation|law|auditors?|compliance|sla|agreement|regulators?)(?:'s\s+\w+(?:\s+\(\w+\))?)?\s+"
    r"(?:\w+\s+)?(?:asks?\s+for|asked\s+for|requires?|mandates?|"
    r"demands?|checks?|says)\b|\b(?:that's|it's|this\s+is)\s+(?:our|the|company)\s+policy\b"
    # what the problem has already cost: people left, offers declined, the pipeline blocked
    r"|\b(?:left|quit|declined|churned|cancell?ed|escalated|walked|dropped\s+out)\s+(?:[\w-]+\s+){0,3}?(?:over|because\s+of)\s+"
    r"(?:it|this|that|the\s+[\w-]+)"
    r"|\b(?:throwing\s+off|throws\s+off|threw\s+off|skewing|skews|skewed|corrupting|breaking|broke|blocked|delaying|delayed)\s+"
    r"(?:the\s+|our\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:dashboard|pipeline|report|release|deploys?|launch|builds?|billing|"
    r"numbers|forecast|invoices?|rollout)\b"
    r"|\b(?:dashboard|report|numbers|forecast|invoices?|bills?)\b[^.!?;\n]{0,20}?\b(?:has\s+been|have\s+been|is|are|was|were)\s+"
    r"(?:wrong|broken|off|late|missing|empty|stale)\b"
    r"|\bpaged\s+(?:me|us|them|someone|the\s+on-call|\w+)\s+(?:at\s+\d|in\s+the\s+middle\s+of\s+the\s+night|overnight|at\s+night)"
    r"|\bdown\s+for\s+(?:about\s+|around\s+|nearly\s+|over\s+)?(?:an?|\d+|one|two|three|four|five|ten)\s+"
    r"(?:minutes|hours|days|hour|day)\b"
    # a bus factor, a clock running towards a business event, hiring at stake, a growth goal
    r"|\ball\s+in\s+\w+'s\s+head\b|\bonly\s+\w+\s+knows\s+(?:how|where|the)\b|\bbus\s+factor\b"
    r"|\b(?:days?|weeks?|months?)\s+(?:from|away\s+from|out\s+from|before)\s+(?:the\s+|their\s+|our\s+)?"
    r"(?:renewal|launch|audit|release|deadline|go-live|cutover|contract)\b"
    r"|\b(?:reqs|requisitions)\b"
    r"|\bup\s+for\s+promotion\b|\bpromotion\s+(?:packet|case|doc)\b|\bmissing\s+piece\b"
    r"|\b(?:grow|growing|growth)\s+(?:toward|towards|into|to)\s+(?:a\s+)?(?:staff|senior|principal|lead|tech\s+lead|management)\b"
    # (`(?=[draikhcew])`: the first letters of what may follow, which the pattern, run under
    # IGNORECASE, tests at each place of the run at the cost of one class, not of every alternative)
    rf"|{_GOAL}[^.!?;\n]{{0,60}}?\b(?=[draikhcew])(?:depends?\s+on|relies\s+on|rely\s+on|(?:are|is|keeps?|have\s+been)\s+"
    # ("finance keeps asking" names no stake: a vague why, read by CONTEXT_OCCASION)
    r"(?:complaining|waiting|losing|churning|blocked|escalating|hitting|seeing|leaving|getting|"
    r"receiving|being\s+charged|charged|billed|stuck)|"
    # (a sum after "costs us" is quoted with it: "... costs us about 4,000 dollars a month")
    r"keeps?\s+losing|costs?\s+us(?:\s+(?:about\s+|roughly\s+|around\s+|over\s+|nearly\s+)?[$€£]?\d++(?:[,.]\d++)*+"
    r"(?:\s*(?:k|m|dollars|euros|pounds))?(?:\s+(?:a|per|each)\s+(?:month|year|week|day|quarter)|\s*/\s*(?:month|mo|year|yr|week|day))?)?|"
    r"is\s+\d+\s*%|escalates?|complains?|churns?|can't|cannot|won't\s+be\s+able)\b"
    r"|\b(?:costs?|saves?|saving|costing)\s+(?:us\s+)?(?:an\s+extra\s+|about\s+|roughly\s+|around\s+)?\$\s?\d"
    r"|\b(?:(?:it|this|that)(?:\s+|'s\s+|\s+is\s+)(?:blocks|unblocks|blocking|unblocking)"
    # ("these blocks on the calendar": a noun)
    r"|(?:they|these|those)(?:'re|\s+are)\s+(?:un)?blocking)\s+(?:the\s+|our\s+)?\w+"
    # "the manual regression takes two days and blocks the release train"
    r"|\b(?:blocks|holds\s+up|delays)\s+(?:the\s+|our\s+|every\s+)?(?:[\w-]+\s+)?(?:release|launch|deploy|roadmap|rollout)s?\b"
    r"|\bworth\s+(?:about\s+|roughly\s+|around\s+|over\s+)?\$\s?\d"
    r"|\b(?:threaten(?:ing|ed|s)?\s+to|about\s+to|going\s+to|might|could)\s+(?:cancel|churn|leave|walk|escalate|drop\s+us)\b"
    r"|\$\s?\d[\d,.]*\s*[km]?\s+(?:contract|deal|account|renewal|customer|a\s+(?:month|year))"
    r"|\b(?:cost(?:s|ing)?|wast(?:es?|ing)|los(?:es|ing)|eats?|burn(?:s|ing)?)\s+(?:us\s+|every\s+\w+\s+|each\s+\w+\s+|"
    r"the\s+team\s+|engineers\s+)?(?:about\s+|around\s+|roughly\s+|over\s+|nearly\s+|~\s?)?(?:an?|\d+|one|two|three|"
    r"four|five|ten)\s*(?:hours?|days?|weeks?|engineer-\w+|min(?:ute)?s?\s+(?:per|a|each|every)\s+[\w-]+(?:\s+build)?)"
    r"|\b(?:is|are)\s+(?:part\s+of|required\s+(?:by|for)|needed\s+for|key\s+to|critical\s+(?:to|for))\s+(?:our|the)\s+"
    r"(?:\w+\s+){0,3}?(?:controls|compliance|audit|certification|contract|sla|launch|roadmap|okrs?)\b"
    r"|\b(?:top|biggest|number\s+one)\s+(?:complaint|request|risk|cause)\b|(?<![\w#])#1\s+(?:complaint|request|risk|cause)\b"
    r"|\b(?:biggest|largest|second-biggest|third-biggest|second-largest|third-largest|highest-paying)\s+"
    r"(?:customers?|accounts?|clients?|merchants?|tenants?|partners?|users?)\b"
    r"|\b(?:board|leadership|execs|CEO|CTO|CFO|VP|finance|legal|sales|customers?)\s+(?:wants?|needs?|expects?|has|have|asked)\s+"
    r"to\s+(?:decide|see|sign|approve|know|review)\b"
    r"|\b(?:lost|losing|burned|burnt|wasted)\s+(?:about\s+|around\s+|roughly\s+|over\s+|nearly\s+)?(?:an?|\d+|one|two|three|four|five|"
    r"ten|twenty|thirty)\s+(?:hours?|days?|weeks?|engineer-\w+)"
    r"|\b(?:release|launch|deadline|milestone|date|demo)\s+(?:has\s+|had\s+|was\s+)?(?:slipped|slips|moved\s+(?:out|back|later)|been\s+delayed|been\s+pushed)\b"
    r"|\blost\s+(?:\w+\s+){1,2}?(?:over|because\s+of)\s+(?:this|it|that)\b"
    r"|\brenewals?\s+(?:mention|cite|depend|hinge|require|asked)\w*\b"
    # what users would see if it is not done: "Acme's 2,000 people could see a reconnecting
    # banner every hour and a half" ("people could see it as unfair" names no one)
    r"|(?:\b(?:customers|users|clients)|(?-i:[A-Z]\w+)'s\s+(?:[\d,]+\s+)?(?:people|users|seats|customers|staff))\s+"
    r"(?:would|will|could|might|'d|'ll)\s+(?:all\s+)?(?:see|get|hit|lose|notice|experience)\s+(?!it\b|this\b|that\b)"
    r"[^.!?;\n]{3,60}"
    # someone with a stake wants it, flagged it, depends on it
    r"|\b(?:auditors?|infosec|security|legal|compliance|finance|the\s+committee|leadership|the\s+board|execs|customers?|users?|"
    # (not a maybe, nor a bare "the team needs this", which names nothing it is needed for)
    # ("whatever reasonable support you require": the help the person needs, not the support team)
    r"clients?|sales|support|SRE|teams?)\s+(?:(?!(?:might|may|could|you|we|I|they)\s)\w+\s+)?(?:flagged|"
    r"(?:wants?|needs?)(?!\s+(?:it|this|that|them)\s*(?:[.!?]|$))|requires?|asked\s+for|counting\s+on|relying\s+on|turned\s+\w+\s+down|rejected|expects?|(?:is|are)\s+waiting|"
    r"depends?\s+on|relies\s+on|complained|escalated|escalates?|complains?)\b"
    # a business process runs on it: "finance at two of them is doing month-end on it"
    r"|\b(?:runs?|running|do|does|doing|closes?|closing)\s+(?:their\s+|the\s+|its\s+|our\s+)?(?:month-end|quarter-end|"
    r"year-end|payroll|books|billing|invoicing)(?:\s+close)?\s+(?:on|with|through)\s+(?:it|this|that)\b"
    r"|\b(?:promised?|committed|owe)\s+(?:(?:it|this|that|them)\s+to\s+)?(?:the\s+|our\s+)?(?:[\w-]+\s+)?"
    r"(?:customers?|clients?|users?|sales|leadership|the\s+board)\b"
    # a decision waits on it: "I must decide before the budget review on 16 Dec"
    r"|\b(?:must|need\s+to|needs\s+to|have\s+to|has\s+to)\s+decide\s+(?:before|by|ahead\s+of|in\s+time\s+for)\s+"
    r"[^.!?;\n]{0,60}"
    # the person's own goal: "this is for your goal to become team lead", "a step for Senior promotion"
    r"|\byour\s+(?:\w+\s+)?goal\s+(?:to|of)\s+(?:becom\w+|mov\w+|be|being|grow\w*|get\w*|reach\w*|lead\w*)\b[^.!?;\n]{0,60}"
    r"|\b(?:step|stepping\s+stone|preparation|prep)\s+(?:for|to|towards?)\s+(?:you\s+to\s+(?:be|become|own|lead)\b|"
    r"(?:your\s+|the\s+|a\s+)?(?:\w+\s+){0,2}?(?:promotion|promo)\b)[^.!?;\n]{0,60}"
    # credentials out in the open: "the old keys were in the leaked .env"
    r"|\b(?:leaked|compromised)\b(?!\s+memory)(?:\s+\.?[\w-]+)?|\b(?:was|were|got)\s+exposed\b"
    r"|\b(?:burning\s+out|burn\s+out|close\s+to\s+(?:leaving|quitting)|(?:about|threatening)\s+to\s+(?:quit|leave)|"
    r"asked\s+to\s+come\s+off)\b"
    r"|\b(?:have|need|must)\s+to\s+(?:retire|decommission|shut\s+down)\b"
    r"|\b(?:stops?|stopped)\s+(?:patching|supporting)\b"
    r"|\b(?:loses?|losing|lost|stops?\s+getting)\s+(?:security\s+)?(?:updates|patches|support|vendor\s+support)\b"
    r"|\b(?:sitting|sat|sit)\s+idle\b|\bpay\s+(?:them|him|her|for\s+(?:it|them))\s+by\s+the\s+(?:hour|day)\b"
    r"|\b(?:is|are)\s+(?:deciding|about\s+to\s+decide|going\s+to\s+decide)\s+(?:whether|if|on|between)\b"
    r"|\b(?:critical|key|essential|needed|required)\s+for\s+(?:the\s+)?(?:\w+\s+){0,3}(?:launch|release|audit|"
    r"renewal|contract|deal|customer|migration|shutdown|deadline)\b"
)
VAGUE_REASON = rx(
    r"(?:"
    r"\b(?:it's|it\s+is|this\s+is|that's|that\s+is)\s+(?:(?:really|very|super|pretty|quite|kind\s+of|sort\s+of|kinda|so|extremely|"
    r"incredibly|honestly)[,\s]+){0,4}"
    r"(?:important|critical|urgent|a\s+(?:big\s+|top\s+|high\s+)?priority|high[\s-]priority|key|needed|"
    r"necessary|valuable|useful|a\s+big\s+deal|overdue)\b"
    r"|\b(?:it|this|that)\s+(?:would|will|'d|'ll|should|could)\s+(?:really\s+)?(?:help|be\s+(?:good|"
    r"useful|valuable|helpful))\b(?!\s+if\b)"
    r"|\bit'd\s+(?:really\s+)?(?:help|be\s+(?:good|useful|valuable|helpful))\b(?!\s+if\b)"
    r"|\b(?:it|this|that)\s+matters\b|\bmatters?\s+because\b|\b(?:they|these|those)\s+(?:really\s+)?matter\b"
    # "it's getting silly", "we're a few versions behind", "people have stopped trusting it"
    r"|\b(?:it's|it\s+is|this\s+is|things\s+are)\s+getting\s+(?:a\s+bit\s+)?(?:silly|ridiculous|out\s+of\s+hand|worse|"
    r"expensive|messy)\b"
    r"|\b(?:we're|we\s+are)\s+(?:a\s+few|a\s+bit|way|far|well|several|two|three|\w+\s+(?:versions?|releases?|majors?))"
    r"(?:\s+(?:versions?|releases?|majors?))?\s+behind\b"
    r"|\b(?:stopped|stop)\s+trusting\b|\bnobody\s+trusts\b"
    r"|\b(?:it's|it\s+is|this\s+is|that's)\s+a\s+(?:real\s+|big\s+|serious\s+|major\s+)?(?:security|safety|quality|"
    r"reliability|performance)\s+(?:issue|problem|concern|risk)\b"
    # freeing the speaker with no goal named: "it frees me up", "it frees me for other things",
    # "it frees me for the design reviews" (a goal named makes it a why: see MARKED_REASON)
    r"|\b(?:it|that|this)\s+(?:frees|will\s+free|would\s+free)\s+(?:me|us)\s+(?:up\b|for\b)"
    # a purpose with no goal named: "so the team can understand", "so we can run it on the replica"
    r"|\bso\s+(?:that\s+)?(?:the\s+team|everyone|people|we|others|you|they)\s+(?:can|could|will)\s+"
    r"(?:understand|know|see|follow|learn|use|find|read|get|run|test|try|compare|review|ship|release|deploy|"
    r"roll\s+(?:it\s+)?back|debug|plan|decide|move\s+on|build|poke|play|give\s+feedback|weigh\s+in)\b"
    r"|\b(?:good|great)\s+(?:for\s+you|for\s+the\s+team|opportunity|for\s+your\s+growth|experience|chance)\b"
    r"|\bfor\s+(?:your\s+growth|your\s+development)\b(?!\s+(?:plan|doc|document|goals?|conversation|review))"
    # ("so for your growth plan, I'd love you to ..." says what the ask is for)
    r"|\bfor\s+your\s+(?:growth|development)\s+plan\s*,"
    r"|\bleadership\s+(?:wants|asked|asks?|is\s+asking)\b|\b(?:my|our)\s+(?:boss|manager|director)\s+(?:wants|asked)\b"
    # importance said with no subject ("Is very important.") and attention or displeasure with no goal:
    # "leadership is watching this one", "everyone hates it", "the data folks are grumpy about it"
    r"|\bis\s+(?:very|really|super|so)\s+important\b|\bis\s+(?:a\s+)?big\s+(?:thing|deal)\s+for\s+(?:us|the\s+team)\b"
    r"|\b(?:leadership|execs|management|the\s+board|the\s+(?:ceo|cto|vp))\s+(?:is|are)\s+(?:watching|following|tracking)\b"
    r"|\b(?:everyone|everybody|people|the\s+team|folks|devs|engineers)\s+(?:really\s+)?(?:hates?|dislikes?)\s+(?:it|this|that|them)\b"
    r"|\b(?:is|are|'re|'s)\s+(?:\w+\s+)?(?:grumpy|unhappy|annoyed|upset|not\s+happy)\s+(?:about|with)\s+(?:it|this|that|them)\b"
    r"|\b(?:compliance|legal|security|finance|leadership|sales)\s+cares\b"
    r"|\b(?:they|customers?|the\s+client)\s+(?:asked|are\s+asking|keep\s+asking)\s+(?:about\s+it\s+)?again\b"
    r"|\b(?:it's|it\s+is|they're|they\s+are)\s+(?:really\s+|so\s+|super\s+|way\s+too\s+|too\s+|\w+ly\s+)?"
    r"(?:slow|painful|annoying|broken|a\s+mess|a\s+pain|flaky|low|high|bad|poor|terrible|awful|unreliable|outdated|stale)\b"
    r"|\b(?:killing|hurting)\s+(?:our|everyone's|the\s+team's)\s+(?:productivity|velocity|morale)\b"
    r"|\bit\s+(?:would|will)\s+(?:really\s+)?help\s+(?:the\s+team|us|everyone)\b"
    r"|\b(?:it's|it\s+is|this\s+is|that's)\s+(?:really\s+)?(?:hurting|slowing\s+down|frustrating|annoying|killing|draining)\s+"
    r"(?:the\s+team|us|everyone|people|morale)\b"
    r"|\b(?:he's|she's|they're|he\s+is|she\s+is|they\s+are)\s+(?:really\s+|totally\s+)?(?:stuck|blocked|struggling|new|swamped|drowning)\b"
    r"|\b(?:it|this|that)(?:'d|\s+would|'ll|\s+will)\s+(?:really\s+|probably\s+)?help(?:\s+(?:people|everyone|folks|others))?\b(?!\s+if\b)"
    r"|\b(?:good|great|brilliant|useful|helpful|valuable|nice)\s+for\s+(?:you|them|him|her|the\s+team|us|everyone|people|"
    r"your\s+\w+|the\s+platform|the\s+\w+'s\s+future)\b"
    r"|\b(?:it's|it\s+is|it'd\s+be|it\s+would\s+be)\s+(?:just\s+)?(?:tidier|cleaner|neater|nicer|simpler)\b"
    r"|\bmak(?:es|ing)\s+(?:us|the\s+team|me|everyone)\s+look\s+(?:bad|slow|sloppy|unprofessional)\b"
    r"|\b(?:important|critical|key|vital)\s+for\s+(?:the\s+|our\s+)?(?:platform|team|future|company|product)\b"
    r"|\bso\s+(?:that\s+)?(?:the\s+team|everyone|people|we|others|you)\s+(?:can\s+|will\s+|could\s+)?(?:trusts?|feels?|be\s+(?:happy|confident))\b"
    # pain and wishes with no goal behind them: "it's bugging everyone", "they feel stale"
    r"|\b(?:burning|wearing|grinding)\s+(?:everyone|people|the\s+team|us|folks|them)\s+(?:out|down)\b"
    r"|\b(?:bugging|annoying|frustrating|irritating|driving)\s+(?:everyone|people|the\s+team|us|folks)\b"
    r"|\b(?:people|ppl|everyone|folks|users)\s+keep\s+(?:complaining|asking|moaning)\b"
    # someone pressing for it, with nothing at stake named: "marketing's been chasing", "Finance
    # is breathing down my neck", "the vendor said they need the SBOM", "Leon wants to play with it"
    r"|\b(?:marketing|sales|finance|legal|product|ops|support|the\s+(?:vendor|client|customer|business|auditors?))"
    r"(?:'s|\s+is|\s+has|\s+have|\s+are)?\s+(?:been\s+)?(?:chasing|breathing\s+down\s+(?:my|our)\s+necks?|"
    r"on\s+(?:my|our)\s+(?:back|case)|pushing\s+(?:for\s+)?(?:it|this|hard))\b"
    r"|\bthe\s+(?:vendor|client|customer)\s+(?:said|says)\s+(?:they|it|he|she)\s+(?:need|needs|want|wants)\b"
    r"|\b(?-i:[A-Z][a-z]+)\s+wants\s+to\s+(?:play|try|tinker|experiment)\s+with\s+(?:it|this|that|them)\b"
    # ("if something looks off" is a condition)
    r"|\b(?<!something\s)(?<!anything\s)(?:feel|feels|seem|seems|look|looks)\s+(?:a\s+bit\s+|really\s+|kind\s+of\s+)?(?:stale|old|"
    # ("if the 18th looks wrong to you" asks the person's view: a feasibility check; "the reports
    # that look wrong" says which ones)
    r"outdated|dated|broken|messy|off|wrong|flaky|sluggish|laggy|clunky)\b(?!\s+to\s+(?:you|me|u)\b)(?<!\bthat\slook\swrong)"
    # an effect on people with nothing named: "it's starting to affect the whole team"; a purpose with
    # no goal: "we want to use it for a forecasting model"
    r"|\b(?:affect|affects|affecting|impact|impacts|impacting)\s+(?:the\s+(?:whole\s+|entire\s+)?team|everyone|everybody|"
    r"all\s+of\s+us)\b"
    r"|\b(?:we|I|they)\s+(?:want|need|'d\s+like|would\s+like)\s+to\s+use\s+(?:it|this|them|that)\s+(?:for|to)\b"
    r"|\b(?:it|this|that)(?:'d|\s+would|'ll|\s+will)\s+make\s+(?:[\w-]+\s+){0,4}?(?:smoother|easier|better|faster|simpler|nicer|"
    r"cleaner|quicker)\b"
    r"|\bI\s+(?:don't|do\s+not)\s+want\s+to\s+(?:show\s+up|look|be\s+caught|go\s+in|walk\s+in)\b|\bjust\s+in\s+case\b"
    r"|\b(?:people|everyone|the\s+team|folks)\s+needs?\s+to\s+(?:understand|know|see|get)\b"
    r"|\b(?:folks|people|crew|the\s+team)\s+needs?\s+(?:it|this|that|them)\b"
    r"|\b(?:it's|this\s+is|that's)\s+(?:the|a)\s+(?:big|important|main|top)\s+(?:one|thing)\b"
    # a benefit or a cost with no goal named: "would help the whole squad", "good for visibility",
    # "it's not sustainable", "it's wasting everyone's time"
    r"|\b(?:would|will|it'd|it'll|that'd|that'll)\s+(?:really\s+|also\s+)?help\s+(?:the\s+whole\s+\w+|"
    r"the\s+squad|everyone|everybody|all\s+of\s+us)\b"
    r"|\bgood\s+for\s+(?:visibility|morale)\b"
    r"|\b(?:it's|it\s+is|this\s+is|that's)\s+(?:just\s+|really\s+|honestly\s+|simply\s+)?(?:not\s+sustainable|"
    r"wasting\s+(?:everyone's|our|the\s+team's|a\s+lot\s+of)\s+time)\b"
    r"|\b(?:is|are|they're|it's)\s+(?:(?:really|so|pretty|quite|getting|honestly|a\s+bit|kind\s+of)\s+)?"
    r"(?:unsustainable|unusable|cryptic|chaotic|confusing)\b"
    r"|\bwould\s+be\s+(?:nice|good|great|helpful|useful)\s+for\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:people|folks|team|"
    r"hires|joiners|everyone|us|them)\b"
    r"|\b(?:would|could|will|might|it'd|it'll|that'd)\s+save\s+(?:us\s+)?(?:some\s+)?money\b"
    r"|\b(?:we|you|the\s+team)\s+(?:need\s+to|have\s+to|must)\s+(?:hire|ship|move|innovate|deliver|grow|release)\s+faster\b"
    # necessity or worry with no goal named: "it still has to happen", "something has to change",
    # "security is everyone's job", "the customer satisfaction thing is on my mind a lot" ("it's been
    # on my mind" names nothing)
    # ("it has to happen by Friday" is the same necessity; the date is read by time_bound)
    r"|\b(?:it|this|that|something)\s+(?:still\s+|really\s+)?(?:has|needs)\s+to\s+(?:happen|change|give)\b"
    # a help to the writer, a load, a readiness: "it helps me a lot for the release notes", "he is alone
    # with the regression and it's a lot" ("it's a lot to ask" asks), "I think you're ready to run the
    # loop", "I'd expect a senior to do something about that"
    r"|\b(?:it|this|that)\s+(?:also\s+)?helps\s+(?:me|us|the\s+team)\b|\bit's\s+a\s+lot(?=\s*(?:[.!?,;]|$))"
    r"|\byou(?:'re|\s+are)\s+ready\s+(?:to|for)\b|\bI'd\s+expect\s+(?:a|an|any)\s+(?:senior|staff|lead|principal)\b"
    r"|\bis\s+everyone's\s+(?:job|responsibility|problem)\b|\b(?<!it\s)(?:is|are)\s+on\s+my\s+mind\b"
    r")"
)


def _outside(spans: list[Span], extents: list[tuple[int, int]]) -> list[Span]:
    """Spans not inside a task: "sort the on-call mess out" names the work, not why."""
    return [span for span in spans if not inside(span, extents)]


@memoised("no_ask")
def no_ask(doc: Doc) -> bool:
    """The writer says nothing is asked ("not asking you to do anything yet"): a problem it
    describes is news, not a reason for a task. The writer's own promise ("we'll share the
    postmortem when it's written") asks nothing of the reader."""
    return bool(doc.find(NO_ASK)) and not any(task.requested for task in requested_tasks(doc))


# "if anything is unclear", "what is confusing": a question or a condition, not a problem stated.
_NOT_STATED = re.compile(r"(?:anything|something|of\s+this|what|which|if\s+it)\s+$")


def _stated(doc: Doc, spans: list[Span]) -> list[Span]:
    view = doc.view("unquoted", cased=False)
    return [
        span for span in spans if not _NOT_STATED.search(view, max(0, span.start - 16), span.start)
    ]


def _in_a_phrase(doc: Doc, spans: list[Span]) -> list[Span]:
    """Spans that follow a word ("feeds our Q3 OKR"), not a comma or a list marker."""
    view = doc.view("unquoted", cased=False)
    return [
        span
        for span in spans
        if span.start >= 2 and re.match(r"\w\s", view[span.start - 2 : span.start])
    ]


# Someone who cannot go on without the work: "Analytics cannot make the yearly report without
# it", "Without this we cannot go live with the Lidl pilot". ("You can't merge without a review"
# is a rule for the person, not a why: see _blocked_without_it.)
_BLOCKED_WITHOUT_IT = rx(
    r"\b(?:cannot|can't|can\s+not|won't|will\s+not|couldn't|could\s+not)\s+(?:[\w-]+\s+){1,6}?without\s+"
    # (not a person: "I can't pull this off without you" asks for help, and names no goal)
    r"(?!(?:you|me|us|him|her)\b)(?:it|this|that|them|the\s+[\w-]+|[\w-]+)\b"
    # ("Without UAT sign-off we can't release before the freeze": a sign-off is the work's output)
    r"|\bwithout\s+(?:it|this|that|them|(?:the\s+|a\s+)?[\w-]+\s+sign-?off)[,\s]+(?:\w+\s+){1,3}?(?:cannot|can't|won't|will\s+not|"
    r"couldn't|could\s+not)\s+"
    r"\w+(?:\s+[\w-]+){0,6}"
)
_YOU_BEFORE = re.compile(r"\b(?:you|u)\s+$", re.IGNORECASE)


def _blocked_without_it(doc: Doc) -> list[Span]:
    return [
        span
        for span in doc.find(_BLOCKED_WITHOUT_IT)
        if not _YOU_BEFORE.search(doc.plain, max(0, span.start - 5), span.start)
    ]


# A question opened after a colon: a why stops there ("because it doesn't add up with how careful you
# usually are: what got in the way of writing tests on those tickets?" names no goal; the tickets are
# the question's).
_INTO_QUESTION = re.compile(
    r":\s*(?:what|how|why|who|when|where|which|can|could|would|do|does|did|is|are)\b", re.IGNORECASE
)


def _marked_reasons(doc: Doc) -> list[Span]:
    found = doc.find(MARKED_REASON)
    if not any(":" in span.text for span in found):
        return found
    view = doc.view("unquoted", cased=False)
    kept = []
    for span in found:
        cut = _INTO_QUESTION.search(span.text)
        if cut is None:
            kept.append(span)
        elif (match := MARKED_REASON.regex.search(view, span.start, span.start + cut.start())) and (
            shorter := doc.span(*match.span())
        ):
            kept.append(shorter)
    return kept


_TAG_QUESTION = re.compile(
    r",\s*(?:right|no|yeah|yes|correct|true|agreed|(?:is|are|was|were|does|do|did|will|would|has|have|can|could)"
    r"(?:n't|\s+not)\s+(?:it|they|we|you|he|she|that|there))\s*\?$",
    re.IGNORECASE,
)


def _not_asked_about(doc: Doc, spans: list[Span]) -> list[Span]:
    """Spans outside a question that asks for no work: "Are you worried about breaking billing?",
    "When you say breaking billing, what are you picturing?" ask about a stake; they give no why
    ("Could you fix it, since it's breaking billing?" asks for the work, and gives one)."""
    if "?" not in doc.plain:
        return spans
    asking = {task.sentence for task in requested_tasks(doc)}
    asking |= {doc.sentence_index(start) for start in request_leads(doc)}
    kept = []
    for span in spans:
        index = doc.sentence_index(span.start)
        end = doc.sentences[index][1] if doc.sentences else len(doc.plain)
        said = doc.plain[:end].rstrip(" \t\n\"'’”)")
        # (a tag question states its point: "It's blocking the June launch, isn't it?")
        if index in asking or not said.endswith("?") or _TAG_QUESTION.search(said):
            kept.append(span)
    return kept


# A complaint, a wait or a wish with nothing at stake named: "customers are complaining", "Users
# complain", "Client wants it looking sharp", "The beta customers asked for them". A vague why:
# what the complaint costs ("the top complaint in app-store reviews", "customers complain and
# two of them cancelled") is what makes one explicit.
_BARE_COMPLAINT = re.compile(
    r"(?:(?:the|our|some|many|all|a\s+lot\s+of|lots\s+of)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:customers?|users?|clients?|team|people|folks)(?:\s+on\s+the\s+[\w-]+\s+plan)?\s+"
    r"(?:are\s+|is\s+|keeps?\s+|have\s+been\s+|has\s+been\s+)?"
    r"(?:complain(?:s|ing|ed)?|wait(?:s|ing)?|wants?|ask(?:s|ing|ed)?\s+for(?:\s+(?:it|them|this|that))?)",
    re.IGNORECASE,
)
# What makes a complaint explicit, after it in its sentence: a number ("complaining that it takes
# 20 seconds", "asked for it 40 times"), what the complaint is about ("about double charges", not
# "about it") or what the wish is for ("wants it for the Acme deal", "before the audit").
_NAMES_ITS_STAKE = re.compile(
    r"[^.!?;\n]*?\d|\s+about\s+(?!(?:it|this|that|them|everything|things|stuff)\b)\w"
    r"|[^.!?;\n]*?\b(?:for|before|ahead\s+of|in\s+time\s+for)\s+(?:the|our|their|a|an|next|this|\w+'s)\s",
    re.IGNORECASE,
)
# ... or what it has cost, in its sentence ("... and the Acme renewal is at risk") or the next
# ("Users are complaining. Two of them cancelled last week.")
_WHAT_IT_COST = re.compile(
    r"\b(?:cancel\w*|churn\w*|left\s+(?:us|for)|leaving|lost|losing|refunds?|chargebacks?|escalat\w+|doubled|tripled|"
    r"threaten\w*|switch\w*\s+to|competitors?)\b",
    re.IGNORECASE,
)
_WHAT_IS_AT_STAKE = re.compile(
    r"\b(?:renewals?|revenue|deals?|contracts?)\b|\$\s?\d|\d\s*%", re.IGNORECASE
)
# (how many complain is a stake: "two enterprise customers asked for it"; "over the past two weeks
# customers have been complaining" counts weeks)
_COUNTED = re.compile(
    r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\s+"
    r"(?:of\s+)?(?:(?:our|the|their)\s+)?"
    r"(?:(?!(?:days?|weeks?|months?|years?|sprints?|hours?|quarters?|times)\b)[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _bare_complaints(doc: Doc) -> list[Span]:
    """The complaints that name nothing at stake, wherever the stake detectors found them."""
    # (read only when one can be there: the stake detectors it runs are the hot path's dearest)
    view = doc.view("unquoted", cased=False)
    if not any(verb in view for verb in ("complain", "wait", "want", "ask")):
        return []
    found = doc.find(GOAL_AT_STAKE) + doc.find(CONTEXT_STAKE) + stake_sentences(doc)
    bare = [
        span
        for span in found
        if _BARE_COMPLAINT.fullmatch(span.text.strip())
        and not _COUNTED.search(doc.plain, max(0, span.start - 40), span.start)
        and not _NAMES_ITS_STAKE.match(doc.plain, span.end)
    ]
    if not bare:
        return []
    kept = []
    for span in bare:
        index = doc.sentence_index(span.start)
        start, end = doc.sentence_bounds(span.start)
        following = doc.sentences[index + 1][1] if index + 1 < len(doc.sentences) else end
        around = doc.plain[start : span.start] + " " + doc.plain[span.end : end]
        if not (
            _WHAT_IS_AT_STAKE.search(around)
            or _WHAT_IT_COST.search(around + " " + doc.plain[end:following])
        ):
            kept.append(span)
    return kept


def _beyond(spans: list[Span], complaints: list[Span]) -> list[Span]:
    """Spans not within a bare complaint ("customers" in "customers are complaining")."""
    return [span for span in spans if not inside(span, [(c.start, c.end) for c in complaints])]


@memoised("tied_reasons")
def reasons_tied_to_goals(doc: Doc) -> list[Span]:
    """An explicit why tied to a team, customer or business goal."""
    # A goal inside the task itself ("email the customers affected by the outage") is
    # what to do, not why; a marked reason inside the task ("... so that the launch") counts.
    if no_ask(doc):
        return []
    tasks = task_extents(doc)
    complaints = _bare_complaints(doc)
    found = _marked_reasons(doc) + _not_asked_about(
        doc, _outside(doc.find(GOAL_AT_STAKE) + _blocked_without_it(doc), tasks)
    )
    if found := _beyond(found, complaints):
        return found
    # the why stated as context next to the ask (read only when no marked why was found)
    found = _not_asked_about(
        doc, _outside(doc.find(CONTEXT_STAKE) + _in_a_phrase(doc, doc.find(OKR)), tasks)
    )
    return _beyond(found or stake_sentences(doc), complaints)


@memoised("vague_reasons")
def vague_reasons(doc: Doc) -> list[Span]:
    """A vague why: "it's important", "so the team can understand"."""
    found = doc.find(VAGUE_REASON)
    # read only when it can decide the level: a why tied to a goal outranks a vague one
    if found or no_ask(doc) or reasons_tied_to_goals(doc):
        return found
    if found := _not_asked_about(doc, _outside(_bare_complaints(doc), task_extents(doc))):
        return found
    problems = _stated(doc, doc.find(CONTEXT_PROBLEM))
    view = doc.view("unquoted", cased=False)
    if (
        "escalated" in view or "complained" in view or "chased" in view
    ):  # a cased scan: only when it can match
        problems += doc.find(NAMED_PARTY_COMPLAINS)
    found = _outside(problems, task_extents(doc)) + doc.find(CONTEXT_OCCASION)
    return found or problem_sentences(doc)
