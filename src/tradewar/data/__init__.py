"""Loaders that turn public data sets into validated `Baseline` objects."""

from tradewar.data.cp2015 import load_cp2015, read_cp2015_raw, read_cp2015_tariffs
from tradewar.data.default_world import load_default
from tradewar.data.registry import load_data
from tradewar.data.synthetic import synthetic_world
from tradewar.data.toy import load_toy

__all__ = [
    "load_cp2015",
    "load_data",
    "load_default",
    "load_toy",
    "read_cp2015_raw",
    "read_cp2015_tariffs",
    "synthetic_world",
]
