"""Praise: is the turn crediting the person, and is it free of criticism?

`praise` finds words that credit someone ("thanks for writing the runbook",
"great catch", "how well you handled", "because your updates ...") and
positive effects of what they did ("which let support answer customers",
"instead of 140"); courtesy ("thanks for coming in") and negated praise ("it
wasn't great") are not praise. `criticism` finds what makes a turn a
correction instead: acts the person should not have done, work sent back.
"""

from __future__ import annotations

from rehearse.scoring.result import Span
from rehearse.scoring.text import Doc, memoised, rx

_COURTESY = (
    r"(?:coming(?:\s+in)?|making\s+(?:the\s+)?time|meeting|joining|your\s+time|being\s+(?:here|honest|straight|candid|open|upfront)|"
    r"telling\s+me|raising|listening|hearing\s+me\s+out|sitting\s+down|the\s+(?:chat|time|meeting|call|heads-up|update)|"
    r"asking|letting\s+me|flagging|bringing\s+(?:it|this|that)\s+(?:up|to\s+(?:me|us)))"
)
PRAISE = rx(
    r"(?:"
    rf"\b(?<!not\s)(?:thanks|thank\s+you|kudos|props|shout-?out)\b(?!\s+(?:so\s+much\s+|again\s+)?(?:for|to\s+you\s+for)\s+{_COURTESY})"
    r"(?!\s*,?\s*(?:that's\s+all|bye|see\s+you))"
    # an evaluative word counts when it judges an act or a piece of work: "great catch", "the postmortem was great"
    # (with the kind of work between: "excellent incident work", "great on-call handling")
    rf"|\b(?:great|nice|excellent|brilliant|fantastic|awesome|superb|outstanding|impressive|terrific|stellar|exceptional|"
    r"good|solid|smart|clever|sharp|textbook|flawless|exemplary|top-notch|first-rate)\s+(?:(?!(?:enough|at|of|to|for|and|or|with|but|in|on)\b)[\w-]+\s+)?(?:job|work|catch|call|save|fix|find|question|questions|write-?up|writeup|effort|"
    r"thinking|instinct|idea|handling|move|stuff|presentation|demo|review|runbook|analysis|postmortem|decision|"
    r"leadership|teamwork|debugging|detective\s+work)\b"
    r"|\b(?:was|were|is|'s|looked|looks|sounded|went)\s+(?:really\s+|so\s+|just\s+|absolutely\s+|genuinely\s+)?"
    r"(?:great|excellent|brilliant|fantastic|awesome|superb|outstanding|impressive|terrific|stellar|exceptional|"
    r"textbook|flawless|exemplary|top-notch|first-rate|amazing|incredible|phenomenal|wonderful)\b"
    r"|\b(?:great|nice|good|wonderful|amazing)\s+to\s+(?:see|watch|hear)\b"
    r"|\bwell\s+done\b|\bgood\s+(?:job|work|call|catch|save|instinct)\b|\bspot\s+on\b|\bnicely\s+done\b"
    # "That was really well handled", "you handled it calmly" (not "it wasn't well handled")
    r"|(?<!\bnot\s)(?<!n't\s)(?<!n't\sreally\s)(?<!n't\sso\s)(?<!n't\svery\s)(?<!not\sreally\s)"
    r"\b(?:(?:really|so|very|incredibly|extremely)\s+)?(?:well|nicely|beautifully|brilliantly|superbly|expertly|calmly|"
    r"cleanly|perfectly)\s+(?:handled|done|run|managed|executed|written|led|organi[sz]ed|played|judged)\b"
    r"|(?<!\bnot\s)(?<!n't\s)\b(?:handled|ran|managed|led)\s+(?:it|that|this|the\s+[\w-]+)\s+"
    r"(?:really\s+|so\s+|very\s+|incredibly\s+)?(?:well|brilliantly|beautifully|calmly|perfectly|superbly)\b"
    r"|\bI\s+(?:really\s+)?(?:appreciated?|loved|valued|admired|liked)\s+(?:how|that|the\s+way|you|your|it\s+when)\b"
    r"|\b(?:impressed|proud|grateful|thankful)\b"
    r"|\bhow\s+well\s+you\b"
    r"|\b(?:made|makes)\s+(?:a\s+|all\s+the\s+)?(?:real\s+|big\s+|huge\s+)?difference\b"
    r"|\b(?:it|that|this|your\s+\w+)\s+(?:really\s+)?(?:mattered|paid\s+off|saved\s+(?:us|me|the\s+day))\b"
    r"|\bthanks\s+to\s+(?:you|your)\b|\bbecause\s+(?:of\s+)?(?:you|your)\b(?!\s+(?:didn't|did\s+not|never|forgot|missed|skipped))"
    r"|\b(?:exactly|just)\s+(?:the\s+)?right\s+(?:call|thing|move)\b|\bthe\s+right\s+call\b"
    # "exactly how I'd want an incident handled": the act held up as the standard
    r"|(?<!not\s)\bexactly\s+(?:how|what)\s+(?:I'd|I\s+would|we'd|we\s+would)\s+(?:want|hope|like)\b"
    r")"
)
POSITIVE_EFFECT = rx(
    r"(?:"
    r"\b(?:which|and\s+that|that)\s+(?:let|allowed|helped|enabled|saved|meant|gave)\b"
    r"\b|\bso\s+(?:that\s+)?(?:no|nobody|none|not\s+a\s+single|zero)\b"
    r"|\bwithout\s+a\s+single\b|\b(?:didn't|did\s+not|never|no\s+longer)\s+(?:have|had)\s+to\b"
    r"|\bturned\s+(?:a|an|the|their|our)\s+[\w-]+(?:\s+[\w-]+)?\s+into\s+(?:a|an|the)\b"
    r")"
)
CRITICISM = rx(
    r"(?:"
    r"\byou\s+(?:\w+\s+){0,2}?(?:interrupted|talked\s+over|dismissed|ignored|skipped|forgot|broke|snapped|yelled|shouted|"
    r"pushed\s+without|merged\s+without|shipped\s+without|deployed\s+without|didn't|did\s+not|never|haven't|weren't|wasn't|"
    r"failed\s+to|refused|rolled\s+your\s+eyes|went\s+silent|cut\s+(?:\w+\s+){1,2}off|missed\s+(?:the|a|two|three|your))\b"
    r"|\bcame\s+back\s+from\s+(?:QA|review|testing)\b|\b(?:bounced|got\s+reopened|were\s+reopened)\b|\brework\b"
    r"|\bwithout\s+(?:any\s+)?(?:tests|unit\s+tests|a\s+review|review)\b|\bnone\s+of\s+them\s+had\b"
    r")"
)
# "Great demo. I want to talk about how you took questions" turns praise into a correction; the
# same words before any praise only open the conversation ("I wanted to talk about last Thursday").
_TURN_TO_TALK = rx(
    r"\bI\s+(?:want|need|wanted)\s+to\s+(?:talk|speak)\s+(?:to\s+you\s+|with\s+you\s+)?about\b"
)


@memoised("praise")
def praise(doc: Doc) -> list[Span]:
    """Words that credit the person, and positive effects of what they did."""
    return doc.find(PRAISE, view="plain_unquoted") + doc.find(
        POSITIVE_EFFECT, view="plain_unquoted"
    )


@memoised("criticism")
def criticism(doc: Doc) -> list[Span]:
    """What makes the turn a correction: acts they should not have done, work sent back."""
    found = doc.find(CRITICISM, view="plain_unquoted")
    credited = praise(doc)
    turns = doc.find(_TURN_TO_TALK, view="plain_unquoted") if credited else []
    return found + [turn for turn in turns if any(p.start < turn.start for p in credited)]
