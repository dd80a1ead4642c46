"""What the home screen says about the highlighted scenario (never its hidden parts)."""

from __future__ import annotations

from collections.abc import Mapping

from textual.content import Content
from textual.widgets import Static

from rehearse.tui.formatting import difficulty_dots, outcome_label, short_date, totals_text
from rehearse.tui.library import Entry


def card_content(entry: Entry, categories: Mapping[str, str]) -> Content:
    scenario = entry.scenario
    persona = scenario.persona
    facts = " · ".join(
        (
            categories.get(scenario.category, scenario.category),
            f"difficulty {difficulty_dots(scenario.difficulty)}",
            " ".join(r.upper() for r in scenario.rubrics),
            f"{scenario.turn_limit} turns",
        )
    )
    if entry.last:
        last = entry.last
        when = Content.assemble(
            ("Last time: ", "bold"),
            " · ".join(
                part
                for part in (
                    outcome_label(last.status),
                    totals_text(last.totals),
                    short_date(last.date),
                )
                if part
            ),
        )
    else:
        when = Content.styled("Not rehearsed yet.", "$text-muted")
    lines = [
        Content.styled(scenario.title, "bold $accent"),
        Content.styled(facts, "$text-muted"),
        Content(""),
        Content(scenario.summary),
        Content(""),
        Content.assemble(("You: ", "bold"), scenario.user.role),
        Content.assemble(("With: ", "bold"), f"{persona.name}, {persona.role}"),
        Content(""),
        when,
    ]
    if entry.source == "user":
        lines.append(Content.styled("Your own scenario.", "$text-muted"))
    lines += [Content(""), Content.styled("Enter reads the briefing.", "$text-muted")]
    return Content("\n").join(lines)


class ScenarioCard(Static):
    def show(self, entry: Entry | None, categories: Mapping[str, str], query: str = "") -> None:
        if entry is None:
            text = f"No scenario matches “{query}”." if query else "No scenarios found."
            self.update(Content.styled(text, "$text-muted"))
        else:
            self.update(card_content(entry, categories))
