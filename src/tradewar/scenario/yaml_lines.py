"""YAML loading that remembers the line of every field, with bounded cost.

The document is built in one pass over the parser's events (libyaml's, when
PyYAML has it), not by PyYAML's recursive composer, so that every input costs
time and memory in proportion to its size:

* a file is at most :data:`MAX_BYTES` and must be UTF-8 (or UTF-16 with a byte
  order mark) text;
* collections nest at most :data:`MAX_DEPTH` deep;
* the document, aliases expanded, holds at most :data:`MAX_VALUES` values (a
  "billion laughs" of nested aliases is refused at the line that crosses it,
  before anything is expanded); an alias inside its own anchor is refused;
* keys are plain values and never repeated in one mapping.

Values are those of ``yaml.safe_load`` (YAML 1.1 scalars, ``<<`` merge keys),
except that a plain key is its text (``on:``, ``yes:`` and ``1:`` are the keys
``"on"``, ``"yes"`` and ``"1"``, not a boolean and a number: scenario keys are
names); an alias is the same Python object as its anchor.  Every violation is a
:class:`~tradewar.errors.ScenarioError` with the file and line.
"""

from __future__ import annotations

from pathlib import Path as FilePath
from typing import Any

import yaml

from tradewar.errors import ScenarioError

__all__ = ["MAX_BYTES", "MAX_DEPTH", "MAX_VALUES", "Lines", "load_yaml", "read_text"]

Path = tuple[str | int, ...]

#: The largest scenario file read (bytes): 50,000 actions take about 5 MB.
MAX_BYTES = 32 * 1024 * 1024
#: The deepest nesting of collections (a scenario needs 5).
MAX_DEPTH = 64
#: The most values (scalars and collections, aliases expanded) in one document.
MAX_VALUES = 5_000_000

_PARSER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_RESOLVER = yaml.resolver.Resolver()
_CONSTRUCTOR = yaml.constructor.SafeConstructor()
_MAP_TAGS = {None, "!", "tag:yaml.org,2002:map"}
_SEQ_TAGS = {None, "!", "tag:yaml.org,2002:seq"}
_MERGE = "tag:yaml.org,2002:merge"
_STR = "tag:yaml.org,2002:str"


class Lines(dict[Path, int]):
    """Line numbers (1-based) by field path, e.g. ``("actions", 2, "imposer")``."""

    def find(self, path: Path) -> int | None:
        """The line of the deepest known prefix of ``path``.

        Parameters
        ----------
        path : tuple of str or int
            A field path, e.g. ``("actions", 2, "imposer")``.

        Returns
        -------
        int or None
            The line (1-based), None when no prefix is known.
        """
        for end in range(len(path), -1, -1):
            line = self.get(tuple(path[:end]))
            if line is not None:
                return line
        return None


def read_text(path: str | FilePath, source: str) -> str:
    """The text of a scenario file: at most :data:`MAX_BYTES`, UTF-8 (or UTF-16 with a BOM).

    Parameters
    ----------
    path : str or Path
        The file.
    source : str
        Its name in error messages.

    Returns
    -------
    str
        The text, without a byte order mark.

    Raises
    ------
    ScenarioError
        A file too large, or not text in those encodings (with the line of the
        first bad byte).
    OSError
        A file that cannot be read.
    """
    with open(path, "rb") as handle:
        raw = handle.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        raise ScenarioError(
            [(None, "", f"the file is larger than {MAX_BYTES // (1024 * 1024)} MB")], source
        )
    encoding = "utf-16" if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8-sig"
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1 if encoding != "utf-16" else None
        raise ScenarioError(
            [
                (
                    line,
                    "",
                    f"the file is not {encoding.removesuffix('-sig').upper()} text "
                    f"(byte 0x{raw[exc.start]:02x} at offset {exc.start}); save it as UTF-8",
                )
            ],
            source,
        ) from None


class _Collection:
    """A mapping or sequence being built: its value, path, line and bookkeeping."""

    __slots__ = ("anchor", "key", "key_line", "merges", "path", "start", "value")

    def __init__(self, value: Any, path: Path, anchor: str | None, start: int) -> None:
        self.value = value
        self.path = path
        self.anchor = anchor
        self.start = start  # values counted before it began
        self.key: Any = _NO_KEY
        self.key_line: int | None = None
        self.merges: list[dict] = []


_NO_KEY = object()


