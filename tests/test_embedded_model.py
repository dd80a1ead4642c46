"""The real embedded SmolLM2 model, through LiteLLM and through the gateway (a few seconds)."""

from __future__ import annotations

import asyncio

import pytest
from pydantic import BaseModel, Field

from rehearse.config import EMBEDDED_MODEL, load_settings
from rehearse.model import Gateway
from rehearse.model.litellm_setup import litellm

pytestmark = pytest.mark.embedded

MESSAGES = [
    {"role": "system", "content": "You are a helpful assistant."},
    {"role": "user", "content": "Name one colour."},
]


class Colour(BaseModel):
    colour: str = Field(min_length=1, max_length=40)


def test_provider_name_collides_with_no_builtin_provider() -> None:
    module = litellm()
    builtin = {str(provider.value) for provider in module.LlmProviders}
    assert EMBEDDED_MODEL.split("/")[0] not in builtin


def test_litellm_completion_works_directly_including_streaming_and_async() -> None:
    module = litellm()
    whole = module.completion(model=EMBEDDED_MODEL, messages=MESSAGES, max_tokens=12, temperature=0)
    assert whole.choices[0].message.content.strip()

    chunks = module.completion(
        model=EMBEDDED_MODEL, messages=MESSAGES, max_tokens=12, temperature=0, stream=True
    )
    assert "".join(c.choices[0].delta.content or "" for c in chunks).strip()

    async def ask() -> str:
        response = await module.acompletion(
            model=EMBEDDED_MODEL, messages=MESSAGES, max_tokens=12, temperature=0
        )
        return str(response.choices[0].message.content)

    assert asyncio.run(ask()).strip()


def test_gateway_streams_non_empty_text() -> None:
    pieces = list(Gateway(load_settings()).stream(MESSAGES, max_tokens=16, temperature=0))
    assert len(pieces) > 1
    assert "".join(pieces).strip()


def test_complete_json_returns_a_valid_object_through_the_grammar() -> None:
    result = Gateway(load_settings()).complete_json(MESSAGES, Colour, max_tokens=40)
    assert isinstance(result, Colour)
    assert result.colour.strip()


def test_a_user_message_alone_still_gets_a_system_message() -> None:
    from rehearse.model.llama_runtime import with_system_message

    messages = with_system_message([{"role": "user", "content": "hi"}])
    assert messages[0]["role"] == "system"
