"""Achievable: the people and time a speaker asks for to do the work.

Asking a stakeholder "give me Elif and Sam for six working days to fix the
leak" names the resources the work needs, as "you'll have two days per
sprint" does for a delegate. Time alone ("give me a minute") or people alone
("can I have Sam?") names no resource for a stretch of work.
"""

from __future__ import annotations

from rehearse.scoring.lexicon import COUNT, PERSON_NAME
from rehearse.scoring.result import Span
from rehearse.scoring.text import Doc, memoised, rx

_PEOPLE = (
    rf"(?:{PERSON_NAME}(?:\s*(?:,|and|&)\s*{PERSON_NAME}){{0,3}}"
    rf"|(?:{COUNT}|an?|one|another|a\s+couple\s+of)\s+(?:more\s+|extra\s+|senior\s+|backend\s+|"
    r"frontend\s+|mobile\s+)?(?:engineers?|developers?|devs|people|designers?|testers?|SREs?|"
    r"contractors?))"
)
_STRETCH = (
    rf"(?:{COUNT}|a|an|one|half\s+a|a\s+couple\s+of|another)\s+(?:more\s+)?"
    r"(?:(?:working|full|business|engineering)\s+)?(?:days?|weeks?|sprints?|months?)"
)
RESOURCES_ASKED = rx(
    rf"\b(?:give|lend|loan|spare)\s+(?:me|us)\s+{_PEOPLE}\s+for\s+{_STRETCH}\b"
    rf"|\b(?:I|we)\s+(?:need|'d\s+need|would\s+need|want|'d\s+like|would\s+like)\s+{_PEOPLE}\s+"
    rf"for\s+{_STRETCH}\b"
    rf"|\b(?:can|could|may)\s+(?:I|we)\s+(?:have|get|borrow|keep)\s+{_PEOPLE}\s+for\s+{_STRETCH}\b"
    # the ask after its colon: "here's exactly what I'm asking for: Elif and Sam, full time for six
    # working days", "what I'm asking for is very specific: Elif and Sam, ..."
    rf"|\b(?:asking\s+(?:you\s+)?for|ask(?:\s+is)?|request(?:\s+is)?|I\s+need)"
    # ("specific" is blanked in the text the detectors read: naming a criterion earns nothing)
    r"(?:\s+is\s+(?:(?:very|really|pretty|quite)\s+)?(?:simple|small|concrete|modest)?)?"
    rf"\s*:\s*{_PEOPLE},?\s+"
    rf"(?:(?:full|part)[\s-]time\s+)?for\s+{_STRETCH}\b"
)


@memoised("resources_asked")
def resources_asked(doc: Doc) -> list[Span]:
    """People and a stretch of time asked for the work: "give me Elif and Sam for six days"."""
    found = []
    for span in doc.find(RESOURCES_ASKED):
        # after a colon, the quote is what is asked for: "Elif and Sam, full time for six days"
        colon = span.text.find(":")
        trimmed = doc.span(span.start + colon + 1, span.end) if colon >= 0 else span
        found.append(trimmed or span)
    return found
