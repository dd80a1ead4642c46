"""A scripted fake model, registered into LiteLLM as a custom provider.

`fake_model.enqueue("a reply", RateLimit(), "another")` scripts what the next
calls get: a string is the reply (streamed word by word), an exception is
raised by the provider, a `Slow(seconds, text)` sleeps before answering. An
empty script answers with `default`. Every call's messages and parameters are
recorded in `calls`.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

PROVIDER = "fake"
MODEL = "fake/scripted"


@dataclass
class Slow:
    seconds: float
    text: str = "late reply"


@dataclass
class Interrupted:
    """Streams `text`, then fails with `error` (a connection drop mid-reply)."""

    text: str
    error: Exception


def rate_limit() -> Exception:
    import litellm

    return litellm.RateLimitError("slow down", llm_provider=PROVIDER, model=MODEL)


def auth_error() -> Exception:
    import litellm

    return litellm.AuthenticationError("invalid api key", llm_provider=PROVIDER, model=MODEL)


def server_error() -> Exception:
    import litellm

    return litellm.InternalServerError("boom", llm_provider=PROVIDER, model=MODEL)


def bad_request() -> Exception:
    import litellm

    return litellm.BadRequestError("bad", llm_provider=PROVIDER, model=MODEL)


class ScriptedModel:
    def __init__(self) -> None:
        self.script: list[Any] = []
        self.calls: list[dict[str, Any]] = []
        self.default = "OK."
        self._lock = threading.Lock()

    def enqueue(self, *items: Any) -> None:
        with self._lock:
            self.script.extend(items)

    def reset(self) -> None:
        with self._lock:
            self.script.clear()
            self.calls.clear()
            self.default = "OK."

    def next_text(self, messages: list[dict[str, Any]], params: dict[str, Any]) -> str:
        with self._lock:
            self.calls.append({"messages": messages, "params": dict(params)})
            item = self.script.pop(0) if self.script else self.default
        if isinstance(item, BaseException):
            raise item
        if isinstance(item, Interrupted):
            return item  # type: ignore[return-value]  # streaming() handles it
        if isinstance(item, Slow):
            time.sleep(item.seconds)
            return item.text
        if callable(item):
            return str(item(messages, params))
        return str(item)


scripted = ScriptedModel()


def register() -> None:
    """Register the `fake` provider with LiteLLM (idempotent)."""
    from rehearse.model.litellm_setup import litellm

    module = litellm()
    if any(item.get("provider") == PROVIDER for item in module.custom_provider_map):
        return
    from litellm import CustomLLM
    from litellm.types.utils import GenericStreamingChunk

    class FakeProvider(CustomLLM):  # type: ignore[misc]
        def completion(self, *args: Any, **kwargs: Any) -> Any:
            text = scripted.next_text(kwargs["messages"], kwargs.get("optional_params") or {})
            if isinstance(text, Interrupted):
                raise text.error
            response = kwargs["model_response"]
            response.choices[0].message.content = text
            return response

        def streaming(self, *args: Any, **kwargs: Any) -> Iterator[GenericStreamingChunk]:
            text = scripted.next_text(kwargs["messages"], kwargs.get("optional_params") or {})
            failure = None
            if isinstance(text, Interrupted):
                text, failure = text.text, text.error
            for piece in re.findall(r"\S+\s*|\s+", text):
                yield {
                    "text": piece,
                    "is_finished": False,
                    "finish_reason": "",
                    "usage": None,
                    "index": 0,
                }
            if failure is not None:
                raise failure
            yield {
                "text": "",
                "is_finished": True,
                "finish_reason": "stop",
                "usage": None,
                "index": 0,
            }

    module.custom_provider_map = [
        *module.custom_provider_map,
        {"provider": PROVIDER, "custom_handler": FakeProvider()},
    ]
    from litellm.utils import custom_llm_setup

    custom_llm_setup()
