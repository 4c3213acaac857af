"""Reading scenarios: built-in names or YAML files, ``extends`` resolved, errors located by line."""

from __future__ import annotations

import difflib
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from tradewar.errors import PolicyError, ScenarioError
from tradewar.policy.actions import parse_action
from tradewar.scenario.schema import REMOVE_WITHOUT_EXTENDS, Scenario
from tradewar.scenario.yaml_lines import Lines, load_yaml, read_text

__all__ = [
    "ScenarioFile",
    "SourceMap",
    "builtin_scenarios",
    "file_key",
    "load_scenario",
    "scenario_from_data",
]


def _library() -> Path:
    return Path(str(files("tradewar.scenario") / "library"))


def builtin_scenarios() -> dict[str, Path]:
    """Built-in scenario names and their files."""
    return {p.stem: p for p in sorted(_library().glob("*.yaml"))}


@dataclass(kw_only=True)
class SourceMap:
    """Where each part of a scenario was written: file, line table, origins of actions.

    ``origins[i]`` is ``(file, lines, path)`` of action ``i``: the file it comes
    from (it may be inherited through ``extends``), that file's line table and
    the action's path in it.

    Parameters
    ----------
    source : str
        The scenario's file (or ``<dict>``).
    lines : Lines
        Its line table.
    origins : list of tuple, optional
        ``(file, lines, path)`` of each action (default none).
    """

    source: str
    lines: Lines
    origins: list[tuple[str, Lines, tuple]] = field(default_factory=list)

    def where(self, path: tuple) -> tuple[str, int | None]:
        """File and line of a field path of the merged scenario.

        Parameters
        ----------
        path : tuple
            A field path, e.g. ``("actions", 3, "imposer")``.

        Returns
        -------
        source : str
            The file the field was written in.
        line : int or None
            Its line, None when unknown.
        """
        if (
            len(path) >= 2
            and path[0] == "actions"
            and isinstance(path[1], int)
            and path[1] < len(self.origins)
        ):
            source, lines, prefix = self.origins[path[1]]
            return source, lines.find((*prefix, *path[2:]))
        return self.source, self.lines.find(path)

    def error(self, problems: list[tuple[tuple, str]]) -> ScenarioError:
        """A ScenarioError for ``(path, message)`` problems, located in their files.

        Parameters
        ----------
        problems : list of tuple
            ``(path, message)`` pairs, ``path`` a field path of the merged scenario.

        Returns
        -------
        ScenarioError
            The error to raise.
        """
        located = []
        source = self.source
        for path, message in problems:
            source, line = self.where(path)
            located.append((line, _field(path), message))
        return ScenarioError(located, source)


@dataclass(kw_only=True)
class ScenarioFile(SourceMap):
    """A validated scenario and where each of its parts was written.

    Parameters
    ----------
    source : str
        The scenario's file (or ``<dict>``).
    lines : Lines
        Its line table.
    origins : list of tuple, optional
        ``(file, lines, path)`` of each action (default none).
    scenario : Scenario
        The validated scenario.
    base_folder : Path, optional
        The folder relative paths are relative to (default: the file's).
    """

    scenario: Scenario
    base_folder: Path | None = None

    @property
    def folder(self) -> Path:
        """The folder that relative paths in the scenario are relative to."""
        if self.base_folder is not None:
            return self.base_folder
        return Path(self.source).parent


def _field(path: tuple) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


#: The longest chain of ``extends`` (or of start scenarios) followed.
MAX_CHAIN = 32


def file_key(source: str | Path) -> str:
    """What identifies a scenario file however its path is spelt.

    ``./a.yaml``, ``../dir/a.yaml``, a symbolic link or a hard link to it give
    the same key (its device and inode); a name that is no file is its own key.

    Parameters
    ----------
    source : str or Path
        A scenario's file (or ``<dict>``).

    Returns
    -------
    str
        The key.
    """
    try:
        info = os.stat(source)
    except (OSError, ValueError):
        return str(source)
    return f"{info.st_dev}:{info.st_ino}"


