"""Property-based: whatever a contributor puts in a listing file, peerdir builds the site or returns a clean
list of problems, never an exception, and a failed build leaves the previous site exactly as it was."""

from __future__ import annotations

import shutil
from datetime import date

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import BUILD_DATE, GOLDEN, files_under
from peerdir.build import BuildOptions, build
from peerdir.problems import ContentError

VALID = yaml.safe_load((GOLDEN / "site/listings/groups/old-town-anxiety-group.yaml").read_text())
FIELDS = list(VALID) + ["webiste", "type", "meetings", "hours", "location", "phones"]

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-10**12, 10**12), st.floats(allow_nan=False), st.text(max_size=40),
    st.dates(date(1900, 1, 1), date(2100, 1, 1)), st.sampled_from(["19:00", "yes", "no", "on", "~", "", "anxiety", "Old Town"]),
)
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4), max_leaves=12)
documents = st.one_of(
    values.map(lambda v: yaml.safe_dump(v, allow_unicode=True)),                               # any YAML value
    st.dictionaries(st.sampled_from(FIELDS), values, max_size=8).map(lambda d: yaml.safe_dump({**VALID, **d}, allow_unicode=True)),
    st.text(max_size=300),                                                                      # any text at all
    st.binary(max_size=200),                                                                    # any bytes
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(document=documents)
def test_any_listing_file_gives_a_site_or_clean_problems(document, tmp_path_factory) -> None:
    work = tmp_path_factory.mktemp("prop")
    site, out = work / "site", work / "out"
    shutil.copytree(GOLDEN / "site", site)
    build(site, BuildOptions(out_dir=out, today=BUILD_DATE))
    before = files_under(out)
    target = site / "listings/groups/old-town-anxiety-group.yaml"
    target.write_bytes(document if isinstance(document, bytes) else document.encode("utf-8"))
    try:
        build(site, BuildOptions(out_dir=out, today=BUILD_DATE))
    except ContentError as exc:
        assert exc.problems and all(p.path and p.line >= 1 and p.column >= 1 and p.message for p in exc.problems)
        assert files_under(out) == before
        assert sorted(p.name for p in work.iterdir()) == ["out", "site"]
