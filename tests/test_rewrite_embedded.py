"""One run of the real embedded model (SmolLM2): the whole rewrite path, offline."""

from __future__ import annotations

import pytest

from rehearse.config import EMBEDDED_MODEL, load_settings
from rehearse.rewrite import rewrite


@pytest.mark.embedded
def test_embedded_rewrite_offers_a_version_without_fact_problems_first() -> None:
    settings = load_settings(model=EMBEDDED_MODEL)
    original = "The p95 latency of the checkout API is 800 ms since the v2.3.1 deploy."
    result = rewrite(original, "product", settings)
    assert result.model_error is None, result.model_error
    assert {c.source for c in result.candidates} == {"model", "plain"}
    # The tiny model's rewrite is unreliable; the one offered first has no fact problem
    # whenever some candidate has none (the plain version always qualifies).
    assert result.best.checks.facts_ok
    assert result.best.checks.grade_after <= min(
        c.checks.grade_after for c in result.candidates if c.checks.facts_ok
    )
