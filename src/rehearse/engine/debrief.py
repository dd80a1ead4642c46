"""The debrief: what happened, what worked, what to change, in the user's own words.

Built from the stored turns alone (so a resumed or exported session gets the
same debrief), rule-based and offline. When a capable model is configured, a
coach's notes are added beside it (`coach.py`), never instead of it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field

from rehearse.engine.attempts import tried_rubrics
from rehearse.engine.examples import rewrite_example
from rehearse.rubrics import get_rubric
from rehearse.scoring.text import analyse
from rehearse.signals import NEGATIVE_FLAGS

if TYPE_CHECKING:
    from rehearse.scenarios import Scenario
    from rehearse.store import TurnRecord

QUOTE_LIMIT = 280
# A jab, a brush-off or a defence fails the job itself. A second topic raised in a turn that
# tried neither feedback nor an ask ("and one more thing: please tell Priya ...") is no failed
# feedback: judged on SBI it would be the weakest line at 0/6 beside a labelled attempt.
_WENT_WRONG = NEGATIVE_FLAGS - {"multiple_topics"}

GENERIC_ADVICE = {
    ("sbi", "situation"): "Anchor it to one occasion: when and where it happened.",
    ("sbi", "behavior"): "Describe what they did or said, word for word, without labels.",
    ("sbi", "impact"): "Say what it cost: a delay, rework, someone went quiet, a customer waited.",
    ("smartt", "specific"): "Name the outcome and its scope, and who else is involved.",
    ("smartt", "measurable"): "Say what done looks like: a number, a threshold or a deliverable.",
    ("smartt", "achievable"): "Name the time or support, or ask whether the plan is realistic.",
    ("smartt", "relevant"): "Tie the ask to a team, customer or business goal.",
    ("smartt", "time_bound"): "Give a date or a duration.",
    ("smartt", "trackable"): "Agree how progress will be followed: a page, a check-in, a cadence.",
}


class Outcome(BaseModel):
    success: bool
    status: str  # success | turn_limit | ended | active
    stage: str
    stage_number: int
    stages: int
    turns: int
    summary: str


class TurnScore(BaseModel):
    turn: int
    text: str
    scores: dict[str, dict[str, Any]]  # rubric -> {"total", "max", "criteria": {id: score}}
    ratio: float


class Coverage(BaseModel):
    rubric: str
    criterion: str
    name: str
    best: int
    turn: int | None = None
    evidence: str | None = None


class QuotedTurn(BaseModel):
    turn: int
    text: str
    total: int
    max: int
    # The rubrics `total` and `max` add up: the ones the turn tried (empty in debriefs stored
    # before this was recorded, where it was every rubric).
    rubrics: list[str] = Field(default_factory=list)


class Improvement(BaseModel):
    rubric: str
    criterion: str
    name: str
    advice: str
    original: str
    example: str


class Debrief(BaseModel):
    scenario_id: str
    scenario_title: str
    outcome: Outcome
    turns: list[TurnScore]
    coverage: list[Coverage]
    coverage_totals: dict[str, list[int]]  # rubric -> [total, max]
    strongest: QuotedTurn | None
    weakest: QuotedTurn | None
    improvements: list[Improvement]
    next_steps: list[str]
    persona_sources: dict[str, int] = Field(default_factory=dict)
    coach: str | None = None
    coach_model: str | None = None


NOTHING_TO_CHANGE = (
    "Every criterion reached 2 in some turn and no habit was flagged: nothing to change "
    "on the rubrics."
)


# Said beside NOTHING_TO_CHANGE when the rehearsal fell short all the same (ended early, or out
# of turns): the rubrics were covered, so the gap is in the conversation, not in the wording.
CONVERSATION_LEFT = "What is left is the conversation itself: the next steps say where it stopped."


def nothing_to_change_text(success: bool) -> str:
    """What "What to change" says when no criterion has a gap."""
    return NOTHING_TO_CHANGE if success else f"{NOTHING_TO_CHANGE} {CONVERSATION_LEFT}"


def nothing_to_change(debrief: Debrief) -> bool:
    """Every criterion reached 2 in some turn and no habit was flagged (not: no turn at all)."""
    return (
        not debrief.improvements
        and bool(debrief.turns)
        and all(c.best == 2 for c in debrief.coverage)
    )


def improvements_heading(count: int) -> str:
    """ "Three things to change", or fewer when fewer gaps were found (never invented)."""
    return {0: "What to change", 1: "One thing to change", 2: "Two things to change"}.get(
        count, "Three things to change"
    )


def quote(text: str, limit: int = QUOTE_LIMIT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _rule_results(turn: TurnRecord) -> dict[str, dict[str, Any]]:
    return {s.rubric: s.result for s in turn.scores if s.scorer == "rules"}


def _summary(scenario: Scenario, status: str, completed: bool) -> str:
    """What happened. Ended early, the authored failure ("she is unsure ... without a clear ask")
    may contradict a strong last turn: say what finishing looks like (the heading says where it
    stopped)."""
    if completed:
        return scenario.debrief.success
    if status == "ended":
        return f"A finished conversation looks like this: {scenario.debrief.success}"
    return scenario.debrief.failure


def build_debrief(
    scenario: Scenario,
    turns: Sequence[TurnRecord],
    *,
    status: str,
    stage_index: int,
    completed: bool,
    other_scenarios: Sequence[tuple[str, str, str, int]] = (),
) -> Debrief:
    """`other_scenarios` are (id, title, category, difficulty), for what to try next."""
    user_turns = [t for t in turns if t.role == "user"]
    turn_scores = [_turn_score(i, t) for i, t in enumerate(user_turns, start=1)]
    coverage = criteria_coverage(scenario, user_turns)
    totals = {
        rubric: [
            sum(c.best for c in coverage if c.rubric == rubric),
            get_rubric(rubric).max_total,
        ]
        for rubric in scenario.rubrics
    }
    # A turn is judged on the rubrics whose job it tried (feedback, an ask) or, when it went
    # wrong without trying one (a jab, a brush-off), on all of them: a turn spent listening or
    # agreeing a next step scores 0 on SBI without being a weak line.
    tried = [_tried(turn) for turn in user_turns]
    attempts = [
        _judged(score, rubrics)
        for score, rubrics in zip(turn_scores, tried, strict=True)
        if rubrics
    ]
    strongest, _ = _extremes(attempts)
    # A follow-up whose gaps an earlier turn had already met ("so let's write your conditions
    # into the plan" after a 12/12 ask) adds to that ask: it is no weak line. When every attempt
    # is like that, the strongest stands for all.
    _, weakest = _extremes(_weak_candidates(attempts, turn_scores, user_turns))
    weakest = weakest or strongest
    if not attempts:
        # No turn tried the job: none is a weak attempt at it. The one that came closest
        # stands for all, quoted once, and the improvements show how to make it one.
        strongest, _ = _extremes(turn_scores)
        weakest = strongest
    stage = scenario.stages[min(stage_index, len(scenario.stages) - 1)]
    outcome = Outcome(
        success=completed,
        status=status,
        stage=stage.id,
        stage_number=min(stage_index, len(scenario.stages) - 1) + 1,
        stages=len(scenario.stages),
        turns=len(user_turns),
        summary=_summary(scenario, status, completed),
    )
    weakest_turn = user_turns[weakest.turn - 1] if weakest else None
    # Each gap is shown on the weakest turn that tried its rubric, when one did.
    weakest_for = {
        rubric: user_turns[score.turn - 1]
        for rubric in scenario.rubrics
        if (score := _weakest_on(rubric, attempts)) is not None
    }
    improvements = _improvements(scenario, coverage, weakest_turn, weakest_for, user_turns)
    sources: dict[str, int] = {}
    for turn in turns:
        # The opening line is always authored: it says nothing about the voice.
        if turn.role == "persona" and turn.source and turn.reaction != "opening":
            sources[turn.source] = sources.get(turn.source, 0) + 1
    return Debrief(
        scenario_id=scenario.id,
        scenario_title=scenario.title,
        outcome=outcome,
        turns=turn_scores,
        coverage=coverage,
        coverage_totals=totals,
        strongest=strongest,
        weakest=weakest,
        improvements=improvements,
        next_steps=_next_steps(scenario, outcome, stage.hint, improvements, other_scenarios),
        persona_sources=sources,
    )


def _tried(turn: TurnRecord) -> list[str]:
    """The rubrics the turn is judged on: those whose job it tried, or all of them when it
    tried none but went wrong in a way they measure; none when it did another job."""
    results = _rule_results(turn)
    tried = tried_rubrics(turn.text, results)
    if tried:
        return tried
    flags = set((turn.signals or {}).get("flags", []))
    return list(results) if flags & _WENT_WRONG else []


def _judged(score: TurnScore, rubrics: Sequence[str]) -> TurnScore:
    """The turn's score on `rubrics` only."""
    kept = {rubric: s for rubric, s in score.scores.items() if rubric in rubrics}
    maximum = sum(s["max"] for s in kept.values())
    ratio = sum(s["total"] for s in kept.values()) / maximum if maximum else 0.0
    return score.model_copy(update={"scores": kept, "ratio": ratio})


