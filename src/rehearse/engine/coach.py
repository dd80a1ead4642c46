"""The LLM coach: a capable model's notes added to the rule-based debrief.

Used only when a judge model is configured (the embedded model cannot coach);
its notes sit beside the debrief and never replace it. A failure leaves the
debrief as it was, with a note saying why.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rehearse.prompts import render
from rehearse.rubrics import get_rubric

if TYPE_CHECKING:
    from rehearse.config import Settings
    from rehearse.engine.debrief import Debrief
    from rehearse.model import Gateway
    from rehearse.scenarios import Scenario
    from rehearse.store import TurnRecord

COACH_MAX_TOKENS = 400


def coach_notes(
    debrief: Debrief,
    scenario: Scenario,
    turns: list[TurnRecord],
    settings: Settings,
    gateway: Gateway | None = None,
) -> Debrief:
    """The debrief with the coach's notes added, or unchanged when no judge model is set."""
    if not settings.judge_model:
        return debrief
    from rehearse.model import Gateway, ModelError

    gateway = gateway or Gateway(settings, model=settings.judge_model)
    prompt = render(
        "debrief_coach.j2",
        user_dir=settings.prompt_dir,
        scenario=scenario,
        persona=scenario.persona,
        rubrics=[get_rubric(r) for r in scenario.rubrics],
        outcome=debrief.outcome,
        transcript=[{"role": t.role, "text": t.text} for t in turns],
        improvements=debrief.improvements,
    )
    try:
        notes = gateway.complete(
            [
                {"role": "system", "content": prompt},
                {"role": "user", "content": "Your coaching notes, please."},
            ],
            max_tokens=COACH_MAX_TOKENS,
            temperature=0.3,
        ).strip()
    except ModelError as error:
        return debrief.model_copy(
            update={
                "coach": f"(The coach could not answer: {error.message})",
                "coach_model": gateway.model,
            }
        )
    return debrief.model_copy(update={"coach": notes or None, "coach_model": gateway.model})
