"""Achievable: is the task feasible, and with what time, resources or support?

`support_and_resources`: time set aside, people who will help, tools or
budget ("two days per sprint", "I'll shadow your first two interviews",
"Dana from QA will help triage"); `feasibility_checks`: the question put to
the person ("does March 31 feel realistic?"); `vague_feasibility`: "if you
have time", "whenever you get a chance", "should be quick".
"""

from __future__ import annotations

import re

from rehearse.scoring.detectors.feasibility_grants import (
    CHECK_MORE,
    GRANTED,
    GRANTED_BY_SOMEONE,
    VAGUE_MORE,
)
from rehearse.scoring.lexicon import (
    COUNT,
    MONTH,
    PERSON_NAME,
    RUNNING_A_MEETING,
    TOLD_THINGS,
    WEEKDAY_FULL,
)
from rehearse.scoring.result import Span
from rehearse.scoring.text import Doc, Folded, memoised, rx

_SUPPORT_VERBS = (
    r"(?:pair|shadow|review|cover|take|handle|help|block|clear|cleared|free\s+up|freed\s+up|book|"
    r"give\s+you|protect|unblock|talk\s+to|sit\s+with|back\s+you|get\s+you|set\s+you\s+up|"
    r"introduce\s+you|sponsor|make\s+time|sit\s+in|sit\s+in\s+on|move|moved|carve\s+out|walk\s+you|run\s+interference|"
    r"answer|be\s+your|join\s+you|take\s+over|dropped|drop|removed|remove|pushed\s+back|push\s+back|"
    r"ping|chase|nudge|email|call|ask|asked|talk\s+to|loop\s+in|brief|warn|pull\s+\w+\s+in|pull\s+in|bring\s+\w+\s+in|"
    r"bring\s+in|pulled|taken\s+you\s+off|take\s+you\s+off|do\s+a\s+(?:dry\s+run|rehearsal|review|walkthrough|practice\s+run)|"
    r"arranged|arrange|found|find|assigned|assign|lend|loan|budgeted|approved|approve|secured|got\s+you|"
    r"go\s+over|go\s+through|look\s+over|proofread|sit\s+with)"
)
SUPPORT = rx(
    r"(?:"
    rf"\b(?:{COUNT}|a|one|half\s+a|a\s+couple\s+of)\s+(?:full\s+)?(?:days?|hours?|afternoons?|mornings?|half-days?|"
    rf"evenings?|sprints?|weeks?)\s+(?:a|per|each|every|of\s+(?:each|every))\s+(?:week|sprint|month|day)\b"
    r"|\b\d{1,3}\s*%\s+of\s+(?:your|his|her|their|the\s+team's)\s+(?:time|capacity|sprint)"
    # ("I'd sit in on the first two", "I'd get you one of the contractors full-time"; "I'd ask
    # for", "I'd call it done" offer nothing)
    # (with the person as the one helped: "I'd clear the cache first" advises, "I'd help, but ..." declines)
    r"|\bI(?:'d|\s+would)\s+(?:also\s+|happily\s+|gladly\s+)?(?:sit\s+in|get\s+you|pair\s+with\s+you|shadow\s+you|"
    r"cover\s+(?:for\s+you|your)|help\s+(?:you|with\s+the)|back\s+you|join\s+you|take\s+(?:\w+\s+){1,3}?off\s+your|"
    r"free\s+up\s+your|clear\s+your|block\s+(?:out\s+)?(?:time|an?\s+(?:hour|afternoon|day)|your))\b(?![^.!?;]*\bbut\b)"
    rf"|\bI(?:'ll|\s+will|'m\s+going\s+to|\s+can|'d\s+be\s+happy\s+to|'m\s+happy\s+to|\s+am\s+happy\s+to|"
    rf"'ve|\s+have|\s+already|'ve\s+already|\s+have\s+already)\s+(?:also\s+|personally\s+|gladly\s+)?{_SUPPORT_VERBS}\b"
    # "I'll review the merge log in our Monday sync" follows progress; it does not help with the work
    r"(?!\s+(?:the\s+|our\s+|your\s+)?(?:merge\s+log|progress|status|numbers|metrics|dashboard|board|burndown|"
    r"results|count|trend)\b)"
    # ... and so do "I'll ask where it's at" and "which I'll go through at Monday's standup" ("I'll ask
    # Jo to help" is help); "I'll give you the final say" hands over a mandate, not resources
    r"(?!\s+(?:where|how|whether)\b)"
    r"(?!\s+(?:(?:it|them|this|that|these|those)\s+)?(?:at|in|during)\s+[^.!?;\n]{0,25}?\b(?:standups?|stand-ups?|"
    r"syncs?|retros?|1:1s?|one-on-ones?|reviews?)\b)"
    r"(?!\s+(?:the\s+)?(?:final\s+say|say|authority|mandate|veto)\b)"
    # ... and "I'll give you the straight version" tells them something
    rf"(?!(?<=give\syou)\s+(?:the|an?|my|some)\s+(?:[\w-]+\s+)?{TOLD_THINGS}\b)"
    r"|\b(?:has|have)\s+(?:already\s+)?offered\s+to\s+(?:help|pair|review|support|walk|mentor)\b"
    r"|\b(?:and|who)\s+(?:can|will|could|is\s+happy\s+to|has\s+offered\s+to|offered\s+to|agreed\s+to)\s+"
    r"(?:help|pair|review|support|walk\s+you|answer|mentor|coach)\b"
    r"|\b(?:has|have|'ve|'s)\s+(?:already\s+)?(?:booked|blocked|reserved|set\s+aside|allocated|freed\s+up|cleared|"
    r"approved|budgeted)\s+(?:\w+\s+){0,3}?(?:time|hours|days|budget|capacity|headcount|slots?|for\s+you)\b"
    r"|\bcan\s+walk\s+you\s+through\b"
    # help offered as a question: "would it help to pair with Mei?", "how about pairing with Mei?"
    r"|\bwould\s+it\s+help\s+(?:you\s+)?(?:to\s+(?:pair|work|sit)\s+with|to\s+have|if\s+(?:I|we|[\w-]+)\s+"
    r"(?:paired|sat|helped|reviewed|covered|shadowed|took|walked\s+you|gave\s+you|blocked|freed\s+up|moved))\b"
    r"[^.!?;,\n]{0,60}"
    r"|\b(?:how|what)\s+about\s+(?:pairing|sitting)\s+with\b"
    rf"|\byou(?:'ll|\s+will)\s+have\s+(?:access|budget|help|support|the\s+(?:time|budget|support|help|"
    rf"whole|full|rest)|{COUNT}|dedicated|my|our|a\s+(?:budget|contractor|pair|buddy|mentor))"
    r"|\byou\s+can\s+(?:use|borrow|reuse|lean\s+on|ask|pull\s+in|pull\s+\w+\s+in|grab|expense)\b"
    # a resource handed over: "Use the spare Mac minis in the rack", "using our template"
    r"|(?:^|(?<=[.!?;]\s))(?:use|borrow|reuse|start\s+from|build\s+on)\s+(?:\w+'s|the|our|my|last\s+\w+'s)\s+[\w-]+"
    r"|\busing\s+(?:our|the|my|\w+'s)\s+(?:existing\s+|standard\s+|usual\s+)?(?:template|runbook|script|notes|tooling|"
    r"harness|playbook|checklist|framework)\b"
    r"|\b(?:it's|they're|it\s+is|they\s+are)\s+(?:all\s+)?yours\s+(?:until|till|for|to\s+(?:use|keep))\b|\bthey're\s+(?:all\s+)?yours\b"
    # people or budget put on the task: "Two engineers from the platform team are assigned to it"
    # ("all code reviews assigned to you are completed" is the task's own work)
    r"|\b(?:assigned|allocated|dedicated|seconded|loaned|lent)\s+to\s+(?:it|this|you)\b(?!\s+(?:are|is|must|should|will)\b)"
    rf"|\b(?:block|book|grab|set\s+aside)\s+(?:out\s+)?(?:an?|one|some|{COUNT})\s+(?:hours?|afternoons?|mornings?|days?|time|slot)\s+with\b"
    rf"|\byou(?:\s+can|\s+could|'ll|\s+will|'d|\s+would)\s+have\s+(?:(?:{WEEKDAY_FULL})s|(?:the\s+)?(?:mornings|afternoons)|"
    rf"(?:{COUNT}|a)\s+(?:days?|hours?|weeks?)|my|our)"
    r"|\b(?:take|taking|took)\s+(?:\w+\s+){1,4}?off\s+your\s+plate\b"
    r"|\b(?:taking|taken|take|took)\s+you\s+off\s+(?:the\s+|your\s+)?\w+"
    # the time freed said as a fact: "You're off billing on-call for March"
    r"|\byou(?:'re|\s+are|'ll\s+be|\s+will\s+be)\s+off\s+(?:the\s+|your\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:on-call|on\s+call|rotation|pager|support\s+duty|interrupts?|triage)\b"
    r"|\b(?:half|third|quarter)\s+of\s+(?:\w+'s|your|his|her|their|each|every)\s+(?:time|week|sprint|capacity)\b"
    r"|\b(?:happy|glad)\s+to\s+(?:pull|bring|loop|give|lend|pair|review|help|support|cover|free\s+(?:\w+\s+)?up)\b"
    # "I'll join the first week and back you up if he runs over" (not "I can't back you up")
    r"|(?<!n't\s)(?<!not\s)\bback\s+you\s+up\b"
    # the speaker doing the work with them: "could you draft the cut list with me", "with my help"
    # ("share it with me", "check in with me" hand over or report: no help with the work)
    r"|\b(?:pair|work|draft|write|plan|prepare|build|design|scope|go\s+through|walk\s+through|put\s+together|"
    r"sketch|map\s+out|outline|figure\s+out|review|rehearse|run)\s+(?:[\w'-]+\s+){0,5}?with\s+(?:me|my\s+help)\b"
    rf"|\bhave\s+(?:the\s+next\s+)?(?:{COUNT}|a)\s+(?:days?|weeks?|sprints?)\s+(?:with\s+no|free|clear|dedicated|without|off)\b"
    r"|\b(?:swap|trade|cover|take)\s+your\s+(?:[\w-]+\s+)?(?:week|shift|rotation|slot|duty|duties|rota)\b"
    r"|\b(?:feel\s+free\s+to|you\s+can)\s+(?:drop|park|pause|skip|deprioriti[sz]e|push\s+back|hand\s+off)\b"
    r"|\bmake\s+(?:room|space)\b|\bso\s+you\s+have\s+(?:room|time|space|the\s+time)\b"
    rf"|(?:^|(?<=[.!?;]\s))take\s+(?:a|an|the\s+next|the|{COUNT}|a\s+couple\s+of)\s+(?:full\s+)?(?:days?|weeks?|sprints?|afternoons?)\b"
    # other work taken away: "I'm cancelling your sprint demos", "I remove the two small tickets from you"
    r"|\bI(?:'m|\s+am|'ll|\s+will|'ve|\s+have)\s+(?:cancel+ing|cancel+ed|cancel|dropping|dropped|pausing|paused|"
    r"moving|moved)\s+your\s+(?:[\w-]+\s+){0,2}?(?:demos?|meetings?|tickets?|tasks?|stories|work|duties|rotation|shifts?)\b"
    r"|\bI\s+(?:remove|take|move)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:tickets?|tasks?|stories|work|items?)\s+(?:from|off)\s+you\b"
    # a resource offered on request, by its name: "If you need more Spark cluster, tell me" ("if you
    # need anything, tell me" names none)
    r"|\bif\s+you\s+need\s+more\s+(?!time\b|help\b)[\w-]+(?:\s+[\w-]+)?,?\s+(?:just\s+)?(?:tell|ask|ping|let)\s+me\b"
    # coaching as they go: "I give you feedback after the first one"
    r"|\bI(?:'ll|\s+will|\s+can)?\s+give\s+you\s+feedback\s+(?:after|on)\s+(?:each|every|the|your)\b"
    # ("the error budget for search" is a reliability target, not money for the work)
    r"|\b(?:(?<!error\s)budget|headcount|a\s+contractor|extra\s+capacity)\s+(?:for|is\s+approved|approved)\b"
    r")"
)
# Help from a named person ("Dana from QA will help triage"): names need case.
# Help from a named person, one scan over the capitalised words: "Dana from QA will help triage",
# "Kofi's yours for the week", "Ingrid has the benchmark harness".
SUPPORT_FROM_SOMEONE = rx(
    rf"\b(?:ask|pair\s+with|lean\s+on|talk\s+to|grab|ping|loop\s+in)\s+{PERSON_NAME}\b[^.!?;\n]{{0,40}}?\bif\s+you\b"
    # one scan over the capitalised words: "Ines on mobile QA can reproduce it for you",
    # "Kai from DevRel will edit", "Mei knows the upstream job if you need her", ...
    rf"|\b{PERSON_NAME}(?:(?:\s+and\s+{PERSON_NAME})?\s+(?:(?:from|on|in)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?(?:will|can|'ll|is\s+going\s+to)\s+"
    r"[^.!?;\n]{1,60}?\bfor\s+(?:you|whoever)\b"
    r"|\s+from\s+(?:the\s+)?[\w-]+(?:\s+team)?\s+(?:will|'ll|can|is\s+going\s+to)\s+[a-z]+"
    r"|\s+(?:knows|has|wrote|built|owns|ran|did)\b[^.!?;\n]{0,60}?\bif\s+you\s+(?:need|get\s+stuck|have\s+questions|hit|run\s+into)\b"
    # pairing said as the plan: "Lena pairs with you", "Mei pairs with you on tests twice a week"
    r"|\s+pairs\s+with\s+you\b"
    # ("Mei, who writes the team's best tests, has offered to pair": the name with a clause about them)
    rf"|(?:\s+and\s+{PERSON_NAME})?(?:,\s+who\s+[^,.!?;\n]{{1,60}},)?(?:(?:\s+(?:from|on|in)\s+(?:the\s+)?[\w-]+(?:\s+team)?)?\s+(?:will|can|could|has\s+offered\s+(?:\w+\s+){{0,3}}?to|"
    r"offered\s+to|is\s+going\s+to|agreed\s+to|is\s+happy\s+to|has\s+agreed\s+to|'ll|is\s+available\s+to)\s+"
    # (not a refusal: "Mei will not pair with you", "Mei will review nothing this sprint")
    r"(?:(?!not\b|never\b|you\b)\w+\s+)?(?:help|pair|review|support|walk\s+you|triage|assist|mentor|answer|show\s+you|shadow|cover|sit\s+in|"
    r"take|back\s+you|coach|guide|give\s+you|get\s+you|grant\s+you|set\s+you\s+up|onboard\s+you)\b"
    r"(?!\s+(?:nothing|nobody|no\s+one|none)\b)"
    # ("You're right that Tomasz can take over": with nothing taken, it is the room he takes)
    r"(?!(?<=take)\s+over\s*(?:[,.;!?]|$|and\b))"
    # ("Maja from Security has the material": quoted from her name, not from "Security")
    r"|(?:'s|\s+is)\s+(?:all\s+)?yours\b|(?:\s+(?:from|on|in)\s+(?:the\s+)?[\w-]+(?:\s+team)?)?\s+has\s+(?:the|a|an|some|all\s+the)\s+[\w-]+(?:\s+[\w-]+)?"
    # ("Maja from Security has the material and will co-present")
    r"(?=\s*(?:[.;]|$|,\s*(?:so|and|if)\b|\s+you\s+can\b|\s+if\s+you\b|\s+and\s+(?:will|can|'ll)\s+(?:help|pair|co-present|present|review|walk\s+you|show\s+you|support)\b))))"
    rf"|\bwith\s+{PERSON_NAME}\s+(?:pairing|helping|reviewing|supporting|shadowing|backing\s+you)\b"
    rf"|\byou(?:\s+can|\s+could|'ll|\s+will)\s+have\s+{PERSON_NAME}\b"
    # "You have Pablo for the CSS work", "if you need Luis for the multi-stage build, just grab him"
    rf"|\byou\s+have\s+{PERSON_NAME}\s+(?:for|on)\b|\bif\s+you\s+need\s+{PERSON_NAME}\s+(?:for|on)\b"
    # a helper named by role, then by name: "Your mentor, Fatima, will sit in on the first three"
    # ("Olivia, could Legal review it?" asks Olivia)
    rf"|\byour\s+(?:[\w-]+\s+)?(?:mentor|buddy|coach|reviewer),\s+{PERSON_NAME},\s+(?:will|can|'ll|is\s+going\s+to)\b"
)
FEASIBILITY_CHECK = rx(
    r"(?:"
    r"\b(?!would\s+it\s+be\s+(?:at\s+all\s+)?possible\s+(?:for|to)\b)(?:does|do|is|would|will|can|could|are)\s+[^.!?\n]{0,60}?\b(?:realistic|doable|feasible|achievable|"
    r"reasonable|manageable|possible|enough\s+time|too\s+much|too\s+tight|(?:feel|seem|sound)\s+like\s+(?:the\s+)?"
    r"(?:right|a\s+fair|a\s+reasonable|a\s+good)\s+\w+)\b[^.!?\n]{0,100}\?"
    rf"|\b(?:{COUNT}|a|one)\s+(?:days?|weeks?|months?|sprints?)\s+(?:feel|feels|seem|seems|sound|sounds)\s+"
    r"(?:realistic|ok|okay|doable|reasonable|enough|right)\b"
    r"|\b(?:feel|feels|seem|seems|sound|sounds)\s+(?:realistic|doable|feasible|reasonable|manageable)\s*\?"
    r"|\bwhat\s+(?:else\s+)?(?:do|would|will)\s+you\s+need\b|\bwhat\s+support\b|\bwhat\s+help\s+(?:do|would)\s+you\b"
    r"|\bhow\s+much\s+(?:time|help|support)\s+(?:do|would|will)\s+you\b|\bwhat(?:'s|\s+is)\s+realistic\b"
    r"|\bwhat\s+would\s+(?:make\s+(?:this|it)\s+(?:doable|feasible|possible|easier)|you\s+need)\b"
    # "What would it take to get the service out of PCI scope?", "let's use that slot to figure
    # out scope and what you'd need from me"
    # ("What would it take for planning to finish on time?" asks for ideas; "... for you to get on
    # board?", "... to feel okay about this?" ask for consent, not what the work needs)
    r"|\bwhat\s+would\s+it\s+take(?:\s+for\s+you)?\s+to\s+(?!(?:get|be)\s+on\s+board\b|feel\s+(?:okay|ok|good|better|fine|"
    r"comfortable|happy)\b|agree\b|trust\b|accept\b|buy\s+in\b|say\s+yes\b|convince\b|persuade\b|make\s+(?:this|it)\s+fun\b)"
    r"|\bwhat\s+you(?:'d|\s+would)\s+need\s+from\s+(?:me|us)\b"
    # the date weighed against their other work: "does Friday work with the on-call week you've got?"
    rf"|\bdoes\s+(?:{WEEKDAY_FULL}|{MONTH}\s+\d{{1,2}}|the\s+(?:date|deadline|timeline|plan)|end\s+of\s+(?:the\s+)?\w+)\s+"
    r"(?:still\s+)?work\s+(?:with|around|alongside|for\s+you)\b"
    # the scope that makes the date asked of them: "What would you change or drop to hit May 24?",
    # "what do you think we should cut or change so we can deliver May 24 in a safe way?"
    r"|\bwhat\s+(?:else\s+)?(?:would|should|could|do\s+you\s+think)\s+(?:you|we)\s+(?:should\s+|need\s+to\s+)?"
    r"(?:change|drop|cut|move|descope|trade)\b[^.!?\n]{0,30}?\b(?:to|so\s+(?:that\s+)?(?:you|we)\s+can)\s+"
    rf"(?:hit|meet|land|deliver|ship|get\s+to|make\s+(?:the\s+(?:date|deadline)\b|{MONTH}\s+\d|(?:it|that)"
    r"(?=\s+(?:by|in|on|before)\b|\s*\?)))[^.!?\n]{0,60}\?"
    r"|\b(?:anything|what(?:'s|\s+is))\s+(?:blocking|in\s+the\s+way|stopping)\b[^.!?\n]{0,40}\?"
    r"|\bdo\s+you\s+have\s+(?:the\s+)?(?:bandwidth|capacity|time|room)\b"
    r"|\bdo\s+you\s+need\s+(?:\w+'s\s+|any\s+|more\s+|extra\s+|some\s+|a\s+)?(?:time|help|support|budget|access|capacity|hands|people|pair)\b"
    r"|\bdo\s+you\s+need\s+(?:somebody|someone|anybody|anyone)\s+(?:from|to\s+help|on)\b"
    r"|\b(?:is|does)\s+(?:that|this|it)\s+(?:sound\s+)?(?:workable|manageable|doable|feasible|realistic)\b"
    r"|\bcan\s+you\s+(?:spare|commit|find|free\s+up|make)\s+(?:\w+\s+){0,3}?(?:hours?|days?|time|afternoons?)\b"
    r"|\bhow\s+does\s+(?:that|this|it)\s+fit\s+(?:with|into|around)\b"
    r")"
)
VAGUE_FEASIBILITY = rx(
    r"(?:"
    # ("when u get a sec", "when they get a sec", "if you've got some slack")
    r"\b(?:if|when|whenever|once)\s+(?:you|u|they|anyone|someone|somebody|the\s+team|we|people|everyone|folks)(?:'ve|\s+have|"
    r"\s+has|\s+get|\s+find|'ve\s+got|\s+have\s+got|\s+got|'s\s+got)\s+(?:the\s+|some\s+|any\s+|a\s+bit\s+of\s+|enough\s+|more\s+)?(?:spare\s+|free\s+)?"
    # ("when people get the chance", "when someone's got a spare moment")
    r"(?:time|cycles|capacity|bandwidth|headspace|head\s+space|room|space|chance|slack|"
    r"a\s+(?:spare\s+|free\s+|quiet\s+)?(?:chance|moment|minute|sec|gap))\b"
    r"|\bif\s+(?:it|this|that)\s+fits\b|\bwhenever\s+you\s+can\b"
    r"|\bwhen(?:ever)?\s+you\s+(?:get|have|find)\s+(?:a\s+|the\s+|some\s+)?(?:spare\s+|free\s+|quiet\s+)?"
    r"(?:chance|moment|minute|sec|time|cycles)\b"
    r"|\bwhen(?:ever)?\s+you(?:'re|\s+are)\s+(?:free|less\s+busy|done\s+with|settled)\b|\bwhen\s+you\s+can\b"
    # time left to chance: "If there's time before the freeze", "if you could find some time",
    # "whenever the sprint lets up", "by next Friday if that's doable"
    r"|\bif\s+there(?:'s|\s+is)\s+(?:any\s+|some\s+)?time\b|\bif\s+you\s+(?:could|can)\s+find\s+(?:some\s+|the\s+)?time\b"
    r"|\bwhen(?:ever)?\s+(?:the\s+)?(?:sprint|things|work)\s+(?:lets|calms|quiets|slows)\s+(?:up|down)\b"
    r"|\bif\s+(?:that's|that\s+is|it's|it\s+is)\s+(?:doable|feasible)\s*[.!]"
    # help on call with none named: "page me if it goes sideways", "holler if you need anything",
    # "WhatsApp me if stuck" ("tell me if March 14 looks unrealistic" checks the plan)
    r"|\b(?:page|whatsapp|text|call|ping)\s+me\s+if\s+(?:you(?:'re|\s+are|\s+get)\s+)?(?:stuck|blocked|it\s+goes\s+sideways)\b"
    r"|\bholler\s+if\b"
    r"|\bif\s+you\s+can\b|\bif\s+possible\b|\bif\s+it's\s+not\s+too\s+much\b"
    # willingness asked, nothing offered: "if you're up for it", "No pressure, think about it."
    # (a bare "no pressure" in a ramble asks nothing)
    r"|\bif\s+you(?:'re|\s+are)\s+up\s+for\s+it\b|\bno\s+pressure,?\s+(?:just\s+)?(?:think\s+about\s+it|have\s+a\s+think|"
    r"take\s+your\s+time|sleep\s+on\s+it)\b"
    r"|\bshould(?:n't)?\s+be\s+(?:easy|quick|simple|straightforward|trivial|a\s+quick\s+\w+|no\s+problem)\b"
    r"|\b(?:shouldn't|should\s+not|won't|will\s+not|doesn't|does\s+not)\s+take\s+(?:long|much|more\s+than\s+(?:an?\s+)?"
    r"(?:few|couple|hour|afternoon|morning|day|half-day|week|sprint)|over\s+an?\s+(?:hour|day|afternoon))\b"
    r"|\bI'm\s+sure\s+you(?:'ll|\s+can|\s+will)\s+(?:handle|manage|figure|do|nail|crush|squeeze|fit|find)\b"
    r"|\b(?:it's|it\s+is|should\s+be|it'll\s+be)\s+(?:just|only)\s+(?:a\s+few|a\s+couple\s+of)\s+(?:hours|minutes|days)\b"
    r"|\btry\s+to\s+find\s+(?:you\s+)?(?:some\s+)?(?:help|time|someone)\b|\bshout\s+if\s+you\s+(?:get\s+stuck|need)\b"
    r"|\bfit\s+(?:it|this)\s+(?:in|around)\b"
    r"|\blet\s+me\s+know\s+if\s+you\s+need\s+(?:anything|help|something|support|me)\b"
    r"|\blet\s+me\s+know\s+if\s+there(?:'s|\s+is)\s+anything\s+you\s+need\b"
    # spare time asked of whoever can give it: "If anyone can spare some time"
    r"|\bif\s+(?:you|anyone|someone|somebody|people)\s+(?:can|could)\s+spare\b"
    # support promised with none named: "whatever reasonable support you require"
    r"|\b(?:whatever|any)\s+(?:reasonable\s+|additional\s+|further\s+)?(?:support|help|resources)\s+(?:you\s+)?(?:require|need)\b"
    # a refusal allowed, nothing resolved: "Grand if not", "Totally understand if not" ("if not,
    # escalate" is a fallback for the work)
    r"|\b(?:grand|fine|ok|okay|no\s+worries|no\s+problem|understand|don't\s+worry)\s+if\s+not\b"
    # the bar lowered, no help named: "even if it's rough", "Not a big deal if the repo isn't perfect"
    r"|\beven\s+if\s+it's\s+(?:rough|messy|ugly|scrappy|not\s+(?:perfect|polished|finished))\b"
    r"|\bnot\s+a\s+big\s+deal\s+if\b|\b(?:doesn't|does\s+not|don't|do\s+not)\s+(?:have|need)\s+to\s+be\s+"
    r"(?:perfect|polished|pretty)\b"
    r"|\b(?:I(?:'m|'ll\s+be|\s+am)|im)\s+(?:around|here|available)\s+(?:if|for)\b"
    r"|\bwhen\s+things\s+(?:calm|slow|quiet)\s+down\b|\bon\s+the\s+side\b|\btry\s+to\s+fit\s+(?:it|this)\s+in\b"
    r"|\bif\s+it\s+(?:turns\s+out\s+to\s+be|gets|is|looks|seems)\s+(?:too\s+|really\s+|a\s+bit\s+)?(?:hairy|harder|bigger|tricky|"
    r"too\s+much|messy|complicated|gnarly|hard)\b"
    r"|\b(?:totally\s+|completely\s+)?optional\b|\bif\s+your\s+plate(?:'s|\s+is)\s+(?:full|too\s+full)\b"
    r"|\bif\s+you(?:'re|\s+are)\s+(?:too\s+)?(?:busy|swamped|slammed|stretched)\b"
    r"|\bI\s+(?:realise|realize|know)\s+(?:it's|this\s+is|that's|it\s+is)\s+(?:a\s+bit\s+|quite\s+|pretty\s+)?(?:tight|a\s+lot|"
    r"ambitious|a\s+stretch|aggressive)\b"
    r")"
)


