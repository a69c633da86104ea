"""`peerdir serve`: build, serve on localhost, rebuild on change, reload the page.

The site is built into a temporary folder, never the real output. A rebuild
that fails keeps the last good site being served and reports the problems.
Pages are given a small script (only here, never in a real build) that asks
for the build number each second and reloads when it changes.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

import watchfiles

from peerdir.build import BuildOptions, BuildResult, build
from peerdir.problems import ContentError, Problem
from peerdir.readers import CONFIG_FILE, CONTENT_DIR, LISTINGS_DIR, THEME_DIR

RELOAD_PATH = "/__peerdir__/reload.js"
VERSION_PATH = "/__peerdir__/version"
RELOAD_SCRIPT = b"""(function () {
  var seen = null;
  function poll() {
    fetch('/__peerdir__/version', {cache: 'no-store'}).then(function (r) { return r.text(); }).then(function (v) {
      if (seen !== null && v !== seen) { location.reload(); }
      seen = v;
    }).catch(function () {}).finally(function () { setTimeout(poll, 1000); });
  }
  poll();
})();
"""


class DevServer:
    def __init__(
        self,
        site_dir: Path,
        port: int,
        on_built: Callable[[BuildResult], None],
        on_problems: Callable[[list[Problem]], None],
        host: str = "127.0.0.1",
    ):
        self.site_dir = site_dir
        self.on_built, self.on_problems = on_built, on_problems
        self.temp = Path(tempfile.mkdtemp(prefix="peerdir-serve-"))
        self.out_dir = self.temp / "site"
        self.version = 0
        self.stop_event = threading.Event()
        handler = functools.partial(_Handler, server_state=self)
        self.httpd = http.server.ThreadingHTTPServer((host, port), handler)

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}/"

    def rebuild(self) -> bool:
        try:
            result = build(self.site_dir, BuildOptions(out_dir=self.out_dir))
        except ContentError as exc:
            self.on_problems(exc.problems)
            return False
        self.version += 1
        self.on_built(result)
        return True

    def watch(self) -> None:
        paths = [p for p in (self.site_dir / n for n in (LISTINGS_DIR, CONTENT_DIR, THEME_DIR, CONFIG_FILE)) if p.exists()]
        for _changes in watchfiles.watch(*paths, stop_event=self.stop_event, debounce=300):
            self.rebuild()

    def serve_forever(self) -> None:
        self.rebuild()
        watcher = threading.Thread(target=self.watch, daemon=True)
        watcher.start()
        try:
            self.httpd.serve_forever()
        finally:
            self.close()

    def close(self) -> None:
        self.stop_event.set()
        self.httpd.server_close()
        shutil.rmtree(self.temp, ignore_errors=True)


class _Handler(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *args, server_state: DevServer, **kwargs):
        self.state = server_state
        super().__init__(*args, directory=str(server_state.out_dir), **kwargs)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (the stdlib's name)
        pass

    def do_GET(self) -> None:  # noqa: N802 (the stdlib's name)
        if self.path == VERSION_PATH:
            return self._send(str(self.state.version).encode(), "text/plain")
        if self.path == RELOAD_PATH:
            return self._send(RELOAD_SCRIPT, "text/javascript")
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?", 1)[0].endswith("/"):
                return super().do_GET()  # redirects to the address with a slash, as a host would
            path = path / "index.html"
        if path.suffix == ".html" and path.is_file():
            html = path.read_bytes().replace(b"</body>", f'<script src="{RELOAD_PATH}"></script></body>'.encode(), 1)
            return self._send(html, "text/html; charset=utf-8")
        if not path.exists() and (self.state.out_dir / "404.html").is_file():
            return self._send((self.state.out_dir / "404.html").read_bytes(), "text/html; charset=utf-8", 404)
        return super().do_GET()

    def _send(self, body: bytes, content_type: str, status: int = 200) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)
