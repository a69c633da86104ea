"""peerdir: build a peer-support directory website from YAML listings and Markdown guides."""

from pathlib import Path

__version__ = "0.1.0"

THEME = Path(__file__).parent / "theme"  # the default theme: templates, static files and strings/ (its texts, a file per language)