class _Builder:
    """Builds a document from parser events, counting values and depth as it goes."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.lines = Lines()
        self.stack: list[_Collection] = []
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.open_anchors: set[str] = set()
        self.count = 0
        self.root: Any = None
        self.documents = 0
        self.done = False

    def fail(self, event: yaml.Event, message: str, field: str = "") -> ScenarioError:
        return ScenarioError([(_line(event), field, message)], self.source)

    def feed(self, event: yaml.Event) -> None:
        if type(event) is yaml.ScalarEvent:
            if event.tag is None and self.expects_key() and event.value != "<<":
                # a plain key is its text: "on", "yes", "1" name fields and sectors
                self.add(event, event.value, 1, is_key_ok=True)
            else:
                self.add(event, self.scalar(event), 1, is_key_ok=True)
        elif isinstance(event, yaml.DocumentStartEvent):
            self.documents += 1
            if self.documents > 1:
                raise self.fail(event, "the file holds more than one YAML document")
        elif isinstance(event, yaml.AliasEvent):
            self.alias(event)
        elif isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
            self.open(event)
        elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
            self.close()

    def expects_key(self) -> bool:
        """Whether the next value is a key of the mapping being built."""
        return bool(self.stack) and isinstance(self.stack[-1].value, dict) and (
            self.stack[-1].key is _NO_KEY
        )

    # ------------------------------------------------------------------ values
    def scalar(self, event: yaml.ScalarEvent) -> Any:
        tag = event.tag
        if tag is None or tag == "!":
            tag = _RESOLVER.resolve(yaml.ScalarNode, event.value, event.implicit)
        if tag == _STR:
            return event.value
        if tag == _MERGE:
            return _MergeKey()
        construct = _CONSTRUCTOR.yaml_constructors.get(tag)
        if construct is None:
            raise self.fail(event, f"unsupported tag {tag!r}")
        node = yaml.ScalarNode(tag, event.value, style=event.style)
        try:
            return construct(_CONSTRUCTOR, node)
        except Exception as exc:  # PyYAML's constructors fail in many ways on odd values
            text = event.value if len(event.value) <= 40 else event.value[:37] + "..."
            why = str(getattr(exc, "problem", None) or exc).splitlines()[0]
            why = why if len(why) <= 80 else why[:77] + "..."
            raise self.fail(event, f"cannot read {text!r} ({why})") from None

    def alias(self, event: yaml.AliasEvent) -> None:
        name = event.anchor
        if name in self.open_anchors:
            raise self.fail(event, f"alias *{name} is inside its own anchor (a recursive value)")
        if name not in self.anchors:
            raise self.fail(event, f"alias *{name} names no anchor defined before it")
        value, size = self.anchors[name]
        self.add(event, value, size, is_key_ok=not isinstance(value, dict | list))

    def open(self, event: yaml.MappingStartEvent | yaml.SequenceStartEvent) -> None:
        is_map = isinstance(event, yaml.MappingStartEvent)
        if event.tag not in (_MAP_TAGS if is_map else _SEQ_TAGS):
            raise self.fail(event, f"unsupported tag {event.tag!r}")
        if len(self.stack) >= MAX_DEPTH:
            raise self.fail(event, f"values nest more than {MAX_DEPTH} deep")
        parent = self.stack[-1] if self.stack else None
        if parent is not None and isinstance(parent.value, dict) and parent.key is _NO_KEY:
            raise self.fail(event, "a key must be a plain value, not a list or mapping")
        path = self.child_path(event)
        value: Any = {} if is_map else []
        self.count += 1
        self.check_count(event)
        if event.anchor is not None:
            self.open_anchors.add(event.anchor)
        self.stack.append(_Collection(value, path, event.anchor, self.count - 1))

    def close(self) -> None:
        done = self.stack.pop()
        if isinstance(done.value, dict):
            for merged in done.merges:
                for key, item in merged.items():
                    done.value.setdefault(key, item)
        size = self.count - done.start
        if done.anchor is not None:
            self.open_anchors.discard(done.anchor)
            self.anchors[done.anchor] = (done.value, size)
        self.place(done.value, done.path)

    def add(self, event: yaml.Event, value: Any, size: int, *, is_key_ok: bool) -> None:
        parent = self.stack[-1] if self.stack else None
        if parent is not None and isinstance(parent.value, dict) and parent.key is _NO_KEY:
            if not is_key_ok:
                raise self.fail(event, "a key must be a plain value, not a list or mapping")
            self.key(parent, event, value)
            return
        path = self.child_path(event)
        self.count += size
        self.check_count(event)
        anchor = getattr(event, "anchor", None)
        if isinstance(event, yaml.ScalarEvent) and anchor is not None:
            self.anchors[anchor] = (value, size)
        self.place(value, path)

    def key(self, parent: _Collection, event: yaml.Event, key: Any) -> None:
        try:
            hash(key)
        except TypeError:
            raise self.fail(event, "a key must be a plain value") from None
        if not isinstance(key, _MergeKey) and key in parent.value:
            field = _dotted((*parent.path, key))
            raise ScenarioError([(_line(event), field, "duplicate key")], self.source)
        parent.key = key
        parent.key_line = _line(event)
        self.count += 1
        self.check_count(event)

    def child_path(self, event: yaml.Event) -> Path:
        """The path of the value that starts at ``event``, and its line noted."""
        if not self.stack:
            line = _line(event)
            if line is not None:
                self.lines[()] = line
            return ()
        parent = self.stack[-1]
        if isinstance(parent.value, dict):
            key = parent.key
            if isinstance(key, _MergeKey):
                return (*parent.path, "<<")
            part: str | int = key if isinstance(key, str) else str(key)
            path = (*parent.path, part)
            if parent.key_line is not None:
                self.lines[path] = parent.key_line
            return path
        path = (*parent.path, len(parent.value))
        line = _line(event)
        if line is not None:
            self.lines[path] = line
        return path

    def place(self, value: Any, path: Path) -> None:
        """Put a finished value into its parent (or make it the document)."""
        if not self.stack:
            self.root = value
            self.done = True
            return
        parent = self.stack[-1]
        if isinstance(parent.value, list):
            parent.value.append(value)
            return
        key, parent.key = parent.key, _NO_KEY
        if isinstance(key, _MergeKey):
            merges = value if isinstance(value, list) else [value]
            if not all(isinstance(m, dict) for m in merges):
                message = "a merge key takes a mapping or a list of them"
                raise ScenarioError([(self.lines.find(path), "<<", message)], self.source)
            parent.merges.extend(merges)
            return
        parent.value[key] = value

    def check_count(self, event: yaml.Event) -> None:
        if self.count > MAX_VALUES:
            raise self.fail(
                event,
                f"the document holds more than {MAX_VALUES:,} values with its aliases "
                "expanded (aliases of aliases?)",
            )


def _dotted(path: tuple) -> str:
    """A field path as the errors write it: ``actions[0].date``."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _line(event: yaml.Event) -> int | None:
    """The line (1-based) an event starts on."""
    mark = event.start_mark
    return mark.line + 1 if mark is not None else None


