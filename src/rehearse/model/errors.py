"""One error type for every model failure, with a message a person can act on.

`translate()` turns whatever LiteLLM (or a provider behind it) raised into a
`ModelError` that says what went wrong and what to do about it, and whether it
is worth retrying.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class FailureKind(StrEnum):
    AUTH = "auth"
    BAD_REQUEST = "bad_request"
    CONTEXT = "context_overflow"
    NOT_FOUND = "not_found"
    RATE_LIMIT = "rate_limit"
    TIMEOUT = "timeout"
    CONNECTION = "connection"
    SERVER = "server"
    INVALID_OUTPUT = "invalid_output"
    UNKNOWN = "unknown"


RETRYABLE = frozenset(
    {FailureKind.RATE_LIMIT, FailureKind.TIMEOUT, FailureKind.CONNECTION, FailureKind.SERVER}
)

# The variable each provider reads its key from, for the "set X" advice.
KEY_VARIABLES = {
    "openai": "OPENAI_API_KEY",
    "anthropic": "ANTHROPIC_API_KEY",
    "gemini": "GEMINI_API_KEY",
    "mistral": "MISTRAL_API_KEY",
    "groq": "GROQ_API_KEY",
    "cohere": "COHERE_API_KEY",
    "together_ai": "TOGETHERAI_API_KEY",
    "openrouter": "OPENROUTER_API_KEY",
    "deepseek": "DEEPSEEK_API_KEY",
    "azure": "AZURE_API_KEY",
}


class ModelError(Exception):
    """A model call failed. `str(error)` is the message to show the user."""

    def __init__(self, message: str, *, kind: FailureKind, model: str, attempts: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.kind = kind
        self.model = model
        self.attempts = attempts

    @property
    def retryable(self) -> bool:
        return self.kind in RETRYABLE

    def after_attempts(self, attempts: int) -> ModelError:
        """The same failure, saying how often it was tried."""
        if attempts <= 1:
            return self
        message = f"{self.message} (tried {attempts} times)"
        return ModelError(message, kind=self.kind, model=self.model, attempts=attempts)


def provider_of(model: str) -> str:
    return model.split("/", 1)[0] if "/" in model else "openai"


def key_variable(provider: str) -> str:
    return KEY_VARIABLES.get(provider, f"{provider.upper()}_API_KEY")


def missing_key_error(model: str, provider: str, variable: str) -> ModelError:
    return ModelError(
        f"No API key for {provider}: set {variable} (or REHEARSE_API_KEY)",
        kind=FailureKind.AUTH,
        model=model,
    )


def timeout_error(model: str, seconds: float) -> ModelError:
    return ModelError(
        f"{model} did not answer within {seconds:g} s: check that it is running, "
        "or raise REHEARSE_REQUEST_TIMEOUT",
        kind=FailureKind.TIMEOUT,
        model=model,
    )


def translate(error: BaseException, *, model: str, api_base: str | None = None) -> ModelError:
    """Map an exception raised by LiteLLM to a ModelError with actionable advice."""
    if isinstance(error, ModelError):
        return error
    import litellm  # already imported by whoever raised this

    provider = provider_of(model)
    detail = _short(error)
    where = api_base or _default_base(provider)

    def made(message: str, kind: FailureKind) -> ModelError:
        return ModelError(message, kind=kind, model=model)

    if isinstance(error, litellm.AuthenticationError | litellm.PermissionDeniedError):
        variable = key_variable(provider)
        return made(
            f"{provider} refused the API key: check {variable} (or REHEARSE_API_KEY). {detail}",
            FailureKind.AUTH,
        )
    if isinstance(error, litellm.ContextWindowExceededError):
        return made(
            f"The conversation is too long for {model}'s context window: "
            "end this rehearsal, or pick a model with a larger context",
            FailureKind.CONTEXT,
        )
    if isinstance(error, litellm.NotFoundError):
        return made(
            f"{model} was not found at {provider}: check the model name"
            + (" (`ollama pull` it first)" if provider == "ollama" else ""),
            FailureKind.NOT_FOUND,
        )
    if isinstance(error, litellm.RateLimitError):
        return made(
            f"{provider} is rate limiting requests: wait a minute, or check your plan's limits",
            FailureKind.RATE_LIMIT,
        )
    if isinstance(error, litellm.Timeout):
        return made(
            f"{model} did not answer in time: check that it is running, "
            "or raise REHEARSE_REQUEST_TIMEOUT",
            FailureKind.TIMEOUT,
        )
    if isinstance(error, litellm.BadRequestError | litellm.UnprocessableEntityError):
        return made(f"{provider} rejected the request: {detail}", FailureKind.BAD_REQUEST)
    if isinstance(error, litellm.APIConnectionError):
        if provider == "ollama":
            message = f"Cannot reach Ollama at {where}: is it running? (`ollama serve`)"
        elif provider == "embedded":
            # Nothing to reach: a failure in-process is not fixed by retrying.
            return made(f"The embedded model failed: {detail}", FailureKind.UNKNOWN)
        else:
            message = f"Cannot reach {provider} at {where}: check the network and REHEARSE_API_BASE"
        return made(message, FailureKind.CONNECTION)
    if isinstance(
        error,
        litellm.InternalServerError | litellm.ServiceUnavailableError | litellm.BadGatewayError,
    ):
        return made(
            f"{provider} had a server error: try again shortly. {detail}", FailureKind.SERVER
        )
    status = getattr(error, "status_code", None)
    if isinstance(status, int) and status >= 500:
        return made(
            f"{provider} had a server error: try again shortly. {detail}", FailureKind.SERVER
        )
    if isinstance(error, litellm.APIError | litellm.BadRequestError):
        return made(f"{provider} returned an error: {detail}", FailureKind.UNKNOWN)
    if isinstance(error, TimeoutError):
        return made(f"{model} did not answer in time", FailureKind.TIMEOUT)
    if isinstance(error, ConnectionError):
        return made(f"Cannot reach {provider} at {where}: {detail}", FailureKind.CONNECTION)
    return made(f"{model} failed: {detail}", FailureKind.UNKNOWN)


def _default_base(provider: str) -> str:
    return {"ollama": "http://localhost:11434"}.get(provider, "its default address")


def _short(error: BaseException, limit: int = 240) -> str:
    raw: Any = getattr(error, "message", None) or str(error) or type(error).__name__
    text = " ".join(str(raw).split())
    # LiteLLM prefixes its messages with the exception path; keep the human part.
    for prefix in ("litellm.", "LiteLLM."):
        if text.startswith(prefix) and ": " in text:
            text = text.split(": ", 1)[1]
    return text if len(text) <= limit else text[: limit - 1] + "…"
