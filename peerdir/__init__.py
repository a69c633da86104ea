"""peerdir: build a peer-support directory website from YAML listings and Markdown guides."""

__version__ = "0.1.0"
