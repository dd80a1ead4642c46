"""Sarcasm and rhetorical questions: praise or questions that mean the opposite.

Kept to forms that are sarcastic in nearly every use, because a false hit makes
the persona react to an insult that was never said.
"""

from __future__ import annotations

from rehearse.scoring.result import Span
from rehearse.scoring.text import Doc, Rx, memoised, rx

_PRAISE = r"(?:great|nice|good|fantastic|brilliant|stellar|amazing|awesome|wonderful|lovely|perfect|terrific|superb|excellent)"
_DAMAGE = (
    r"(?:breaking|ruining|missing|forgetting|wasting|crashing|taking\s+down|deleting|losing|"
    r"blowing\s+up|leaving\s+us|ignoring|skipping|showing\s+up\s+late)"
)

SARCASM = rx(
    r"(?:"
    rf"\b(?:(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<=\n)|(?<![\s\S]))(?:oh|wow|gee|ah)[\s,!]+(?:{_PRAISE}|what\s+a\s+{_PRAISE}|thanks|thank\s+you|sure|yeah)\b"
    rf"|\b(?:thanks|thank\s+you)\s+(?:so\s+much\s+|a\s+lot\s+)?for\s+(?:nothing|{_DAMAGE})\b"
    rf"|\b{_PRAISE}\s+(?:job|work|move|going|effort)\s*,?\s+{_DAMAGE}\b"
    r"|\bway\s+to\s+go\b(?!\s+(?:on|with)\b)"
    r"|\breal(?:ly)?\s+(?:mature|professional|helpful|classy)\b(?=\s*[.!,]|\s*$)"
    r"|\byou(?:'re|\s+are)\s+a\s+real\s+(?:team\s+player|gem|prince|peach|treat|genius)\b"
    r"|\bmust\s+be\s+nice\b"
    r"|\b(?:nice|good|kind|big)\s+of\s+you\s+to\s+(?:finally|show\s+up|join\s+us|grace)\b"
    r"|\bit(?:'s|\s+is)\s+not\s+like\b[^.!?\n]{0,80}?\bor\s+anything\b"
    r"|\byeah,?\s+right\b"
    r"|\bwhat\s+a\s+(?:surprise|shock)\b"
    r"|\b(?:who\s+could\s+have|who\s+would\s+have)\s+(?:guessed|thought|known)\b"
    r"|\bour\s+resident\s+(?:genius|expert|einstein|rockstar)\b"
    r"|\b(?:really|truly)\s+(?:stellar|brilliant|outstanding|fantastic|amazing)\s+(?:work|job|stuff|contribution)\b[^.!?\n]{0,20}?\bas\s+always\b"
    r"|\bwhat\s+a\s+(?:fantastic|brilliant|great|wonderful)\s+(?:contribution|idea|plan)\b[^.!?\n]{0,20}?\btruly\b"
    r"|\bsure,\s+(?:because|take\s+all\s+the\s+time)\b"
    r"|\btake\s+all\s+the\s+time\s+you\s+(?:want|need)\b(?=[^.!?\n]{0,80}\bnot\s+like\b)"
    r"|\bslow\s+clap\b"
    r")"
)

# Questions that accuse rather than ask.
RHETORICAL = rx(
    r"(?:"
    r"\bwhat\s+were\s+you\s+(?:even\s+)?thinking\b"
    r"|\b(?:do|did|can|could)\s+you\s+even\s+(?:test|read|care|check|think|know|listen|code|try|look)\b"
    r"|\bare\s+you\s+(?:serious|kidding|joking|for\s+real)\b"
    r"|\bhow\s+(?:hard|difficult)\s+(?:is|was|can)\s+it\b"
    r"|\bwhy\s+(?:would|do|did)\s+you\s+(?:ever|always|never|even)\b"
    r"|\bwhy\s+would\s+(?:you|anyone)\s+(?:do|write|think|say|merge|push|ship)\b"
    r"|\bwhy\s+(?:can't|cannot|won't|don't)\s+you\s+(?:just|ever|even)\b"
    r"|\bseriously\s*\?"
    r"|\b(?:is|was)\s+(?:that|it)\s+(?:too\s+much|so\s+hard)\s+to\s+ask\b"
    r"|\bwho\s+(?:does|do)\s+that\b"
    r"|\bwhat(?:'s|\s+is)\s+wrong\s+with\s+you\b"
    r"|\bhow\s+many\s+times\s+do\s+I\s+(?:have|need)\s+to\b"
    r"|\b(?:can't|cannot)\s+you\s+(?:just|even|ever)\b"
    r"|\bdo\s+I\s+have\s+to\s+do\s+everything\b"
    r"|\bwhat\s+part\s+of\b[^.!?\n]{0,40}\bdon't\s+you\s+understand\b"
    r")"
)


# Both, in one pass over the text.
_EITHER = Rx(f"(?:{SARCASM.source})|(?:{RHETORICAL.source})")


def sarcastic_regions(text: str, sentences: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    """Whole sentences that contain sarcasm (they earn no credit)."""
    hits = [m.start() for m in _EITHER.scan(text)]  # `text` is already lower-cased
    return [(start, end) for start, end in sentences if any(start <= hit < end for hit in hits)]


@memoised("sarcasm")
def sarcasm(doc: Doc) -> list[Span]:
    """Sarcasm and rhetorical questions aimed at the person."""
    return doc.find(_EITHER, view="plain_unquoted")
