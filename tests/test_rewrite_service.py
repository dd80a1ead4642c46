"""rewrite(): the model path (scripted fake provider), the plain fallback, the ordering."""

from __future__ import annotations

import pytest
import tenacity

from rehearse.config import Settings, load_settings
from rehearse.model import Gateway
from rehearse.rewrite import RewriteCancelled, rewrite
from rehearse.rewrite.analysis import analyze
from rehearse.rewrite.model_rewrite import build_messages, clean_reply
from tests import fakes

ORIGINAL = (
    "The p95 latency on the checkout API regressed to 800 ms after the v2.3.1 deploy; "
    "we need 2 sprints to refactor the ORM layer before the Q1 launch."
)
FAITHFUL = (
    "Since the v2.3.1 release, checkout has become slower: the p95 response time is now 800 ms. "
    "We need 2 sprints to clean up the code before the Q1 launch."
)
LOSSY = (
    "Checkout got slower after the last release. We need time to fix it, maybe 80% of a quarter."
)


class EmbeddedLikeGateway(Gateway):
    """The scripted fake provider, treated like the embedded model (unreliable rewrites)."""

    @property
    def is_embedded(self) -> bool:
        return True


def fake_settings() -> Settings:
    return load_settings(model=fakes.MODEL, retries=0)


def gateway(cls: type[Gateway] = Gateway) -> Gateway:
    return cls(fake_settings(), wait=tenacity.wait_none())


def test_a_capable_model_rewrite_comes_first_with_the_plain_version_as_alternative(
    fake_model: fakes.ScriptedModel,
) -> None:
    fake_model.enqueue(FAITHFUL)
    result = rewrite(ORIGINAL, "product", fake_settings(), gateway=gateway())
    assert result.best.source == "model" and result.best.text == FAITHFUL
    assert result.best.checks.facts_ok
    assert [c.source for c in result.alternatives] == ["plain"]
    assert result.model_error is None
    payload = result.as_json()
    assert list(payload) == ["audience", "original", "rewrite", "source", "alternatives", "checks"]
    assert list(payload["checks"]) == [
        "jargon_before",
        "jargon_after",
        "jargon_explained",
        "grade_before",
        "grade_after",
        "missing_facts",
        "added_facts",
    ]
    assert list(payload["alternatives"][0]) == ["rewrite", "source", "checks"]
    assert payload["checks"]["jargon_before"][0] == {
        "term": "p95",
        "plain": "a response time that nearly all requests beat; only the slowest few take longer",
    }


def test_the_prompt_carries_the_audience_the_facts_and_the_message(
    fake_model: fakes.ScriptedModel,
) -> None:
    fake_model.enqueue(FAITHFUL)
    rewrite(ORIGINAL, "executive", fake_settings(), buy_in=True, gateway=gateway())
    [call] = fake_model.calls
    system, user = call["messages"][0]["content"], call["messages"][1]["content"]
    assert "executive" in system and "win their support" in system
    assert "800 ms" in system and "v2.3.1" in system and "Q1" in system
    assert '"ORM" = object-relational mapper' in system
    assert user.endswith(ORIGINAL)


def test_a_lossy_model_rewrite_is_checked_and_each_problem_named(
    fake_model: fakes.ScriptedModel,
) -> None:
    fake_model.enqueue(LOSSY)
    result = rewrite(ORIGINAL, "product", fake_settings(), gateway=gateway())
    checks = result.best.checks
    assert result.best.source == "model"
    assert {f.text for f in checks.missing_facts} == {"p95", "800 ms", "v2.3.1", "2 sprints", "Q1"}
    assert [f.text for f in checks.added_facts] == ["80%"]


def test_with_an_unreliable_model_the_version_without_fact_problems_comes_first(
    fake_model: fakes.ScriptedModel,
) -> None:
    fake_model.enqueue(LOSSY)
    result = rewrite(ORIGINAL, "team", fake_settings(), gateway=gateway(EmbeddedLikeGateway))
    assert result.best.source == "plain" and result.best.checks.facts_ok
    assert [c.source for c in result.alternatives] == ["model"]
    system = fake_model.calls[0]["messages"][0]["content"]
    assert "800 ms" in system and "Jargon in this message" not in system  # compact for tiny models


