"""`peerdir serve`: build, serve on localhost, rebuild on change, reload the page.

The site is built into a temporary folder, never the real output. After an
edit, only what it changed is made again (rebuild.py): the pages first, then, in
the background while they are served, the search data and other outputs. A
rebuild that fails keeps the last good site being served and reports the
problems; if there is no good build yet, every page explains the problems
instead. Pages are given a small script (only here, never in a real build) that
asks for the build number each second and reloads when it changes. The
temporary folder is removed however serving ends: Ctrl+C, SIGTERM, or a port
that is taken.
"""

from __future__ import annotations

import functools
import html
import http.server
import multiprocessing
import shutil
import signal
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import watchfiles

from peerdir import workers
from peerdir.build import BuildOptions, BuildResult, Kept, build
from peerdir.model.site import Site
from peerdir.rebuild import settings_stamp, update_outputs, update_pages
from peerdir.problems import ContentError, Problem
from peerdir.sources.readers import CONFIG_FILE, CONTENT_DIR, LISTINGS_DIR, THEME_DIR

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
        on_problems: Callable[[list[Problem], bool], None],
        host: str = "127.0.0.1",
    ):
        """Listens on the port at once (OSError if it is taken), before anything is written to disk."""
        self.site_dir = site_dir
        self.on_built, self.on_problems = on_built, on_problems
        self.version = 0
        self.problems: list[Problem] = []  # of the latest build, if it failed
        self.stop_event = threading.Event()
        self.watching = threading.Event()  # set once changes to the sources are being noticed
        self.kept: Kept | None = None  # what the last good build knew, for the next update
        self.lock = threading.Lock()  # one writer at a time in the served folder
        self.outputs_done = threading.Event()  # set when the search data and other outputs match the pages
        handler = functools.partial(_Handler, server_state=self)
        self.httpd = http.server.ThreadingHTTPServer((host, port), handler)
        self.temp = Path(tempfile.mkdtemp(prefix="peerdir-serve-"))
        self.out_dir = self.temp / "site"
        self.watcher: threading.Thread | None = None
        self.copy: multiprocessing.process.BaseProcess | None = None  # answers while the first build runs

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}/"

    def rebuild(self, changed: set[Path] | None = None) -> bool:
        """The pages: all of them the first time and when site.yaml, the theme or the day changed, otherwise
        those an update changes; then, in the background, the other outputs, made from the same model."""
        options = BuildOptions(out_dir=self.out_dir)
        settings = settings_stamp(self.site_dir, options)
        try:
            with self.lock:
                if self.kept is None or self.kept.settings != settings:
                    kept = Kept(settings=settings)
                    result = build(self.site_dir, options, kept=kept, pages_only=True)
                    self.kept, site = kept, kept.site
                else:
                    result, site = update_pages(self.site_dir, options, self.kept, changed or set())
                self.outputs_done.clear()
                self.version += 1
                version = self.version
        except ContentError as exc:
            self.problems = exc.problems
            self._end_copy()
            self.on_problems(exc.problems, self.version > 0)
            return False
        self.problems = []
        self._end_copy()
        self.on_built(result)
        threading.Thread(target=self._finish, args=(options, site, version), daemon=True).start()
        return True

    def _finish(self, options: BuildOptions, site: Site, version: int) -> None:
        """The outputs besides the pages, for the build or update numbered `version`, unless a newer one began."""
        with self.lock:
            kept = self.kept
        if kept is None or not update_outputs(self.out_dir, options, kept, site, lambda: self.version == version, self.lock):
            return
        with self.lock:
            if self.version == version:
                self.outputs_done.set()

    def watch(self) -> None:
        paths = [p for p in (self.site_dir / n for n in (LISTINGS_DIR, CONTENT_DIR, THEME_DIR, CONFIG_FILE)) if p.exists()]
        # Waiting gives up every 0.1 s with no changes, which tells that the watcher has started.
        for changes in watchfiles.watch(*paths, stop_event=self.stop_event, debounce=300, rust_timeout=100, yield_on_timeout=True):
            self.watching.set()
            if changes:
                self.rebuild({Path(path) for _change, path in changes})

    def serve_forever(self) -> None:
        try:
            with self.answering_meanwhile():
                self.rebuild()
            self.watcher = threading.Thread(target=self.watch, daemon=True)
            self.watcher.start()
            self.httpd.serve_forever(poll_interval=0.1)  # stops within 0.1 s of Ctrl-C or SIGTERM
        finally:
            self.close()

    @contextmanager
    def answering_meanwhile(self) -> Iterator[None]:
        """While the first build runs, a forked copy of this server answers every page with "the site is being
        built" and reloads it when it is, instead of leaving the browser waiting. A copy, not a thread: the build
        then still runs in a process with one thread, so a large site's can use worker processes (workers.py).
        Where fork does not exist, requests wait for the build, as they did."""
        if not workers.can_fork():
            yield
            return
        self.copy = multiprocessing.get_context("fork").Process(target=self._answer_until_stopped, daemon=True)
        self.copy.start()
        try:
            yield
        finally:
            self._end_copy()

    def _end_copy(self) -> None:
        """Stop the copy before the build is reported, so that the site answers from the moment it says so."""
        if self.copy is not None:
            self.copy.terminate()  # SIGTERM: it finishes the requests it took, and ends; this process answers the rest
            self.copy.join(10)
            self.copy = None

    def _answer_until_stopped(self) -> None:
        """In the forked copy: answer requests (all "being built", since it never sees a build) until SIGTERM."""
        stopped = threading.Event()
        signal.signal(signal.SIGTERM, lambda signum, frame: stopped.set())
        signal.signal(signal.SIGINT, lambda signum, frame: stopped.set())  # Ctrl+C reaches both; this one ends quietly
        self.httpd.timeout = 0.1
        while not stopped.is_set():
            self.httpd.handle_request()
        self.httpd.server_close()  # this copy's socket; the parent's stays open and answers what comes next
        deadline = time.monotonic() + 1  # let answers under way finish; a connection left idle is not waited for
        for thread in threading.enumerate():
            if thread is not threading.current_thread():
                thread.join(max(0.0, deadline - time.monotonic()))

    def close(self, wait: float = 10.0) -> None:
        """Stop watching and remove the temporary folder, after a rebuild under way ends (up to `wait` seconds).
        Outputs still being made in the background are no longer wanted: they write nothing more (update_outputs
        asks, under the lock, before each write), so none is written into the folder once it is removed."""
        self.stop_event.set()
        self.httpd.server_close()
        if self.watcher is not None and self.watcher is not threading.current_thread():
            self.watcher.join(wait)
        if self.lock.acquire(timeout=wait):  # not held for longer than a write, once the watcher has stopped
            self.version += 1
            self.lock.release()
        shutil.rmtree(self.temp, ignore_errors=True)


@contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """SIGTERM (a terminal closed, `kill`, a process manager) ends serving as Ctrl+C does, so cleanup runs."""

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def problems_page(problems: list[Problem]) -> bytes:
    """What every address shows while there is no good build: the problems, and that the page reloads when fixed."""
    items = "".join(f"<li><code>{html.escape(p.as_text())}</code></li>" for p in problems)
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
        "<title>peerdir: the site has problems</title></head><body><main>"
        f"<h1>The site could not be built yet</h1><p>peerdir found {len(problems)} problem(s). "
        "Fix them and save; this page reloads by itself when the site builds.</p>"
        f"<ul>{items}</ul></main></body></html>"
    ).encode()


BUILDING_PAGE = (
    b'<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
    b"<title>peerdir: building the site</title></head><body><main><h1>The site is being built</h1>"
    b"<p>This page shows the site by itself as soon as it is ready.</p></main></body></html>"
)


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
        if self.state.version == 0:  # no good build yet: its problems, or (in the copy) that it is under way
            page = problems_page(self.state.problems) if self.state.problems else BUILDING_PAGE
            return self._send(page.replace(b"</body>", f'<script src="{RELOAD_PATH}"></script></body>'.encode(), 1),
                              "text/html; charset=utf-8", 503)
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
