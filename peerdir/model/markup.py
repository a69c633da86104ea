"""Markdown to safe HTML.

Everything here was written by a contributor, so it is sanitized after
rendering with nh3 (the Rust ammonia sanitizer) against a narrow allowlist: no
raw HTML, no images (they would fetch from other hosts), and links only to
https, http, mailto, tel, sms or relative addresses. Python-Markdown costs
about a millisecond to set up, so each thread reuses its own converters (a
converter holds state while it runs, so threads never share one), and the
model converts each text once.
"""

from __future__ import annotations

import html as htmllib
import posixpath
import re
import threading
import xml.etree.ElementTree as etree
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable
from urllib.parse import urlsplit, urlunsplit

import markdown
import nh3
from markdown.extensions import Extension, smarty
from markdown.treeprocessors import Treeprocessor

URL_SCHEMES = {"https", "http", "mailto", "tel", "sms"}
REL = "noopener noreferrer"
_INLINE = {"a", "strong", "em", "b", "i", "code", "br", "abbr"}
DESCRIPTION_TAGS = _INLINE | {"p", "ul", "ol", "li", "blockquote"}
GUIDE_TAGS = DESCRIPTION_TAGS | {"h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "pre", "hr"}
_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}} | {f"h{n}": {"id"} for n in range(2, 7)}


def clean(html: str, tags: set[str]) -> str:
    """HTML with only the given tags (and a link's address, a title), safe addresses and no comments."""
    return nh3.clean(
        html,
        tags=tags,
        attributes={tag: attrs for tag, attrs in _ATTRIBUTES.items() if tag in tags},
        url_schemes=URL_SCHEMES,
        link_rel=REL,
        strip_comments=True,
    )


_TAG = re.compile(r"<[^>]+>")
_BLOCK_END = re.compile(r"</(?:p|li|h[1-6]|blockquote)>|<br\s*/?>")


def plain(fragment: str) -> str:
    """The text of an HTML fragment, tags gone and entities decoded."""
    return htmllib.unescape(_TAG.sub(" ", fragment))


def text_of(html: str) -> str:
    """Sanitized HTML as plain text, a line per paragraph or list item (for search and for HSDS's descriptions)."""
    lines = plain(_BLOCK_END.sub("\n", html)).splitlines()
    return "\n".join(" ".join(line.split()) for line in lines if line.strip())


# What a step of Python-Markdown (an inline pattern, smarty's with angled quotes off as here, a preprocessor, a block
# or tree processor) needs in a text to do anything: a text without it converts to the same HTML without that
# step. Python-Markdown tries every inline pattern on every run of text, so a description converts in two thirds
# of the time with only the patterns its marks call for (a converter for each set of marks, made when first
# needed), and in a fifth less again without the steps for raw HTML (Python's HTML parser over every text),
# headings, quotes, link definitions, indented blocks (four spaces) and backslash escapes. Tabs and carriage
# returns become spaces and line ends first, so a text with either counts as having every mark; and a step not
# named here (a newer Python-Markdown's) is always kept. A name is a step's in whichever registry holds it
# ("reference" is both an inline pattern and a block processor, needing the same).
_MARKS = ("`", "\\", "[", "<", "  \n", "&", "*", "_", "...", "--", "'", '"', "#", ">", "    ")
_NEEDS_ONE_OF = {
    "backtick": ("`",),
    "escape": ("\\",),
    "reference": ("[",),
    "link": ("[",),
    "image_link": ("[",),
    "image_reference": ("[",),
    "short_reference": ("[",),
    "short_image_ref": ("[",),
    "autolink": ("<",),
    "automail": ("<",),
    "linebreak": ("  \n",),
    "html": ("<",),
    "entity": ("&",),
    "em_strong": ("*", "_"),
    "smarty-ellipses": ("...",),
    "smarty-en-dashes": ("--",),
    "smarty-em-dashes": ("--",),
    "html_block": ("<", "&"),
    "hashheader": ("#",),
    "quote": (">",),
    "code": ("    ",),
    "indent": ("    ",),
    "unescape": ("\\",),
}
# smarty's quote patterns, known by their expressions (it names them by number): each needs all of its quotes.
_QUOTES_NEEDED = {
    expression: quotes
    for names, quotes in (
        (("singleQuoteStartRe", "decadeAbbrRe", "openingSingleQuotesRegex", "closingSingleQuotesRegex",
          "closingSingleQuotesRegex2", "remainingSingleQuotesRegex"), {"'"}),
        (("doubleQuoteStartRe", "openingDoubleQuotesRegex", "closingDoubleQuotesRegex", "closingDoubleQuotesRegex2",
          "remainingDoubleQuotesRegex"), {'"'}),
        (("doubleQuoteSetsRe", "singleQuoteSetsRe", "doubleQuoteSetsRe2", "singleQuoteSetsRe2"), {"'", '"'}),
    )
    for name in names
    if (expression := getattr(smarty, name, None))
}  # fmt: skip


