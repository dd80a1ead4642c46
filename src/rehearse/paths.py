"""Where rehearse keeps the user's files.

`REHEARSE_HOME` relocates every one of them (config, database, the user's own
scenarios and prompts) under a single folder; tests always set it.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "rehearse"
HOME_ENV = "REHEARSE_HOME"
CONFIG_ENV = "REHEARSE_CONFIG"


def home_override() -> Path | None:
    value = os.environ.get(HOME_ENV, "").strip()
    return Path(value).expanduser() if value else None


def config_dir() -> Path:
    home = home_override()
    if home is not None:
        return home
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    home = home_override()
    if home is not None:
        return home
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """What can be rebuilt at will (the scorer's pattern analysis)."""
    home = home_override()
    if home is not None:
        return home / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def config_file() -> Path:
    """The TOML config file; `REHEARSE_CONFIG` points at another one."""
    explicit = os.environ.get(CONFIG_ENV, "").strip()
    return Path(explicit).expanduser() if explicit else config_dir() / "config.toml"


def database_file() -> Path:
    return data_dir() / "rehearse.db"


def default_scenario_dir() -> Path:
    return data_dir() / "scenarios"


def default_prompt_dir() -> Path:
    return data_dir() / "prompts"


def ensure_private_dir(path: Path) -> Path:
    """Create a folder that only its owner can read: it holds transcripts."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path
