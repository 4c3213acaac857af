"""The embedded default world: OECD ICIO 2022 aggregated to 17 regions × 17 sectors.

``load_default()`` reads the committed compact file ``default/world_2022.npz``;
:func:`tradewar.datasets.build_default_world` rebuilds it (with
:func:`assemble_default_world`) from the installed ``sanction-simulator``
package (``pip install tradewar[icio]``; ``tradewar data build --from icio-2022
--regions default --sectors default --out ...``).

The jobs around it live beside it: the shipped files (folder, mappings, official
trade, goods sectors) in :mod:`~tradewar.data.build.default_files`, the data card
in :mod:`~tradewar.data.build.default_card`, the named start states in
:mod:`~tradewar.data.build.start_states`; their public names are importable from
here too.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np

from tradewar.baseline import Baseline
from tradewar.data.build.aggregate import aggregate
from tradewar.data.build.balancing import TradeTargets, fit_trade_totals, trade_targets
from tradewar.data.build.default_card import default_world_card, trade_check_table
from tradewar.data.build.default_files import (
    DEFAULT_ELASTICITIES,
    DEFAULT_FILE,
    GOODS_SECTORS,
    START_STATES_FILE,
    default_dir,
    default_mapping,
    official_bilateral_trade,
    official_trade,
)
from tradewar.data.build.start_states import start_state_tariffs, write_start_states
from tradewar.data.files.store import load_baseline, save_baseline

__all__ = [
    "DEFAULT_ELASTICITIES",
    "DEFAULT_FILE",
    "GOODS_SECTORS",
    "assemble_default_world",
    "check_default_facts",
    "default_card",
    "default_mapping",
    "default_world_card",
    "load_default",
    "official_bilateral_trade",
    "official_trade",
    "save_default_world",
    "start_state_tariffs",
    "trade_check_table",
]


@lru_cache(maxsize=1)
def _load_default() -> tuple[Baseline, str]:
    return load_baseline(default_dir() / DEFAULT_FILE)


def load_default() -> Baseline:
    """The default world (17 regions × 17 sectors, 2022), validated."""
    return _load_default()[0]


def default_card() -> str:
    """The data card of the default world."""
    return _load_default()[1]


def assemble_default_world(
    full: Baseline,
    *,
    regions: dict[str, str] | str | Path | None = None,
    sectors: dict[str, str] | str | Path | None = None,
    name: str = "default",
) -> tuple[Baseline, TradeTargets]:
    """Aggregate the reconciled full ICIO world and fit its trade to the official totals.

    :func:`tradewar.datasets.build_default_world` reads and reconciles the full
    world, calls this, reconciles the result with the official balances as its
    deficits, and writes it with :func:`default_world_card`.

    Parameters
    ----------
    full : Baseline
        The reconciled 80 x 50 world.
    regions, sectors : dict of str to str, str or Path, optional
        Mappings (dicts or CSV paths); default the shipped ones (``default/*.csv``).
    name : str, default "default"
        Name of the default world.

    Returns
    -------
    world : Baseline
        The aggregated world with its trade fitted (raw: not yet reconciled).
    targets : TradeTargets
        The exports and imports it was fitted to.
    """
    regions = default_mapping("regions") if regions is None else regions
    sectors = default_mapping("sectors") if sectors is None else sectors
    world = aggregate(full, regions, sectors, name=name)
    if not world.goods:
        world = world.replace(goods=tuple(s for s in GOODS_SECTORS if s in world.sectors))
    world = world.replace(
        description=(
            f"OECD ICIO 2022 (2025 release) aggregated to {world.n_countries} regions x "
            f"{world.n_sectors} sectors, trade fitted to official totals, USD millions"
        )
    )
    targets = trade_targets(world, official_trade(), bilateral=official_bilateral_trade())
    return fit_trade_totals(world, targets), targets


def save_default_world(
    world: Baseline, card: str, full: Baseline, regions, sectors, out: str | Path
) -> None:
    """Write the world (``.npz``, atomically) and its start states beside it.

    Parameters
    ----------
    world : Baseline
        The default world, from :func:`assemble_default_world`.
    card : str
        Its data card.
    full : Baseline
        The full world it was aggregated from (the start states' tariffs are
        aggregated from it).
    regions, sectors : dict of str to str, str, Path or None
        The mappings used for ``world``; None for the shipped ones.
    out : str or Path
        The ``.npz`` file to write; ``start_states.csv`` goes beside it.
    """
    regions = default_mapping("regions") if regions is None else regions
    sectors = default_mapping("sectors") if sectors is None else sectors
    save_baseline(world, out, card=card)
    write_start_states(full, world, regions, sectors, Path(out).parent / START_STATES_FILE)


def check_default_facts(world: Baseline) -> dict[str, float | str]:
    """Figures a correct build must respect (used by tests and ``data show``).

    Parameters
    ----------
    world : Baseline
        The default world.

    Returns
    -------
    dict of str to float or str
        Gross output of the world, the US and China (trillions of USD) and the
        largest exporter of goods to the US.
    """
    usa, chn = world.country_index("USA"), world.country_index("CHN")
    goods = np.array([world.sector_index(s) for s in GOODS_SECTORS])
    to_us = world.trade[:, usa][:, goods].sum(axis=1)
    to_us[usa] = 0.0
    return {
        "world_gross_output_tn": world.gross_output.sum() / 1e6,
        "usa_gross_output_tn": world.gross_output[usa].sum() / 1e6,
        "chn_gross_output_tn": world.gross_output[chn].sum() / 1e6,
        "largest_goods_exporter_to_usa": world.countries[int(np.argmax(to_us))],
    }
