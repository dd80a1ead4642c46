"""Analysis never raises and stays linear, whatever the input."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rehearse.rewrite import analyze, check_rewrite, plain_version

# Characters the regexes care about, so that random text hits their edge cases.
TECHNICAL = st.sampled_from(
    [*"0123456789$€£%.,:;-–/_@#`'\"()+ \n\tkKmMsQpPvVxX", "am", "ms", "Q1", "v2."]
)


@settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.text(max_size=20_000))
def test_arbitrary_unicode_never_raises(text: str) -> None:
    analysis = analyze(text)
    plain = plain_version(text)
    checks = check_rewrite(text, plain)
    assert analysis.grade == checks.grade_before
    assert checks.missing_facts == ()


@settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.lists(TECHNICAL, max_size=4_000).map("".join))
def test_technical_noise_never_raises(text: str) -> None:
    analyze(text)
    check_rewrite(text, plain_version(text))


# Inputs that make a careless regex backtrack for minutes; each runs here once
# (a hang would show), and benchmarks/bench_rewrite.py times them. The fact-dense
# ones are shorter: thousands of facts cost time without any backtracking.
PATHOLOGICAL = {
    "digits": "1" * 20_000,
    "thousands": "1," * 10_000,
    "dots": "." * 20_000,
    "clock": "9:" * 4_000,
    "money ranges": "$1k-" * 2_000,
    "percents": "5%" * 4_000,
    "tickets": "#1" * 4_000,
    "number words": "two " * 2_000,
    "capitals": "A" * 20_000,
    "one long sentence": "The Payments team said p95 latency hit 800 ms on March 15; " * 330,
    "link": "http://" + "a" * 20_000,
    "e-mail": "a." * 10_000 + "@",
}


@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_pathological_inputs_complete(name: str) -> None:
    text = PATHOLOGICAL[name]
    analyze(text)
    plain_version(text)
