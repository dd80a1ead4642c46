"""Behaviour: what the person did or said, as someone else could have seen it.

- `observable_actions`: "you interrupted Priya twice", "you didn't show up to
  the handoff", "thanks for fixing the flaky tests", "your estimate was three
  days", "you said '...'";
- `general_behaviors`: behaviour that is generalised, vague or loaded
  ("you always push without tests", "you keep reopening decisions", "you were
  all over the place", "the way you spoke to Jordan", "you ignored my comments").
"""

from __future__ import annotations

from rehearse.scoring.lexicon import (
    ACTION_BASE_RE,
    ACTION_ING_RE,
    ACTION_PAST_RE,
    COUNT,
    LOADED_VERBS,
    LOOKING_AHEAD,
)
from rehearse.scoring.result import Span
from rehearse.scoring.text import Doc, memoised, rx

_ADVERBS = (
    r"(?:(?:just|also|then|again|actually|even|only|still|quickly|already|basically|sort\s+of|kind\s+of|kinda|maybe|probably|"
    r"completely|immediately|first|later|finally|apparently|instead|once|twice|publicly|"
    r"openly|directly|suddenly|accidentally)\s+){0,2}"
)
_HAVE = r"(?:'ve|\s+have|'d|\s+had)?"

# Past tenses that report a state of mind, not an act.
_NOT_ACTS = (
    r"(?:seemed|wanted|needed|liked|loved|hated|cared|preferred|believed|assumed|expected|hoped|intended|"
    r"planned|worried|wondered|appeared|looked|used|supposed|meant|tried|decided|learned|learnt|mentioned\s+wanting|"
    r"deserved|managed|handled|dealt|struggled|seemed|sounded|felt|enjoyed|disliked|missed\s+(?:the\s+point|out)|"
    r"zoned|spaced|tuned|rushed|dominated|hijacked|derailed|"
    r"mattered|considered|remembered|realized|realised|noticed|thought|knew|understood|agreed\s+with|owed|ignored|"
    r"blamed|dismissed|criticized|criticised|mocked|belittled|attacked|undermined|trashed|humiliated|embarrassed|"
    r"steamrolled|bulldozed|disrespected|sabotaged|lectured|patronized|patronised|nitpicked|complained|whined|"
    r"snubbed|stonewalled|ghosted|overreacted|exaggerated|failed|refused|neglected|forgot|kept|started\s+to|"
    # verdicts in an idiom (see labels.NEGATIVE_LABEL): "you've messed things up with the client"
    r"(?:messed|screwed)\s+(?:(?:it|this|that|things)\s+)?up|blew\s+it)\b"
)
# Thanks for this meeting is a courtesy, not feedback on an act: "thanks for coming (in), Jordan",
# "thanks for joining today"; "thanks for joining the incident call at 2am" is an act. So is
# thanks for what was just said: "thanks for telling me", "thanks for sharing that";
# "thanks for telling Priya about the rollback" is an act.
_COURTESY = (
    r"(?!(?:coming(?:\s+in)?|joining|meeting|hopping\s+on|sitting\s+down)(?:\s+(?:in\s+)?today)?\s*(?:[,.!;:)-]|$)"
    r"|(?:making|taking|finding)\s+(?:the\s+|some\s+)?time\b"
    r"|(?:telling|sharing|saying|explaining|raising|bringing\s+up)(?:\s+(?:me|us|that|this|it))?"
    r"(?:\s+(?:with\s+me|up|so\s+openly|so\s+honestly|honestly|openly))?\s*(?:[,.!;:)-]|$)"
    # ("thanks for grabbing a coffee (with me)": the meeting itself)
    r"|(?:grabbing|getting|having)\s+(?:a\s+|some\s+)?(?:coffee|tea|lunch|walk)(?:\s+with\s+me)?\s*(?:[,.!;:)-]|$))"
)
OBSERVED_ACTION = rx(
    r"(?:"
    # ("you dropped the ball" is a verdict in an idiom: see labels.NEGATIVE_LABEL)
    rf"\byou{_HAVE}\s+{_ADVERBS}(?:{ACTION_PAST_RE})\b(?!\s+the\s+ball\b)"
    # "made" is an act only with what was made: "you made a joke about", not "you made it"
    rf"|\byou{_HAVE}\s+{_ADVERBS}made\s+(?:fun\s+of|(?:a|an|the|that|this|two|three|several|some|{COUNT})\s+"
    r"(?:[\w-]+\s+)?(?:joke|comment|remark|promise|decision|change|call|commitment|suggestion|request|edit|commit|"
    r"announcement|crack|dig|point|correction)s?\b)"
    rf"|\byou{_HAVE}\s+{_ADVERBS}(?!{_NOT_ACTS})(?:(?:[a-z]+-)?[a-z]+(?<!e)ed|disagreed|agreed|freed)\b(?!\s+the\s+ball\b)"
    r"|\b(?:was|were)\s+(?:\w+\s+)?\w+ed\s+(?:\w+\s+){0,3}?by\s+you\b"
    r"|\byou\s+(?:handled|managed|dealt\s+with|approached|tackled|ran|led)\s+[^.!?;\n]{0,40}?\bby\s+\w+ing\b"
    r"|\byour\s+(?:demo|presentation|talk|meeting|update|review|call|session)\s+ran\s+(?:long|over|late)\b"
    r"|\b(?:went\s+out|was\s+merged|was\s+deployed|got\s+merged|got\s+deployed|landed|shipped)\s+(?:\w+\s+){0,3}?without\s+"
    r"(?:a\s+|any\s+)?(?:review|tests?|approval|sign-off|rollback)"
    r"|\byou\s+(?:haven't|have\s+not|hadn't|had\s+not)\s+(?:even\s+|once\s+|yet\s+)?(?:\w+ed|said|spoken|written|shown|"
    r"done|been\s+(?:to|at|in)|given|taken|gone|come|seen|sent|run|put|left|met|read|brought|sat)\b"
    r"|\byou\s+kept\s+(?:on\s+)?\w+ing\b"
    rf"|\byou\s+(?:obviously\s+|clearly\s+|just\s+|really\s+|apparently\s+|still\s+|also\s+|then\s+)?(?:didn't|did\s+not|haven't|have\s+not|hadn't|had\s+not|never\s+once)\s+(?:even\s+)?"
    rf"(?:{ACTION_BASE_RE}|show\s+up|turn\s+up|respond|attend|follow|loop|let|include|invite|bring)\b"
    r"|\byou\s+(?:forgot|failed|neglected|refused|declined|chose|decided|offered|volunteered)\s+to\s+\w+"
    rf"|\byou\s+were\s+(?:(?:about|almost|over|more\s+than|nearly)\s+)?(?:{COUNT}\s+(?:minutes?|mins?|hours?)\s+)?late\b(?!\s+a\s+lot)"
    r"|\byou\s+were\s+on\s+your\s+(?:phone|laptop|other\s+screen)\b"
    # an omission told in the passive: "the demo environment wasn't reset before the walkthrough"
    r"|\b(?:the|your)\s+(?:[\w-]+\s+){0,3}?(?:environment|build|config|migration|runbook|PR|tests?|alert|backup|release|"
    r"deploy|doc|docs|ticket|changelog|flag|dashboard|script|database|data|server|cluster|branch)\s+(?:wasn't|was\s+not|weren't|"
    r"were\s+not|hadn't\s+been|had\s+not\s+been|never\s+got|didn't\s+get)\s+(?:\w+ed|reset|run|set\s+up|shut\s+down|written|"
    r"built|rebuilt|shown|sent|torn\s+down|done)\b"
    r"|\b(?:great|good|nice|excellent|brilliant|sharp)\s+(?:catch|find|fix|save|spot)\s+(?:on|with|in|of)\s+(?:the|that|your)\s+\w+"
    r"|\byou\s+(?:were\s+not|weren't|wasn't)\s+(?:at|in|on)\s+the\s+\w+"
    r"|\byou\s+were\s+(?:absent|offline|unreachable|not\s+there|nowhere\s+to\s+be\s+found)\b"
    r"|\b(?:thanks|thank\s+you|kudos|props)\s+(?:so\s+much\s+|again\s+)?for\s+(?:the|your)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:write-?up|writeup|runbook|doc|docs|notes|summary|postmortem|post-mortem|review|reviews|fix|patch|demo|"
    r"presentation|analysis|report|proposal|rfc|adr|pr|dashboard|script|checklist|diagram|timeline)\s+(?:on|of|for|about)\b"
    rf"|\b(?:thanks|thank\s+you|kudos|props|shout-?out|great\s+(?:job|work)|nice\s+(?:job|work)|"
    rf"good\s+(?:job|work)|well\s+done|I\s+appreciated?(?:\s+you)?|appreciate\s+you)\s+(?:so\s+much\s+|again\s+)?"
    rf"(?:(?:for|on)\s+)?(?:\w+ly\s+)?{_COURTESY}(?:{ACTION_ING_RE}|stepping\s+in|jumping\s+in|"
    r"(?!(?:being|having|doing|handling|managing|dealing|everything|something|nothing|anything)\b)[a-z]{3,}ing\s+"
    r"(?:the|my|our|your|that|this|a|an|in|up|on|over|out)\b)"
    r"|\byour\s+(?:(?:last|latest|first|previous|most\s+recent)\s+)?"
    rf"(?:{COUNT}\s+)?(?:estimate|PR|pull\s+request|commit|comment|message|reply|update|slide|"
    r"demo|presentation|email|post|answer|change|fix|patch|write-up|doc|note|query|script|config|deploy|"
    r"release|migration|review|ticket|description)s?"
    r"(?:\s+[\w'#-]+){0,7}?\s+"
    r"(?:(?:was|were|had|said|included|showed|listed|took|broke|caused|contained|missed|deleted|dropped|changed|"
    r"landed|came\s+in|went\s+out|hit|shipped|reached|failed|passed|added|removed|touched|ran|came\s+back|"
    r"locked|blocked|wiped|overwrote|timed\s+out|got\s+(?:sent\s+back|reverted|reopened))\s+"
    rf"(?:{COUNT}\b|_|a\s+|an\s+|no\s+|only\s+|just\s+|within\s+|in\s+|at\s+|to\s+|on\s+|before\s+|after\s+|off\s+by\s+|"
    r"from\s+|with\s+|twice\b|over\s+|under\s+|the\s+|production|prod\b)"
    r"|(?:took|brought|knocked)\s+down\s+[\w-]+)"
    # what none of the work had: "none of your tickets had unit tests"
    r"|\b(?:none|neither)\s+of\s+(?:your|them|these|those)\s*(?:[\w-]+\s+){0,3}?(?:had|included|came\s+with|has|have)\s+"
    r"(?:a\s+|an\s+|any\s+)?[\w-]+(?:\s+[\w-]+)?"
    r")"
)

