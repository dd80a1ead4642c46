"""How a turn pushes the other person away: dismissing, defending, jumping topics.

Precise rather than eager: a false one makes the persona react to something
that was never said. Each is a family of moves rather than a phrase list:

- dismissing: refusing to hear ("I don't want excuses"), minimising ("it's
  not a big deal", "you'll be fine"), closing the discussion ("we're doing
  it anyway", "let's stop debating it"), brushing the point aside ("that
  isn't my concern", "it worked out") or telling them to just do better;
- defending: denying, justifying ("I had no choice"), deflecting blame ("I
  didn't make this decision") or turning it back on them ("you didn't raise
  it either");
- jumping topics: an explicit switch ("on another note", "before I forget")
  or an "also" that brings up something the turn has not been about.
"""

from __future__ import annotations

import re

from rehearse.scoring.result import Span
from rehearse.scoring.text import Doc, memoised, rx

_SENTENCE_START = (
    r"(?:(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<![\s\S])|(?<=\n)|(?<=,\s)|(?<=look,\s)|(?<=so,\s))"
)
_TOPIC = r"(?:concern|problem|issue|point|business|job|worry|headache)"
DISMISSIVE = rx(
    r"(?:"
    # refusing to hear it
    r"\bI\s+don't\s+want\s+(?:to\s+hear\s+(?:it|that|any|excuses|reasons|about\s+it)|(?:any\s+)?excuses|(?:a\s+)?lecture|explanations)\b"
    r"|\bno\s+(?:more\s+)?excuses\b|\bspare\s+me\b|\bsave\s+it\b|\bI\s+don't\s+need\s+(?:the|a|an|your)\s+(?:story|explanation|lecture|excuses?|history)\b"
    r"|\bwhatever\s+the\s+(?:reason|excuse|reasons)\b"
    rf"|\b{_SENTENCE_START}whatever\s*(?:[.!,]|$)"
    r"|\bI\s+don't\s+care\s*(?:[.!,]|$|about\s+(?:your|that|the\s+reasons|excuses|why|how|whose))"
    r"|\bI\s+don't\s+want\s+to\s+hear\s+(?:it|that|excuses|any)\b"
    # ("you're right that nobody asked you first", "I know no one asked you about the date": the
    # consultation owned, not a put-down)
    r"|\b(?<!that\s)(?<!know\s)(?:nobody|no\s+one)\s+asked\s*(?:[.!,]|$|you\b(?!\s+(?:first|before|beforehand|"
    r"about|what|whether|if|for\s+(?:your\s+)?(?:input|view|opinion|take|thoughts)))|for\s+(?:your|that|this))"
    # minimising
    r"|\b(?:that|it|this)(?:'s|\s+is|\s+was|'s\s+really|\s+is\s+really)\s+(?:not|no|hardly)\s+(?:a\s+|that\s+|such\s+a\s+)?big\s+(?:of\s+a\s+)?deal\b"
    r"|\bno\s+big\s+deal\b|\bnot\s+a\s+big\s+deal\b"
    r"|\b(?:make|making)\s+(?:this|it|that)\s+(?:a\s+|into\s+a\s+)?(?:bigger\s+deal|big\s+deal|thing|bigger\s+thing)\b"
    r"|\byou(?:'ll|\s+will)\s+(?:manage|cope|figure\s+it\s+out)\s*(?:[.!,]|$)"
    r"|\b(?:it's|this\s+is)\s+(?:just\s+)?an?\s+[\w-]+,\s+not\s+an?\s+"
    r"|\ba\s+you\s+problem\b|\b(?:that's|that\s+is|it's)\s+your\s+problem\b"
    r"|\bwe've\s+been\s+(?:over|through)\s+this\b|\bthe\s+answer\s+is\s+(?:still\s+)?no\b"
    r"|\b(?:isn't|is\s+not|aren't|are\s+not|won't\s+be|is\s+not\s+going\s+to\s+be)\s+(?:changing|moving|negotiable)\b"
    r"|\b(?:sure|okay|ok|yeah|right|fine),?\s+(?:sure|okay|ok|yeah|right|fine)\s*[.!,]"
    r"|\b(?:(?<=[.!?]\s)|(?<![\s\S]))anyway,?\s+(?:about|moving\s+on|let's\s+(?:talk|get|move))\b"
    r"|\b(?:it's|it\s+is|that's)\s+(?:just|only)\s+(?:a|an|one)\s+(?!(?:thought|suggestion|idea|guess|question|heads-up|draft|"
    r"proposal|test|theory|first|rough|option)\b)[\w-]+(?:\s+[\w-]+)?\s*(?:[.!,;]|$)"
    r"|\banyone\s+can\s+(?:do|run|handle|manage|write|fix)\b"
    # talking down: "trust me, it's complicated, you wouldn't get it"
    r"|\byou\s+(?:wouldn't|would\s+not|won't|will\s+not)\s+(?:really\s+)?(?:get|understand|follow)\s+(?:it|this|that|the\s+details)\s*(?:[.!,;]|$)"
    r"|\btoo\s+(?:technical|complicated|complex)\s+for\s+you\b"
    r"|\byou(?:'ll|\s+will)\s+be\s+(?:fine|okay|ok|alright|all\s+right)\b(?!\s+(?:if|once|as\s+long|when|because|after|with)\b)"
    r"|\b(?:it'll|it\s+will|that'll|everything'll|everything\s+will)\s+(?:be\s+)?(?:fine|okay|ok|work\s+out|sort\s+itself\s+out)\b"
    r"(?!\s+(?:if|once|as\s+long|when|because|after|with)\b)"
    r"|\bdon't\s+(?:overthink|worry\s+about|stress\s+about|sweat)\s+(?:it|that|this)\b(?!\s*[,;-]?\s*I(?:'ll|\s+will))"
    r"|\bdon't\s+overthink\b|\byou(?:'re|\s+are)\s+(?:overthinking|overreacting|being\s+dramatic|making\s+a\s+big\s+deal|"
    r"being\s+(?:too\s+)?(?:sensitive|emotional))\b"
    r"|\byou(?:'re|\s+are)\s+not\s+(?:overreacting|being\s+dramatic)\s*\?"
    r"|\b(?:(?<=[.!?]\s)|(?<![\s\S])|(?<=just\s)|(?<=please\s)|(?<=to\s)|(?<=,\s))(?:calm\s+down|relax|chill)\b"
    r"|\b(?:skip|leave\s+out|drop)\s+the\s+(?:feelings|emotions|drama|emotional)\b|\bfeelings\s+aside\b"
    r"|\blet's\s+not\s+get\s+(?:emotional|upset|worked\s+up)\b"
    # closing the discussion
    r"|\bnot\s+up\s+for\s+(?:debate|discussion|negotiation)\b"
    r"|\b(?:just|simply)\s+do\s+(?:it\s*(?:[.!]|$|,\s*(?:please|ok|okay))|what\s+I\s+(?:said|asked))"
    r"|\b(?:the\s+)?decision(?:'s|\s+is|\s+has\s+been)\s+(?:already\s+)?(?:made|final)\s*(?:[.!;,]|$|and\b)"
    r"|\bend\s+of\s+(?:discussion|story|debate)\b|\bthat's\s+final\b|\b(?:it's|this\s+is)\s+happening\b"
    r"|\b(?:so\s+)?we(?:'re|\s+are)\s+(?:doing|going\s+ahead\s+with)\s+it(?:\s+anyway|\s+regardless)?\s*(?:[.!,;]|$|anyway)"
    r"|\b(?:we're|we\s+are)\s+doing\s+it\s+anyway\b"
    r"|(?<=[.!?;]\s)done\s*[.!]"
    r"|\b(?:let's|can\s+we|we\s+should)\s+(?:just\s+)?(?:stop|quit)\s+(?:debating|arguing|discussing|going\s+on\s+about)\b"
    r"|\bno\s+point\s+(?:in\s+)?(?:debating|arguing|discussing)\b|\blet's\s+not\s+(?:waste\s+time|debate|argue|relitigate)\b"
    r"|\b(?:can\s+we|let's)\s+(?:just\s+)?(?:move\s+on|get\s+(?:on\s+with\s+it|back\s+to\s+work)|skip\s+(?:this|that|the))\b"
    r"|\bmoving\s+on\s*[.!]"
    r"|\b(?:I|we)\s+(?:really\s+)?don't\s+have\s+(?:the\s+)?(?:time|bandwidth|energy|capacity)\s+(?:for\s+(?:this|that)|"
    r"to\s+(?:go\s+through|discuss|debate|argue|get\s+into|hear))\b"
    r"|\bit\s+is\s+what\s+it\s+is\b|\bthat's\s+just\s+how\s+(?:it|things)\s+(?:is|are|works?)\b|\bthat's\s+life\b"
    r"|\bbecause\s+I\s+said\s+so\b"
    r"|\blet's\s+not\s+(?:go\s+there|get\s+into\s+(?:that|this))\b"
    # brushing the point aside
    r"|\b(?:that|it|this)(?:'s|\s+is)?\s*(?:doesn't|does\s+not|don't)\s+(?:really\s+)?matter\b(?!\s+(?:which|what|who|how|when|where|if|whether|to\s+(?:me|us)\s+(?:which|what)))"
    rf"|\b(?:isn't|is\s+not|not|aren't)\s+(?:really\s+)?(?:my|our)\s+{_TOPIC}\b"
    r"|\b(?:that's|that\s+is|it's|it\s+is)\s+(?:beside\s+the\s+point|irrelevant|not\s+(?:relevant|important|the\s+point|"
    r"a\s+real\s+(?:issue|problem|concern)|your\s+call|up\s+to\s+you))\b"
    r"|\b(?:doesn't|does\s+not)\s+change\s+(?:anything|the\s+(?:plan|date|decision))\b"
    r"|\bnot\s+my\s+problem\b|\b(?:doesn't|does\s+not)\s+concern\s+you\b"
    r"|\b(?:nobody|no\s+one)\s+(?:cares|really\s+cares)\b|\bwho\s+cares\b"
    r"|\b(?:you'll|you\s+will|you're\s+going\s+to)\s+(?:have\s+to\s+)?(?:live|deal)\s+with\s+it\b|\bget\s+over\s+it\b|\bdeal\s+with\s+it\b"
    r"|\bsuck\s+it\s+up\b|\byou'll\s+(?:get\s+used\s+to\s+it|live|survive)\b"
    r"|\b(?:so\s+)?it\s+(?:all\s+)?worked\s+out\b|\bno\s+harm\s+done\b"
    r"|\beveryone\s+else\s+(?:seemed|was|is|seems)\s+(?:fine|ok|okay|happy)\b"
    r"|\bdon't\s+blame\s+(?:me|us)\s+(?:when|if)\b"
    # telling them to just do better
    rf"|\b{_SENTENCE_START}just\s+(?:write|be|try|make|get|don't|fix|stop|work|push|deal|ship|figure|take|focus|trust|accept|code|test)\b"
    r"(?!\s+(?:sure|aware|a\s+look|a\s+minute|a\s+second|me\s+know))"
    r"|\bstop\s+(?:complaining|whining|arguing|overthinking|making\s+(?:so\s+many\s+)?(?:excuses|mistakes))\b"
    r"|\b(?:we'll|we\s+will|you'll|you\s+will)\s+just\s+have\s+to\s+(?:work|deal|push|make|get|live|suck|find|figure)\b"
    r")"
)
DEFENSIVE = rx(
    r"(?:"
    r"\b(?:that's|that\s+is|this\s+is)\s+not\s+(?:true|fair|what\s+happened|my\s+fault|on\s+me)\s*(?:[.!,;]|$|\s+(?:at\s+all|and|but))"
    r"|\bthat's\s+not\s+what\s+happened\b"
    r"|\b(?:it|that|this)\s+(?:wasn't|was\s+not|isn't|is\s+not)\s+my\s+(?:fault|call|decision|problem|idea)\b"
    r"|\bnot\s+my\s+(?:fault|decision|call|idea)\b"
    r"|\bI\s+(?:had|have)\s+no\s+(?:choice|option|other\s+option|say)\b|\bI\s+didn't\s+have\s+(?:a|any|much)\s+(?:choice|option|say)\b"
    r"|\bI\s+did\s+(?:my\s+best|everything\s+(?:I\s+could|right)|what\s+I\s+(?:could|had\s+to(?:\s+do)?)|nothing\s+wrong)\b"
    r"|\bI\s+was\s+(?:just|only)\s+(?:doing|following|trying)\b"
    r"|\bI\s+didn't\s+(?:make|decide|choose|pick|set|ask\s+for|sign\s+off\s+on|write)\s+(?:this|that|the)\s+(?:decision|call|date|deadline|rule|spec|plan)\b"
    r"|\b(?:don't|do\s+not)\s+shoot\s+the\s+messenger\b|\bI'm\s+(?:just|only)\s+the\s+messenger\b"
    r"|\byou\s+weren't\s+(?:even\s+)?there\b"
    r"|\bI\s+already\s+(?:told|said|explained)\s+(?:you|this|that|it)\b"
    r"|\bhow\s+was\s+I\s+supposed\s+to\s+(?:know|do|guess)\b|\bwhat\s+was\s+I\s+supposed\s+to\s+do\b"
    r"|\bin\s+my\s+defen[cs]e\b|\bdon't\s+blame\s+me\b(?!\s+(?:when|if)\b)|\byou\s+can't\s+blame\s+me\b"
    r"|\bI'm\s+not\s+the\s+(?:only\s+)?one\s+who\b"
    r"|\beveryone\s+(?:else\s+)?does\s+(?:it|that|this)\b"
    r"|\bI\s+wasn't\s+(?:even\s+)?(?:told|informed|consulted|asked)\b"
    r"|\bit's\s+not\s+like\s+I\b|\bI\s+never\s+said\s+that\b|\bthat's\s+not\s+what\s+I\s+said\b"
    r"|\bI\s+never\s+(?:agreed|promised|signed\s+off|committed)\b"
    r"|\b(?:(?<=[.!?]\s)|(?<![\s\S])|(?<=but\s)|(?<=,\s))(?:to\s+be\s+fair|in\s+fairness|in\s+all\s+fairness)\b"
    r"|\bmy\s+hands\s+were\s+tied\b|\bthat's\s+not\s+(?:entirely\s+|totally\s+|quite\s+)?fair\b"
    r"|\byou(?:'re|\s+are)\s+being\s+(?:unfair|harsh)\b|\bunfair\s+to\s+me\b"
    r"|\bstop\s+(?:blaming|attacking)\s+me\b|\bwhy\s+(?:is|does)\s+it\s+always\s+(?:have\s+to\s+be\s+)?me\b"
    r"|\bI\s+had\s+(?:my|good|a\s+good|very\s+good)\s+reasons?\b|\bthere\s+was\s+a\s+(?:good\s+)?reason\b"
    r"|\byou\s+(?:didn't|did\s+not|never|weren't|wasn't)\b[^.!?;\n]{0,60}?\beither\b"
    r"|(?:^|[.!?]\s+)for\s+the\s+record\s*,\s*I\b"
    r"|\bI\s+was\s+(?:told|asked|instructed)\s+to\b"
    r"|\b(?:nobody|no\s+one)\s+else\s+(?:complained|had\s+a\s+problem|said\s+anything|minded|objected)\b"
    r"|\bI\s+(?:didn't|did\s+not)\s+(?:have|get|know)\s+(?:the\s+)?(?:full\s+|whole\s+|complete\s+|all\s+the\s+)(?:picture|story|context|information|info|details)\b"
    r"|\bI\s+had\s+(?:a\s+lot|too\s+much|so\s+much)\s+(?:on\s+my\s+plate|going\s+on)\b|\bI\s+was\s+(?:swamped|slammed|overloaded|drowning)\b"
    r")"
)
TOPIC_SWITCH = rx(
    r"(?:"
    r"\b(?:on\s+(?:an?|another|a\s+(?:different|separate|totally\s+different|completely\s+different|side|unrelated))\s+note)\b"
    r"|\b(?:another|one\s+more|a\s+separate|a\s+different|an\s+unrelated|the\s+other)\s+thing\s*(?:[,:.-]|while|I|is|-)"
    r"|\bunrelated(?:ly)?\s*[,:-]|\b(?:totally|completely|also\s+)?unrelated\s+but\b"
    r"|\bwhile\s+I\s+have\s+you\b|\bwhile\s+we're\s+at\s+it\b|\bwhile\s+we're\s+(?:here|talking)\b"
    r"|(?:^|[.!?]\s+)(?:oh,?\s+and|oh,?\s+also|and\s+another\s+thing|also,?\s+unrelated|by\s+the\s+way\s*[,:-]|btw\b|speaking\s+of\s+which)"
    r"|\b(?:switching|changing)\s+(?:gears|topics|the\s+subject)\b|\bdifferent\s+topic\b"
    r"|\bseparately\s*[,:]"
    r"|\bsomething\s+else\s+(?:I\s+wanted|while|before)\b"
    r"|\bbefore\s+I\s+forget\b|\banyway,?\s+back\s+to\b|\bside\s+note\b|\bquick\s+(?:aside|tangent)\b"
    r"|\b(?:(?<=[.!?]\s)|(?<![\s\S]))anyway,?\s+[^.!?\n]{0,40}?\balso\b"
    r")",
    re.MULTILINE,
)
# "Also, your PR reviews ...": a sentence that adds something the turn has not been about.
_ADDED = re.compile(
    r"(?:also|plus|oh\s+and|and\s+also|additionally|besides|one\s+other\s+thing)\s*[,:]?\s+"
    r"(?=your\s+[\w-]+(?:\s+[\w-]+){0,3}\s+(?:is|are|was|were|has|have)\b|you've\s+been\b|you\s+(?:still\s+)?haven't\b|"
    r"(?:can|could)\s+you\s+also\b|don't\s+forget\b|have\s+you\b|did\s+you\b)",
    re.IGNORECASE,
)
_CONTENT = re.compile(r"[a-z][a-z'-]{3,}")
_COMMON = frozenset(
    [
        "also",
        "about",
        "after",
        "again",
        "against",
        "always",
        "another",
        "anyone",
        "anything",
        "around",
        "back",
        "because",
        "been",
        "before",
        "being",
        "could",
        "didn't",
        "does",
        "doesn't",
        "doing",
        "done",
        "don't",
        "each",
        "even",
        "every",
        "everyone",
        "going",
        "gonna",
        "good",
        "great",
        "have",
        "here",
        "just",
        "keep",
        "know",
        "last",
        "lately",
        "like",
        "make",
        "many",
        "more",
        "most",
        "much",
        "need",
        "never",
        "next",
        "only",
        "other",
        "over",
        "really",
        "right",
        "should",
        "some",
        "still",
        "sure",
        "than",
        "thanks",
        "that",
        "that's",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "thing",
        "things",
        "think",
        "this",
        "those",
        "through",
        "time",
        "today",
        "told",
        "very",
        "want",
        "well",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "will",
        "with",
        "would",
        "yeah",
        "your",
        "you're",
        "you've",
        "yours",
        "okay",
        "team",
        "work",
    ]
)