def test_with_an_unreliable_model_a_faithful_plainer_rewrite_comes_first(
    fake_model: fakes.ScriptedModel,
) -> None:
    simple = (
        "Checkout is slow: the p95 is 800 ms since v2.3.1. We need 2 sprints before Q1 to fix it."
    )
    fake_model.enqueue(simple)
    result = rewrite(ORIGINAL, "team", fake_settings(), gateway=gateway(EmbeddedLikeGateway))
    assert result.best.source == "model"
    assert result.best.checks.grade_after < result.alternatives[0].checks.grade_after


def test_with_an_unreliable_model_an_echo_of_the_message_is_not_offered_first(
    fake_model: fakes.ScriptedModel,
) -> None:
    # Found in tmux: SmolLM2 handed this message back unchanged (bar the "~"), which keeps
    # every fact and the grade, and it was offered first because the plain version's
    # glosses raise the grade.
    original = (
        "The notification-svc has a heap leak; it OOMs every 4-6h and k8s restarts the pod, "
        "dropping all WebSocket conns for ~90s. Fix needs Elif and Sam for 6 days before the "
        "Apr 22 launch. On-call overtime is about $4,000/month."
    )
    fake_model.enqueue(original.replace("~", "") + "\n")
    result = rewrite(original, "executive", fake_settings(), gateway=gateway(EmbeddedLikeGateway))
    assert result.best.source == "plain"
    assert [c.source for c in result.alternatives] == ["model"]


def test_a_model_failure_gives_the_plain_version_and_says_why(
    fake_model: fakes.ScriptedModel,
) -> None:
    fake_model.enqueue(fakes.bad_request())
    result = rewrite(ORIGINAL, "customer", fake_settings(), gateway=gateway())
    assert result.best.source == "plain" and result.alternatives == ()
    assert result.model_error


def test_an_empty_model_reply_counts_as_a_failure(fake_model: fakes.ScriptedModel) -> None:
    fake_model.enqueue("Here is the rewrite:")
    result = rewrite(ORIGINAL, "customer", fake_settings(), gateway=gateway())
    assert result.best.source == "plain"
    assert result.model_error and "empty rewrite" in result.model_error


def test_streamed_text_reaches_the_caller_and_a_stop_request_cancels(
    fake_model: fakes.ScriptedModel,
) -> None:
    pieces: list[str] = []
    fake_model.enqueue(FAITHFUL)
    rewrite(ORIGINAL, "product", fake_settings(), gateway=gateway(), on_text=pieces.append)
    assert "".join(pieces) == FAITHFUL

    fake_model.enqueue(FAITHFUL)
    try:
        rewrite(ORIGINAL, "product", fake_settings(), gateway=gateway(), should_stop=lambda: True)
    except RewriteCancelled:
        pass
    else:
        raise AssertionError("should_stop did not cancel the rewrite")


def test_bad_input_is_refused_before_any_model_call(fake_model: fakes.ScriptedModel) -> None:
    for text, audience, message in (
        ("  \n", "product", "empty"),
        (ORIGINAL, "board", "unknown audience"),
    ):
        try:
            rewrite(text, audience, fake_settings(), gateway=gateway())
        except ValueError as error:
            assert message in str(error)
        else:
            raise AssertionError(f"{text!r}/{audience!r} was accepted")
    assert fake_model.calls == []


def test_replies_are_cleaned_of_wrapping() -> None:
    assert clean_reply('Here is the rewritten message:\n"Checkout is slow."') == "Checkout is slow."
    assert clean_reply("```\nCheckout is slow.\n```") == "Checkout is slow."
    assert clean_reply("Rewrite: Checkout is slow.") == "Checkout is slow."


