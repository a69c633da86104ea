"""Write a built site so that a failed build loses nothing.

Files go into a fresh folder beside the output folder; only when every file
is written is the old output moved aside and the new one renamed into place.
A build that is killed leaves its folder behind; the next build removes the
ones whose owner process has ended, so no leftovers pile up beside the site.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import socket
import tempfile
from pathlib import Path
from typing import BinaryIO

from peerdir.outputs.records import Content, pieces
from peerdir.problems import UsageError

MARKER = ".peerdir"
MARKER_TEXT = "This folder is built by peerdir and replaced on every build.\n"
OWNER = ".peerdir-staging"  # in a folder being written: "host pid", so a later build can tell whether it was abandoned


def check_output_dir(out_dir: Path, site_dir: Path) -> None:
    """Refuse an output folder whose replacement would destroy sources or someone's files."""
    out, site = out_dir.resolve(), site_dir.resolve()
    if out == site or out in site.parents:
        raise UsageError(f"the output folder {out_dir} contains the site's sources; choose another, such as {site_dir / 'site'}")
    for source in ("listings", "content", "theme"):
        if out == site / source or (site / source) in out.parents:
            raise UsageError(f"the output folder {out_dir} is inside {source}/; choose another")
    if out.exists() and (not out.is_dir() or (any(out.iterdir()) and not (out / MARKER).exists())):
        raise UsageError(
            f"{out_dir} already exists and was not built by peerdir; peerdir replaces its output folder, "
            "so choose a new or empty folder"
        )


def fingerprint(data: Content) -> tuple[int, str]:
    """A file's size and SHA-256: what outputs/offline.py lists, and how an update tells a file has changed."""
    return _written(data, None)


def _written(data: Content, handle: BinaryIO | None) -> tuple[int, str]:
    """A file's bytes written to handle (with one), also pieces still being made (an iterator, read once); its
    fingerprint, taken as they are written."""
    digest, size = hashlib.sha256(), 0
    for piece in pieces(data):
        if handle:
            handle.write(piece)
        digest.update(piece)
        size += len(piece)
    return size, digest.hexdigest()


def replace_file(out_dir: Path, rel: str, data: Content) -> None:
    """Write one file of a site being served (`peerdir serve`'s own folder, never a published one), beside its
    place first and then renamed over it, so that a request never gets half of it."""
    path = out_dir / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(f".{path.name}.part")
    with open(part, "wb") as handle:
        handle.writelines(pieces(data))  # its fingerprint was taken before (rebuild.py), to tell whether it changed
    os.replace(part, path)


def remove_file(out_dir: Path, rel: str) -> None:
    """Remove one file of a site being served, and the folders it leaves empty, as a whole build would not make."""
    path = out_dir / rel
    path.unlink(missing_ok=True)
    folder = path.parent
    while folder != out_dir and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent


class StagedOutput:
    """A folder being written; `commit` swaps it in, `discard` removes it."""

    def __init__(self, out_dir: Path):
        self.out_dir = out_dir
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        remove_abandoned(out_dir)
        self.stage = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.building-", dir=out_dir.parent))
        (self.stage / OWNER).write_text(f"{socket.gethostname()} {os.getpid()}\n", encoding="utf-8")
        self.written: dict[str, tuple[int, str]] = {}  # every file: its size and SHA-256, for outputs/offline.py
        self._made: set[str] = {""}

    def write(self, rel: str, data: Content) -> None:
        folder = os.path.dirname(rel)
        if folder not in self._made:  # one mkdir per folder, not per file: 10,000 pages make 10,000 folders
            os.makedirs(os.path.join(self.stage, folder), exist_ok=True)
            self._made.add(folder)
        with open(os.path.join(self.stage, rel), "wb") as handle:
            self.written[rel] = _written(data, handle)

    def adopt(self, written: dict[str, tuple[int, str]]) -> None:
        """Count files that a forked worker wrote into this folder itself (build.py), so that their bytes never
        travel back to this process: at 100,000 listings they were 900 MB held here until written."""
        self.written.update(written)

    @property
    def count(self) -> int:
        return len(self.written)

    def copy(self, rel: str, source: Path) -> None:
        self.write(rel, source.read_bytes())

    def commit(self) -> None:
        (self.stage / OWNER).unlink()
        (self.stage / MARKER).write_text(MARKER_TEXT, encoding="utf-8")
        os.chmod(self.stage, 0o755)
        old = None
        if self.out_dir.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{self.out_dir.name}.old-", dir=self.out_dir.parent))
            os.rmdir(old)
            os.replace(self.out_dir, old)
        os.replace(self.stage, self.out_dir)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)

    def discard(self) -> None:
        shutil.rmtree(self.stage, ignore_errors=True)


def remove_abandoned(out_dir: Path) -> list[Path]:
    """Remove the staging folders of builds into out_dir that were killed, and old outputs a killed swap left.

    Only folders peerdir made are touched: a staging folder whose owner file names a process on this machine
    that has ended, or an old output (it has the marker) moved aside by a swap that never finished. A build
    still running, here or on another machine sharing the folder, is left alone.
    """
    removed = []
    host = socket.gethostname()
    for folder in sorted(out_dir.parent.glob(f".{out_dir.name}.building-*")):
        try:
            owner_host, pid = (folder / OWNER).read_text(encoding="utf-8").split()
        except (OSError, ValueError):
            continue  # not ours, or being created this very moment
        if owner_host == host and not _running(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    for folder in sorted(out_dir.parent.glob(f".{out_dir.name}.old-*")):
        if (folder / MARKER).is_file():
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def _running(pid: int) -> bool:
    if os.name == "nt":  # os.kill(pid, 0) would end the process on Windows: assume it runs
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True
