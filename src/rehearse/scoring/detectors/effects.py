"""Impact: the effect of the behaviour on the speaker, on people, or on the work.

`concrete_effects`: delay, rework, breakage, confusion, someone went quiet,
a customer waited, "I had to answer without the numbers", "I felt
embarrassed in front of their CTO". `vague_effects`: "which wasn't great",
"it's hurting the team", and bare feelings ("I feel frustrated").
"""

from __future__ import annotations

import re

from rehearse.scoring.lexicon import COUNT, TIME_UNIT
from rehearse.scoring.result import Span
from rehearse.scoring.text import Doc, memoised, rx

_NOT_YOU = r"(?<!\byou\s)(?<!\byou've\s)"  # use after a \b, which fails fast
_AMOUNT = (
    rf"(?:(?:about|almost|nearly|over|more\s+than|an\s+extra|another|a\s+full|the\s+whole|"
    rf"the\s+entire|the\s+rest\s+of\s+the|half\s+(?:an?|the)?|a|an|{COUNT})\s+){{1,3}}"
)
CONCRETE_EFFECT = rx(
    r"(?:"
    # lost or spent time
    rf"\b(?:lost|wasted|spent|spend|cost|costs|burned|burnt|added|took|takes|sat|waited|stayed|worked)\s+(?:\w+\s+){{0,4}}?{_AMOUNT}"
    r"(?:(?:full|whole|extra|entire|more|working|straight)\s+)?"
    # ("cost us about 60,000": the whole sum, not "cost us about 60")
    rf"(?:{TIME_UNIT}|morning|afternoon|evening|night|day|weekend|hour|refunds?|customers?|tickets?|orders?|"
    r"\$?\d+(?:,\d{3})*k?)\b"
    r"|\b(?:spent|spend|lost|gave\s+up|worked)\s+(?:his|her|their|my|our|the|a|an|all|most\s+of)\s+(?:whole\s+|entire\s+)?"
    r"(?:weekend|saturday|sunday|evening|night|holiday|vacation|day\s+off|morning|afternoon|lunch)\b"
    # a sum lost: "it cost us $60,000", "lost about 60k in orders" (not a running cost: "ELK costs
    # us $9k a month", "the VMs cost $2k a month")
    r"|\b(?:cost|lost|wasted)\s+(?:us\s+|them\s+|the\s+company\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+)?"
    # (possessive: a sum is read whole before the rate after it is looked for)
    r"(?:[$€£]\d++(?:,\d{3})*+(?:\.\d+)?+[km]?+|\d++(?:\.\d+)?+\s?[km]\b|\d++(?:,\d{3})*+(?:\.\d+)?+\s*+(?:[$€£]|dollars|euros|pounds))"
    r"(?!\s*(?:a|an|per|each|every)\s+(?:month|year|week|day|quarter|hour|seat|user)\b|\s*/)"
    # ... or a thing lost: "cutting Priya off cost us her proposal" (not "cost us a lot")
    r"|\bcost\s+(?:us|me|the\s+team|them|her|him)\s+(?:her|his|their|our|the|my|its)\s+(?:[\w-]+\s+)?"
    r"(?:proposal|idea|ideas|input|trust|deal|contract|customer|client|launch|release|slot|date|weekend|bonus|"
    r"renewal|demo|sprint|place|chance|credibility|goodwill)\b"
    rf"|\b(?:waited|blocked|stuck)\s+(?:for\s+)?(?:more\s+than\s+|over\s+|almost\s+)?{COUNT}\s+{TIME_UNIT}"
    r"|\b(?:lost|wasted|spent|burned|burnt)\s+(?:\w+\s+){0,2}?(?:extra|additional)\s+"
    rf"(?:time|effort|cycles|{TIME_UNIT})\b"
    # less delivered than planned: "we delivered 8 points less than planned", "only shipped 3 of the 8"
    r"|\b(?:delivered|shipped|completed|closed|finished)\s+(?:\w+\s+){0,3}?(?:less|fewer)\s+than\s+"
    r"(?:planned|committed|promised|expected|forecast|we\s+(?:planned|committed|promised))\b"
    rf"|\bonly\s+(?:delivered|shipped|completed|closed|finished)\s+{COUNT}\s+(?:of|out\s+of)\b"
    # "landed 3 and then 5 points against the 8 you planned"
    rf"|\b(?:delivered|shipped|completed|closed|finished|landed)\s+{COUNT}(?:\s+and\s+(?:then\s+)?{COUNT})?\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:instead\s+of|rather\s+than|out\s+of|against)\s+(?:the\s+)?{COUNT}\b"
    # "we delivered 3 of your 8 points in sprint 22": the points were the plan
    # (not all of them: "delivered 8 of your 8 points", see `_ALL_DELIVERED`)
    rf"|\b(?:delivered|shipped|completed|landed|finished)\s+(?:only\s+)?{COUNT}\s+(?:of|out\s+of)\s+"
    rf"(?:your|our|the|their|his|her)\s+{COUNT}\s+(?:story\s+)?points\b"
    rf"|\bcommitted\s+(?:to\s+)?{COUNT}\s+(?:[\w-]+\s+){{0,4}}?(?:and|but)\s+(?:only\s+)?delivered\s+{COUNT}"
    rf"(?:\s+and\s+{COUNT})?"
    # schedule slips
    r"|\b(?:slipped|slips|delayed|pushed\s+back|set\s+(?:us\s+)?back|postponed|missed\s+(?:the|their|our)\s+\w+|"
    r"ran\s+(?:\w+\s+){0,2}over|run\s+(?:\w+\s+){0,2}over|blocked\s+(?:the|our|their|us)|"
    r"held\s+up|pushes\s+back)\b"
    # ("pushed out a hotfix" shipped it)
    r"|\b(?:pushed|pushes|pushing)\s+out\s+(?:\w+\s+){0,4}?(?:commitments?|deadlines?|dates?|launch|"
    r"milestones?|timelines?|go-live)\b"
    # rework
    # ("what anyone else has to say" is their view, not rework: "has to say it twice" is)
    # ("I did what I had to do" says nothing of what it cost)
    rf"|\b{_NOT_YOU}(?<!\bwhat\sI\s)(?<!\bwhat\swe\s)(?:had|has)\s+to\s+(?!be\b|say\s*(?:[.!?,;)]|$))\w+"
    r"|\b(?:roll(?:ed|ing)?|back(?:ed|ing))\s+(?:it|them|that|this|the\s+\w+)\s+(?:back|out)\b"
    r"|\b(?:unblocked|unblocking|unblocks)\s+(?:the|our|their|my|\w+'s)\b"
    r"|(?:\b(?:is|are|was|were|kept|keeps|started|now)|'s|'re)\s+(?:\w+\s+)?asking\s+(?:me\s+|us\s+|[\w-]+\s+)?(?:why|whether|if|when|how|what|about)\b"
    r"|\b(?:rework|redo|redid|re-did|rewrite|rewrote|reverting|reverted|rolled?\s+back|rolling\s+back|"
    r"hotfix(?:ed)?|re-?ran)\b(?!\s+(?:the\s+)?(?:logic|plan))"
    # breakage
    rf"|\b{_NOT_YOU}(?:broke|crashed|went\s+down|was\s+down|were\s+down|failed|stopped\s+working)\b"
    r"|\b(?:caused|causing|led\s+to|resulted\s+in|meant|triggered|extended|prolonged)\s+(?:an?\s+|the\s+|some\s+)?"
    r"(?:\w+\s+)?(?:outage|downtime|incident|data\s+loss|page|pages|rollback|errors|500s)\b"
    r"|\b(?:minutes|hours|days)\s+of\s+(?:downtime|outage|errors|degraded)"
    r"|\b(?:degraded|errors?\s+for|paged|got\s+paged|pages\s+went\s+out|data\s+loss|"
    r"duplicate\s+charges?|reached\s+production|shipped\s+anyway|hit\s+production|went\s+out\s+to)\b"
    r"|\b\d+(?:\.\d+)?\s*%\s+of\s+(?:our\s+|the\s+|all\s+)?(?:users|customers|requests|traffic|sessions|orders|checkouts)\b"
    r"|\b(?:served|returned|threw|showed|sent)\s+(?:\w+\s+)?(?:errors?|500s|5xxs?|404s|timeouts|the\s+wrong)\b"
    r"|\b(?:stuck|blocked|down|broken|offline|unavailable|frozen)\s+(?:for|until|since|all)\b"
    rf"|\b(?:back\s+up|back\s+online|{_NOT_YOU}(?:was|were|is)\s+back|recovered|restored|resolved|mitigated|found|fixed|identified|diagnosed|"
    r"shipped|done|finished|merged|decided|approved)\b[^.!?;\n]{0,30}?\b(?:in|within)\s+"
    rf"(?:under\s+|less\s+than\s+)?(?:an?|{COUNT})\s+(?:minutes?|hours?|days?)"
    r"|\bbefore\s+(?:it|they|anyone|customers|users)\s+(?:could|hit|reached|went|noticed)\b"
    r"|\b(?:pull(?:ing|ed)?|mov(?:ing|ed)|reassign(?:ing|ed)|taking|took)\s+(?:\w+\s+){0,2}"
    r"(?:people|engineers|devs|someone|folks)\s+off\b"
    r"|\b(?:bugs?|regressions?|issues?|changes?|defects?)\s+(?:\w+\s+)?(?:shipped|reached|went\s+out|hit)\b"
    r"|\b(?:stopped|halted)\s+for\s+"
    # people
    rf"|\b{_NOT_YOU}(?:went|fell|stayed|was|were)\s+(?:completely\s+|very\s+)?(?:quiet|silent)\b"
    r"|\b(?:has|have|'s|'ve|had)\s+stopped\s+\w+ing\b"
    r"|\b(?:cancel+ing|cancel+ed|giving\s+up|gave\s+up|working|worked|staying|stayed|losing|lost)\s+(?:their|his|her|my|our|the)\s+"
    r"(?:weekend|evening|holiday|vacation|plans|night|day\s+off|lunch|sleep)"
    r"|\bI\s+(?:\w+\s+){0,4}?without\s+(?:finishing|preparing|having|being\s+able|the\s+numbers|the\s+slides|my\s+notes)\b"
    r"|\b(?:went|turned|stayed|is\s+now|was\s+finally)\s+green\b|\bfor\s+the\s+first\s+time\b"
    r"|\bturned\s+(?:a|an|the|their|our)\s+[\w-]+(?:\s+[\w-]+)?\s+into\s+(?:a|an|the)\b"
    r"|\b(?:nobody|no\s+one)\s+(?:gets|got|has\s+a\s+chance|had\s+a\s+chance|gets\s+a\s+chance|can|could)\s+to\s+\w+"
    r"|\bstopped\s+(?:before|talking|contributing|suggesting|answering|asking|speaking|participating|"
    r"sharing|responding|replying|coming|joining)\b"
    r"|\b(?:didn't|did\s+not|never)\s+(?:say|suggest|speak|add|raise|ask|contribute|utter)\s+"
    r"(?:anything|a\s+word|again|up|another\s+word|a\s+single\s+word|one\s+more\s+word)\b"
    r"|\b(?:nobody|no\s+one|neither\s+of\s+them|neither\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)??\s+nor\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)??)\s+(?:spoke|said\s+(?:a\s+word|anything|another\s+word)|spoke\s+up|asked|answered|volunteered|"
    r"pushed\s+back|objected)\b"
    # work piling up, overruns, things redone
    rf"|\b(?:had|got|logged|opened|filed|received|queued|raised)\s+(?:about\s+|over\s+)?{COUNT}\s+(?:\w+\s+)?(?:tickets|complaints|pages|"
    r"alerts|escalations|emails|messages|bugs|incidents)\b"
    rf"|\b{COUNT}\s+(?:\w+\s+)?(?:tickets|complaints|pages|alerts|escalations)\s+(?:queued|piled\s+up|came\s+in|backed\s+up)\b"
    rf"|\b(?:ran|went|running|overran|overrun)\s+(?:about\s+|almost\s+|nearly\s+|over\s+)?{COUNT}\s+{TIME_UNIT}\s+(?:past|over|beyond|late|longer)\b"
    r"|\bended\s+up\s+(?:\w+ing|having\s+to)\b|\bre-(?:explain|run|do|review|test|write|deploy|open|build)\w*\b"
    r"|\b(?:launch|release|deadline|date|demo|milestone|cutover|timeline|rollout)\s+(?:has\s+|had\s+|was\s+|got\s+)?"
    r"(?:moved|slipped|been\s+pushed|been\s+delayed|pushed)\b"
    r"|\b(?:escalation|outage|incident|rollback|delay|slip|complaint|refund|page|breach|miss|churn)\w*\s+"
    r"(?:happened|occurred|was\s+caused|came)\s+because\b"
    r"|\b(?:support|customers?|users?|clients?|sales|ops|on-call|the\s+team|the\s+client)\s+(?:is|are)\s+(?:now\s+|still\s+)?"
    r"(?:answering|fielding|handling|chasing|escalating|complaining|waiting|hitting|seeing|getting\s+(?:errors|paged|chased))\b"
    r"|\b(?:didn't|did\s+not|never|won't|wouldn't)\s+(?:bring|brought)\s+(?:it|that|this|them)\s+up\b"
    r"|\b(?:used|using|reused)\s+(?:it|that|this|them|your\s+\w+)\s+to\s+\w+"
    r"|\b(?:showed|showing|displayed|reported)\s+(?:zeros?|nothing|no\s+data|stale\s+data|wrong\s+\w+|errors?|"
    r"garbage|blank\s+\w+)\b"
    rf"|\bfor\s+(?:about\s+|almost\s+|over\s+|nearly\s+|more\s+than\s+)?(?:half\s+a|an?|{COUNT})\s+(?:full\s+)?"
    r"(?:minutes?|hours?|days?|morning|afternoon|evening|night|weekend)\b(?!\s+(?:a|per|each|every)\b)"
    rf"|\b{_NOT_YOU}left\s+the\s+(?:call|meeting|room|review|session)\s+(?:early|halfway)"
    r"|\basked\s+(?:me\s+)?(?:\w+\s+)?(?:to\s+(?:leave|switch|move)|whether|if|why|what|how|about)\b"
    rf"|\b{_NOT_YOU}(?:told|messaged|emailed|pinged|called|thanked|escalated\s+to)\s+me\b"
    r"|\b(?:was|were|got|seemed)\s+(?:really\s+|very\s+|completely\s+)?confused\b|\bconfusion\b"
    r"|\b(?:didn't|did\s+not|don't)\s+know\s+(?:which|what|whether|where|how|if)\b"
    rf"|\b{_NOT_YOU}(?:I|we|he|she|they|nobody|no\s+one)\s+(?:maybe\s+|probably\s+|kind\s+of\s+|sort\s+of\s+)?(?:didn't|did\s+not|never)\s+(?:know|find\s+out|hear|learn|"
    r"realize|realise|get\s+to|got\s+to|finish|present|get\s+a\s+chance)\b"
    r"|\b(?:I|we|he|she|they)\s+(?:couldn't|could\s+not|wasn't\s+able\s+to|weren't\s+able\s+to)\s+\w+"
    r"|\b(?:he|she|they|we|I|the\s+\w+)\s+(?:(?:has|have)\s+)?(?:then\s+|just\s+|quietly\s+|now\s+|since\s+)?"
    r"(?:deleted|withdrew|withdrawn|retracted|abandoned|shelved|scrapped|dropped)\s+(?:his|her|their|the|it|that)\b"
    r"(?!\s+ball)"
    r"|\b(?:not|wasn't|isn't)\s+worth\s+(?:raising|bringing\s+up|asking|mentioning)\b"
    r"|\b(?:embarrassed|humiliated|exposed|awkward|undermined|blindsided|caught\s+out|stupid|foolish)\s+"
    r"(?:\w+\s+){0,2}in\s+front\s+of\s+(?:the\s+|their\s+|our\s+|the\s+whole\s+)?(?:\w+\s+)?(?:cto|ceo|vp|client|"
    r"customer|team|everyone|the\s+board|stakeholders|leadership|execs?|director|\w+)\b"
    # customers and users
    r"|\b(?:customers?|users?|clients?|support|stakeholders|sales|the\s+account\s+manager)\s+"
    r"(?:\w+\s+)?(?:waited|saw|hit|got|complained|noticed|churned|escalated|asked|lost|couldn't|"
    r"filed|opened|told|were\s+(?:told|charged|affected|locked)|renewed|cancelled|left)\b"
    # positive effects on work and people
    r"|\b(?:let|allowed|helped|enabled)\s+(?:me|us|the\s+team|them|him|her)\s+(?:to\s+)?\w+"
    r"|\bso\s+(?:that\s+)?(?!you\b)(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:could|was\s+able\s+to|were\s+able\s+to|got\s+to|"
    r"didn't\s+have\s+to|no\s+longer\s+had\s+to|never\s+had\s+to)\s+\w+"
    # (what a check or a test caught; "you caught the timeout spike" is what the person did)
    rf"|\b{_NOT_YOU}(?:exposed|caught)\b|\b(?:prevented|avoided|saved\s+(?:us|me))\b"
    # someone else's concrete reaction, in the clause that follows: "..., and the team followed"
    r"|(?:;|,\s*and|\band|\bso|\b(?:which|that|this|it)\s+(?:meant|led|made|gave|let)|\bnow|\bthen)\s+(?:then\s+|now\s+)?"
    r"(?:the\s+|our\s+|their\s+|his\s+|her\s+|my\s+|both\s+|all\s+)?"
    r"(?:he|she|they|team|teams|client|clients|customer|customers|pm|product\s+(?:director|manager|owner|team)|director|vp|cto|ceo|"
    r"manager|stakeholders|support|qa|sales|finance|ops|committee|engineers|people|folks|new\s+hires?|juniors?|"
    r"reviewers?|on-call|(?:two|three|four|five|several|\d+)\s+(?:teams|people|engineers|customers))\s+"
    r"(?:has\s+|have\s+|had\s+)?(?:since\s+|then\s+|immediately\s+|finally\s+|all\s+|now\s+)?"
    r"(?!(?:noticed|looked|seemed|sounded|appeared|appreciated|loved|liked|hated|disliked|felt|wondered)\b)"
    r"(?:[a-z]+ed|took|made|gave|went|came|got|left|said|told|asked|wrote|began|ran|saw|found|kept|shipped|"
    r"signed|stopped|started|could|couldn't)\b"
    # anyone else's act in the clause that follows: "..., and the mobile team's release slipped"
    r"|(?:;|,\s*and|\band|\bso|\bwhich\s+meant|\bthen|\bnow|\bas\s+a\s+result,?)\s+(?:the|our|their|his|her|my|both|all|two|three|"
    r"several|\d+)\s+(?:(?!you\b)[\w'-]+\s+){0,2}?(?:has\s+|have\s+|had\s+)?(?:since\s+|then\s+|now\s+|all\s+)?"
    r"(?!(?:noticed|looked|seemed|sounded|appeared|appreciated|loved|liked|hated|felt|wondered|used|based|called|named)\b)"
    r"(?:[a-z]+ed|went|came|got|left|took|ran|saw|broke|fell|missed|lost|spent|had\s+to|couldn't)\b"
    r"|(?:^|(?<=[.!?]\s))(?:two|three|four|\d+|both|neither|several|half)\s+(?:of\s+(?:them|us|the\s+\w+)\s+|[\w-]+\s+){0,2}?"
    r"(?!(?:noticed|looked|seemed|felt)\b)(?:[a-z]+ed|went|came|got|left|took|ran|stopped|missed|lost|spent|had\s+to|couldn't)\b"
    r"|\bit\s+meant\s+(?:that\s+)?(?:I|we|he|she|they|the\s+\w+)\s+(?:could|didn't\s+have\s+to|was\s+able|were\s+able|got\s+to)\b"
    r"|\bgave\s+(?:the\s+|our\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:room|time|space|a\s+chance|the\s+chance|confidence)\b"
    rf"|\b(?:green|stable|down|up)\s+for\s+{COUNT}\s+{TIME_UNIT}"
    rf"|\bin\s+(?:an?|{COUNT})\s+(?:minutes?|hours?|days?|weeks?)\s+instead\s+of\b"
    r"|\b(?:didn't|did\s+not|never|no\s+longer)\s+(?:have|had|needed)\s+to\s+(?!be\b)\w+"
    r"|\b(?:finally|fully)\s+understood\b|\bunderstood\s+why\b"
    r"|\b(?:audit|auditors?|security|compliance)\s+(?:\w+\s+)?flagged\b"
    r"|\b(?:reported|gave|sent|shipped|used|deployed)\s+the\s+wrong\b"
    r")"
)

