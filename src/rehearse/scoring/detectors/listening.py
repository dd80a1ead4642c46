"""Listening moves: acknowledging the other person's concern, asking openly, asking for help.

Each is a small grammar rather than a list of phrases:

- an acknowledgement validates ("that's a fair worry", "your frustration is
  understandable"), empathises ("I'd be worried too", "no wonder you're
  wary"), reflects back ("so what I'm hearing is ...", "sounds like the
  handoff left you ..."), concedes ("you're not wrong", "good point about
  ...") or thanks the person for raising it;
- an open question starts a clause with a question word (not "how about",
  which proposes), or invites ("tell me more", "walk me through");
- a request for help asks for the person's help, input, view or conditions
  ("what would it take", "how would you ...", "in your view", "I could use
  your eyes on ...").
"""

from __future__ import annotations

from rehearse.scoring.result import Span
from rehearse.scoring.text import Doc, memoised, rx

_ADV = r"(?:(?:really|completely|totally|entirely|absolutely|perfectly|very|so|pretty|a|an|such\s+a)\s+){0,2}"
_VALID = (
    r"(?:fair|valid|reasonable|legitimate|legit|understandable|real|justified|natural|normal|"
    r"right|spot\s+on|a\s+fair\s+\w+|a\s+good\s+\w+)"
)
# What the person raised or feels.
CONCERN_NOUN = (
    r"(?:points?|concerns?|worry|worries|questions?|criticism|objections?|challenge|call|pushback|push-back|"
    r"read|fears?|frustration|reaction|requests?|ask|risk|catch|observation|complaint|feelings?|hesitation|"
    r"reluctance|doubts?|reservations?|skepticism|scepticism|unease|anger|disappointment|instinct|"
    r"thing\s+to\s+(?:be|feel|worry|ask|want|raise|flag|push|get)\b[^.!?\n]{0,30})"
)
_FEELING = (
    r"(?:worried|concerned|frustrated|upset|stressed|anxious|nervous|uneasy|unhappy|annoyed|angry|"
    r"overloaded|stretched|skeptical|sceptical|wary|hesitant|disappointed|hurt|blindsided|tired|"
    r"exhausted|burned\s+out|burnt\s+out|overwhelmed|uncomfortable|scared|afraid|torn|let\s+down|"
    r"not\s+(?:convinced|sure|comfortable|happy|thrilled|keen))"
)
_TOUGH = (
    r"(?:frustrating|hard|tough|difficult|stressful|painful|annoying|exhausting|disappointing|a\s+lot|"
    r"unfair|rough|awful|lousy|not\s+what\s+you\s+wanted|a\s+big\s+ask|a\s+blow|demoralizing|demoralising|"
    r"upsetting|awkward|not\s+easy|no\s+fun|easy\s+to\s+(?:say|raise|hear))"
)
ACKNOWLEDGEMENT = rx(
    r"(?:"
    # validating: "that's a fair worry", "that's completely fair", "it's reasonable to want that"
    rf"\b(?:that's|that\s+is|it's|it\s+is|this\s+is|you\s+raise|you've\s+raised|you\s+have|you've\s+got)\s+{_ADV}"
    rf"(?:fair|valid|good|reasonable|legit|legitimate|real|great|important|serious|understandable|natural|sharp)\s+{CONCERN_NOUN}"
    r"|\b(?:that's|that\s+is|that\s+seems|that\s+sounds)\s+(?:(?:completely|totally|entirely|absolutely|perfectly|really|very)\s+)?"
    r"(?:fair|valid|reasonable|legitimate|understandable|justified)\b(?!\s+enough\b)(?!\s+to\s+say\b)"
    r"|\b(?:it's|it\s+is)\s+(?:completely\s+|totally\s+|entirely\s+|perfectly\s+)?(?:fair|reasonable|understandable|"
    r"natural|normal|legitimate|okay|ok)\s+to\s+(?:want|ask|be|feel|worry|push|raise|question|wonder|expect\s+that|"
    r"need|have|get)\b"
    rf"|\b(?:your|that|this|the)\s+(?:{CONCERN_NOUN})(?:\s+(?:about|on|with|around|over)\s+[^.!?;\n]{{1,60}}?)?\s+"
    rf"(?:is|was|are|were|makes|seems|sounds)\s+{_ADV}(?:{_VALID}|sense|spot\s+on|well\s+founded|well-founded)\b"
    # empathy: "I'd be worried too", "no wonder you're wary", "you have every right to be annoyed"
    rf"|\bI(?:'d|\s+would)\s+(?:be|feel)\s+(?:(?:just\s+as|as|pretty|really|very|so)\s+)?{_FEELING}\s+(?:too|as\s+well|in\s+your)\b"
    r"|\bI(?:'d|\s+would)\s+(?:want|feel|do)\s+(?:the\s+)?(?:same|exactly\s+the\s+same)\b"
    r"|\bin\s+your\s+(?:shoes|place|position),?\s+I(?:'d|\s+would)\b"
    r"|\b(?:anyone|anybody|everyone|most\s+people)\s+would\s+(?:be|feel)\b"
    rf"|\b(?:no\s+wonder|of\s+course|understandably|naturally)\s+you(?:'re|\s+are|'d|\s+would|\s+feel|\s+were|'ve\s+been)\b"
    r"|\byou\s+have\s+every\s+(?:right|reason)\s+to\b"
    r"|\b(?:it\s+)?makes\s+(?:total\s+|complete\s+|perfect\s+)?sense\s+(?:that\s+you|you'd|you\s+would|to\s+(?:be|feel|want|worry|ask)|"
    r"you're|you\s+are|why)\b"
    r"|\bthat\s+makes\s+(?:total\s+|complete\s+|perfect\s+)?sense\b"
    r"|\bI\s+can\s+(?:see|tell|imagine|understand)\s+(?:why|how|that|this|it|you)\b"
    r"|\bI\s+can\s+only\s+imagine\b"
    rf"|\b(?:that|it|this)\s+(?:can't|couldn't|can\s+not)\s+have\s+been\s+(?:easy|fun|pleasant)\b"
    rf"|\b(?:that|it|this)\s+(?:must\s+be|must\s+have\s+been|sounds|sounded|has\s+been|was)\s+(?:really\s+|so\s+|pretty\s+|incredibly\s+)?{_TOUGH}(?!\s+of\s+me)"
    rf"|\bI\s+know\s+(?:this|that|it|how\s+much|how|the\s+[\w-]+(?:\s+[\w-]+)?)(?:'s|\s+is|\s+has\s+been|\s+was|\s+feels|\s+felt|\s+must|"
    rf"\s+seems|\s+looks|\s+sounds)?\s+(?:\w+\s+)?(?:{_TOUGH}|"
    r"this\s+matters|it\s+matters|frustrat\w+|arbitrary|unfair|sudden|like)"
    rf"|\bI\s+know\s+you(?:'re|\s+are|'ve\s+been|\s+have\s+been|\s+feel|\s+were)\s+(?:\w+\s+)?{_FEELING}"
    # the grievance itself, owned: "I know this is the third date that has moved this year",
    # "you weren't asked" (not "you weren't asked to refactor it")
    r"|\bI\s+know\s+(?:this|it)(?:'s|\s+is)\s+the\s+(?:second|third|fourth|fifth|\w+th)\s+(?:time|date|deadline|change|"
    r"move|reorg|priority|plan)\b"
    r"|\b(?:you|the\s+team)\s+(?:weren't|were\s+not|wasn't|was\s+not)\s+(?:asked|consulted|involved|included)\b(?!\s+to\b)"
    r"|\bI\s+(?:understand|get|see|realise|realize|recognise|recognize)\s+(?:why|how|where\s+you(?:'re|\s+are)\s+coming\s+from|"
    rf"that\s+(?:this|it|you)|you(?:'re|\s+are|'d|\s+were|\s+feel)|your\s+(?:{CONCERN_NOUN}))"
    rf"|\bI\s+hear\s+(?:how|that\s+you|you(?:'re|\s+are)\s+{_FEELING}|your\s+(?:{CONCERN_NOUN}))"
    r"|\bI\s+hear\s+(?:you|that|what\s+you(?:'re|\s+are)\s+saying)(?=\s*[,.;:!-]|\s+(?:and|loud|completely|on|about)\b|\s*$)"
    # "I hear you that the last two plannings overran": what was heard, said back
    r"|\bI\s+hear\s+you\s+that\b"
    r"|\bI\s+(?:totally\s+|completely\s+|fully\s+)?(?:understand|get\s+it)(?=\s*[,.;:!-]|\s*$)"
    # reflecting back: "so what I'm hearing is", "if I understand you right", "sounds like ..."
    r"|\bwhat\s+I(?:'m|\s+am)\s+hearing\s+(?:is|from\s+you)\b"
    r"|\bif\s+I(?:'m)?\s+(?:understand|hearing|reading|following)\s+(?:you\s+)?(?:right|correctly)\b"
    r"|\bif\s+I\s+(?:understand|hear|read)\s+you\s+(?:right|correctly)\b"
    r"|\bso\s+you(?:'re|\s+are)\s+saying\b|\blet\s+me\s+(?:make\s+sure\s+I|check\s+I(?:'ve)?)\s+(?:understand|got|get|have)\b"
    r"|\b(?:it|that)\s+sounds\s+like\s+(?!a\s+(?:plan|good|great|deal)|good|great|fun|fine)\w+"
    r"|(?:^|(?<=[.!?]\s)|(?<=,\s)|(?<=so\s))sounds\s+like\s+(?!a\s+(?:plan|good|great|deal)|good|great|fun|fine)"
    r"(?:you|your|it|it's|that|this|the|they|there|we)\b"
    # conceding: "you're right", "you're not wrong", "good point about ..."
    r"|\byou(?:'re|\s+are|\s+were)\s+right(?:\s+(?:that|about|to)\b|\s*[,.;:!-]|\s*$)"
    r"|\byou(?:'re|\s+are)\s+not\s+wrong\b|\byou\s+have\s+a\s+point\b|\byou\s+make\s+a\s+(?:good|fair|valid)\s+point\b"
    r"|\b(?:good|fair|valid|great)\s+(?:point|question)(?:\s+(?:about|on|there)\b|\s*[,.;:!-]|\s*$)"
    r"|\bpoint\s+taken\b|\bI\s+hadn't\s+(?:thought|considered)\b"
    # validation without a subject, or a little further from it: "totally reasonable question", "it's justified"
    r"|\b(?:totally|completely|entirely|perfectly|very|really|absolutely)\s+(?:fair|valid|reasonable|legitimate|understandable|justified)\b"
    r"|\b(?:it's|it\s+is|that's|that\s+is|which\s+is)\s+(?:\w+\s+){0,2}?(?:justified|understandable|legitimate)\b"
    r"|(?:^|(?<=[.!?]\s))(?:fair|understandable|legit|totally\s+fair)\s*[.!,;]"
    r"|\b(?:a|the)\s+(?:real|genuine|legitimate|valid|fair)\s+(?:gap|issue|problem|risk|concern|point|worry|hole|weakness)\b"
    # empathy: "that would rattle me too", "that stings"
    r"|\b(?:would|'d)\s+(?:\w+\s+)?me\s+(?:too|as\s+well)\b|\bI(?:'d|\s+would)\s+(?:\w+\s+){0,3}?(?:too|as\s+well)\b(?!\s+\w+ly)"
    r"|\b(?:that|it|this)\s+(?:really\s+)?(?:stings|hurts|sucks)\b"
    r"|\b(?:it's|it\s+is)\s+(?:\w+\s+)?understandable\s+(?:that\s+)?you\b"
    # reflecting back: "let me say back what I heard", "so the worry is ...", "I'm hearing ..."
    r"|\b(?:say|play|read|reflect)\s+back\s+what\s+I\b|\bwhat\s+I\s+(?:heard|hear)\s+(?:is|was|you\s+say)\b"
    r"|\bso\s+(?:the|your)\s+(?:real\s+|main\s+|big\s+)?(?:worry|concern|issue|problem|fear|objection|frustration)\s+(?:is|isn't|was)\b"
    r"|\bI(?:'m|\s+am)\s+hearing\b|\byou(?:'re|\s+are)\s+(?:not\s+)?(?:against|worried\s+(?:about|that)|saying|telling\s+me)\b"
    r"|(?:^|(?<=[.!?]\s))(?:agreed|granted)\s*[,.;!-]"
    r"|\bfair\s+enough\b(?!\s*,?\s*but\b)"
    # thanks for raising it
    r"|\bI\s+appreciate\s+(?:you|your)\s+(?:raising|flagging|bringing|telling|sharing|pushing\s+back|saying|"
    r"being\s+(?:honest|candid|upfront|straight|open)\s+(?:about|that|with\s+me\s+about))"
    r"|\bthanks?\s+(?:you\s+)?(?:so\s+much\s+)?for\s+(?:raising|flagging|bringing\s+(?:this|that|it)\s+(?:up|to\s+me)|"
    r"being\s+(?:honest|candid|upfront|straight|open)\s+(?:about|that|with\s+me\s+about)|"
    r"telling\s+me|pushing\s+back|speaking\s+up|sharing\s+(?:that|this|your)|saying\s+(?:so|that|it))"
    r"|\bI'm\s+(?:really\s+)?glad\s+you\s+(?:said|raised|told|brought|came|did|spoke|flagged|pushed)\b"
    r"|\byour\s+concerns?\s+about\b[^.!?\n]{0,60}\b(?:valid|fair|real|make\s+sense)"
    # raising it called right, or the worry behind it answered: "Raising this was the right call, and
    # it won't count against you in your promotion review"
    r"|\b(?:raising|flagging|bringing\s+up)\s+(?:this|that|it)\s+(?:was|is)\s+(?:the\s+)?(?:right|fair|brave)\b"
    r"|\bit\s+was\s+right\s+to\s+(?:raise|flag|bring\s+up)\b"
    r"|\b(?:it|this|that)\s+(?:won't|will\s+not|doesn't|does\s+not)\s+(?:count|be\s+held)\s+against\s+you\b"
    r")"
)
# A bare "I hear you" or "fair enough": it counts only when the turn does not brush the point aside.
TOKEN_ACKNOWLEDGEMENT = rx(
    r"\b(?:I\s+hear\s+you|I\s+get\s+it|I\s+(?:totally\s+|completely\s+|fully\s+)?understand|fair\s+enough|I\s+know)"
    r"(?=\s*[,.;:!-]|\s*$)"
)
# ... and "I hear you, but ..." erases it at once.
TOKEN_THEN_BUT = rx(
    r"\b(?:I\s+hear\s+you|I\s+get\s+it|I\s+understand|fair\s+enough|I\s+know|I\s+see|sure|fine|okay|ok|yeah)"
    r"\s*[,;-]?\s*but\b"
)

