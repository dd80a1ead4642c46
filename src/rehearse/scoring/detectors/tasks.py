"""The ask of a delegation brief: is there a task, and is its outcome clear?

`requested_tasks` finds requests ("can you ...", "I'd like you to ...",
"please ...", an imperative) and splits them into `named_tasks` (an object
you can point at: "own the Kafka migration") and `vague_asks` ("look into it",
"just get it done"). `scoped_tasks` are named tasks whose outcome and scope
are spelled out ("migrate the user service to the new auth library",
"own the Kafka migration, meaning all six producer services ...").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from rehearse.scoring.lexicon import (
    COUNT,
    DELIVERABLES,
    NOT_A_NAME,
    NOT_WORK_TO_STOP,
    NUMBER,
    PAST_IRREGULAR_WORDS,
    PERSON_NAME,
    TASK_VERBS,
    TOLD_THINGS,
    VAGUE_PRONOUN_OBJECTS,
    WEEKDAY_FULL,
)
from rehearse.scoring.result import Span
from rehearse.scoring.text import Doc, Folded, Rx, finditer_at, memoised, rx

# Nobody in particular, or a side by its name: "someone on the QA side", "anyone from platform".
_SOMEONE = r"(?:someone|somebody|anyone)(?:\s+(?:on|from|in)\s+(?:the\s+)?[\w-]+(?:\s+(?:team|side|squad|group))?)?"
_SENTENCE_START = r"(?:^|(?<=[.!?]\s))"
# What a wish calls the work: "it'd be great if you could", "would be lovely to have".
_NICE = r"(?:great|good|nice|helpful|ideal|brilliant|lovely|amazing)"
# "Why don't you take the upgrade?", "What if you took the lead on it?", "I'm thinking you lead
# it", "Everyone should ...": an ask put as a proposal or a wish, the way it is said in a
# one-on-one. Only a task verb may follow, in the present or the past: "What if you took a
# break?", "I'm thinking you deserve a raise" ask for no work.
_PROPOSAL_LEADS = (
    r"(?:\bwhy\s+(?:don't\s+you|not)|\bwhat\s+if(?:,[^,.!?;\n]{1,60},)?\s+you|"
    r"\b(?:would|does|will)\s+it\s+work(?:\s+for\s+you)?\s+if\s+you|"
    r"\bit\s+would\s+(?:really\s+)?help(?:\s+(?:a\s+lot|me|us|the\s+team))?\s+if\s+you(?:\s+(?:could|can|would))?|"
    r"\bI(?:'m|\s+am)\s+thinking\s+(?:that\s+)?you|\bI(?:'d)?\s+(?:suggest|propose)(?:\s+that|\s*:)?\s+you|"
    rf"(?:\bmy\s+|{_SENTENCE_START})(?:suggestion|proposal)(?:\s+is)?(?:\s+that|\s*:)?\s+you|"
    r"\bI'd\s+(?:love|like)\s+it\s+if\s+you|\bI'd\s+rather\s+you|\b(?:I|we)\s+ask\s+(?:that\s+)?you(?:\s+to)?|"
    r"\b(?:are\s+you|would\s+you\s+be)\s+(?:ok|okay|happy|free|comfortable|willing|able)\s+to|"
    # "What would it take for you to get the onboarding docs to ...?", "What would help you get the
    # sign-off time down?": the coaching question takes the work as given ("What would it take for
    # you to feel at home here?" names none, and "... for you to get on board with the move?" asks
    # for agreement, not work)
    r"\bwhat\s+would\s+(?:it\s+take\s+for\s+you\s+to|(?:really\s+)?help\s+you(?:\s+to)?)"
    r"(?!\s+(?:get\s+on\s+board|be\s+(?:ok|okay|fine|happy|comfortable|on\s+board)|trust|agree|buy\s+in"
    r"|come\s+(?:round|around)|say\s+yes|support)\b)|"
    r"\bI(?:(?:'m|\s+am)\s+hoping|\s+hope)\s+(?:that\s+)?you\s+(?:can|could|will|'ll)|"
    # "is it realistic for you to ...", "is realistic for you to finish ..." (the "it" dropped, as
    # in a second language)
    r"\bis\s+(?:it\s+)?(?:okay|ok|realistic|feasible|doable)\s+for\s+you\s+to|"
    r"\b(?:I'd|I\s+would|I|would)\s+(?:want|like|love|expect)\s+to\s+see\s+you|"
    r"\b(?:everyone|everybody|all\s+of\s+you)\s+(?:should|must|needs\s+to|has\s+to)|"
    r"\bwhoever(?:'s|\s+is)?\s+(?:[\w-]+\s+){0,4}?(?:should|must|needs\s+to|has\s+to)|"
    # (not the wish in the past: "It would be nice if someone took the handbook seriously" reproaches)
    rf"(?:\bit(?:'d|\s+would)|{_SENTENCE_START}would)\s+be\s+{_NICE}\s+if\s+"
    r"(?:you|we|someone|somebody)\s+(?:could|can)|"
    # "We would appreciate it if your team could look into this": the formal wish, to a team too
    r"\b(?:I|we)(?:'d|\s+would)\s+(?:really\s+|very\s+much\s+|greatly\s+)?appreciate\s+it\s+if\s+"
    r"(?:you|your\s+(?:[\w-]+\s+)?team|someone|somebody)\s+(?:could|can|would))"
)
_PROPOSAL_ONLY = re.compile(_PROPOSAL_LEADS, re.IGNORECASE)
_HYPOTHETICAL_LEAD = re.compile(r"\bif\b|\brather\s+you", re.IGNORECASE)
_PASSIVE_LEAD = re.compile(r"(?:requested|asked|expected|required)\s+to$")
_LEAD = (
    # ("cn u chase legal re the dpa", "can sb take the release notes": chat shorthand)
    r"(?:\b(?:can|cn|could|cld|would|will)\s+(?:you|u)\b|\b(?:can|could)\s+(?:sb|smb)\b|\bare\s+you\s+able\s+to|\bwould\s+you\s+be\s+(?:able|willing)\s+to|"
    # "I'd like your team to bring it back down": the ask names a team (before "you", which "your" starts with)
    # ("we need your IT team to send us the SAML metadata")
    r"\b(?:I'd|I\s+would|we'd|we\s+would|I|we)\s+(?:like|love|want|need)\s+(?:your|the|our)\s+(?:[\w-]+\s+)?team\s+to|"
    # "I would like that you take", "I want you make": the ask in a second language, too
    r"\b(?:I'd|I\s+would|we'd|we\s+would)\s+(?:like|love|want)\s+(?:for\s+|that\s+)?you(?:\s+to)?|"
    r"\b(?:I|we)\s+(?:need|want|expect)\s+(?:that\s+)?you(?:\s+to)?|\bI'm\s+asking\s+you\s+to|"
    # "What I'd love going forward is for you to be more of a presence ...": the wish told as what it is
    r"\bwhat\s+I(?:'d|\s+would)\s+(?:love|like)(?:\s+[\w-]+){0,2}?\s+is\s+for\s+you\s+to|"
    r"\bif\s+(?:possible|you\s+can),?\s+you|\b(?:please|pls)\s+you|"
    # "I'd like Dmitri to make ...": the ask names the person
    # ("I'd like one of us to own the move to GitHub Actions": whoever of the group takes it)
    r"\b(?:I'd|I\s+would|we'd|we\s+would)\s+(?:like|love|want)\s+(?:(?!you\b|to\b)[a-z]+|one\s+of\s+(?:us|you))\s+to|"
    r"\b(?:can|could|may)\s+I\s+(?:ask|get)\s+you\s+to|\bI'd\s+like\s+to\s+ask\s+you\s+to|"
    r"\byou\s+(?:should|need\s+to|have\s+to|'ll\s+need\s+to|will\s+need\s+to|must|could|might\s+want\s+to)|"
    r"\b(?:please|pls|kindly)|"
    # "czy możesz own the release notes", "puedes hacer the cost report": "can you" in the writer's
    # first language, the task in English
    r"\b(?:puedes|podr[ií]as|voc[eê]\s+pode|czy\s+mo[zż]esz|kannst\s+du|k[oö]nntest\s+du|peux-tu|pourrais-tu|"
    r"puoi|potresti)|"
    r"\byour\s+(?:task|job|goal|mission|focus|assignment|priority|next\s+step)(?:\s+(?:for|this|next|over|in|during)\s+[\w\s]{1,20}?)?\s*(?:is|will\s+be|:)(?:\s+to)?|"
    # ("To confirm: you'll produce the incident-response runbook", "you'll write a short test plan
    # on each ticket": the work told, by what it makes; "you'll get used to it" is no work)
    r"\byou(?:'ll|\s+will|'d|'re\s+going\s+to|\s+are\s+going\s+to)(?=\s+(?:own|lead|drive|run|take|handle|pick\s+up|"
    r"write|produce|draft|build|prepare|deliver|document|put\s+together|implement)\b)|"
    r"\blet's\s+(?:have|get)\s+you(?:\s+to)?|\bI'm\s+(?:assigning|handing)\s+you|\bI'd\s+like\s+to\s+hand\s+you|"
    # ("would you want to, uh, maybe shadow Aylin on the event-bus design?", spoken)
    r"\b(?:do\s+you\s+want|would\s+you\s+(?:like|want)|do\s+you\s+fancy)\s+to(?:,?\s+(?:uh|um|erm|maybe|perhaps)\b,?)*"
    r"(?=\s+(?:own|lead|take|pick\s+up|run|drive|handle|shadow|pair|mentor|write|review|draft|present|facilitate)\b)|"
    # (a bare "want to" only with a role: "I want to review the design myself" is the speaker's plan)
    r"\bwant\s+to(?=\s+(?:own|lead|take|pick\s+up|run|drive|handle))|"
    r"\byou'll\s+be(?=\s+(?:own|lead|driv|runn|handl|cover|chair|host)\w*ing\b)|"
    r"\bwe\s+need\s+to|\btry\s+to|\blet's\s+make\s+sure\s+(?:we|you)|"
    r"\b(?:we\s+need|I\s+need|it\s+would\s+be\s+great\s+if)\s+(?:someone|somebody|you)\s+(?:to|could|can)|"
    rf"\b{_SOMEONE}\s+(?:could|can|should|needs\s+to|has\s+to|must)|"
    rf"{_SENTENCE_START}need\s+(?:someone|somebody|you)\s+to|"
    # "Someone fix them?", "Somebody please update the runbook": an order to nobody in particular
    # (asked, or said please: "Someone cut the release early" is what happened)
    rf"{_SENTENCE_START}(?:someone|somebody)(?:\s+please(?=\s+(?:{TASK_VERBS})\b)"
    rf"|(?=\s+(?:{TASK_VERBS})\b[^.!?\n]{{0,200}}\?))|"
    # "could the mobile team ...", "could mobile add a resend button": a team, by its name alone too
    # ("Can the Bangalore folks pick up the nightly triage?": a team by where it sits)
    r"\b(?:can|could|would|will)\s+(?:(?:the\s+|our\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:team|folks|crew|squad)\b|"
    # ("Can engineering look into ...", "could Legal review ...": the stakeholder's name for a team)
    r"(?:mobile|backend|frontend|qa|design|platform|infra|data|security|sre|ops|devops|support|engineering|legal|"
    r"finance|marketing|product|analytics)(?=\s+[a-z]+\s))|"
    r"\bhow\s+about\s+you(?!\s+\w+ing\b)|"
    r"\b(?:we|I)\s+(?:really\s+)?need\s+(?=(?:better|more|fewer|less|faster|cleaner)\s)|"
    rf"\b(?:can|could|would|will)\s+{_SOMEONE}|"
    # ("would it be possible for QA to add ...": a team by its name)
    r"\bwould\s+it\s+be\s+(?:possible|feasible|realistic|doable)\s+(?:for\s+(?:you|someone|somebody|anyone|"
    r"(?:the\s+)?(?:mobile|backend|frontend|qa|design|platform|infra|data|security|sre|ops|devops|support)(?:\s+team)?)"
    r"(?:\s+(?:on|from|in)\s+(?:the\s+)?[\w-]+(?:\s+team)?)?\s+)?to|"
    r"\b(?:have|get)\s+(?:someone|somebody)(?:\s+to)?|"
    r"\b(?:let's|we\s+should|let\s+us)\s+aim\s+(?:to|for\s+you\s+to)|\bthe\s+(?:ask|goal|aim)\s+is\s+(?:for\s+you\s+)?to|\baim\s+to|"
    rf"\bit(?:'d|\s+would)\s+be\s+{_NICE}\s+(?:to|if\s+you\s+could)|"
    r"\b(?:it's|it\s+is|it\s+would\s+be|it'd\s+be)\s+(?:[\w-]+[,\s]+){0,3}?(?:important|critical|essential|key|vital|great|"
    r"good|helpful|crucial)\s+(?:that|if)\s+you(?:\s+(?:could|can|would))?|"
    rf"\btake\s+(?:a|an|the\s+next|the|{COUNT}|a\s+couple\s+of)\s+(?:[\w-]+\s+)?(?:days?|weeks?|sprints?|hours?|afternoons?)\s+to|"
    # "LGTM once you add a migration": the change asked for before approval
    r"\b(?:once|after|when|if)\s+you(?=\s+(?:add|fix|remove|update|write|change|rename|address|split|drop)\b)|"
    r"\bmaybe\s+you\s+can|"
    # "do you have bandwidth to look into ...", "would you have time to review ...": the ask as a
    # question about room for it
    r"\b(?:do|would)\s+you\s+have\s+(?:the\s+|any\s+|some\s+)?(?:time|bandwidth|capacity|cycles|room)\s+to|"
    # "Thanks again for agreeing to cover the onboarding calls": an ask already agreed
    r"\bthank(?:s|\s+you)(?:\s+again|\s+so\s+much)?\s+for\s+agreeing\s+to|"
    # "Sven, you own the Kafka migration going forward": an assignment told, not asked (not praise:
    # "you run the standup really well")
    # (the checks behind it come after "you", so the alternative is found by its first word)
    # ("the way you run retros is a problem", "how you run standup" describe, and ask nothing)
    # ("so: u own the android widget", in chat shorthand)
    r"\b(?:you|u)(?<!\bdo\syou)(?<!\bdid\syou)(?<!\bif\syou)(?<!\bwhen\syou)(?<!\bway\syou)(?<!\bhow\syou)"
    r"(?<!\bdo\su)(?<!\bif\su)"
    r"(?=\s+(?:own|lead|drive|run|handle|pick\s+up|take\s+over)\s+"
    # (a standing meeting by its bare name: "you run standup from next Monday")
    r"(?:the|our|this|two|three|four|five|\d+|standups?|stand-ups?|retros?|planning|triage)\b"
    r"(?![^.!?\n]*\b(?:well|nicely|brilliantly|so\s+much)\b))|"
    # "If you could send me the deck by Friday, that would be great": the polite form of an ask
    r"\bif\s+you\s+could(?:\s+(?:find|make)\s+(?:some\s+|the\s+)?time\s+to)?"
    r"(?=[^.!?\n]{0,160}?,\s*(?:that|it|this)(?:'d|\s+would|'ll|\s+will)\s+(?:be|help|really\s+help)\b"
    # (the comma often left out: "if you could improve the performance there that would be amazing")
    rf"|[^.!?\n]{{0,160}}?\s(?:that|it|this)(?:'d|\s+would)\s+be\s+(?:really\s+|so\s+)?{_NICE}\b)|"
    # "Is it possible for you to ...", "I'm counting on you to ...", "You're expected to ...",
    # "Each squad lead is requested to ...", "Could the two of you ...": more ways to ask
    # ("is possible that you make review of PR #4412": the "it" dropped, a "that" for "for ... to",
    # as in a second language)
    # ("it is possible that you missed it" guesses what happened)
    r"\bis\s+it\s+possible\s+for\s+(?:you|someone|somebody|anyone)\s+to|"
    r"(?<!\bit\s)\bis\s+possible\s+(?:for\s+(?:you|someone|somebody|anyone)\s+to|that\s+you)|"
    # "who can pair with Nadia tomorrow?": asked of whoever can
    r"\bwho\s+(?:can|could)|"
    r"\b(?:can\s+I|I(?:'m|\s+am))\s+(?:count|counting|rely|relying)\s+on\s+you\s+to|"
    r"\b(?:I(?:'m|\s+am)\s+going\s+to|I(?:'ll|\s+will))\s+(?:need|ask)\s+you\s+to|"
    rf"\b(?:we're|we\s+are)\s+asking\s+you\s+to|(?:{_SENTENCE_START}|\bI\s+)request\s+you\s+to|"
    r"\byou(?:'re|\s+are)\s+expected\s+to|\bit(?:'s|\s+is)\s+on\s+you\s+to|"
    r"(?:(?<=\bis\s)|(?<=\bare\s))(?:requested|asked|expected|required)\s+to|"
    r"\b(?:can|could|would|will)\s+(?:the\s+)?(?:two|both|all)\s+of\s+you|"
    rf"{_PROPOSAL_LEADS})"
)
_SOFTENERS = (
    r"(?:(?:please|also|maybe|possibly|just|quickly|actually|really|kindly|now|then|first|still|probably|sort\s+of|kind\s+of|kinda|"
    r"everyone|everybody|folks|both|all|"
    r"\([a-e1-9]\)|"
    # ("please help me to upgrade the Postgres": the work is theirs, with the speaker)
    r"definitely|help(?:\s+(?:me|us)(?=\s+to\s))?(?:\s+to)?|try\s+to|at\s+some\s+point|(?:uh|um|erm|er|like),?|"
    # "please until Monday prepare the list", "please from today you watch the errors"
    r"(?:from|until|by|before)\s+(?:today|tonight|tomorrow|now\s+on|next\s+\w+|(?:mon|tues|wednes|thurs|fri)day),?(?:\s+you)?)\s+){0,3}"
)
# A character inside one sentence: a decimal point ("under 0.1%") does not end it, a full stop does.
_IN_SENTENCE = r"(?:[^.!?;\n]|\.(?=\d))"
_OBJECT = rf"(?P<object>{_IN_SENTENCE}{{0,200}})"

# Weaker leads ("we should ...") make a request only when a task verb follows.
_WEAK_LEAD = (
    r"(?:\bwe\s+(?:should|must|have\s+to|'ll\s+need\s+to|will\s+need\s+to)(?:\s+(?:really|probably|definitely))?"
    r"|\b(?:maybe|perhaps)|\blet's(?:\s+(?:also|then|now|just|first|all))?(?:\s+try\s+to)?|\b(?:gotta|got\s+to)"
    r"|\b(?:can|could|shall)\s+we|\bwe(?:'ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to))"
)
# "Could you have the draft to me by Wednesday?": "have" asks for something delivered.
_HAVE_READY = (
    r"have(?=\s+(?:the|a|an|your|this|that|it|them|those|these|all)\s+[^.!?\n]{0,60}?\b(?:ready|done|to\s+me|finished|drafted|"
    r"written|merged|shipped|over\s+to|out|in\s+place|by|before)\b)(?!\s+(?:a\s+look|the\s+time|a\s+chance|a\s+minute|a\s+sec))"
)
# "Take the checkout perf fix", "grab the Terraform upgrade" (not "take a week", "take a look").
_TAKE = (
    r"(?:take|grab)(?!\s+(?:a|an|the|some|your|this|that|two|three|four|\d+|next|a\s+couple\s+of)\s+(?:\w+\s+){0,2}?"
    r"(?:weeks?|days?|hours?|minutes?|moment|second|breath|break|look|time|sprints?)\b)"
    r"(?!\s+(?:care|it\s+easy|your\s+time|notes|a\s+look|over|on|point|ownership|the\s+lead|you|me|us|it|them|this|that|"
    r"as\s+long|the\s+time|your\s+pick|a\s+guess)\b)"
)
# "help Sam with the Redis thing": helping someone named is a task.
_HELP_SOMEONE = (
    # ("can u help Sam w/ the Redis thing", in chat shorthand)
    rf"help(?=\s+(?!me\b|us\b)\w+\s+(?:w/|(?:with|on|out|get|figure|finish|ship|{TASK_VERBS})\b))"
)
# "take care of the stale branches" is a task like "handle the docs" ("take care" alone is a farewell).
# ("take care about the documentation": the same, in a second language)
_TAKE_CARE = r"take\s+care\s+(?:of|about)(?=\s+(?:the|a|an|our|your|this|these|those|all)\s)"
# "start migrating the training jobs": work begun, with no end named
# ("Ola to try timeboxing them to 15 minutes": a trial of the work, in a retro's action items)
_START_DOING = r"(?:start|begin|try)\s+(?:(?<!try\s)to\s+[a-z]+|(?!(?:being|having|getting|doing|feeling)\b)(?:[a-z]{3,}|us)ing)"
# "Can you be around Saturday in case the migration goes sideways?": being there is the task
_BE_THERE = r"(?:be|stay)\s+(?:around|available|on\s+hand|reachable|on\s+standby)"
# "make review of PR #4412", "do the testing of the new onboarding": the task said as a noun
_DO_THE_NOUN = (
    r"(?:make|do)\s+(?:the\s+|a\s+)?(?:review|migration|refactoring|testing|upgrade|analysis|cleanup|clean-up|"
    r"documentation|deployment|investigation|integration|setup|handover|load\s+test)(?=\s+(?:of|for|on)\b)"
)
# "get back to them today with what we know": a reply owed to someone else ("get back to me" is a follow-up)
_GET_BACK = r"get\s+back\s+to(?!\s+(?:me|us)\b)"
# "come back to me by Friday with a one-page estimate": the thing to bring is the task
_COME_BACK_WITH = (
    r"come\s+back(?=(?:\s+to\s+(?:me|us))?(?:\s+(?:by|on|before|in|within|next)\s+[\w-]+(?:\s+[\w-]+)?)?"
    r"\s+with\s+(?:a|an|the|two|three|\d)\b)"
)
# "I'd like you to be the one keeping the release notes in sync": a role, by what it does
_BE_THE_ONE = (
    r"be\s+the\s+(?:one|person)\s+(?:(?:who|that)\s+[a-z]{3,}|to\s+[a-z]{3,}|[a-z]{3,}ing\b)"
)
# A role handed over: "point", "the DRI", "primary on-call", "on release duty".
_ROLE = (
    r"(?:the\s+|our\s+)?(?:main\s+|new\s+)?(?:point\s+of\s+contact|(?:on\s+)?point(?:\s+person)?|first\s+responder|primary|secondary|dri|owner|contact|"
    r"go-to\s+(?:person|engineer)|escalation\s+point|"
    r"on-call|on\s+call|resident\s+[\w-]+(?:\s+person|\s+expert)?|on\s+[\w-]+\s+duty)"
)
# "become more visible in architecture discussions", "speak up more in design reviews": a behaviour
# to grow, named by where it shows ("be more proactive" alone names nothing)
_PRESENCE = r"(?:visible|present|active|vocal|involved|proactive)"
# ("be more of a presence in incident channels": the same, as a noun)
_BE_MORE = rf"(?:be|become)(?=\s+more\s+(?:{_PRESENCE}|of\s+a\s+presence)\s+in\s)|speak\s+up(?=\s+more\s+in\s)"
_MORE_BEHAVIOUR = re.compile(
    rf"\s*more(?:\s+{_PRESENCE}|\s+of\s+a\s+presence)?\s+in\s+(?:the\s+|our\s+)?[\w-]+"
)
# "Can someone on the team sort it out?", "might want to take it on?": "sort out", "take on"
# with the object inside
_SORT_IT_OUT = (
    r"sort(?=\s+(?:it|this|that|them)\s+out\b)|take(?=\s+(?:it|this|that|them)\s+(?:on|over)\b)"
)
_VERB = (
    rf"(?:{TASK_VERBS}|{_HAVE_READY}|{_TAKE}|{_HELP_SOMEONE}|{_TAKE_CARE}|{_START_DOING}|"
    rf"{_BE_THERE}|{_BE_THE_ONE}|{_GET_BACK}|{_COME_BACK_WITH}|{_DO_THE_NOUN}|be\s+{_ROLE}\b|{_BE_MORE}|{_SORT_IT_OUT})"
)
_ANY_LEAD = rx(f"{_LEAD}|{_WEAK_LEAD}")
_WEAK_ONLY = re.compile(_WEAK_LEAD)
# "Jae will finish ...": someone named commits to the work (tried at the start of a sentence);
# "Sam to migrate ...": an action item in meeting notes. (The name is taken whole, `++`: what may
# follow it opens with "'" or a space, never a letter, so giving letters back finds nothing more.)
_COMMITMENT = re.compile(r"[a-z]++(?:'ll|\s+will|\s+is\s+going\s+to|\s+to)(?=\s)")
_BULLET = re.compile(
    r"[ \t]*(?:[-*\u2022\u2013]|\d{1,2}[.)])[ \t]+(?:\[ ?\][ \t]+)?"
)  # ("- [ ] Rotate ...")
# Where a rule for everyone starts: "from now on", "going forward", "starting Monday", "starting
# (with) sprint 15", "from sprint 15 on", "from next week on".
_RULE_START = (
    r"(?:from\s+now\s+on|going\s+forward|moving\s+forward|from\s+today|"
    rf"starting\s+(?:today|now|tomorrow|this\s+\w+|next\s+\w+|on\s+\w+|{WEEKDAY_FULL}|(?:with\s+)?sprint\s+\d{{1,4}})|"
    # ("From next Monday, every PR gets a first review within one working day": the "on" is often
    # dropped; "from Monday 3 March you're primary on-call" names a person, read by ROLE_ASSIGNED)
    rf"from\s+(?:sprint\s+\d{{1,4}}|next\s+(?:week|sprint|month|quarter|{WEEKDAY_FULL}))(?:\s+on(?:wards)?)?)"
)
_FRONTED = re.compile(
    r"[ \t]*(?:(?:before|after|once|when|if|until|as\s+soon\s+as|while|for)\b(?:[^,.!?;:\n]|\.(?=\d)){1,80}"
    # "From now on, keep the runbooks up to date": a rule's start before the order
    rf"|{_RULE_START}"
    # "By Friday, send the vendor a written reply", "This week, pair with Ana on ...": the deadline first
    r"|(?:by|on|this|next|within|during|in\s+the\s+next|over\s+the\s+next|first\s+thing|end\s+of|"
    # ("Afterwards, write down the three gaps", "Also, update the runbook": the order of the asks)
    r"tomorrow|today|tonight|meanwhile|in\s+the\s+meantime|for\s+now|afterwards|after\s+that|also|finally|lastly|"
    r"then|first|second|third)\b(?:[^,.!?;:\n]|[.:](?=\d)){0,40}),[ \t]+"
)
_MENTION = re.compile(r"[ \t]*(?:(?:hey|hi|ok|okay|so)[, \t]+)?@[\w.-]+[,:]?[ \t]+", re.IGNORECASE)
_FOLLOW_UP_PLAN = re.compile(
    r"(?:check|look\s+at|look|review|sync|catch\s+up|touch\s+base|meet|talk|go\s+through|go\s+over|revisit|keep|track|"
    r"monitor|watch|update|trial|compare|chat|follow\s+up)\b"
)
# "I need a migration plan for ...": the deliverable is the ask.
NEEDED_DELIVERABLE = rx(
    r"(?P<lead>\b(?:I|we)(?:\s+(?:really\s+)?(?:need|want)|'d\s+like|\s+would\s+like|'ll\s+need|\s+will\s+need|"
    r"'m\s+going\s+to\s+need|\s+am\s+going\s+to\s+need)\s+(?:you\s+to\s+(?:write|draft|send|give\s+me)\s+)?"
    # ("What I'd love is, um, by Friday, just a short write-up", "what I'd like from you, concretely, is")
    r"|\bwhat\s+(?:I|we)(?:\s+(?:need|want|would\s+(?:like|love)|am\s+asking\s+for)|'d\s+(?:like|love)|'m\s+asking\s+for)"
    r"\s+(?:from\s+you\s*)?"
    r"(?:,?\s*(?:um|uh|erm|concretely|really|honestly|basically|just|by\s+\w+|here)\s*,?)*\s*(?:is|:)"
    r"(?:\s*,?\s*(?:um|uh|erm|just|by\s+\w+|really|basically)\b,?)*\s+"
    r"|\bI(?:'m|\s+am)\s+asking\s+(?:you\s+)?for\s+)"
    # ("I need engineering's forecast of cloud spend": a team's deliverable, by its name)
    r"(?P<verb>(?:a|an|the|your|one|two|three|(?!(?:what|that|it|there|here|who|he|she|let)'s)[a-z]+'s)\s+"
    r"(?:(?!(?:help|input|advice|thoughts|eyes|view|take|opinion|support)\b)[\w-]+\s+){0,3}?"
    rf"(?:{DELIVERABLES}))s?\b{_OBJECT}"
)
# "Elif and Sam, six working days from Monday, to fix the memory leak": who, for how long, and
# the work, as a terse answer to "how long, and who?" (the names are checked for capitals).
NAMED_FOR_A_TIME = rx(
    r"(?P<lead>(?:^|(?<=[.!?]\s))(?P<names>[a-z]+(?:\s+and\s+[a-z]+)?),\s+(?:for\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:days?|weeks?|sprints?|hours?|months?)(?:\s+(?:from|starting|after|this|next)\s+[\w-]+)?,\s+to\s+)"
    rf"(?P<verb>{_VERB})\b{_OBJECT}"
)
# "The release notes would be nice to have", "it'd be great to have a runbook for this": a
# deliverable wished for.
_NICE_TO_HAVE = rf"(?:would|'d)\s+be\s+{_NICE}\s+to\s+have"
_NICE_TO_HAVE_AT = re.compile(rf"\b{_NICE_TO_HAVE}\b")
WISHED_FOR = rx(
    r"(?P<lead>)(?P<verb>\b(?:the|a|an|some|your)\s+(?:[\w-]+\s+){0,3}?(?:"
    rf"{DELIVERABLES})s?)\s+{_NICE_TO_HAVE}\b(?P<object>)"
)
WISHED_TO_HAVE = rx(
    rf"(?P<lead>\b{_NICE_TO_HAVE}\s+)(?P<verb>(?:a|an|the|one)\s+(?:[\w-]+\s+){{0,3}}?(?:{DELIVERABLES})s?\b)"
    rf"(?P<object>{_IN_SENTENCE}{{0,120}})"
)
# "The runbook for the failover STILL doesn't exist. Would be nice to have one at some point.": the
# deliverable wished for by a pronoun, named in the sentence before (read by _WISHED_BEFORE; "it'd
# be nice to have them back" wishes for people).
WISHED_TO_HAVE_ONE = rx(
    rf"(?P<lead>\b{_NICE_TO_HAVE}\s+)(?P<verb>one|them|it)\b(?!\s+(?:back|here|around|on\s+board|with|of)\b)"
    r"(?P<object>)"
)
_WISHED_BEFORE = rx(rf"\b(?:{DELIVERABLES}|results|findings|numbers)s?\b")
# "Teams that still depend on it are responsible for their own migration": a duty assigned.
RESPONSIBLE = rx(
    r"(?P<lead>\b(?:you|teams?|squads?|owners?|everyone|everybody|each\s+[\w-]+|every\s+[\w-]+|all\s+[\w-]+)\b"
    rf"[^.!?;\n]{{0,60}}?\s(?:are|will\s+be)\s+(?:now\s+|also\s+)?)(?P<verb>responsible\s+(?:for|that))\b(?P<object>{_IN_SENTENCE}{{0,200}})"
)
# Participles of work done to a thing, for asks in the passive ("could be completed", "are to be
# reviewed", "need to be written"); not of a state or a judgement ("is to be expected", "be noted").
_WORK_PARTICIPLES = (
    r"completed|delivered|rolled\s+out|tightened\s+up|acknowledged|published|rotated|closed|resolved|"
    r"approved|deployed|archived|deleted|drafted|set\s+up|built|sorted(?:\s+out)?|rewritten|revised|"
    r"audited|triaged|tracked\s+down|handed\s+over|decommissioned|switched\s+off|turned\s+off|moved\s+off"
)
# "By Friday I'd like the pricing page updated with the new three tiers", "I need the flaky tests
# fixed before the freeze": the thing wanted, and what is to be done to it ("I'd like the team
# happier" wants a state, and names no work).
WANTED_DONE = rx(
    r"(?P<lead>\b(?:I'd|I\s+would|we'd|we\s+would|I|we)\s+(?:really\s+)?(?:like|want|need)\s+"
    # ("the motor controller board needs the CAN bus error handling finished": the thing's need,
    # told like the speaker's; "the board needs the CAN bus" names no work done to it)
    r"|\bneeds\s+)"
    # ("I'd want every critical supplier (there are about 30) reviewed": each of them, counted aside;
    # "I'd want the action items with owners and due dates in the doc": the things, where they go)
    r"(?P<verb>(?:the|our|your|this|these|those|all|every|each)\s+(?:[\w/-]+\s+){1,7}?(?:\([^()\n]{1,40}\)\s+)?"
    rf"(?:{_WORK_PARTICIPLES}|updated|fixed|migrated|cleaned\s+up|documented|reviewed|tested|upgraded|replaced|"
    r"finished|done|shipped|written|merged|removed|retired"
    # (things written down: "the new hires in the doc" are people)
    r"|(?:items|actions|notes|numbers|results|findings|decisions|risks|steps|figures|metrics|details)"
    r"(?:\s+[\w-]+){0,6}?\s+(?:in|on|into)\s+(?:the|our)\s+(?:doc|document|tracker|ticket|wiki|"
    r"sheet|spreadsheet|jira|confluence|notion|repo)))\b(?P<object>"
    rf"{_IN_SENTENCE}{{0,200}})"
)
# "It's important that the docs get updated": a request in the passive.
PASSIVE_REQUEST = rx(
    # ("For me is important that the API docs are more good": the "it" dropped, in a second language)
    # ("It would be appreciated if the Q4 access review could be completed", "It is expected that all
    # P1 tickets will be acknowledged": the formal ask, the work its subject; "it is expected that
    # the weather turns" names no work done, and no participle of work follows)
    r"(?P<lead>\b(?:it's|it\s+is|it\s+would\s+be|it'd\s+be|for\s+(?:me|us)\s+(?:it\s+)?is)\s+(?:really\s+|very\s+|much\s+)?(?:important|critical|essential|"
    r"key|great|good|nice|helpful|brilliant|amazing|ideal|appreciated|expected|required)\s+(?:that|if)\s+)"
    r"(?P<verb>(?:the|our|your|this|these|those|all|every|each)\s+[\w\s-]{1,40}?\s+(?:get|gets|got|be|is|are|were)\s+"
    rf"(?:{_WORK_PARTICIPLES}|"
    r"updated|fixed|migrated|cleaned\s+up|documented|improved|reduced|removed|automated|refactored|"
    r"simplified|stabili[sz]ed|reviewed|tested|upgraded|replaced|finished|done|shipped|written|"
    # "it would be nice if the onboarding docs were less outdated": the change, as a state
    r"(?:less|more)\s+(?:up\s+to\s+date|[\w-]{4,})))\b(?P<object>)"
)
# A request ("can you" + a task verb) and an imperative are tried only where they can start:
# after a lead, or at the start of a sentence or after a colon. Scanning every position costs
# ten times more.
# "Could you and Rosa take ...": the person and a partner.
# "Could you or someone on the sepsis committee review ...": the person, or whoever they pick.
_PARTNER = r"(?:\s+and\s+[\w-]+|\s+or\s+(?:someone|somebody)\s+(?:on|from|in)\s+(?:the\s+|your\s+)?[\w-]+(?:\s+[\w-]+)?)?"
# "please everybody, when you open a PR, put the ticket number in the title": when the ask applies,
# said between the lead and its verb ("Please, when you have a moment, think about it" still asks
# for no work)
_WHEN_YOU = (
    r"(?:(?:everyone|everybody|all|folks|team),?\s+)?"
    r"(?:(?<=,\s)|(?<=,\s\s))(?:when|whenever|once|if|before|after)\s+you\s+[^,.!?;:\n]{1,60},\s+"
)
_AFTER_LEAD = rx(rf"{_PARTNER},?\s+{_SOFTENERS}(?:{_WHEN_YOU})?(?P<verb>{_VERB})\b{_OBJECT}")
# After a clear request ("could you", "please"), any verb starts the task: the verb list cannot
# name every job ("go through the tickets", "find out why signups dropped"). Verbs of talk,
# thought and courtesy are not work.
_NOT_TASK_VERB = (
    r"(?:be|been|being|let|tell|know|think|feel|imagine|believe|remember|see|hear|say|ask|mind|give\s+me|"
    r"get\s+back|ping|update|loop|shout|keep|stay|try|make\s+sure|help|not|just|also|you|we|i|me|us|it|this|that|"
    r"the|a|an|maybe|please|confirm\s+you|let's|do\s+me|spare|send\s+me\s+a|drop\s+me|reach|talk|chat|sync|"
    r"speak|meet|join|come|go(?!\s+(?:through|over))|enjoy|relax|rest|celebrate|welcome|recall|note(?!\s+down)|sort|stop(?!\s+[a-z]+ing\b)|start|continue|agree|promise|trust|like|love|want|need|have|has|had|am|is|are|was|were)"
)
_ANY_VERB_AFTER_LEAD = re.compile(
    rf"(?:\s+and\s+[\w-]+)?,?\s+{_SOFTENERS}(?:{_WHEN_YOU})?(?P<verb>(?!{_NOT_TASK_VERB}\b)[a-z]+"
    r"(?:\s+(?:up|out|down|through|into|over|off|around|back))?)\b"
    # the object: something named, or what to stop doing ("stop merging on Fridays")
    # or a thing by its technical name ("fork payments-sdk at 4.2.1")
    rf"(?P<object>\s+(?:the|a|an|our|your|this|that|these|those|all|every|each|why|how|what|whether|\w+'s|"
    r"[a-z0-9]+(?:[-_./][a-z0-9]+)+|(?!(?:is|was|has|does|goes|says|thanks|yes|us|its|this|his|things|others|ones|guys|folks|days|weeks|hours|minutes)\b)[a-z]{3,}s\b|"
    rf"(?<=stop\s)(?!{NOT_WORK_TO_STOP}\b)[a-z]+ing)\b{_IN_SENTENCE}{{0,200}})"
)
_AT_START = rx(
    r"[ \t]*(?:(?:so|ok|okay|hey|also|and|then|next|first|second|third|finally|lastly|now|right|alright|just|please|either|instead|honestly|ideally|"
    r"try\s+to|go|gotta|got\s+to|\([a-e1-9]\)|\[[\w.#-]{1,20}\])[, \t]+){0,2}"
    rf"(?P<verb>{_VERB})\b{_OBJECT}"
)
# "Would you be up for owning the DR test?": a request with a gerund.
GERUND_REQUEST = rx(
    r"(?P<lead>\b(?:would\s+you\s+be|are\s+you|(?:if|whether)\s+you(?:'d|\s+would)\s+be)\s+"
    r"(?:up\s+for|open\s+to|interested\s+in|keen\s+on|happy\s+with)"
    r"|\b(?:would\s+you\s+)?mind|\bfancy|\byou'll\s+be"
    # ("would you have any interest in helping out with the SOC 2 prep?": "interested in", said as a noun)
    r"|\b(?:would|do)\s+you\s+have\s+(?:any|an|some)\s+interest\s+in"
    r"|\byou(?:'re|\s+are)(?:\s+now|\s+going\s+to\s+be)?(?=\s+(?:owning|leading|driving|running|taking\s+over|handling|"
    r"picking\s+up|covering|facilitating|chairing|hosting|managing|coordinating)\b)"
    r"|\bhow\s+(?:would|do)\s+you\s+feel\s+about|\bhow\s+about\s+you"
    r"|\b(?:who's|who\s+is|anyone|anybody|who'd\s+be|would\s+(?:anyone|anybody)\s+be)\s+(?:up\s+for|interested\s+in|keen\s+on|happy\s+with)"
    # "What's getting in the way of you finishing the pen-test remediation?": the work taken as
    # given, asked what blocks it ("what's getting in the way of you sleeping?" is no work)
    r"|\bwhat(?:'s|\s+is)\s+(?:getting|standing)\s+in\s+the\s+way\s+of\s+(?:you|your))\s+"
    rf"(?P<verb>(?!being\b|having\b|doing\s+(?:it|this|that)\b)[a-z]+ing)\b(?P<object>{_IN_SENTENCE}{{0,200}})"
)
# "Interested in leading the DR test?" (the question with "are you" left out), "Does end of April
# feel realistic for getting both apps onto the new SDK?": rarer, so looked for only after a hint.
_GERUND_PROPOSAL_HINTS = (
    "up for",
    "interested in",
    "keen on",
    "open to",
    "ok with",
    "okay with",
    "fine with",
    "comfortable with",
    "ok taking",
    "how about",
    "what about",
    "consider",
    "realistic for",
    "doable for",
    "feasible for",
    "possible for",
    "achievable for",
    "reasonable for",
)
GERUND_PROPOSAL = rx(
    rf"(?P<lead>{_SENTENCE_START}(?:up\s+for|interested\s+in|keen\s+on|open\s+to)"
    r"|\b(?:would\s+you\s+be|are\s+you)\s+(?:ok|okay|fine|comfortable)(?:\s+with)?"
    r"|\b(?:how|what)\s+about(?:\s+you)?|\b(?:would\s+you|have\s+you|could\s+you)\s+(?:consider|considered)"
    r"|\b(?:feel|feels|seem|seems|sound|sounds)\s+(?:realistic|doable|feasible|possible|achievable|reasonable)\s+for)\s+"
    rf"(?P<verb>(?!being\b|having\b|doing\s+(?:it|this|that)\b|getting\s+started\b)[a-z]+ing)\b(?P<object>{_IN_SENTENCE}{{0,200}})"
)
# After these a gerund is work only if its verb is ("Interested in hearing more?", "Up for grabbing
# a coffee?" are invitations).
_NOT_WORK_GERUND = frozenset(
    [
        "join",
        "grab",
        "do",
        "have",
        "keep",
        "talk",
        "chat",
        "discuss",
        "hear",
        "meet",
        "share",
        "go",
        "come",
    ]
)


@cache
def _task_verb() -> re.Pattern[str]:
    return re.compile(rf"(?:{TASK_VERBS}|take|grab)", re.IGNORECASE)


def _gerund_is_work(verb: str) -> bool:
    bases = _gerund_bases(verb)
    return not any(base in _NOT_WORK_GERUND for base in bases) and any(
        _task_verb().fullmatch(base) for base in bases
    )


# "The quarantine list is expected to be brought down to under ten entries": an outcome in the passive.
EXPECTED_PASSIVE = rx(
    r"(?P<lead>)(?P<verb>\b(?:the|our|your|this|these|those|all)\s+[\w\s-]{1,40}?\s+(?:is|are|needs?\s+to|has\s+to|have\s+to|must|should)\s+"
    r"(?:expected\s+to\s+|supposed\s+to\s+)?be\s+(?:brought\s+down|reduced|cut|fixed|migrated|cleaned\s+up|done|finished|shipped|"
    r"documented|updated|upgraded|replaced|removed|retired|moved|merged|live|green|back\s+under|under|below|"
    rf"written|reviewed|tested|{_WORK_PARTICIPLES})"
    r"|\b(?:is|are)\s+to\s+be\s+(?:reviewed|updated|written|tested|documented|"
    rf"{_WORK_PARTICIPLES}|"
    r"completed|done|finished|shipped|fixed|delivered|migrated|removed|retired)"
    # "Ideally the new design tokens would be rolled out across ...": the wish, hedged ("the tokens
    # would be rolled out next week" without it tells a plan)
    r"|\bideally,?\s+(?:the|our|your|this|these|those|all)\s+[\w\s-]{1,40}?\s+(?:would|could|should|will)\s+be\s+"
    rf"(?:{_WORK_PARTICIPLES}|updated|reviewed|written|tested|documented|fixed|migrated|removed|finished|done|shipped)"
    # "Could that be tightened up sometime?", "Can the runbook be updated by Friday?": asked in the
    # passive ("Could that be the reason?" asks about a cause)
    r"|\b(?:can|could)\s+(?:that|this|it|(?:the|our|these|those)\s+[\w\s-]{1,40}?)\s+be\s+"
    rf"(?:{_WORK_PARTICIPLES}|updated|reviewed|written|tested|documented|fixed|migrated|removed|finished|done|shipped))\b"
    rf"(?P<object>{_IN_SENTENCE}{{0,200}})"
)
_COLON = re.compile(r":[ \t]+")
_DASH = re.compile(r"[ \t]-[ \t]+")
# "So here's my ask: ...", "Here's what I'll change: ...": what follows the colon is the ask or the plan.
# What "we" do when a plan only proposes to talk: "Proposal: we meet on Tuesday".
_WE_TALK = r"(?:meet|talk|chat|sync|catch|discuss|sit|see|check|review|look|touch|follow)"
ASK_COLON = rx(
    r"(?P<lead>(?:^|(?<=[.!?]\s))(?:so,?\s+)?(?:(?:my|our|the|your)\s+)?(?:task|assignment|deliverable|ask|request)(?=\s*:)"
    # "Monthly eng all-hands, action for all managers: by the 30th, every team lead posts ...": the
    # action item's label names who it is for ("Action for me: ..." is the speaker's own)
    r"|(?:^|(?<=[.!?]\s)|(?<=,\s))action\s+for\s+(?!(?:me|us|myself)\b)[^:.!?\n]{1,30}(?=:[ \t]*[^\s.!?]+(?:[ \t]+[^\s.!?]+){3})"
    # "Proposal: we ship self-serve onboarding on May 24 ...": the team's plan, labelled ("Proposal:
    # you own ..." is an ask of its own; "Proposal: we meet on Tuesday" proposes a talk, not the work)
    # (also "So the plan, as I understand it, is: we ...", and "The plan." said alone before "We ship ...")
    r"|(?:^|(?<=[.!?]\s))(?:so,?\s+)?(?:(?:my|our|the)\s+)?(?:proposal|plan)(?:,\s+[^,:.!?\n]{1,40},)?(?:\s+is)?"
    rf"(?:(?=\s*:\s*we\s+(?!{_WE_TALK}\b))|\.\s+(?=we\s+(?!{_WE_TALK}\b)))"
    # "Okay so for the datacentre exit: we move the remaining 40 VMs by 30 June": the plan for a piece
    # of work, headed by its name ("For the offsite: we meet at nine" plans a talk)
    r"|(?:^|(?<=[.!?]\s))(?:(?:okay|ok|right|so),?\s+){0,2}for\s+(?:the|our|this)\s+(?!record\b)[^:.!?\n,]{1,40}"
    r"(?=:\s*we(?:'ll|\s+will)?\s+(?:ship|deliver|launch|release|finish|complete|publish|migrate|move(?!\s+on\b)|build|"
    r"cut\s+over)\b)"
    # "So we're agreed: Mei pairs with you Tuesdays and Thursdays, tests go in with each ticket": the
    # plan agreed, told in the present like the proposal's ("Agreed: good call." lists no work;
    # "We're agreed: we meet on Tuesday" agrees on a talk)
    r"|(?:^|(?<=[.!?]\s))(?:so,?\s+)?(?:(?:we're|we\s+are|we've|we\s+have|we)\s+)?agreed(?:\s+(?:then|on))?"
    rf"(?=\s*:[ \t]*(?!we\s+{_WE_TALK}\b)[^\s.!?]+(?:[ \t]+[^\s.!?]+){{3}})"
    # "Goal: own the revenue mart end to end", "Target is 2000 RPS": the goal stated bare is the ask
    r"|(?:^|(?<=[.!?]\s)|(?<=:\s))(?:the\s+|our\s+|your\s+)?(?:goal|target|objective|aim|deliverables?)"
    # ("the goal for H2 is that you can run an incident as Incident Commander alone": the time or
    # the person the goal is for, before "is" as before a colon)
    r"(?:\s+for\s+(?:[^:.!?\n]|\.(?=\d)){1,40}(?=:|\s+(?:is|are)\s))?(?=\s*:|\s+(?:is|are)\s)"
    # "Expectation: all code reviews assigned to you are completed within two working days", "the
    # following expectations apply over the next 30 days: you will attend ...": a formal plan's
    # goal, labelled ("Expectations are high" has no colon, "Expectation: low." no goal)
    r"|(?:^|(?<=[.!?]\s)|(?<=:\s)|\bthe\s+following\s+)expectations?(?:\s+apply\b[^:.!?\n]{0,40})?(?=\s*:[ \t]*[^\s.!?]+(?:[ \t]+[^\s.!?]+){3})"
    # "We aim that your next six tickets pass QA", as a second-language speaker says it
    r"|(?:^|(?<=[.!?]\s))(?:we|I)\s+aim(?=\s+that\s)"
    # "What I'd love to see is your next six tickets getting through QA on the first pass": the
    # expectation, announced ("What I'd love to see is you happier" wishes, and asks nothing)
    r"|\bwhat\s+(?:I|we)(?:(?:'d|\s+would)\s+(?:love|like)|\s+(?:want|expect|hope))\s+to\s+see"
    r"(?:\s+(?:from\s+you|next))?(?=\s+is\s+(?!you\s+(?![a-z]+ing\b)))"
    # ("Here's the change: starting with sprint 15, I bring any scope change to the team first")
    r"|\bhere's\s+(?:exactly\s+)?(?:my|the|our|what)\s+(?:ask|request|plan|proposal|asks|brief|spec|scope|changes?(?=\s*:)|"
    r"I'm\s+asking(?:\s+(?:you\s+)?(?:all\s+)?(?:for|to\s+(?:do|commit\s+to)))?|I\s+need(?:\s+from\s+you)?|I'd\s+like|I\s+want|"
    # ("Then here's what I'd propose: we ship self-serve onboarding on May 24 ...")
    # ("Here's what I'd suggest: we meet on Tuesday" proposes a talk, not the work)
    rf"(?:I|we)(?:'d|\s+would)?\s+(?:propose|suggest)(?=\s*:[ \t]*(?![ \t]|we\s+{_WE_TALK}\b))|"
    # ("Here's what done means on this team: every ticket with new logic ships with unit tests")
    r"I\s+expect|I'm\s+expecting|good\s+looks\s+like|done\s+looks\s+like|done\s+means(?=[^:.!?\n]{0,30}:))[^:.!?\n]{0,50}"
    r"|\b(?:my|the)\s+(?:ask|expectation|request)\s+(?:for\s+you\s+|of\s+you\s+)?(?:is|would\s+be)"
    r"|\bwhat\s+I\s+(?:expect|need|want)(?:\s+(?:from\s+you|of\s+you|on\s+this\s+team))?\s*(?:is)?(?=\s*:)"
    # "What I'm asking for is very specific: Elif and Sam, for six working days, to fix the leak"
    r"|\bwhat\s+I(?:'m|\s+am)\s+asking\s+(?:you\s+)?for(?:\s+is(?:\s+(?:very|quite|really|pretty))?"
    r"(?:\s+(?:specific|simple|concrete|clear|small))?)?(?=\s*:)"
    r"|\b(?:my|the|our)\s+(?:concrete|specific|one|only|actual|exact)\s+(?:ask|request)(?=\s*:)"
    # "Realistically I'd ask for: answering binding issues within a week, and ...": the ask, listed
    # ("I'd ask for: patience." lists no work)
    r"|\b(?:I|we)(?:'d|\s+would)\s+ask\s+(?:you\s+)?for(?=\s*:[ \t]*[^\s.!?]+(?:[ \t]+[^\s.!?]+){3})"
    # "Success looks like: she leads two design reviews ...": the outcome stated bare
    r"|(?:^|(?<=[.!?]\s)|(?<=:\s))(?:success|done|good)\s+looks\s+like(?=\s*:))"
    rf"(?P<verb>)(?P<object>:?[ \t]*{_IN_SENTENCE}{{1,200}})"
)
# "Please, by Thursday EOD: a one-page summary ...", "Three slides on cloud spend: ...": a deliverable
# named before or after a colon that lists what it holds.
DELIVERABLE_COLON = rx(
    r"(?P<lead>(?:^|(?<=[.!?]\s))please\b[^:.!?\n]{0,50}(?=:)"
    r"|(?:^|(?<=[.!?]\s))(?=(?:a|an|one|two|three|four|five|six|\d+)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{DELIVERABLES})s?\b[^:.!?\n]{{0,60}}:))"
    rf"(?P<verb>)(?P<object>:?[ \t]*{_IN_SENTENCE}{{1,200}})"
)
# "Target: sometime next quarter", "Deliverable: by Friday": only a time frame follows the label.
_WHEN_ONLY = re.compile(
    r":?[ \t]*(?:sometime|some\s+time|by|before|end\s+of|eo[dwmq]|next|this|within|q[1-4]|h[12]|mid|early|late|"
    r"asap|soon|no\s+(?:date|deadline|rush))\b(?:[ \t]+[\w-]+){0,4}[ \t]*(?:[.!?;\n]|$)"
)
# "Team rule from now on: anything touching auth needs two approvals", "Moving forward, no Friday
# deploys after 14:00": a rule for everyone, stated as what holds from then on.
RULE = rx(
    r"(?P<lead>(?:^|(?<=[.!?:\n]\s)|(?<=\n)|(?<=,\s))(?:(?:(?:team|eng-wide|engineering-wide|org-wide|new)\s+)?(?:rule|policy)"
    rf"(?:\s+\([^)\n]{{1,40}}\))?(?:\s+{_RULE_START})?\s*:"
    rf"|(?:{_RULE_START}|effective\s+(?:today|now|immediately|[\w\s]{{1,20}}?))\s*[,:]?)\s+)"
    r"(?P<verb>)(?P<object>(?!(?:i|i'll|i'm|we'll|we're|we\s+will|i\s+will|please|you|the\s+plan)\b)"
    r"(?=[^.!?;\n]{0,120}\b(?:no|only|every|each|all|any|anything|needs?|must|within|max|at\s+least|\d+)\b)[^.!?;\n]{4,200})"
)
# "This retry loop needs a cap", "every PR that touches billing needs a second reviewer": a change
# asked for by saying what the thing lacks.
NEEDS_ADDING = rx(
    r"(?P<lead>)(?P<verb>\b(?:this|the|that|every|each|all|any|anything|everything)\s+(?!team\b)"
    r"(?:(?!(?:you|we|i|they|he|she|if|when|and|but)\b)[\w/#'()-]+\s+){0,8}?"
    r"(?:needs|need|requires|require)\s+(?:a|an|two|three|\d+|more|its|their|proper|another|at\s+least)\b"
    # "needs an owner" asks for a person, not a change
    r"(?!\s+(?:owner|volunteer|home|lead|dri|decision|break|rest)\b))"
    rf"(?P<object>{_IN_SENTENCE}{{1,200}})"
)
# How far before its verb a subject can start ("every public endpoint in the v3 API (there are 64)").
_SUBJECT_REACH = 160
_NEEDS_WORD = rx(
    r"\b(?:needs|need|requires|require)\s+(?:a|an|two|three|\d+|more|its|their|proper|another|at\s+least)\b"
)
# "Hypothetically, if we got the headcount, would you ...": no task is being handed over.
_HYPOTHETICAL = re.compile(
    r"\s*(?:hypothetically|in\s+theory|if\s+we\s+(?:ever\s+)?(?:got|had|were|did)|say\s+we\s+(?:got|had))\b"
)
# "Is the SSO rollout for Contoso doable by Dec 15?": the work named by asking whether it fits
# ("Is the timeline realistic?" asks about a date, not the work).
FITS_QUESTION = rx(
    r"(?P<lead>(?:^|(?<=[.!?]\s)|(?<=,\s))is\s+)(?P<verb>(?:the|our|this|that)\s+(?:[\w-]+\s+){0,6}?"
    r"(?!(?:timeline|date|deadline|estimate|schedule|target|plan|goal|number|budget|ask)\s)[\w-]+)"
    r"\s+(?:still\s+|really\s+)?(?:doable|realistic|feasible|achievable)\b(?P<object>)"
)
# "it would be nice if the team were more relaxed": how people should be, not a change to a thing
_PEOPLE_MORE = re.compile(
    r"(?:the|our|your|this|these|those)\s+(?:[\w-]+\s+){0,2}?(?:team|people|hires|engineers|staff|folks|"
    r"devs|developers|members|juniors|seniors|reports|squad)\s+(?:is|are|were|be)\s+(?:less|more)\b"
)
# "Here's what I'll change: ...": the speaker's own plan; specific like an ask, but not a request.
PLAN_COLON = rx(
    r"(?P<lead>\bhere's\s+(?:exactly\s+)?(?:what\s+(?:I(?:'ll|\s+will|'m\s+going\s+to)|we(?:'ll|\s+will|'re\s+going\s+to))\s+"
    r"(?:do|change)|what(?:'s|\s+is|\s+will\s+be)\s+changing|what\s+changes)[^:.!?\n]{0,50}"
    # "Sprint 41 retro - what we'll try in sprint 42:" and its list: a retro's plan, as a heading
    # ("what we'll try next is unclear" has no colon; "What we'll discuss:" plans a talk)
    r"|(?:^|(?<=\s-\s))what\s+we(?:'ll|\s+will|'re\s+going\s+to)\s+(?:try|do|change)\b[^:.!?\n]{0,40}(?=:\s*\n))"
    r"(?P<verb>)(?P<object>:[ \t]*(?:\n[ \t]*(?:[-*\u2022][ \t]+)?)?[^.!?;\n]{1,200})"
)
_PAST_NOT_PRESENT = "|".join(sorted(PAST_IRREGULAR_WORDS - {"cut", "hit", "shut"}))
# A word after the "verb" that shows it was a noun ("Support logged 37 tickets", "Review is booked").
_NOT_IMPERATIVE = re.compile(
    r"\s*(?:is|are|was|were|has|have|had|will|would|can|could|should|did|does|got|gets|team)\b"
    r"|\s*[a-z]+ed\s+(?:\d+|a|an|the|about|that|it|us|me|them|our|their|his|her)\b"
    # ... or an irregular past: "Support took 37 tickets" ("cut", "hit", "shut": present too)
    rf"|\s*(?:{_PAST_NOT_PRESENT})\s+(?:\d+|a|an|the|about|that|it|us|me|them|our|their|his|her)\b"
    # "Do you get an update every afternoon?" asks how things are ("Do the migration", "Do you have
    # time to review it?" ask for work)
    # ("Do we even know who uses the legacy reports?" asks nothing of anyone)
    r"|(?<=\bdo)\s+(?:you|we|i|they)\s+(?:even\s+|actually\s+|really\s+)?"
    r"(?:get|receive|see|hear|read|know|remember|understand|agree)\b"
    # ("Do you have bandwidth to own it?" is asked by its lead)
    r"|(?<=\bdo)\s+you\s+have\s+(?:the\s+|any\s+|some\s+)?(?:time|bandwidth|capacity|cycles|room)\s+to\b"
)
# "Email to the team:", "Email subject: ...": the envelope of a pasted message, not "email the team".
_ENVELOPE = re.compile(
    r"(?:e-?mail|message|memo|note|comment|dm)\s*(?:to\b[^:\n]{0,40}|subject|draft|body|text)?\s*:"
    # "Update from leadership offsite: ...": a header, not "update the page"
    r"|(?:update|notes?|summary|recap|news)\s+(?:from|on|for)\b[^:\n]{0,60}:"
)
# "What would you cut ...?" asks for an opinion, not a task.
# How far back a question word can open the sentence a lead sits in ("what do you think we should").
_WH_REACH = 36
_WH_BEFORE = re.compile(
    # ("That's exactly why I want you to lead the move" gives the reason: no question)
    r"\b(?:what|how|which|where|why|when|who)\s+(?:(?:do|would|did)\s+you\s+think\s+)?(?:\w+\s+)?$"
)
# "I'll back you if you need to cut someone off": a case the speaker prepares for, not an ask
# (the condition opening its sentence leads to the ask: "If you need to cut scope, drop the export
# and ship the rest by Friday").
_IN_CASE_YOU = re.compile(
    r"you\s+(?:need\s+to|have\s+to|must|should|'ll\s+need\s+to|will\s+need\s+to)\b"
)
_IF_BEFORE = re.compile(r"\b(?:if|unless|in\s+case)\s+(?:ever\s+)?$")
# "That's (precisely) why I want you to ...": the reason for the ask, not a question.
_REASON_WHY = re.compile(
    r"\b(?:that's|that\s+is|this\s+is|which\s+is|it's|here's)\s+(?:\w+\s+)?why$"
)
# A second task in the same request: "investigate why it fails and write up what you find".
COORDINATED = rx(
    rf"(?:\band|,)\s+(?:then\s+|also\s+)?(?P<verb>{_VERB})\b(?=\s+(?:up\s+)?(?:a|an|the|what|how|why|it|them|\w+ing|\w+s)\b){_OBJECT}"
)

VAGUE_PHRASES = rx(
    r"\b(?:get\s+it\s+done|make\s+it\s+happen|see\s+what\s+you\s+can\s+do|do\s+something\s+about\s+it|"
    r"keep\s+an\s+eye\s+on\s+(?:it|this|that|things)|do\s+your\s+(?:best|thing)|figure\s+it\s+out|"
    r"sort\s+it\s+out|deal\s+with\s+it|handle\s+it|take\s+care\s+of\s+it)\b"
)
# Objects that make the "task" a follow-up or a courtesy, not work.
_NOT_WORK = rx(
    r"^\s*(?:me|us)\s+(?:posted|updated|informed|in\s+the\s+loop|know)\b"
    r"|^\s*(?:me\s+|us\s+)?(?:an?\s+|the\s+|your\s+)?(?:short\s+|quick\s+|weekly\s+|daily\s+|brief\s+)?"
    r"(?:status(?!\s+page)|update|note|heads-up|heads\s+up|ping|shout|call|progress)\b"
    r"|^\s*(?:me\s+|us\s+)?an?\s+line\b"
    r"|^\s*(?:it|this|that)\s+an?\s+(?:standing|regular|recurring|weekly)\s+(?:agenda\s+)?(?:item|topic)\b"
    r"|^\s*an?\s+eye\s+on\s+(?:it|this|that|things|them|stuff)\b"
    # "take a few days off", "get some sleep", "join the party": rest and treats, not work
    r"|^\s*(?:a|the|some)\s+(?:few\s+|couple\s+of\s+)?(?:break|breather|bow|holiday|nap|rest|seat|vacation|"
    r"days?\s+off|time\s+off|afternoon\s+off|weekend\s+off|coffee|lunch|beer|drinks?|party)"
    r"(?=\s*(?:[,.!?;)]|$|\s+(?:off|today|tomorrow|tonight|this|next|on|with|at|later|soon|together|and|or|after)\b))"
    r"|^\s*(?:some\s+)?(?:sleep|rest)\b|^\s*along\b|^\s*my\s+question\b"
    # "join us for lunch", "make it to the party": company and occasions, not work
    r"|^\s*(?:us|me)\s+for\s+(?:a\s+)?(?:coffee|lunch|dinner|breakfast|drinks?|a\s+drink|beers?)\b"
    r"|^\s*it\s+to\s+(?:the|our|my)\s+(?:[\w-]+\s+)?(?:party|dinner|lunch|drinks|offsite|wedding|event|celebration|meetup)\b"
    # "took the wrong branch", "kept this between us", "share how you feel": no work in them
    r"|^\s*the\s+wrong\b|^\s*(?:it|this|that)\s+between\s+us\b|^\s*how\s+you\s+feel\b"
    # "Take tomorrow morning off": time off, by when
    r"|^\s*(?:tomorrow|today|tonight|this|next|the\s+rest\s+of)\b[^.!?,;]{0,20}?\s+off\b"
    # "Talk to me.", "call me": the talk, with no work in it
    r"|^\s*(?:me|us)\s*(?:[.!?;]|$)"
    # "spend time with your family": time off, not work
    r"|^\s*(?:some\s+|more\s+|quality\s+)?time\s+(?:with|off|away)\b"
    # "update me as you go", "ping us when it's done": the follow-up
    r"|^\s*(?:me|us)\s+(?:as|when|once|if|on|with|every|each|weekly|daily|regularly|along)\b"
)
# "pair with me on the cut list" is the work, as "update me on the cut list" is not.
_ME_ON = re.compile(r"\s*(?:me|us)\s+on\s+(?!(?:it|this|that|them)\b)\S")
# Updating a tracker is a follow-up, not the work; moving the status page to a new vendor is work.
_TRACKER = rx(r"^\s*(?:the|our|a)\s+(?:\w+\s+)?(?:tracker|status\s+page|board)\b")
_FOLLOW_UP_VERB = re.compile(
    r"^(?:update|post|check|keep|fill|tick|look\s+at|review|monitor|watch|use)\b"
)
# A role held ("the point person for", "our go-to person for"): what it covers is its area.
ROLE_NAME = re.compile(_ROLE)
_BE_ROLE = re.compile(rf"be\s+{_ROLE}")
# Verbs that name a responsibility, not an outcome: they need the outcome spelled out.
ROLE_VERBS = rx(
    rf"^(?:(?:be\s+)?{_ROLE}(?:\s+(?:for|on|of|in))?$|(?:the\s+)?lead|own|drive|run|handle|take\s+over|take\s+on|take\s+the\s+lead\s+on|take\s+ownership\s+of|"
    r"work\s+on|help\s+(?:out\s+)?with|help\s+out|pick\s+up|look\s+into|look\s+at|take\s+a\s+look(?:\s+at)?|"
    r"check|investigate|coordinate|(?:be\s+)?responsible\s+for|support|cover|monitor|keep(?:\s+an\s+eye\s+on)?|sort\s+out|"
    r"deal\s+with|figure\s+out|manage|run\s+point\s+on|mentor|triage|do|coach|research|evaluate|"
    r"review|audit|assess|explore|think\s+about|focus\s+on|take\s+point\s+on|head\s+up|spearhead|champion|"
    r"oversee|shepherd|steer|pair\s+with|pair\s+on|facilitate|chair|moderate|shadow|"
    r"dig\s+into|revisit|sit\s+in\s+on|chase(?:\s+down)?|take\s+a\s+pass\s+at|have\s+a\s+go\s+at|have\s+a\s+think\s+about|"
    # verbs of direction: the end state is unclear until it is spelled out
    r"tidy(?:\s+up)?|improve|polish|clean\s+up|refresh|revamp|patch|(?:start|begin)\s+(?:to\s+)?\w+|have\s+a\s+look(?:\s+at)?)$"
)
# Scope and outcome markers that clarify any task.
STRONG_SCOPE = rx(
    r"\b(?:including|covering|except|excluding|only\s+the|meaning|"
    # a cut line: what is left out ("SSO import and custom branding, which go to phase two")
    r"out\s+of\s+scope|descoped|"
    # ... or the features shipped without ("without SSO import and custom branding")
    r"without\s+(?!\w+ing\b|any\b|(?:me|us|you|them)\b)[\w-]+(?:\s+[\w-]+)?\s+and\s+(?!\w+ing\b)[\w-]+|"
    r"(?:moved?|moves|go|goes|pushed|deferred|postponed)\s+to\s+(?:a\s+|the\s+)?"
    r"(?:later\s+|second\s+|next\s+)?(?:phase(?:\s+(?:two|2|ii))?|v2)|"
    # an end state, not a feeling: "so the team trusts CI again" says why, not when it is done
    r"so\s+(?:that|the|we|our|it|they)\b(?!(?:\s+[\w-]+){0,2}?\s+(?:trusts?|feels?|likes?|is\s+happy|are\s+happy|stops?\s+worrying)\b)|"
    # "so checkout never waits", "so tonight's run succeeds": the end state in a so-clause
    r"so\s+(?:[\w'-]+\s+){1,3}?(?:never|always|no\s+longer|can't|cannot|won't|stops?|succeeds?|passes|works)\b|"
    r"until(?!\s+further\s+notice)|end\s+to\s+end|which\s+means|the\s+goal\s+is|done\s+(?:means|when|is)|"
    # a hand-over with its start or its occasion: "from me starting next Monday", "during his first on-call week"
    r"(?:during|through)\s+(?:his|her|their|your)\s+(?:first|next)|"
    r"from\s+[^.!?;\n]{1,40}?\s+to\s+|with\s+(?:three|two|four|\d+)\s+\w+|comparing|"
    rf"all\s+{COUNT}|(?:every|each)\s+\w+|for\s+(?:the\s+|our\s+)?{COUNT}\s+\w+|behind\s+a\s+(?:feature\s+)?flag|"
    r"with\s+(?-i:[A-Z][a-z]+)\s+(?:on|for|in)\s+the)\b"
    r"|^\s*(?-i:[A-Z][a-z]+)\s+(?:on|for|in|with)\s+the\b"
    # a wh-clause with its own object: "document how we rotate the Vault root token"
    r"|^\s*(?:how|why|where|when|whether)\s+(?:we|you|they|to|the|our)\s+[\w-]+\s+(?:the|our|a|an|each|every)\s+[\w-]+"
    r"|\b(?:why|how|whether)\s+(?:the|our|we|it|this|that)\b[^.!?]{0,80}\band\s+(?:then\s+)?(?:write\s+up|propose|"
    r"send|share|report|present|recommend|document|come\s+back\s+with)\b"
    # (nor why the person: "Here's why I want you to lead the move: you know the billing jobs")
    r"|:\s+(?!(?:last|this|because|since|we|it|the\s+reason|that's|there's|otherwise|right\s+now|our|they|"
    r"you(?:\s+(?:know|built|wrote|understand)|'re\s+(?:great|good|the\s+best)))\b)\S|\s-\s\S"
    r"|,\s+[\w-]+(?:\s+[\w-]+){0,2},?\s+and\s+[\w-]+"
)
# A prepositional scope ("for the parser", "to the new auth library") clarifies a
# task whose verb already says what changes.
WEAK_SCOPE = rx(
    r"\b(?:for|in|on|across|into|to|of|onto|off)\s+(?:the|our|your|all|each|every|this|that|those|these|"
    r"last\s+night's|\w+'s|\d)\b"
    r"|\b\w+ed\s+by\s+\w+|\b(?:who|that|which)\s+(?:are|were|have|had|use|still)\b"
)


_PRONOUN_ONLY = rx(
    rf"\s*(?:{VAGUE_PRONOUN_OBJECTS})?(?:\s+(?:some\s+(?:love|attention|tlc|care)|a\s+once-over|over\s+the\s+(?:finish\s+)?line|out\s+the\s+door|down|up|out|over|on|in|through|"
    r"sorted(?:\s+out)?|fixed|handled|done))?"
    r"\s*(?:[,.!?;]|$|\s+(?:for\s+me|please|asap|soon|now|today|when|if|by|"
    # "make it better", "do it faster"; not "write better PR descriptions", which names them
    r"before|no\s+rush|at\s+some|(?:faster|better|quicker)(?!\s+(?:at\b|(?!(?:here|there|now|soon|today|please|than|this|for|and|when|with)\b)[a-z]{2,}))|work|happen|done)\b)"
)
_UNNAMED = rx(
    r"^\s*(?:the|that|this)\s+(?:thing|stuff|one)\s+(?:\w+\s+)?(?:we|you|I|mentioned|raised|flagged|brought\s+up|"
    r"talked\s+about|discussed|said)\b|^\s*what\s+we\s+(?:discussed|talked\s+about|said)"
    r"|^\s*the\s+(?:thing|stuff)\s+(?:in|on|at|with)\s+[\w-]+\s*(?:[,.!?;]|$)"
    # "the deploy thing", "that DNS stuff", "some Redis stuff", "the accessibility situation": a
    # topic, not a task ("the accessibility issues on the settings page" names them)
    # ("take a look at the reliability situation and come up with something": the topic, then more)
    # ("the DNS thing from Tuesday", "that deploy stuff from the retro": the topic, by when it came up)
    r"|^\s*(?:the|that|this|our|some)\s+(?:[\w-]+\s+){1,2}?(?:thing|stuff|situation)"
    r"(?:\s+from\s+(?:yesterday|last\s+(?:week|night|sprint)|(?:mon|tues|wednes|thurs|fri)day|"
    r"the\s+(?:standup|stand-up|retro|meeting|call|sync|incident)))?\s*(?:[,.!?;]|$|and\b)"
    r"|^\s*(?:whatever|whichever)\b"
    # "do something with it": something, about what was said
    r"|^\s*(?:something|anything)\s+(?:about|with|on)\s+(?:it|this|that|them)\b"
    # "post what you find": a report on the work, not the work
    r"|^\s*what\s+(?:you|we)\s+(?:find|found|learn|learned|see|saw|discover|dig\s+up)\b"
)
# "take a look and tell me what you think": the verb has no object of its own, and what follows is
# the report ("merge or close every open PR" shares its object)
_NO_OBJECT = re.compile(
    r"\s*(?:and|then)\s+(?:tell|let|get\s+back|report|say|ping|update|come\s+back|send\s+me|give\s+me)\b",
    re.IGNORECASE,
)
_ABOUT_SOMETHING = rx(
    r"^\s*(?:something|anything)\s+(?:about|with|on)\s+(?:the|our|your|this|that)\s+\w+"
)


_SOMETHING_ABOUT = re.compile(r"\s*something\s+(?:about|with|on)\b")


# (each word is taken whole, `[\w-]++`: spaces must follow it, and giving letters back would
# leave a letter next)
_OPEN_ENDED = Folded(
    r"^\s*(?:me\s+|us\s+)?(?:your|some|any|a\s+few)\s+(?:thoughts|ideas|take|views?|opinions?|notes|feedback|suggestions)\b"
    r"|^\s*(?:something|anything)\b"
    # "interview more candidates", "take more ownership": more, with no amount
    r"|^\s*(?:more|fewer|less)\s+(?!than\b)[\w-]+"
    # "make it usable for support": how it should be, not what done is
    r"|^\s*(?:it|this|that|them)\s+(?:more\s+|less\s+)?(?:usable|better|nicer|cleaner|faster|easier|simpler|"
    r"smoother|stable|reliable|robust|solid|readable|maintainable|presentable|work)\b"
    r"|^\s*(?:the\s+|our\s+)?(?:[\w-]++\s+){1,4}?(?:better|nicer|cleaner|faster|easier|simpler|smoother|more\s+\w+|less\s+\w+)\b"
    r"|^\s*(?:the\s+|our\s+)(?:[\w'-]++\s+){1,6}?(?:down|up)(?=\s*(?:[,.;?!]|$|\s+(?:soon|by|before|this|next|to|from)\b))",
)


_MUSING = re.compile(
    r"(?:think\s+about|have\s+a\s+think\s+about|revisit|rethink|reconsider|talk\s+about|discuss|"
    r"(?:start|begin)\s+(?:thinking|talking)(?:\s+about)?)$"
)
_WH_OBJECT = re.compile(r"\s*(?:about\s+)?(?:what|how)\b")
# "think about the on-call stuff before Friday": a topic to muse on, not a task
_TOPIC = re.compile(
    r"\s*(?:the|that|this|our|some)\s+(?:[\w-]+\s+){0,3}?(?:thing|things|stuff|situation)\b",
    re.IGNORECASE,
)
_ABSTRACT_AIM = re.compile(
    r"\s*(?:your\s+own\s+|[\w-]+\s+)?(?:experience|happiness|morale|culture|well-?being|engagement|satisfaction|excellence)\b"
    r"|\s*as\s+an?\s+(?:engineer|person|leader|developer|professional)\b"
)
_GERUND_OBJECT = re.compile(r"\s*[a-z]{3,}ing\s+\S")
# "fix the accessibility issues on the settings page": which of them, and how many, is open
_OPEN_SET = re.compile(
    r"\s*(?:the|our|those|these|any)\s+(?:[\w-]+\s+){0,2}?(?:issues|bugs|problems|findings|warnings|errors|"
    r"violations|vulnerabilities|gaps)\b",
    re.IGNORECASE,
)
# "help Sam with the Redis thing": a thing is what nobody has spelled out yet.
# (`\b(?:thing|things|stuff)\b` with its first letter ahead of the `\b` before it, read back by
# `(?<!\w.)`: `re` then skips straight to a "t" or an "s")
_A_THING = Folded(r"(?:t(?<!\w.)hings?|s(?<!\w.)tuff)\b")
# "drive one cross-team project end to end": a kind of work, not yet the work itself.
_UNSPECIFIED = re.compile(
    r"\s*(?:a|an|one|some)\s+(?:[\w-]+\s+){0,2}?(?:project|initiative|piece\s+of\s+work|effort|workstream)\b",
    re.IGNORECASE,
)
# "The runbook is out of date. Someone should fix that.": a pronoun that points back at a thing
# named just before the ask names it too. "Look into it", "get it done" never do: they add nothing.
_EMPTY_VERB = re.compile(
    r"(?:(?:look|have\s+a\s+look|take\s+a\s+look)(?:\s+(?:into|at))?|get|do|check)$"
)
_BACK_REFERENCE = re.compile(
    r"\s*(?:it|this|that|them|these|those)\b(?!\s+(?:one|thing|stuff|work)\b)"
    # ... or nothing at all: "Some tests are flaky. Please fix.", "The agents are full. Can you clean."
    r"|\s*(?:[.!?]|$)"
)
_ANTECEDENT = re.compile(
    r"\b(?:the|our|your|their|these|those|an?|some|many)\s+(?!(?:way|time|moment|week|day|weekend|rest|same|"
    r"other|next|last|first|end|thing|stuff|one|ones|words?|update|heads-up|catch|note|question|help|"
    r"feedback|input|call|chat|meeting)\b)[a-z][\w-]{2,}"
    # ("Legal asked us to do something about cookie consent. Can somebody pick this up?": the
    # topic by its bare name; not "about it", "about what we said", nor "sorry about yesterday")
    r"|\b(?:something|anything|complaints?|complained|concerns?|tickets?|questions?)\s+about\s+(?!(?:it|this|that|them|what|how|why|whether|you|me|us|him|her|everything|anything|something)\b)[a-z][\w-]{2,}"
)
# "Pen test findings — deal with them.": the topic fronted before a dash or a colon is what the
# pronoun points at ("Quick one — can you handle it?" fronts no topic)
_FRONTED_TOPIC = re.compile(
    # (an opener is no topic: "Long story short —", "One last thing:", "As discussed -")
    r"\s*(?!(?:quick|one|last|long|side|real|bottom|good|bad|heads|fair|no|all|just|and|but|so|then|anyway|"
    r"sorry|great|nice|well|as|in|on|at|for|with|by|to|from|after|before|per|regarding|about|i|we|you|he|she|"
    r"they|it|hey|hi|ok|okay|also|btw|update|reminder|note|fyi|re|thanks|thank)\b)[a-z][\w-]+(?:\s+[\w-]+){1,5}\s+[-:]\s+$"
)


def _points_back(doc: Doc, start: int) -> bool:
    """Something is named just before `start`: earlier in its sentence or in the one before."""
    sentence = doc.sentence_index(start)
    since = doc.sentences[sentence - 1][0] if sentence > 0 else 0
    view = doc.view("unquoted", cased=False)
    return bool(_ANTECEDENT.search(view, since, start)) or bool(
        _FRONTED_TOPIC.fullmatch(view, doc.sentences[sentence][0], start)
    )


def _names_something(obj: str) -> bool:
    """The object of the task points at something ("the flaky tests"), not "it" or nothing."""
    if _UNNAMED.match(obj) or _NO_OBJECT.match(obj):
        return False
    return bool(_ABOUT_SOMETHING.match(obj)) or not _PRONOUN_ONLY.match(obj)


@dataclass(frozen=True)
class Task:
    span: Span
    verb: str
    object: str
    sentence: int
    named: bool
    scoped: bool
    requested: bool
    """Asked of the person, not a plan the speaker takes on ("here's what I'll change: ...")."""
    extent: tuple[int, int]
    """From the start of the request to the end of its object (the whole clause)."""


# Where a task's clause ends: a deadline, a reason or a condition, a dash, an "and" before a
# comma, a comma (not one inside brackets, which lists parts: "the three lambdas (email, sms,
# webhook)"), a question mark. "So" after "is" ("why the build is so big") does not end it.
# (Its first character is matched by one class, then what may follow each kind of it, in the
# same order: a space, a comma or a question mark. `re` skips to the characters of a class at
# C speed; a pattern that opens with alternatives of them is tried at every character.)
_BACK_TO_ME = re.compile(r"\s*back\s+to\s+(?:me|us)\b", re.IGNORECASE)
_BRING_BACK = re.compile(r"[^.!?;\n]*?\swith\s")
_CLAUSE_END = re.compile(
    r"[\s,?](?:(?<=\s)(?:"
    # (and the wish that closes a polite ask with its comma left out: "... there that would be amazing")
    rf"(?=(?:that|this)(?:'d|\s+would)\s+be\s+(?:really\s+|so\s+)?{_NICE}\b)"
    r"|(?:by|before|within|because|since|if|when|whenever|and\s+have)\s|(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)so\s"
    r"|[—–-]\s|and(?=\s*,))|(?<=,)(?![^()]*\))|(?<=\?))"
)


_AFTER_COLON = re.compile(r"[ \t]*:[^.!?;\n]{1,200}(?=[.!?;\n]|$)")


def _task(
    doc: Doc,
    match: re.Match[str],
    *,
    start: int | None = None,
    always_named: bool = False,
    always_scoped: bool = False,
    requested: bool = True,
    weak: bool = False,
    whole_sentence: bool = False,
) -> Task | None:
    verb = " ".join(match.group("verb").lower().split())
    # "What if you took over the upgrade?", "your team takes over the upgrade": "take over"
    verb = _PAST_FORMS.get(verb) or _TEAM_FORMS.get(verb) or _FOREIGN_DO.get(verb, verb)
    # The match ran on the lower-cased view; names in the object need their capitals.
    obj = doc.unquoted[match.start("object") : match.end("object")]
    if (
        (_NOT_WORK.search(obj) and not (verb == "pair with" and _ME_ON.match(obj)))
        or (_FOLLOW_UP_VERB.match(verb) and _TRACKER.search(obj))
        # "Get back to me in 2 days" asks for a report, not for work ("get back to the customer" is)
        or (verb == "get" and _BACK_TO_ME.match(obj))
    ):
        return None
    if start is None:
        start = match.start("lead") if "lead" in match.groupdict() else match.start("verb")
    # The object runs to the end of its clause; a task is the verb phrase before "by", "so", ",".
    # A comma inside brackets lists parts ("the three lambdas (email, sms, webhook)"): it does not end it.
    # After "here's my ask:" the ask is the rest of the sentence, lists and dates and all:
    # "sign-up, workspace setup and billing ship by May 24", "starting next Monday, you facilitate"
    # (quoted so; its extent, where no why is looked for, stays the first clause: "..., to fix the
    # leak" still says what the people are for)
    clause = _CLAUSE_END.split(obj, maxsplit=1)[0]
    if verb == "come back" and (bring := _BRING_BACK.match(obj)):
        # ("come back to me by Friday with a one-page estimate": the time sits inside the ask)
        clause = bring.group() + _CLAUSE_END.split(obj[bring.end() :], maxsplit=1)[0]
    clause_end = match.start("object") + len(clause)
    after_colon = _AFTER_COLON.match(obj) if whole_sentence else None
    end = match.start("object") + len(after_colon.group()) if after_colon else clause_end
    span = doc.span(start, end)
    if span is None:
        return None
    # "be the first responder": the role is what is named
    named = always_named or _names_something(obj) or _BE_ROLE.match(verb) is not None
    # A task named only by pointing back is named, but its scope was never spelled out.
    pointed_back = (
        not named
        and bool(_BACK_REFERENCE.match(obj))
        and not _MUSING.match(verb)
        and not _EMPTY_VERB.match(verb)
        and _points_back(doc, start)
    )
    # "think about what happens when Anne leaves", "revisit how we do code ownership": a musing,
    # not a task; "increase engineering happiness": a wish with nothing to point at.
    if (
        named
        and not always_named
        and (
            (_MUSING.match(verb) and (_WH_OBJECT.match(obj) or _TOPIC.match(clause)))
            or _ABSTRACT_AIM.match(obj)
            # "we should probably do something about cloud spend": a musing on an area ("we need
            # to do something about the build times" is said as a need, and names the problem)
            or (weak and verb == "do" and _SOMETHING_ABOUT.match(obj))
        )
    ):
        named = False
    named = named or pointed_back
    behaviour = _MORE_BEHAVIOUR.match(obj)
    named = named or behaviour is not None
    # Scope is read up to the first comma: "to the customers affected by Tuesday's outage".
    phrase = re.split(r"[,?]", obj, maxsplit=1)[0]
    # A role ("own"), a direction ("make the docs better") or a loose object ("your thoughts on")
    # leaves the end state open until it is spelled out.
    is_role = bool(
        ROLE_VERBS.match(verb)
        or _OPEN_ENDED.search(phrase)
        or _role_in_another_form(verb, phrase)
        or behaviour is not None
    ) and not (_READS_ONE.match(verb) and _ONE_ARTIFACT.match(phrase))
    scoped = (
        named
        and not pointed_back
        and not _UNSPECIFIED.match(phrase)
        and not _A_THING.search(phrase)
        and not _OPEN_SET.match(phrase)
        and (
            always_scoped
            or bool(STRONG_SCOPE.search(obj))
            or (not is_role and bool(WEAK_SCOPE.search(phrase)))
            or (not is_role and verb not in _HANDED and bool(_PINNED.search(phrase)))
            or (bool(_END_STATE_VERB.match(verb)) and bool(_THING_TOLD_APART.match(phrase)))
            # "stop merging on Fridays": a rule's outcome is the habit it ends
            or (verb == "stop" and bool(_GERUND_OBJECT.match(obj)))
            or (bool(_HANDS_OVER.match(verb)) and bool(_RECURRING_DUTY.match(phrase)))
        )
    )
    # The request runs to the first comma: "fix the login bug ASAP, customers are complaining";
    # a verb with nothing before the comma heads a list of asks ("please join, log what you find,
    # and aim for 40 tickets") that runs to the end of the clause.
    request = re.split(r";" if obj.startswith(",") else r"[,;]", obj, maxsplit=1)[0]
    extent = (span.start, max(min(span.end, clause_end), match.start("object") + len(request)))
    return Task(span, verb, obj, doc.sentence_index(span.start), named, scoped, requested, extent)


# "puedes hacer the cost report": the generic verb of the writer's first language is "do" (a task
# named, its outcome not said), not a verb that makes something.
_FOREIGN_DO = {"hacer": "do", "fazer": "do", "machen": "do", "faire": "do", "fare": "do"}


# "What if you took the lead on it?", "I'd rather you owned it": a proposal puts the verb in the past.
_PAST_FORMS = {
    "took over": "take over",
    "took on": "take on",
    "took the lead on": "take the lead on",
    "took ownership of": "take ownership of",
    "picked up": "pick up",
    "looked into": "look into",
    "looked after": "look after",
    "headed up": "head up",
    "paired with": "pair with",
    "set up": "set up",
    "put together": "put together",
    "cleaned up": "clean up",
    "wrote up": "write up",
    "took": "take",
    "owned": "own",
    "led": "lead",
    "ran": "run",
    "drove": "drive",
    "handled": "handle",
    "wrote": "write",
    "drafted": "draft",
    "prepared": "prepare",
    "built": "build",
    "fixed": "fix",
    "migrated": "migrate",
    "moved": "move",
    "reviewed": "review",
    "tested": "test",
    "shipped": "ship",
    "finished": "finish",
    "documented": "document",
    "investigated": "investigate",
    "mentored": "mentor",
    "coordinated": "coordinate",
    "covered": "cover",
    "managed": "manage",
    "updated": "update",
    "upgraded": "upgrade",
    "added": "add",
    "removed": "remove",
    "created": "create",
    "designed": "design",
    "planned": "plan",
    "presented": "present",
    "helped": "help",
    "improved": "improve",
    "tidied": "tidy",
    "polished": "polish",
    "did": "do",
    "kept": "keep",
    "worked on": "work on",
}


# The past forms, longest first, each read as its verb; "took" keeps take's exclusions ("took a
# break", "took the time").
_PAST_TASK_VERB = "|".join(
    _TAKE.replace("(?:take|grab)", "took", 1)
    if past == "took"
    else "ran(?!\\s+into)"
    if past == "ran"
    else past.replace(" ", r"\s+")
    for past in sorted(_PAST_FORMS, key=len, reverse=True)
)
_PAST_AFTER_LEAD = re.compile(
    rf"(?:\s+and\s+[\w-]+)?,?\s+{_SOFTENERS}(?P<verb>{_PAST_TASK_VERB})\b{_OBJECT}", re.IGNORECASE
)


def _gerund_bases(word: str) -> list[str]:
    """The verbs an -ing form can come from ("helping", "driving", "running")."""
    if not word.endswith("ing") or len(word) <= 5:
        return []
    stem = word[:-3]
    return [stem, stem + "e", stem[:-1]] if stem[-1] == stem[-2] else [stem, stem + "e"]


# "review Sam's design doc for the billing rewrite": reading one document ends when it is read,
# unlike "review our on-call process", whose end state is open.
_READS_ONE = re.compile(r"(?:review|proofread|read|look\s+over|go\s+over|sign\s+off\s+on)$")
_ONE_ARTIFACT = re.compile(
    r"\s*(?:(?-i:[A-Z])[\w-]*'s|the|this|my|our|his|her|their)\s+(?:[\w/-]+\s+){0,3}?"
    r"(?:design\s+doc|doc|document|rfc|pr|pull\s+request|draft|proposal|spec|contract|deck|adr|"
    r"runbook|post-?mortem|write-?up|one-pager|memo)\b(?!\s+(?:process|template|backlog|queue)s?\b)"
    # "review #9120", "review PR 4412": one pull request by its number
    r"|\s*(?:(?:[\w-]+\s+)?(?:pr|mr|pull\s+request)\s+#?|#)\d{2,}\b",
    re.IGNORECASE,
)


# "fork payments-sdk at 4.2.1", "retest once the fix from #4410 is deployed", "close SEC-12": a
# ticket, PR or version pins the one thing the verb changes ("fix the flaky tests" pins nothing).
_PINNED = re.compile(
    r"(?<![\w.])(?:#\d{2,}|(?-i:[A-Z]{2,})-\d+|v?\d+\.\d+(?:\.\d+)?(?![\d%]))", re.IGNORECASE
)
# "rotate the leaked key", "shut down the old Jenkins box": a verb whose end state is all or
# nothing, on one thing told apart by its words, says both what done is and what it covers
# ("rotate the creds" leaves open which ones; "upgrade the Postgres clusters" leaves open to what).
_END_STATE_VERB = re.compile(
    r"(?:rotate|revoke|renew|shut\s+down|turn\s+off|switch\s+off|decommission|disable|delete|archive|retire)$"
)
_THING_TOLD_APART = re.compile(
    r"\s*(?:the|our|your|their|this|that|these|those)\s+[\w.-]+\s+"
    r"(?!(?:by|before|after|today|tonight|tomorrow|asap|now|soon|this|next|on|in|at|for|when|once|and|or|so|"
    r"please|first|too|again|as|if|until|with|from|to)\b)[\w.-]+",
    re.IGNORECASE,
)
# "Can you take PAY-3317?": a ticket handed over names the work, not its outcome.
_HANDED = frozenset(["take", "grab"])


# "take over the weekly dependency-update rota": a duty that recurs is its own end state, each week.
_HANDS_OVER = re.compile(r"(?:take\s+over|take\s+on|own|run|facilitate|chair|cover|pick\s+up)$")
_RECURRING_DUTY = re.compile(
    r"\s*(?:the|our|my)\s+(?:weekly|daily|nightly|monthly|fortnightly|bi-?weekly|quarterly|"
    r"(?:mon|tues|wednes|thurs|fri)day(?:'s)?)\s+[\w-]+",
    re.IGNORECASE,
)


def _role_in_another_form(verb: str, phrase: str) -> bool:
    """A role verb whose words run into its object ("take" + "the lead on", after "What if you
    took ...") or put as a gerund ("helping Sam with")."""
    first, _, rest = verb.partition(" ")
    tail = [*rest.split(), *phrase.lower().split()[:4]]
    for base in (first, *_gerund_bases(first)):
        words = [base, *tail]
        if any(ROLE_VERBS.match(" ".join(words[:count])) for count in range(1, len(words) + 1)):
            return True
    return False


def _reads_as_a_verb(word: str) -> bool:
    """Whether an opening word is a verb form ("failed", "looking"), not a name ("Ahmed", "Ming")."""
    if len(word) > 4 and word.endswith("ing"):
        return True
    return len(word) > 5 and word.endswith("ed") and not word.endswith("mmed")


def _blanked(doc: Doc, view: str, start: int) -> bool:
    """Nothing but spaces from `start` to the end of its sentence."""
    if not view[start : start + 1].isspace():
        return False
    return view[start : doc.sentences[doc.sentence_index(start)][1]].isspace()


# Verbs that open a sentence as often as nouns: "Deploy went fine", "Swap usage is high",
# "Shadow traffic is at 10%". As orders they take an object: "Deploy the fix", "swap both".
_NOUN_LIKE_VERBS = frozenset(
    ("deploy", "swap", "clean", "renew", "generate", "provision", "shadow", "regenerate")
)
_AN_OBJECT = re.compile(
    r"\s+(?:the|a|an|our|your|their|its|this|that|these|those|it|them|all|both|one|two|three|four|five|every|each|"
    r"her|him|me|us|my|his)\b|\s+(?:\d|"
    r"(?-i:[A-Z])|[\w.-]+[-_./][\w.-]+)|\s*(?:[.!?]|$)"
)


def _opens_as_a_noun(doc: Doc, match: re.Match[str]) -> bool:
    """A verb of `_NOUN_LIKE_VERBS` opening a sentence with no object: a noun, not an order."""
    if match.group("verb") not in _NOUN_LIKE_VERBS:
        return False
    return _AN_OBJECT.match(doc.unquoted, match.end("verb")) is None


_ACTION_LABEL = re.compile(r"\baction(?:s|\s+items?)\s*:")


@memoised("tasks")
def requested_tasks(doc: Doc) -> list[Task]:
    """Every request in the text, named or vague, with its scope."""
    view = doc.view("unquoted", cased=False)
    tasks: list[Task] = []
    seen: set[int] = set()

    def add(
        match: re.Match[str] | None,
        start: int,
        *,
        always_named: bool = False,
        always_scoped: bool = False,
        requested: bool = True,
        weak: bool = False,
        whole_sentence: bool = False,
    ) -> None:
        if match is None or match.start("verb") in seen:
            return
        seen.add(match.start("verb"))
        task = _task(
            doc,
            match,
            start=start,
            always_named=always_named,
            always_scoped=always_scoped,
            requested=requested,
            weak=weak,
            whole_sentence=whole_sentence,
        )
        if task is not None:
            tasks.append(task)

    strong: list[int] = []
    leads = list(_ANY_LEAD.iter_view(doc, "unquoted"))
    if len(leads) > 1:
        leads.sort(key=lambda m: (m.start(), -m.end()))
    covered = -1
    for lead in leads:
        # The pattern's alternatives are matched apart: "let's" inside "let's get you to" is
        # the same lead, not a second one.
        if lead.end() <= covered:
            continue
        covered = lead.end()
        wh = _WH_BEFORE.search(view, max(0, lead.start() - _WH_REACH), lead.start())
        if wh and not (
            wh.group().startswith("why")
            and _REASON_WHY.search(view, max(0, wh.start() - 30), wh.start() + 3)
        ):
            continue
        if (
            _IN_CASE_YOU.match(lead.group())
            and _IF_BEFORE.search(view, max(0, lead.start() - 12), lead.start())
            and "," not in view[lead.end() : doc.sentence_bounds(lead.start())[1]]
        ):
            continue
        # "Let's ..." proposes doing it together: a task, but not a request of the person.
        joint = lead.group().startswith(
            (
                "let's",
                "we'll",
                "we will",
                "we're going",
                "we are going",
                "can we",
                "could we",
                "shall we",
            )
        )
        joint = joint and "you" not in lead.group()
        weak = _WEAK_ONLY.fullmatch(lead.group()) is not None
        proposal = _PROPOSAL_ONLY.fullmatch(lead.group()) is not None
        after = _AFTER_LEAD.regex.match(view, lead.end())
        # the past only as a hypothetical ("what if you took ..."): "I'm thinking you handled it
        # well" tells what happened
        if after is None and proposal and _HYPOTHETICAL_LEAD.search(lead.group()):
            after = _PAST_AFTER_LEAD.match(view, lead.end())
        elif after is None and not weak and not proposal:
            after = _ANY_VERB_AFTER_LEAD.match(view, lead.end())
        # a proposal with no work after it asks nothing ("I'm thinking you deserve a raise")
        if not weak and (after is not None or not proposal):
            strong.append(lead.start())
        if joint and after is not None and _FOLLOW_UP_PLAN.match(after.group("verb")):
            continue  # "We'll check in on Tuesdays": the follow-up, not the work
        # "Each squad lead is requested to share ...": the ask starts with who is asked
        start = (
            doc.sentence_bounds(lead.start())[0]
            if _PASSIVE_LEAD.match(lead.group())
            else lead.start()
        )
        add(after, start, requested=not joint, weak=weak)
    if any(
        word in view
        for word in (
            "here's",
            " ask",
            "expect",
            "what i ",
            "goal",
            "target",
            "deliverable",
            "looks like",
            "aim",
            "to see",
            "proposal",
            "plan",
            "agreed",
            "what we",
            "action for",
            ": we",
        )
    ):
        for ask in ASK_COLON.iter_view(doc, "unquoted"):
            if _WHEN_ONLY.match(ask.group("object")):
                continue  # "Target: sometime next quarter" is a time frame, not the goal
            strong.append(ask.start("lead"))
            add(ask, ask.start("lead"), always_named=True, whole_sentence=True)
        for plan in PLAN_COLON.iter_view(doc, "unquoted"):
            add(plan, plan.start("lead"), always_named=True, requested=False, whole_sentence=True)
    doc.memo["request_leads"] = strong
    starts = [start for start, _end in doc.sentences] + [m.end() for m in _COLON.finditer(view)]
    # "As discussed in retro - Aisha will write ...", "the reindex is stuck at 62% — restart it
    # from checkpoint": a spaced dash starts a clause (long dashes read as "-" in the view).
    if " -" in view or "\t-" in view:  # (what every match holds: most texts have no spaced dash)
        starts += [m.end() for m in _DASH.finditer(view)]
    # A sentence the guards blanked (a repeat, an instruction) asks nothing: passed over, since
    # the patterns below would each cross all of its spaces (a long text of repeats: every one).
    starts = [start for start in starts if not _blanked(doc, view, start)]
    # "Before 5.0 goes out, get cold start under 3 seconds": an imperative after a fronted clause.
    starts += [m.end() for start in starts if (m := _FRONTED.match(view, start))]
    # "@Bogdan keep an eye on the disk usage": the order after the chat mention
    if "@" in view:
        starts += [m.end() for start in starts if (m := _MENTION.match(view, start))]
    for start in sorted(set(starts)):
        # A sentence starts after its bullet (`sentences_of`); a start after a colon may be at one.
        # (a letter opens no bullet: most starts are spared the regex)
        bullet = None if view[start : start + 1].isalpha() else _BULLET.match(view, start)
        start = bullet.end() if bullet else start
        named = _COMMITMENT.match(view, start)
        # "Sam to migrate ..." is an action item only where a list or a label puts it ("- Sam to",
        # "2) Sam to", "Action: Sam to"): elsewhere "Failed to", "Excited to", "Respond to" open
        # the sentence.
        action_item = named is not None and named.group().endswith(" to")
        if action_item and not (
            bullet
            or _BULLET.fullmatch(view, view.rfind("\n", 0, start) + 1, start)
            or view[:start].rstrip().endswith(":")
            # "Retro - action items: 1) Standups run long. Ola to try ...": under the label, on its line
            or (
                "action" in view
                and _ACTION_LABEL.search(view, view.rfind("\n", 0, start) + 1, start)
            )
        ):
            named = None
        if action_item and named and _reads_as_a_verb(view[start : named.end()].split()[0]):
            named = None  # "- Failed to migrate ...", "- Decided to ...": not a person
        subject = re.match(r"[a-z]+", view[start : named.end()]) if named else None
        if (
            named
            and subject
            and doc.unquoted[start].isupper()
            and subject.group() not in NOT_A_NAME
        ):
            after = _AFTER_LEAD.regex.match(view, named.end())
            if action_item and after is None:
                after = _ANY_VERB_AFTER_LEAD.match(view, named.end())  # "- Ravi to revamp the ..."
            if action_item and after is not None:
                add(after, start, requested=False)  # "- Tom to review the budget doc": the work
                continue
            if not action_item:
                if after is None or not _FOLLOW_UP_PLAN.match(after.group("verb")):
                    add(after, start, requested=False)
                continue
        match = _AT_START.regex.match(view, start)
        if match is not None and (
            _NOT_IMPERATIVE.match(view, match.end("verb"))
            or _ENVELOPE.match(view, match.start("verb"))
            or _opens_as_a_noun(doc, match)
        ):
            continue
        add(match, match.start("verb") if match else start)
    if "need" in view or "want" in view or "like" in view or "love" in view:
        for match in NEEDED_DELIVERABLE.iter_view(doc, "unquoted"):
            add(match, match.start("lead"), always_named=True)
    if "to have" in view:
        # found from the wish itself: the subject can start at any "the", so it is looked for
        # only in the wish's sentence
        for wish in _NICE_TO_HAVE_AT.finditer(view):
            sentence_start = doc.sentence_bounds(wish.start())[0]
            for match in WISHED_FOR.regex.finditer(view, sentence_start, wish.end()):
                add(match, match.start("verb"), always_named=True)
            if (match := WISHED_TO_HAVE.regex.match(view, wish.start())) is not None:
                # "It'd be great to have ...": the wish starts with its subject
                wisher = max(sentence_start, view.rfind(" ", sentence_start, wish.start()) + 1)
                add(match, wisher, always_named=True)
            elif not tasks and (match := WISHED_TO_HAVE_ONE.regex.match(view, wish.start())):
                # (after an ask, "Would be good to have it before planning" only restates it)
                before = doc.sentence_index(wish.start())
                since = doc.sentences[before - 1][0] if before > 0 else sentence_start
                if _WISHED_BEFORE.regex.search(view, since, wish.start()):
                    wisher = max(sentence_start, view.rfind(" ", sentence_start, wish.start()) + 1)
                    add(match, wisher, always_named=True)
    if " to " in view and ("day" in view or "week" in view or "sprint" in view or "month" in view):
        for match in NAMED_FOR_A_TIME.iter_view_at_openings(doc, "unquoted"):
            # (an opener is no name: "Honestly, three weeks, to fix the leak, is a lot")
            names = doc.unquoted[match.start("names") : match.end("names")].split()
            if all(
                name == "and"
                or (name[0].isupper() and name.lower() not in NOT_A_NAME and name[-2:] != "ly")
                for name in names
            ):
                add(match, match.start("lead"), always_named=True)
    if "responsible for" in view or "responsible that" in view:
        for match in RESPONSIBLE.iter_view(doc, "unquoted"):
            if not _WH_BEFORE.search(view, max(0, match.start() - _WH_REACH), match.start()):
                add(match, match.start("lead"))
    if "is " in view and any(
        word in view for word in ("doable", "realistic", "feasible", "achievable")
    ):
        for match in FITS_QUESTION.iter_view(doc, "unquoted"):
            add(match, match.start("lead"), always_named=True)
    if " that " in view or " if " in view:
        for match in PASSIVE_REQUEST.iter_view(doc, "unquoted"):
            if not _PEOPLE_MORE.match(match.group("verb")):
                add(match, match.start("lead"), always_named=True)
    if any(word in view for word in ("like the", "want the", "need the", "needs ", "want every")):
        for match in WANTED_DONE.iter_view(doc, "unquoted"):
            add(match, match.start("lead"), always_named=True)
    if " be " in view:
        for match in EXPECTED_PASSIVE.iter_view(doc, "unquoted"):
            add(match, match.start("verb"), always_named=True)
    if "ing" in view:
        for match in GERUND_REQUEST.iter_view(doc, "unquoted"):
            add(match, match.start("lead"))
        if any(hint in view for hint in _GERUND_PROPOSAL_HINTS):
            for match in GERUND_PROPOSAL.iter_view(doc, "unquoted"):
                if _gerund_is_work(match.group("verb")):
                    # "Does end of April feel realistic for getting ...": the sentence is the ask
                    add(match, doc.sentence_bounds(match.start())[0])
    if any(word in view for word in _OUTCOME_WORDS):
        _needed_outcomes(doc, view, add)
    if "help" in view or "takers" in view:
        for match in HELP_ASKED.iter_view(doc, "unquoted"):
            # ("Pizza in the kitchen. Any takers?": takers for work only where help was asked for)
            if match.group("verb").startswith("any") and not _HELP_WANTED.search(
                view, doc.sentences[max(0, doc.sentence_index(match.start()) - 1)][0], match.start()
            ):
                continue
            if _points_back(doc, match.start()):
                add(match, match.start("lead"), always_named=True)
    if "yours" in view or "now on you" in view or "you now" in view or "now you" in view:
        for match in YOURS.iter_view(doc, "unquoted"):
            add(match, match.start("verb"), always_named=True)
        for match in YOURS_BACK.iter_view(doc, "unquoted"):
            if _points_back(doc, match.start()):
                add(match, match.start("verb"), always_named=True)
    if "you" in view:
        for match in PUTTING_YOU_ON.iter_view(doc, "unquoted"):
            add(match, match.start("lead"), always_named=True)
        if "you on " in view:
            for match in YOU_ON_IT.iter_view(doc, "unquoted"):
                if _points_back(doc, match.start()):
                    add(match, match.start("lead"), always_named=True)
    if "your " in view:
        for match in TEAM_TAKES.iter_view(doc, "unquoted"):
            add(match, match.start("lead"), always_named=True)
    if "your next" in view:
        for match in NEXT_WORK_OUTCOME.iter_view(doc, "unquoted"):
            add(match, match.start("verb"), always_named=True)
    if "expect your" in view or "need your" in view or "want your" in view:
        for match in EXPECTED_WORK_OUTCOME.iter_view(doc, "unquoted"):
            # (the end state every item must reach is the outcome; all their work, the scope)
            add(match, match.start("lead"), always_named=True, always_scoped=True)
    if "handing" in view or "passing" in view or "assigning" in view:
        for match in HANDED_OVER.iter_view(doc, "unquoted"):
            add(match, match.start("lead"), always_named=True)
    if "you" in view or "become" in view:
        for match in ROLE_ASSIGNED.iter_view(doc, "unquoted"):
            add(match, match.start("lead"), always_named=True)
    if (
        "rule" in view
        or "policy" in view
        or "forward" in view
        or "now on" in view
        or "starting" in view
        or "effective" in view
        or "from sprint" in view
        or "from next" in view
    ):
        for match in RULE.iter_view(doc, "unquoted"):
            # the rule's anchor ("no", "only", "every", a number) bounds what it asks
            add(match, match.start("lead"), always_named=True, always_scoped=True)
    if "need" in view or "require" in view:
        for need in _NEEDS_WORD.iter_view(doc, "unquoted"):
            if (match := _with_subject(doc, view, NEEDS_ADDING, need)) is not None:
                add(match, match.start("verb"), always_named=True)
    if ":" in view:
        for match in DELIVERABLE_COLON.iter_view_at_openings(doc, "unquoted"):
            strong.append(match.start("lead"))
            add(match, match.start("lead"), always_named=True)
    if not tasks and not strong and len(view) <= _TERSE_REACH:
        _bare_topic(doc, view, tasks)
    tasks[:] = [
        task for task in tasks if not _HYPOTHETICAL.match(view, doc.sentences[task.sentence][0])
    ]
    # "Please read it and triage the findings": a second task after a request whose first verb
    # named nothing still belongs to the request.
    asked = {task.sentence for task in tasks} | {doc.sentence_index(lead) for lead in strong}
    for index in sorted(asked):
        sentence_start, sentence_end = doc.sentences[index]
        if view.find(",", sentence_start, sentence_end) < 0 and (
            view.find("and", sentence_start, sentence_end) < 0
        ):
            continue  # (every match holds one: the regex is tried at every "a")
        for match in COORDINATED.regex.finditer(view, sentence_start, sentence_end):
            add(match, match.start("verb"))
    return tasks


# "I need per-tenant rate limiting on the public API, enforcing 1,000 rps, by end of sprint": an
# outcome asked for directly; counted only when the sentence gives it a number or a date.
NEEDED_OUTCOME = rx(
    r"(?P<lead>\b(?:I|we)\s+(?:really\s+)?(?:need|want)\s+)"
    r"(?P<verb>(?!(?:you|to|your|a\s+(?:minute|moment|second|break|word|favou?r)|some\s+time|time|help|more\s+time|"
    rf"everyone|people|someone|somebody|it|this|that|them)\b)[\w-]+(?:\s+[\w-]+){{0,3}})\b(?P<object>{_IN_SENTENCE}{{0,200}})"
)


# "KR2: 90% of PRs reviewed within one business day": a key result is the goal stated bare; like
# a needed outcome, it counts only with a number or a date ("KR4: Increase happiness" is a wish).
KEY_RESULT = rx(
    r"(?P<lead>(?:^|(?<=[.!?\n]\s)|(?<=^-\s)|(?<=\n-\s)|(?<=\n))(?:kr\s?\d{0,2}|key\s+result\s?\d{0,2})"
    rf"(?:\s+\([^)\n]{{1,40}}\))?\s*:\s*)(?P<verb>)(?P<object>{_IN_SENTENCE}{{1,200}})"
)


# "By end of sprint 48 the iOS app should crash on fewer than 0.3% of sessions": the outcome
# stated of the system; like a needed outcome, counted only with a number or a date.
SHOULD_OUTCOME = rx(
    r"(?P<lead>)(?P<verb>\b(?:the|our|this|every|each|all)\s+(?!team\b|(?:[\w-]+\s+)?(?:we|you|i)\b)"
    # ("the details they need to see are in the doc": a relative clause, not the outcome)
    r"(?:[\w/#'-]+\s+){0,6}?(?:should|must|needs\s+to|(?<!\bthey\s)(?<!\bwe\s)(?<!\byou\s)(?<!\bi\s)need\s+to|has\s+to|have\s+to))\b"
    # not a guess about the past ("the deploy must have failed at 3 pm") or a reassurance
    r"(?!\s+(?:have\s+(?:been|\w+ed)|(?:be\s+)?(?:fine|ok|okay))\b)"
    rf"(?P<object>{_IN_SENTENCE}{{1,200}})"
)


# Words without which no outcome is stated bare (a need, a key result, a "should").
_OUTCOME_WORDS = ("need", "want", "kr", "key result", "should", "must", "s to ", "ve to ")
# ("All 11 DAG repos need to be on 3.12 before April": the plural too)
_MODAL = rx(r"\b(?:should|must|needs?\s+to|has\s+to|have\s+to)\b")


def _with_subject(doc: Doc, view: str, pattern: Rx, verb: re.Match[str]) -> re.Match[str] | None:
    """`pattern`'s match whose "verb" group ends at `verb` ("this retry loop needs a"), found from the verb.

    The subject can start at any "the", so the pattern is run only where its verb was found, and
    no further back than a subject reaches.
    """
    sentence_start, sentence_end = doc.sentence_bounds(verb.start())
    start = max(sentence_start, verb.start() - _SUBJECT_REACH)
    for match in pattern.regex.finditer(view, start, sentence_end):
        if match.start() >= verb.start():
            return None
        if match.end("verb") == verb.end():
            return match
    return None


def _needed_outcomes(doc: Doc, view: str, add: Callable[..., None]) -> None:
    from rehearse.scoring.detectors.deadlines import DEADLINE
    from rehearse.scoring.detectors.measures import THRESHOLD

    matches = (
        list(NEEDED_OUTCOME.iter_view(doc, "unquoted")) if "need" in view or "want" in view else []
    )
    if "kr" in view or "key result" in view:
        matches += KEY_RESULT.iter_view(doc, "unquoted")
    if "should" in view or "must" in view or "s to " in view or "ve to " in view or "d to " in view:
        for modal in _MODAL.iter_view(doc, "unquoted"):
            if (match := _with_subject(doc, view, SHOULD_OUTCOME, modal)) is not None:
                matches.append(match)
    for match in matches:
        start, end = doc.sentence_bounds(match.start())
        sentence = view[start:end]
        if next(THRESHOLD.scan(sentence), None) or next(DEADLINE.scan(sentence), None):
            add(match, match.start("lead"), always_named=True)


# "The new scheduling system is really slow for the night staff. Can you help?", "Could use a
# hand with the Windows build. Any takers?": help asked with the thing just named, as "can you
# help with that?" ("ugh prod again. someone?", "Thanks for the help. Can you help?" name nothing)
HELP_ASKED = rx(
    r"(?P<lead>\b(?:(?:can|could|would|will)\s+(?:you|u|someone|somebody|anyone)(?:\s+(?:guys|all|folks))?"
    r"(?:\s+(?:please|pls))?\s+(?=help)|(?=any\s+takers)))"
    r"(?P<verb>help(?:\s+(?:out|us|me))?|any\s+takers)(?P<object>)\s*\?"
)


_HELP_WANTED = re.compile(
    r"\b(?:a\s+hand|help|volunteers?|someone|somebody|anyone|pick\s+(?:it|this)\s+up)\b"
)


# "Docs. Friday.", "the login bug, before standup if possible", "Third time asking: the a11y
# issues on the settings page. Whenever you get a chance": a terse ask names only the thing and
# when (or how soon) it is wanted. Every part of the text is the thing (a bare noun phrase, no
# verb in it), the time, or a softener: "The docs site is slow. Friday." reports, "Quick one: By
# Friday." names nothing, and a time alone ("By Friday.") asks for nothing named.
_TERSE_REACH = 120
_FRAGMENT = re.compile(r"[^.!?,;:\n]+")
_SOON_HINTS = ("whenever you", "if possible", "when you can", "when you get")
_BARE_TOPIC = re.compile(
    r"\s*(?!(?:by|before|until|on|in|at|for|from|to|after|within|next|this|whenever|when|if|asap|eod|eow|"
    r"soon|today|tonight|tomorrow|thanks|thank|hi|hey|hello|ugh|lol|fyi|btw|ok|okay|yes|no|re|omw|status|"
    r"thoughts|ideas|update|news|quick|honestly|one|third|second|first|again|also|just|so|and|but|or|"
    r"please|pls|team|folks|all|everyone|great|good|nice|awesome|congrats|congratulations|welcome|happy|"
    r"well|love|sorry)\b)"
    r"(?P<verb>)(?P<object>(?:(?!(?:is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|"
    r"should|must|may|might|i|we|you|u|he|she|they|it|me|us|him|her|them|my|please|pls|asking|need|needs|"
    # (each word taken whole, `*+`: a failing match would otherwise try every cut of its words into
    # two, exponentially; a cut only adds a word and a look-ahead, so it never matches where whole
    # words do not)
    r"want|wants|not|any|anyone|someone|everyone|what|who|how|why|there|here)\b)[a-z0-9][\w#/'-]*+\s*){1,7})$"
)
# (a verb in the past or a contraction: "release train held", "didn't go well")
_NOT_A_TOPIC_WORD = re.compile(r"[a-z]{2,}(?:ed|n't|'s|'re|'ll|'ve)$")
_GATHERING = re.compile(
    r"\b(?:party|lunch|dinner|drinks|coffee|beers?|breakfast|meeting|standup|stand-up|retro|all-hands|"
    r"offsite|call|sync|1:1|one-on-one|catch-up|chat|social|celebration|holiday|meetup|event)\s*$"
)
_STARTS = re.compile(r"(?:starting|from|since|as\s+of|after|until|till)\b", re.IGNORECASE)
_FILLER = re.compile(r"\s*(?:obviously|please|pls|thanks|thank\s+you|ta|cheers)\s*$")
_LABEL = re.compile(r"\s*(?:[\w'-]+\s+){0,3}[\w'-]+\s*$")
# ("Owner: Chloe. Target: sometime next quarter.": a field's value, not the thing asked for)
_FIELD = re.compile(
    r"\b(?:owners?|assignee|dri|lead|who|target|due|eta|deadline|status|priority|when):\s*$"
)


def _timed(view: str, start: int, end: int, times: list[Span]) -> bool:
    """The part is a time ("EOW", "by Friday", "30 days max"), a word or two at most around it."""
    left = view[start:end]
    for span in times:
        if span.start < end and start < span.end:
            left = left.replace(view[max(start, span.start) : min(end, span.end)], " ")
    return left != view[start:end] and len(left.split()) <= 1


def _bare_topic(doc: Doc, view: str, tasks: list[Task]) -> None:
    from rehearse.scoring.detectors.deadlines import deadlines_and_durations, vague_times

    times = deadlines_and_durations(doc) + vague_times(doc)
    if not times and not any(hint in view for hint in _SOON_HINTS):
        return
    if any(_STARTS.match(span.text) for span in times):
        return  # "the new hire, starting Monday": news of when something starts, not when it is due
    topic = None
    for fragment in _FRAGMENT.finditer(view):
        start, end = fragment.span()
        if (
            _timed(view, start, end, times)
            or any(hint in fragment.group() for hint in _SOON_HINTS)
            or _FILLER.match(fragment.group())
            or (view.startswith(":", end) and _LABEL.match(fragment.group()))
            or _FIELD.search(view, max(0, start - 12), start)
        ):
            continue
        match = _BARE_TOPIC.fullmatch(view, start, end)
        # ("Sprint review on Friday.", "Holiday party, Friday 6pm.", "Coffee? Tomorrow": an event and
        # its day, not a thing asked for by then)
        if (
            match is None
            or view.startswith("?", end)
            or _GATHERING.search(match.group("object"))
            or any(start < span.end and span.start < end <= span.end + 1 for span in times)
        ) or any(
            _NOT_A_TOPIC_WORD.match(word) or word in PAST_IRREGULAR_WORDS
            for word in match.group("object").split()
        ):
            return  # a part that says more than the thing: a sentence, not a terse ask
        topic = topic or match
    if topic is not None and (task := _task(doc, topic, always_named=True)) is not None:
        # what is to happen to the thing is never said
        tasks.append(dataclasses.replace(task, scoped=False))


def request_leads(doc: Doc) -> list[int]:
    """Where a request starts ("can you", "please", "I'd like you to"), with or without a task verb."""
    requested_tasks(doc)
    leads: list[int] = doc.memo["request_leads"]
    return leads


def named_tasks(doc: Doc) -> list[Span]:
    """Requests with an object you can point at: "own the Kafka migration"."""
    return [task.span for task in requested_tasks(doc) if task.named]


# "The Kafka migration is yours", "the Stripe bump is now on you", "I'm putting you on the billing
# cutover": an assignment.
YOURS = rx(
    r"(?P<lead>)(?P<verb>\b(?:the|this|that|our)\s+(?!(?:pressure|ball|floor|decision|choice|rest|spotlight|onus|blame|call|stage|mic)\b)[\w\s/>\u2192+&()-]{1,60}?)(?:\s+is|'s)\s+(?:all\s+yours|yours|now\s+(?:on\s+you|yours))\b(?P<object>)"
)
# "For the pitch we need the competitive teardown: ... Kofi, that's yours.", "I won't finish the
# pagination rewrite. @lucia it's yours": the thing just named, handed over ("it's yours" with
# nothing named before it hands over nothing)
YOURS_BACK = rx(
    # ("nobody owns the status page, congratulations, it's you now": the owner named by "now")
    r"(?P<lead>)(?P<verb>\b(?:it|that|this)(?:'s|\s+is)\s+(?:(?:all\s+|now\s+)?yours|(?:now\s+you|you\s+now)(?!\s+(?:and|or|who|that)\b)))\b(?P<object>)"
)
PUTTING_YOU_ON = rx(
    # "Need you on the billing cutover", "I want you on the Kafka upgrade"
    r"(?P<lead>\b(?:need|want)\s+you\s+on\s+(?=(?:the|our|this)\s)|"
    # "You're on the notifications service from Q2" (not "on the right track", "on the team")
    r"\byou(?:'re|\s+are)(?:\s+now)?\s+on\s+(?=(?:the|our|this)\s+(?!(?:right|wrong|same|team|list|call|phone|way|line|ball|case|"
    r"money|mark|fence|road|go|clock)\b))|"
    r"\bI(?:(?:'m|\s+am)\s+(?:putting|assigning|giving|handing)|(?:'d|\s+would)\s+like\s+to\s+(?:put|assign|give|hand)|"
    r"\s+want\s+to\s+(?:put|assign|give|hand)|(?:'m|\s+am)\s+going\s+to\s+(?:put|assign|give|hand)|"
    r"(?:'ll|\s+will)\s+(?:put|assign|give|hand))\s+you\s+(?:on\s+|to\s+)?)"
    # ("I'll give you the straight version" tells, it hands over no work)
    rf"(?!(?:the|our|this)\s+(?:[\w-]+\s+)?{TOLD_THINGS}\b)"
    rf"(?P<verb>(?:the|our|this)\s+[\w/-]+(?:\s+[\w/-]+){{0,4}}?)(?P<object>{_IN_SENTENCE}{{0,120}})"
)

# "We're kicking off the mobile app rewrite in January. Emma, I'd like you on it.": the thing just
# named, handed over ("I need you on it" with nothing named before it hands over nothing)
YOU_ON_IT = rx(
    r"(?P<lead>\b(?:need|want|like)\s+you\s+)(?P<verb>on\s+(?:it|this|that))\b(?P<object>)"
)

# "Your team picks up the notifications service from Q2": work handed to a team, told.
TEAM_TAKES = rx(
    r"(?P<lead>\byour\s+(?:[\w-]+\s+)?(?:team|squad|group)\s+)"
    # (not "owns", which is also what a team has: "owns the best on-call record")
    r"(?P<verb>picks\s+up|takes\s+over|takes\s+on|will\s+(?:own|pick\s+up|take\s+over|take\s+on)|"
    r"is\s+(?:picking\s+up|taking\s+over|taking\s+on))"
    rf"(?P<object>\s+(?:the|our|this)\s+{_IN_SENTENCE}{{1,200}})"
)
# "Your next six tickets pass QA the first time", "your next three PRs should merge without rework":
# the target for the person's next pieces of work, told (blunt, in the present) or expected.
NEXT_WORK_OUTCOME = rx(
    rf"(?P<lead>)(?P<verb>\byour\s+next\s+(?:{NUMBER}|few|couple\s+of)\s+(?:[\w-]+\s+){{0,2}}?"
    # (the next pieces of work, not of time: "your next few sprints pass quickly")
    r"(?!(?:sprint|week|day|month|year|quarter|hour|minute|cycle)s\b)[\w-]+s\s+"
    r"(?:(?:should|must|will|need\s+to|have\s+to)\s+)?"
    r"(?:pass|clear|get\s+through|go\s+through|ship|land|merge|meet|hit|close|go\s+out))\b"
    rf"(?P<object>{_IN_SENTENCE}{{0,200}})"
)
# "I expect your tickets to ship with unit tests", "we need your PRs to include a test": the same
# target, expected of all the person's work ("I want your honest opinion" names no work).
EXPECTED_WORK_OUTCOME = rx(
    r"(?P<lead>\b(?:I|we)\s+(?:expect|need|want)\s+)"
    r"(?P<verb>your\s+(?:[\w-]+\s+){0,2}?(?:tickets|PRs|pull\s+requests|changes|commits|merges|releases|deploys|"
    r"stories|tasks|features|fixes|migrations|reviews|designs|specs|docs)\s+to\s+"
    r"(?:pass|clear|get\s+through|go\s+through|ship|land|merge|meet|hit|close|go\s+out|have|include|come\s+with))\b"
    rf"(?P<object>{_IN_SENTENCE}{{0,200}})"
)
_TEAM_FORMS = {
    "picks up": "pick up",
    "takes over": "take over",
    "takes on": "take on",
    "will own": "own",
    "will pick up": "pick up",
    "will take over": "take over",
    "will take on": "take on",
    "is picking up": "pick up",
    "is taking over": "take over",
    "is taking on": "take on",
}

# "I'm handing the remaining polish to @Zane": the work named, and who takes it.
HANDED_OVER = rx(
    r"(?P<lead>\bI(?:'m|\s+am)\s+(?:handing|passing|assigning|reassigning)\s+"
    # "@Ruth — handing the pooling work to you": the same, with the "I'm" left out
    r"|(?:^|(?<=[.!?:-]\s))(?:handing|passing|assigning|reassigning)\s+)"
    # the work, or its ticket: "Assigning PAY-2291 to you"
    r"(?P<verb>(?:the|our|this|my)\s+(?!(?:ball|floor|mic|word|message|buck)\b)[\w/-]+(?:\s+[\w/-]+){0,4}?|[a-z]{2,}-\d+)"
    rf"(?P<object>\s+(?:over\s+)?to\s+(?:you\b|@[\w.-]+|{PERSON_NAME}\b)[^.!?;\n]{{0,120}})"
)

# "You're point on the Segment switch", "could you be the contact for the data team": a role handed over.
ROLE_ASSIGNED = rx(
    r"(?P<lead>\byou(?:'re|\s+are|'ll\s+be|\s+will\s+be|(?:'re|\s+are)\s+going\s+to\s+be)(?:\s+now)?\s+|\b(?:can|could|would|will)\s+you\s+be\s+|"
    r"(?:^|(?<=[.!?]\s)|(?<=\bmaybe\s))become\s+)"
    rf"(?P<verb>{_ROLE}(?:\s+(?:for|on|of|in))?)\b(?P<object>{_IN_SENTENCE}{{0,200}})"
)


# Who else is in the work, by name: "Work with Jo from UX research", "Gianna from product is your
# counterpart", "Noor knows the setup if you get stuck", "You'll shadow Halima", "You'll have Bruno
# for February", "with Iván helping on tests". The spec's third part of a specific task ("who else is involved"). "He will help"
# names nobody, and "Omar from QA left the call early" is not in the work.
# (the look ahead for the capital first: the same matches, but a word that opens with no capital
# fails at once instead of after a case-folding comparison with each pronoun)
_NAME = (
    r"(?=(?-i:[A-Z]))(?!(?:He|She|They|It|We|You|This|That|There|Someone|Somebody|Anyone|Everyone)\b)"
    r"(?-i:[A-Z])[^\W\d_]+"
)
_FROM_SIDE = (
    r"\s+from\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:team|side|research|product|design|sre|qa|ux|finance|legal|"
    r"integrations|data|security|platform|support|ops)\b"
)
_INVOLVED = re.compile(
    rf"\bwith\s+{_NAME}{_FROM_SIDE}"
    rf"|\b{_NAME}{_FROM_SIDE}\s+(?:is\s+(?:your|assigned|available|on\s+hand)|will\s+(?:pair|help|work|join|support))\b"
    rf"|\b{_NAME}\s+(?:can|will|knows|has\s+(?:agreed|blocked|offered)|confirmed|is\s+(?:assigned|available))\b"
    r"[^.!?\n]{0,60}?\b(?:pair|help|walk|support|mentor|with\s+you|to\s+you|on\s+hand|stuck|setup)"
    rf"|\b(?:work|partner)\s+with\s+{_NAME}|\bshadow\s+{_NAME}|\byou'll\s+have\s+{_NAME}"
    # "If you need help Jonas knows it well", "with Iván helping on tests"
    rf"|\b{_NAME}\s+knows\s+(?:it|this|the|how)\b|\bwith\s+{_NAME}\s+(?:helping|pairing|supporting)\b",
    re.IGNORECASE,
)
# Where an `_INVOLVED` match can start (tests pin this): each alternative opens with `\b` and a
# capital (`_NAME`) or a word that starts with w, p, s or y in any case (IGNORECASE also reads "ſ"
# as "s"), and `(?<!\w.)` after that word character says what `\b` before it did. `_INVOLVED`
# is tried only there, not at every character of the text.
_INVOLVED_START = re.compile("[A-Zwpsy\u017f](?<!\\w.)")
# Tasks whose outcome the people in them do not settle: the help itself ("pair with Sam on the
# Redis thing", "help Farah with the dbt models"), a look or a thought ("look into our cloud
# costs"), a direction ("reduce the bugs", "make the deploy faster"), a role held.
_NOT_SETTLED_BY_PEOPLE = re.compile(
    r"(?:pair|help|shadow|support|mentor|coach|look|check|investigate|explore|research|think|"
    r"have\s+a\s+(?:look|think)|take\s+a\s+look|revisit|do|reduce|improve|tidy|clean|keep)\b"
)
_ROLE_HELD = re.compile(rf"{_ROLE}(?:\s+(?:for|on|of|in))?")
# A task found by its noun, not its verb ("it's important that the docs get updated"): a wish.
_NOUN_AS_VERB = re.compile(r"(?:the|our|your|this|that|these|those|a|an|all|every|each|any)\s")


def involved_people(doc: Doc) -> list[Span]:
    """The named people besides the person who take part in a task asked, when one is asked."""
    tasks = [task for task in requested_tasks(doc) if task.named]
    if not tasks or any(
        _NOT_SETTLED_BY_PEOPLE.match(task.verb)
        or _OPEN_ENDED.search(re.split(r"[,?]|\sand\s", task.object, maxsplit=1)[0])
        or _NOUN_AS_VERB.match(task.verb)
        # a role held ("you're point on the Segment switch"): its area, with helpers, is still an area
        or _ROLE_HELD.fullmatch(task.verb)
        for task in tasks
    ):
        return []
    found = []
    starts = [start.start() for start in _INVOLVED_START.finditer(doc.text)]
    for match in finditer_at(_INVOLVED, doc.text, starts):
        span = doc.span(match.start(), match.end())
        if span is not None:
            found.append(span)
    return found


def asked_tasks(doc: Doc) -> list[Span]:
    """Named tasks asked of the person (the speaker's own plan is not an ask)."""
    return [task.span for task in requested_tasks(doc) if task.named and task.requested]


def made_tasks(doc: Doc) -> list[Span]:
    """Named tasks whose verb makes or changes something, not a role or a direction ("lead", "tidy")."""
    return [
        task.span for task in requested_tasks(doc) if task.named and not ROLE_VERBS.match(task.verb)
    ]


def scoped_tasks(doc: Doc) -> list[Span]:
    """Named tasks whose outcome and scope are spelled out."""
    return [task.span for task in requested_tasks(doc) if task.scoped]


# "Somebody needs to bring the Sentry count under 200", "Someone on platform: get plan time under
# 3 minutes": asked of nobody in particular, so who does it is still open.
# ("someone on platform", "whoever is on call" name a team or a role)
# A need stated, not a request made of someone ("can someone post the rollback steps" asks).
_NOBODY = re.compile(
    r"\b(?:someone|somebody|anyone|anybody)\s+(?:needs\s+to|has\s+to|should|must)\b"
    r"|\b(?:need|get|find)\s+(?:someone|somebody)\b|\bwho's\s+up\s+for\b|\blooking\s+for\s+(?:someone|a\s+volunteer)\b"
)


# "Can you get p95 under 300 ms?", "Get the error rate under 1%": a target for a metric of
# nothing named (which service?), so the scope is still open.
_BARE_METRIC = re.compile(
    r"\s*(?:the\s+|our\s+)?(?:p(?:50|75|90|95|99|999)(?:\s+latency)?|latency|error\s+rate|uptime|availability|"
    r"(?:test\s+)?coverage|response\s+times?|load\s+times?|build\s+times?|cold\s+start)\s+"
    r"(?:under|below|above|over|to|down\s+to|up\s+to|at|back)\b",
    re.IGNORECASE,
)


_SOMEONE_TO = re.compile(r"\s*(?:someone|somebody)\s+(?:to|who)\b", re.IGNORECASE)
_LETS = re.compile(r"\blet's\b")
# "Let's do a check-in every Tuesday", "let's go through it together": both of us, by name
_TOGETHER = re.compile(
    r"\b(?:together|check-?ins?|1:1s?|one-on-ones?|syncs?|catch\s+up|meet|talk|sit\s+down|pair)\b"
)
_YOU = re.compile(r"\byou")
_YOU_FIND_SOMEONE = re.compile(r"\byou\s+(?:\w+\s+)?(?:get|find)\s+(?:someone|somebody)\b")


def metric_of_nothing_named(doc: Doc) -> bool:
    """Every named task sets a target for a metric without saying of what."""
    named = _named(doc)
    return bool(named) and all(_BARE_METRIC.match(task.object) for task in named)


def _named(doc: Doc) -> list[Task]:
    return [task for task in requested_tasks(doc) if task.named]


def asked_of_nobody(doc: Doc) -> bool:
    """Every named task is asked of nobody in particular."""
    view = doc.view("unquoted", cased=False)
    named = _named(doc)
    for task in named:
        sentence_start = doc.sentences[task.sentence][0]
        verb = view.find(task.verb.split()[0], task.span.start) if task.verb else task.span.start
        # "Let's get someone to handle ...": the nobody is the object of the ask; but "can you get
        # someone to ..." makes you the one who sees it done
        nobody = (
            _NOBODY.search(view, sentence_start, max(verb, task.span.start))
            or _SOMEONE_TO.match(task.object)
            # "Let's set up a shared page": all of us, so no one, unless the message turns to a "you"
            or (
                _LETS.search(view, sentence_start, task.span.end)
                and not _YOU.search(view)
                and not _TOGETHER.search(view, task.span.start, task.extent[1])
            )
        )
        if not nobody or _YOU_FIND_SOMEONE.search(view, sentence_start, task.span.end):
            return False
    return bool(named)


@memoised("vague_asks")
def vague_asks(doc: Doc) -> list[Span]:
    """Asks with nothing to point at: "look into it", "just get it done"."""
    spans = [task.span for task in requested_tasks(doc) if not task.named]
    return spans + doc.find(VAGUE_PHRASES)


def task_sentences(doc: Doc) -> set[int]:
    return {task.sentence for task in requested_tasks(doc) if task.named}
