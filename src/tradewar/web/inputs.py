"""A client's scenario, checked before anything is stored or run.

A scenario comes from a client as YAML text or as JSON data.  It is checked by
the scenario layer itself (:func:`tradewar.scenario.load_scenario` on the text,
saved in the server's managed uploads folder, or
:func:`tradewar.scenario.scenario_from_data`; then
:func:`tradewar.scenario.check_scenario` against its world), after three checks
of its own:

* no file on the server is named: ``extends`` and ``start.scenario`` name
  built-in scenarios, ``baseline`` and ``trade_costs.dataset`` data sets by
  name; ``baseline.path``, ``baseline.format``, ``trade_costs.path`` and
  aggregation maps given as files are refused;
* YAML anchors and aliases are refused (a few lines of them expand to
  gigabytes), and so is nesting deeper than :data:`MAX_DEPTH`;
* at most ``max_actions`` actions.

Every problem comes back as an :class:`InputError` whose problems name the
line (for YAML), the field and what is wrong, never a path on the server.
"""

from __future__ import annotations

import difflib
import json
import re
import shutil
import uuid
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tradewar.errors import ScenarioError, TradewarError

__all__ = [
    "MAX_DEPTH",
    "CheckedScenario",
    "InputError",
    "check_builtin",
    "check_sent",
    "field_name",
    "json_safe",
    "problems_of",
    "read_yaml",
    "without_paths",
]

#: The deepest nesting of lists and mappings accepted in a scenario.
MAX_DEPTH = 32
#: The name a client's YAML text is known by in error messages.
UPLOAD_NAME = "scenario.yaml"


class InputError(TradewarError, ValueError):
    """A client's input that cannot be used: what is wrong and where (answered with a 4xx).

    Parameters
    ----------
    title : str
        What kind of problem (``invalid scenario``, ``invalid YAML`` ...).
    problems : list of dict
        Each ``{"line": int | None, "field": str, "message": str}``.
    status : int, default 422
        The HTTP status to answer with.
    """

    def __init__(self, title: str, problems: list[dict[str, Any]], status: int = 422) -> None:
        first = problems[0] if problems else {"field": "", "message": title}
        where = f"{first['field']}: " if first.get("field") else ""
        super().__init__(f"{title}: {where}{first['message']}")
        self.title = title
        self.problems = problems
        self.status = status


@dataclass(frozen=True)
class CheckedScenario:
    """A scenario that passed every check, ready to store or run.

    Parameters
    ----------
    data : dict
        The scenario as data, as the client wrote it (``extends`` unresolved).
    content : str
        The text as written (YAML), or the data as JSON.
    format : str
        ``yaml``, ``json`` or ``builtin``.
    name : str
        Its ``name``.
    title : str
        Its ``title``.
    resolved : dict
        The validated scenario, ``extends`` resolved, as JSON-ready data: what
        its result depends on.
    request : dict
        What a worker runs: ``{"builtin": NAME}`` or ``{"data": DATA}``.
    """

    data: dict[str, Any]
    content: str
    format: str
    name: str
    title: str
    resolved: dict[str, Any]
    request: dict[str, Any]


#: An absolute path on the server (a folder, then a name): ``/srv/data/table.dta.gz``.
_SERVER_PATH = re.compile(r"(?<![\w.:/~-])/(?:[^\s/:'\"]+/)+([^\s/:'\",;()]+)")


def without_paths(message: str) -> str:
    """A message with every absolute path on the server cut to its file name.

    A data set's error names its file (``/srv/.../trade.dta.gz: formula ...``);
    the client sees ``trade.dta.gz: formula ...``, never the server's folders.

    Parameters
    ----------
    message : str
        The message.

    Returns
    -------
    str
        The message without folders.
    """
    return _SERVER_PATH.sub(r"\1", message)