# The same effects on a named person ("Dana could reassign", "let Ravi ship"): needs case.
CONCRETE_EFFECT_ON_SOMEONE = rx(
    # ("Priya has now dropped the caching proposal"; "Priya had dropped it before that" is earlier)
    r"\b(?-i:[A-Z][a-z]+)\s+(?:has\s+)?(?:then\s+|just\s+|quietly\s+|now\s+|since\s+)?(?:deleted|withdrew|"
    r"withdrawn|retracted|abandoned|shelved|scrapped|dropped)\s+(?:his|her|their|the|it|that)\b(?!\s+ball)"
    r"|\b(?:let|allowed|helped|enabled)\s+(?-i:[A-Z][a-z]+)\s+(?:to\s+)?\w+"
    r"|(?:;|,\s*and|\band|\bso|\bnow|\bthen)\s+(?-i:[A-Z][a-z]+)\s+(?:has\s+|had\s+)?(?:since\s+|then\s+|immediately\s+)?"
    r"(?:[a-z]+ed|took|made|gave|went|came|got|left|said|told|asked|wrote|began|ran|saw|felt|found|kept|could)\b"
)

_NOT_GOOD = (
    r"(?:great|ideal|ok|okay|good|helpful|cool|acceptable|fine|nice|awesome|the\s+best|productive)"
)
VAGUE_EFFECT = rx(
    r"(?:"
    rf"\b(?:which|that|it|this)\s+(?:wasn't|was\s+not|isn't|is\s+not|'s\s+not|is\s+never|was\s+never)\s+(?:\w+\s+)?{_NOT_GOOD}\b"
    r"|\bwhich\s+(?:was|is|has\s+been)\s+(?:really\s+|a\s+bit\s+|pretty\s+|so\s+|quite\s+)?(?:frustrating|awkward|"
    r"uncomfortable|annoying|stressful|disappointing|embarrassing|demoralizing|demoralising|tough|hard|painful|unfair)\b"
    rf"|\bnot\s+(?:exactly\s+|really\s+)?{_NOT_GOOD}\b"
    r"|\b(?:hurting|hurts|hurt|affecting|affects|impacting|impacts|damaging|harming)\s+"
    r"(?:the\s+team|us|morale|the\s+project|everyone|the\s+culture|trust|the\s+work)\b"
    r"|\b(?:it's|it\s+is|that's|that\s+is|this\s+is)\s+(?:a\s+)?(?:real\s+|big\s+)?(?:problem|issue|concern|mess)\b"
    r"|\b(?:causes|caused|creates|created|creating|causing)\s+(?:some\s+|a\s+lot\s+of\s+|real\s+)?"
    r"(?:problems|issues|friction|tension|stress|headaches|trouble|noise)\b"
    r"|\bbad\s+for\s+(?:morale|the\s+team|us|everyone|business)\b"
    r"|\bmakes?\s+(?:things|it|planning|life|work|everything|my\s+job|our\s+jobs?)\s+"
    r"(?:hard|harder|difficult|tough|tougher|easier|smoother|better|worse)\b"
    r"|\bputs?\s+(?:us|me|the\s+team)\s+in\s+a\s+(?:tough|difficult|bad|hard|awkward)\s+(?:spot|position|place)\b"
    r"|\bslows?\s+(?:us|the\s+team|everyone|things|everything)\s+down\b"
    r"|\bdoesn't\s+look\s+good\b|\blooks\s+bad\b"
    r"|\b(?:the\s+team|everyone|people|we\s+all)\s+(?:really\s+)?(?:noticed|appreciates?|appreciated|"
    r"loves?|loved|felt\s+it)\b"
    r"|\b(?:it|that|this)\s+(?:really\s+)?(?:helps|helped|matters|mattered)\b"
    r"|\bleft\s+me\s+(?:scrambling|hanging|in\s+a\s+bind|frustrated|confused)\b"
    r"|\b(?:it\s+was|that\s+was|it's\s+been|things\s+are|it's|it\s+is)\s+(?:really\s+|a\s+bit\s+|pretty\s+|so\s+)?"
    r"(?:awkward|uncomfortable|frustrating|chaotic|painful|stressful|annoying|tense|embarrassing|demoralizing|"
    r"demoralising|disappointing|unfair)\b"
    r"|\b(?:is|was|'s|has\s+become)\s+(?:a\s+|becoming\s+a\s+)?(?:real\s+|big\s+|serious\s+)?(?:problem|issue)\b"
    r"|\bwent\s+(?:sideways|badly|wrong|south|off\s+the\s+rails)\b"
    r"|\bI\s+(?:really\s+)?(?:like|love|appreciate|value|liked|loved|appreciated|valued)\s+(?:that|it|this)\b"
    r"|\bI\s+(?:didn't|did\s+not|don't)\s+(?:love|like|enjoy|appreciate)\b"
    r"|\bmakes?\s+(?:me|us|people|everyone|the\s+team|them)\s+(?:feel\s+)?(?:uncomfortable|nervous|anxious|uneasy|"
    r"frustrated|worried|sad|angry|hesitant|reluctant|wary|annoyed|upset)\b"
    r"|\b(?:the\s+team|people|everyone|folks|nobody|no\s+one)\s+(?:doesn't|don't|no\s+longer|isn't|aren't)\s+"
    r"(?:trust|want\s+to\s+work|like\s+working|feel\s+safe|comfortable)\b"
    r"|\b(?:it|that|this)\s+(?:really\s+)?bothers?\s+me\b"
    r"|\bI(?:'m|\s+am)\s+not\s+(?:thrilled|happy|pleased|ok|okay|comfortable)\b"
    r"|\b(?:costing|costs?)\s+us\b(?!\s+(?:\$|\d|about|around|roughly|over|an?\s|one|two|three|hours|days))"
    r"|\b(?:dragging|bringing|pulling|dragged|brought|pulled)\s+(?:everyone|the\s+team|us|morale|people|the\s+mood)\s+down\b"
    r"|\b(?:things|deadlines|dates|work|stuff|releases)\s+(?:have\s+been|are|keep|kept)\s+slipping\b"
    r"|\b(?:knocked|hurt|dented|shook|damaged|knocks|hurts)\s+(?:her|his|their|my|our|the\s+team's|people's)\s+"
    r"(?:confidence|trust|morale|motivation)\b"
    r"|\bnot\s+a\s+(?:great|good)\s+(?:look|sign|idea|move)\b"
    r"|\b(?:didn't|did\s+not|doesn't)\s+(?:land|go\s+down|come\s+across)\s+(?:well|great)\b"
    r"|\bI\s+(?:leave|left|come\s+out|came\s+out|walk\s+away|end\s+up|ended\s+up)\s+(?:\w+\s+){0,4}?(?:exhausted|frustrated|drained|"
    r"confused|upset|deflated|annoyed)\b"
    r"|\bwhich\s+(?:really\s+)?(?:worries|bothers|concerns|frustrates|annoys|upsets|worried|bothered)\s+(?:me|us)\b"
    r"|\b(?:a\s+bit\s+of\s+|a\s+real\s+|a\s+)?(?:pain|hassle|nuisance|headache)\b(?=\s*[.!,;]|\s*$)"
    r"|\b(?:upset|annoyed|frustrated|hurt|bothered|irritated|offended|alienated|rattled)\s+(?:people|everyone|the\s+team|"
    r"some\s+(?:people|folks)|folks|others|colleagues|a\s+few\s+people)\b"
    r"|\b(?:really|much|greatly|very\s+much)\s+appreciated\b|\b(?:means|meant)\s+a\s+lot\b"
    r"|\b(?:people|everyone|the\s+team|folks|others)\s+(?:probably\s+|might\s+|may\s+|now\s+)?(?:assume|think|wonder|feel\s+like)\b"
    r"|\b(?:it|that|this)\s+(?:was|is|'s)\s+(?:really\s+|pretty\s+|so\s+)?(?:bad|not\s+good|rough|unhelpful)\b"
    r"|\b(?:it's|that's|it\s+is|this\s+is|it\s+was|that\s+was)\s+not\s+helping\b|\b(?:isn't|wasn't|doesn't|didn't)\s+help(?:ing)?\b"
    r"|\b(?:support|the\s+team|we|people|everyone|ops|on-call|QA)\s+(?:is|are|'re|'s|has\s+been|have\s+been)\s+(?:\w+\s+)?"
    r"(?:drowning|struggling|suffering|swamped|overwhelmed|underwater|stretched\s+thin|frustrated|annoyed|confused)\b"
    r")"
)
_FEELINGS = (
    r"(?:frustrated|annoyed|disappointed|upset|angry|hurt|uncomfortable|worried|concerned|"
    r"embarrassed|stressed|let\s+down|surprised|sad|irritated|anxious|blindsided|undermined|"
    r"disrespected|ignored|unheard|awkward|bad|terrible|frustrating|grateful|proud|relieved|"
    r"happy|thankful|glad)"
)
BARE_FEELING = rx(
    rf"\bI(?:\s+feel|\s+felt|\s+am|\s+was|'m|\s+get|\s+got|\s+have\s+been|'ve\s+been)\s+(?:(?:really|very|a\s+bit|"
    rf"a\s+little|so|pretty|quite|kind\s+of|honestly|genuinely)\s+){{0,2}}{_FEELINGS}\b"
)