# An offer that names no kind of help: "I'm happy to help however I can", "I'll support you
# however you need", "You'll have my full support." ("I'll support you in the first two
# interviews" names when, "You'll have my time on Fridays" what)
_ANY_HELP = re.compile(
    r"\s*(?:[\w']+\s+){0,2}?(?:however|wherever|any\s+way|in\s+any\s+way|where\s+I\s+can)\b"
    r"|\s+(?:full\s+|complete\s+|total\s+)?(?:support|backing)\s*(?:[.!]|$)",
    re.IGNORECASE,
)


# A named person there to help, or sharing the work: "Bogdan's around till the 20th for
# questions", "Can you do it together with Selin?", "Can you and Jamal split those?", "coordinate
# with Rania from DBA team for the capacity numbers". (Apart from SUPPORT and read only when its
# words are there: a pattern led by a capital cannot be looked up by its first word.)
_NAMED_HELPER = re.compile(
    r"\b(?-i:[A-Z][a-z]+)(?:'s|\s+is|\s+will\s+be)\s+around\s+(?:till|until|for|to\s+help|if|this|next)\b"
    # (asked: "I went to the concert together with Selin", "You and Sam split the bill" tell)
    r"|\b(?:do|fix|build|own|handle|take|run|finish|migrate|write)\s+(?:it\s+|this\s+|that\s+)?together\s+with\s+"
    r"(?-i:[A-Z][a-z]+)\b"
    r"|(?:(?<=\bcan\s)|(?<=\bcould\s)|(?<=\bwould\s)|(?<=\bwill\s))you\s+and\s+(?-i:[A-Z][a-z]+)\s+"
    r"(?:split|share|divide|pair\s+on|take)\b"
    r"|\bcoordinate\s+with\s+(?-i:[A-Z][a-z]+)\s+(?:from|in|on)\s+(?:the\s+)?[\w-]+(?:\s+team)?\s+for\b",
    re.IGNORECASE,
)
_NAMED_HELPER_WORDS = (" around ", "together with", "you and ", "coordinate with")


