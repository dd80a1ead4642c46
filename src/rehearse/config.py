"""Settings: defaults < config file (TOML) < `REHEARSE_*` environment < command line.

Every field has a docstring; `rehearse config` prints them with the effective
value and where it came from, and never prints a secret.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit, urlunsplit

from pydantic import Field, SecretStr, ValidationError
from pydantic_settings import (
    BaseSettings,
    EnvSettingsSource,
    InitSettingsSource,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
)

from rehearse import paths

EMBEDDED_MODEL = "embedded/smollm2"
ENV_PREFIX = "REHEARSE_"


class ConfigError(Exception):
    """The config file or an environment variable holds something unusable."""


class Settings(BaseSettings):
    """Everything a user can configure. Field docstrings are the documentation."""

    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX,
        extra="forbid",
        validate_default=True,
        use_attribute_docstrings=True,
    )

    model: str = EMBEDDED_MODEL
    """The model the persona speaks through: any LiteLLM model string
    (`openai/gpt-4o-mini`, `anthropic/claude-3-5-haiku-latest`, `ollama/llama3.1`)
    or `embedded/smollm2`, the tiny offline model shipped with rehearse."""

    judge_model: str | None = None
    """A capable model for the LLM rubric judge and the debrief coach; unset means
    scores come from the offline rule scorer only."""

    api_base: str | None = None
    """Base URL of the model server: a LiteLLM proxy, an Ollama host
    (`http://localhost:11434`), or an OpenAI-compatible endpoint."""

    api_key: SecretStr | None = None
    """API key sent with every request. Usually left unset: providers read their own
    variables (OPENAI_API_KEY, ANTHROPIC_API_KEY). Never stored, never printed."""

    temperature: float = Field(0.7, ge=0.0, le=2.0)
    """Sampling temperature of the persona. The judge always uses 0."""

    request_timeout: float = Field(60.0, gt=0.0, le=3600.0)
    """Seconds to wait for a model to start answering, or between two streamed
    pieces of an answer, before giving up."""

    retries: int = Field(2, ge=0, le=10)
    """How many times a failed call is retried when the failure is temporary
    (rate limit, timeout, connection, server error)."""

    persona_max_tokens: int = Field(160, ge=16, le=4096)
    """Upper bound on the length of one persona reply, in tokens."""

    voice: Literal["model", "scripted"] = "model"
    """`model`: the persona speaks through the model (authored lines as fallback).
    `scripted`: only the scenario's authored lines, no model call."""

    scenario_dir: Path = Field(default_factory=paths.default_scenario_dir)
    """Folder of your own scenario files (`*.yaml`), loaded beside the built-in ones."""

    prompt_dir: Path = Field(default_factory=paths.default_prompt_dir)
    """Folder of your own prompt templates; a file named like a built-in one wins."""

    embedded_context: int = Field(2048, ge=512, le=8192)
    """Context window (tokens) given to the embedded model."""

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # First wins: command line, then environment, then the config file.
        file_source = InitSettingsSource(settings_cls, read_config_file())
        return (init_settings, env_settings, file_source)

    @property
    def judge_enabled(self) -> bool:
        return bool(self.judge_model)


def read_config_file(path: Path | None = None) -> dict[str, Any]:
    path = path or paths.config_file()
    if not path.is_file():
        return {}
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: {error}") from error
    except OSError as error:
        raise ConfigError(f"{path}: cannot read it ({error.strerror})") from error


def load_settings(**overrides: Any) -> Settings:
    """Build the effective settings. `overrides` are command-line values; None means unset."""
    given = {key: value for key, value in overrides.items() if value is not None}
    try:
        return Settings(**given)
    except ValidationError as error:
        raise ConfigError(_describe_validation_error(error, given)) from error


def _describe_validation_error(error: ValidationError, given: dict[str, Any]) -> str:
    lines = []
    env_values = _env_values()
    for problem in error.errors():
        field = str(problem["loc"][0]) if problem["loc"] else "?"
        if field in given:
            where = f"--{field.replace('_', '-')}"
        elif field in env_values:
            where = f"{ENV_PREFIX}{field.upper()}"
        else:
            where = f"{paths.config_file()}: {field}"
        message = problem["msg"]
        if problem["type"] == "extra_forbidden":
            message = "unknown setting (see `rehearse config` for the list)"
        lines.append(f"{where}: {message}")
    return "\n".join(lines)


def _env_values() -> dict[str, Any]:
    return dict(EnvSettingsSource(Settings)())


@dataclass(frozen=True)
class SettingLine:
    name: str
    value: str
    source: str
    doc: str


def explain_settings(
    settings: Settings, overrides: dict[str, Any] | None = None
) -> list[SettingLine]:
    """Each field with its display value and where it came from. Secrets are masked."""
    given = {k for k, v in (overrides or {}).items() if v is not None}
    env_values = _env_values()
    file_path = paths.config_file()
    file_values = read_config_file(file_path)
    lines = []
    for name, field in Settings.model_fields.items():
        if name in given:
            source = "command line"
        elif name in env_values:
            source = f"env {ENV_PREFIX}{name.upper()}"
        elif name in file_values:
            source = f"file {file_path}"
        else:
            source = "default"
        lines.append(
            SettingLine(
                name=name,
                value=display_value(name, getattr(settings, name)),
                source=source,
                doc=" ".join((field.description or "").split()),
            )
        )
    return lines


def display_value(name: str, value: Any) -> str:
    if value is None:
        return "(unset)"
    if isinstance(value, SecretStr):
        return "(set, hidden)" if value.get_secret_value() else "(unset)"
    if name == "api_base":
        return redact_url(str(value))
    return str(value)


def redact_url(url: str) -> str:
    """Hide credentials a proxy URL may carry (`https://user:token@host`)."""
    parts = urlsplit(url)
    if parts.password is None and parts.username is None:
        return url
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, f"***@{host}", parts.path, parts.query, parts.fragment))


def home_description() -> str:
    override = os.environ.get(paths.HOME_ENV)
    return f"{override} (from {paths.HOME_ENV})" if override else "platform default"
