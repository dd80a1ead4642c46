"""Behaviour: what the person did or said, as someone else could have seen it.

- `observable_actions`: "you interrupted Priya twice", "you didn't show up to
  the handoff", "thanks for fixing the flaky tests", "your estimate was three
  days", "you said '...'";
- `general_behaviors`: behaviour that is generalised, vague or loaded
  ("you always push without tests", "you keep reopening decisions", "you were
  all over the place", "the way you spoke to Jordan", "you ignored my comments").
"""

from __future__ import annotations

import re

from rehearse.scoring.lexicon import (
    ACTION_BASE_RE,
    ACTION_ING_RE,
    ACTION_PAST_RE,
    COUNT,
    LOADED_VERBS,
)
from rehearse.scoring.result import Span
from rehearse.scoring.text import Doc, memoised

_ADVERBS = (
    r"(?:(?:just|also|then|again|actually|even|only|still|quickly|already|basically|"
    r"completely|immediately|first|later|finally|apparently|instead|once|twice|publicly|"
    r"openly|directly|suddenly|accidentally)\s+){0,2}"
)
_HAVE = r"(?:'ve|\s+have|'d|\s+had)?"

OBSERVED_ACTION = re.compile(
    r"(?:"
    rf"\byou{_HAVE}\s+{_ADVERBS}(?:{ACTION_PAST_RE})\b"
    rf"|\byou\s+(?:obviously\s+|clearly\s+|just\s+|really\s+|apparently\s+|still\s+|also\s+|then\s+)?(?:didn't|did\s+not|haven't|have\s+not|hadn't|had\s+not|never\s+once)\s+(?:even\s+)?"
    rf"(?:{ACTION_BASE_RE}|show\s+up|turn\s+up|respond|attend|follow|loop|let|include|invite|bring)\b"
    r"|\byou\s+(?:forgot|failed|neglected|refused|declined|chose|decided|offered|volunteered)\s+to\s+\w+"
    rf"|\byou\s+were\s+(?:(?:about|almost|over|more\s+than|nearly)\s+)?(?:{COUNT}\s+(?:minutes?|mins?|hours?)\s+)?late\b(?!\s+a\s+lot)"
    r"|\byou\s+were\s+on\s+your\s+(?:phone|laptop|other\s+screen)\b"
    r"|\byou\s+(?:were\s+not|weren't|wasn't)\s+(?:at|in|on)\s+the\s+\w+"
    r"|\byou\s+were\s+(?:absent|offline|unreachable|not\s+there|nowhere\s+to\s+be\s+found)\b"
    rf"|\b(?:thanks|thank\s+you|kudos|props|shout-?out|great\s+(?:job|work)|nice\s+(?:job|work)|"
    rf"good\s+(?:job|work)|well\s+done|I\s+appreciated?(?:\s+you)?|appreciate\s+you)\s+(?:so\s+much\s+|again\s+)?"
    rf"(?:for|on)\s+(?:\w+ly\s+)?(?:{ACTION_ING_RE})\b"
    r"|\byour\s+(?:estimate|PR|pull\s+request|commit|comment|message|reply|update|slides?|"
    r"demo|presentation|email|post|answer|change|fix|patch|write-up|doc|notes|query|script|config)"
    r"(?:\s+(?:for|on|in|about|to)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+"
    r"(?:was|were|had|said|included|showed|listed|took|broke|caused|contained|missed|deleted|dropped|changed)\s+"
    rf"(?:{COUNT}\b|_|a\s+|an\s+|no\s+|only\s+|just\s+)"
    r")",
    re.IGNORECASE,
)

