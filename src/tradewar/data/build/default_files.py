"""The shipped files of the default world: its folder, mappings, official trade and goods.

Everything here reads ``tradewar/data/default/``; the world itself is loaded
and built by :mod:`tradewar.data.build.default_world`, its data card written by
:mod:`tradewar.data.build.default_card` and its start states by
:mod:`tradewar.data.build.start_states`.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import pandas as pd

from tradewar.data.build.aggregate import read_mapping

__all__ = [
    "DEFAULT_ELASTICITIES",
    "DEFAULT_FILE",
    "GOODS_SECTORS",
    "SOURCE",
    "default_dir",
    "default_mapping",
    "official_bilateral_trade",
    "official_trade",
]

DEFAULT_FILE = "world_2022.npz"
#: Elasticity table of the default world: θ = 4 in every sector (Simonovska & Waugh 2014).
#: With Caliendo-Parro's sectoral θ (8-16 for most goods) undoing the 2018-19 tariffs
#: triples US-China trade in the model, while its value hardly moved in the data.
DEFAULT_ELASTICITIES = "uniform-4"
START_STATES_FILE = "start_states.csv"
TRADE_TARGETS_FILE = "trade_2022.csv"
BILATERAL_TARGETS_FILE = "trade_bilateral_2022.csv"
#: The source of the default world and its release: what dates the world and its card
#: (never the day it was built, so that a rebuild from the same source is identical).
SOURCE = "OECD Inter-Country Input-Output tables, 2025 release, year 2022"

#: Sector groups of the default world that are goods (the scenario keyword ``goods``).
GOODS_SECTORS = (
    "agriculture",
    "mining",
    "food",
    "textiles",
    "wood_paper",
    "petroleum",
    "chemicals",
    "plastics_minerals",
    "metals",
    "electronics",
    "electrical",
    "machinery",
    "vehicles",
    "other_manufacturing",
)


def default_dir() -> Path:
    """The folder of the shipped files of the default world (``tradewar/data/default``).

    Returns
    -------
    Path
        The folder.
    """
    return Path(str(files("tradewar.data") / "default"))


def default_mapping(kind: str) -> dict[str, str]:
    """The shipped mapping ``regions`` (ICIO country → region) or ``sectors`` (ICIO → group).

    Parameters
    ----------
    kind : {"regions", "sectors"}
        Which mapping.

    Returns
    -------
    dict of str to str
        Member → group.
    """
    if kind not in ("regions", "sectors"):
        raise ValueError("kind must be 'regions' or 'sectors'")
    return read_mapping(default_dir() / f"{kind}.csv")


def official_trade() -> pd.DataFrame:
    """Official exports, imports and balances of goods and services, 2022 (billions of USD).

    One row per region of the default world with its source (``default/trade_2022.csv``):
    BEA for the US, the World Bank's World Development Indicators for the others,
    Taiwan's central bank for Taiwan's balance; EU, ASEAN and ROW are members' sums
    less trade among them.

    Returns
    -------
    pandas.DataFrame
        One row per region: exports, imports and balance (``*_bn``), services
        where known, and the source.
    """
    return pd.read_csv(default_dir() / TRADE_TARGETS_FILE)


def official_bilateral_trade() -> pd.DataFrame:
    """Official bilateral flows the default world holds: US goods trade with China, 2022.

    Billions of USD, customs basis (``default/trade_bilateral_2022.csv``, with sources).

    Returns
    -------
    pandas.DataFrame
        One row per flow held, with its source.
    """
    return pd.read_csv(default_dir() / BILATERAL_TARGETS_FILE)
