"""Data sets by name: built-in worlds, replication data and file formats, ready to solve.

One resolver for the library, the command line, examples, tests and benchmarks::

    import tradewar as tw
    world = tw.datasets.load("default")          # the embedded 2022 world
    world = tw.datasets.load("cp2015", "path/")  # a format with its files

This layer sits above the model: raw data read by :mod:`tradewar.data` is
reconciled into the model's equilibrium here, never in the data layer.
"""

from tradewar.datasets.registry import (
    SOURCES,
    DataSource,
    data_card,
    load_data,
    load_toy,
    reconcile,
)
from tradewar.datasets.worlds import load_cp2015, synthetic_world

__all__ = [
    "SOURCES",
    "DataSource",
    "data_card",
    "load",
    "load_cp2015",
    "load_data",
    "load_default",
    "load_toy",
    "names",
    "reconcile",
    "synthetic_world",
]

#: ``tw.datasets.load(name, path=None)``: the same as :func:`load_data`.
load = load_data


def names() -> list[str]:
    """The names of the built-in data sets and formats."""
    return list(SOURCES)


def load_default():
    """The embedded default world (OECD ICIO 2022, 17 regions × 17 sectors)."""
    from tradewar.data.build.default_world import load_default as _load_default

    return _load_default()
