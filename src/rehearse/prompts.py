"""Prompt templates: `prompts/*.j2`, rendered in a Jinja sandbox.

Scenario text and user text are data, passed as variables and never parsed as
template source, so `{{ ... }}` in a reply is shown literally. StrictUndefined
turns a missing variable into a `PromptError` naming the template and the
variable. A file of the same name in the user's prompt folder wins.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import (
    FileSystemLoader,
    StrictUndefined,
    TemplateError,
    TemplateNotFound,
    UndefinedError,
)
from jinja2.sandbox import ImmutableSandboxedEnvironment

from rehearse.resources import prompts_dir


class PromptError(Exception):
    """A template is missing, broken, or was rendered without a variable it needs."""


@cache
def _environment(user_dir: Path | None) -> ImmutableSandboxedEnvironment:
    # The user folder is searched even if it does not exist yet: a folder (or
    # an override) created while the app runs is picked up without a restart.
    search = [str(user_dir)] if user_dir is not None else []
    search.append(str(prompts_dir()))
    return ImmutableSandboxedEnvironment(
        loader=FileSystemLoader(search),
        undefined=StrictUndefined,
        autoescape=False,  # prompts are plain text, not HTML
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def template_path(name: str, user_dir: Path | None = None) -> Path:
    """The file `name` resolves to: the user's override, or the built-in one."""
    if user_dir is not None and (user_dir / name).is_file():
        return user_dir / name
    return prompts_dir() / name


def _describe_undefined(message: str) -> str:
    """Jinja's "'x' is undefined" / "'Persona object' has no attribute 'y'", said plainly."""
    if match := re.search(r"'([^']+)' is undefined", message):
        return f"missing variable {match.group(1)!r}"
    if match := re.search(r"'(?:[\w.]+\.)?([^'.]+)' has no attribute '([^']+)'", message):
        return f"missing variable {match.group(2)!r} (not an attribute of {match.group(1)})"
    return f"missing variable ({message})"


def render(name: str, /, *, user_dir: Path | None = None, **variables: Any) -> str:
    """Render `prompts/<name>` with `variables`. Raises PromptError on any problem."""
    environment = _environment(user_dir.resolve() if user_dir is not None else None)
    try:
        template = environment.get_template(name)
    except TemplateNotFound:
        raise PromptError(
            f"prompt template {name!r} not found (looked in {prompts_dir()})"
        ) from None
    except TemplateError as error:
        raise PromptError(f"prompt template {name}: {error}") from error
    try:
        return template.render(**variables).strip()
    except UndefinedError as error:
        raise PromptError(f"prompt template {name}: {_describe_undefined(str(error))}") from error
    except TemplateError as error:
        raise PromptError(f"prompt template {name}: {error}") from error
