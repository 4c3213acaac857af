"""YAML loading that remembers the line of every field, for error messages."""

from __future__ import annotations

from typing import Any

import yaml

from tradewar.errors import ScenarioError

__all__ = ["Lines", "load_yaml"]

Path = tuple[str | int, ...]


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


def _walk(node: yaml.Node, path: Path, lines: Lines) -> None:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            sub = (*path, str(key.value))
            lines[sub] = key.start_mark.line + 1
            _walk(value, sub, lines)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            lines[(*path, i)] = item.start_mark.line + 1
            _walk(item, (*path, i), lines)


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
        On a YAML syntax error (with its line) or duplicate keys.
    """
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise ScenarioError([(line, "", f"invalid YAML: {problem}")], source) from None
    if node is None:
        raise ScenarioError([(None, "", "the file is empty")], source)
    lines = Lines()
    lines[()] = node.start_mark.line + 1
    _check_duplicates(node, (), source)
    _walk(node, (), lines)
    loader = yaml.SafeLoader("")
    try:
        data = loader.construct_document(node)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ScenarioError([(mark.line + 1 if mark else None, "", str(exc))], source) from None
    return data, lines


def _check_duplicates(node: yaml.Node, path: Path, source: str) -> None:
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key, value in node.value:
            if key.value in seen:
                field = ".".join(str(p) for p in (*path, key.value))
                raise ScenarioError([(key.start_mark.line + 1, field, "duplicate key")], source)
            seen.add(key.value)
            _check_duplicates(value, (*path, key.value), source)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _check_duplicates(item, (*path, i), source)
