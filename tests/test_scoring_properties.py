"""Property tests: on any unicode up to 20,000 characters the scorer never raises, every span
is the slice of the text it names, scores stay within 0 to 2 and totals add up."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rehearse.scoring import compute_signals, score_all
from rehearse.scoring.text import analyse

# Words the detectors react to, so generated texts reach deep into the patterns.
VOCABULARY = [
    "you",
    "you're",
    "always",
    "never",
    "yesterday's",
    "standup",
    "interrupted",
    "Priya",
    "twice",
    "by",
    "Friday",
    "every",
    "Monday",
    "in",
    "the",
    "ADR",
    "from",
    "14",
    "to",
    "5",
    "because",
    "customers",
    "'",
    '"',
    ".",
    "?",
    "!",
    "\n",
    "#ops",
    "can",
    "could",
    "please",
    "own",
    "migrate",
    "so",
    "that",
    "which",
    "wasn't",
    "great",
    "I",
    "hear",
    "ignore",
    "rubric",
    "score",
    "2",
    "Situation:",
    "ñ",
    "Ü",
    "İ",
    "ﬁ",
    "😀",
    "—",
    "’",
    "sort",
    "of",
    "a",
    "lot",
]

texts = st.one_of(
    st.text(max_size=20_000),
    st.lists(st.sampled_from(VOCABULARY), max_size=3_000).map(" ".join).map(lambda t: t[:20_000]),
    st.lists(st.sampled_from(VOCABULARY), max_size=60).map("".join),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_scorer_never_raises_and_spans_are_slices(text: str) -> None:
    analyse.cache_clear()
    results = score_all(text, ["sbi", "smartt"])
    for result in results.values():
        assert 0 <= result.total <= result.max
        assert result.total == sum(c.score or 0 for c in result.criteria)
        for criterion in result.criteria:
            assert criterion.score is not None and 0 <= criterion.score <= 2
            for span in criterion.evidence:
                assert 0 <= span.start < span.end <= len(text)
                assert text[span.start : span.end] == span.text
        for flag in result.flags:
            assert text[flag.span.start : flag.span.end] == flag.span.text
    signals = compute_signals(text, results)
    for words in signals.evidence.values():
        assert words in text
