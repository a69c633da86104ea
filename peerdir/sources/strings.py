"""The theme's text: defaults from the theme's strings.yaml, replaced key by key
from site.yaml, checked when the site is loaded so a template never meets a
missing or malformed string."""

from __future__ import annotations

import difflib
import re

from peerdir import THEME
from peerdir.problems import Problem
from peerdir.sources.yamlfile import FileProblem, YamlDoc, load_file

DEFAULTS = THEME / "strings.yaml"
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def choice_key(prefix: str, value: str) -> str:
    """The string key for a choice value, e.g. ('cost', 'drop-in') -> 'cost_drop_in'."""
    return f"{prefix}_{value.replace('-', '_')}"


def load_strings(overrides: dict[str, str], config_doc: YamlDoc) -> tuple[dict[str, str], list[Problem]]:
    try:
        defaults = load_file(DEFAULTS, "peerdir/theme/strings.yaml", 1024 * 1024).data
    except FileProblem as exc:
        return {}, [exc.problem]
    strings = dict(defaults)
    problems = []
    for key, value in overrides.items():
        line, column = config_doc.where(("strings", key))
        if key not in defaults:
            guess = difflib.get_close_matches(key, list(defaults), n=1)
            hint = f" — did you mean '{guess[0]}'?" if guess else "; see peerdir/theme/strings.yaml for the keys"
            problems.append(Problem("site.yaml", line, column, f"strings.{key}", f"unknown string '{key}'{hint}"))
            continue
        extra = set(_PLACEHOLDER.findall(value)) - set(_PLACEHOLDER.findall(defaults[key]))
        if extra:
            allowed = ", ".join("{" + p + "}" for p in _PLACEHOLDER.findall(defaults[key])) or "none"
            problems.append(
                Problem("site.yaml", line, column, f"strings.{key}", f"'{{{sorted(extra)[0]}}}' cannot be filled in here; placeholders allowed: {allowed}")
            )
            continue
        strings[key] = value
    return strings, problems
