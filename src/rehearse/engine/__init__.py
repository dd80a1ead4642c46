"""The rehearsal engine: sessions, the persona's voice and guard, stance, debrief.

No Textual here: the TUI, `rehearse run` and the tests drive the same code.
"""

from rehearse.engine.debrief import Debrief
from rehearse.engine.session import (
    EmptyReply,
    Hint,
    PersonaTurn,
    Rehearsal,
    ReplyPending,
    ScoredTurn,
    SessionFinished,
)

__all__ = [
    "Debrief",
    "EmptyReply",
    "Hint",
    "PersonaTurn",
    "Rehearsal",
    "ReplyPending",
    "ScoredTurn",
    "SessionFinished",
]