def _resolve(ref: str | Path, relative_to: Path | None) -> tuple[Path, str]:
    text = str(ref)
    library = builtin_scenarios()
    if text in library:
        return library[text], text
    path = Path(text)
    try:
        if not path.is_absolute() and relative_to is not None and not path.exists():
            path = relative_to / path
        found = path.is_file()
    except (OSError, ValueError):  # a name the system cannot look up (too long, NUL)
        found = False
    if not found:
        import difflib

        close = difflib.get_close_matches(text, library, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        shown = text if len(text) <= 200 else text[:197] + "..."
        raise ScenarioError([(None, "", f"no built-in scenario or file named {shown!r}{hint}")])
    return path, str(path)


def _load_raw(
    ref: str | Path, relative_to: Path | None, chain: tuple[tuple[str, str], ...]
) -> tuple[dict[str, Any], Lines, str, list[tuple[str, Lines, tuple]]]:
    path, source = _resolve(ref, relative_to)
    key = file_key(path)
    if key in {k for k, _ in chain}:
        names = " -> ".join(name for _, name in (*chain, (key, source)))
        raise ScenarioError([(None, "extends", f"circular 'extends': {names}")])
    if len(chain) >= MAX_CHAIN:
        raise ScenarioError(
            [(None, "extends", f"more than {MAX_CHAIN} scenarios extend one another")]
        )
    data, lines = load_yaml(read_text(path, source), source)
    if not isinstance(data, dict):
        raise ScenarioError(
            [(lines.find(()), "", "a scenario must be a mapping of fields")], source
        )
    merged, origins = _merge_parent(data, lines, source, path.parent, (*chain, (key, source)))
    return merged, lines, source, origins


def _merge_parent(
    data: dict[str, Any],
    lines: Lines,
    source: str,
    folder: Path,
    chain: tuple[tuple[str, str], ...],
) -> tuple[dict[str, Any], list[tuple[str, Lines, tuple]]]:
    """Resolve ``extends``: the parent's fields and actions under this scenario's.

    ``chain`` holds ``(file key, name)`` of this scenario and those it extends from.
    """
    actions = data.get("actions") or []
    if not isinstance(actions, list):
        raise ScenarioError([(lines.find(("actions",)), "actions", "must be a list")], source)
    origins = [(source, lines, ("actions", i)) for i in range(len(actions))]
    parent_ref = data.get("extends")
    if parent_ref is None:
        if data.get("remove_actions"):
            raise ScenarioError(
                [(lines.find(("remove_actions",)), "remove_actions", REMOVE_WITHOUT_EXTENDS)],
                source,
            )
        return data, origins
    if not isinstance(parent_ref, str):
        raise ScenarioError(
            [(lines.find(("extends",)), "extends", "must be a scenario name or a file")], source
        )
    removed_raw = data.get("remove_actions") or []
    if not isinstance(removed_raw, list) or not all(isinstance(r, str) for r in removed_raw):
        raise ScenarioError(
            [(lines.find(("remove_actions",)), "remove_actions", "must be a list of labels")],
            source,
        )
    try:
        parent, _, _, parent_origins = _load_raw(parent_ref, folder, chain)
    except ScenarioError as exc:
        if exc.file is None:  # the parent was not found: the error is this file's
            raise ScenarioError(
                [(lines.find(("extends",)), "extends", m) for _, _, m in exc.problems], source
            ) from None
        raise
    removed = set(removed_raw)
    parent_actions = parent.get("actions") or []
    if not isinstance(parent_actions, list):
        parent_actions = []  # the parent's own error, found when it is validated
    labels = {_label(a) for a in parent_actions}
    unknown = removed - labels
    if unknown:
        raise ScenarioError(
            [
                (
                    lines.find(("remove_actions",)),
                    "remove_actions",
                    f"no inherited action is labelled {sorted(unknown)[0]!r}",
                )
            ],
            source,
        )
    kept = [
        (a, o)
        for a, o in zip(parent_actions, parent_origins, strict=True)
        if _label(a) not in removed
    ]
    merged = {**{k: v for k, v in parent.items() if k not in ("name", "extends")}, **data}
    sources = [parent.get("sources") or [], data.get("sources") or []]
    if all(isinstance(part, list) for part in sources):
        merged["sources"] = sources[0] + sources[1]
    merged["actions"] = [a for a, _ in kept] + actions
    merged["remove_actions"] = []
    return merged, [o for _, o in kept] + origins


def _label(action: Any) -> str | None:
    """The label of an action as written, None when it has no text label."""
    label = action.get("label") if isinstance(action, dict) else None
    return label if isinstance(label, str) else None


def _validated(
    data: dict[str, Any],
    lines: Lines,
    source: str,
    origins: list[tuple[str, Lines, tuple]],
    folder: Path | None = None,
) -> ScenarioFile:
    merged_extends = data.get("extends")
    try:
        scenario = Scenario.model_validate(data)
    except ValidationError as exc:
        loaded = SourceMap(source=source, lines=lines, origins=origins)
        raise loaded.error(_problems(exc, data)) from None
    if merged_extends is not None:
        scenario = scenario.model_copy(update={"extends": merged_extends})
    return ScenarioFile(
        scenario=scenario, source=source, lines=lines, origins=origins, base_folder=folder
    )


def _problems(exc: ValidationError, data: dict[str, Any]) -> list[tuple[tuple, str]]:
    """Each validation error as ``(path, message)`` in the user's words.

    An action's errors are those of the policy language (:func:`parse_action`:
    one per action, e.g. ``unknown field 'ad'; did you mean 'add'?``); an unknown
    field elsewhere gets the nearest valid name.
    """
    problems: list[tuple[tuple, str]] = []
    actions = data.get("actions")
    seen: set[int] = set()
    errors = exc.errors()
    for err in errors:
        if _other_branch_explains(err, errors, data):
            continue
        path = _data_path(data, err["loc"], err["type"])
        if (
            len(path) >= 2
            and path[0] == "actions"
            and isinstance(path[1], int)
            and isinstance(actions, list)
            and isinstance(actions[path[1]], dict)
        ):
            if path[1] in seen:
                continue
            seen.add(path[1])
            try:
                parse_action(actions[path[1]], path=("actions", path[1]))
            except PolicyError as problem:
                problems.append((problem.path, problem.message))
                continue
        message = str(err["msg"]).removeprefix("Value error, ")
        if err["type"] == "string_pattern_mismatch" and path and path[-1] in _PATTERN_WORDS:
            message = f"{_PATTERN_WORDS[path[-1]]}, got {err['input']!r}"
        if err["type"] == "extra_forbidden" and path:
            fields = _fields_at(path[:-1])
            close = difflib.get_close_matches(str(path[-1]), fields, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            message = f"unknown field {path[-1]!r}{hint}"
        problems.append((path, message))
    return problems


def _fields_at(path: tuple) -> list[str]:
    """The field names of the part of a scenario at ``path`` (empty when unknown)."""
    from tradewar.scenario.schema import (
        BaselineSpec,
        ModelSpec,
        Source,
        StartSpec,
        TradeCostsSpec,
    )

    models: dict[tuple, type[BaseModel]] = {
        (): Scenario,
        ("model",): ModelSpec,
        ("start",): StartSpec,
        ("baseline",): BaselineSpec,
        ("trade_costs",): TradeCostsSpec,
    }
    if len(path) == 2 and path[0] == "sources":
        return list(Source.model_fields)
    model = models.get(tuple(path))
    return list(model.model_fields) if model is not None else []


def load_scenario(ref: str | Path, *, relative_to: str | Path | None = None) -> ScenarioFile:
    """Load and validate a scenario (a built-in name or a YAML file).

    Parameters
    ----------
    ref : str or Path
        A built-in scenario name (:func:`builtin_scenarios`) or a YAML file.
    relative_to : str or Path, optional
        A folder to look in for a relative file that is not in the working directory.

    Returns
    -------
    ScenarioFile
        The validated scenario and where its parts were written.

    Raises
    ------
    ScenarioError
        Naming the file, line and field of every problem found.
    """
    folder = Path(relative_to) if relative_to is not None else None
    data, lines, source, origins = _load_raw(ref, folder, ())
    return _validated(data, lines, source, origins)


def scenario_from_data(
    data: Scenario | Mapping[str, Any], *, folder: str | Path | None = None
) -> ScenarioFile:
    """A scenario given as a dict in the file format or as a :class:`Scenario` object.

    ``extends`` names a built-in scenario or a file (relative to ``folder``,
    default the working directory); relative data paths too.

    Parameters
    ----------
    data : Scenario or Mapping of str to object
        The scenario.
    folder : str or Path, optional
        The folder relative paths are relative to (default: the working directory).

    Returns
    -------
    ScenarioFile
        The validated scenario; its source is ``<dict>``.

    Raises
    ------
    ScenarioError
        Naming the field of every problem (``<dict>`` stands for the file).
    """
    base = Path(folder) if folder is not None else Path.cwd()
    raw = data.model_dump(mode="json", exclude_unset=True) if isinstance(data, Scenario) else data
    if not isinstance(raw, Mapping):
        raise ScenarioError([(None, "", "a scenario must be a mapping of fields")], "<dict>")
    merged, origins = _merge_parent(dict(raw), Lines(), "<dict>", base, (("<dict>", "<dict>"),))
    return _validated(merged, Lines(), "<dict>", origins, base)


_TAGS = {"tariff", "export_control", "trade_cost", "purchase_commitment", "currency"}
#: What a field with a pattern takes, in words (instead of the regular expression).
_PATTERN_WORDS = {
    "name": "a scenario's name is lowercase letters, digits and dashes, starting with a "
    "letter or a digit (e.g. us-china-2019)",
}
#: The names pydantic gives a union's scalar branches in an error's location.
_SCALAR_BRANCHES = {"str", "int", "float", "bool"}


def _other_branch_explains(err: Any, errors: list[Any], data: Any) -> bool:
    """Whether an error is a union's scalar branch refusing a mapping another branch explains.

    ``start: {scenario: may-2019}`` (no date) fails both ``str`` (not a string)
    and ``StartSpec`` ('scenario' needs 'date'); only the second says what is wrong.
    """
    loc = tuple(err["loc"])
    if not loc or loc[-1] not in _SCALAR_BRANCHES:
        return False
    node = data
    for part in loc[:-1]:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return False
    if not isinstance(node, dict | list):
        return False
    head = loc[:-1]
    return any(
        tuple(other["loc"])[: len(head)] == head
        and (len(other["loc"]) == len(head) or other["loc"][len(head)] not in _SCALAR_BRANCHES)
        for other in errors
        if other is not err
    )


def _data_path(data: Any, loc: tuple, kind: str) -> tuple:
    """Keep the parts of a pydantic error location that exist in the data."""
    path: list = []
    node = data
    for part in loc:
        if (isinstance(node, dict) and part in node) or (
            isinstance(node, list) and isinstance(part, int) and part < len(node)
        ):
            node = node[part]
            path.append(part)
        elif part in _TAGS:
            continue
        elif isinstance(part, str) and isinstance(node, dict) and part.isidentifier():
            path.append(part)  # a missing field
            break
        else:
            break
    if kind.startswith("union_tag") and isinstance(node, dict) and "kind" in node:
        path.append("kind")
    return tuple(path)
