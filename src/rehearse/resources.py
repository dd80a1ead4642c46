"""Find the files that ship with rehearse: `prompts/` and `scenarios/`.

They live at the repository root. An installed wheel carries them inside the
package (`rehearse/_bundled/`, see pyproject.toml); an editable install reads
them straight from the repository.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def bundled_dir(name: str) -> Path:
    """The shipped folder `name` ("prompts" or "scenarios")."""
    candidates = (
        _PACKAGE_DIR / "_bundled" / name,  # installed wheel
        _PACKAGE_DIR.parent.parent / name,  # editable install: <repo>/src/rehearse
    )
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    searched = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(
        f"rehearse is installed without its {name}/ folder (looked in {searched})"
    )


def prompts_dir() -> Path:
    return bundled_dir("prompts")


def scenarios_dir() -> Path:
    return bundled_dir("scenarios")
