"""Find and read a site's source files. A reader returns content and where it
came from, nothing more: checking it is validation's job."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from peerdir.problems import Problem
from peerdir.sources import schema
from peerdir.sources.schema import ListingType
from peerdir.sources.yamlfile import FileProblem, YamlDoc, decode, load_file, load_text, read_bytes

CONFIG_FILE = "site.yaml"
LISTINGS_DIR = "listings"
CONTENT_DIR = "content"
THEME_DIR = "theme"
LISTING_MAX_BYTES = 64 * 1024
CONFIG_MAX_BYTES = 1024 * 1024
GUIDE_MAX_BYTES = 512 * 1024
LISTING_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class ListingSource:
    type: ListingType
    path: Path
    rel: str  # as shown in problems, relative to the site folder, with /

    @property
    def slug(self) -> str:
        return self.path.stem


@dataclass(frozen=True)
class GuideSource:
    path: Path
    rel: str
    language: str = ""  # a translation's (content/<language>/), or "" for the site's main language

    @property
    def slug(self) -> str:
        return self.path.stem


@dataclass
class RawGuide:
    source: GuideSource
    front: YamlDoc
    body: str
    body_line: int  # line number of the body's first line in the file


def rel(site_dir: Path, path: Path) -> str:
    return path.relative_to(site_dir).as_posix()


def read_config(site_dir: Path) -> YamlDoc:
    path = site_dir / CONFIG_FILE
    if not path.is_file():
        raise FileProblem(
            Problem(CONFIG_FILE, 1, 1, "", f"no {CONFIG_FILE} in {site_dir}; is this the directory's folder?")
        )
    return load_file(path, CONFIG_FILE, CONFIG_MAX_BYTES)


def find_listings(site_dir: Path) -> tuple[list[ListingSource], list[Problem]]:
    """Every listing file, sorted; and a problem for each file in the wrong place, with a name peerdir would
    otherwise pass over (name.YAML, name.yaml.txt, name.json, no suffix), or linked from outside the site.
    Hidden files (.gitkeep, .DS_Store) and README files are left alone. Walked with os.scandir, which knows
    each entry's kind without asking the file system again: `peerdir serve` finds them after every edit."""
    root = site_dir / LISTINGS_DIR
    found: list[ListingSource] = []
    problems: list[Problem] = []
    if not root.is_dir():
        return found, problems
    folders = ", ".join(f"{LISTINGS_DIR}/{f}/" for f in schema.TYPES_BY_FOLDER)
    outside_site = _Outside(site_dir)
    for parts, is_link in sorted(_files_under(str(root))):
        if any(p.startswith(".") for p in parts) or parts[-1].rsplit(".", 1)[0].upper() == "README":
            continue
        where = os.path.join(root, *parts)
        shown = "/".join((LISTINGS_DIR, *parts))
        outside = outside_site(where, is_link)
        if outside:
            problems.append(Problem(shown, 1, 1, "", outside))
            continue
        path = Path(where)
        if path.suffix not in LISTING_SUFFIXES:
            problems.append(Problem(shown, 1, 1, "", _suffix_fix(path)))
            continue
        listing_type = schema.TYPES_BY_FOLDER.get(parts[0]) if len(parts) == 2 else None
        if listing_type is None:
            problems.append(Problem(shown, 1, 1, "", f"listing files belong directly in one of {folders}; move it"
                                    + _where_it_belongs(path, shown)))
            continue
        found.append(ListingSource(listing_type, path, shown))
    return found, problems


def _where_it_belongs(path: Path, shown: str) -> str:
    """For a listing file in the wrong folder, the folder of the one type whose own fields it has ('kind' and
    'hours': a helpline's), or nothing where its fields say none or several."""
    try:
        data = load_file(path, shown, LISTING_MAX_BYTES).data
    except FileProblem:
        return ""
    found = schema.type_of_fields(data) if isinstance(data, dict) else None
    return f" to {LISTINGS_DIR}/{found[0].folder}/ (it has {', '.join(found[1])}, as a {found[0].id} has)" if found else ""


def _files_under(folder: str, parts: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], bool]]:
    """The files under a folder, as the names on the way to each and whether it is a link, as Path.rglob finds
    them: into folders, but not into links to folders; links to files are files."""
    files = []
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                files += _files_under(entry.path, (*parts, entry.name))
            elif entry.is_file():
                files.append(((*parts, entry.name), entry.is_symlink()))
    return files


def _suffix_fix(path: Path) -> str:
    """What to rename a file to so that it is read as a listing."""
    stem = path.name.split(".", 1)[0] or path.name
    if path.suffix.lower() in LISTING_SUFFIXES:
        return f"peerdir reads only names ending in .yaml (lowercase); rename it to {stem}.yaml"
    if path.suffix.lower() == ".json":
        return f"listings are YAML files; write it as {stem}.yaml (peerdir import hsds reads HSDS JSON)"
    return f"listing files end in .yaml, so this one is not read; rename it to {stem}.yaml (or move it out of {LISTINGS_DIR}/)"


class _Outside:
    """Whether a file is, or is reached through, a link that leads outside the site's folder. The site folder and
    each directory are resolved once: resolving every one of ten thousand files was most of finding them."""

    def __init__(self, site_dir: Path):
        self.base = os.path.realpath(site_dir)
        self.folders: dict[str, str] = {}

    def __call__(self, path: str, is_link: bool | None = None) -> str | None:
        if is_link if is_link is not None else os.path.islink(path):
            where = os.path.realpath(path)
        else:
            folder, name = os.path.split(path)
            if folder not in self.folders:
                self.folders[folder] = os.path.realpath(folder)
            where = os.path.join(self.folders[folder], name)
        if where == self.base or where.startswith(self.base.rstrip(os.sep) + os.sep):
            return None
        return "this is a link to a file outside the site's folder; put the file itself here"


def read_listing(source: ListingSource) -> YamlDoc:
    return load_file(source.path, source.rel, LISTING_MAX_BYTES)


def find_guides(site_dir: Path, language: str = "") -> tuple[list[GuideSource], list[Problem]]:
    """Every guide, sorted, or every one translated into a language (content/<language>/); and a problem for each
    that is a link to a file outside the site."""
    root = site_dir / CONTENT_DIR / language
    if not root.is_dir():
        return [], []
    found, problems = [], []
    outside_site = _Outside(site_dir)
    for path in sorted(root.glob("*.md")):
        if path.name.startswith("."):
            continue
        outside = outside_site(str(path))
        if outside:
            problems.append(Problem(rel(site_dir, path), 1, 1, "", outside))
        else:
            found.append(GuideSource(path, rel(site_dir, path), language))
    return found, problems


def read_guide(source: GuideSource) -> RawGuide:
    """Split a guide into its YAML front matter (between --- lines) and its Markdown body."""
    text = decode(read_bytes(source.path, source.rel, GUIDE_MAX_BYTES), source.rel)
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        raise FileProblem(
            Problem(source.rel, 1, 1, "", "a guide starts with front matter: a line '---', then title: and summary:, then '---'")
        )
    for index in range(1, len(lines)):
        if lines[index].strip() == "---":
            front = load_text("".join(lines[1:index]), source.rel, line_offset=1)
            body = "".join(lines[index + 1 :])
            return RawGuide(source, front, body, index + 2)
    raise FileProblem(Problem(source.rel, 1, 1, "", "the front matter is not closed; add a line '---' after it"))
