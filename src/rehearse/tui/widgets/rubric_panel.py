"""Each rubric criterion as a 0-2 meter, with the user's words as evidence and advice."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping, Sequence

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from rehearse.rubrics import get_rubric
from rehearse.scoring.result import RubricResult
from rehearse.tui.formatting import meter

FLAG_NAMES = {
    "absolute": "absolute",
    "label": "label",
    "assumed_intent": "assumed intent",
    "hedging": "hedging",
    "sarcasm": "sarcasm",
    "multiple_topics": "several topics",
}


def rubric_content(
    rubric_id: str,
    result: RubricResult | None,
    *,
    in_conversation: bool = False,
    met_earlier: Collection[str] = (),
) -> Content:
    """One rubric: a heading with the total, then a line (or three) per criterion.

    In a conversation, a turn that earns nothing (a question, listening) gets
    one piece of advice, not one per criterion: six reminders after "How are
    you finding the standups?" read as a scolding for a good opener. The advice
    is for a criterion no earlier turn has met (`met_earlier`, criterion ids):
    after a full SBI opener, "say when and where it happened" would be wrong.
    For the same reason any turn's gap that an earlier turn met says so instead
    of repeating advice the user has already followed.
    """
    rubric = get_rubric(rubric_id)
    nothing_yet = in_conversation and result is not None and result.total == 0
    # SMARTT reads an ask: a turn that sets the scene without one gets the same single
    # piece of advice, even when its reason or a date scored on their own.
    no_ask = (
        in_conversation
        and result is not None
        and not nothing_yet
        and any(c.id == "specific" and c.score == 0 for c in result.criteria)
    )
    total = f"{result.total}/{result.max}" if result else f"–/{rubric.max_total}"
    lines: list[Content] = [
        Content.assemble((rubric_id.upper(), "bold"), "  ", (total, "bold $accent"))
    ]
    for criterion in rubric.criteria:
        scored = (
            next((c for c in result.criteria if c.id == criterion.id), None) if result else None
        )
        level = scored.score if scored else 0
        lines.append(
            Content.assemble(meter(level if result else 0), " ", criterion.name)
            if result
            else Content.assemble(("··", "$text-muted"), " ", (criterion.name, "$text-muted"))
        )
        if scored and scored.evidence:
            quoted = " … ".join(span.text for span in scored.evidence)
            lines.append(Content.styled(f"   “{quoted}”", "italic $text-muted"))
        if scored and scored.advice and (scored.score or 0) < 2 and not (nothing_yet or no_ask):
            if criterion.id in met_earlier:
                lines.append(Content.styled("   ✓ met in an earlier turn", "$text-muted"))
            else:
                lines.append(Content.styled(f"   → {scored.advice}", "$text-primary"))
    if (nothing_yet or no_ask) and result is not None:
        first = next(
            (c.advice for c in result.criteria if c.advice and c.id not in met_earlier), None
        )
        lines.append(Content(""))
        lines.append(
            Content.styled(
                "Nothing here to score yet, which is fine for a question or a listening "
                "turn: the debrief keeps each criterion's best turn."
                if nothing_yet
                else "No ask in this turn, which is fine for a question or while you set "
                "the scene: the debrief keeps each criterion's best turn.",
                "$text-muted",
            )
        )
        if first:
            lines.append(Content.styled(f"When you get to it: {first}", "$text-primary"))
        elif met_earlier:
            lines.append(Content.styled("Every criterion is met in an earlier turn.", "$success"))
    # The same word flagged twice ("Always ... always") is one line, counted, as first said.
    flagged: Counter[tuple[str, str]] = Counter()
    said: dict[tuple[str, str], str] = {}
    for flag in result.flags if result else ():
        key = (FLAG_NAMES.get(flag.kind, flag.kind), flag.span.text.lower())
        flagged[key] += 1
        said.setdefault(key, flag.span.text)
    for (name, text), times in flagged.items():
        count = f" ×{times}" if times > 1 else ""
        lines.append(Content.styled(f"⚑ {name}: “{said[name, text]}”{count}", "$warning"))
    return Content("\n").join(lines)


def rubric_guide(rubric_id: str) -> Content:
    """Before anything is typed: what each criterion asks."""
    rubric = get_rubric(rubric_id)
    lines = [Content.styled(rubric.name, "bold"), Content.styled(rubric.purpose, "$text-muted")]
    for criterion in rubric.criteria:
        lines += [Content(""), Content.styled(criterion.name, "bold"), Content(criterion.question)]
    return Content("\n").join(lines)


class RubricPanel(VerticalScroll):
    """The last scored turn, one block per rubric the scenario uses."""

    can_focus = False

    def __init__(self, rubrics: Sequence[str], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rubrics = list(rubrics)

    def compose(self) -> ComposeResult:
        yield Static(Content.styled("Your last turn", "$text-muted"), classes="caption")
        for rubric in self.rubrics:
            yield Static(rubric_content(rubric, None), classes="rubric", id=f"rubric-{rubric}")

    def show(
        self,
        results: Mapping[str, RubricResult] | None,
        met_earlier: Mapping[str, Collection[str]] | None = None,
    ) -> None:
        """`met_earlier`: per rubric, the criteria some turn has already brought to 2."""
        for rubric in self.rubrics:
            result = (results or {}).get(rubric)
            self.query_one(f"#rubric-{rubric}", Static).update(
                rubric_content(
                    rubric,
                    result,
                    in_conversation=True,
                    met_earlier=(met_earlier or {}).get(rubric, ()),
                )
            )
