"""How the headline depends on the assumptions nobody can pin down exactly.

The trade elasticity θ and the treatment of trade deficits move every
counterfactual; a sign that flips between θ = 2 and θ = 8 (for the default
world's θ = 4) must be seen next to the headline.  :func:`headline_sensitivity`
solves the same scenario again with every sector's θ halved and doubled, and
under the other deficit treatment, and returns the welfare changes of the
focus countries side by side (the Monte Carlo of the uncertainty work gives
full distributions).
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd

from tradewar.errors import TradewarError
from tradewar.scenario.loader import ScenarioFile
from tradewar.scenario.timeline import ScenarioLike, ScenarioResult, as_scenario_file, run_scenario

__all__ = ["headline_sensitivity"]


def headline_sensitivity(
    scenario: ScenarioLike,
    result: ScenarioResult,
    *,
    low: float = 0.5,
    high: float = 2.0,
    countries: list[str] | None = None,
) -> pd.DataFrame | None:
    """Welfare changes of the focus countries as run, at low and high θ, other deficits.

    Parameters
    ----------
    scenario : str, Path, dict, Scenario or ScenarioFile
        The scenario that was run.
    result : ScenarioResult
        Its result (the "as run" row).
    low, high : float, default 0.5 and 2.0
        Factors on every sector's trade elasticity.
    countries : list of str, optional
        The countries to show; default the focus pair, else the two with the
        largest welfare changes.

    Returns
    -------
    pandas.DataFrame or None
        One row per case (``as run``, ``θ × 0.5``, ``θ × 2``, ``deficits zero``
        or ``deficits fixed``), one column per country: the final state's
        ``welfare_pct``; NaN where a case cannot be solved.  None for gravity
        scenarios (their elasticity is estimated with the trade costs).
    """
    sc = result.scenario
    if sc.model.kind == "gravity":
        return None
    loaded = as_scenario_file(scenario)
    final = result.final.countries()["welfare_pct"]
    if countries is None:
        countries = list(result.focus or final.abs().sort_values(ascending=False).index[:2])
    world = result.data_world
    cases: dict[str, pd.Series] = {"as run": final.loc[countries]}
    for factor in (low, high):
        theta = {s: float(t * factor) for s, t in zip(world.sectors, world.theta, strict=True)}
        model = sc.model.model_copy(update={"elasticities": theta})
        variant = sc.model_copy(update={"model": model})
        cases[f"θ × {factor:g}"] = _welfare(loaded, variant, countries)
    other = "fixed" if sc.model.deficits == "zero" else "zero"
    model = sc.model.model_copy(update={"deficits": other})
    cases[f"deficits {other}"] = _welfare(loaded, sc.model_copy(update={"model": model}), countries)
    table = pd.DataFrame(cases).T
    table.index.name = "case"
    return table


def _welfare(loaded: ScenarioFile, variant, countries: list[str]) -> pd.Series:
    try:
        solved = run_scenario(dataclasses.replace(loaded, scenario=variant))
    except TradewarError:
        return pd.Series(np.nan, index=countries)
    return solved.final.countries().loc[countries, "welfare_pct"]
