"""The documentation keeps up with the code: generated references are current, and every command,
option, setting and theme string is documented or used."""

from __future__ import annotations

import ast
import re

import yaml
from conftest import REPO

from peerdir.cli import main
from peerdir.commands.reference import listing_fields_markdown, updated_readme
from peerdir.sources.config import SiteConfig
from peerdir.sources.strings import DEFAULTS, calendar_names

README = (REPO / "README.md").read_text(encoding="utf-8")
TEMPLATES = REPO / "peerdir/theme/templates"


def test_listing_field_reference_is_current() -> None:
    assert (REPO / "docs/listing-fields.md").read_text(encoding="utf-8") == listing_fields_markdown(), (
        "run: python -m peerdir.commands.reference"
    )


def test_readme_site_yaml_reference_is_current_and_covers_every_setting() -> None:
    assert updated_readme(README) == README, "run: python -m peerdir.commands.reference"
    for name in SiteConfig.model_fields:
        assert f"| `{name}` |" in README, name


def test_every_command_and_option_is_in_the_readme() -> None:
    for name, command in main.commands.items():
        assert f"`peerdir {name}" in README, name
        for param in command.params:
            for option in param.opts:
                if option.startswith("--"):
                    assert option in README, f"peerdir {name} {option}"


def test_readme_starts_with_the_two_commands() -> None:
    first_block = README.split("```sh", 1)[1].split("```", 1)[0]
    commands = [line for line in first_block.splitlines() if line and not line.startswith("#")]
    assert commands == [
        "python3 -m venv .venv && . .venv/bin/activate && pip install . && peerdir serve",
        'apt-get update && apt-get install -y chromium nodejs default-jre-headless python3-venv && python3 -m venv .venv'
        ' && . .venv/bin/activate && pip install -e ".[test]" && npm ci && pytest',
    ]
    assert commands[1] in (REPO / ".ci/run").read_text(), ".ci/run runs the README's test command"


def _keys_used_in_templates() -> set[str]:
    used: set[str] = set()
    for template in sorted(TEMPLATES.rglob("*")):
        if not template.is_file():
            continue
        text = template.read_text(encoding="utf-8")
        used |= set(re.findall(r"\bt\.(\w+)", text))
        used |= set(re.findall(r"\bt\['(\w+)'\]", text))
    return used


def _prefixes_used_in_templates() -> set[str]:
    """Keys built at render time: t['type_' ~ id] and choice('cost', value)."""
    prefixes: set[str] = set()
    for template in sorted(TEMPLATES.rglob("*")):
        if not template.is_file():
            continue
        text = template.read_text(encoding="utf-8")
        prefixes |= set(re.findall(r"\bt\['(\w+_)' ~", text))
        prefixes |= {p + "_" for p in re.findall(r"\bchoice\('(\w+)'", text)}
    return prefixes


def test_every_string_the_templates_use_exists() -> None:
    strings = yaml.safe_load(DEFAULTS.read_text(encoding="utf-8"))
    assert all(isinstance(key, str) for key in strings), "a key was read as yes/no or a number; rename it"
    missing = _keys_used_in_templates() - set(strings) - set(calendar_names("en"))
    assert not missing


def test_no_string_goes_unused() -> None:
    strings = yaml.safe_load(DEFAULTS.read_text(encoding="utf-8"))
    python_sources = "\n".join(p.read_text(encoding="utf-8") for p in (REPO / "peerdir").rglob("*.py"))
    prefixes = _prefixes_used_in_templates() | {
        "weekday_", "weekday_short_", "month_", "week_", "date_", "area_", "listing_count_", "type_one_", "type_intro_",
        "search_filter_", "distance_",  # t[f"search_filter_{name}"] and t[f"distance_{units}"] in plan.py
        "phone_",  # choice_key('phone', phone.kind) in model/site.py, each phone's button
        "kind_",  # choice(listing.type.kind_field, ...) in listing.html, under a line's name (and a group's format_)
        "search_also_",  # _named(t, key) in search/index.py, beside each name of what a listing is
        "search_when_",  # t[f"search_when_{when}"] in search/index.py, for when it meets or is open
    }
    unused = [
        key
        for key in strings
        if key not in _keys_used_in_templates()
        and not any(key.startswith(p) for p in prefixes)
        and f'"{key}"' not in python_sources
        and f"'{key}'" not in python_sources
        and not (key.endswith("_title") and '_title"]' in python_sources)  # t[f"{kind}_title"] in plan.py
    ]
    assert unused == []