def _stems(text: str) -> set[str]:
    return {word[:5] for word in _CONTENT.findall(text.lower()) if word not in _COMMON}


@memoised("dismissals")
def dismissals(doc: Doc) -> list[Span]:
    """Brushing the person's point aside."""
    return doc.find(DISMISSIVE, view="plain_unquoted")


@memoised("defences")
def defences(doc: Doc) -> list[Span]:
    """Defending or justifying oneself instead of listening."""
    return doc.find(DEFENSIVE, view="plain_unquoted")


@memoised("topic_switches")
def topic_switches(doc: Doc) -> list[Span]:
    """More than one unrelated topic: an explicit switch, or an "also" about something new."""
    found = doc.find(TOPIC_SWITCH, view="plain_unquoted")
    text = doc.plain_unquoted
    for index, (start, end) in enumerate(doc.sentences):
        if index == 0:
            continue
        added = _ADDED.match(text, start, end)
        if added is None:
            continue
        before = _stems(text[doc.sentences[0][0] : start])
        if before and not before & _stems(text[added.end() : end]):
            span = doc.span(start, end)
            if span is not None:
                found.append(span)
    return found


# Words the point after a switch must share with the conversation to stay on it (one could be luck).
_SHARED_TO_STAY = 2


def stays_on_the_conversation(doc: Doc, switch: Span, conversation: str) -> bool:
    """Whether a switch moves on within the conversation: "And one more thing I want to be clear
    about: raising this will never count against you in your promotion review" to Noor, whose
    promotion review the conversation is about. A single text has nothing around it to stay on
    (the flags set labels a lone "Oh, and one more thing: the design review got moved" a second
    topic); a turn in a conversation does. The point is the switch's sentence."""
    text = doc.plain_unquoted
    end = doc.sentence_bounds(switch.start)[1]
    said = _stems(text[switch.end : max(end, switch.end)])
    return len(said & _stems(conversation)) >= _SHARED_TO_STAY
