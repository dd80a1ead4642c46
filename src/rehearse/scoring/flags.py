"""The flags a rubric result reports beside its scores (they do not change them)."""

from __future__ import annotations

from rehearse.scoring.detectors.absolutes import absolutes
from rehearse.scoring.detectors.friction import topic_switches
from rehearse.scoring.detectors.hedges import hedges
from rehearse.scoring.detectors.intent import assumed_intent
from rehearse.scoring.detectors.labels import negative_labels, trait_praise
from rehearse.scoring.detectors.sarcasm import sarcasm
from rehearse.scoring.result import Flag, FlagKind, Span
from rehearse.scoring.text import Doc, dedupe, memoised

_DETECTORS: tuple[tuple[FlagKind, object], ...] = (
    ("absolute", absolutes),
    ("label", lambda doc: negative_labels(doc) + trait_praise(doc)),
    ("assumed_intent", assumed_intent),
    ("hedging", hedges),
    ("sarcasm", sarcasm),
    ("multiple_topics", topic_switches),
)


@memoised("rubric_flags")
def rubric_flags(doc: Doc) -> list[Flag]:
    flags: list[Flag] = []
    for kind, detector in _DETECTORS:
        spans: list[Span] = detector(doc)  # type: ignore[operator]
        flags.extend(Flag(kind=kind, span=span) for span in dedupe(spans))
    return sorted(flags, key=lambda flag: flag.span.start)
