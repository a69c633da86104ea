"""How large a built site is by each measure GitHub Pages applies, for the README's size figures.

    python benchmarks/artifact.py SITE_OUTPUT_DIR [...]

GitHub documents that a published site "may be no larger than 1 GB" without saying which size it means.
actions/upload-pages-artifact packs the folder as one tar file (a header of 512 bytes for each file and folder,
and each file padded to 512 bytes), and actions/upload-artifact stores that tar zipped, at zlib's level 6 by
default. actions/deploy-pages then warns when the stored, compressed artifact is over 1 GB, and Pages refuses a
tar over 10 GB. So this prints the files' bytes, the tar's and the compressed artifact's, measured rather than
estimated: the compressed size depends on the content (pages shrink about sixfold; the gzip and zip exports not
at all).
"""

from __future__ import annotations

import io
import sys
import tarfile
import zlib
from pathlib import Path


class _Measured(io.RawIOBase):
    """A sink that counts what is written to it, and what it would take deflated at zlib's level 6."""

    def __init__(self) -> None:
        self.raw = self.deflated = 0
        self._deflate = zlib.compressobj(6, zlib.DEFLATED, -15)

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:  # type: ignore[override]
        self.raw += len(data)
        self.deflated += len(self._deflate.compress(data))
        return len(data)

    def finish(self) -> None:
        self.deflated += len(self._deflate.flush())


def artifact_sizes(out: Path) -> tuple[int, int, int]:
    """The files' bytes, the tar's (as upload-pages-artifact packs the folder) and the artifact's as stored."""
    sink = _Measured()
    files = 0
    with tarfile.open(fileobj=sink, mode="w|", format=tarfile.GNU_FORMAT) as tar:
        for path in sorted(out.rglob("*")):
            tar.add(path, arcname=str(path.relative_to(out)), recursive=False)
            files += path.stat().st_size if path.is_file() else 0
    sink.finish()
    return files, sink.raw, sink.deflated


def artifact_text(out: Path) -> str:
    files, tar, stored = artifact_sizes(out)
    return (f"files {files / 1e6:,.0f} MB, as upload-pages-artifact's tar {tar / 1e6:,.0f} MB, "
            f"as the artifact deploy-pages checks against 1 GB (zipped) {stored / 1e6:,.0f} MB")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    for folder in sys.argv[1:]:
        print(f"{folder}: {artifact_text(Path(folder))}")
