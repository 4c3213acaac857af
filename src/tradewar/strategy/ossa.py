"""Ossa's (2014) tables from tradewar's results: the rows of his Tables 3, 4 and 5.

Each row has his columns, in percent: the change of government welfare and of
welfare, of the wage relative to the average of all countries' wage changes
(``ŵ_n − mean(ŵ)``), of profits deflated by the wage (``Π̂_n / ŵ_n``), and the
median tariff over the country's partners and industries.  In Table 3 each
row is a different experiment (one country's optimal tariffs, the others'
factual); its ``others`` columns average the other countries.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from tradewar.strategy.results import StrategyResult, median_tariffs

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["OSSA_COLUMNS", "ossa_row_values", "ossa_table"]

#: The columns of :func:`ossa_table`.
OSSA_COLUMNS = ("government_welfare", "welfare", "wage", "profits", "median_tariff")


def ossa_row_values(result: StrategyResult) -> dict[str, np.ndarray]:
    """Ossa's columns for every country of a result, in percent.

    Parameters
    ----------
    result : StrategyResult
        Optimal, Nash or cooperative tariffs.

    Returns
    -------
    dict of str to numpy.ndarray
        (N,) arrays: ``government_welfare``, ``welfare`` (relative to the world;
        for talks relative to the threat point), ``wage`` (relative to the
        average), ``profits`` (deflated by the wage) and ``median_tariff``.
    """
    from tradewar.policy.shock import Shock
    from tradewar.results.solving import solve

    world = result.world
    government, welfare, base = result.government, result.welfare, world
    if result.kind == "cooperative" and result.threat_tariffs is not None:
        # talks: everything relative to the threat point, as in Ossa's Table 5
        base = solve(world, Shock(tariff=result.threat_tariffs)).to_baseline()
        if result.gains is not None:
            government = 1 + result.gains
        if result.welfare_gains is not None:
            welfare = 1 + result.welfare_gains
    eqm = solve(base, Shock(tariff=result.tariffs)).equilibrium
    w_hat = eqm.w_hat
    mu = base.profit_share if base.profit_share is not None else np.zeros_like(base.va_share)
    profits = (mu * base.gross_output).sum(axis=1)
    profits_new = (mu * eqm.output).sum(axis=1)
    profit_hat = np.divide(profits_new, profits, out=np.ones_like(profits), where=profits > 0)
    return {
        "government_welfare": 100 * (np.asarray(government) - 1),
        "welfare": 100 * (np.asarray(welfare) - 1),
        "wage": 100 * (w_hat - w_hat.mean()),
        "profits": 100 * (profit_hat / w_hat - 1),
        "median_tariff": 100 * median_tariffs(result.tariffs, world.goods_indices),
    }


def ossa_table(results: list[StrategyResult] | StrategyResult) -> pd.DataFrame:
    """Ossa's table of one result (Nash, talks) or of one optimal-tariff result per country.

    Parameters
    ----------
    results : StrategyResult or list of StrategyResult
        A Nash or cooperative result (one row per country), or optimal-tariff
        results, one per country (Table 3: the row of each country is its own
        experiment, with the average of the others beside it).

    Returns
    -------
    pandas.DataFrame
        Indexed by country, with an ``average`` row; for optimal tariffs the
        columns come in pairs (``…`` and ``…_others``).
    """
    import pandas as pd

    if isinstance(results, StrategyResult):
        values = ossa_row_values(results)
        frame = pd.DataFrame(values, index=pd.Index(results.world.countries, name="country"))
    else:
        rows = {}
        for result in results:
            (country,) = result.players
            j = result.world.countries.index(country)
            values = ossa_row_values(result)
            row: dict[str, float] = {}
            for name in OSSA_COLUMNS:
                row[name] = float(values[name][j])
                if name != "median_tariff":
                    row[f"{name}_others"] = float(np.delete(values[name], j).mean())
            rows[country] = row
        frame = pd.DataFrame.from_dict(rows, orient="index")
        frame.index.name = "country"
    frame.loc["average"] = frame.mean()
    return frame
