"""The model gateway: every model call in rehearse goes through here.

- `stream()` yields text as it arrives, `complete()` returns it whole,
  `complete_json()` returns a validated pydantic object.
- Each call runs in a worker thread so a timeout holds for every provider
  (LiteLLM does not enforce `timeout=` for custom providers such as the
  embedded model): the caller waits at most `request_timeout` seconds for the
  first piece of an answer and between two pieces.
- Temporary failures are retried with tenacity (bounded exponential backoff
  with jitter); nothing is retried once part of a stream has been shown.
- Every failure is a `ModelError` whose message says what to do.
"""

from __future__ import annotations

import contextlib
import json
import queue
import re
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

import tenacity
from pydantic import BaseModel, ValidationError

from rehearse.config import EMBEDDED_MODEL, Settings
from rehearse.model.errors import (
    FailureKind,
    ModelError,
    key_variable,
    missing_key_error,
    provider_of,
    timeout_error,
    translate,
)

if TYPE_CHECKING:
    from types import ModuleType

Message = dict[str, Any]
T = TypeVar("T", bound=BaseModel)

_EMBEDDED_PROVIDER = EMBEDDED_MODEL.split("/", 1)[0]
_DONE = object()


@dataclass(frozen=True)
class PingResult:
    """What `rehearse doctor` reports for one model."""

    model: str
    ok: bool
    first_token_ms: float | None
    total_ms: float | None
    error: str | None

    def as_json(self) -> dict[str, Any]:
        return {
            "model": self.model,
            "ok": self.ok,
            "first_token_ms": self.first_token_ms,
            "total_ms": self.total_ms,
            "error": self.error,
        }


