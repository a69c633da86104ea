"""What several outputs share: JSON files, spreadsheet-safe cells, and RFC 5545 meeting days.

The outputs (api, calendars, feeds, hsds) depend on the model and on this, never on each other.
"""

from __future__ import annotations

import gzip
import io
import zipfile
from collections.abc import Iterable, Iterator
from typing import Any

from peerdir.model.jsonvalues import json_text
from peerdir.sources.fieldtypes import WEEKDAYS

RRULE_DAYS = {day: day[:2].upper() for day in WEEKDAYS}


# A file's bytes, or its bytes in pieces: a very large export (HSDS at 100,000 listings: hundreds of megabytes) is
# written piece by piece, never joined into one more copy in memory; the pieces may be made as they are written
# (an iterator, read once: build.output_files makes them into a list where they are read twice).
Content = bytes | list[bytes | memoryview] | Iterator[bytes]


def json_file(value: Any) -> bytes:
    """An export's JSON as its readers' parsers take it: compact, keys sorted, UTF-8. Indentation would add a
    third to the size of the largest files of a big directory (services.json) and serves no program."""
    return (json_text(value) + "\n").encode("utf-8")


class GzipJsonList:
    """A JSON list written as json_file writes it and compressed as gzip, item by item as each is made (already
    written by json_text and encoded): the services of 100,000 listings take 400 MB as text, the gzip a sixth of
    that, and only the gzip is ever held. The same bytes on every build (no time or name in the gzip header): a
    bulk download that programs fetch whole and unpack (`curl URL | gunzip`)."""

    def __init__(self) -> None:
        self._buffer = io.BytesIO()
        # zlib's default level, as the zip's: level 9 (GzipFile's default) took twice the time for 3% less.
        self._gzip = gzip.GzipFile(fileobj=self._buffer, mode="wb", filename="", mtime=0, compresslevel=6)
        self._started = False

    def add(self, item: bytes) -> None:
        self._gzip.write(b"," if self._started else b"[")
        self._gzip.write(item)
        self._started = True

    def close(self) -> bytes:
        self._gzip.write(b"]\n" if self._started else b"[]\n")
        self._gzip.close()
        return self._buffer.getvalue()


def pieces(content: Content) -> Iterable[bytes | memoryview]:
    """A file's bytes as pieces, whichever form its Content takes."""
    return [content] if isinstance(content, bytes) else content


def zip_file(files: dict[str, Content]) -> bytes:
    """Several files as one zip download, the same bytes on every build: each member dated 1980-01-01 (the
    earliest a zip can say), readable by all, in the order given. A member's bytes may come in pieces, also
    as they are read (an iterator, read once)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:  # each member says how it is compressed
        for name, content in files.items():
            member = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            member.compress_type, member.external_attr = zipfile.ZIP_DEFLATED, 0o644 << 16
            with archive.open(member, "w") as handle:
                for piece in pieces(content):
                    handle.write(piece)
    return buffer.getvalue()


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _formula_like(value: str) -> bool:
    """Would a spreadsheet take this cell for a formula (or for the escape of one, so escaping can be undone)?"""
    return value.startswith(_FORMULA_START) or (value.startswith("'") and _formula_like(value[1:]))


_MAYBE_FORMULA = (*_FORMULA_START, "'")


def spreadsheet_safe(value: str) -> str:
    """A cell a spreadsheet shows as text and never runs (OWASP CSV injection): a leading ' before =, +, -, @,
    tab or carriage return. Reversible exactly by spreadsheet_unsafe, for data read back by programs."""
    if not value.startswith(_MAYBE_FORMULA):  # nearly every cell, decided by one call (HSDS has 70 a listing)
        return value
    return "'" + value if _formula_like(value) else value


def spreadsheet_unsafe(value: str) -> str:
    return value[1:] if value.startswith("'") and _formula_like(value[1:]) else value