def _weak_candidates(
    attempts: Sequence[TurnScore], turns: Sequence[TurnScore], user_turns: Sequence[TurnRecord]
) -> list[TurnScore]:
    """The attempts that miss a criterion no earlier turn (of any kind) brought to 2, or that
    show a habit the scorer flags (a label is a weak line whatever came before it)."""
    kept = []
    for attempt in attempts:
        results = _rule_results(user_turns[attempt.turn - 1])
        if any(result.get("flags") for result in results.values()):
            kept.append(attempt)
            continue
        met_before = {
            (rubric, criterion)
            for turn in turns[: attempt.turn - 1]
            for rubric, score in turn.scores.items()
            for criterion, level in score["criteria"].items()
            if level == 2
        }
        if any(
            level < 2 and (rubric, criterion) not in met_before
            for rubric, score in attempt.scores.items()
            for criterion, level in score["criteria"].items()
        ):
            kept.append(attempt)
    return kept


def _weakest_on(rubric: str, attempts: Sequence[TurnScore]) -> TurnScore | None:
    """The weakest turn that tried `rubric`, judged on it alone (the earliest of equals)."""
    tried = [a for a in attempts if rubric in a.scores]
    return min(
        tried,
        key=lambda a: (a.scores[rubric]["total"] / (a.scores[rubric]["max"] or 1), a.turn),
        default=None,
    )


