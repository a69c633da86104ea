"""Read one YAML file safely, remembering where every key and list item stands.

PyYAML alone is not safe enough for files written by strangers: it keeps the last
of two duplicate keys without a word, turns `19:00` into 1140 and `on` into True
(YAML 1.1), expands alias bombs, and its C composer crashes on deeply nested
input. So this module drives libyaml's parser (fast, and not recursive) event by
event and builds the data itself, which lets it refuse aliases, duplicate keys,
deep nesting and unknown tags with a line and column, while the scalars are still
resolved and constructed by PyYAML's safe constructor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from peerdir.problems import Problem

_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_STD_TAG = "tag:yaml.org,2002:"
MAX_DEPTH = 24
_TOO_DEEP = f"nested more than {MAX_DEPTH} levels deep; simplify it"
_SCALAR_TAGS = {None, "!"} | {_STD_TAG + name for name in ("str", "int", "float", "bool", "null", "timestamp")}


class _Loader(_Base):  # type: ignore[misc, valid-type]
    """Safe loader with YAML 1.2-like scalars: no sexagesimal numbers, no on/off/y/n booleans."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag not in {_STD_TAG + "int", _STD_TAG + "float", _STD_TAG + "bool"}]
    for first, resolvers in _Base.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    _STD_TAG + "bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO)$"), list("tTfFyYnN")
)
_Loader.add_implicit_resolver(_STD_TAG + "int", re.compile(r"^[-+]?(?:0|[1-9][0-9_]*)$"), list("-+0123456789"))
_Loader.add_implicit_resolver(
    _STD_TAG + "float",
    re.compile(r"^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]+(?:[eE][-+]?[0-9]+)?$"),
    list("-+0123456789."),
)



@dataclass
class YamlDoc:
    """A file's data, and the (line, column) of each key or list item by its path."""

    data: Any
    positions: dict[tuple, tuple[int, int]]
    # Plain text of several lines one of which begins with '- ' (_folded_entry), by its path: the (line, column) of
    # that '- ', where a refusal of the text says the entry was folded into the one before.
    folded: dict[tuple, tuple[int, int]] = field(default_factory=dict)

    def where(self, path: tuple) -> tuple[int, int]:
        """The position of the deepest part of `path` that exists in the file; a list's one entry written as its
        fields alone (fieldtypes.OneOrMore: `meetings:` and a meeting's fields under it, without '- ') at them."""
        path = tuple(path)
        alone = next((at for at, part in enumerate(path) if type(part) is int and part == 0 and path[:at] in self.positions
                      and path[: at + 1] not in self.positions), None)
        if alone is not None:
            path = path[:alone] + path[alone + 1 :]
        while path and path not in self.positions:
            path = path[:-1]
        return self.positions.get(path, (1, 1))


class YamlProblem(Exception):
    def __init__(self, line: int, column: int, message: str):
        self.line, self.column, self.message = line, column, message


