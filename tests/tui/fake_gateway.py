"""A gateway stand-in for the rewrite screen and the model check: no litellm, no model.

`FakeGateway(reply)` streams `reply` word by word; `reply` may be a ModelError
(raised when the stream starts) or a callable returning the text (to hold the
"model" until a test lets it go).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from rehearse.model import FailureKind, ModelError, PingResult

MODEL = "fake/gateway"

Reply = str | ModelError | Callable[[], str]


class FakeGateway:
    model = MODEL
    is_embedded = False

    def __init__(self, reply: Reply = "OK.", ping: PingResult | None = None) -> None:
        self.reply = reply
        self.ping_result = ping or PingResult(MODEL, True, 12.0, 30.0, None)
        self.calls: list[list[dict[str, str]]] = []

    def stream(self, messages: list[dict[str, str]], **options: Any) -> Iterator[str]:
        self.calls.append(messages)
        reply = self.reply
        if isinstance(reply, ModelError):
            raise reply
        text = reply() if callable(reply) else reply
        yield from re.findall(r"\S+\s*|\s+", text)

    def ping(self) -> PingResult:
        return self.ping_result


def model_error(message: str = "invalid api key") -> ModelError:
    return ModelError(message, kind=FailureKind.AUTH, model=MODEL)
