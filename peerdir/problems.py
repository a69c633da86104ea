"""Problems found in a site's files, and the one error type the core raises for them.

Every step collects problems instead of stopping at the first, so a contributor
sees everything to fix in one run. Each problem names the file, line and column
(1-based, as editors count), the field, and what to write instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Control characters a contributor's value may carry into a message; printed as escapes, one problem one line.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    column: int
    field: str
    message: str

    def as_text(self) -> str:
        where = f"{self.path}:{self.line}:{self.column}"
        message = _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode(), self.message)
        return f"{where}: {self.field}: {message}" if self.field else f"{where}: {message}"

    def as_github(self, level: str = "error") -> str:
        """A workflow command that annotates the file's line: an error, or a warning (a note that stops nothing)."""
        # Workflow commands: properties escape %, \r, \n, ':' and ','; the message escapes %, \r, \n.
        def prop(value: str) -> str:
            return workflow_escape(value).replace(":", "%3A").replace(",", "%2C")

        title = f",title={prop(self.field)}" if self.field else ""
        return (
            f"::{level} file={prop(self.path)},line={self.line},col={self.column}{title}"
            f"::{workflow_escape(self.message)}"
        )


def workflow_escape(value: str) -> str:
    """A GitHub Actions workflow command's message, escaped so that it stays one command."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


class ContentError(Exception):
    """The site's files have problems; nothing was written."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(set(problems))
        super().__init__(f"{len(self.problems)} problem(s)")


class UsageError(Exception):
    """The request itself cannot be carried out (a bad option, a file that already exists)."""