_QUESTION_WORD = r"(?:what|how|why|which|where|who|when)(?:'s|'re|'d|'ll)?"
# A question word opening the sentence or a clause of it ("If it were your call, where ...").
_OPEN_START = rx(
    r"(?:^|[,:;]|\band|\bbut|\bso)\s*(?:(?:so|and|ok|okay|then|honestly|well|also|but|now|right|alright|hey|\w+)[,\s]+){0,2}"
    rf"{_QUESTION_WORD}\b(?!\s+about\b)(?!\s+if\b)(?!\s+else\s+can\s+I\s+say)"
)
OPEN_INVITATION = rx(
    r"\b(?:tell\s+me\s+(?:more|about|what|how|why|where|which)|walk\s+me\s+through|help\s+me\s+understand|talk\s+me\s+through|"
    r"I'd\s+(?:really\s+)?(?:like|love)\s+to\s+(?:hear|understand|know)\s+(?:more|what|how|why|your)|"
    # "Can I ask how it looked from your side?": a question asked politely
    r"(?:can|could|may)\s+I\s+ask\s+(?:you\s+)?(?:how|what|why|where|which)|"
    r"(?:can|could|would)\s+you\s+(?:tell|walk|help|talk)\s+me\s+(?:more|through|understand|what|how|why|about)|"
    r"I'm\s+(?:really\s+)?curious\s+(?:what|how|why|about|where|which)|what\s+do\s+you\s+think|how\s+do\s+you\s+see|"
    r"what's\s+your\s+(?:take|view|read|sense)|I\s+want\s+to\s+(?:hear|understand)\s+(?:your|how|what|why))\b"
)
_NOT_OPEN = rx(
    r"\b(?:don't|doesn't|wouldn't|isn't|aren't|can't|won't)\s+(?:you|it|that|this|we)\b[^?]*\?"
    r"|,\s*(?:right|ok|okay|yes|no|yeah)\s*\?\s*$"
    r"|^\s*(?:how|what)\s+(?:else|many|much)\s+(?:times|do\s+I)\b"
    r"|^\s*(?:(?:so|and|ok|okay|well)[,\s]+)?(?:how|what)\s+about\b"
)

