"""Labels and trait words: what the person *is*, instead of what they did.

`negative_labels` feed the `judgmental` signal and the SBI behaviour cap;
`trait_praise` ("you're a rockstar") is a label too, but not an insult;
`inner_states` are guesses about feelings ("you seem upset"), which are not
behaviour but not judgmental either.
"""

from __future__ import annotations

import re

from rehearse.scoring.lexicon import INNER_STATES, NEGATIVE_TRAITS, POSITIVE_TRAITS, TRAIT_NOUNS
from rehearse.scoring.result import Span
from rehearse.scoring.text import Doc, memoised, rx

_BE = (
    r"(?:you(?:'re|\s+are|\s+were|'ve\s+been|\s+have\s+been|\s+can\s+be|\s+get|\s+got|"
    r"\s+seem(?:ed)?(?:\s+to\s+be)?|\s+sound(?:ed)?|\s+come\s+across\s+as|\s+came\s+across\s+as|"
    r"\s+act(?:ed)?|\s+look(?:ed)?|\s+are\s+being|'re\s+being|\s+were\s+being|\s+keep\s+being)"
    r"|you\s+(?:might|may|can|could|sometimes|often)\s+(?:come|came)\s+across\s+as"
    r"|stop\s+being|being\s+so|don't\s+be\s+so)"
)
_DEGREE = (
    r"(?:(?:so|really|very|a\s+bit|a\s+little|kind\s+of|sort\s+of|kinda|too|pretty|quite|"
    r"rather|incredibly|extremely|always|just|being|such|honestly|clearly|obviously|"
    r"totally|completely|such\s+an?|an?|always\s+so|often|sometimes|also)\s+){0,3}"
)

# Verdicts on their work that are verdicts on them ("your work has been sloppy").
_SHODDY = (
    r"(?:sloppy|careless|lazy|terrible|awful|garbage|a\s+mess|a\s+joke|embarrassing|unacceptable|shoddy|pathetic|"
    r"subpar|sub-par|useless|lousy|amateurish|amateur|half-assed|rubbish|crap|crappy|horrible|a\s+disaster|stupid|dumb|"
    r"idiotic|ridiculous|lame)"
)
_THEIR_WORK = (
    r"(?:work|code|PRs?|pull\s+requests?|tests?|reviews?|estimates?|docs?|documentation|writing|commits?|updates?|output|"
    r"effort|planning|tickets?|changes?|design|slides|attitude|excuses?|idea|ideas)"
)
# Habits that are complaints about the person ("you always complain", "you never listen").
_BAD_HABIT = (
    r"(?:complain|whine|moan|resist|argue|fight|oppose|push\s+back|interrupt|talk\s+over|dismiss|ignore|blame|critici[sz]e|nitpick|"
    r"make\s+excuses|overcomplicate|derail|undermine|drag\s+your\s+feet|procrastinate|forget|show\s+up\s+late|"
    r"leave\s+(?:it|things|everything)\s+(?:to|until)\s+the\s+last|do\s+(?:this|that)|pull\s+this|mess\s+(?:it\s+|things\s+)?up|"
    r"screw\s+(?:it\s+|things\s+)?up|cut\s+corners|overreact|exaggerate|shoot\s+(?:down|everything)|bail|flake|"
    r"go\s+(?:quiet|dark|silent)|disappear|make\s+it\s+about\s+you)"
)
_BAD_HABIT_ING = (
    r"(?:complaining|whining|moaning|resisting|arguing|fighting|opposing|pushing\s+back|interrupting|talking\s+over|dismissing|ignoring|"
    r"blaming|criticizing|criticising|nitpicking|making\s+excuses|derailing|undermining|dragging\s+your\s+feet|"
    r"procrastinating|forgetting|showing\s+up\s+late|doing\s+(?:this|that)|pulling\s+this|messing\s+(?:it\s+|things\s+)?up|"
    r"screwing\s+(?:it\s+|things\s+)?up|cutting\s+corners|overreacting|exaggerating|shooting\s+down|bailing|flaking)"
)
# What someone "never" does that they should.
_DUTY = (
    r"(?:listen|test|ask|check|follow\s+(?:up|through)|update|document|help|respond|reply|show\s+up|speak\s+up|finish|"
    r"deliver|prepare|read|think|consider|admit|own|take\s+responsibility|answer|communicate|pull\s+your\s+weight|"
    r"meet|keep\s+(?:your|a)|follow\s+the|let\s+(?:anyone|others|people)|give\s+(?:anyone|others|people)|"
    r"take\s+(?:feedback|criticism|it)\s+well)"
)
# One alternative per "you": every branch below starts with it, so it is tried once per "you".
GENERALISED_JUDGMENT = rx(
    r"\byou(?:"
    rf"\s+(?:always|constantly|continually|forever|repeatedly|just|invariably)\s+(?:have\s+to\s+)?{_BAD_HABIT}\b"
    rf"|\s+(?:always\s+|just\s+)?(?:keep(?:\s+on)?|never\s+stop)\s+{_BAD_HABIT_ING}\b"
    rf"|(?:'re|\s+are)\s+(?:always|constantly|forever|just)\s+{_BAD_HABIT_ING}\b"
    rf"|\s+(?:never|don't\s+ever|never\s+once)\s+(?:even\s+)?{_DUTY}\b"
    rf"|\s+(?:always\s+)?(?:{_BAD_HABIT})\s+(?:(?:every|each|any|all)\s+(?:single\s+)?\w+|(?:anything|everything|everyone|everybody)\b)"
    r"|\s+(?:act|acted|behave|behaved|talk|talked|treat|treated)\s+(?:\w+\s+)?(?:like|as\s+if|as\s+though)\b"
    r"|(?:'re|\s+are)\s+(?:(?:not|just|being|so|totally|completely|clearly|obviously|really)\s+){0,2}"
    r"(?:overreacting|being\s+(?:dramatic|(?:too\s+|so\s+|overly\s+)?(?:sensitive|emotional|paranoid|precious|difficult|negative)))\b"
    r")"
)