def _named_helpers(doc: Doc) -> list[Span]:
    view = doc.view("unquoted", cased=False)
    if not any(words in view for words in _NAMED_HELPER_WORDS):
        return []
    found = (doc.span(*match.span()) for match in _NAMED_HELPER.finditer(doc.unquoted))
    return [span for span in found if span is not None]


@memoised("offers")  # (read twice: by `support_and_resources` and `vague_feasibility`)
def _offers(doc: Doc) -> tuple[list[Span], list[Span]]:
    """Support named for the task, and offers of help that name none."""
    found = (
        doc.find(SUPPORT)
        + doc.find(SUPPORT_FROM_SOMEONE)
        + doc.find(GRANTED)
        + doc.find(GRANTED_BY_SOMEONE)
        + _named_helpers(doc)
    )
    named: list[Span] = []
    any_help: list[Span] = []
    for span in found:
        if _NOT_TIME_GIVEN.search_view(doc, "unquoted", max(0, span.start - 48), span.start) and (
            _PER_PERIOD.fullmatch(span.text)
        ):
            continue
        (any_help if _ANY_HELP.match(doc.unquoted, span.end) else named).append(span)
    return named, any_help


# "two days per sprint" is time given to the work, but in "run the standup three mornings a
# week" (or "I can't run it three mornings a week anymore") it is how often an event happens; in
# "I'm in quarterly planning three mornings a week" the speaker's own calendar; in "it saves
# on-call about two hours a week" what the work is worth.
_PER_PERIOD = re.compile(
    r"\S+(?:\s+\S+){0,2}?\s+(?:full\s+)?(?:days?|hours?|afternoons?|mornings?|half-days?|evenings?|"
    r"sprints?|weeks?)\s+(?:a|per|each|every|of\s+(?:each|every))\s+(?:week|sprint|month|day)",
    re.IGNORECASE,
)
_NOT_TIME_GIVEN = Folded(
    # ("run the 9:45 standup three mornings a week": its time is part of its name)
    rf"\b(?:{RUNNING_A_MEETING}|hold|holds|holding|attend|attends|attending)\s+(?:it|them|the\s+(?:[\w:.-]+\s+){{0,2}}?"
    r"(?:standups?|stand-ups?|syncs?|meetings?|retros?|calls?|sessions?|reviews?|check-ins?))\s+$"
    r"|\b(?:I'm|I\s+am|I'll\s+be|I\s+will\s+be|we're|we\s+are)\s+(?:now\s+)?(?:in|at|stuck\s+in)\s+"
    # ("I'm stuck in quarterly planning at 9:30 three days a week")
    r"(?:[\w-]+\s+){1,3}(?:at\s+\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?\s+)?$"
    # ("I can't do three mornings a week anymore": the speaker's own time, given up)
    r"|\b(?:I|we)\s+(?:can't|cannot|can\s+no\s+longer|won't\s+be\s+able\s+to|couldn't)\s+(?:do|make|manage|cover|keep\s+doing)"
    r"\s+(?:it\s+|that\s+|them\s+)?$"
    r"|\b(?:saves?|saving|costs?|costing|wastes?|wasting|loses?|losing)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:(?:about|around|roughly|nearly|almost|over|up\s+to)\s+)?$",
)


@memoised("support")
def support_and_resources(doc: Doc) -> list[Span]:
    """Time, people, tools or budget named for the task."""
    return _offers(doc)[0]


# "can we keep turnaround reasonable?" asks for a quality of the result, not whether the plan is feasible.
_TARGET_QUALITY = rx(
    r"\b(?:keep|keeping|stay|staying|remain|make)\b[^.!?\n]{0,40}?\b(?:reasonable|manageable)\b"
)


@memoised("feasibility_checks")
def feasibility_checks(doc: Doc) -> list[Span]:
    """Feasibility explicitly checked with the person."""
    asked = [span for span in doc.find(FEASIBILITY_CHECK) if not _TARGET_QUALITY.search(span.text)]
    return asked + doc.find(CHECK_MORE)


@memoised("vague_feasibility")
def vague_feasibility(doc: Doc) -> list[Span]:
    """Feasibility touched vaguely: "if you have time", "should be quick"."""
    return _offers(doc)[1] + doc.find(VAGUE_FEASIBILITY) + doc.find(VAGUE_MORE)