def test_architecture_describes_every_folder_of_the_package_and_no_other() -> None:
    text = (REPO / "ARCHITECTURE.md").read_text(encoding="utf-8")
    headings = "\n".join(line for line in text.splitlines() if line.startswith("## "))
    described = set(re.findall(r"`(peerdir/\w+)/`", headings))
    folders = {p.relative_to(REPO).as_posix() for p in (REPO / "peerdir").iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert described == folders, f"missing: {sorted(folders - described)}; not in the tree: {sorted(described - folders)}"
    for module in (REPO / "peerdir").rglob("*.py"):
        if module.name not in ("__init__.py", "__main__.py"):
            assert f"`{module.name}`" in text or f"{module.parent.name}/{module.name}" in text, f"{module} is not described"


def test_outputs_depend_on_the_model_never_on_each_other() -> None:
    """ARCHITECTURE.md's rule, read from the code: the pages, the search data and the other outputs each import
    from the steps before them (sources, model) and their own folder, never from one another; and nothing before
    them imports any of them."""
    outputs = {"pages", "search", "outputs"}
    for folder in ("sources", "model", *sorted(outputs)):
        for module in sorted((REPO / "peerdir" / folder).glob("*.py")):
            tree = ast.parse(module.read_text(encoding="utf-8"))
            imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
            imported |= {f"peerdir.{alias.name}" for node in ast.walk(tree)  # from peerdir import search
                         if isinstance(node, ast.ImportFrom) and node.module == "peerdir" for alias in node.names}
            imported |= {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
            steps = {name.split(".")[1] for name in imported if name.startswith("peerdir.")}
            reached = steps & (outputs - {folder})
            assert not reached, f"peerdir/{folder}/{module.name} imports from {sorted(reached)}"


def test_every_name_templates_get_is_documented_in_the_theme_readme(golden_site) -> None:
    import jinja2

    from peerdir.pages.render import PAGE_NAMES, make_environment, template_globals
    from peerdir.sources.load import load_site

    documented = set(re.findall(r"^\| `(\w+)", (REPO / "theme/README.md").read_text(encoding="utf-8"), flags=re.M))
    given = set(template_globals(load_site(golden_site), file_urls=False)) | set(PAGE_NAMES)
    given |= set(make_environment(golden_site).globals) - set(jinja2.Environment().globals)  # what the environment adds
    assert given == documented, f"undocumented: {sorted(given - documented)}; documented but not given: {sorted(documented - given)}"


_GROUP = "name: A Group\nsummary: A group.\ncost: free\npeer_led: yes\nlast_verified: 2026-10-01\nformat: online\nservice_area: [online]\n"
_LINE = "name: A Line\nsummary: A line.\ncost: free\npeer_led: yes\nlast_verified: 2026-10-01\nkind: warmline\nservice_area: [national]\nphones: ['988']\n"
_WRITTEN_IN = {  # a listing that holds an example of the field, with everything else it needs
    "start": ("group", _GROUP + "meetings:\n  - weekday: monday\n    start: {}\n"),
    "weekday": ("group", _GROUP + "meetings:\n  - weekday: {}\n    start: '19:00'\n"),
    "weeks": ("group", _GROUP + "meetings:\n  - weekday: monday\n    start: '19:00'\n    weeks: {}\n"),
    "duration": ("group", _GROUP + "meetings:\n  - weekday: monday\n    start: '09:00'\n    duration: {}\n"),
    "meetings": ("group", _GROUP + "meetings: {}\n"),
    "hours": ("helpline", _LINE + "hours: {}\n"),
    "kind": ("helpline", _LINE.replace("kind: warmline\n", "") + "kind: {}\n"),
    "days": ("helpline", _LINE + "hours:\n  weekly:\n    - days: {}\n      opens: '09:00'\n      closes: '17:00'\n"),
    "opens": ("helpline", _LINE + "hours:\n  weekly:\n    - days: [monday]\n      opens: {}\n"),
    "languages": ("group", _GROUP + "languages: {}\n"),
    "topics": ("group", _GROUP + "topics: {}\n"),
    "audiences": ("group", _GROUP + "audiences: {}\n"),
    "service_area": ("group", _GROUP.replace("service_area: [online]\n", "") + "service_area: {}\n"),
    "cost": ("group", _GROUP.replace("cost: free\n", "") + "cost: {}\n"),
    "email": ("group", _GROUP + "email: {}\n"),
    "website": ("group", _GROUP + "website: {}\n"),
    "last_verified": ("group", _GROUP.replace("last_verified: 2026-10-01\n", "") + "last_verified: {}\n"),
    "format": ("group", _GROUP.replace("format: online\n", "").replace("service_area: [online]\n", "") + "format: {}\n"
               "location:\n  region: harbor-city\n  address:\n    city: Springfield\n"),  # a place, for in person too
    "how_to_join": ("group", _GROUP + "how_to_join: {}\n"),
    "latitude": ("group", _GROUP.replace("format: online\nservice_area: [online]\n", "format: in-person\n")
                 + "location:\n  region: harbor-city\n  latitude: {}\n  longitude: -123.8\n"),
    "longitude": ("group", _GROUP.replace("format: online\nservice_area: [online]\n", "format: in-person\n")
                  + "location:\n  region: harbor-city\n  latitude: 45.5\n  longitude: {}\n"),
    "answered_by": ("helpline", _LINE + "answered_by: {}\n"),
    "minimum_age": ("forum", _GROUP.replace("format: online\n", "url: https://forum.example.org/\n") + "minimum_age: '{}'\n"),
    "referral": ("respite", _GROUP.replace("format: online\nservice_area: [online]\n", "location:\n  region: harbor-city\n")
                 + "referral: {}\n"),
    "capacity": ("respite", _GROUP.replace("format: online\nservice_area: [online]\n", "location:\n  region: harbor-city\n")
                 + "capacity: '{}'\n"),
    "status": ("group", _GROUP + "status: {}\n"),
    "phones": ("group", _GROUP + "phones: {}\n"),
    "number": ("group", _GROUP + "phones:\n  - number: {}\n"),
    "location": ("group", _GROUP.replace("format: online\nservice_area: [online]\n", "format: in-person\n") + "location: '{}'\n"),
    "address": ("group", _GROUP.replace("format: online\nservice_area: [online]\n", "format: in-person\n")
                + "location:\n  venue: A Hall\n  region: harbor-city\n  address: '{}'\n"),
    "postal_code": ("group", _GROUP.replace("format: online\nservice_area: [online]\n", "format: in-person\n")
                    + "location:\n  venue: A Hall\n  region: harbor-city\n  address:\n    city: Harbor City\n    postal_code: {}\n"),
}


def test_every_way_of_writing_a_field_the_readme_shows_is_one_check_accepts() -> None:
    """The README's table of what check reads as the fields it stands for: each example there, written into a
    listing of the sample site, passes check. An example of a field this test has no listing for fails it."""
    from peerdir.sources.load import load_settings
    from peerdir.sources.schema import TYPES_BY_ID
    from peerdir.sources.validation import Vocabularies, validate
    from peerdir.sources.yamlfile import load_text

    table = README.split("`check` also reads what a directory publishes")[1].split("\n\n")[1]
    examples = []
    for row in (line for line in table.splitlines() if line.startswith("| `")):
        field = None
        for code in (code.replace("\\|", "|") for code in re.findall(r"`([^`]+)`", row.split(" | ")[0])):  # a table's \|
            field, value = code.split(": ", 1) if re.match(r"^[a-z_0-9]+: ", code) else (field, code)
            examples.append((field, value))
    assert len(examples) >= 30
    config, _, _ = load_settings(REPO)
    vocab = Vocabularies.from_config(config)
    for field, value in examples:
        kind, text = _WRITTEN_IN[field]
        data, problems = validate(TYPES_BY_ID[kind].schema, load_text(text.format(value), "x.yaml"), "x.yaml", vocab)
        assert data is not None and not problems, f"{field}: {value}: {[p.as_text() for p in problems]}"