_INPUT = (
    r"(?:help|input|advice|perspective|take|opinion|expertise|thoughts|ideas|view|feedback|guidance|support|eyes|"
    r"brain|brains|experience|knowledge|judgment|judgement|read|wisdom|hands|insight|steer|blessing|buy-in)"
)
ASK_FOR_HELP = rx(
    r"(?:"
    r"\bwhat\s+would\s+it\s+take\b"
    r"|\bI(?:\s+need|\s+could\s+(?:really\s+)?use|\s+would\s+love|'d\s+love|'d\s+value|\s+would\s+value|'d\s+appreciate|"
    r"\s+would\s+appreciate|\s+want|'d\s+like|\s+would\s+like|'d\s+really\s+(?:value|appreciate|like|love)|"
    r"\s+really\s+(?:need|value|want))\s+(?:your|some\s+of\s+your|some|a\s+second\s+pair\s+of)\s+(?:\w+\s+)?"
    + _INPUT
    + r"\b"
    r"|\b(?:can|could|would|will)\s+you\s+help\s+(?:me|us)\b"
    r"|\bI\s+need\s+you\s+to\s+help\s+(?:me|us)\b"
    r"|\bhelp\s+me\s+(?:figure|understand|think|decide|find|with|get|make|plan|work\s+out|sort|sequence|choose|pick|see)\b"
    r"|\bwhat\s+(?:would|do|should)\s+you\s+(?:suggest|recommend|propose|advise|need|do\s+differently|want\s+to\s+see)\b"
    r"|\b(?:what|how|where|when|which\s+\w+)\s+would\s+you\s+(?!not\b|have\s+(?:done|said)\b|like\s+to\s+do\s+next\b|"
    r"(?:describe|say|rate|call|feel|summari[sz]e|characteri[sz]e|explain|think|like)\b)\w+"
    r"|\bwhat\s+would\s+(?:make\s+(?:this|it|you)|help|you\s+need|get\s+you|change\s+your\s+mind|need\s+to\s+(?:be\s+true|change|happen)|"
    r"have\s+to\s+(?:be\s+true|change|happen))\b"
    r"|\bwhat\s+else\s+would\s+(?:help|make)\b"
    # what they need, asked after support is offered: "would that help, or is there something else you need?"
    r"|\b(?:would|will|does)\s+(?:that|this)\s+help(?:\s+you)?\s*[?,]"
    r"|\b(?:is\s+there\s+(?:anything|something)|anything)\s+(?:else\s+)?(?:you\s+(?:need|would\s+need|'d\s+need)(?!\s+to\s+(?:tell|say|explain|share|know))|"
    r"I\s+can\s+do|that\s+would\s+help)\b[^.!?\n]{0,40}\?"
    r"|\b(?:what|which)\s+conditions\b|\bwhat\s+would\s+you\s+need\b|\bwhat\s+do\s+you\s+need\s+(?:from\s+me|to)\b"
    r"|\bfor\s+you\s+to\s+(?:get\s+on\s+board|back|support|agree|trust|be\s+comfortable|feel\s+(?:okay|ok|good|comfortable|confident)|"
    r"sign\s+off|say\s+yes|commit)\b[^.!?\n]{0,60}\?"
    r"|\bwhat\s+am\s+I\s+(?:missing|not\s+seeing)\b|\bhelp\s+me\s+out\b|\bcould\s+do\s+with\s+your\s+(?:\w+\s+)?\w+"
    r"|\b(?:from\s+where\s+you\s+sit|from\s+your\s+seat|in\s+your\s+eyes)\b[^.!?\n]{0,40}\?"
    r"|\bwhich\s+(?:\w+\s+){1,3}?would\s+you\s+(?!not\b|have\s+(?:done|said)\b)\w+"
    r"|\b(?:how|what|where|which\s+\w+|when)\s+should\s+(?:we|I)\b[^.!?\n]{0,80}\?"
    r"|\b(?:in\s+your\s+(?:view|opinion|experience)|from\s+your\s+(?:experience|perspective)|if\s+it\s+were\s+(?:your\s+call|up\s+to\s+you)|"
    r"if\s+you\s+were\s+(?:me|in\s+my\s+shoes|in\s+charge))\b[^.!?\n]{0,80}\?"
    r"|\b(?:if\s+it\s+were\s+(?:your\s+call|up\s+to\s+you)|if\s+you\s+were\s+(?:me|in\s+my\s+shoes|in\s+charge))\b"
    r"|\b(?:can|could|may)\s+I\s+(?:get|ask\s+for|borrow|pick)\s+your\s+(?:\w+\s+)?"
    + _INPUT
    + r"\b"
    r"|\bI\s+can't\s+do\s+this\s+without\s+you\b|\byour\s+(?:help|input|expertise|experience)\s+would\b"
    r"|\bany\s+(?:ideas|suggestions|thoughts|advice)\s+(?:on|about|for)\b"
    r"|\bwould\s+you\s+be\s+(?:willing|open|up\s+for)\s+(?:to\s+)?(?:help|pair|work|think|sit\s+down)\b"
    r"|\b(?:work|figure|sort|think)\s+(?:it|this|that)\s+(?:out|through)\s+(?:together|with\s+you)\b"
    r"|\b(?:work|figure|sort)\s+out\s+(?:together|with\s+you)\b|\bI\s+don't\s+have\s+(?:all\s+)?the\s+answers?\b"
    r"|\byou\s+know\s+(?:this|these|it|the\s+\w+)\s+(?:\w+\s+)?better\s+than\s+(?:anyone|I\s+do|me)\b"
    r")"
)


@memoised("acknowledgements")
def acknowledgements(doc: Doc) -> list[Span]:
    """Naming, validating, reflecting or conceding the other person's concern."""
    return doc.find(ACKNOWLEDGEMENT, view="plain_unquoted")


@memoised("token_acknowledgements")
def token_acknowledgements(doc: Doc) -> list[Span]:
    """Bare acknowledgements ("I hear you", "fair enough") that a brush-off empties."""
    return doc.find(TOKEN_ACKNOWLEDGEMENT, view="plain_unquoted")


@memoised("erased_acknowledgements")
def erased_sentences(doc: Doc) -> set[int]:
    """Sentences where "but" erases the acknowledgement ("I hear you, but ...")."""
    return {doc.sentence_index(m.start()) for m in TOKEN_THEN_BUT.iter_view(doc, "plain_unquoted")}


@memoised("open_questions")
def open_questions(doc: Doc) -> list[Span]:
    """Open questions (what, how, why, tell me ...), not yes/no, leading or rhetorical ones."""
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


@memoised("asks_for_help")
def asks_for_help(doc: Doc) -> list[Span]:
    """Asking for the person's help, input, view or conditions."""
    return doc.find(ASK_FOR_HELP, view="plain_unquoted")
