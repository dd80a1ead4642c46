"""The persona's voice: authored lines, or the model guarded by authored lines.

`scripted` picks the stage's authored line for the reaction, never repeating
one while another is unused. `model` asks the model, streams the sentences
the guard releases (approved, and the reply judged on topic: nothing shown is
withdrawn), and falls back to an authored line when nothing passes or the
model fails; every reply says where it came from and why.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from rehearse.engine.guard import PersonaContext, StreamGuard, scene_facts, vocabulary_of
from rehearse.prompts import render
from rehearse.scenarios.model import REACTIONS

if TYPE_CHECKING:
    from rehearse.config import Settings
    from rehearse.model import Gateway
    from rehearse.scenarios import Scenario, Stage
    from rehearse.scenarios.model import Reaction

Source = Literal["model", "scripted"]
VoiceMode = Literal["model", "scripted"]
OnText = Callable[[str], None]

# The persona sees at most this many earlier turns: the embedded model's
# context is small, and the stage direction matters more than old turns.
HISTORY_TURNS = 8


@dataclass(frozen=True)
class Spoken:
    text: str
    source: Source
    note: str | None = None  # why a model reply was trimmed or replaced
    failed: bool = False  # the model call itself failed (not the guard)


@dataclass(frozen=True)
class Exchange:
    """One earlier turn, as the persona remembers it."""

    role: Literal["user", "persona"]
    text: str


def pick_line(lines: Sequence[str], used: Sequence[str]) -> str:
    """The first authored line not used yet in this session; the least used once all were."""
    counts = {line: 0 for line in lines}
    for line in used:
        if line in counts:
            counts[line] += 1
    return min(lines, key=lambda line: (counts[line], lines.index(line)))


def persona_messages(
    scenario: Scenario,
    stage: Stage,
    reaction: Reaction,
    history: Sequence[Exchange],
    *,
    user_dir: object = None,
) -> list[dict[str, str]]:
    """The system prompt (from `prompts/persona_turn.j2`) and the conversation so far."""
    system = render(
        "persona_turn.j2",
        user_dir=user_dir,  # type: ignore[arg-type]
        scenario=scenario,
        persona=scenario.persona,
        stage=stage,
        reaction=reaction,
        examples=list(stage.lines.for_reaction(reaction)),
        user_role=scenario.user.role,
    )
    messages = [{"role": "system", "content": system}]
    for exchange in list(history)[-HISTORY_TURNS:]:
        role = "user" if exchange.role == "user" else "assistant"
        messages.append({"role": role, "content": exchange.text})
    return messages


def guard_context(
    scenario: Scenario,
    stage: Stage,
    reaction: Reaction,
    history: Sequence[Exchange],
    system_prompt: str,
    *,
    check_figures: bool = True,
) -> PersonaContext:
    user_text = next((e.text for e in reversed(history) if e.role == "user"), "")
    persona = scenario.persona
    authored = [line for kind in REACTIONS for line in stage.lines.for_reaction(kind)]
    # The prompt quotes the authored lines as examples; saying one of them is not a leak.
    instructions = system_prompt
    for line in authored:
        instructions = instructions.replace(line, " ")
    return PersonaContext(
        name=persona.name,
        user_text=user_text,
        previous_replies=tuple(e.text for e in history if e.role == "persona"),
        private_texts=(stage.direction, instructions.replace(persona.hidden_concern, " ")),
        # Once the user has earned it (an advancing turn), the persona may say what worries it.
        secret="" if reaction == "advanced" else persona.hidden_concern,
        # What the reply may be about: the user's words, the scene as the user was briefed on
        # it, this stage's lines, what the persona said before, and the persona's stakes.
        vocabulary=vocabulary_of(
            [
                user_text,
                scenario.summary,
                *scenario.user.context,
                persona.role,
                *authored,
                *(e.text for e in history if e.role == "persona"),
                *persona.cares_about,
                *([persona.hidden_concern] if reaction == "advanced" else []),
            ]
        ),
        # (the embedded model invents figures; a capable one adds plausible colour, so its
        # figures are not checked)
        known_facts=scene_facts(
            [
                scenario.summary,
                *scenario.user.context,
                persona.role,
                persona.seniority,
                *authored,
                stage.direction,
                persona.hidden_concern,
                *persona.cares_about,
                *(e.text for e in history),
            ]
        )
        if check_figures
        else None,
        pushing_back=reaction == "dismissed",
        conceding=reaction == "advanced",
        concession_words=(
            vocabulary_of([*stage.lines.for_reaction("advanced"), persona.hidden_concern])
            - vocabulary_of([user_text])
            if reaction == "advanced"
            else frozenset()
        ),
    )


def speak_scripted(lines: Sequence[str], used: Sequence[str], on_text: OnText | None) -> Spoken:
    line = pick_line(lines, used)
    if on_text:
        on_text(line)
    return Spoken(line, "scripted")


def speak_with_model(
    gateway: Gateway,
    settings: Settings,
    messages: list[dict[str, str]],
    context: PersonaContext,
    fallback: Callable[[], str],
    *,
    on_text: OnText | None = None,
    cancel: threading.Event | None = None,
    fallback_on_error: bool = True,
) -> Spoken:
    """Stream the model's reply through the guard; an authored line when nothing passes.

    With `fallback_on_error=False` a ModelError propagates (the TUI then gives
    the user's text back); otherwise the persona answers from the script and
    the reply carries the error as its note.
    """
    from rehearse.model import ModelError

    guard = StreamGuard(context)
    show = _Shown(on_text)
    stream = gateway.stream(messages, max_tokens=settings.persona_max_tokens)
    cancelled = False
    try:
        for piece in stream:
            if cancel is not None and cancel.is_set():
                cancelled = True
                show(guard.stop())
                break
            show(guard.feed(piece))
            if guard.done:
                break
        else:
            show(guard.finish())
    except ModelError as error:
        show(guard.stop())  # what was approved before the failure, if it is on topic
        if not fallback_on_error and not guard.accepted:
            raise
        if guard.accepted:
            return Spoken(guard.text, "model", f"the model stopped: {error.message}", failed=True)
        line = fallback()
        show([line])
        return Spoken(line, "scripted", f"the model failed: {error.message}", failed=True)
    finally:
        close = getattr(stream, "close", None)
        if close is not None:
            close()
    if guard.accepted:
        note = None
        if cancelled:
            note = "cut short by the user"
        elif guard.problem:
            note = f"trimmed: the model {guard.problem}"
        elif guard.trimmed:
            note = "trimmed to three sentences"
        return Spoken(guard.text, "model", note)
    line = fallback()
    show([line])
    why = "cancelled by the user" if cancelled else f"the model {guard.problem or 'said nothing'}"
    return Spoken(line, "scripted", f"replaced: {why}")


class _Shown:
    """Passes released sentences on as one text: a space between sentences."""

    def __init__(self, on_text: OnText | None) -> None:
        self.on_text = on_text
        self.count = 0

    def __call__(self, sentences: Sequence[str]) -> None:
        for sentence in sentences:
            if self.on_text is not None:
                self.on_text(sentence if not self.count else " " + sentence)
            self.count += 1