class _MergeKey:
    """The ``<<`` key of a mapping: its value's keys are merged into the mapping."""

    __hash__ = object.__hash__


def load_yaml(text: str, source: str) -> tuple[Any, Lines]:
    """Parse YAML text; return the data and the line of each field.

    Parameters
    ----------
    text : str
        The YAML document.
    source : str
        Its file name, for error messages.

    Returns
    -------
    data : object
        The parsed document (a dict for a scenario).
    lines : Lines
        The line of each field path.

    Raises
    ------
    ScenarioError
        On a YAML syntax error, duplicate keys, an unsupported tag, a value that
        cannot be read, or a document beyond the limits (:data:`MAX_BYTES`,
        :data:`MAX_DEPTH`, :data:`MAX_VALUES`); each with its line.
    """
    if len(text) > MAX_BYTES:
        raise ScenarioError(
            [(None, "", f"the document is larger than {MAX_BYTES // (1024 * 1024)} MB")], source
        )
    builder = _Builder(source)
    try:
        for event in yaml.parse(text, Loader=_PARSER):
            builder.feed(event)
    except yaml.YAMLError as exc:
        raise ScenarioError([_yaml_problem(exc, text)], source) from None
    if not builder.done:
        raise ScenarioError([(None, "", "the file is empty")], source)
    return builder.root, builder.lines


def _yaml_problem(exc: yaml.YAMLError, text: str) -> tuple[int | None, str, str]:
    """A YAML error as ``(line, field, message)``."""
    if isinstance(exc, yaml.reader.ReaderError):
        char = exc.character
        shown = f"#x{ord(char) if isinstance(char, str) else int(char):04x}"
        at = text.count("\n", 0, exc.position) + 1
        return at, "", f"invalid YAML: the character {shown} is not allowed in YAML"
    mark = getattr(exc, "problem_mark", None)
    line = mark.line + 1 if mark is not None else None
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    return line, "", f"invalid YAML: {problem}"
