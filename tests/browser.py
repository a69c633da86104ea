"""Headless Chromium for tests: Debian's chromium driven by Playwright, never a downloaded browser."""

from __future__ import annotations

import os
import shutil

import pytest

# Debian's chromium here; PEERDIR_CHROMIUM names another build (GitHub's runners have Chrome instead).
CHROMIUM = os.environ.get("PEERDIR_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
# Flags this machine needs: without the networking ones Chromium tries to reach Google's hosts at every start.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def launch(playwright):
    if not os.path.exists(CHROMIUM):
        if os.environ.get("CI"):
            pytest.fail("Chromium is missing in CI: .ci/run must install Debian's chromium")
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
