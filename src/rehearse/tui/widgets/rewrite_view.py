"""A text with its jargon and facts marked, and a rewrite with its checks."""

from __future__ import annotations

from collections.abc import Iterable

from textual.binding import Binding
from textual.content import Content
from textual.widgets import Static

from rehearse.rewrite import Analysis, Candidate, Checks, Fact, Jargon, unchanged

JARGON_STYLE = "underline $warning"
FACT_STYLE = "bold $success"
SOURCES = {"model": "the model's rewrite", "plain": "plain-language version (no model)"}


def marked(text: str, jargon: Iterable[Jargon], facts: Iterable[Fact] = ()) -> Content:
    """The text with each jargon term underlined and each fact in bold."""
    content = Content(text)
    for fact in facts:
        content = content.stylize(FACT_STYLE, fact.start, fact.end)
    for term in jargon:
        for start, end in term.spans:
            content = content.stylize(JARGON_STYLE, start, end)
    return content


def analysis_content(analysis: Analysis) -> Content:
    lines = [
        marked(analysis.text, analysis.jargon, analysis.facts),
        Content(""),
        Content.assemble(
            ("Reading grade ", "$text-muted"),
            (f"{analysis.grade:.1f}", "bold"),
            ("  ·  ", "$text-muted"),
            (f"{len(analysis.facts)} facts", FACT_STYLE),
            ("  ·  ", "$text-muted"),
            (f"{len(analysis.jargon)} jargon terms", JARGON_STYLE),
        ),
    ]
    lines += [
        Content.assemble("  ", (term.term, JARGON_STYLE), f": {term.plain}")
        for term in analysis.jargon
    ]
    return Content("\n").join(lines)


def checks_content(checks: Checks) -> Content:
    if checks.facts_ok:
        facts = Content.styled("✓ every fact kept, none added", "$success")
    else:
        parts: list[str | tuple[str, str]] = [("✗ ", "$error")]
        if checks.missing_facts:
            missing = ", ".join(f"“{f.text}”" for f in checks.missing_facts)
            parts += [("missing: ", "bold $error"), missing]
        if checks.added_facts:
            if checks.missing_facts:
                parts.append("; ")
            added = ", ".join(f"“{f.text}”" for f in checks.added_facts)
            parts += [("added: ", "bold $error"), added]
        facts = Content.assemble(*parts)
    left = ", ".join(term.term for term in checks.jargon_unexplained)
    jargon = (
        Content.assemble(("jargon left: ", "$warning"), left)
        if left
        else Content.styled("no jargon left unexplained", "$success")
    )
    if checks.jargon_explained:
        explained = ", ".join(term.term for term in checks.jargon_explained)
        jargon = Content.assemble(jargon, ("; explained: ", "$text-muted"), explained)
    grade = Content.assemble(
        ("reading grade ", "$text-muted"),
        f"{checks.grade_before:.1f} → ",
        (f"{checks.grade_after:.1f}", "bold"),
    )
    return Content("\n").join([facts, jargon, grade])


class CandidateView(Static, can_focus=True):
    """One rewrite: focus it (Tab or a click) and press c to copy it."""

    BINDINGS = [Binding("c,enter", "copy", "Copy this one")]  # noqa: RUF012

    def __init__(
        self, candidate: Candidate, *, best: bool, model: str, original: str | None = None
    ) -> None:
        self.candidate = candidate
        source = SOURCES[candidate.source]
        if candidate.source == "model":
            source += f" ({model})"
        heading = Content.assemble(
            ("Suggested" if best else "Alternative", "bold $accent"), ("  " + source, "$text-muted")
        )
        if original is not None and candidate.source == "model" and unchanged(candidate, original):
            # (its checks pass only because nothing changed: say so before they are read)
            heading = Content.assemble(
                heading, ("  · unchanged: the model gave your message back", "$warning")
            )
        body = Content("\n").join(
            [
                heading,
                marked(candidate.text, candidate.checks.jargon_after),
                Content(""),
                checks_content(candidate.checks),
            ]
        )
        super().__init__(body, classes="candidate")

    def action_copy(self) -> None:
        self.app.copy_to_clipboard(self.candidate.text)
        self.notify("Copied to the clipboard.", timeout=3)