def _turn_score(number: int, turn: TurnRecord) -> TurnScore:
    scores: dict[str, dict[str, Any]] = {}
    total = maximum = 0
    for rubric, result in _rule_results(turn).items():
        criteria = {c["id"]: c["score"] for c in result["criteria"]}
        scores[rubric] = {"total": result["total"], "max": result["max"], "criteria": criteria}
        total += result["total"]
        maximum += result["max"]
    return TurnScore(
        turn=number, text=turn.text, scores=scores, ratio=total / maximum if maximum else 0.0
    )


def criteria_coverage(scenario: Scenario, user_turns: Sequence[TurnRecord]) -> list[Coverage]:
    """Per criterion, the best level reached in any turn: an element stated once counts.

    Of the turns at that level, the first that tried the rubric's job is quoted: the deadline of
    the ask ("by Wednesday"), not a date said while setting the scene ("live before June 1").
    """
    tried: dict[int, list[str]] = {}  # by turn number, read only where turns tie

    def tried_by(number: int) -> list[str]:
        if number not in tried:
            turn = user_turns[number - 1]
            tried[number] = tried_rubrics(turn.text, _rule_results(turn))
        return tried[number]

    items = []
    for rubric_id in scenario.rubrics:
        rubric = get_rubric(rubric_id)
        for criterion in rubric.criteria:
            reached = []
            for number, turn in enumerate(user_turns, start=1):
                result = _rule_results(turn).get(rubric_id)
                if result:
                    scored = next(c for c in result["criteria"] if c["id"] == criterion.id)
                    reached.append((scored["score"] or 0, number, scored))
            best = max((level for level, _, _ in reached), default=0)
            item = Coverage(rubric=rubric_id, criterion=criterion.id, name=criterion.name, best=0)
            if best:
                at_best = [(number, scored) for level, number, scored in reached if level == best]
                number, scored = at_best[0]
                if len(at_best) > 1:
                    number, scored = next(
                        ((n, s) for n, s in at_best if rubric_id in tried_by(n)), at_best[0]
                    )
                evidence = " … ".join(span["text"] for span in scored.get("evidence", []))
                item = item.model_copy(
                    update={"best": best, "turn": number, "evidence": evidence or None}
                )
            items.append(item)
    return items


def _extremes(turn_scores: Sequence[TurnScore]) -> tuple[QuotedTurn | None, QuotedTurn | None]:
    if not turn_scores:
        return None, None

    def quoted(score: TurnScore) -> QuotedTurn:
        total = sum(s["total"] for s in score.scores.values())
        maximum = sum(s["max"] for s in score.scores.values())
        return QuotedTurn(
            turn=score.turn,
            text=quote(score.text),
            total=total,
            max=maximum,
            rubrics=list(score.scores),
        )

    best = max(turn_scores, key=lambda s: (s.ratio, -s.turn))
    worst = min(turn_scores, key=lambda s: (s.ratio, s.turn))
    # With one turn (or all equal) it is both: the improvements still rewrite it.
    return quoted(best), quoted(worst)


def _improvements(
    scenario: Scenario,
    coverage: Sequence[Coverage],
    weakest: TurnRecord | None,
    weakest_for: Mapping[str, TurnRecord],
    user_turns: Sequence[TurnRecord],
) -> list[Improvement]:
    """Up to three: what no turn brought to 2, then habits the scorer flagged.

    A criterion some turn already reached is not a gap: re-scoring a turn that
    did another job (listening, agreeing a next step) would invent advice. A
    gap is shown on the weakest turn that tried its rubric (`weakest_for`),
    else on the weakest turn of all.
    """
    if weakest is None:
        return []
    improvements = []
    for item in sorted((c for c in coverage if c.best < 2), key=lambda c: c.best)[:3]:
        line = weakest_for.get(item.rubric, weakest)
        criteria = _rule_results(line).get(item.rubric, {}).get("criteria", [])
        scored = next((c for c in criteria if c["id"] == item.criterion), None)
        advice = (scored or {}).get("advice") or GENERIC_ADVICE[(item.rubric, item.criterion)]
        improvements.append(
            Improvement(
                rubric=item.rubric,
                criterion=item.criterion,
                name=item.name,
                advice=advice,
                original=quote(line.text),
                example=rewrite_example(
                    _without_judgments(line) if item.criterion == "behavior" else line.text,
                    item.rubric,
                    item.criterion,
                    scenario,
                ),
            )
        )
    for habit in _habits(user_turns):
        if len(improvements) >= 3:
            break
        improvements.append(habit)
    return improvements