# What "you" did is behaviour, not its effect: "you rewrote Mia's function", "you didn't post for fifty minutes".
_BY_YOU = re.compile(
    r"\byou(?:'ve|\s+have|'d|\s+had)?\s+(?:[^\s.!?;]+\s+){0,12}$|\byou\s+(?:\w+\s+){0,2}(?:for|over)\s+$",
    re.IGNORECASE,
)
_ACT_OF_YOURS = re.compile(
    r"(?:rework|redo|redid|re-did|rewrite|rewrote|reverting|reverted|rolled?\s+back|rolling\s+back|hotfix(?:ed)?|re-?ran|"
    r"for\s+\S)",
    re.IGNORECASE,
)


@memoised("concrete_effects")
def concrete_effects(doc: Doc) -> list[Span]:
    """Effects someone could point at: delay, rework, breakage, silence, a waiting customer."""
    found = doc.find(CONCRETE_EFFECT) + doc.find(CONCRETE_EFFECT_ON_SOMEONE)
    return [
        span
        for span in found
        if not _done_by_you(doc, span)
        and not _asked_for(doc, span)
        and not _ALL_DELIVERED.search(span.text)
    ]


# "the team delivered 8 of your 8 points": nothing fell short
_ALL_DELIVERED = re.compile(
    r"\b(\w+)\s+(?:of|out\s+of)\s+(?:your|our|the|their|his|her)\s+\1\s+(?:story\s+)?points\b"
)


