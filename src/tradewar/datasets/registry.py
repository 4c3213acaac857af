"""Named data sets and formats: one entry point for worlds, ``load_data(name, path)``.

Every loader here returns a world that satisfies the model's identities: raw
data (a baseline with ``check_accounting`` off) is reconciled into the model's
equilibrium with its observed deficits (:func:`reconcile`).  The replication
data sets ship with tradewar (:mod:`tradewar.data.sources.builtin`); a gravity
table among them loads as a DataFrame with :func:`load` and as a one-sector world
with :func:`load_data`.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from tradewar.baseline import Baseline
from tradewar.errors import DataError

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "SOURCES",
    "DataSource",
    "catalog",
    "data_card",
    "load",
    "load_data",
    "names",
    "reconcile",
]

Kind = Literal["world", "replication", "format"]


@dataclass(frozen=True)
class DataSource:
    """A built-in world, a shipped replication data set, or a file format.

    Parameters
    ----------
    name : str
        The name :func:`load` and :func:`load_data` know it by.
    description : str
        One line shown by ``tradewar data list``.
    kind : {"world", "replication", "format"}
        A built-in world (no path), a replication data set shipped with
        tradewar (a path, optional, reads another copy), or a file format (a
        path is needed).
    loader : callable
        ``loader(path)`` returns the world (reconciled); ``path`` is None for the
        built-in data.
    table : callable, optional
        ``table(path)`` returns the data set as a DataFrame, for a gravity
        table; :func:`load` returns it instead of the world.
    year : int, optional
        The year of its world's flows (the first year of a panel: the one its
        world is built from); None for a format or a made-up world.

    Attributes
    ----------
    needs_path : bool
        Whether it is a file format that needs a path.
    """

    name: str
    description: str
    kind: Kind
    loader: Callable[[Path | None], Baseline]
    table: Callable[[Path | None], pd.DataFrame] | None = None
    year: int | None = None

    @property
    def needs_path(self) -> bool:
        """Whether it is a file format that needs a path."""
        return self.kind == "format"


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


def _gravity_world(name: str, theta: float, year: int | None = None):
    def load(path: Path | None) -> Baseline:
        from tradewar.data.sources.builtin import BUILTIN_DATA, locate
        from tradewar.data.sources.gravity import read_gravity

        world = read_gravity(locate(path or name), theta=theta, select_year=year)
        if path is not None:
            return world
        return world.replace(name=name, description=BUILTIN_DATA[name].description)

    return load


def _gravity_table(name: str):
    def load(path: Path | None) -> pd.DataFrame:
        from tradewar.data.files.tables import read_table
        from tradewar.data.sources.builtin import locate

        return read_table(locate(path or name))

    return load


def _cp2015(path: Path | None) -> Baseline:
    from tradewar.datasets.worlds import load_cp2015

    return load_cp2015(path)


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
            "world",
            _default,
            year=2022,
        ),
        DataSource(
            "toy", "a made-up 3-country x 2-sector world for tests and examples", "world", _toy
        ),
        DataSource(
            "icio-2022",
            "OECD ICIO 2022, 80 countries x 50 sectors (pip install 'tradewar[icio]')",
            "world",
            _icio_package,
            year=2022,
        ),
        DataSource(
            "cp2015",
            "Caliendo & Parro (2015): 31 regions x 40 sectors, 1993 (reconciled)",
            "replication",
            _cp2015,
            year=1993,
        ),
        DataSource(
            "ossa2014",
            "Ossa (2014): 7 regions x 33 industries, 2007 (DATA.mat, reconciled)",
            "replication",
            _path_loader("tradewar.data.sources.ossa2014", "read_ossa2014"),
            year=2007,
        ),
        DataSource(
            "wiod2014-16s",
            "Lashkaripour & Lugovskyy (2023): WIOD 2014, 44 x 16, with tariffs (reconciled)",
            "replication",
            _path_loader("tradewar.data.sources.wiod2014_16s", "read_wiod2014_16s"),
            year=2014,
        ),
        DataSource(
            "yotov2016",
            "Yotov et al. (2016) ch. 2: 69 countries, 2006, gravity table (world: sigma 7)",
            "replication",
            _gravity_world("yotov2016", theta=6.0),
            _gravity_table("yotov2016"),
            year=2006,
        ),
        DataSource(
            "gegravity-sample",
            "gegravity's example: 30 countries, 2006, gravity table (world: sigma 5)",
            "replication",
            _gravity_world("gegravity-sample", theta=4.0),
            _gravity_table("gegravity-sample"),
            year=2006,
        ),
        DataSource(
            "gravity-wiod0014",
            "ge_gravity's example: 44 countries, 2000-2014, gravity table (world: 2000, theta 4)",
            "replication",
            _gravity_world("gravity-wiod0014", theta=4.0, year=2000),
            _gravity_table("gravity-wiod0014"),
            year=2000,
        ),
        DataSource(
            "icio-csv",
            "an OECD ICIO table in its published CSV layout (file)",
            "format",
            _path_loader("tradewar.data.sources.icio", "read_icio_csv"),
        ),
        DataSource(
            "wiod",
            "a WIOD 2016-release table, long-wide layout (CSV/Parquet/dta)",
            "format",
            _path_loader("tradewar.data.sources.wiod", "read_wiod"),
        ),
        DataSource(
            "gravity",
            "a gravity table: exporter, importer, trade incl. domestic (CSV/Parquet/dta)",
            "format",
            _path_loader("tradewar.data.sources.gravity", "read_gravity"),
        ),
        DataSource("npz", "a baseline saved by 'tradewar data build' (.npz)", "format", _npz),
    )
}


def _source(name: str) -> DataSource:
    """The source of a name (``_`` and ``-`` alike), or a one-line error with the nearest."""
    from tradewar.data.sources.builtin import canonical_name

    key = canonical_name(name)
    if key in SOURCES:
        return SOURCES[key]
    close = difflib.get_close_matches(key, SOURCES, n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    raise DataError(f"unknown data set {name!r}{hint} (known: {', '.join(SOURCES)})")


def _path_of(source: DataSource, name: str, path: str | Path | None) -> Path | None:
    if source.needs_path and path is None:
        raise DataError(f"data set {name!r} is a file format: give its path (--path)")
    return Path(path) if path is not None else None


def load_data(name: str, path: str | Path | None = None) -> Baseline:
    """Load a world: a named data set, or a file of a named format.

    ``name`` may also be the path of a saved ``.npz`` baseline.  A gravity table
    (``yotov2016`` ...) loads as its one-sector world.

    Parameters
    ----------
    name : str
        A key of :data:`SOURCES` (``"default"``, ``"toy"``, ``"cp2015"`` ...;
        ``_`` for ``-`` alike) or the path of a ``.npz`` file.
    path : str or Path, optional
        The file or folder, for a format that needs one; for a replication data
        set, another copy of its files (default: the shipped ones).

    Returns
    -------
    Baseline
        The world, with its identities holding.

    Raises
    ------
    DataError
        Unknown name (with the nearest known one), or a format given without a path.
    """
    if name.endswith(".npz") and name not in SOURCES:
        return _npz(Path(name))
    source = _source(name)
    return source.loader(_path_of(source, name, path))


def load(name: str, path: str | Path | None = None) -> Baseline | pd.DataFrame:
    """Load a data set by name as its natural object (like statsmodels' or pyfixest's data).

    A world (``default``, ``toy``, ``cp2015``, ``ossa2014``, ``wiod2014-16s``)
    is a :class:`~tradewar.baseline.Baseline`, reconciled into the model's
    equilibrium; a gravity table (``yotov2016``, ``gegravity-sample``,
    ``gravity-wiod0014``) is a DataFrame, as published.  The replication data
    sets ship with tradewar; ``TRADEWAR_DATA`` may point to other copies
    (:func:`tradewar.data.sources.builtin.locate`).

    Parameters
    ----------
    name : str
        A data set or format (:func:`catalog`; ``_`` for ``-`` alike), or the
        path of a ``.npz`` world.
    path : str or Path, optional
        The file or folder, for a format; for a replication data set, another
        copy of its files.

    Returns
    -------
    Baseline or pandas.DataFrame
        The world, or the table.

    Raises
    ------
    DataError
        Unknown name (one line, with the nearest known one), or a format given
        without a path.

    Examples
    --------
    >>> import tradewar as tw
    >>> world = tw.datasets.load("cp2015")  # doctest: +SKIP
    >>> frame = tw.datasets.load("yotov2016")  # doctest: +SKIP
    """
    if name.endswith(".npz") and name not in SOURCES:
        return _npz(Path(name))
    source = _source(name)
    where = _path_of(source, name, path)
    return source.table(where) if source.table is not None else source.loader(where)


def names() -> list[str]:
    """The data sets that load by name alone (built-in worlds and replication data).

    Returns
    -------
    list of str
        Their names; :func:`catalog` describes them and the file formats.
    """
    return [s.name for s in SOURCES.values() if not s.needs_path]


def catalog() -> pd.DataFrame:
    """Every data set and format, one line each.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``name``: ``kind`` (world, replication, format, files),
        ``returns`` (what :func:`load` gives: Baseline or DataFrame; ``files``
        for build inputs read by scripts), ``description`` and ``year`` (of its
        world's flows; None where there is none).
    """
    import pandas as pd

    rows = [
        {
            "name": s.name,
            "kind": s.kind,
            "returns": "DataFrame" if s.table is not None else "Baseline",
            "description": s.description,
            "year": s.year,
        }
        for s in SOURCES.values()
    ]
    from tradewar.data.sources.builtin import BUILTIN_DATA

    rows += [
        {
            "name": d.name,
            "kind": "files",
            "returns": "files",
            "description": d.description,
            "year": None,
        }
        for d in BUILTIN_DATA.values()
        if d.kind == "files"
    ]
    return pd.DataFrame(rows).set_index("name")


def data_card(name: str, path: str | Path | None = None) -> str:
    """The data card of a data set: source, licence, units, orientation, citation.

    Parameters
    ----------
    name : str
        As for :func:`load_data`.
    path : str or Path, optional
        The ``.npz`` file, for the ``npz`` format.

    Returns
    -------
    str
        The data card (Markdown); for a format, its name and description.

    Raises
    ------
    DataError
        If the name is unknown (with the nearest known one).
    """
    if name == "default":
        from tradewar.data.build.default_world import default_card

        return default_card()
    if name.endswith(".npz") or name == "npz":
        from tradewar.data.files.store import load_baseline

        return load_baseline(Path(path or name))[1]
    from tradewar.data.sources.builtin import BUILTIN_DATA, canonical_name

    files = BUILTIN_DATA.get(canonical_name(name))
    if files is not None and files.kind == "files":
        from tradewar.data.sources.builtin import dataset_card

        return dataset_card(files.name)
    source = _source(name)
    if source.kind == "replication":
        from tradewar.data.sources.builtin import dataset_card

        return dataset_card(source.name)
    return f"# {source.name}\n\n{source.description}\n"