def decode(raw: bytes, display_path: str) -> str:
    """UTF-8 text of a file, or a problem naming where the first bad byte is."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        raise FileProblem(
            Problem(
                display_path,
                line,
                column,
                "",
                "this file is not UTF-8 text; save it as UTF-8 (in most editors: Save As, Encoding: UTF-8)",
            )
        ) from None


class FileProblem(Exception):
    def __init__(self, problem: Problem):
        self.problem = problem


def read_bytes(path: Path, display_path: str, max_bytes: int) -> bytes:
    size = path.stat().st_size
    if size > max_bytes:
        raise FileProblem(
            Problem(
                display_path,
                1,
                1,
                "",
                f"this file is {size:,} bytes; files here may be at most {max_bytes:,} bytes. "
                "Shorten it, or split it into several files",
            )
        )
    return path.read_bytes()


def load_file(path: Path, display_path: str, max_bytes: int) -> YamlDoc:
    """Read, decode and parse a YAML file; raises FileProblem with a located, fixable message."""
    text = decode(read_bytes(path, display_path, max_bytes), display_path)
    return load_text(text, display_path)


def load_text(text: str, display_path: str, line_offset: int = 0) -> YamlDoc:
    try:
        doc = _parse(text)
        if line_offset:
            doc.positions = {path: (line + line_offset, col) for path, (line, col) in doc.positions.items()}
            doc.folded = {path: (line + line_offset, col) for path, (line, col) in doc.folded.items()}
        return doc
    except YamlProblem as exc:
        raise FileProblem(Problem(display_path, exc.line + line_offset, exc.column, "", exc.message)) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        if exc.context_mark and ("flow" in (exc.context or "") or "quoted scalar" in (exc.context or "")):
            mark = exc.context_mark  # an unclosed [, { or quote: point where it opened, not at the end of the file
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        lines = text.splitlines()
        nearby = range(min(line, len(lines)), max(0, line - 3), -1)  # the line it points at, and two before
        unspaced = next(((at, field) for at in nearby if (field := _NO_SPACE.match(lines[at - 1]))), None)
        if unspaced:  # 'name:Tuesday Group': YAML reads one piece of text, and stumbles on the lines after it
            at, field = unspaced
            message = f"YAML syntax: a field needs a space after its colon: write '{field.group(2)}: {lines[at - 1][field.end():].strip()}'"
            raise FileProblem(Problem(display_path, at + line_offset, field.end(), "", message)) from None
        written = lines[line - 1] if 0 < line <= len(lines) else ""  # the line it points at, for what to write instead
        above = lines[line - 2] if 1 < line <= len(lines) else ""
        indented = _INDENTED_FIELD.match(written)
        if indented and "mapping values" in (exc.problem or "") and (given := _FIELD_GIVEN.match(above)) \
                and len(indented.group(1)) > len(given.group(1)):  # 'name: X' then ' summary: Y': one space too many
            message = (f"YAML syntax: '{indented.group(2)}:' is indented under the line above, whose value is given "
                       f"already; start it in the same column as '{given.group(2)}:'")
            raise FileProblem(Problem(display_path, line + line_offset, 1, "", message)) from None
        raise FileProblem(Problem(display_path, line + line_offset, column, "", _syntax_message(exc, written))) from None
    except yaml.YAMLError as exc:
        raise FileProblem(Problem(display_path, 1 + line_offset, 1, "", f"YAML error: {exc}")) from None


# A field written without a space after its colon ('name:Tuesday Group', '- weekday:monday'), which YAML reads as
# one piece of text, not a field and its value (a web address's 'https://' is no field).
_NO_SPACE = re.compile(r"^(\s*(?:-\s+)?)([A-Za-z_][\w-]*):(?=[^\s/:])")


# A field on a line of its own, and one with its value on its line: a field indented under the second is one too far.
_INDENTED_FIELD = re.compile(r"^(\s+(?:-\s+)?)([A-Za-z_][\w-]*):(?:\s|$)")
_FIELD_GIVEN = re.compile(r"^(\s*(?:-\s+)?)([A-Za-z_][\w-]*):\s+[^\s#|>]")


# A value in single quotes with an apostrophe in it ('It's a group'), which ends the value where it stands.
_APOSTROPHE_IN_QUOTES = re.compile(r":\s*'[^']*'[^\s#,\]}]")


def _syntax_message(exc: yaml.MarkedYAMLError, written: str = "") -> str:
    """What YAML says is wrong, and what to write instead; `written` is the line it points at."""
    if _APOSTROPHE_IN_QUOTES.search(written):
        return ("YAML syntax: a ' inside a value in single quotes ends the value there; write it twice ('It''s'), "
                "or put the value in double quotes (\"It's\")")
    problem = exc.problem or exc.context or "the YAML here cannot be read"
    hints = {
        "mapping values are not allowed": "if a value contains ': ', put the whole value in quotes (or, for text of several lines, write the "
        "field as 'description: |' with the lines below it, indented)",
        "cannot start any token": "indent with spaces, not tabs, and put a value that starts with @ or ` in quotes",
        "found a tab character": "indent with spaces, not tabs",
        "could not find expected ':'": "each line should be 'field: value'; check the line above for a missing ':'",
        "found undefined alias": "remove the '*'; write the value out in full",
        "did not find expected key": "check the indentation: fields of the same block start in the same column",
        "while scanning a quoted scalar": "the quote that opens here is not closed; end the value with the same quote mark",
        "found unexpected end of stream": "a quote or bracket is not closed",
        "block sequence entries are not allowed": "if the value starts with '- ', put the whole value in quotes; a "
        "list's entries go on the lines below its field, each starting with '- '",
        "found unknown escape character": "in double quotes a backslash starts an escape; use single quotes instead",
        "expected ',' or ']'": "a list opened with [ must close with ] (on the line it opens, as in [a, b]); if the [ is "
        "part of the text, put the whole value in quotes",
        "expected ',' or '}'": "a block opened with { must close with }; if the { is part of the text, put the whole "
        "value in quotes",
    }
    text = " ".join(part for part in (exc.context, exc.problem) if part) or problem
    if "maximum nesting depth" in text:  # the libyaml in PyYAML 6.0.4's wheels stops at 1,000 levels, scanning ahead
        return _TOO_DEEP
    for needle, hint in hints.items():
        if needle in text:
            return f"YAML syntax: {problem}; {hint}"
    return f"YAML syntax: {problem}"


def _mark(mark: Any) -> tuple[int, int]:
    return (mark.line + 1, mark.column + 1)


_UNSET = object()


def _parse(text: str) -> YamlDoc:
    loader = _Loader(text)
    try:
        return _build(loader, text)
    finally:
        loader.dispose()


def _build(loader: Any, text: str) -> YamlDoc:
    positions: dict[tuple, tuple[int, int]] = {(): (1, 1)}
    folded: dict[tuple, tuple[int, int]] = {}
    lines: list[str] | None = None
    loader.get_event()  # StreamStart
    if loader.check_event(yaml.StreamEndEvent):
        return YamlDoc(None, positions)
    loader.get_event()  # DocumentStart
    root: Any = _UNSET
    # Each frame: [container, path, pending key (or _UNSET), {key: line} for duplicate detection]
    stack: list[list[Any]] = []

    def place(value: Any, event: Any) -> tuple | None:
        """Put a value where the parser is; return its path (None when it was a key)."""
        nonlocal root
        if not stack:
            root = value
            positions[()] = _mark(event.start_mark)  # the first field's line, past any leading comment
            return ()
        frame = stack[-1]
        container, path, key, seen = frame
        mark = event.start_mark
        if key is _UNSET and type(container) is dict:
            if isinstance(value, (dict, list)):
                raise YamlProblem(*_mark(mark), "a key must be a plain word, not a list or block")
            if value in seen:
                raise YamlProblem(
                    *_mark(mark), f"'{value}' appears twice in this block (first on line {seen[value]}); keep only one"
                )
            seen[value] = mark.line + 1
            frame[2] = value
            positions[path + (value,)] = _mark(mark)
            return None
        if type(container) is list:
            child = path + (len(container),)
            container.append(value)
            positions[child] = _mark(mark)
            return child
        container[key] = value  # at its key's position, kept
        frame[2] = _UNSET
        return path + (key,)

    # Events by their exact class (libyaml's parser makes no subclasses): one lookup instead of a chain of checks.
    scalar, mapping, sequence = yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent
    ends, alias = (yaml.MappingEndEvent, yaml.SequenceEndEvent), yaml.AliasEvent
    while True:
        event = loader.get_event()
        kind = type(event)
        if kind is yaml.DocumentEndEvent:
            break
        if kind is alias or getattr(event, "anchor", None):
            raise YamlProblem(
                *_mark(event.start_mark),
                "anchors and aliases (& and *) are not allowed here; write each value out in full",
            )
        if kind is scalar:
            if event.tag not in _SCALAR_TAGS:
                raise YamlProblem(*_mark(event.start_mark), f"the tag '{event.tag}' is not allowed; remove it")
            path = place(_scalar(loader, event), event)
            if event.end_mark.line != event.start_mark.line and not event.style and path is not None:  # plain, several lines
                lines = text.splitlines() if lines is None else lines  # once a file, for all its plain text's lines
                if (entry := _folded_entry(lines, event)) is not None:
                    folded[path] = entry
        elif kind is mapping or kind is sequence:
            if event.tag not in (None, "!", _STD_TAG + "map", _STD_TAG + "seq"):
                raise YamlProblem(*_mark(event.start_mark), f"the tag '{event.tag}' is not allowed; remove it")
            if len(stack) >= MAX_DEPTH:
                raise YamlProblem(*_mark(event.start_mark), _TOO_DEEP)
            container: Any = {} if kind is mapping else []
            path = place(container, event)
            if path is None:
                raise YamlProblem(*_mark(event.start_mark), "a key must be a plain word, not a list or block")
            stack.append([container, path, _UNSET, {}])
        elif kind in ends:
            stack.pop()
    if loader.check_event(yaml.DocumentStartEvent):
        event = loader.peek_event()
        raise YamlProblem(*_mark(event.start_mark), "only one YAML document is allowed per file; remove the '---'")
    return YamlDoc(None if root is _UNSET else root, positions, folded)


_ENTRY = re.compile(r"^\s*-\s")


FOLDED = ("YAML reads this '- ' as more of the text on the line above, since it is indented under it: for another "
          "entry of a list, line its '- ' up with the one above; for a list inside a text, write | after the field's "
          "colon and the text on the lines below it")


def _folded_entry(lines: list[str], event: Any) -> tuple[int, int] | None:
    """Where a '- ' begins a line of plain text after its first ('- grief', then '  - loss' indented further), which
    YAML folds into the text before it ('grief - loss'), as it may be meant (a tool that wraps long text writes
    it so) or not (the contributor meant another entry): its (line, column), or None."""
    after = lines[event.start_mark.line + 1 : event.end_mark.line + 1]  # `lines`: the file's
    return next(((at, line.index("-") + 1) for at, line in enumerate(after, event.start_mark.line + 2) if _ENTRY.match(line)), None)


_STR = _STD_TAG + "str"
# A plain scalar's candidate tags by its first character, as PyYAML's resolver tries them (with those for any
# character; _Loader has no path resolvers): most scalars start with a letter none claims, and are text at once.
_WILDCARD = _Loader.yaml_implicit_resolvers.get(None, [])
_RESOLVERS = {first: [*resolvers, *_WILDCARD] for first, resolvers in _Loader.yaml_implicit_resolvers.items() if first is not None}


def _resolved(value: str) -> str:
    """The tag of a plain scalar, as PyYAML's resolver gives it (the reader's hot path: half a million a build at
    10,000 listings, where the resolver's own call cost a tenth of reading)."""
    for tag, expression in _RESOLVERS.get(value[:1], _WILDCARD):
        if expression.match(value):
            return tag
    return _STR


def _scalar(loader: Any, event: Any) -> Any:
    tag = event.tag
    if tag in (None, "!"):
        tag = _resolved(event.value) if event.implicit[0] else _STR  # a quoted scalar is text
    constructor = loader.yaml_constructors.get(tag)
    if tag == _STR or constructor is None:  # most values; and '<<' or '=' (merge, value) stay plain text
        return event.value
    node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
    try:
        return constructor(loader, node)
    except (yaml.constructor.ConstructorError, ValueError) as exc:
        if tag == _STD_TAG + "timestamp":
            return event.value  # shaped like a date but impossible (2026-02-30): validation names the field
        raise YamlProblem(*_mark(event.start_mark), f"'{event.value}' cannot be read: {exc}") from None
