"""The rehearsal engine: sessions, the persona's voice and guard, stance, debrief.

No Textual here: the TUI, `rehearse run` and the tests drive the same code.
"""

# The scorer's package before any engine module imports one of its modules: the TUI imports
# the scorer in a thread at start-up to warm it up, and a module of it imported meanwhile would
# take that module's import lock while the package, half done in the other thread, waits for
# it: each import then fails in its own thread. Importing the package waits for the other
# thread to finish it.
import rehearse.scoring  # noqa: F401
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
