"""Build the golden site and compare every generated file with tests/golden/expected.

Static assets are copied, not generated: they are compared with the theme files they come from instead of being
kept twice. After an intended change: pytest tests/test_golden.py --update-golden, then review the diff in git.
"""

from __future__ import annotations

import difflib
import gzip
import io
import json
import re
import shutil
import zipfile
from pathlib import Path

import pytest
from conftest import BUILD_DATE, GOLDEN, files_under, search_data

from peerdir.build import BuildOptions, build
from peerdir.model.jsonvalues import json_text
from peerdir.outputs.records import GzipJsonList, zip_file
from peerdir.pages.render import static_files
from peerdir.search.index import data_script

EXPECTED = GOLDEN / "expected"


_READABLE_SEARCH_DATA = re.compile(rb'peerdirSearchData\("([^"]+)",\n(.*),\n"([0-9a-f]+)"\);\n', re.S)
_COMPACT_JSON = ("api/", "hsds/")  # exports written compact; the golden folder indents them


def _readable(name: str, data: bytes) -> bytes:
    """Search data and the JSON exports are compact in the site; the golden folder keeps them pretty-printed, so
    their diff is readable. The site's bytes are checked to come back exactly from the readable form (_compact)."""
    if name.startswith("search/data/"):
        key, value, version = search_data(data.decode("utf-8"))
        return f'peerdirSearchData("{key}",\n'.encode() + _pretty(value) + f',\n"{version}");\n'.encode()
    if name.startswith(_COMPACT_JSON) and name.endswith(".json"):
        return _pretty(json.loads(data)) + b"\n"
    return data


def _compact(name: str, data: bytes) -> bytes:
    if name.startswith("search/data/"):
        key, payload, version = _READABLE_SEARCH_DATA.fullmatch(data).groups()
        return data_script(key.decode(), _minified(json.loads(payload)).decode(), version.decode())
    if name.startswith(_COMPACT_JSON) and name.endswith(".json"):
        return _minified(json.loads(data)) + b"\n"
    return data


def _pretty(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True).encode()


def _minified(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()


def generated(files: dict[str, bytes]) -> dict[str, bytes]:
    """What the build generated, as the golden folder keeps it: a zip as a folder of its members, a gzip as a
    folder of the one file it holds (hsds/services.json.gz/services.json), so no file there is named for a format
    it is not in."""
    out = {}
    for name, data in files.items():
        if name.startswith("static/"):
            continue
        if name.endswith(".gz"):
            inner = name[:-3]
            member = f"{name}/{inner.rsplit('/', 1)[-1]}"
            out[member] = _readable(inner, gzip.decompress(data))
            remade = GzipJsonList()  # the one kind of .gz a build writes: a JSON list
            for item in json.loads(_compact(inner, out[member])):
                remade.add(json_text(item).encode("utf-8"))
            assert remade.close() == data, "the file it holds makes the gzip"
        elif name.endswith(".zip"):
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                members = {f"{name}/{m}": _readable(f"{name}/{m}", archive.read(m)) for m in archive.namelist()}
            assert zip_file({m[len(name) + 1 :]: _compact(m, v) for m, v in members.items()}) == data, "the members make the zip"
            out.update(members)
        else:
            out[name] = _readable(name, data)
            assert _compact(name, out[name]) == data, "the readable form keeps every byte"
    return out


def test_golden_build_matches_expected(golden_site: Path, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    out = tmp_path / "out"
    build(golden_site, BuildOptions(out_dir=out, today=BUILD_DATE))
    built = files_under(out)
    assets = {name: data for name, data in built.items() if name.startswith("static/")}
    assert assets == {name: source.read_bytes() for name, source in static_files(golden_site).items()}
    assert b"the site theme adds this file" in assets["static/extra.css"]
    if request.config.getoption("--update-golden"):
        shutil.rmtree(EXPECTED, ignore_errors=True)
        for name, data in generated(built).items():
            (EXPECTED / name).parent.mkdir(parents=True, exist_ok=True)
            (EXPECTED / name).write_bytes(data)
        pytest.skip("golden output rewritten; review it with git diff")
    actual, expected = generated(built), files_under(EXPECTED)
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
