"""The model gateway, against LiteLLM's mock_response and a scripted fake provider."""

from __future__ import annotations

from typing import Any

import pytest
import tenacity
from pydantic import BaseModel

from rehearse.config import load_settings
from rehearse.model import FailureKind, Gateway, ModelError, parse_json_reply
from tests import fakes

HELLO = [{"role": "user", "content": "hello"}]


class Verdict(BaseModel):
    quote: str
    score: int


def gateway(model: str = fakes.MODEL, **settings: Any) -> Gateway:
    return Gateway(load_settings(model=model, **settings), wait=tenacity.wait_none())


def mocked(reply: str) -> Gateway:
    return Gateway(
        load_settings(model="openai/gpt-4o-mini"), litellm_kwargs={"mock_response": reply}
    )


def test_mock_response_streams_and_completes() -> None:
    assert "".join(mocked("Fair enough, Marco here.").stream(HELLO)) == "Fair enough, Marco here."
    assert mocked("All good.").complete(HELLO) == "All good."


def test_stream_yields_pieces_as_they_arrive(fake_model: fakes.ScriptedModel) -> None:
    fake_model.enqueue("one two three")
    pieces = list(gateway().stream(HELLO))
    assert pieces == ["one ", "two ", "three"]
    assert fake_model.calls[0]["messages"] == HELLO


def test_settings_reach_the_provider(fake_model: fakes.ScriptedModel) -> None:
    gateway(temperature=0.3).complete(HELLO, max_tokens=42)
    params = fake_model.calls[0]["params"]
    assert params["temperature"] == 0.3
    assert params["max_tokens"] == 42


def test_two_rate_limits_then_success_makes_three_calls(fake_model: fakes.ScriptedModel) -> None:
    fake_model.enqueue(fakes.rate_limit(), fakes.rate_limit(), "finally")
    assert gateway(retries=2).complete(HELLO) == "finally"
    assert len(fake_model.calls) == 3


def test_retries_exhausted_say_how_often(fake_model: fakes.ScriptedModel) -> None:
    fake_model.enqueue(fakes.server_error(), fakes.server_error())
    with pytest.raises(ModelError) as caught:
        gateway(retries=1).complete(HELLO)
    assert caught.value.kind is FailureKind.SERVER
    assert "tried 2 times" in str(caught.value)
    assert len(fake_model.calls) == 2


def test_authentication_error_is_not_retried_and_says_what_to_do(
    fake_model: fakes.ScriptedModel,
) -> None:
    fake_model.enqueue(fakes.auth_error(), "never reached")
    with pytest.raises(ModelError) as caught:
        gateway(retries=3).complete(HELLO)
    assert len(fake_model.calls) == 1
    assert caught.value.kind is FailureKind.AUTH
    assert "check FAKE_API_KEY" in str(caught.value)


def test_bad_request_is_not_retried(fake_model: fakes.ScriptedModel) -> None:
    fake_model.enqueue(fakes.bad_request(), "never reached")
    with pytest.raises(ModelError) as caught:
        gateway(retries=3).complete(HELLO)
    assert caught.value.kind is FailureKind.BAD_REQUEST
    assert len(fake_model.calls) == 1


def test_missing_provider_key_is_named_before_any_call() -> None:
    with pytest.raises(ModelError, match="No API key for openai: set OPENAI_API_KEY"):
        gateway(model="openai/gpt-4o-mini").complete(HELLO)


def test_slow_provider_hits_the_timeout(fake_model: fakes.ScriptedModel) -> None:
    fake_model.enqueue(fakes.Slow(2.0), fakes.Slow(2.0))
    with pytest.raises(ModelError) as caught:
        gateway(request_timeout=0.2, retries=1).complete(HELLO)
    assert caught.value.kind is FailureKind.TIMEOUT
    assert "did not answer within 0.2 s" in str(caught.value)
    assert len(fake_model.calls) == 2  # a timeout is worth one more try


def test_stream_is_not_retried_after_text_was_shown(fake_model: fakes.ScriptedModel) -> None:
    fake_model.enqueue(fakes.Interrupted("half a reply", fakes.server_error()), "second try")
    shown: list[str] = []
    with pytest.raises(ModelError):
        for piece in gateway(retries=3).stream(HELLO):
            shown.append(piece)
    assert "".join(shown) == "half a reply"
    assert len(fake_model.calls) == 1


def test_stream_is_retried_before_anything_was_shown(fake_model: fakes.ScriptedModel) -> None:
    fake_model.enqueue(fakes.rate_limit(), "fresh start")
    assert "".join(gateway(retries=1).stream(HELLO)) == "fresh start"


def test_complete_json_validates(fake_model: fakes.ScriptedModel) -> None:
    fake_model.enqueue('Sure! ```json\n{"quote": "the sky", "score": 2}\n```')
    assert gateway().complete_json(HELLO, Verdict) == Verdict(quote="the sky", score=2)
    assert fake_model.calls[0]["params"]["response_format"] == {"type": "json_object"}
    assert "JSON schema" in fake_model.calls[0]["messages"][0]["content"]


def test_complete_json_repairs_once(fake_model: fakes.ScriptedModel) -> None:
    fake_model.enqueue('{"quote": "x"}', '{"quote": "x", "score": 1}')
    assert gateway().complete_json(HELLO, Verdict).score == 1
    repair_request = fake_model.calls[1]["messages"][-1]["content"]
    assert "score" in repair_request and "not valid" in repair_request


def test_complete_json_gives_up_after_one_repair(fake_model: fakes.ScriptedModel) -> None:
    fake_model.enqueue("no json here", "still none")
    with pytest.raises(ModelError) as caught:
        gateway().complete_json(HELLO, Verdict)
    assert caught.value.kind is FailureKind.INVALID_OUTPUT
    assert len(fake_model.calls) == 2


def test_parse_json_reply_explains_what_is_wrong() -> None:
    with pytest.raises(ValueError, match="score"):
        parse_json_reply('{"quote": "a", "score": "high"}', Verdict)


def test_ping_reports_success_and_failure(fake_model: fakes.ScriptedModel) -> None:
    fake_model.enqueue("OK", fakes.auth_error())
    good = gateway().ping()
    assert good.ok and good.first_token_ms is not None and good.total_ms is not None
    bad = gateway().ping()
    assert not bad.ok and bad.error and "FAKE_API_KEY" in bad.error
    assert set(bad.as_json()) == {"model", "ok", "first_token_ms", "total_ms", "error"}


def test_doctor_reports_the_judge_beside_the_model(
    fake_model: fakes.ScriptedModel, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from rehearse.cli import main

    fake_model.enqueue("OK", fakes.auth_error())
    code = main(
        [
            "--model",
            fakes.MODEL,
            "--judge-model",
            "fake/judge",
            "--retries",
            "0",
            "doctor",
            "--json",
        ]
    )
    report = json.loads(capsys.readouterr().out)
    assert code == 1  # the judge failed
    assert report["ok"] is True and report["model"] == fakes.MODEL
    assert report["judge"]["ok"] is False and report["judge"]["model"] == "fake/judge"
    assert "FAKE_API_KEY" in report["judge"]["error"]
