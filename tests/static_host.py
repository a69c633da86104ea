"""A folder served on localhost as a static host (GitHub Pages) serves it, for the browser tests (conftest's
static_server) and for the benchmarks that open built sites in Chromium.

Every path asked for is handed to `heard`, by the page and by its workers alike: the browser's own events miss
what a worker fetches. A browser closing a connection mid-answer (it left the page, or the next test's fresh
browser began) is no error for a static host: CI's log printed a BrokenPipeError traceback for it.
"""

from __future__ import annotations

import functools
import http.server
import sys
import threading
from collections.abc import Callable
from pathlib import Path


def serve_folder(root: Path, heard: Callable[[str], None] = lambda path: None) -> http.server.ThreadingHTTPServer:
    """root served in a thread until .shutdown(), at address(server)."""

    class Handler(http.server.SimpleHTTPRequestHandler):
        def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
            heard(getattr(self, "path", ""))  # a request line too broken to read has none

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    class Server(http.server.ThreadingHTTPServer):
        def handle_error(self, request: object, client_address: object) -> None:
            if not isinstance(sys.exc_info()[1], ConnectionError):
                super().handle_error(request, client_address)

    server = Server(("127.0.0.1", 0), functools.partial(Handler, directory=str(root)))
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    return server


def address(server: http.server.ThreadingHTTPServer) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}/"
