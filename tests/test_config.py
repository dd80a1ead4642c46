"""Settings: precedence, provenance, secrets, and where files live."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rehearse import paths
from rehearse.cli import main
from rehearse.config import EMBEDDED_MODEL, ConfigError, explain_settings, load_settings, redact_url


def write_config(home: Path, text: str) -> None:
    (home / "config.toml").write_text(text, encoding="utf-8")


def test_defaults_use_the_embedded_model_and_no_judge() -> None:
    settings = load_settings()
    assert settings.model == EMBEDDED_MODEL
    assert settings.judge_model is None
    assert not settings.judge_enabled


def test_precedence_defaults_file_env_command_line(
    rehearse_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_config(rehearse_home, 'model = "from-file/m"\ntemperature = 0.2\nretries = 5\n')
    monkeypatch.setenv("REHEARSE_TEMPERATURE", "0.4")
    monkeypatch.setenv("REHEARSE_RETRIES", "4")

    settings = load_settings(retries=1)

    assert settings.model == "from-file/m"  # file beats default
    assert settings.temperature == 0.4  # env beats file
    assert settings.retries == 1  # command line beats env
    assert settings.request_timeout == 60.0  # default
    sources = {line.name: line.source for line in explain_settings(settings, {"retries": 1})}
    assert sources["model"].startswith("file ")
    assert sources["temperature"] == "env REHEARSE_TEMPERATURE"
    assert sources["retries"] == "command line"
    assert sources["request_timeout"] == "default"


def test_rehearse_home_relocates_every_user_file(rehearse_home: Path) -> None:
    settings = load_settings()
    for path in (
        paths.config_file(),
        paths.database_file(),
        settings.scenario_dir,
        settings.prompt_dir,
    ):
        assert path.is_relative_to(rehearse_home)


def test_unknown_setting_in_the_file_is_named(rehearse_home: Path) -> None:
    write_config(rehearse_home, 'modle = "openai/gpt-4o"\n')
    with pytest.raises(ConfigError, match=r"config.toml: modle: unknown setting"):
        load_settings()


def test_broken_toml_names_the_file_and_line(rehearse_home: Path) -> None:
    write_config(rehearse_home, 'model = "a"\ntemperature = = 3\n')
    with pytest.raises(ConfigError, match=r"config.toml: .*line 2"):
        load_settings()


def test_out_of_range_env_value_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REHEARSE_TEMPERATURE", "9")
    with pytest.raises(ConfigError, match="REHEARSE_TEMPERATURE"):
        load_settings()


def test_config_command_never_prints_a_secret(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("REHEARSE_API_KEY", "sk-very-secret")
    monkeypatch.setenv("REHEARSE_API_BASE", "https://alice:tok3n@proxy.example.com:4000/v1")

    assert main(["config"]) == 0
    assert main(["config", "--json"]) == 0

    out = capsys.readouterr().out
    assert "sk-very-secret" not in out
    assert "tok3n" not in out and "alice" not in out
    assert "(set, hidden)" in out
    assert "proxy.example.com:4000" in out


def test_config_json_reports_sources(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--model", "openai/gpt-4o-mini", "config", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["settings"]["model"] == {"value": "openai/gpt-4o-mini", "source": "command line"}
    assert payload["settings"]["judge_model"]["value"] == "(unset)"


def test_every_setting_is_documented() -> None:
    for line in explain_settings(load_settings()):
        assert len(line.doc) > 20, line.name


def test_redact_url_keeps_urls_without_credentials() -> None:
    assert redact_url("http://localhost:11434") == "http://localhost:11434"
    assert redact_url("https://u:p@h.example/x") == "https://***@h.example/x"
