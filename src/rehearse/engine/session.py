"""A rehearsal session: the conversation loop of one scenario, stored turn by turn.

One user turn: the text is stored with its scores and signals (it survives any
failure after this); the stage machine picks the persona's reaction; the
persona answers (streamed, guarded, stored with its source); the session ends
on success, at the turn limit, or when the user ends it.

The state (stage, memory, resistance) is never stored: it is replayed from the
stored turns, so a resumed session is exactly where it was.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rehearse import stage_machine
from rehearse.engine.debrief import (
    GENERIC_ADVICE,
    Coverage,
    Debrief,
    build_debrief,
    criteria_coverage,
)
from rehearse.engine.stance import Stance, initial_resistance, next_resistance
from rehearse.engine.voice import (
    Exchange,
    OnText,
    Spoken,
    VoiceMode,
    guard_context,
    persona_messages,
    speak_scripted,
    speak_with_model,
)
from rehearse.signals import TurnSignals
from rehearse.stage_machine import StageState, Step
from rehearse.store import ScoreRecord, SessionRecord, Store, TurnRecord

if TYPE_CHECKING:
    from rehearse.config import Settings
    from rehearse.model import Gateway
    from rehearse.scenarios import Scenario, Stage
    from rehearse.scoring.result import RubricResult


class EmptyReply(ValueError):
    def __init__(self) -> None:
        super().__init__("Say something first: an empty reply cannot be rehearsed or scored.")


class SessionFinished(RuntimeError):
    pass


class ReplyPending(RuntimeError):
    """The persona has not answered the last turn yet (call `reply()` first)."""


@dataclass(frozen=True)
class ScoredTurn:
    """A user turn, stored and scored, with how the scenario reacts to it."""

    turn: TurnRecord
    results: dict[str, RubricResult]
    signals: TurnSignals
    step: Step
    stance: Stance


@dataclass(frozen=True)
class PersonaTurn:
    turn: TurnRecord
    spoken: Spoken


@dataclass(frozen=True)
class Gap:
    rubric: str
    criterion: str
    name: str
    best: int
    advice: str


@dataclass(frozen=True)
class Hint:
    stage_hint: str
    gaps: tuple[Gap, ...]


Catalog = Sequence[tuple[str, str, str, int]]  # (id, title, category, difficulty)


def signals_to_json(signals: TurnSignals) -> dict[str, Any]:
    return {
        "flags": sorted(signals.flags),
        "levels": dict(signals.levels),
        "evidence": dict(signals.evidence),
    }


def signals_from_json(data: dict[str, Any] | None) -> TurnSignals:
    data = data or {}
    return TurnSignals(
        frozenset(data.get("flags", ())),
        dict(data.get("levels", {})),
        dict(data.get("evidence", {})),
    )


class Rehearsal:
    """Drives one session. Front ends (TUI, `rehearse run`, tests) all use this."""

    def __init__(
        self,
        scenario: Scenario,
        record: SessionRecord,
        *,
        store: Store,
        settings: Settings,
        gateway: Gateway | None = None,
        catalog: Catalog = (),
    ) -> None:
        if record.scenario_id != scenario.id:
            raise ValueError(
                f"session {record.id} is a rehearsal of {record.scenario_id}, not {scenario.id}"
            )
        self.scenario = scenario
        self.session_id = record.id
        self.voice: VoiceMode = "scripted" if record.voice == "scripted" else "model"
        self.model_name = record.model
        self.status = record.status
        self.store = store
        self.settings = settings
        self.catalog = catalog
        self._gateway = gateway
        self._lock = threading.Lock()  # one turn at a time, whichever thread drives it
        self._final: Debrief | None = (
            Debrief.model_validate(record.debrief) if record.debrief else None
        )
        self._replay()

    # -- lifecycle ----------------------------------------------------------------

    @classmethod
    def start(
        cls,
        scenario: Scenario,
        *,
        store: Store,
        settings: Settings,
        voice: VoiceMode | None = None,
        gateway: Gateway | None = None,
        catalog: Catalog = (),
    ) -> Rehearsal:
        voice = voice or settings.voice
        model = (gateway.model if gateway else settings.model) if voice == "model" else "scripted"
        session_id = store.create_session(
            scenario_id=scenario.id,
            scenario_title=scenario.title,
            voice=voice,
            model=model,
            stage_id=scenario.stages[0].id,
        )
        if scenario.opening.speaker == "persona":
            store.add_turn(
                session_id,
                role="persona",
                text=scenario.opening.line,
                stage_id=scenario.stages[0].id,
                source="scripted",
                reaction="opening",
            )
        record = store.session(session_id)
        return cls(
            scenario, record, store=store, settings=settings, gateway=gateway, catalog=catalog
        )

    @classmethod
    def resume(
        cls,
        session_id: str,
        scenario: Scenario,
        *,
        store: Store,
        settings: Settings,
        gateway: Gateway | None = None,
        catalog: Catalog = (),
    ) -> Rehearsal:
        record = store.session(session_id)
        return cls(
            scenario, record, store=store, settings=settings, gateway=gateway, catalog=catalog
        )

    def _replay(self) -> None:
        """Rebuild the state from the stored turns."""
        self.turns: list[TurnRecord] = list(self.store.turns(self.session_id))
        state = stage_machine.start(self.scenario)
        resistance = initial_resistance(self.scenario.difficulty)
        trend = 0
        last_step: Step | None = None
        for turn in self.turns:
            if turn.role != "user":
                continue
            signals = signals_from_json(turn.signals)
            last_step = stage_machine.step(self.scenario, state, signals)
            new_resistance = next_resistance(resistance, signals, advanced=last_step.advanced)
            trend, resistance = new_resistance - resistance, new_resistance
            state = last_step.state
        self.state: StageState = state
        self.stance = Stance(resistance, trend)
        self._pending_step = last_step if self.turns and self.turns[-1].role == "user" else None

    # -- what a front end reads ------------------------------------------------------

    @property
    def stage(self) -> Stage:
        return stage_machine.current_stage(self.scenario, self.state)

    @property
    def stage_number(self) -> int:
        return self.state.stage_index + 1

    @property
    def user_turns(self) -> int:
        return sum(1 for t in self.turns if t.role == "user")

    @property
    def turns_left(self) -> int:
        return max(0, self.scenario.turn_limit - self.user_turns)

    @property
    def finished(self) -> bool:
        return self.status != "active"

    @property
    def completed(self) -> bool:
        return self.state.completed

    @property
    def awaiting_reply(self) -> bool:
        """The last user turn has no persona answer (the process died while it was generated)."""
        return self._pending_step is not None

    @property
    def opening_direction(self) -> str | None:
        """For scenarios where the user speaks first: what to set the scene with."""
        return self.scenario.opening.line if self.scenario.opening.speaker == "user" else None

    def history(self) -> list[Exchange]:
        return [Exchange(t.role, t.text) for t in self.turns]

    # -- one turn -------------------------------------------------------------------------

    def _conversation_so_far(self) -> str:
        """What this talk is about: the brief and every turn so far (not the persona's hidden
        concern, which the user has not heard)."""
        scenario = self.scenario
        return "\n".join(
            [
                scenario.summary,
                scenario.user.goal,
                *scenario.user.context,
                *scenario.persona.cares_about,
                *(turn.text for turn in self.turns),
            ]
        )

    def submit(self, text: str) -> ScoredTurn:
        """Store and score the user's turn, and decide how the scenario reacts."""
        from rehearse.scoring import compute_signals, score_all

        text = text.strip()
        if not text:
            raise EmptyReply()
        with self._lock:
            if self.finished:
                raise SessionFinished(f"this rehearsal has ended ({self.status})")
            if self._pending_step is not None:
                raise ReplyPending("the persona has not answered the last turn yet")
            results = score_all(text, self.scenario.rubrics)
            signals = compute_signals(
                text, results, self.scenario.persona.cares_about, self._conversation_so_far()
            )
            if "multiple_topics" not in signals.flags and any(
                flag.kind == "multiple_topics"
                for result in results.values()
                for flag in result.flags
            ):
                # the switch stays on the conversation: the panel and the debrief do not flag it
                results = {
                    rubric: result.model_copy(
                        update={"flags": [f for f in result.flags if f.kind != "multiple_topics"]}
                    )
                    for rubric, result in results.items()
                }
            step = stage_machine.step(self.scenario, self.state, signals)
            turn = self.store.add_turn(
                self.session_id,
                role="user",
                text=text,
                stage_id=step.stage_left.id,
                reaction=step.reaction,
                signals=signals_to_json(signals),
                scores=[
                    ScoreRecord(r.rubric, r.scorer, r.total, r.max, r.model_dump(mode="json"))
                    for r in results.values()
                ],
            )
            self.turns.append(turn)
            resistance = next_resistance(self.stance.resistance, signals, advanced=step.advanced)
            self.stance = Stance(resistance, resistance - self.stance.resistance)
            self.state = step.state
            self._pending_step = step
            return ScoredTurn(turn, results, signals, step, self.stance)

    def reply(
        self,
        *,
        on_text: OnText | None = None,
        cancel: threading.Event | None = None,
        fallback_on_error: bool = True,
    ) -> PersonaTurn:
        """The persona answers the last user turn: streamed to `on_text`, guarded, stored."""
        with self._lock:
            step = self._pending_step
            if step is None:
                raise RuntimeError("there is no user turn to answer")
            stage = step.stage_left
            lines = list(stage.lines.for_reaction(step.reaction))
            used = [t.text for t in self.turns if t.role == "persona"]
            if self.voice == "scripted":
                spoken = speak_scripted(lines, used, on_text)
            else:
                history = self.history()
                messages = persona_messages(
                    self.scenario, stage, step.reaction, history, user_dir=self.settings.prompt_dir
                )
                spoken = speak_with_model(
                    self.gateway,
                    self.settings,
                    messages,
                    guard_context(
                        self.scenario,
                        stage,
                        step.reaction,
                        history,
                        messages[0]["content"],
                        check_figures=self.gateway.is_embedded,
                    ),
                    fallback=lambda: speak_scripted(lines, used, None).text,
                    on_text=on_text,
                    cancel=cancel,
                    fallback_on_error=fallback_on_error,
                )
            turn = self.store.add_turn(
                self.session_id,
                role="persona",
                text=spoken.text,
                stage_id=stage.id,
                source=spoken.source,
                reaction=step.reaction,
                note=spoken.note,
            )
            self.turns.append(turn)
            self._pending_step = None
            if step.completed:
                self._finish("success")
            elif self.turns_left == 0:
                self._finish("turn_limit")
            else:
                self.store.update_session(self.session_id, stage_id=self.stage.id)
            return PersonaTurn(turn, spoken)

    def take_turn(self, text: str, **reply_options: Any) -> tuple[ScoredTurn, PersonaTurn]:
        scored = self.submit(text)
        return scored, self.reply(**reply_options)

    def withdraw(self, scored: ScoredTurn | None = None) -> str:
        """Take back the last, unanswered turn (its reply failed); returns its text for the input.

        Without `scored`, withdraws whatever turn is waiting (after a resume).
        """
        with self._lock:
            last = self.turns[-1] if self.turns else None
            if self._pending_step is None or last is None or last.role != "user":
                raise RuntimeError("only the last, unanswered turn can be withdrawn")
            if scored is not None and scored.turn.id != last.id:
                raise RuntimeError("only the last, unanswered turn can be withdrawn")
            self.store.delete_turn(last.id)
            self._replay()
            return last.text

    def set_voice(self, voice: VoiceMode) -> None:
        """Switch between the model and the authored lines mid-session (kept for a resume)."""
        with self._lock:
            self.voice = voice
            self.model_name = self.gateway.model if voice == "model" else "scripted"
            self.store.update_session(self.session_id, voice=voice, model=self.model_name)

    # -- help and the end --------------------------------------------------------------------

    def coverage(self) -> list[Coverage]:
        """Per rubric criterion, the best level any turn so far has reached."""
        return criteria_coverage(self.scenario, [t for t in self.turns if t.role == "user"])

    def hint(self) -> Hint:
        """The stage's hint, and the rubric criteria no turn has brought to 2 yet."""
        gaps = tuple(
            Gap(c.rubric, c.criterion, c.name, c.best, GENERIC_ADVICE[(c.rubric, c.criterion)])
            for c in self.coverage()
            if c.best < 2
        )
        return Hint(self.stage.hint, gaps)

    def end(self) -> Debrief:
        """The user ends the rehearsal (a no-op once it has ended)."""
        with self._lock:
            if not self.finished:
                if self._pending_step is not None and self.turns and self.turns[-1].role == "user":
                    self._pending_step = None  # its reply was never generated; the turn stays
                self._finish("ended")
        return self.debrief()

    def debrief(self) -> Debrief:
        """The stored debrief once the session has ended; a fresh one while it runs."""
        if self.finished and self._final is not None:
            return self._final
        return build_debrief(
            self.scenario,
            self.turns,
            status=self.status,
            stage_index=self.state.stage_index,
            completed=self.completed,
            other_scenarios=self.catalog,
        )

    def _finish(self, status: str) -> None:
        from rehearse.engine.coach import coach_notes

        self.status = status  # type: ignore[assignment]
        self._final = None
        debrief = coach_notes(self.debrief(), self.scenario, self.turns, self.settings)
        self._final = debrief
        self.store.update_session(
            self.session_id,
            stage_id=self.stage.id,
            status=status,  # type: ignore[arg-type]
            debrief=debrief.model_dump(mode="json"),
        )

    @property
    def gateway(self) -> Gateway:
        if self._gateway is None:
            from rehearse.model import Gateway

            self._gateway = Gateway(self.settings)
        return self._gateway
