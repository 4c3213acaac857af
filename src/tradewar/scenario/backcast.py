"""Backcasting the trade war: undoing its tariffs on the 2022 world must give back 2017.

The default world is the world of 2022, after the trade war.  Its pre-war start
(``start: pre-war-2017``) puts the US and Chinese tariffs back at their 2017
(effective) rates and solves the equilibrium.  If the trade elasticity θ is
right, that start reproduces what US trade with China was in 2017 — the test of
θ on this very episode.  Levels are compared at the 2017 scale of US goods
trade (the model's dollars are 2022's): a figure times the official 2017 total
over the model's total.  US farm exports to China are held at their 2017 level
in the pre-war state (a calibrated demand shift: the 2022 data carry China's
demand of that year, which no tariff undoes); the other three facts test θ.

Official 2017 figures (:data:`FACTS_2017`): U.S. Census Bureau, trade in goods
with China (imports $505.5B of $2,339.6B; exports $129.9B of $1,546.3B); USDA
FAS, agricultural exports to China ($19.5B).
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

from tradewar.scenario.timeline import run_scenario

__all__ = ["FACTS_2017", "backcast_table", "pre_war_facts"]

#: The 2017 facts the pre-war start must reproduce: (value, source).
FACTS_2017: dict[str, tuple[float, str]] = {
    "china_share_of_us_goods_imports": (
        0.216,
        "U.S. Census Bureau, 2017: imports from China $505.5B of $2,339.6B",
    ),
    "us_goods_imports_from_china_bn": (505.5, "U.S. Census Bureau, 2017"),
    "us_goods_exports_to_china_bn": (129.9, "U.S. Census Bureau, 2017 (of $1,546.3B)"),
    "us_farm_and_food_exports_to_china_bn": (19.5, "USDA FAS, 2017 agricultural exports"),
}
_US_GOODS_IMPORTS_2017_BN = 2339.6
_US_GOODS_EXPORTS_2017_BN = 1546.3


def pre_war_facts(theta: float | dict[str, float] | None = None) -> dict[str, float]:
    """The 2017 facts as the pre-war start of the default world gives them.

    Parameters
    ----------
    theta : float or dict of str to float, optional
        Trade elasticities (one for every sector, or by sector); default the
        default world's own.

    Returns
    -------
    dict of str to float
        The keys of :data:`FACTS_2017`; levels at the 2017 scale of US goods trade.
    """
    spec: dict = {"name": "pre-war-backcast", "baseline": "default", "start": "pre-war-2017"}
    if theta is not None:
        spec["model"] = {"elasticities": theta}
    world = run_scenario(spec).start_world
    usa, chn = world.country_index("USA"), world.country_index("CHN")
    goods = world.goods_indices
    imports = world.trade[:, usa][:, goods].sum(axis=1)
    exports = world.trade[usa][:, goods].sum(axis=1)
    imports[usa] = exports[usa] = 0.0
    to_2017_imports = _US_GOODS_IMPORTS_2017_BN / imports.sum()
    to_2017_exports = _US_GOODS_EXPORTS_2017_BN / exports.sum()
    farm = [world.sector_index(s) for s in ("agriculture", "food") if s in world.sectors]
    return {
        "china_share_of_us_goods_imports": float(imports[chn] / imports.sum()),
        "us_goods_imports_from_china_bn": float(imports[chn] * to_2017_imports),
        "us_goods_exports_to_china_bn": float(exports[chn] * to_2017_exports),
        "us_farm_and_food_exports_to_china_bn": float(
            world.trade[usa, chn, farm].sum() * to_2017_exports
        ),
    }


def backcast_table(thetas: Iterable[float] = (2.0, 3.0, 4.0, 5.0, 6.0, 8.0)) -> pd.DataFrame:
    """The pre-war start's 2017 facts for a range of trade elasticities, beside the data.

    Parameters
    ----------
    thetas : iterable of float, default (2, 3, 4, 5, 6, 8)
        Uniform trade elasticities to try (Boehm, Levchenko & Pandalai-Nayar's
        long-run estimate is about 2; Simonovska & Waugh's benchmark 4; Caliendo
        & Parro's sectoral estimates 8 and more for most goods).

    Returns
    -------
    pandas.DataFrame
        One row per θ plus a row ``2017 data``; one column per fact and its gap
        in percent of the data (``*_gap_pct``).
    """
    rows = {f"θ = {t:g}": pre_war_facts(float(t)) for t in thetas}
    rows["2017 data"] = {key: value for key, (value, _) in FACTS_2017.items()}
    table = pd.DataFrame(rows).T
    for key, (value, _) in FACTS_2017.items():
        table[f"{key}_gap_pct"] = np.round(100 * (table[key] / value - 1), 1)
    table.index.name = "case"
    return table
