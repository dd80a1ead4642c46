"""The one place litellm is imported, with the environment it needs first."""

from __future__ import annotations

import os
from types import ModuleType

_ready = False


def prepare_environment() -> None:
    """Call before any `import litellm`.

    Without these, importing litellm fetches a cost map from the internet and
    loads any stray .env file from the working directory.
    """
    os.environ["LITELLM_LOCAL_MODEL_COST_MAP"] = "True"
    os.environ.setdefault("LITELLM_MODE", "PRODUCTION")


def litellm() -> ModuleType:
    """Import litellm (about 3 s the first time) configured for offline use."""
    global _ready
    prepare_environment()
    import litellm as module

    if not _ready:
        module.suppress_debug_info = True
        module.telemetry = False
        from rehearse.model import embedded_provider

        embedded_provider.register()
        _ready = True
    return module  # type: ignore[no-any-return]  # litellm is untyped to mypy
