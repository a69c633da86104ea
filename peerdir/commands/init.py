"""`peerdir init`: start a new directory from the starter shipped inside the package.

The starter holds everything an organization needs to publish on GitHub: a
commented site.yaml, one example listing of each type, two starter guides, the
check and publish workflows, issue forms, a pull request template and
CONTRIBUTING.md. This repository's own .github/ and CONTRIBUTING.md are the same
files (a test keeps them so). Dot-names are stored without the dot, so packaging
keeps them.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from peerdir.problems import UsageError

STARTER = Path(__file__).parent.parent / "starter"
DOT_NAMES = {"github": ".github", "gitignore": ".gitignore"}


def starter_files() -> dict[str, Path]:
    """Path in a new directory -> the packaged file it comes from."""
    files = {}
    for path in sorted(STARTER.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            parts = list(path.relative_to(STARTER).parts)
            parts[0] = DOT_NAMES.get(parts[0], parts[0])
            files["/".join(parts)] = path
    return files


def init_site(target: Path) -> list[str]:
    """Copy the starter into target, which must be new or empty; return what was written."""
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise UsageError(f"{target} already exists and is not empty; choose a new folder")
    written = []
    for rel, source in starter_files().items():
        destination = target / rel
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, destination)
        written.append(rel)
    return written
