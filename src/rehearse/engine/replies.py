"""The replies file of `rehearse run`: one reply per paragraph, paragraphs separated by blank lines."""

from __future__ import annotations

import re
from pathlib import Path


class RepliesError(ValueError):
    pass


def parse_replies(text: str) -> list[str]:
    paragraphs = re.split(r"\n\s*\n", text.replace("\r\n", "\n"))
    return [" ".join(p.split()) for p in paragraphs if p.strip()]


def read_replies(path: Path) -> list[str]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RepliesError(f"{path}: no such file") from None
    except UnicodeDecodeError:
        raise RepliesError(f"{path}: not UTF-8 text") from None
    except OSError as error:
        raise RepliesError(f"{path}: cannot read it ({error.strerror})") from None
    replies = parse_replies(text)
    if not replies:
        raise RepliesError(f"{path}: no replies in it (write one reply per paragraph)")
    return replies