def problems_of(exc: ScenarioError, shown_file: str | None = None) -> list[dict[str, Any]]:
    """A scenario error's problems as JSON-ready records (no server path in them).

    Parameters
    ----------
    exc : ScenarioError
        The error.
    shown_file : str, optional
        The name to give the client's own file.

    Returns
    -------
    list of dict
        ``{"line", "field", "message"}`` for each problem; ``file`` too when it
        is the client's file or a built-in scenario.
    """
    out = []
    for line, field, message in exc.problems:
        record: dict[str, Any] = {"line": line, "field": field, "message": without_paths(message)}
        shown = _shown_file(exc.file, shown_file)
        if shown is not None:
            record["file"] = shown
        out.append(record)
    return out


def _shown_file(file: str | None, shown_file: str | None) -> str | None:
    """The client's own file by the name it knows, a built-in one by its name, else nothing."""
    if file is None or file == "<dict>":
        return None
    path = Path(file)
    if path.name == UPLOAD_NAME and path.parent.parent.name == "uploads":
        return shown_file or UPLOAD_NAME
    from tradewar.scenario import builtin_scenarios

    for name, builtin in builtin_scenarios().items():
        if file in (name, str(builtin)):
            return f"{name}.yaml (built in)"
    return None


def field_name(path: Sequence[Any]) -> str:
    """A field's path as the scenario errors write it: ``actions[0].imposer``.

    Parameters
    ----------
    path : sequence of str or int
        The keys and indexes, e.g. ``("actions", 0, "imposer")``.

    Returns
    -------
    str
        The field's name.
    """
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _problem(path: tuple, message: str, line: int | None = None) -> dict[str, Any]:
    return {"line": line, "field": field_name(path), "message": message}


def _nearest(word: str, known: list[str]) -> str:
    close = difflib.get_close_matches(word, known, n=1)
    return f"; did you mean {close[0]!r}?" if close else ""


def server_path_problems(data: Mapping[str, Any]) -> list[tuple[tuple, str]]:
    """Fields of a scenario that would name a file on the server (refused).

    Parameters
    ----------
    data : Mapping
        The scenario as data.

    Returns
    -------
    list of tuple
        ``(path, message)`` of each refused field.
    """
    from tradewar.data.sources.builtin import canonical_name
    from tradewar.datasets import names
    from tradewar.scenario import builtin_scenarios

    library = list(builtin_scenarios())
    datasets = names()
    found: list[tuple[tuple, str]] = []

    def scenario_name(path: tuple, value: Any) -> None:
        if isinstance(value, str) and value not in library:
            found.append(
                (
                    path,
                    f"no built-in scenario named {value!r}{_nearest(value, library)} "
                    f"(files on the server cannot be named; built in: {', '.join(library)})",
                )
            )

    def dataset(path: tuple, value: Any) -> None:
        if isinstance(value, str) and canonical_name(value) not in datasets:
            found.append(
                (
                    path,
                    f"unknown data set {value!r}{_nearest(canonical_name(value), datasets)} "
                    f"(files on the server cannot be named; data sets: {', '.join(datasets)})",
                )
            )

    scenario_name(("extends",), data.get("extends"))
    baseline = data.get("baseline")
    if isinstance(baseline, str):
        dataset(("baseline",), baseline)
    elif isinstance(baseline, Mapping):
        for key in ("path", "format"):
            if key in baseline:
                found.append(
                    (
                        ("baseline", key),
                        "files on the server cannot be read: name a data set (baseline: NAME)",
                    )
                )
        dataset(("baseline", "name"), baseline.get("name"))
        for key in ("regions", "sectors"):
            if isinstance(baseline.get(key), str):
                found.append(
                    (
                        ("baseline", key),
                        "give the mapping itself ({code: group, ...}); files on the server "
                        "cannot be read",
                    )
                )
    costs = data.get("trade_costs")
    if isinstance(costs, Mapping):
        if "path" in costs:
            found.append(
                (
                    ("trade_costs", "path"),
                    "files on the server cannot be read: name a gravity table with 'dataset'",
                )
            )
        dataset(("trade_costs", "dataset"), costs.get("dataset"))
    start = data.get("start")
    if isinstance(start, Mapping):
        scenario_name(("start", "scenario"), start.get("scenario"))
    return found