# "let" is also the imperative: "could you let Priya finish", "next time, let the team answer",
# "Here's what I'd like: in Thursday's planning, let Priya finish" ask for something to happen;
# "you didn't let Priya finish" and "which let Ravi ship" report it.
_LET = re.compile(r"let\s", re.IGNORECASE)
_ASKING_BEFORE = re.compile(
    r"(?:(?:^|:)\s*(?:(?:in|at|during|on|before|after|when|whenever|if|once|tomorrow|from)\b[^,:;]{0,60},"
    r"|(?:on|this|next)\s+\w+\s|tomorrow\s)?"  # "on Thursday let Priya finish": one word, no comma
    r"|\b(?:could|can|would|will)\s+(?:you|u)|\bplease|\bnext\s+time|\bgoing\s+forward|\bfrom\s+now\s+on|"
    r"\bin\s+(?:the\s+)?future|\btry\s+(?:to|and)|\byou\s+(?:should|need\s+to|must|have\s+to)|"
    r"\b(?:I|we)(?:'d|\s+would)?\s+(?:need|want|like|love)\s+(?:for\s+)?you\s+to|\bmake\s+sure\s+(?:you|to))"
    r"[\s,]*(?:(?:just|also|maybe|please|always|then|actually|really)[\s,]+)*$",
    re.IGNORECASE,
)


