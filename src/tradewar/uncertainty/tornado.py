"""Which sectors' elasticities move a headline most: one-at-a-time sensitivity (a tornado).

For every sector s, θ_s is set to a low and a high value of its distribution
(by default its 5th and 95th percentiles), every other sector held at its
median, and the scenario solved again: 2S + 1 solves, batched as draws
(:func:`tradewar.uncertainty.draws.solve_draws`).  A headline's swing in
sector s is ``value(θ_s high) − value(θ_s low)``; sectors sorted by the size
of their swing make the tornado chart.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Unpack

import numpy as np
import pandas as pd

from tradewar.scenario.timeline import ScenarioLike
from tradewar.uncertainty.distributions import ElasticityDistribution, Family
from tradewar.uncertainty.distributions import distribution as make_distribution
from tradewar.uncertainty.draws import COUNTRY_MEASURES
from tradewar.uncertainty.runs import RunOptions, json_number, prepare, run_chunks

__all__ = ["TornadoResult", "tornado"]


@dataclass
class TornadoResult:
    """The one-at-a-time sensitivity of every result to every sector's θ.

    Parameters
    ----------
    scenario : str
        The scenario's name.
    distribution : ElasticityDistribution
        Where the low and high values come from.
    low, high : numpy.ndarray
        (S,) each sector's low and high θ.
    central : numpy.ndarray
        (N, K) the results with every sector at its median.
    at_low, at_high : numpy.ndarray
        (S, N, K) the results with one sector's θ low (high).
    errors : list of (str or None)
        Why a case failed, for the 2S cases (low then high, by sector).
    country_names, sector_names : tuple of str
        The labels.
    seconds : float
        Wall time.
    """

    scenario: str
    distribution: ElasticityDistribution
    low: np.ndarray
    high: np.ndarray
    central: np.ndarray
    at_low: np.ndarray
    at_high: np.ndarray
    errors: list[str | None]
    country_names: tuple[str, ...]
    sector_names: tuple[str, ...]
    seconds: float = 0.0

    def table(self, country: str, measure: str = "welfare_pct") -> pd.DataFrame:
        """The tornado of one headline: sectors by the size of their swing.

        Parameters
        ----------
        country : str
            A country.
        measure : str, default "welfare_pct"
            A column of ``Counterfactual.countries()``.

        Returns
        -------
        pandas.DataFrame
            Index ``sector``; columns ``theta_low``, ``theta_high``, ``at_low``,
            ``at_high``, ``swing`` (high − low), largest ``|swing|`` first; the
            central value in ``attrs["central"]``.
        """
        i = self.country_names.index(country)
        k = COUNTRY_MEASURES.index(measure)
        frame = pd.DataFrame(
            {
                "theta_low": self.low,
                "theta_high": self.high,
                "at_low": self.at_low[:, i, k],
                "at_high": self.at_high[:, i, k],
            },
            index=pd.Index(self.sector_names, name="sector"),
        )
        frame["swing"] = frame["at_high"] - frame["at_low"]
        frame = frame.reindex(frame["swing"].abs().sort_values(ascending=False).index)
        frame.attrs["central"] = float(self.central[i, k])
        frame.attrs["headline"] = f"{country} {measure}"
        return frame

    def to_dict(self, countries: Sequence[str], measure: str = "welfare_pct") -> dict[str, Any]:
        """The tornadoes of some headlines as plain data.

        Parameters
        ----------
        countries : sequence of str
            The countries.
        measure : str, default "welfare_pct"
            The measure.

        Returns
        -------
        dict
            Per country: the central value and the sectors in order of their swing.
        """
        out: dict[str, Any] = {
            "scenario": self.scenario,
            "measure": measure,
            "distribution": self.distribution.name,
        }
        for country in countries:
            table = self.table(country, measure)
            out[country] = {
                "central": table.attrs["central"],
                "sectors": [
                    {"sector": str(s), **{c: json_number(v) for c, v in row.items()}}
                    for s, row in table.iterrows()
                ],
            }
        failed = [e for e in self.errors if e is not None]
        out["failed_cases"] = len(failed)
        return out

    def chart(self, path: str, country: str, measure: str = "welfare_pct", top: int = 10) -> str:
        """The tornado chart of one headline (PNG, needs the ``report`` extra).

        Parameters
        ----------
        path : str
            The PNG file.
        country : str
            The country.
        measure : str, default "welfare_pct"
            The measure.
        top : int, default 10
            Sectors shown.

        Returns
        -------
        str
            ``path``.
        """
        from tradewar.uncertainty.charts import tornado_chart

        return tornado_chart(self.table(country, measure).head(top), path)


def tornado(
    scenario: ScenarioLike,
    *,
    distribution: str | ElasticityDistribution | None = "default",
    family: Family = "lognormal",
    low: float = 0.05,
    high: float = 0.95,
    **run: Unpack[RunOptions],
) -> TornadoResult:
    """One sector's θ at a time at its low and high value: the swing of every result.

    Parameters
    ----------
    scenario : str, Path, dict, Scenario or ScenarioFile
        The scenario.
    distribution : str, ElasticityDistribution or None, default "default"
        Where the low and high values come from (each sector's marginal).
    family : {"lognormal", "normal"}, default "lognormal"
        How the distribution is made from estimates and standard errors.
    low, high : float, default 0.05 and 0.95
        The probabilities of the low and high values.
    **run
        Where and how the 2S + 1 solves run (:class:`~tradewar.uncertainty.runs.RunOptions`):
        ``scheduler``, ``workers``, ``chunk_size``, ``options`` (solver
        settings), ``progress``.

    Returns
    -------
    TornadoResult
        Every sector's low and high results.

    Raises
    ------
    ValueError
        ``low`` and ``high`` not in (0, 1) with ``low < high``.
    DistributionError
        A distribution that cannot be used.
    TypeError
        A keyword that is not one of ``RunOptions``.
    """
    started = time.perf_counter()
    if not 0 < low < high < 1:
        raise ValueError(f"need 0 < low < high < 1, got {low} and {high}")
    plan = prepare(scenario, run)
    dist = make_distribution(distribution, plan.world, family=family)
    centre = dist.quantile(0.5)
    lows, highs = dist.quantile(low), dist.quantile(high)
    s = len(centre)
    theta = np.repeat(centre[None, :], 2 * s + 1, axis=0)
    theta[np.arange(s), np.arange(s)] = lows
    theta[s + np.arange(s), np.arange(s)] = highs
    results = run_chunks(plan, theta, run, label=f"{plan.loaded.scenario.name}: tornado").results
    return TornadoResult(
        scenario=plan.loaded.scenario.name,
        distribution=dist,
        low=lows,
        high=highs,
        central=results.countries[-1],
        at_low=results.countries[:s],
        at_high=results.countries[s : 2 * s],
        errors=results.errors[: 2 * s],
        country_names=plan.countries,
        sector_names=plan.sectors,
        seconds=time.perf_counter() - started,
    )