_MOST_CONVERTERS = 128  # of the 32,768 possible sets of marks; a converter takes 70 KB


def _marks(text: str) -> frozenset[str]:
    """The marks in text that some pattern needs (all of them, for a text with tabs or carriage returns)."""
    if "\t" in text or "\r" in text:
        return frozenset(_MARKS)
    return frozenset(mark for mark in _MARKS if mark in text)


def _description_converter(marks: frozenset[str]) -> markdown.Markdown:
    """A description converter without the patterns and steps that a text with only these marks cannot trigger;
    without smarty's second inline pass when it can trigger none of smarty's."""
    converter = markdown.Markdown(extensions=["sane_lists", "smarty"], output_format="html")
    typography = converter.treeprocessors["smarty"].inlinePatterns  # type: ignore[attr-defined]
    for registry in (converter.preprocessors, converter.parser.blockprocessors, converter.treeprocessors,
                     converter.inlinePatterns, typography):
        for name, needs in _NEEDS_ONE_OF.items():
            if name in registry and marks.isdisjoint(needs):
                registry.deregister(name)
    quotes = [f"smarty-quotes-{n}" for n in range(len(typography)) if f"smarty-quotes-{n}" in typography]
    for name in quotes:
        if not marks.issuperset(_QUOTES_NEEDED.get(typography[name].compiled_re.pattern, ())):
            typography.deregister(name)
    if not len(typography):
        converter.treeprocessors.deregister("smarty")
    return converter


def description_html(text: str) -> str:
    """A listing's description: paragraphs, lists, emphasis and links only."""
    descriptions = _converters().descriptions
    marks = _marks(text)
    if marks not in descriptions and len(descriptions) >= _MOST_CONVERTERS:
        marks = frozenset(_MARKS)  # every pattern: right for any text
    converter = descriptions.get(marks)
    if converter is None:
        converter = descriptions[marks] = _description_converter(marks)
    converter.reset()
    return clean(converter.convert(text), DESCRIPTION_TAGS)


@dataclass
class GuideHtml:
    html: str
    toc: list[dict]  # [{"id", "name", "level", "children": [...]}], from Python-Markdown's toc tokens
    broken_links: list[str] = field(default_factory=list)


Resolver = Callable[[str], "str | None"]  # site path of a source file -> href, or None if unknown


class _SourceLinks(Treeprocessor):
    """Turns links to guide (.md) and listing (.yaml) files into links to their pages; demotes h1 to h2."""

    def __init__(self, md: markdown.Markdown, ext: _SourceLinkExtension):
        super().__init__(md)
        self.ext = ext

    def run(self, root: etree.Element) -> None:
        for element in root.iter():
            if element.tag == "h1":
                element.tag = "h2"
            if element.tag != "a":
                continue
            href = element.get("href", "")
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or not parts.path.endswith((".md", ".yaml", ".yml")):
                continue
            target = posixpath.normpath(posixpath.join(self.ext.source_dir, parts.path))
            resolved = self.ext.resolve(target)
            if resolved is None:
                self.ext.broken.append(href)
                continue
            element.set("href", resolved + (f"#{parts.fragment}" if parts.fragment else ""))


class _SourceLinkExtension(Extension):
    def __init__(self) -> None:
        super().__init__()
        self.source_dir = ""
        self.resolve: Resolver = lambda _: None
        self.broken: list[str] = []

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        md.treeprocessors.register(_SourceLinks(md, self), "peerdir_source_links", 10)  # after inline (20) makes links, before toc (5)


