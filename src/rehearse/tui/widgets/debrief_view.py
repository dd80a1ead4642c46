"""The debrief as widgets: outcome, scorecard, quoted turns, improvements, next steps."""

from __future__ import annotations

from collections.abc import Iterator

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from rehearse.engine import Debrief
from rehearse.engine.debrief import (
    QuotedTurn,
    improvements_heading,
    nothing_to_change,
    nothing_to_change_text,
)
from rehearse.tui.formatting import meter
from rehearse.wording import count


def outcome_content(debrief: Debrief) -> Content:
    outcome = debrief.outcome
    verdict = (
        ("✓ Goal reached", "bold $success")
        if outcome.success
        else ("Not there yet", "bold $warning")
    )
    why = {"turn_limit": " (out of turns)", "ended": " (ended early)"}.get(outcome.status, "")
    return Content("\n").join(
        [
            Content.assemble(verdict, why),
            Content.styled(
                f"Stage {outcome.stage_number} of {outcome.stages} · {count(outcome.turns, 'turn')}",
                "$text-muted",
            ),
            Content(""),
            Content(outcome.summary),
        ]
    )


def scorecard_content(debrief: Debrief) -> Content:
    lines: list[Content] = []
    for rubric, (total, top) in debrief.coverage_totals.items():
        if lines:
            lines.append(Content(""))
        lines.append(
            Content.assemble((rubric.upper(), "bold"), "  ", (f"{total}/{top}", "bold $accent"))
        )
        for item in (c for c in debrief.coverage if c.rubric == rubric):
            where = f"  turn {item.turn}" if item.turn else ""
            lines.append(
                Content.assemble(meter(item.best), f" {item.name}", (where, "$text-muted"))
            )
            if item.evidence:
                lines.append(Content.styled(f"   “{item.evidence}”", "italic $text-muted"))
    return Content("\n").join(lines)


def quoted_score(debrief: Debrief, quoted: QuotedTurn) -> str:
    """ "1/6", or "SBI 1/6" when the scenario has more rubrics than the turn was judged on."""
    score = f"{quoted.total}/{quoted.max}"
    if quoted.rubrics and len(quoted.rubrics) < len(debrief.coverage_totals):
        return f"{' + '.join(r.upper() for r in quoted.rubrics)} {score}"
    return score


def quotes_content(debrief: Debrief) -> Content | None:
    lines: list[Content] = []
    pairs = [("Strongest", debrief.strongest), ("Weakest", debrief.weakest)]
    if debrief.strongest and debrief.weakest and debrief.strongest.turn == debrief.weakest.turn:
        pairs = [("Quoted", debrief.strongest)]  # one turn, or one that stood for all
    for label, quoted in pairs:
        if quoted is None:
            continue
        lines.append(
            Content.assemble(
                (f"{label} turn ({quoted.turn}, {quoted_score(debrief, quoted)}): ", "bold"),
                (f"“{quoted.text}”", "italic"),
            )
        )
    return Content("\n").join(lines) if lines else None


def improvements_content(debrief: Debrief) -> Content | None:
    if nothing_to_change(debrief):
        return Content.styled(nothing_to_change_text(debrief.outcome.success), "$text-muted")
    if not debrief.improvements:
        return None  # no turn to learn from
    lines: list[Content] = []
    for number, item in enumerate(debrief.improvements, start=1):
        if lines:
            lines.append(Content(""))
        lines.append(Content.assemble((f"{number}. {item.name}: ", "bold"), item.advice))
        lines.append(
            Content.assemble(("   Instead of: ", "$text-muted"), (f"“{item.original}”", "italic"))
        )
        lines.append(Content.assemble(("   Try: ", "$success"), (f"“{item.example}”", "italic")))
    return Content("\n").join(lines)


def sources_content(debrief: Debrief, persona: str) -> Content | None:
    sources = debrief.persona_sources
    if not sources:
        return None
    parts = [
        f"{count} from the {source}" if source == "model" else f"{count} scripted"
        for source, count in sorted(sources.items())
    ]
    return Content.styled(f"{persona}'s lines: {', '.join(parts)}.", "$text-muted")


def sections(debrief: Debrief, persona: str) -> Iterator[tuple[str, Content]]:
    """(heading, body) pairs; an empty heading means no heading."""
    yield "", outcome_content(debrief)
    yield "Scorecard (the best each criterion reached)", scorecard_content(debrief)
    quotes = quotes_content(debrief)
    if quotes is not None:
        yield "In your own words", quotes
    improvements = improvements_content(debrief)
    if improvements is not None:
        yield improvements_heading(len(debrief.improvements)), improvements
    if debrief.next_steps:
        yield "Next", Content("\n").join(Content(f"• {step}") for step in debrief.next_steps)
    if debrief.coach:
        yield f"Coach ({debrief.coach_model or 'model'})", Content(debrief.coach)
    source = sources_content(debrief, persona)
    if source is not None:
        yield "", source


class DebriefView(VerticalScroll):
    def __init__(self, debrief: Debrief, persona: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.debrief = debrief
        self.persona = persona

    def compose(self) -> ComposeResult:
        for index, (heading, body) in enumerate(sections(self.debrief, self.persona)):
            if heading:
                yield Static(Content.styled(heading, "bold $accent"), classes="section-heading")
            yield Static(body, classes="section" if heading or not index else "section note")
