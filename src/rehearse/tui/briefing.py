"""A scenario's briefing: what the user may know before the conversation.

Never the persona's hidden concern, the stage directions, lines or hints:
finding those out is the rehearsal. Built as styled text rather than Markdown:
one widget instead of one per block keeps the screen quick to open.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from textual.content import Content

from rehearse.rubrics import get_rubric
from rehearse.tui.formatting import difficulty_dots

if TYPE_CHECKING:
    from rehearse.scenarios import Scenario

HEADING = "bold $accent"


def _field(name: str, value: str) -> Content:
    return Content.assemble((f"{name}: ", "bold"), value)


def briefing_content(scenario: Scenario, categories: Mapping[str, str]) -> Content:
    persona = scenario.persona
    user = scenario.user
    category = categories.get(scenario.category, scenario.category)
    opening = (
        f"{persona.name} speaks first."
        if scenario.opening.speaker == "persona"
        else f"You speak first: {scenario.opening.line}"
    )
    lines: list[Content] = [
        Content.styled(scenario.title, "bold $text-accent"),
        Content.styled(
            f"{category} · difficulty {difficulty_dots(scenario.difficulty)} · "
            f"{scenario.turn_limit} turns at most · {opening}",
            "$text-muted",
        ),
        Content(""),
        Content(scenario.summary),
        Content(""),
        Content.styled("You", HEADING),
        _field("Role", user.role),
        _field("Goal", user.goal),
        Content.styled("What you know:", "bold"),
        *(Content.assemble("  • ", item) for item in user.context),
        Content(""),
        Content.styled(f"{persona.name}, {persona.role}", HEADING),
        Content.styled(persona.seniority, "$text-muted"),
        _field("Traits", ", ".join(persona.traits)),
        _field("Cares about", "; ".join(persona.cares_about)),
        _field("Speaks", persona.speaking_style),
        Content(""),
        Content.styled("How you are scored", HEADING),
    ]
    for rubric_id in scenario.rubrics:
        rubric = get_rubric(rubric_id)
        lines.append(Content.assemble("  • ", (rubric.name, "bold"), f": {rubric.purpose}"))
    lines.append(
        Content.styled(
            "Each criterion scores 0 to 2, with your own words as evidence.", "$text-muted"
        )
    )
    return Content("\n").join(lines)
