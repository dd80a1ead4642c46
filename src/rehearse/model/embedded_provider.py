"""The embedded model as a LiteLLM custom provider: `embedded/smollm2`.

Importing this module imports litellm (about 3 s), so only
`rehearse.model.litellm_setup.litellm()` imports it, inside a function.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Generator, Iterator
from typing import Any

from rehearse.model import llama_runtime
from rehearse.model.litellm_setup import prepare_environment

prepare_environment()  # before litellm is imported, whoever imports this module first

import litellm  # noqa: E402
from litellm import CustomLLM  # noqa: E402
from litellm.types.utils import GenericStreamingChunk, ModelResponse  # noqa: E402

PROVIDER = "embedded"
MODEL_NAME = "smollm2"
_context_size = 2048  # set by configure() from the settings
TOKENS_PER_CHUNK = 4

# Parameters passed through to llama.cpp; everything else LiteLLM hands us is ignored.
_PASSED = ("max_tokens", "temperature", "response_format", "stop", "seed")


def _generation_kwargs(optional_params: dict[str, Any]) -> dict[str, Any]:
    kwargs = {
        name: optional_params[name] for name in _PASSED if optional_params.get(name) is not None
    }
    if "max_completion_tokens" in optional_params and "max_tokens" not in kwargs:
        kwargs["max_tokens"] = optional_params["max_completion_tokens"]
    if isinstance(kwargs.get("stop"), str):
        kwargs["stop"] = [kwargs["stop"]]
    kwargs["n_ctx"] = _context_size
    return kwargs


def _chunk(text: str, *, finished: bool) -> GenericStreamingChunk:
    return {
        "text": text,
        "is_finished": finished,
        "finish_reason": "stop" if finished else "",
        "usage": None,
        "index": 0,
        "tool_use": None,
    }


class EmbeddedSmolLM2(CustomLLM):  # type: ignore[misc]  # litellm is untyped to mypy
    """Runs SmolLM2-135M in-process; sync, async and streaming."""

    def _stream(
        self, messages: list[dict[str, Any]], optional_params: dict[str, Any]
    ) -> Iterator[str]:
        return llama_runtime.generate(messages, **_generation_kwargs(optional_params))

    def completion(self, *args: Any, **kwargs: Any) -> ModelResponse:
        messages, params = kwargs["messages"], kwargs.get("optional_params") or {}
        text = "".join(self._stream(messages, params))
        response: ModelResponse = kwargs["model_response"]
        response.choices[0].message.content = text
        response.model = f"{PROVIDER}/{MODEL_NAME}"
        response.created = int(time.time())
        return response

    def streaming(self, *args: Any, **kwargs: Any) -> Generator[GenericStreamingChunk]:
        messages, params = kwargs["messages"], kwargs.get("optional_params") or {}
        # The first token goes out at once; after that, a few tokens per chunk.
        # LiteLLM spends about 1.5 ms wrapping each chunk, a tenth of a token's
        # time here, and nobody reads faster than 20 chunks a second.
        pending: list[str] = []
        for index, text in enumerate(self._stream(messages, params)):
            pending.append(text)
            if index == 0 or len(pending) >= TOKENS_PER_CHUNK:
                yield _chunk("".join(pending), finished=False)
                pending.clear()
        if pending:
            yield _chunk("".join(pending), finished=False)
        yield _chunk("", finished=True)

    async def acompletion(self, *args: Any, **kwargs: Any) -> ModelResponse:
        return await asyncio.to_thread(self.completion, *args, **kwargs)

    async def astreaming(self, *args: Any, **kwargs: Any) -> AsyncIterator[GenericStreamingChunk]:
        # llama.cpp is synchronous: pull each chunk in a worker thread so the
        # event loop (the TUI) stays responsive while tokens are generated.
        iterator: Generator[GenericStreamingChunk] = self.streaming(*args, **kwargs)
        done = object()
        try:
            while True:
                chunk = await asyncio.to_thread(next, iterator, done)
                if chunk is done:
                    break
                yield chunk
        finally:
            iterator.close()


def register() -> None:
    """Make `embedded/smollm2` a LiteLLM model (idempotent)."""
    if any(item.get("provider") == PROVIDER for item in litellm.custom_provider_map):
        return
    litellm.custom_provider_map = [
        *litellm.custom_provider_map,
        {"provider": PROVIDER, "custom_handler": EmbeddedSmolLM2()},
    ]
    # LiteLLM copies the map into its provider lists only when it sets callbacks.
    from litellm.utils import custom_llm_setup

    custom_llm_setup()


def configure(*, n_ctx: int) -> None:
    """Set the context window the embedded model is loaded with."""
    global _context_size
    _context_size = n_ctx
