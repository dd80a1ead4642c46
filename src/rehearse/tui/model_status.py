"""Which model the persona speaks through, and whether it answers (as `rehearse doctor` says)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

State = Literal["checking", "ok", "failed"]


@dataclass(frozen=True)
class ModelStatus:
    model: str
    state: State = "checking"
    first_token_ms: float | None = None
    error: str | None = None

    @property
    def label(self) -> str:
        if not self.model:  # the settings are still loading
            return "model: …"
        if self.state == "ok":
            speed = f" {self.first_token_ms:.0f} ms" if self.first_token_ms is not None else ""
            return f"model: {self.model} ✓{speed}"
        if self.state == "failed":
            return f"model: {self.model} ✗ {self.error or 'no answer'}"
        return f"model: {self.model} … checking"