_EVALUATIVE = (
    r"(?:some|really|very|such|so|a\s+lot\s+of|lots\s+of|great|good|nice|smart|interesting|"
    r"tough|hard|thoughtful|insightful|sharp|excellent|useful|helpful|solid|bad|poor|weird|"
    r"strange|mean|rude|harsh|unhelpful|amazing|awesome|fantastic|terrible|awful|brilliant|clear|"
    r"confusing|sloppy|careless|lazy|impressive|outstanding|wonderful|superb|stellar|messy|vague|"
    r"unclear|inappropriate|unprofessional|aggressive|passive-aggressive|snarky|condescending)"
)
_GENERIC_OBJECT = (
    r"(?:questions?|points?|comments?|remarks?|things|stuff|job|work|calls?|decisions?|"
    r"suggestions?|contributions?|feedback|ideas?|effort|progress|choices?)"
)
_HABITUAL_VERB = (
    rf"(?:{ACTION_BASE_RE}|go\s+(?:into|off|over|quiet|silent|dark)|talk\s+over|"
    r"interrupt|dismiss|ignore|blame|criticize|criticise|nitpick|complain|argue|push\s+back)"
)
GENERAL_BEHAVIOR = rx(
    r"(?:"
    r"\byou\s+(?:always|never|constantly|continually|often|usually|sometimes|rarely|seldom|"
    r"regularly|repeatedly|frequently|typically|tend\s+to|keep(?:\s+on)?)\s+"
    r"(?!(?:seem|seems|seemed|look|looks|sound|sounds|feel|feels|think|thinks|want|wants|care|cares|appear|"
    r"appears|get\s+(?:so\s+)?(?:upset|annoyed|angry|defensive)|come\s+across)\b)\w+"
    r"|\byou(?:'ve|\s+have)\s+been\s+(?:\w+ly\s+)?(?:\w+ing|late|absent|quiet|quieter|slow|slower|missing|"
    r"louder|later|shorter|sharper|more\s+\w+|less\s+\w+)\b"
    r"|\byou(?:'ve|\s+have)\s+been\s+the\s+one\s+(?:\w+ing|who)\b"
    r"|\byou(?:'ve|\s+have)\s+(?:gotten|got|become|grown)\s+(?:much\s+|a\s+lot\s+|way\s+|so\s+much\s+)?"
    r"(?:better|worse|faster|slower|more\s+\w+|less\s+\w+)\s+(?:at|about|with)\b"
    r"|\b(?:job|work)\s+(?:on\s+|at\s+|for\s+)?(?:handling|managing|dealing\s+with|doing|running|leading|"
    r"being|taking\s+care\s+of|getting)\b"
    r"|\b(?:thanks|thank\s+you|kudos|appreciate[d]?)\s+(?:so\s+much\s+)?for\s+(?:handling|managing|dealing\s+with|"
    r"taking\s+care\s+of|doing)\b"
    r"|\byou\s+(?:hardly|barely|almost)\s+(?:ever|never)\s+\w+"
    r"|\byou\s+(?:\w+\s+){0,2}?(?:rushed|skimmed|glossed\s+over|took\s+over|dominated|hijacked|derailed)\b"
    r"|\byou(?:'re|\s+are)\s+(?:always|usually|often)\s+the\s+(?:first|last|one)\s+(?:to|who)\s+\w+"
    r"|\byou(?:'re|\s+are)\s+(?:always|never|constantly|often|usually|regularly)\s+(?:late|early|\w+ing|on\s+your|"
    r"offline|away|missing|absent|the\s+last)\b"
    r"|\byou\s+(?:totally\s+|completely\s+|kind\s+of\s+|basically\s+)?(?:bailed|flaked|ghosted|checked\s+out|"
    r"zoned\s+out|went\s+awol|dropped\s+off|disappeared)\b"
    r"|\byou(?:\s+were|\s+are|'re|\s+was)\s+(?:(?:kind\s+of|sort\s+of|a\s+bit|a\s+little|really|very|so|"
    r"pretty|totally|completely|kinda)\s+){0,2}(?:all\s+over\s+the\s+place|off\s+track|off\s+topic|"
    r"scattered|rambling|on\s+tangents|short\s+with|curt\s+with|blunt\s+with|late\s+a\s+lot)"
    r"|\byou\s+(?:went|go)\s+(?:off\s+)?on\s+(?:a\s+|some\s+)?tangents?"
    r"|\bthe\s+way\s+you\s+(?:\w+ed|spoke|said|ran|wrote|led|took|gave|told|went|left|came|made|did|dealt|"
    r"handled|reacted|responded|talked|treated|shut|cut|put)\b"
    r"|\bhow\s+you\s+(?:handle|handled|deal|dealt|react|reacted|respond|responded|talk|talked|"
    r"speak|spoke|run|ran|treat|treated|communicate|communicated|behave|behaved|act|acted)\b"
    rf"|\byou\s+(?:asked|gave|made|did|said|wrote|had|raised|left|shared|posted)\s+(?:{_EVALUATIVE}\s+){{1,3}}{_GENERIC_OBJECT}\b"
    r"|\byou\s+(?:said|did|wrote|posted|sent)\s+(?:something|some\s+things|things|stuff)\b"
    rf"|\byou\s+(?:{ACTION_PAST_RE})(?:\s+\w+)?\s+(?:too\s+(?:much|many|little|fast|slowly|quickly|early|late)|way\s+too)\b"
    rf"|\byou\s+(?:gave|made|wrote|ran|had|sent|left|shared|posted|asked|raised|presented|delivered|led)\s+"
    rf"(?:a\s+|an\s+|some\s+|your\s+)?(?:(?:really|very|super|so|pretty|quite|genuinely)\s+)?{_EVALUATIVE}\s+\w+"
    r"|\b(?:comments?|messages?|reviews?|updates?|reply|replies|emails?|PRs?|tone|feedback|questions?)\s+"
    r"from\s+you\s+(?:\w+\s+)?(?:were|was|are|is|have\s+been|has\s+been)\b"
    r"|\byou(?:'re|\s+are)\s+doing\s+(?:it|this|that)\s+again\b"
    r"|\byou\s+(?:did|handled|managed|ran|led|presented|dealt\s+with|took\s+care\s+of)\s+"
    r"(?:it|that|this|things|everything|the\s+\w+)\s+(?:so\s+|really\s+|very\s+)?"
    r"(?:well|badly|poorly|nicely|great|brilliantly|terribly|fast|quickly|smoothly)\b"
    rf"|\byou\s+(?:just\s+|basically\s+|completely\s+|totally\s+)?(?:{LOADED_VERBS})\b"
    r"|\byour\s+(?:estimates?|updates?|comments?|reviews?|PRs|messages?|questions?|slides?|docs?|documentation|"
    r"writing|design\s+docs?|runbooks?|tests|test\s+coverage|presentations?|demos?|work|contributions?|"
    r"code|tests?|commits?|demos?|presentations?|PR\s+descriptions?|emails?|posts?|answers?|work|"
    r"tickets?|commit\s+messages?|code\s+reviews?)(?:\s+(?:in|on|for|during)\s+[\w'-]+(?:\s+[\w'-]+){0,2})?(?:\s+(?:lately|recently))?\s+"
    r"(?:are|is|have\s+been|has\s+been|were|was)\s+(?:(?:always|often|usually|really|very|so|a\s+bit|"
    r"way|pretty|consistently|quite)\s+){0,3}"
    # "your estimate for the search rewrite was three days" states a fact
    r"(?!\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|half)\b)\w+"
    r")"
)
# Verbs whose present and past look the same ("you cut me off") are not read as habits.
HABITUAL = rx(
    rf"\byou\s+(?:(?:kind\s+of|sort\s+of|kinda|just|really|tend\s+to)\s+)?(?!(?:cut|put|set|read|hit|let|quit|shut|cost|spread|hurt|beat)\b)(?:{_HABITUAL_VERB})\b"
    r"(?!\s+(?:across|off)\s+as\b)"
)
# Words before "you VERB" that make it a request, a condition or a modal, not a habit.
_NOT_HABIT = rx(
    r"\b(?:can|could|will|would|should|must|might|may|to|do|did|does|if|let|help|make|"
    r"need|want|once|until|unless|before|after|as|that|so|because|and\s+then|way|"
    r"and|or|how|what|where|why|which|who|please|I'd|I'll|we'll|we'd|thank|see|watch|"
    r"heard|hear|saw|noticed)\s*$"
)
# (an ask before a colon: "Here's what I'd like: you lead the runbook rewrite")
_AHEAD = rx(
    rf"\b(?:{LOOKING_AHEAD}|next|'ll|try\s+this|from\s+(?:monday|tomorrow|today))\b"
    r"|\b(?:I'd\s+like|I\s+want|I\s+need|my\s+ask(?:\s+is)?|the\s+ask(?:\s+is)?)\s*:"
)
QUOTED_WORDS = rx(
    r"\byou\s+(?:said|wrote|posted|commented|replied|told\s+\w+|typed|messaged|answered|asked)"
    r"[^.!?\n]{0,40}?(?:\"[^\"\n]{1,300}\"|'(?=\S)[^\n]{1,200}?(?<=\S)'(?![\w']))"
)


