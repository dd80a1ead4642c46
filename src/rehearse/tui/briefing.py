"""A scenario's briefing as Markdown: what the user may know before the conversation.

Never the persona's hidden concern, the stage directions, lines or hints:
finding those out is the rehearsal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rehearse.rubrics import get_rubric
from rehearse.tui.formatting import difficulty_dots, md_escape

if TYPE_CHECKING:
    from collections.abc import Mapping

    from rehearse.scenarios import Scenario


def briefing_markdown(scenario: Scenario, categories: Mapping[str, str]) -> str:
    persona = scenario.persona
    user = scenario.user
    category = categories.get(scenario.category, scenario.category)
    lines = [
        f"## {md_escape(scenario.title)}",
        "",
        f"_{md_escape(category)} · difficulty {difficulty_dots(scenario.difficulty)} · "
        f"{scenario.turn_limit} turns at most_",
        "",
        md_escape(scenario.summary),
        "",
        "### You",
        "",
        f"**Role:** {md_escape(user.role)}",
        "",
        f"**Goal:** {md_escape(user.goal)}",
        "",
        "**What you know:**",
        "",
        *(f"- {md_escape(item)}" for item in user.context),
        "",
        f"### {md_escape(persona.name)}",
        "",
        f"{md_escape(persona.role)}; {md_escape(persona.seniority)}.",
        "",
        f"- **Traits:** {md_escape(', '.join(persona.traits))}",
        f"- **Cares about:** {md_escape('; '.join(persona.cares_about))}",
        f"- **Speaks:** {md_escape(persona.speaking_style)}",
        "",
        "### How you are scored",
        "",
    ]
    for rubric_id in scenario.rubrics:
        rubric = get_rubric(rubric_id)
        names = ", ".join(c.name for c in rubric.criteria)
        lines.append(f"- **{md_escape(rubric.name)}**: {md_escape(names)}, each 0 to 2.")
    lines += ["", "### How it starts", ""]
    if scenario.opening.speaker == "persona":
        lines.append(f"{md_escape(persona.name)} speaks first.")
    else:
        lines.append(f"You speak first: {md_escape(scenario.opening.line)}")
    return "\n".join(lines) + "\n"
