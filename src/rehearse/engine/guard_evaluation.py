"""The persona guard against hand-labelled replies: what a rehearsal would show of each.

Used by the guard's floor tests and `benchmarks/bench_persona_guard.py --labelled`. The
labelled file (`tests/data/guard/replies.jsonl`, described in the README beside it) holds
raw persona replies with the place in a built-in scenario they answer; the guard's context
is rebuilt from it exactly as a rehearsal builds it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from rehearse.engine.guard import PersonaContext, StreamGuard
from rehearse.engine.voice import Exchange, guard_context, persona_messages
from rehearse.scenarios.model import Scenario


@dataclass(frozen=True)
class LabelledReply:
    id: str
    split: str
    source: str
    text: str
    on_topic: bool
    context: PersonaContext


def load_labelled(path: Path, scenarios: dict[str, Scenario]) -> list[LabelledReply]:
    """The labelled replies in `path`, each with the guard context it was said in."""
    replies = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        row = json.loads(line)
        if not isinstance(row["on_topic"], bool):
            raise ValueError(f"{path.name}:{number}: on_topic must be true or false")
        scenario = scenarios[row["scenario"]]
        stage = next(s for s in scenario.stages if s.id == row["stage"])
        history = [Exchange("persona", text) for text in row["previous_replies"]]
        history.append(Exchange("user", row["user_text"]))
        system = persona_messages(scenario, stage, row["reaction"], history)[0]["content"]
        context = guard_context(
            scenario,
            stage,
            row["reaction"],
            history,
            system,
            check_figures=row["source"] == "embedded",
        )
        replies.append(
            LabelledReply(
                row["id"], row["split"], row["source"], row["text"], row["on_topic"], context
            )
        )
    return replies


def shown_when_streamed(text: str, context: PersonaContext) -> str:
    """What a rehearsal shows of a reply: the stream stops feeding once the guard is done."""
    guard = StreamGuard(context)
    guard.feed(text)
    if not guard.done:
        guard.finish()
    return guard.text