def test_every_audience_renders_with_and_without_buy_in() -> None:
    analysis = analyze(ORIGINAL)
    for audience in ("executive", "product", "customer", "team"):
        for buy_in in (False, True):
            system = build_messages(analysis, audience, buy_in=buy_in)[0]["content"]
            assert ("win their support" in system) is buy_in
            assert "Keep every fact" in system


def test_jargon_explained_where_it_appears_is_told_apart_from_jargon_left() -> None:
    from rehearse.rewrite.checks import check_rewrite

    original = "The p95 latency regressed after the Redis failover; we need 2 sprints and an SLO."
    rewrite_text = (
        "The slowest checkouts (p95) got slower after the Redis switch-over. "
        "‘Redis’ means a fast data store. We need 2 sprints, meaning about a month. "
        "“SLO” means our promised API speed. The API (v2) is slow."
    )
    checks = check_rewrite(original, rewrite_text)
    explained = [j.term for j in checks.jargon_explained]
    assert "p95" in explained  # the slowest checkouts (p95)
    assert "Redis" in explained  # ‘Redis’ means …
    assert "sprints" in explained  # sprints, meaning …
    assert "SLO" in explained
    # Named inside another term's explanation, or followed by a version in parentheses: not explained.
    assert "API" in [j.term for j in checks.jargon_unexplained]
    assert all(j.term not in explained for j in checks.jargon_unexplained)
    assert checks.as_json()["jargon_explained"] == explained


def test_a_number_in_parentheses_explains_nothing() -> None:
    from rehearse.rewrite.checks import check_rewrite

    checks = check_rewrite("Checkout p95 is 300ms.", "Checkout p95 (300ms) is too slow.")
    assert [j.term for j in checks.jargon_explained] == []


def test_a_line_of_the_prompt_said_back_ends_the_reply() -> None:
    from rehearse.rewrite.model_rewrite import clean_reply

    echoed = "Checkout is slow.\n\nRewrite with the rewritten message only:\n\nCheckout is slow."
    assert clean_reply(echoed) == "Checkout is slow."
    assert clean_reply("Rewrite this message:\n\nCheckout is slow.") == "Checkout is slow."
    again = "Checkout is slow.\n\nRewrite with the requested formatting:\n\nCheckout is"
    assert clean_reply(again) == "Checkout is slow."
    # (a sentence that only mentions rewriting is the message)
    kept = "We will rewrite the billing service: it takes two sprints."
    assert clean_reply(kept) == kept


@pytest.mark.parametrize(
    ("reply", "cleaned"),
    [
        (
            "The deploy is paused.\nReply with the rewritten message only: no title, no notes.\n"
            "The deploy is paused.",
            "The deploy is paused.",
        ),
        ("Rewrite this message for a CEO: The deploy is paused.", "The deploy is paused."),
        # a heading of the message's own stays, with what follows it
        (
            "We need two things from each team.\nReply options:\n1. Keep the old flow",
            "We need two things from each team.\nReply options:\n1. Keep the old flow",
        ),
        (
            'Tell customers this.\nRespond to any customer who asks with:\n"Fixed by 5pm."',
            'Tell customers this.\nRespond to any customer who asks with:\n"Fixed by 5pm."',
        ),
    ],
)
def test_the_prompt_said_back_is_cut_and_the_message_headings_are_kept(
    reply: str, cleaned: str
) -> None:
    from rehearse.rewrite.model_rewrite import clean_reply

    assert clean_reply(reply) == cleaned


@pytest.mark.parametrize(
    ("reply", "cleaned"),
    [
        (
            "Rewrite this message handler so it retries failed invoices, by Thursday.",
            "Rewrite this message handler so it retries failed invoices, by Thursday.",
        ),
        ("Reply options:\n1. Yes\n2. No", "Reply options:\n1. Yes\n2. No"),
        (
            "The deploy is paused.\n\nRewrite with the requested formatting:\n**Update:** The deploy is paused.",
            "The deploy is paused.",
        ),
    ],
)
def test_a_message_that_opens_with_rewrite_or_reply_is_kept(reply: str, cleaned: str) -> None:
    from rehearse.rewrite.model_rewrite import clean_reply

    assert clean_reply(reply) == cleaned
