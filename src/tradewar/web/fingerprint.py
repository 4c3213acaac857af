"""What a result depends on, as one key: the scenario's content, the data and the model version.

Two requests with the same key get the same result, so the second is answered
from the first's (the cache).  The scenario enters as its validated content with
``extends`` resolved (a built-in name and the same scenario sent as data have
one key); the data as a digest of the data shipped with tradewar (worlds,
replication data, start states, the scenario library a start may name) and of
``TRADEWAR_DATA``; the model as the tradewar version and a digest of the code
below this layer; a Monte Carlo's or a sweep's settings enter beside the scenario.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

__all__ = ["cache_key", "data_version", "model_version"]


def _digest(paths: list[Path], root: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(paths):
        h.update(str(path.relative_to(root)).encode())
        h.update(b"\0")
        h.update(path.read_bytes())
        h.update(b"\0")
    return h.hexdigest()[:16]


def _package_root() -> Path:
    return Path(str(files("tradewar")))


@lru_cache(maxsize=1)
def data_version() -> str:
    """A digest of the data tradewar ships and of the ``TRADEWAR_DATA`` setting.

    Returns
    -------
    str
        16 hex digits; it changes when any shipped data file or the scenario
        library changes.
    """
    root = _package_root()
    paths = [
        p
        for folder in ("data/default", "data/builtin", "scenario/library")
        for p in (root / folder).rglob("*")
        if p.is_file()
    ]
    return (
        _digest(paths, root)
        + "-"
        + hashlib.sha256(os.environ.get("TRADEWAR_DATA", "").encode()).hexdigest()[:8]
    )


@lru_cache(maxsize=1)
def model_version() -> str:
    """The tradewar version and a digest of the library's code (the layers below ``web``).

    Returns
    -------
    str
        ``VERSION+DIGEST``.
    """
    from tradewar import __version__

    root = _package_root()
    paths = [p for p in root.rglob("*.py") if p.relative_to(root).parts[0] not in ("web", "cli")]
    return f"{__version__}+{_digest(paths, root)}"


def cache_key(scenario: Mapping[str, Any], analysis: Mapping[str, Any] | None = None) -> str:
    """The key of a scenario's result, or of a Monte Carlo's or a sweep's of it.

    Parameters
    ----------
    scenario : Mapping
        The validated scenario as JSON-ready data (``Scenario.model_dump(mode="json")``).
    analysis : Mapping, optional
        The settings of a Monte Carlo or a sweep (:mod:`tradewar.web.analyses`).

    Returns
    -------
    str
        64 hex digits.
    """
    what = scenario if analysis is None else {"scenario": scenario, "analysis": analysis}
    content = json.dumps(what, sort_keys=True, separators=(",", ":"), default=str)
    text = "\n".join((content, data_version(), model_version()))
    return hashlib.sha256(text.encode()).hexdigest()