NEGATIVE_LABEL = rx(
    rf"\b{_BE}\s+{_DEGREE}(?:{NEGATIVE_TRAITS})\b"
    rf"|\byour\s+(?:[\w-]+\s+){{0,2}}?{_THEIR_WORK}\s+(?:(?:lately|recently|today|here)\s+)?(?:is|are|was|were|has\s+been|have\s+been)\s+"
    rf"{_DEGREE}{_SHODDY}\b"
    rf"|\b(?:that's|that\s+is|that\s+was|this\s+is|what)\s+(?:a|an|such\s+a)\s+{_DEGREE}(?:{_SHODDY})\s+(?:way|job|attempt|excuse|piece|effort|move|mistake|"
    r"decision|idea|thing\s+to\s+(?:do|say))\b"
    rf"|\byour\s+(?:{TRAIT_NOUNS})\b"
    rf"|\byou\s+(?:have|had|'ve\s+got)\s+(?:a|an|such\s+a)\s+(?:\w+\s+)?(?:attitude|ego|temper)\b"
    # a verdict in an idiom, which says nothing of what was done: "you dropped the ball on the
    # release", "you blew it", "you really messed up"
    r"|\byou(?:'ve|\s+have|\s+had)?\s+(?:really\s+|totally\s+|completely\s+|kind\s+of\s+)?(?:dropped|fumbled)\s+the\s+ball\b"
    r"|\byou(?:'ve|\s+have)?\s+(?:really\s+|totally\s+|completely\s+)?(?:blew|blown)\s+it\b"
    r"|\byou(?:'ve|\s+have)?\s+(?:really\s+|totally\s+|completely\s+)?(?:messed|screwed)\s+(?:it\s+|this\s+|that\s+|things\s+)?up\b"
    r"|\b(?:typical|classic)\s+(?:you|of\s+you)\b|\b(?:that's|that\s+is|so)\s+(?:classic|typical)\s+(?!of\s+(?:a|the)\b)\w+\s*[.!]"
)
TRAIT_PRAISE = rx(
    rf"\byou(?:'re|\s+are|\s+were|'ve\s+been|\s+have\s+been)\s+{_DEGREE}(?:{POSITIVE_TRAITS})\b"
    rf"(?!\s+(?:at|in|on|about|with|when|for)\b)"
    r"|\b(?:thanks|thank\s+you|kudos)\s+(?:so\s+much\s+)?for\s+being\s+(?:so\s+|such\s+a\s+|a\s+|really\s+)?"
    r"(?:helpful|supportive|great|awesome|amazing|patient|flexible|kind|responsive|reliable|positive|"
    r"team\s+player|rock|star|legend|hero)\b"
)
INNER_STATE = rx(
    r"\byou\s+(?:(?:kind\s+of|sort\s+of|kinda|totally|completely|just)\s+)?(?:zoned|spaced|tuned|checked)\s+out\b|"
    rf"\byou\s+(?:seem(?:ed)?|look(?:ed)?|sound(?:ed)?|appear(?:ed)?|felt|feel)\s+(?:to\s+be\s+)?"
    rf"{_DEGREE}(?:{INNER_STATES})\b"
)


# "I'm not saying you're careless", "I don't think you're lazy": the label is denied ...
_DENIED_BEFORE = re.compile(
    r"(?:\b(?:not|never)\s+(?:saying|said|calling\s+you|suggesting|implying|thinking)"
    r"|\b(?:don't|do\s+not|didn't|did\s+not)\s+(?:think|believe|mean\s+(?:that|to\s+say)|say)"
    r"|\b(?:nobody|no\s+one)\s+(?:thinks|is\s+saying|said)"
    # ... so is one only asked about, reported or worried over: "this isn't about whether you
    # dropped the ball", "it's not that you messed up", "you said you blew it", "I don't want you
    # to feel like you blew it"
    r"|\bwhether|\bnot\s+that|\byou\s+(?:said|told\s+me)|\bto\s+feel\s+(?:like|as\s+if))(?:\s+that)?\s+$",
    re.IGNORECASE,
)
# ... unless a "but" takes the denial back ("I'm not saying you're lazy, but ...")
_TAKEN_BACK = re.compile(r"\s*,?\s*but\b", re.IGNORECASE)


def _denied(doc: Doc, span: Span) -> bool:
    text = doc.plain_unquoted
    return bool(
        _DENIED_BEFORE.search(text, max(0, span.start - 40), span.start)
        and not _TAKEN_BACK.match(text, span.end)
    )


@memoised("negative_labels")
def negative_labels(doc: Doc) -> list[Span]:
    """Character judgments: "you're careless", "your attitude", "such a mess"."""
    found = doc.find(NEGATIVE_LABEL, view="plain_unquoted") + doc.find(
        GENERALISED_JUDGMENT, view="plain_unquoted"
    )
    return [span for span in found if not _denied(doc, span)] if found else found


@memoised("trait_praise")
def trait_praise(doc: Doc) -> list[Span]:
    """Praise of a trait rather than an act: "you're a rockstar"."""
    return doc.find(TRAIT_PRAISE, view="plain_unquoted")


@memoised("inner_states")
def inner_states(doc: Doc) -> list[Span]:
    """Guesses about feelings: "you seem upset"."""
    return doc.find(INNER_STATE, view="plain_unquoted")
