"""Small wording helpers shared by the engine's text and the TUI."""

from __future__ import annotations


def count(number: int, noun: str) -> str:
    """ "1 turn", "3 turns": a plain English plural (the nouns used here take an "s")."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"
