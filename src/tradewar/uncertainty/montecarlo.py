"""Monte Carlo over the trade elasticities: every result with its band.

:func:`monte_carlo` draws θ vectors from a distribution
(:mod:`tradewar.uncertainty.distributions`) with a fixed seed, solves the
scenario for every draw — in chunks solved together with a draw axis
(:func:`tradewar.uncertainty.draws.solve_draws`), the chunks spread over a Dask
cluster (:func:`tradewar.uncertainty.runs.run_chunks`) — and returns a :class:`MonteCarloResult`:
per country (and on request sector and pair) the median and percentile bands
of every result of the final state, and the draws that failed, with their θ.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Unpack

import numpy as np
import pandas as pd

from tradewar.scenario.timeline import ScenarioLike
from tradewar.uncertainty.distributions import ElasticityDistribution, Family
from tradewar.uncertainty.distributions import distribution as make_distribution
from tradewar.uncertainty.draws import COUNTRY_MEASURES, SECTOR_MEASURES
from tradewar.uncertainty.runs import RunOptions, json_number, prepare, run_chunks

__all__ = ["MonteCarloResult", "monte_carlo", "percentile_key"]


def percentile_key(q: float) -> str:
    """The name of a percentile: ``p5``, ``p95``, ``p2.5``.

    Parameters
    ----------
    q : float
        The percentile, in (0, 100).

    Returns
    -------
    str
        ``"p"`` and the number without trailing zeros.
    """
    return f"p{q:g}"


@dataclass
class MonteCarloResult:
    """The draws of a Monte Carlo and their summaries.

    Parameters
    ----------
    scenario : str
        The scenario's name.
    distribution : ElasticityDistribution
        What was drawn.
    seed : int or None
        The seed.
    theta : numpy.ndarray
        (D, S) every draw's elasticities.
    countries : numpy.ndarray
        (D, N, K) every draw's country results (NaN where it failed or was not run).
    solved : numpy.ndarray
        (D,) whether each draw was solved.
    errors : list of (str or None)
        Why each draw was not solved.
    country_names, sector_names : tuple of str
        The labels.
    percentiles : tuple of float
        The bands reported (besides the median).
    central : numpy.ndarray
        (N, K) the scenario at its own θ.
    seconds : float
        Wall time.
    where : str
        Where it ran.
    interrupted : bool
        Whether Ctrl-C stopped it (the draws not run count as not solved).
    sectors : numpy.ndarray or None
        (D, N·S, K2) sector results, if asked for.
    pairs : numpy.ndarray or None
        (D, N, N) bilateral flow changes, if asked for.
    """

    scenario: str
    distribution: ElasticityDistribution
    seed: int | None
    theta: np.ndarray
    countries: np.ndarray
    solved: np.ndarray
    errors: list[str | None]
    country_names: tuple[str, ...]
    sector_names: tuple[str, ...]
    percentiles: tuple[float, ...] = (5.0, 95.0)
    central: np.ndarray = field(default_factory=lambda: np.zeros((0, 0)))
    seconds: float = 0.0
    where: str = ""
    interrupted: bool = False
    sectors: np.ndarray | None = None
    pairs: np.ndarray | None = None

    @property
    def draws(self) -> int:
        """Number of draws asked for."""
        return int(self.theta.shape[0])

    @property
    def n_solved(self) -> int:
        """Number of draws solved."""
        return int(self.solved.sum())

    def _stats(self, values: np.ndarray) -> dict[str, np.ndarray]:
        """Median, percentiles, mean and sd over the solved draws (axis 0)."""
        ok = values[self.solved]
        if not len(ok):
            nan = np.full(values.shape[1:], np.nan)
            return {"median": nan, **{percentile_key(q): nan for q in self.percentiles}}
        out = {"median": np.median(ok, axis=0)}
        for q in self.percentiles:
            out[percentile_key(q)] = np.percentile(ok, q, axis=0)
        out["mean"] = ok.mean(axis=0)
        out["sd"] = ok.std(axis=0, ddof=1) if len(ok) > 1 else np.zeros(values.shape[1:])
        return out

    def summary(self, measures: Sequence[str] | None = None) -> pd.DataFrame:
        """Per country and measure: the central value, median, bands, mean, sd.

        Parameters
        ----------
        measures : sequence of str, optional
            Columns of ``Counterfactual.countries()`` (default all reported).

        Returns
        -------
        pandas.DataFrame
            Index (country, measure); columns ``central``, ``median``, the
            percentiles (``p5``, ``p95``), ``mean``, ``sd``.
        """
        chosen = list(measures or COUNTRY_MEASURES)
        unknown = [m for m in chosen if m not in COUNTRY_MEASURES]
        if unknown:
            raise KeyError(f"unknown measure(s) {unknown}; known: {', '.join(COUNTRY_MEASURES)}")
        cols = [COUNTRY_MEASURES.index(m) for m in chosen]
        stats = self._stats(self.countries[:, :, cols])
        idx = pd.MultiIndex.from_product([self.country_names, chosen], names=["country", "measure"])
        frame = {"central": self.central[:, cols].ravel()} if self.central.size else {}
        frame.update({k: v.ravel() for k, v in stats.items()})
        return pd.DataFrame(frame, index=idx)

    def values(self, measure: str = "welfare_pct") -> pd.DataFrame:
        """Every solved draw's values of one measure.

        Parameters
        ----------
        measure : str, default "welfare_pct"
            A column of ``Counterfactual.countries()``.

        Returns
        -------
        pandas.DataFrame
            Index ``draw``, one column per country.
        """
        k = COUNTRY_MEASURES.index(measure)
        index = pd.Index(np.flatnonzero(self.solved), name="draw")
        return pd.DataFrame(
            self.countries[self.solved, :, k], index=index, columns=list(self.country_names)
        )

    def failed_draws(self) -> pd.DataFrame:
        """The draws not solved, with their θ and the reason.

        Returns
        -------
        pandas.DataFrame
            Index ``draw``; column ``error`` and one column per sector (θ).
        """
        bad = np.flatnonzero(~self.solved)
        frame = pd.DataFrame(self.theta[bad], columns=list(self.sector_names))
        frame.insert(0, "error", [self.errors[k] for k in bad])
        frame.index = pd.Index(bad, name="draw")
        return frame

    def sector_summary(self, measure: str = "output_pct") -> pd.DataFrame:
        """Median and bands of a sector measure (needs ``sectors=True``).

        Parameters
        ----------
        measure : str, default "output_pct"
            A column of ``Counterfactual.sectors()`` among those reported.

        Returns
        -------
        pandas.DataFrame
            Index (country, sector); columns median and the percentiles.
        """
        sectors = self._asked(self.sectors, "sectors")
        k = SECTOR_MEASURES.index(measure)
        return self._bands(sectors[:, :, k], self.sector_names, ("country", "sector"))

    def pair_summary(self) -> pd.DataFrame:
        """Median and bands of each bilateral flow's change, % (needs ``pairs=True``).

        Returns
        -------
        pandas.DataFrame
            Index (exporter, importer); columns median and the percentiles.
        """
        pairs = self._asked(self.pairs, "pairs")
        return self._bands(
            pairs.reshape(len(pairs), -1), self.country_names, ("exporter", "importer")
        )

    @staticmethod
    def _asked(values: np.ndarray | None, what: str) -> np.ndarray:
        if values is None:
            raise ValueError(f"run monte_carlo(..., {what}=True) for {what[:-1]} results")
        return values

    def _bands(
        self, values: np.ndarray, inner: tuple[str, ...], names: tuple[str, str]
    ) -> pd.DataFrame:
        """The stats of (draws, countries x ``inner``) values, indexed by both."""
        idx = pd.MultiIndex.from_product([self.country_names, inner], names=list(names))
        return pd.DataFrame(self._stats(values), index=idx)

    def to_dict(self) -> dict[str, Any]:
        """Everything as plain data: the document of ``tradewar mc --json``.

        Returns
        -------
        dict
            ``countries`` → measure → ``{median, p5, p95, mean, sd, central}``,
            ``failed_draws`` (draw, error, θ), the distribution and the run.
        """
        stats = self._stats(self.countries)
        countries: dict[str, Any] = {}
        for i, country in enumerate(self.country_names):
            countries[country] = {
                m: {
                    **{name: json_number(v[i, k]) for name, v in stats.items()},
                    **({"central": json_number(self.central[i, k])} if self.central.size else {}),
                }
                for k, m in enumerate(COUNTRY_MEASURES)
            }
        doc: dict[str, Any] = {
            "scenario": self.scenario,
            "draws": self.draws,
            "solved": self.n_solved,
            "seed": self.seed,
            "percentiles": list(self.percentiles),
            "distribution": self.distribution.describe(),
            "interrupted": self.interrupted,
            "countries": countries,
            "failed_draws": [
                {
                    "draw": int(k),
                    "error": self.errors[k],
                    "theta": dict(zip(self.sector_names, map(float, self.theta[k]), strict=True)),
                }
                for k in np.flatnonzero(~self.solved)
            ],
        }
        if self.sectors is not None:
            doc["sectors"] = {m: _nested(self.sector_summary(m)) for m in SECTOR_MEASURES}
        if self.pairs is not None:
            doc["pairs"] = {"flow_change_pct": _nested(self.pair_summary())}
        return doc

    def to_json(self, indent: int | None = 2) -> str:
        """:meth:`to_dict` as JSON text (NaN as null).

        Parameters
        ----------
        indent : int or None, default 2
            Indentation.

        Returns
        -------
        str
            The JSON document.
        """
        return json.dumps(self.to_dict(), indent=indent, allow_nan=False)

    def __repr__(self) -> str:
        lines = [
            f"<MonteCarloResult {self.scenario!r}: {self.n_solved} of {self.draws} draws solved "
            f"(distribution {self.distribution.name}, seed {self.seed}; {self.seconds:.1f} s on "
            f"{self.where}){' — interrupted' if self.interrupted else ''}>",
            f"welfare % (median [{', '.join(percentile_key(q) for q in self.percentiles)}]):",
        ]
        table = self.summary(["welfare_pct"])
        order = table["median"].abs().sort_values(ascending=False).index[:6]
        for country, _ in order:
            row = table.loc[(country, "welfare_pct")]
            bands = ", ".join(f"{row[percentile_key(q)]:+.3f}" for q in self.percentiles)
            lines.append(f"  {country:<8} {row['median']:+.3f} [{bands}]")
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        import html

        head = "<br>".join(html.escape(line) for line in repr(self).splitlines()[:1])
        return f"<p>{head}</p>" + self.summary(["welfare_pct"]).to_html(
            float_format="{:+.4f}".format
        )


def _nested(frame: pd.DataFrame) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, row in zip(frame.index.tolist(), frame.to_dict("records"), strict=True):
        first, second = str(key[0]), str(key[1])
        out.setdefault(first, {})[second] = {str(k): json_number(v) for k, v in row.items()}
    return out


def monte_carlo(
    scenario: ScenarioLike,
    draws: int = 1000,
    *,
    seed: int | None = 0,
    distribution: str | ElasticityDistribution | None = "default",
    family: Family = "lognormal",
    percentiles: Sequence[float] = (5.0, 95.0),
    sectors: bool = False,
    pairs: bool = False,
    client: Any = None,
    **run: Unpack[RunOptions],
) -> MonteCarloResult:
    """Solve a scenario for draws of the trade elasticities; bands of every result.

    Parameters
    ----------
    scenario : str, Path, dict, Scenario or ScenarioFile
        The scenario.
    draws : int, default 1000
        Number of draws.
    seed : int or None, default 0
        Seed of the draws (the same seed, the same draws).
    distribution : str, ElasticityDistribution or None, default "default"
        ``"default"``, ``"caliendo-parro"``, a CSV file or a distribution
        (:func:`tradewar.uncertainty.distributions.distribution`).
    family : {"lognormal", "normal"}, default "lognormal"
        How draws are made from point estimates and standard errors.
    percentiles : sequence of float, default (5, 95)
        The bands reported besides the median.
    sectors : bool, default False
        Also report results by country and sector.
    pairs : bool, default False
        Also report the change of every bilateral flow.
    client : distributed.Client, optional
        An existing client (instead of ``scheduler``).
    **run
        Where and how the draws run (:class:`~tradewar.uncertainty.runs.RunOptions`):
        ``scheduler``, ``workers``, ``chunk_size``, ``options`` (solver
        settings of every draw), ``progress``.

    Returns
    -------
    MonteCarloResult
        Every draw, the failed ones with their θ and reason.

    Raises
    ------
    DistributionError
        A distribution that cannot be drawn (negative elasticities, a zero
        standard error, a sector without a value) — before any draw is solved.
    ValueError
        ``draws`` below 1 or percentiles outside (0, 100).
    TypeError
        A keyword that is not one of the function's or of ``RunOptions``.
    ParallelError
        A scheduler that cannot be reached, before any draw is solved.
    ScenarioError
        A scenario that does not check or cannot be solved at its own θ.
    """
    started = time.perf_counter()
    if int(draws) != draws or draws < 1:
        raise ValueError(f"draws must be a whole number of at least 1, got {draws!r}")
    qs = tuple(float(q) for q in percentiles)
    if not all(0 < q < 100 for q in qs):
        raise ValueError(f"percentiles must lie strictly between 0 and 100, got {qs}")
    if client is not None:
        run["scheduler"] = client
    plan = prepare(scenario, run)
    dist = make_distribution(distribution, plan.world, family=family)
    theta = dist.sample(int(draws), seed)
    ran = run_chunks(
        plan,
        theta,
        run,
        label=f"{plan.loaded.scenario.name}: Monte Carlo",
        sectors=sectors,
        pairs=pairs,
    )
    results = ran.results
    return MonteCarloResult(
        scenario=plan.loaded.scenario.name,
        distribution=dist,
        seed=seed,
        theta=theta,
        countries=results.countries,
        solved=np.array([e is None for e in results.errors], dtype=bool),
        errors=results.errors,
        country_names=plan.countries,
        sector_names=plan.sectors,
        percentiles=qs,
        central=plan.central_countries,
        seconds=time.perf_counter() - started,
        where=ran.where,
        interrupted=ran.interrupted,
        sectors=results.sectors,
        pairs=results.pairs,
    )