_JUDGMENTS = frozenset({"label", "assumed_intent", "sarcasm"})


def _without_judgments(turn: TurnRecord) -> str:
    """The turn without the sentences that judge the person, for an example of behaviour: its
    advice says to drop "you were kind of rude", so the example must not keep it. A turn that is
    all judgment keeps its words, the judgment replaced by what to say instead."""
    judged = [
        flag["span"]
        for result in _rule_results(turn).values()
        for flag in result.get("flags", [])
        if flag["kind"] in _JUDGMENTS
    ]
    if not judged:
        return turn.text
    kept = [
        turn.text[start:end]
        for start, end in analyse(turn.text).sentences
        if not any(start <= span["start"] < end for span in judged)
    ]
    if kept:
        return " ".join(kept)
    first = min(judged, key=lambda span: span["start"])
    return turn.text[: first["start"]] + HABIT_REPLACEMENTS["label"] + turn.text[first["end"] :]


HABITS = {
    "hedging": (
        "Hedging",
        "Say it plainly: hedges blur the message and invite a debate about whether it happened.",
    ),
    "absolute": (
        "Absolutes",
        "Swap “always” and “never” for how often, exactly: absolutes start an argument about the exceptions.",
    ),
    "label": (
        "Labels",
        "Describe what they did instead of what they are: a label is heard as a verdict on the person.",
    ),
    "assumed_intent": (
        "Mind-reading",
        "Say what you saw, not why they did it: guessed motives put people on the defence.",
    ),
    "sarcasm": (
        "Sarcasm",
        "Say what you mean directly: sarcasm and rhetorical questions are heard as contempt.",
    ),
    "multiple_topics": (
        "One topic",
        "Keep to one topic per conversation: a second one dilutes the first.",
    ),
}
HABIT_REPLACEMENTS = {
    "hedging": "",
    "absolute": "<how often, exactly>",
    "label": "<what they did>",
    "assumed_intent": "<what you saw>",
}


def _habits(user_turns: Sequence[TurnRecord]) -> list[Improvement]:
    """One improvement per kind of flag the scorer raised, on the first turn that showed it."""
    found: dict[str, Improvement] = {}
    for turn in user_turns:
        for rubric_id, result in _rule_results(turn).items():
            for flag in result.get("flags", []):
                kind = flag["kind"]
                if kind in found or kind not in HABITS:
                    continue
                name, advice = HABITS[kind]
                span = flag["span"]
                example = turn.text
                if kind in HABIT_REPLACEMENTS:
                    example = (
                        turn.text[: span["start"]]
                        + HABIT_REPLACEMENTS[kind]
                        + turn.text[span["end"] :]
                    )
                    example = " ".join(example.replace(" ,", ",").split())
                    example = example[:1].upper() + example[1:]
                found[kind] = Improvement(
                    rubric=rubric_id,
                    criterion=kind,
                    name=name,
                    advice=f"{advice} You said “{span['text']}”.",
                    original=quote(turn.text),
                    example=quote(example),
                )
    return list(found.values())


def _next_steps(
    scenario: Scenario,
    outcome: Outcome,
    stage_hint: str,
    improvements: Sequence[Improvement],
    others: Sequence[tuple[str, str, str, int]],
) -> list[str]:
    steps = []
    if not outcome.success:
        steps.append(
            f"Retry “{scenario.title}”. You stopped at stage {outcome.stage_number} of "
            f"{outcome.stages} ({outcome.stage}): {stage_hint}"
        )
    if improvements:
        first = improvements[0]
        steps.append(
            f"Practise {first.name} in Quick score before the real conversation: {first.advice}"
        )
    if outcome.success:
        harder = [o for o in others if o[0] != scenario.id and o[3] > scenario.difficulty]
        same_kind = [o for o in harder if o[2] == scenario.category]
        candidates = same_kind or harder or [o for o in others if o[0] != scenario.id]
        if candidates:
            pick = candidates[0]
            steps.append(f"Try “{pick[1]}” next (difficulty {pick[3]}).")
        steps.append("Rehearse this one again with a capable model for a less predictable persona.")
    return steps
