"""Build the golden site and compare every file with tests/golden/expected.

After an intended change: pytest tests/test_golden.py --update-golden, then review the diff in git.
"""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path

import pytest

from conftest import BUILD_DATE, GOLDEN, files_under
from peerdir.build import BuildOptions, build

EXPECTED = GOLDEN / "expected"


def test_golden_build_matches_expected(golden_site: Path, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    out = tmp_path / "out"
    build(golden_site, BuildOptions(out_dir=out, today=BUILD_DATE))
    if request.config.getoption("--update-golden"):
        shutil.rmtree(EXPECTED, ignore_errors=True)
        shutil.copytree(out, EXPECTED)
        pytest.skip("golden output rewritten; review it with git diff")
    actual, expected = files_under(out), files_under(EXPECTED)
    assert sorted(actual) == sorted(expected), "the set of files written differs from tests/golden/expected"
    diffs = []
    for name in sorted(expected):
        if actual[name] != expected[name]:
            diffs.append(
                "".join(
                    difflib.unified_diff(
                        expected[name].decode().splitlines(keepends=True),
                        actual[name].decode().splitlines(keepends=True),
                        f"expected/{name}",
                        f"built/{name}",
                    )
                )
            )
    assert not diffs, "built output differs (run pytest --update-golden if intended):\n" + "\n".join(diffs[:3])
