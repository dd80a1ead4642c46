"""Trackable: how will progress be followed after the hand-off?

`tracking_mechanisms`: a concrete mechanism and/or cadence ("a shared page
updated every Friday", "we review it in our Monday one-on-one", "post the
link in #arch-decisions"); `vague_follow_ups`: "keep me posted", "let me
know how it goes".
"""

from __future__ import annotations

import re

from rehearse.scoring.lexicon import DATE, RUNNING_A_MEETING, WEEKDAY
from rehearse.scoring.result import Span
from rehearse.scoring.text import Doc, Folded, memoised, opens_a_word_or, rx

# Who follows up: "we", "let's", "I'll" (a review of progress), or the person reporting.
# ("we'd" as in a plan still being offered: "and we'd look at the QA returns every Friday", like "we would")
# ("I check the board every morning at standup": the manager's habit)
_WE = r"(?:we|we'll|we\s+will|we\s+can|we'd|let's|let\s+us|I'll|I\s+will|I\s+can|I|you\s+and\s+I|and\s+I|together)"
_FOLLOW_VERB = (
    r"(?:review|check|look\s+at|go\s+(?:through|over)|discuss|walk\s+through|sync|meet|catch\s+up|touch\s+base|"
    r"debrief|talk\s+(?:about|through)|cover|track|put|keep|do|have|go\s+through|look|check\s+in|hear|add|raise|bring|demo|show|"
    r"chart|plot|graph|log|record|measure|watch|monitor|use|score|rate|grade|assess|"
    # the reader's side of a report: "I'll read it every Monday", "I'll spot-check two entries every Friday"
    r"read|skim|scan|spot-check|spot\s+check|sample|audit|glance\s+(?:at|over)|look\s+over|"
    # asking after the work, or looking again: "I'll ask where it's at in Monday's standup", "we'll revisit
    # these next retro", "we'll see where we are at the next crit" ("I'll ask Jo to help" asks for help)
    r"ask\s+(?:where|how)|revisit|see\s+where|triage)"
)
_FOLLOW_NOUN = (
    r"(?:status(?:\s+update)?|updates?|progress(?:\s+(?:report|update|note))?|check-ins?|checkins?|sync|report|"
    # ("Kindly note that the dashboards need improvement" asks for no note)
    r"summary|readout|write-up|note(?!\s+that\b)|heads-up|demo)"
)
_CADENCE = (
    rf"(?:\b(?:every|each)\s+(?:other\s+)?(?:day|morning|afternoon|evening|week|sprint|month|standup|stand-up|{WEEKDAY}s?|"
    r"(?:\w+\s+)?(?:meeting|sync|review|check-in|one-on-one|1:1)|week\s+of\s+the)\b"
    # "the monthly cost", "weekly active users": a cadence word inside a metric is not a follow-up
    r"|\b(?:weekly|daily|biweekly|bi-weekly|fortnightly|monthly)\b(?!\s+(?:cost|costs|spend|active|users|revenue|budget|"
    r"rate|volume|limit|quota|bill|fee|price|pricing|rota|rotation|average|total|run|runs|job|jobs|cron|batch|backup)\b)"
    rf"|\b(?:once|twice|three\s+times)\s+a\s+(?:day|week|sprint|month)\b|\bon\s+{WEEKDAY}s\b"
    r"|\bafter\s+each(?:\s+\w+|(?=\s*[.;!]))|\bat\s+the\s+end\s+of\s+(?:each|every)\s+\w+"
    rf"|\bevery\s+[\w-]+\s+{WEEKDAY}\b"
    r"|\bevery\s+(?:two|three|four|few|couple\s+of|\d+)\s+(?:days|weeks|sprints|months)"
    # "update the incident channel on the hour", "hourly" (not "the hourly rate": see above)
    r"|\bon\s+the\s+hour\b|\bhourly\b(?!\s+(?:rate|cost|costs|price|pricing|wage|limit|quota|job|jobs|cron|batch|backup)\b))"
)
# A standing meeting: "our Monday one-on-one", "the sprint 15 retro" (a numbered sprint's retro is one
# occasion of it).
_MEETING = (
    rf"(?:our|the|your|my)\s+(?:{WEEKDAY}\s+|weekly\s+|daily\s+|next\s+|biweekly\s+|fortnightly\s+|monthly\s+|"
    r"staff\s+|ops\s+|team\s+|sprint\s+\d{1,4}\s+){0,3}"
    r"(?:one-on-ones?|1:1s?|1-on-1s?|standups?|stand-ups?|sync|syncs|staff\s+meeting|ops\s+review|sprint\s+review|"
    r"retro|team\s+meeting|meeting\s+notes|check-ins?|planning|(?:design\s+)?crit|design\s+review|service\s+review)"
)
_MECHANISM = (
    r"(?:\#[\w-]+|\b(?:shared|tracking)\s+(?:page|doc|document|sheet|spreadsheet|board)|\bdashboard|\btracker|"
    r"\bjira\s+(?:board|epic)|\bstatus\s+page|"
    # a named board: "we'll track it on the OKR board" ("the board meeting" is the company's board)
    r"\b(?:the|our)\s+(?:okr|project|team|sprint|release|roadmap|status|perf|performance|"
    r"progress|tracking)\s+board\b|"
    # ... any team's board: "tracked on the QA board", "the incident board"
    r"\b(?:the|our)\s+(?:qa|incident|security|ops|support|bug|triage|kanban|jira)\s+board\b|\bwiki\s+page|\bconfluence|\bkanban|\bburndown|"
    rf"\b{_MEETING}|"
    rf"\b(?:{WEEKDAY}|tomorrow|today|next\s+week)'s\s+(?:\w+\s+)?(?:review|sync|standup|meeting|one-on-one|1:1)|"
    rf"\bthe\s+{WEEKDAY}\s+(?:\w+\s+)?(?:review|sync|standup|meeting|staff\s+meeting|one-on-one|1:1)|"
    r"\b(?:our|the|your|my)\s+(?:weekly|daily|biweekly|fortnightly|monthly|quarterly|\w+day)\s+(?:[\w-]+\s+)?(?:chat|catch-up|call|session|"
    r"review|sync|meeting|check-in|one-on-one|1:1)|"
    r"\bat\s+standup|\bin\s+standup|\b(?:at|in)\s+(?:the\s+)?sprint\s+(?:review|demo)|\b(?:(?:in|at)\s+(?:the\s+|our\s+|next\s+)?|next\s+)retro|"
    # a plan's own review points: "reviewed in writing at day 30 and day 60"
    r"\bat\s+day\s+\d{1,3}\b|"
    # the PR as the place of review: "we'll review it in the docs PR" (not "review the PR", the work)
    r"\bin\s+the\s+(?:[\w-]+\s+)?(?:PR|pull\s+request)\b)"
)
_WHERE = rf"(?:{_CADENCE}|{_MECHANISM})"
_WHERE_START = opens_a_word_or("#")
# What a follow-up does with the work: looks at how it went.
_LOOK_BACK = (
    r"(?:review|check|look\s+at|look\s+back\s+at|go\s+(?:through|over)|discuss|walk\s+through|talk\s+(?:about|through)|"
    r"speak\s+about|compare|assess|evaluate|revisit|see\s+(?:how|whether|if))"
)
# Looking at it again after a span: "review in 3 months", "revisit progress in a month or so".
_REVISIT_IN = r"(?:review|revisit|reassess|re-evaluate|check\s+in)\s+(?:(?:it|this|that|progress)\s+)?(?:again\s+)?in\s+"
# "Review" as a noun follows an article or a modifier ("a code review", "the design review").
# (Lookbehinds after `\b`, not before it: the pattern is then looked up by its first words.)
_NOT_A_NOUN = (
    r"(?<!\ba\s)(?<!\bthe\s)(?<!\bcode\s)(?<!\bdesign\s)(?<!\bour\s)(?<!\byour\s)(?<!\bmy\s)"
)
# What a report hands over: a recipient or a progress figure.
_REPORTED = (
    r"(?:me|us|numbers?|counts?|figures|metrics?|stats|status|updates?|progress|results?|summary|burndown|"
    r"charts?|graphs?|screenshots?|links?|notes?)"
)
# What a follow-up told cadence first looks at, quoted with it ("Every Tuesday in our one-on-one we
# go through the job checklist", not "... we go through").
_WHAT_IS_LOOKED_AT = (
    r"(?:(?:\s+(?:together|again))?\s+(?:at\s+|on\s+|over\s+)?(?:the|our|your|that|this|those|these|its|each|every|how|whether|if)\b"
    r"[^.!?;,\n]{1,60}?(?=[.!?;,\n]|$))?"
)
# "Shout when you have numbers", "let me know what you think": follow-up with nothing concrete.
TRACKING = rx(
    r"(?:"
    # we review it in our Monday one-on-one / let's check the dashboard every Wednesday
    rf"\b{_WE}\s+(?:\w+\s+){{0,2}}?{_FOLLOW_VERB}\b[^.!?;\n]{{0,80}}?{_WHERE_START}{_WHERE}"
    # a status in standup / a weekly status email / progress every Friday (within one clause:
    # "before the demo after a call with sales, you all found out in Wednesday's standup" is not one)
    rf"|\b{_FOLLOW_NOUN}\b[^.!?;,\n]{{0,60}}?{_WHERE_START}{_WHERE}"
    rf"|{_WHERE}[^.!?;\n]{{0,30}}?(?<!-)\b{_FOLLOW_NOUN}\b"
    # the follow-up in the passive, as plans and postmortems write it: "reviewed at the Thursday ops
    # sync until closed", "Compliance will be reported on the monthly service review" ("the reviewed
    # design" names no venue; "as reviewed in our 1:1", "we reviewed it in the retro" look back)
    rf"|\b(?<!as\s)(?<!we\s)(?<!I\s)(?<!they\s)(?<!you\s)(?:tracked|reviewed|reported|revisited|assessed)\s+(?:\w+\s+){{0,3}}?(?:at|in|on|during)\s+(?:the\s+)?{_WHERE}"
    # ... or where a result goes: "Findings go to the Monday security standup", "Handoff notes go in
    # #ingest-oncall", "Scores get posted in #web-perf after each deploy"
    rf"|\b(?:findings|results|notes|scores|numbers|updates|minutes)\s+(?:go|get\s+posted|are\s+posted)\s+(?:to|in|into)\s+(?:the\s+)?{_WHERE}"
    # a check put on a cadence: "check against it monthly" ("check the logs daily" is the task)
    rf"|\b(?:check|review|look\s+at)\s+(?:(?:against|on)\s+)?(?:it|this|that|them|progress)\s+{_CADENCE}"
    # a report to a named group: "Message the DC ops group when it's back" ("ping the platform team" names no place)
    r"|\b(?:message|notify|email|ping)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:group|channel|list)\b"
    # a report or a count handed over on a cadence: "Post the Crashlytics number in the release thread
    # every morning", "Track it weekly", "send me the numbers each Friday"
    # ("send the invoices every month" is a recurring task: what is sent must be a report)
    rf"|\b(?:track|report)\b[^.!?;\n]{{0,60}}?{_CADENCE}"
    rf"|\b(?:post|send|share|publish|email|log)\b[^.!?;\n]{{0,40}}?\b{_REPORTED}\b[^.!?;\n]{{0,40}}?{_CADENCE}"
    rf"|{_CADENCE}\s*,?\s+(?:please\s+)?(?:post|send|share|report|publish|email|update\s+me|tell\s+me|give\s+me)\b"
    rf"|\b(?:post|send|share|publish|email)\s+(?:you\s+)?{_CADENCE}\s+(?:a|an|the|my|our)\s+(?:[\w-]+\s+)?{_REPORTED}\b"
    # the cadence first: "Every Friday in our one-on-one we look at the QA returns"
    rf"|{_CADENCE}[^.!?;\n]{{0,40}}?\b{_WE}\s+(?:\w+\s+){{0,2}}?(?:{_FOLLOW_VERB}|speak\s+about)\b{_WHAT_IS_LOOKED_AT}"
    # ... or the meeting first: "In the sprint 15 retro on the 14th we check together if it works"
    # (a verb of looking back: "In the retro we have to be honest" follows nothing up)
    rf"|\b(?:in|at|during)\s+{_MEETING}\b[^.!?;\n]{{0,40}}?\b{_WE}\s+(?:\w+\s+){{0,2}}?{_LOOK_BACK}\b{_WHAT_IS_LOOKED_AT}"
    # a chase promised on a date after the hand-off: "I'll confirm on receipt and chase on the 13th"
    rf"|\b(?:I'll|I\s+will|we'll|we\s+will)\s+[^.!?;\n]{{0,40}}?\band\s+chase\s+(?:(?:it|them|you|up)\s+)?on\s+"
    rf"(?:the\s+\d{{1,2}}(?:st|nd|rd|th)|{DATE}|{WEEKDAY})\b"
    # a talk on a cadence: "Let's talk every week" ("we can chat about it in our 1:1s when it
    # comes up" names the venue, not when)
    rf"|\b{_WE}\s+(?:talk|chat|speak)\s+(?:about\s+(?:it|this|that)\s+)?{_CADENCE}"
    # ... or the look back first: "review the job checklist together in our fortnightly 1:1s"
    rf"|\b{_LOOK_BACK}\s+(?:[\w-]+\s+){{0,4}}?together\s+(?:in|at|during)\s+{_MEETING}"
    # a result posted to a named channel: "Link it in #incidents", "Post the counts in #data-quality"
    # (and a plan's present: "Kofi triages them Friday morning and posts the tally in #qa")
    r"|\b(?:link|post|posts|drop|share|shares|put|log|publish|publishes|report|send|announce|(?<!you\s)(?<!I\s)(?<!we\s)(?<!they\s)"
    # (the participle of a standing report: "the script output posted to #docs every Friday"; "you
    # posted updates in #inc-142" reports the past)
    r"(?:posted|shared|logged|published))\b[^.!?;\n]{0,50}?\b(?:in|on|into|to|via)\s+\#[\w-]+"
    # brought to a standing meeting: "bring that list to our Wednesday 1:1", "tell me at Friday's standup"
    # ("the export landed two days before the demo, you heard about it in standup": a noun, then the past)
    rf"|\b(?:bring|take|raise|present|show|tell|update|brief|report|demo|compare\s+notes|share|post|mention|walk\s+(?:me|us)\s+through)\b(?!,)[^.!?;\n]{{0,40}}?\b(?:to|at|in|during)\s+"
    rf"(?:{_MECHANISM}|stand-?ups?\b)"
    # a brief's own field for it: "Tracking: weekly incident review", "Next check-in: infra sync on 28 May"
    # (a bare "Check-in:" heads whatever follows, "Check-in: we'll see in the perf review")
    # (where a line or sentence starts: "ticket tracking: done" is no field of the brief's)
    r"|\b(?<![^.!?;:\s•-][ \t])(?:tracking|next\s+check-in|follow-up|reporting)\s*:\s*(?=\S)"
    r"|\bstanding\s+(?:agenda\s+)?(?:item|topic)\b|\b(?:cc|bcc|copy)\s+me\s+(?:on|in)\b|\bforward\s+me\b"
    # a ticket as the tracker: "Add a checkbox per job on INFRA-2291" (something written to it:
    # "notes are in QA-1402", "closing the loop on PLAT-1022" only point at it)
    r"|\b(?:add|log|update|post|track|record|note|comment|tick|write|put|file|keep|attach|link|drop|report)\b"
    r"[^.!?;\n]{0,50}?\b(?:on|in|to)\s+[a-z][a-z0-9]+-\d{2,}\b"
    r"|\bkeep\s+(?:the|a|our|your)\s+(?:[\w-]+\s+){0,2}?(?:ticket|tracker|doc|page|board|sheet|epic|issue|thread)\s+"
    r"(?:updated|up\s+to\s+date|current)\b"
    r"|\b(?:PRs?|pull\s+requests?|tickets?)\b[^.!?;\n]{0,40}?\bso\s+(?:I|we)\s+can\s+(?:watch|follow|track|see|review)\b"
    # update the tracker / post the link in #channel / drop a note in the channel
    r"|\bkeep\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:checklist|log|tracker|list|doc|page|board|spreadsheet|sheet)\s+"
    r"(?:in|on|up\s+to\s+date)\b"
    r"|\b(?:update|post|drop|share|put|log|tick|ping|message|tell|notify)\s+(?:[\w/-]+\s+){0,4}?(?:in|on|into|to|via)\s+(?:the\s+|your\s+|our\s+)?(?:\#[\w-]+|"
    r"(?:[\w-]+\s+){0,3}?(?:channel|tracker|board|dashboard|doc|page|sheet|epic|thread))"
    r"|\bupdate\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}(?:tracker|board|dashboard|status\s+page|sheet|epic|doc|channel|thread)\b"
    # the ticket or thread the ask sits in: "Update this ticket when the PR is up", "confirm in this
    # thread when it's revoked", "move the card to Review when it's up" ("this ticket is about X" is no report)
    r"|\bupdate\s+this\s+(?:ticket|thread|issue|card)\b|\bmove\s+the\s+(?:card|ticket)\s+to\b"
    r"|\b(?:confirm|reply|lmk|respond)\b[^.!?;\n]{0,30}?\bin\s+(?:this\s+|the\s+)?thread\b"
    # a dated review: "let's go through your first draft together on Thursday"
    # ... or a follow-up, a chase or a review set up on a date: "I'll follow up by phone Thursday
    # morning", "chase on the 13th", "I'll set up a 20-minute review with you on Monday the 8th"
    rf"|\b{_WE}\s+(?:\w+\s+){{0,2}}?(?:review|check|go\s+(?:through|over)|look\s+at|walk\s+through|do\s+a\s+(?:dry\s+run|review|walkthrough)|"
    rf"debrief|sit\s+down|follow\s+up|chase|set\s+up\s+an?\s+(?:[\w-]+\s+)?(?:review|check-in|call|sync|meeting))\b[^.!?;\n]{{0,60}}?\b(?:(?:on|at|by)\s+(?:the\s+\d{{1,2}}(?:st|nd|rd|th)|{DATE}|{WEEKDAY})|"
    rf"{WEEKDAY}\s+(?:morning|afternoon|evening|eod))"
    # a review dated by a span: "Review in 3 months" ("revisit in a month or so" is vague; "a code
    # review in 2 weeks" is a noun, not the verb)
    rf"|\b{_NOT_A_NOUN}{_REVISIT_IN}(?:\d+|one|two|three|four|five|six|a|an)\s+(?:weeks?|months?|sprints?)\b"
    r"(?!\s+or\s+so|-ish)"
    # a report named by its cadence, and where it goes: "Daily number in #perf-war-room at standup please"
    rf"|\b(?:daily|nightly|weekly|monthly)\s+(?:[\w-]+\s+)?{_REPORTED}\s+(?:in|to|on|into)\s+\#[\w-]+"
    # a look at the trend where it is shown: "We see the trend in the sprint review"
    rf"|\b{_WE}\s+(?:\w+\s+){{0,2}}?see\s+(?:the\s+)?(?:trend|numbers?|progress|counts?|tally|burn-?down|status)\b"
    rf"[^.!?;\n]{{0,40}}?{_WHERE_START}{_WHERE}"
    # syncs on named days: "We can sync Mon and Thu 10:00 on it", "let's meet Mondays and Thursdays"
    rf"|\b(?:sync|meet|check\s+in|catch\s+up|touch\s+base)\s+(?:with\s+(?:me|us|\w+)\s+)?(?:on\s+)?{WEEKDAY}s?"
    rf"\s+(?:and|&)\s+{WEEKDAY}s?\b"
    # check in with me on Monday
    rf"|\b(?:check\s+in|check-in|sync|meet|catch\s+up|touch\s+base|review\s+(?:it|this|progress))\s+"
    rf"(?:with\s+(?:me|us|\w+)\s+)?(?:again\s+)?(?:on|next)\s+{WEEKDAY}\b"
    # a meeting set on a day to look at it: "Shall we keep a call on Monday to discuss?", "We can meet
    # Thursday 10:00 to see draft"
    # (about the work itself: "a call on Friday with Acme to discuss their discount" is other business)
    rf"|\b(?:keep|have|book|schedule|set\s+up|do)\s+a\s+(?:short\s+|quick\s+|\d+-minute\s+)?(?:call|meeting|sync|check-in)\s+"
    rf"(?:on|for|next)\s+{WEEKDAY}\s+to\s+(?:discuss|review|go\s+(?:through|over)|look\s+at|see)"
    r"(?:\s+(?:it|this|the\s+(?:draft|plan|progress|status)|progress|draft|where\s+[\w\s]{1,20}))?\s*(?=[.?!]|$)"
    rf"|\bmeet\s+(?:on\s+)?{WEEKDAY}(?:\s+(?:at\s+)?\d{{1,2}}(?:[:.]\d{{2}})?)?\s+to\s+(?:see|review|go\s+(?:through|over)|"
    r"discuss|look\s+at)(?:\s+(?:it|this|the\s+(?:draft|plan|progress|status)|progress|draft))?\s*(?=[.?!]|$)"
    # a plan's review point, as a line of it: "Review at mid-year." ("your performance gets reviewed
    # at year-end" is the review cycle)
    r"|(?:^|(?<=[.!?]\s)|(?<=\n))review\s+(?:at|in)\s+(?:mid-?year|year-?end|the\s+mid-?point|"
    r"the\s+end\s+of\s+(?:the\s+)?(?:year|quarter|half))\b"
    r")"
)
VAGUE_FOLLOW_UP = rx(
    r"(?:"
    r"\bkeep\s+(?:me|us|the\s+team)\s+(?:posted|updated|in\s+the\s+loop|informed|in\s+mind)\b"
    r"|\blet\s+(?:me|us)\s+know\s+(?:how\s+(?:it|things|that)\s+(?:goes|go|is\s+going|are\s+going)|when|what\s+you\s+find|"
    r"how\s+you\s+get\s+on|your\s+progress|once|if\s+(?:anything|something|you\s+(?:get\s+stuck|hit))|where)"
    # ("ping me if you want a walkthrough" offers help; it follows nothing up)
    r"|\b(?:update|ping|loop)\s+me\b(?!\s+if\s+you\s+(?:want|need|'d\s+like|would\s+like))|\bgive\s+me\s+a\s+(?:heads[-\s]up|shout)\b"
    r"|\bcheck\s+in\s+(?:on\s+(?:it|this|that|progress)\s+)?(?:at\s+some\s+point|later|periodically|now\s+and\s+then|"
    r"every\s+so\s+often|with\s+me)\b"
    rf"|\b{_REVISIT_IN}(?:a|an|one)\s+(?:week|month|sprint)\s+or\s+so\b"
    # ("I wanted to follow up on our talk" follows up the talk, not the work)
    r"|\b(?:touch\s+base|circle\s+back|report\s+back|follow\s+up)(?!\s+(?:on|next|every|each)\s+\w+day)"
    r"(?!\s+on\s+(?:our|the|my|your|yesterday's|today's)\s+(?:[\w-]+\s+)?(?:talk|chat|conversation|call|meeting|1:1|one-on-one|discussion)\b)\b"
    r"|\bkeep\s+me\s+in\s+the\s+loop\b|\btell\s+me\s+(?:what\s+you\s+find|how\s+it\s+goes|when)\b"
    r"|\bcheck\s+in\s+(?:with\s+(?:you|me)\s+)?(?:every\s+so\s+often|every\s+now\s+and\s+then|occasionally|from\s+time\s+to\s+time|periodically)\b"
    r"|\b(?:look\s+at|see|check|hear)\s+where\s+(?:it|things|this|that|you|we)\s+(?:stands?|are|is)\b"
    # a report back when it's done, no place or cadence: "text me when it's done", "Tell me once
    # Hana's signed off", "lmk when done", "Please revert once done" (Indian English), "tell me if blocked"
    # ("lmk if you have questions" offers help)
    r"|\b(?:tell|text|message|email)\s+me\s+(?:when|once|as\s+soon\s+as)\b|\blmk\s+(?:when|once|how)\b"
    # ("revert back to me till Thursday", "come back to me by Friday with ...", "so I can review before")
    # ("revert before the 5pm deploy", "revert with a clean commit message": a git revert)
    r"|\brevert(?:\s+back)?(?:\s+to\s+(?:me|us))?\s+(?:by|till|until)\b|\brevert\s+back\s+to\s+(?:me|us)\b"
    r"|\bcome\s+back\s+to\s+(?:me|us)\s+(?:by|on|before|next|in)\b|\bso\s+(?:that\s+)?I\s+can\s+review\b"
    r"|\brevert\s+(?:back\s+)?(?:once|when)\b|\btell\s+me\s+if\s+(?:you're\s+|you\s+are\s+|it's\s+)?(?:blocked|stuck)\b"
    # a point raised again later, no time or venue: "I'll raise it again in a few weeks"
    r"|\bI(?:'ll|\s+will)\s+raise\s+it\s+again\b"
    r"|\blet\s+(?:me|us)\s+know\s+what\s+you\s+(?:think|learn|see|found)\b|\bshout\s+(?:when|once)\b"
    r"|\blet's\s+(?:chat|talk|catch\s+up|sync|touch\s+base)(?:\s+about\s+(?:it|this|that))?"
    r"(?:\s+(?:at\s+some\s+point|sometime|soon|later|whenever|next\s+week))?\s*(?:[.!?]|$)"
    # talk that goes on with no time or place: "Let's keep talking about it."
    r"|\b(?:let's|we'll)\s+keep\s+(?:talking|chatting)\b"
    # a review promised in the passive, with no venue or time: "Progress will be assessed."
    r"|\bprogress\s+will\s+be\s+(?:assessed|reviewed|monitored|tracked|checked)\s*(?:[.!]|$)"
    # "do what you can and let me know": a report back, nothing about when or how
    r"|\band\s+let\s+(?:me|us)\s+know\s*(?:[.!]|$)"
    # ... or as the message's last words: "Good learning for you. Let me know." (mid-message, "Let me
    # know." answers a question put before it)
    r"|\b(?<![^.!?\s]\s)let\s+(?:me|us)\s+know[.!]?\s*$"
    # the manager watching with no mechanism: "I'll keep an eye on it", "we'll check in on it",
    # "I'll check on progress", "get back to me", "drop me a line", "send me updates"
    r"|\b(?:I'll|I\s+will|we'll|we\s+will|let's)\s+(?:keep\s+(?:an\s+eye|tabs)\s+on|check\s+(?:in|on))\b"
    r"|\bget\s+back\s+to\s+(?:me|us)\b|\bdrop\s+(?:me|us)\s+a\s+(?:line|note|message)\b"
    r"|\b(?:send|post|share|give)\s+(?:me\s+|us\s+)?(?:regular\s+|occasional\s+|some\s+)?(?:progress\s+)?updates\b"
    r"|\blet\s+(?:me|us)\s+know\s+how\s+(?:you're|you\s+are|it's|it\s+is)\s+(?:getting\s+on|going)\b"
    # ("how you go" is Australian for "how you get on")
    r"|\blet\s+(?:me|us)\s+know\s+how\s+you\s+go\b"
    # checking that goes on with no mechanism: "I'll keep checking", "let's keep checking in on it"
    # ("let's see how it's going at the end of January", "we see how it feels", "I'll look at how
    # it's working after a couple of weeks", "Tell me now and then how it's looking")
    r"|\bkeep\s+checking(?:\s+in)?\b|\b(?:see|find\s+out|look\s+at|know|tell\s+me(?:\s+now\s+and\s+then)?)\s+how\s+"
    r"(?:it|things|that|this)(?:'s|\s+is|'re|\s+are)?\s+(?:goes|go|went|going|working|looking|feels?)\b"
    r"|\b(?:revisit|come\s+back\s+to|circle\s+back\s+(?:on|to))\s+(?:it|this|that|them)\b"
    # a one-off report back, no cadence or venue: "Send me a summary when it's merged",
    # "a go/no-go summary to me by Wednesday"
    r"|\b(?:send|give|email|forward|drop|write)\s+(?:me|us)\s+(?:(?:a|an|the|your|some)\s+)?(?:[\w/-]+\s+){0,2}?"
    r"(?:summary|recap|notes?|update|write-up|report|status|line)\b"
    r"|\b(?:summary|recap|write-up|report|update)\s+to\s+(?:me|us)\b"
    r")"
)


