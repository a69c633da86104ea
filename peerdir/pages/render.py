"""Render planned pages with Jinja2 and gather the theme's static files.

A site's own theme/ folder comes first in the loader chain and the packaged
theme after it, so an organization overrides one template or asset without
copying the rest (as MkDocs' custom_dir does). StrictUndefined makes a
template's mistake an error, never a blank; autoescape makes every value text.
"""

from __future__ import annotations

import traceback
from functools import lru_cache
from collections.abc import Callable, Iterator
from pathlib import Path

import jinja2
from markupsafe import Markup, escape

from peerdir import THEME
from peerdir.model import urls
from peerdir.model.filters import search_language
from peerdir.model.numbers import count_text
from peerdir.model.site import Listing, Site, dial_href, written_in
from peerdir.model.urls import Linker
from peerdir.pages.jsonld import json_ld_script
from peerdir.pages.plan import Page
from peerdir.problems import ContentError, Problem
from peerdir.sources.schema import TYPES
from peerdir.sources.strings import choice_key

PACKAGE_THEME = THEME


def theme_dirs(site_dir: Path) -> list[Path]:
    """The theme folders, the site's own first."""
    own = site_dir / "theme"
    return [own, PACKAGE_THEME] if own.is_dir() else [PACKAGE_THEME]


def make_environment(site_dir: Path) -> jinja2.Environment:
    """The theme's templates, compiled once per process and kept while no template or static file is added,
    removed or changed (a rebuild under `peerdir serve` reuses them: compiling was most of a small site's build)."""
    folders = tuple(d / "templates" for d in theme_dirs(site_dir))
    files = tuple((p.as_posix(), p.stat().st_mtime_ns) for folder in folders for p in sorted(folder.rglob("*")) if p.is_file())
    statics = tuple((rel, path, path.stat().st_mtime_ns) for rel, path in static_files(site_dir).items())
    return _environment(folders, files, statics)


@lru_cache(maxsize=4)
def _environment(folders: tuple[Path, ...], files: tuple[tuple[str, int], ...], statics: tuple[tuple[str, Path, int], ...]) -> jinja2.Environment:
    """The theme: its templates, and `static_version`, a digest of its static files, which pages add to their
    addresses (`?v=`): a browser keeps each file ten minutes after a deploy, and pages of one build with scripts
    or styles of another (an upgrade of peerdir, a theme changed) would break, so a page asks for exactly its own
    build's. What a build gives the templates is passed to each render, so builds can share the theme."""
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader([jinja2.FileSystemLoader(str(folder)) for folder in folders]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # a changed template makes a new environment (make_environment): no stat per include
    )
    env.globals["static_version"] = urls.version(*(rel.encode("utf-8") + b"\0" + path.read_bytes() + b"\0" for rel, path, _ in statics))
    return env


def static_files(site_dir: Path) -> dict[str, Path]:
    """Output path -> source file; the site's own assets replace the packaged ones of the same name."""
    files: dict[str, Path] = {}
    for theme in reversed(theme_dirs(site_dir)):
        root = theme / "static"
        if root.is_dir():
            for path in sorted(root.rglob("*")):
                if path.is_file() and not path.name.startswith("."):
                    files[urls.static(path.relative_to(root).as_posix())] = path
    return dict(sorted(files.items()))


# Besides these, each page's template gets `page`, `url`, `card`, `url_in`, `once` and the page's own context.
PAGE_NAMES = ("page", "url", "card", "url_in", "once")


def template_globals(site: Site, file_urls: bool) -> dict[str, object]:
    """What every template can use; theme/README.md documents each name (a test holds it to that)."""
    t = site.strings
    return {
        "site": site,
        "t": t,
        "file_urls": file_urls,
        "types": TYPES,
        "urls": urls,
        "dial_href": dial_href,
        "choice": lambda prefix, value: t[choice_key(prefix, value)],
        "json_ld": lambda item: Markup(json_ld_script(site, item)),
        "calendar_path": lambda item: urls.calendar(item.url),
        "absolute": lambda url: urls.absolute(site.config.base_url, site.prefix + url if urls.in_language(url) else url),
        "count": lambda n: count_text(n, t, site.language),
        "text_lang": _text_lang,
        "term_lang": lambda kind, term_id, part="name": _term_lang(site, kind, term_id, part),
        "single_quoted": _single_quoted,
        "search_language": search_language,
        "marked": lambda text, item, field="": Markup("<span{}>{}</span>").format(_text_lang(item, field), text) if _text_lang(item, field) else text,
    }


def _single_quoted(text: str) -> Markup:
    """Text escaped for an attribute between single quotes, where a double quote is itself: the JSON of a
    listing's hours or meetings (data-when) is two fifths shorter than with each quote as `&#34;`."""
    return Markup(str(escape(text)).replace("&#34;", '"'))