@memoised("observable_actions")
def observable_actions(doc: Doc) -> list[Span]:
    """Acts someone else could have seen or heard."""
    return doc.find(OBSERVED_ACTION) + quoted_words(doc)


@memoised("quoted_words")
def quoted_words(doc: Doc) -> list[Span]:
    """The person's own words, quoted: "you said 'this is garbage'"."""
    return doc.find(QUOTED_WORDS, view="text")


@memoised("vague_behaviors")
def vague_behaviors(doc: Doc) -> list[Span]:
    """Behaviour described vaguely, generally or with a verdict ("you asked good questions")."""
    return doc.find(GENERAL_BEHAVIOR)


@memoised("habits")
def habits(doc: Doc) -> list[Span]:
    """Present-tense habits: "in meetings you talk over people"."""
    found: list[Span] = []
    for match in HABITUAL.iter_view(doc, "unquoted"):
        before = doc.unquoted[max(0, match.start() - 14) : match.start()]
        if _NOT_HABIT.search(before):
            continue
        # "Let's try this: at next Tuesday's planning you run a timebox": a plan, not a habit
        sentence_start = doc.sentences[doc.sentence_index(match.start())][0]
        if _AHEAD.search_view(doc, "unquoted", sentence_start, match.start()):
            continue
        span = doc.span(*match.span())
        if span is not None:
            found.append(span)
    return found


def general_behaviors(doc: Doc) -> list[Span]:
    """Behaviour that is generalised, vague, evaluated or loaded."""
    return vague_behaviors(doc) + habits(doc)