@dataclass
class _Converters:
    descriptions: dict[frozenset[str], markdown.Markdown]  # by the marks of the texts each converts (_marks)
    guide: markdown.Markdown
    links: _SourceLinkExtension
    detector: markdown.Markdown  # for markdown_problems: no smarty, which would stash its quotes like raw HTML


_local = threading.local()


def _converters() -> _Converters:
    """This thread's converters, made on first use."""
    if not hasattr(_local, "converters"):
        links = _SourceLinkExtension()
        _local.converters = _Converters(
            descriptions={},
            guide=markdown.Markdown(extensions=["toc", "tables", "sane_lists", "smarty", "fenced_code", links],
                                    extension_configs={"toc": {"toc_depth": "2-3"}}, output_format="html"),
            links=links,
            detector=markdown.Markdown(extensions=["tables", "fenced_code", "sane_lists"], output_format="html"),
        )  # fmt: skip
    return _local.converters


_LINKED = re.compile(r'<(a|img)\b[^>]*?\b(?:href|src)="([^"]*)"')
ALLOWED_LINKS = "https://, http://, mailto:, tel: or sms:, or a relative address"


def without_a_name_before_its_host(address: str) -> str | None:
    """A web address without the name (and password) written before its host, up to an @, which hides where it goes
    ('https://helpline.example.org@example.com' opens example.com): the address as it goes; None if it has none."""
    parts = urlsplit(address)
    return urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2])) if "@" in parts.netloc else None


@lru_cache(maxsize=4096)
def markdown_problems(text: str) -> tuple[tuple[int, str], ...]:
    """(line in text, message) for what the sanitizer would silently drop: raw HTML, images, and links whose
    scheme is refused. Reported by check, so a contributor learns why something is missing from the page.
    A text with no '<' (raw HTML, autolinks) and no '](' or ']:' (links and images) can have none of these, and
    is not converted here at all: most descriptions are such texts, and the model converts each once anyway."""
    if "<" not in text and "](" not in text and "]:" not in text:
        return ()
    detector = _converters().detector
    detector.reset()
    converted = detector.convert(text)
    found: list[tuple[int, int, str]] = []  # (position, line, message)

    def at(fragment: str, message: str) -> None:
        position = max(text.find(fragment), 0)
        found.append((position, text[:position].count("\n") + 1, message))

    for raw in detector.htmlStash.rawHtmlBlocks:  # also holds fenced code and entities, which are not in the text as is
        if isinstance(raw, str) and raw.startswith("<") and raw.strip() in text:
            snippet = raw.strip().splitlines()[0][:60]
            at(raw.strip(), f"HTML ({snippet}) is not allowed in Markdown and would not show; write Markdown instead: "
                            "## for a heading, **bold**, [text](https://...) for a link")
    for tag, address in _LINKED.findall(converted):
        address = htmllib.unescape(address)
        if tag == "img":
            at(address, f"images are not shown (they would load from another site): link to it instead, "
                         f"[a description]({address})")
            continue
        parts = urlsplit(address)
        if parts.scheme and parts.scheme.lower() not in URL_SCHEMES:
            at(address, f"the link '{address[:60]}' would be removed: links start with {ALLOWED_LINKS}")
        elif unhidden := without_a_name_before_its_host(address):
            at(address, f"the link '{address[:60]}' has a name before its site's address (up to the @), which hides where "
                        f"it goes; write it without, {unhidden}")
    return tuple((line, message) for _, line, message in sorted(found))


def guide_html(text: str, source_dir: str, resolve: Resolver) -> GuideHtml:
    """A guide: headings with ids, tables, and links to other guides and listings by their source files."""
    converters = _converters()
    converters.guide.reset()
    links = converters.links
    links.source_dir, links.resolve, links.broken = source_dir, resolve, []
    html = clean(converters.guide.convert(text), GUIDE_TAGS)
    return GuideHtml(html, list(converters.guide.toc_tokens), list(links.broken))  # type: ignore[attr-defined]