class Gateway:
    """Calls one model (the configured one unless `model` says otherwise).

    `wait` replaces the backoff between retries (tests pass `tenacity.wait_none()`);
    `litellm_kwargs` are added to every LiteLLM call (tests pass `mock_response`).
    """

    def __init__(
        self,
        settings: Settings,
        *,
        model: str | None = None,
        wait: tenacity.wait.wait_base | None = None,
        litellm_kwargs: dict[str, Any] | None = None,
    ) -> None:
        self.settings = settings
        self.model = model or settings.model
        # Full jitter: exponential from 0.5 s, capped at 8 s.
        self._wait = wait or tenacity.wait_random_exponential(multiplier=0.5, max=8.0)
        self._extra = dict(litellm_kwargs or {})

    @property
    def is_embedded(self) -> bool:
        return provider_of(self.model) == _EMBEDDED_PROVIDER

    # -- public calls ---------------------------------------------------------

    def stream(
        self,
        messages: list[Message],
        *,
        max_tokens: int | None = None,
        temperature: float | None = None,
        stop: list[str] | None = None,
    ) -> Iterator[str]:
        """Yield the reply as it arrives. Retries happen only before the first piece."""
        request = self._request(messages, max_tokens=max_tokens, temperature=temperature, stop=stop)
        attempts = 0

        def first_piece() -> tuple[str | None, Iterator[str]]:
            nonlocal attempts
            attempts += 1
            pieces = self._stream_once(request)
            return next(pieces, None), pieces

        try:
            first, pieces = self._retrying()(first_piece)
        except ModelError as error:
            raise error.after_attempts(attempts) from error
        if first is None:
            return
        yield first
        yield from pieces

    def complete(
        self,
        messages: list[Message],
        *,
        max_tokens: int | None = None,
        temperature: float | None = None,
        stop: list[str] | None = None,
        response_format: Any = None,
    ) -> str:
        """The whole reply. Nothing has been shown, so a failure anywhere is retried."""
        request = self._request(
            messages,
            max_tokens=max_tokens,
            temperature=temperature,
            stop=stop,
            response_format=response_format,
        )
        attempts = 0

        def once() -> str:
            nonlocal attempts
            attempts += 1
            return "".join(self._stream_once(request))

        try:
            return self._retrying()(once)
        except ModelError as error:
            raise error.after_attempts(attempts) from error

    def complete_json(
        self,
        messages: list[Message],
        schema: type[T],
        *,
        max_tokens: int | None = 512,
        temperature: float | None = 0.0,
    ) -> T:
        """A reply parsed into `schema`, with one repair attempt when it does not validate.

        The embedded model is constrained by llama.cpp's JSON-schema grammar;
        providers that support response schemas get the schema; the others get
        JSON mode and the schema in the instructions.
        """
        response_format, messages = self._json_request(messages, schema)
        text = self.complete(
            messages,
            max_tokens=max_tokens,
            temperature=temperature,
            response_format=response_format,
        )
        try:
            return parse_json_reply(text, schema)
        except ValueError as first_error:
            repair = [
                *messages,
                {"role": "assistant", "content": text},
                {
                    "role": "user",
                    "content": f"That reply was not valid: {first_error}. "
                    "Answer again with only the corrected JSON object.",
                },
            ]
            text = self.complete(
                repair,
                max_tokens=max_tokens,
                temperature=temperature,
                response_format=response_format,
            )
            try:
                return parse_json_reply(text, schema)
            except ValueError as error:
                raise ModelError(
                    f"{self.model} did not return valid JSON for {schema.__name__}, "
                    f"even after one repair: {error}",
                    kind=FailureKind.INVALID_OUTPUT,
                    model=self.model,
                ) from error

    def ping(self) -> PingResult:
        """A tiny request, timed: does the model answer, and how fast?"""
        first_token_ms: float | None = None
        messages = [
            {"role": "system", "content": "You answer with one word."},
            {"role": "user", "content": "Say OK."},
        ]
        try:
            request = self._request(messages, max_tokens=8, temperature=0.0)
            started = (
                time.perf_counter()
            )  # after the import of litellm, which is not the model's time
            for _piece in self._stream_once(request):
                if first_token_ms is None:
                    first_token_ms = (time.perf_counter() - started) * 1000
        except ModelError as error:
            return PingResult(self.model, False, first_token_ms, None, error.message)
        total_ms = (time.perf_counter() - started) * 1000
        if first_token_ms is None:
            return PingResult(
                self.model, False, None, total_ms, f"{self.model} answered with nothing"
            )
        return PingResult(self.model, True, round(first_token_ms, 1), round(total_ms, 1), None)

    # -- internals -------------------------------------------------------------

    def _litellm(self) -> ModuleType:
        from rehearse.model.litellm_setup import litellm

        module = litellm()
        if self.is_embedded:
            from rehearse.model import embedded_provider

            embedded_provider.configure(n_ctx=self.settings.embedded_context)
        return module

    def _request(self, messages: list[Message], **options: Any) -> dict[str, Any]:
        if not messages:
            raise ValueError("a model call needs at least one message")
        litellm = self._litellm()
        self._check_key(litellm)
        request: dict[str, Any] = {
            "model": self.model,
            "messages": messages,
            "timeout": self.settings.request_timeout,
            "num_retries": 0,  # retries are ours (tenacity), on retryable errors only
            "drop_params": True,  # a model without `temperature` still answers
        }
        for name, value in options.items():
            if value is not None:
                request[name] = value
        if "temperature" not in request:
            request["temperature"] = self.settings.temperature
        if not self.is_embedded:
            if self.settings.api_base:
                request["api_base"] = self.settings.api_base
            if self.settings.api_key is not None:
                request["api_key"] = self.settings.api_key.get_secret_value()
        request.update(self._extra)
        return request

    def _check_key(self, litellm: ModuleType) -> None:
        """Fail before the call, with the variable to set, when a provider's key is missing."""
        if self.is_embedded or self.settings.api_key is not None or "mock_response" in self._extra:
            return
        try:
            report = litellm.validate_environment(model=self.model, api_base=self.settings.api_base)
        except Exception:  # unknown provider: let the call itself say what is wrong
            return
        missing = [key for key in report.get("missing_keys", []) if key.endswith("_API_KEY")]
        if missing and not report.get("keys_in_environment", True):
            provider = provider_of(self.model)
            variable = missing[0] if missing else key_variable(provider)
            raise missing_key_error(self.model, provider, variable)

    def _retrying(self) -> tenacity.Retrying:
        return tenacity.Retrying(
            retry=tenacity.retry_if_exception(lambda e: isinstance(e, ModelError) and e.retryable),
            stop=tenacity.stop_after_attempt(self.settings.retries + 1),
            wait=self._wait,
            reraise=True,
        )

    def _stream_once(self, request: dict[str, Any]) -> Iterator[str]:
        """One streamed call in a worker thread, with the timeout enforced here."""
        litellm = self._litellm()
        timeout = self.settings.request_timeout
        pieces: queue.Queue[tuple[str, Any]] = queue.Queue()
        cancelled = threading.Event()
        api_base = self.settings.api_base

        def produce() -> None:
            response = None
            try:
                response = litellm.completion(**request, stream=True)
                for chunk in response:
                    if cancelled.is_set():
                        break
                    text = _chunk_text(chunk)
                    if text:
                        pieces.put(("text", text))
                pieces.put(("done", None))
            except BaseException as error:  # handed to the caller's thread
                pieces.put(("error", translate(error, model=self.model, api_base=api_base)))
            finally:
                _close_stream(response)

        if self.is_embedded:
            _embedded_worker().submit(produce)
        else:
            threading.Thread(target=produce, name="rehearse-model-call", daemon=True).start()
        try:
            while True:
                try:
                    kind, value = pieces.get(timeout=timeout)
                except queue.Empty:
                    raise timeout_error(self.model, timeout) from None
                if kind == "text":
                    yield value
                elif kind == "error":
                    raise value
                else:
                    return
        finally:
            # The caller stopped reading (done, timed out, or cancelled): stop generating.
            cancelled.set()

    def _json_request(
        self, messages: list[Message], schema: type[BaseModel]
    ) -> tuple[Any, list[Message]]:
        json_schema = schema.model_json_schema()
        if self.is_embedded:
            return {"type": "json_object", "schema": json_schema}, messages
        litellm = self._litellm()
        if "mock_response" not in self._extra and _supports(
            litellm.supports_response_schema, self.model
        ):
            return schema, messages
        instruction = (
            "Reply with one JSON object, and nothing else, that matches this JSON schema:\n"
            + json.dumps(json_schema)
        )
        return {"type": "json_object"}, _with_instruction(messages, instruction)