# "Maybe mention it in standup sometime": a venue made vague by the time around it.
_BLURRED = rx(
    r"\b(?:sometime|some\s+time|at\s+some\s+point|eventually|one\s+of\s+these\s+days|whenever)\b"
)


# Help posted to a channel is no report on the work: "Laura will post a template in #oncall"
# ("Post a checklist in #db-upgrade and tick it off as you go" is one).
_HELP_POSTED = re.compile(
    r"^(?:post|share|drop|put|link)\s+(?:a|the|our)\s+(?:template|runbook|guide|how-to)\b",
    re.IGNORECASE,
)
# A message headed with the ticket it is posted on is no report on it: "Comment on DOCS-118: Hana,
# can you ..." ("Please comment on DOCS-118 when it's merged" is one).
_TICKET_HEADER = re.compile(r"comment\s+on\s+[a-z][a-z0-9]+-\d+", re.IGNORECASE)
_HEADER_END = re.compile(r"\s*(?:\([^)\n]{0,60}\))?\s*:")


# "Running the team's daily sync is a good way to grow": the meeting is the work handed over,
# not where the work is followed up.
_RUN_THE_MEETING = Folded(
    rf"\b(?:{RUNNING_A_MEETING}|take\s+over|taking\s+over)\s+(?:(?:the|our|your|this|that|[\w-]+'s)\s+){{0,2}}$",
)


def _split(doc: Doc) -> tuple[list[Span], list[Span]]:
    concrete: list[Span] = []
    blurred: list[Span] = []
    for span in doc.find(TRACKING):
        if (
            _HELP_POSTED.match(span.text)
            or (_TICKET_HEADER.fullmatch(span.text) and _HEADER_END.match(doc.unquoted, span.end))
            or _RUN_THE_MEETING.search_view(doc, "unquoted", max(0, span.start - 40), span.start)
        ):
            continue
        start, end = doc.sentence_bounds(span.start)
        if _BLURRED.search_view(doc, "unquoted", start, end):
            blurred.append(span)
        else:
            concrete.append(span)
    return concrete, blurred


@memoised("tracking")
def tracking_mechanisms(doc: Doc) -> list[Span]:
    """A concrete follow-up mechanism and/or cadence."""
    return _split(doc)[0]


@memoised("vague_follow_ups")
def vague_follow_ups(doc: Doc) -> list[Span]:
    """A vague follow-up: "keep me posted", "let me know how it goes"."""
    return _split(doc)[1] + doc.find(VAGUE_FOLLOW_UP)
