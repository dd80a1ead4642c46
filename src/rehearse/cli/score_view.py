"""The readable view of a rubric result: the text with its evidence marked, a table, the advice.

Colour and bold only when the output is a terminal; otherwise plain text with
the evidence shown in the table (and marked [like this] in the text).
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable

from rehearse.rubrics import get_rubric
from rehearse.scoring.result import CriterionScore, RubricResult, Span

_RESET = "\033[0m"
_BOLD = "\033[1m"
_DIM = "\033[2m"
# One colour per criterion, in rubric order (cycled).
_COLOURS = ("\033[36m", "\033[33m", "\033[35m", "\033[32m", "\033[34m", "\033[31m")
_WIDTH = 92


def render_result(
    text: str, rules: RubricResult, judged: RubricResult | None = None, *, color: bool = False
) -> str:
    rubric = get_rubric(rules.rubric)
    style = _Style(color)
    lines = [
        style.bold(rubric.name)
        + f"   rules {rules.total}/{rules.max}"
        + (f"   judge ({judged.scorer}) {judged.total}/{judged.max}" if judged else ""),
        "",
    ]
    lines += _indent(_marked_text(text, rules, style), "  ")
    lines.append("")
    name_width = max(len(c.name) for c in rubric.criteria)
    header = f"  {'criterion':<{name_width}}  rules" + ("  judge" if judged else "")
    lines.append(style.dim(header + "  evidence / advice"))
    for index, criterion in enumerate(rubric.criteria):
        score = rules.criterion(criterion.id)
        judge_score = judged.criterion(criterion.id) if judged else None
        colour = _COLOURS[index % len(_COLOURS)]
        left = f"  {criterion.name:<{name_width}}  {_level(score):>5}"
        if judged:
            left += f"  {_level(judge_score):>5}" if judge_score else "       "
        indent = " " * (len(left) + 2)
        if score.evidence:
            lines += _wrapped(left, _evidence(score.evidence), indent, style.painter(colour))
        else:
            lines += _wrapped(left, "(no evidence)", indent, style.dim)
        if score.advice:
            lines += _wrapped(indent[:-2], "→ " + score.advice, indent, str)
        if judge_score is not None:
            lines += _judge_lines(judge_score, indent, style)
    if rules.flags:
        lines.append("")
        flags = " · ".join(
            f"{flag.kind.replace('_', ' ')} “{flag.span.text}”" for flag in rules.flags
        )
        lines += textwrap.wrap(
            "flags: " + flags, width=_WIDTH, initial_indent="  ", subsequent_indent="         "
        )
    return "\n".join(lines)


def _judge_lines(score: CriterionScore, indent: str, style: _Style) -> list[str]:
    if score.abstained:
        return _wrapped(indent[:-2], f"judge abstained: {score.reasoning}", indent, style.dim)
    lines: list[str] = []
    if score.evidence:
        lines += _wrapped(indent[:-2], "judge: " + _evidence(score.evidence), indent, style.dim)
    if score.reasoning:
        lines += _wrapped(indent[:-2], "judge: " + score.reasoning, indent, style.dim)
    return lines


def _level(score: CriterionScore | None) -> str:
    if score is None or score.score is None:
        return "—"
    return f"{score.score}/{score.max}"


def _evidence(spans: list[Span]) -> str:
    return ", ".join(f"“{span.text}”" for span in spans)


def _wrapped(left: str, body: str, indent: str, paint: Callable[[str], str]) -> list[str]:
    """`left` then `body` wrapped to the width, each line painted (colour never splits a code)."""
    width = max(30, _WIDTH - len(indent))
    first, *rest = textwrap.wrap(body, width=width) or [""]
    return [f"{left}  {paint(first)}"] + [indent + paint(chunk) for chunk in rest]


def _marked_text(text: str, rules: RubricResult, style: _Style) -> list[str]:
    """The user's text with every evidence span highlighted (bold colour, or [brackets])."""
    spans: list[tuple[int, int, str]] = []
    for index, criterion in enumerate(rules.criteria):
        colour = _COLOURS[index % len(_COLOURS)]
        spans += [(span.start, span.end, colour) for span in criterion.evidence]
    spans.sort()
    pieces: list[str] = []
    cursor = 0
    for start, end, colour in spans:
        if start < cursor:  # overlapping evidence: the first one wins
            continue
        pieces.append(text[cursor:start])
        pieces.append(style.mark(text[start:end], colour))
        cursor = end
    pieces.append(text[cursor:])
    marked = "".join(pieces)
    lines: list[str] = []
    for paragraph in marked.splitlines() or [""]:
        lines += textwrap.wrap(paragraph, width=_WIDTH, break_long_words=False) or [""]
    return lines


def _indent(lines: list[str], prefix: str) -> list[str]:
    return [prefix + line for line in lines]


class _Style:
    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def bold(self, text: str) -> str:
        return f"{_BOLD}{text}{_RESET}" if self.enabled else text

    def dim(self, text: str) -> str:
        return f"{_DIM}{text}{_RESET}" if self.enabled else text

    def colour(self, text: str, colour: str) -> str:
        return f"{colour}{text}{_RESET}" if self.enabled else text

    def painter(self, colour: str) -> Callable[[str], str]:
        return lambda text: self.colour(text, colour)

    def mark(self, text: str, colour: str) -> str:
        return f"{_BOLD}{colour}{text}{_RESET}" if self.enabled else f"[{text}]"