# "you didn't let Priya finish" is the behavior, and says nothing happened: no effect.
_NEGATED_BEFORE = re.compile(
    r"\b(?:didn't|did\s+not|don't|do\s+not|never|won't|wouldn't|couldn't|can't)\s+$", re.IGNORECASE
)


def _asked_for(doc: Doc, span: Span) -> bool:
    """A "let ..." that asks for the effect, or denies it, instead of reporting it."""
    if not _LET.match(span.text):
        return False
    sentence_start, _end = doc.sentence_bounds(span.start)
    before = doc.plain[sentence_start : span.start]
    return bool(_ASKING_BEFORE.search(before) or _NEGATED_BEFORE.search(before))


def _done_by_you(doc: Doc, span: Span) -> bool:
    """A rework verb or a duration in a clause whose subject is "you" (the act itself, not its effect)."""
    if not _ACT_OF_YOURS.match(span.text):
        return False
    clause_start, _end = doc.clause_bounds(span.start)
    before = doc.plain[clause_start : span.start]
    if _NO_SUBJECT.match(
        before
    ):  # "... and then didn't post again for fifty minutes": the subject came before
        sentence_start, _sentence_end = doc.sentence_bounds(span.start)
        before = doc.plain[sentence_start : span.start]
    return bool(_BY_YOU.search(before))


_NO_SUBJECT = re.compile(
    r"\s*(?:then\s+|also\s+|just\s+)?(?:didn't|did\s+not|never|[a-z]+ed)\b", re.IGNORECASE
)


@memoised("vague_effects")
def vague_effects(doc: Doc) -> list[Span]:
    """Effects stated vaguely ("which wasn't great") and bare feelings ("I feel frustrated")."""
    return doc.find(VAGUE_EFFECT) + doc.find(BARE_FEELING)
