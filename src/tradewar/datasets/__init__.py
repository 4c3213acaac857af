"""Data sets by name: built-in worlds, replication data and file formats.

One resolver for the library, the command line, examples, tests and benchmarks::

    import tradewar as tw
    tw.datasets.catalog()                        # every data set, one line each
    world = tw.datasets.load("default")          # the embedded 2022 world
    world = tw.datasets.load("cp2015")           # Caliendo & Parro's 1993 world (shipped)
    frame = tw.datasets.load("yotov2016")        # a gravity table, as a DataFrame
    print(tw.datasets.data_card("cp2015"))       # source, licence, units, orientation
    tw.datasets.locate("cp2015")                 # the folder of its files

The replication data sets ship with tradewar, compressed, each with its data
card; the environment variable ``TRADEWAR_DATA`` may name folders of other
copies (:func:`locate`).  This layer sits above the model: raw data read by
:mod:`tradewar.data` is reconciled into the model's equilibrium here, never in
the data layer.
"""

from tradewar.data.sources.builtin import locate
from tradewar.datasets.registry import (
    SOURCES,
    DataSource,
    catalog,
    data_card,
    load,
    load_data,
    load_toy,
    names,
    reconcile,
)
from tradewar.datasets.worlds import load_cp2015, synthetic_world

__all__ = [
    "SOURCES",
    "DataSource",
    "catalog",
    "data_card",
    "load",
    "load_cp2015",
    "load_data",
    "load_default",
    "load_toy",
    "locate",
    "names",
    "reconcile",
    "synthetic_world",
]


def load_default():
    """The embedded default world (OECD ICIO 2022, 17 regions × 17 sectors)."""
    from tradewar.data.build.default_world import load_default as _load_default

    return _load_default()