class _Worker:
    """One long-lived daemon thread that runs jobs in order.

    The embedded model always runs on this same thread: llama.cpp's OpenMP
    thread team belongs to the thread that calls it, and a fresh thread per
    call leaves the previous team spinning beside the new one (measured: about
    10% slower prompt evaluation). Daemon, so a call that timed out never holds
    up the interpreter's exit.
    """

    def __init__(self, name: str) -> None:
        self._jobs: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()
        threading.Thread(target=self._run, name=name, daemon=True).start()

    def submit(self, job: Callable[[], None]) -> None:
        self._jobs.put(job)

    def _run(self) -> None:
        while True:
            self._jobs.get()()


_worker_lock = threading.Lock()
_worker: _Worker | None = None


def _embedded_worker() -> _Worker:
    global _worker
    with _worker_lock:
        if _worker is None:
            _worker = _Worker("rehearse-embedded-model")
        return _worker


def parse_json_reply(text: str, schema: type[T]) -> T:
    """Validate a reply against `schema`, tolerating code fences and chatter around the object."""
    candidate = text.strip()
    fenced = re.search(r"```(?:json)?\s*(.*?)```", candidate, re.DOTALL)
    if fenced:
        candidate = fenced.group(1).strip()
    start, end = candidate.find("{"), candidate.rfind("}")
    if start == -1 or end < start:
        raise ValueError("no JSON object in the reply")
    try:
        return schema.model_validate_json(candidate[start : end + 1])
    except ValidationError as error:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'object'}: {e['msg']}"
            for e in error.errors()[:5]
        )
        raise ValueError(problems) from error


def _with_instruction(messages: list[Message], instruction: str) -> list[Message]:
    if messages and messages[0].get("role") == "system":
        first = dict(messages[0])
        first["content"] = f"{first['content']}\n\n{instruction}"
        return [first, *messages[1:]]
    return [{"role": "system", "content": instruction}, *messages]


def _chunk_text(chunk: Any) -> str | None:
    try:
        return chunk.choices[0].delta.content  # type: ignore[no-any-return]
    except (AttributeError, IndexError):
        return None


def _close_stream(response: Any) -> None:
    """Close the provider's generator now (this releases the embedded model's lock)."""
    inner = getattr(response, "completion_stream", None)
    close: Callable[[], None] | None = getattr(inner, "close", None)
    if close is not None:
        with contextlib.suppress(Exception):  # already closed or never started
            close()


def _supports(check: Callable[..., bool], model: str) -> bool:
    try:
        return bool(check(model=model))
    except Exception:
        return False