def _depth(value: Any, limit: int) -> int:
    """The nesting depth of lists and mappings, counted up to ``limit + 1``."""
    stack = [(value, 1)]
    deepest = 0
    while stack:
        node, depth = stack.pop()
        if isinstance(node, Mapping | list):
            deepest = max(deepest, depth)
            if deepest > limit:
                return deepest
            children = node.values() if isinstance(node, Mapping) else node
            stack.extend((child, depth + 1) for child in children)
    return deepest


def _yaml_shape_problems(text: str) -> list[dict[str, Any]]:
    """Anchors, aliases and deep nesting in YAML text, found from its events (nothing built)."""
    import yaml

    depth = 0
    try:
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            line = event.start_mark.line + 1 if event.start_mark is not None else None
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                return [
                    {
                        "line": line,
                        "field": "",
                        "message": "YAML anchors and aliases (&name, *name) are not accepted; "
                        "write the values out",
                    }
                ]
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    return [
                        {
                            "line": line,
                            "field": "",
                            "message": f"nested more than {MAX_DEPTH} levels deep",
                        }
                    ]
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        return [
            {
                "line": mark.line + 1 if mark is not None else None,
                "field": "",
                "message": f"invalid YAML: {problem}",
            }
        ]
    return []


def _json_value(value: Any) -> Any:
    """YAML values that JSON lacks: dates as ISO text, sets as lists, anything else as text."""
    import datetime as dt

    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    return str(value)


def json_safe(data: Any) -> Any:
    """Data read from YAML as JSON can hold it (dates become ISO text).

    Parameters
    ----------
    data : object
        Parsed YAML.

    Returns
    -------
    object
        The same data with only JSON types.
    """
    return json.loads(json.dumps(data, default=_json_value))


def _located(problems: list[tuple[tuple, str]], lines: Any = None) -> list[dict[str, Any]]:
    return [
        _problem(path, message, lines.find(path) if lines is not None else None)
        for path, message in problems
    ]


@contextmanager
def _managed_folder(home: Path) -> Iterator[Path]:
    """A new, empty folder under ``HOME/uploads`` for one client input, removed afterwards."""
    folder = home / "uploads" / uuid.uuid4().hex
    folder.mkdir(parents=True)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _check_shape(data: Any, max_actions: int, lines: Any = None) -> None:
    if not isinstance(data, Mapping):
        raise InputError(
            "invalid scenario",
            [_problem((), "a scenario is a mapping of fields (name, actions, ...)")],
        )
    if _depth(data, MAX_DEPTH) > MAX_DEPTH:
        raise InputError("invalid scenario", [_problem((), f"nested more than {MAX_DEPTH} levels")])
    actions = data.get("actions")
    if isinstance(actions, list) and len(actions) > max_actions:
        raise InputError(
            "invalid scenario",
            _located([(("actions",), f"at most {max_actions} actions, got {len(actions)}")], lines),
        )
    refused = server_path_problems(data)
    if refused:
        raise InputError("invalid scenario", _located(refused, lines))


def _checked(loaded: Any, shown_file: str | None) -> dict[str, Any]:
    """Check a loaded scenario against its world; its resolved content."""
    from tradewar.scenario import check_scenario

    try:
        check_scenario(loaded)
    except ScenarioError as exc:
        raise InputError("invalid scenario", problems_of(exc, shown_file)) from None
    except TradewarError as exc:
        raise InputError("invalid scenario", [_problem((), without_paths(str(exc)))]) from None
    except RecursionError:
        raise InputError("invalid scenario", [_problem((), "nested too deeply")]) from None
    return loaded.scenario.model_dump(mode="json")