_EVALUATIVE = (
    r"(?:some|really|very|such|so|a\s+lot\s+of|lots\s+of|great|good|nice|smart|interesting|"
    r"tough|hard|thoughtful|insightful|sharp|excellent|useful|helpful|solid|bad|poor|weird|"
    r"strange|mean|rude|harsh|unhelpful|amazing|awesome|fantastic|terrible|awful|brilliant)"
)
_GENERIC_OBJECT = (
    r"(?:questions?|points?|comments?|remarks?|things|stuff|job|work|calls?|decisions?|"
    r"suggestions?|contributions?|feedback|ideas?|effort|progress|choices?)"
)
_HABITUAL_VERB = (
    rf"(?:{ACTION_BASE_RE}|go\s+(?:into|off|over|quiet|silent|dark)|talk\s+over|"
    r"interrupt|dismiss|ignore|blame|criticize|criticise|nitpick|complain|argue|push\s+back)"
)
GENERAL_BEHAVIOR = re.compile(
    r"(?:"
    r"\byou\s+(?:always|never|constantly|continually|often|usually|sometimes|rarely|seldom|"
    r"regularly|repeatedly|frequently|typically|tend\s+to|keep(?:\s+on)?)\s+\w+"
    r"|\byou(?:'ve|\s+have)\s+been\s+(?:\w+ly\s+)?(?:\w+ing|late|absent|quiet|slow|missing)\b"
    r"|\byou(?:'re|\s+are)\s+(?:always|usually|often)\s+the\s+(?:first|last|one)\s+(?:to|who)\s+\w+"
    r"|\byou\s+(?:were|are|'re|was)\s+(?:(?:kind\s+of|sort\s+of|a\s+bit|a\s+little|really|very|so|"
    r"pretty|totally|completely|kinda)\s+){0,2}(?:all\s+over\s+the\s+place|off\s+track|off\s+topic|"
    r"scattered|rambling|on\s+tangents|short\s+with|curt\s+with|blunt\s+with|late\s+a\s+lot)"
    r"|\byou\s+(?:went|go)\s+(?:off\s+)?on\s+(?:a\s+|some\s+)?tangents?"
    r"|\bthe\s+way\s+you\s+(?:\w+ed|spoke|said|ran|wrote|led|took|gave|told|went|left|came|made|did|dealt|"
    r"handled|reacted|responded|talked|treated|shut|cut|put)\b"
    r"|\bhow\s+you\s+(?:handle|handled|deal|dealt|react|reacted|respond|responded|talk|talked|"
    r"speak|spoke|run|ran|treat|treated|communicate|communicated|behave|behaved|act|acted)\b"
    rf"|\byou\s+(?:asked|gave|made|did|said|wrote|had|raised|left|shared|posted)\s+(?:{_EVALUATIVE}\s+){{1,3}}{_GENERIC_OBJECT}\b"
    r"|\byou\s+(?:said|did|wrote|posted|sent)\s+(?:something|some\s+things|things|stuff)\b"
    r"|\byou\s+(?:did|handled|managed|ran|led|presented|dealt\s+with|took\s+care\s+of)\s+"
    r"(?:it|that|this|things|everything|the\s+\w+)\s+(?:so\s+|really\s+|very\s+)?"
    r"(?:well|badly|poorly|nicely|great|brilliantly|terribly|fast|quickly|smoothly)\b"
    rf"|\byou\s+(?:just\s+|basically\s+|completely\s+|totally\s+)?(?:{LOADED_VERBS})\b"
    r"|\byour\s+(?:estimates?|updates?|comments?|reviews?|PRs|messages?|questions?|slides?|docs?|"
    r"code|tests?|commits?|demos?|presentations?|PR\s+descriptions?|emails?|posts?|answers?|work|"
    r"tickets?|commit\s+messages?)(?:\s+(?:in|on|for|during)\s+[\w-]+)?(?:\s+(?:lately|recently))?\s+"
    r"(?:are|is|have\s+been|has\s+been|were|was)\s+(?:(?:always|often|usually|really|very|so|a\s+bit|"
    r"way|pretty|consistently|quite)\s+){0,3}\w+"
    r")",
    re.IGNORECASE,
)
HABITUAL = re.compile(rf"\byou\s+(?:{_HABITUAL_VERB})\b", re.IGNORECASE)
# Words before "you VERB" that make it a request, a condition or a modal, not a habit.
_NOT_HABIT = re.compile(
    r"\b(?:can|could|will|would|should|must|might|may|to|do|did|does|if|let|help|make|"
    r"need|want|when|whenever|once|until|unless|before|after|as|that|so|because|and\s+then|"
    r"and|or|how|what|where|why|which|who|please|I'd|I'll|we'll|we'd|thank|see|watch|"
    r"heard|hear|saw|noticed)\s*$",
    re.IGNORECASE,
)
QUOTED_WORDS = re.compile(
    r"\byou\s+(?:said|wrote|posted|commented|replied|told\s+\w+|typed|messaged|answered|asked)"
    r"[^.!?\n]{0,40}?(?:\"[^\"\n]{1,300}\"|'(?=\S)[^\n]{1,200}?(?<=\S)'(?![\w']))",
    re.IGNORECASE,
)


@memoised("observable_actions")
def observable_actions(doc: Doc) -> list[Span]:
    """Acts someone else could have seen or heard."""
    return doc.find(OBSERVED_ACTION) + quoted_words(doc)


@memoised("quoted_words")
def quoted_words(doc: Doc) -> list[Span]:
    """The person's own words, quoted: "you said 'this is garbage'"."""
    return doc.find(QUOTED_WORDS, view="text")


@memoised("general_behaviors")
def general_behaviors(doc: Doc) -> list[Span]:
    """Behaviour that is generalised, vague, evaluated or loaded."""
    found = doc.find(GENERAL_BEHAVIOR)
    for match in HABITUAL.finditer(doc.unquoted):
        before = doc.unquoted[max(0, match.start() - 14) : match.start()]
        if _NOT_HABIT.search(before):
            continue
        span = doc.span(*match.span())
        if span is not None:
            found.append(span)
    return found
