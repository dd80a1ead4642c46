"""Assumed intent: claims about motives nobody can observe."""

from __future__ import annotations

from rehearse.scoring.result import Span
from rehearse.scoring.text import Doc, memoised, rx

_MIND = (
    r"(?:care|respect|value|want|bother|think|listen|believe|like|trust|read|"
    r"give\s+a\s+(?:damn|shit|toss))"
)
# Said without an adverb, only these read as mind reading ("you don't care"); "you don't want
# to be the only one" is a reflection, "you didn't read the spec" an act.
_HEART = r"(?:care|respect|value|bother|give\s+a\s+(?:damn|shit|toss))"
_ADVERB = r"(?:obviously|clearly|just|probably|must|simply|really|even|apparently)"
ASSUMED_INTENT = rx(
    r"(?:"
    rf"\byou\s+(?:{_ADVERB}\s+){{1,2}}(?:don't|do\s+not|didn't|did\s+not|never)\s+(?:even\s+)?{_MIND}\b"
    rf"|\byou\s+(?:don't|do\s+not|didn't|did\s+not|never)\s+(?:even\s+|really\s+)?{_HEART}\b"
    rf"|\byou\s+(?:don't|do\s+not|never)\s+(?:even\s+|really\s+)?(?:listen|trust)\b"
    rf"|\bdo\s+you\s+(?:{_ADVERB}\s+)?not\s+(?:even\s+)?{_MIND}\b"
    r"|\byou\s+(?:only|just)\s+\w+ed\b(?:\s+[\w']+){0,4}?\s+(?:to|so\s+(?:you|that\s+you)\s+(?:could|would))\s+"
    r"(?:look|seem|get\s+(?:out|back|attention|credit|your\s+way)|avoid|make\s+\w+\s+look|prove|show\s+off|win|score|cover|impress)\b"
    r"|\b(?:just|only)\s+to\s+(?:look\s+(?:good|smart|clever|busy)|seem|make\s+\w+\s+look|show\s+off|get\s+attention|prove\s+a\s+point|"
    r"score\s+points|cover\s+yourself|avoid\s+(?:work|blame|the\s+work)|get\s+out\s+of)\b"
    r"|\byou\s+(?:obviously|clearly|probably|must\s+have|just)\s+(?:wanted|want|think|thought|decided|tried|were\s+trying|are\s+trying|meant|intended|enjoy|like|love)\b"
    r"|\byou(?:'re|\s+are|\s+were)\s+(?:just\s+|only\s+|clearly\s+|obviously\s+)?trying\s+to\s+(?:make|look|get\s+out|avoid|dodge|undermine|sabotage|prove|show\s+off|win|score)\b"
    r"|\byou\s+(?:wanted|want)\s+to\s+(?:make\s+\w+\s+look|look\s+(?:good|smart|clever)|show\s+off|get\s+back|punish|embarrass|undermine|win)\b"
    r"|\bto\s+make\s+(?:me|us|him|her|them|[A-Z][a-z]+)\s+look\s+(?:bad|stupid|dumb|incompetent)\b"
    r"|\bon\s+purpose\b|\bdeliberately\b|\bintentionally\b"
    r"|\bbecause\s+you\s+(?:don't|didn't|do\s+not|did\s+not)\s+(?:care|respect|want|bother|think|value)\b"
    r"|\bbecause\s+you(?:'re|\s+are|\s+were)\s+(?:lazy|careless|selfish|arrogant|scared|afraid)\b"
    r"|\byou\s+(?:seem\s+to\s+|clearly\s+|obviously\s+)?think\s+(?:you(?:'re|\s+are)|the\s+rules|that\s+you|nobody|no\s+one|you\s+can)\b"
    r"|\byou\s+couldn't\s+be\s+bothered\b"
    r"|\byou\s+(?:only|just)\s+care\s+about\b"
    r"|\byou\s+(?:don't|do\s+not)\s+(?:even\s+)?(?:care|respect|value|trust)\b"
    r"|\byou(?:'re|\s+are)\s+not\s+(?:even\s+)?(?:trying|interested|listening|committed|invested)\b"
    r")"
)


@memoised("assumed_intent")
def assumed_intent(doc: Doc) -> list[Span]:
    """Mind reading: "you obviously don't care", "you did it on purpose"."""
    return doc.find(ASSUMED_INTENT, view="plain_unquoted")