def _text_lang(item: object, field: str = "") -> Markup | str:
    """` lang=".."` for text written in the main language shown on a translation's page: the site's own (site.yaml),
    or a listing's field that has no words in the page's language."""
    lang = written_in(item, field)
    return Markup(f' lang="{lang}"') if lang else ""


def _term_lang(site: Site, kind: str, term_id: str, part: str) -> Markup | str:
    """` lang=".."` for a region's, topic's or audience's name or description ('description') shown as written on a
    translation's page (as site.yaml's other words: Site.translated); not for a region's name, a place's, which WCAG
    3.1.2 leaves unmarked as a proper name."""
    return "" if kind == "regions" and part == "name" else _text_lang(site, f"{kind}-{term_id}")


class NotedSite:
    """The site as the templates see it, noting which of its parts (listings, terms, config...) each page reads,
    so that `peerdir serve` renders a page again only when those parts, or the page's own plan, have changed.
    Noting them, rather than listing what each template uses, keeps it true for a site's own theme."""

    def __init__(self, site: Site):
        self._site = site
        self.read: set[str] = set()

    def __getattr__(self, name: str) -> object:
        self.read.add(name)
        return getattr(self._site, name)


def render_pages(
    env: jinja2.Environment,
    site: Site,
    pages: list[Page],
    file_urls: bool,
    on_page: Callable[[], None] | None = None,
    reads: dict[str, frozenset[str]] | None = None,
    made: dict[tuple, tuple[Markup, frozenset[str]]] | None = None,
) -> Iterator[tuple[str, bytes]]:
    """Yield (output path, HTML bytes) for each page; a template error becomes a located problem. With `reads`,
    note in it, by page address (with its language's prefix), the parts of the site each page read. `made` keeps
    the parts rendered once (cards, header, footer) for the caller's next pages of the same site, when it renders
    them a share at a time (build.py)."""
    noted = NotedSite(site) if reads is not None else None
    names = template_globals(noted or site, file_urls)  # type: ignore[arg-type]  # the site, noting what is read
    relative = Linker(file_urls=file_urls, prefix=site.prefix)
    rooted = Linker(base_path=urls.base_path(site.config.base_url), prefix=site.prefix)
    made = {} if made is None else made
    card_template = env.get_template("partials/card.html")

    def remembered(key: tuple, make: Callable[[], str]) -> Markup:
        """A part of pages rendered once for every page that shows it with the same key; the parts of the site it
        read are noted again for each of them."""
        if key not in made:
            outer = noted.read if noted else set()
            if noted:
                noted.read = set()
            made[key] = (Markup(make()), frozenset(noted.read) if noted else frozenset())
            if noted:
                noted.read = outer
        html, read = made[key]
        if noted:
            noted.read |= read
        return html

    def card(item: Listing, from_url: str, linker: Linker) -> Markup:
        """A listing's card, rendered once per page depth: its links differ only by depth."""
        return remembered(("card", item.url, str(linker.base_path), from_url.count("/")),
                          lambda: card_template.render(names, item=item, url=lambda to: linker.href(from_url, to)))

    def once(name: str, make: Callable[[], str], key: object, from_url: str, linker: Linker) -> Markup:
        """A template's macro, rendered once for the pages at the same depth that give it the same key: the header
        and footer every page has (a third of a listing page's rendering)."""
        return remembered(("once", name, key, str(linker.base_path), from_url.count("/")), make)

    for page in pages:
        linker = rooted if page.url == urls.not_found() and not file_urls else relative
        if noted:
            noted.read = set()
        try:
            template = env.get_template(page.template)
            html = template.render(
                names,
                page=page,
                url=lambda to, _from=page.url, _l=linker: _l.href(_from, to),
                card=lambda item, _from=page.url, _l=linker: card(item, _from, _l),
                once=lambda name, make, key="", _from=page.url, _l=linker: once(name, make, key, _from, _l),
                url_in=lambda prefix, _from=page.url, _l=linker: _l.href_in(prefix, _from, _from),
                **page.context,
            )
        except jinja2.TemplateError as exc:
            raise ContentError([_template_problem(exc, page)]) from None
        if noted and reads is not None:
            reads[site.prefix + page.url] = frozenset(noted.read)
        if on_page:
            on_page()
        yield site.prefix + urls.output_path(page.url), html.encode("utf-8")


def _template_problem(exc: jinja2.TemplateError, page: Page) -> Problem:
    """Locate the error in the template: syntax errors carry it; others are found in Jinja's rewritten traceback."""
    name, line = getattr(exc, "filename", None), getattr(exc, "lineno", None)
    if not line:
        frames = traceback.extract_tb(exc.__traceback__)
        in_templates = [f for f in frames if f.filename.endswith(".html")]
        if in_templates:
            name, line = in_templates[-1].filename, in_templates[-1].lineno
    return Problem(str(name or page.template), line or 1, 1, "", f"template error while building {page.url or 'the home page'}: {exc}")
