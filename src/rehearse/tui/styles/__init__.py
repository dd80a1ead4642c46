"""Style files, one per screen (plus `app.tcss` shared by all)."""

from pathlib import Path

STYLES = Path(__file__).parent