def check_sent(
    *, text: str | None = None, data: Any = None, home: Path, max_actions: int = 2000
) -> CheckedScenario:
    """Check a scenario a client sent: YAML text, or data (the file format as JSON).

    YAML text is saved in a new folder under ``HOME/uploads`` and read by
    :func:`tradewar.scenario.load_scenario`, so that its errors name their
    lines; data is read by :func:`tradewar.scenario.scenario_from_data`.  Either
    is then checked against its world.

    Parameters
    ----------
    text : str, optional
        The YAML document (give it or ``data``).
    data : object, optional
        The scenario as data: a mapping of its fields.
    home : Path
        The server's data folder.
    max_actions : int, default 2000
        The most actions accepted.

    Returns
    -------
    CheckedScenario
        The scenario, checked against its world.

    Raises
    ------
    InputError
        Every problem found, with its field (and its line, in YAML text).
    """
    from tradewar.scenario import load_scenario, scenario_from_data
    from tradewar.scenario.yaml_lines import load_yaml

    lines, shown = None, None
    if text is not None:
        shape = _yaml_shape_problems(text)
        if shape:
            raise InputError("invalid YAML", shape)
        shown = UPLOAD_NAME
        try:
            data, lines = load_yaml(text, UPLOAD_NAME)
        except ScenarioError as exc:
            raise InputError("invalid YAML", problems_of(exc, shown)) from None
    _check_shape(data, max_actions, lines)
    with _managed_folder(home) as folder:
        try:
            if text is not None:
                path = folder / UPLOAD_NAME
                path.write_text(text, encoding="utf-8")
                loaded = load_scenario(path)
            else:
                loaded = scenario_from_data(data, folder=folder)
        except ScenarioError as exc:
            raise InputError("invalid scenario", problems_of(exc, shown)) from None
        resolved = _checked(loaded, shown)
    plain = json_safe(data) if text is not None else dict(data)
    return CheckedScenario(
        data=plain,
        content=text if text is not None else json.dumps(data, indent=1, ensure_ascii=False),
        format="yaml" if text is not None else "json",
        name=loaded.scenario.name,
        title=loaded.scenario.title,
        resolved=resolved,
        request={"data": plain},
    )


def read_yaml(text: str, max_actions: int = 2000) -> dict[str, Any]:
    """A scenario file's text as data, not checked against the format or a world.

    What the builder loads from a file whose scenario is invalid, so that its
    fields can be corrected in the form.

    Parameters
    ----------
    text : str
        The YAML document.
    max_actions : int, default 2000
        The most actions accepted.

    Returns
    -------
    dict
        The document's mapping, with only JSON types.

    Raises
    ------
    InputError
        The text is not YAML, not a mapping, or too deep or large.
    """
    from tradewar.scenario.yaml_lines import load_yaml

    shape = _yaml_shape_problems(text)
    if shape:
        raise InputError("invalid YAML", shape)
    try:
        data, lines = load_yaml(text, UPLOAD_NAME)
    except ScenarioError as exc:
        raise InputError("invalid YAML", problems_of(exc, UPLOAD_NAME)) from None
    _check_shape(data, max_actions, lines)
    return dict(json_safe(data))


def check_builtin(name: str) -> CheckedScenario:
    """A built-in scenario, ready to run.

    Parameters
    ----------
    name : str
        Its name (:func:`tradewar.scenario.builtin_scenarios`).

    Returns
    -------
    CheckedScenario
        The scenario (its text is the library's file).

    Raises
    ------
    KeyError
        If there is no built-in scenario of that name.
    """
    import yaml

    from tradewar.scenario import builtin_scenarios, load_scenario

    path = builtin_scenarios()[name]
    loaded = load_scenario(name)
    text = path.read_text(encoding="utf-8")
    sc = loaded.scenario
    return CheckedScenario(
        data=json_safe(yaml.safe_load(text)),
        content=text,
        format="builtin",
        name=sc.name,
        title=sc.title,
        resolved=sc.model_dump(mode="json"),
        request={"builtin": name},
    )
