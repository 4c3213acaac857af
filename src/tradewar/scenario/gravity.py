"""A scenario's ``trade_costs`` section: gravity data, PPML estimates, and regressor changes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from tradewar.baseline import Baseline
from tradewar.data.sources.gravity import pair_matrix
from tradewar.errors import DataError
from tradewar.gravity import GravityEstimates, estimate_gravity, fitted_baseline, gravity_world
from tradewar.gravity.estimate import gravity_sample, parse_vcov
from tradewar.policy.actions import TradeCostAction
from tradewar.scenario.schema import TradeCostsSpec

__all__ = ["STAND_INS", "GravityContext", "build_gravity_world", "stand_in_names"]

#: Codes that stand in for a country in a source's data → the code its tables use.
#: Yotov et al. (2016) code Germany ZZZ so that Stata creates its fixed effects last;
#: the book's tables write DEU.
STAND_INS = {"ZZZ": "DEU"}


@dataclass
class GravityContext:
    """The estimation behind a gravity scenario, and how to turn regressor changes into costs.

    Parameters
    ----------
    spec : TradeCostsSpec
        The scenario's ``trade_costs`` section.
    estimates : GravityEstimates
        The PPML estimates.
    data : pandas.DataFrame
        The whole gravity table, every year.
    baseline_rows : pandas.DataFrame
        The rows of the baseline year.
    countries : tuple of str
        The countries of the world, in order.
    """

    spec: TradeCostsSpec
    estimates: GravityEstimates
    data: pd.DataFrame
    baseline_rows: pd.DataFrame
    countries: tuple[str, ...]

    def matrix(self, values) -> np.ndarray:
        """Values of the baseline rows as an (N, N) [exporter, importer] matrix.

        Parameters
        ----------
        values : pandas.Series or numpy.ndarray
            One value per baseline row.

        Returns
        -------
        numpy.ndarray
            (N, N) [exporter, importer]; pairs without a row are zero.
        """
        return pair_matrix(
            self.baseline_rows,
            values,
            exporter=self.spec.exporter,
            importer=self.spec.importer,
            countries=self.countries,
        )[1]

    def log_cost_change(self, action: TradeCostAction) -> np.ndarray:
        """(N, N) change in ``log t^{1−σ}`` = ``Σ_k β_k (x_k' − x_k)`` for every pair.

        Parameters
        ----------
        action : TradeCostAction
            An action with ``regressors`` or ``regressors_of_year`` (and ``variables``).

        Returns
        -------
        numpy.ndarray
            (N, N) [exporter, importer]; zero on the diagonal.

        Raises
        ------
        DataError
            If the data have no year column, no rows for the year, or lack a variable.
        """
        rows = self.baseline_rows
        if action.regressors is not None:
            changes: dict[str, float | np.ndarray] = dict(action.regressors)
        else:
            year_col = "year" if "year" in self.data.columns else None
            if year_col is None:
                raise DataError("the gravity data have no 'year' column")
            later = self.data[self.data[year_col] == action.regressors_of_year]
            if later.empty:
                raise DataError(f"the gravity data have no rows for {action.regressors_of_year}")
            variables = action.variables
            assert variables is not None  # the schema pairs it with 'regressors_of_year'
            keys = [self.spec.exporter, self.spec.importer]
            merged = rows[keys].merge(later[[*keys, *variables]], on=keys, how="left")
            changes = {}
            for v in variables:
                if v not in later.columns:
                    raise DataError(f"variable {v!r} is not a column of the gravity data")
                values = merged[v].to_numpy(dtype=float)
                changes[v] = np.where(np.isnan(values), rows[v].to_numpy(dtype=float), values)
        out = self.matrix(self.estimates.cost_term(rows, changes) - self.estimates.cost_term(rows))
        np.fill_diagonal(out, 0.0)
        return out


def stand_in_names(codes: Iterable[str]) -> dict[str, str]:
    """The stand-in codes of a gravity table to rename, and their published codes.

    Parameters
    ----------
    codes : iterable of str
        The table's country codes.

    Returns
    -------
    dict
        ``{stand-in: code}`` for each stand-in of :data:`STAND_INS` the table uses,
        unless the real code is used too (``{"ZZZ": "DEU"}`` for Yotov et al.).
    """
    given = set(codes)
    return {old: new for old, new in STAND_INS.items() if old in given and new not in given}


def _named_as_published(data: pd.DataFrame, spec: TradeCostsSpec) -> pd.DataFrame:
    """The data with stand-in codes (:data:`STAND_INS`) replaced, unless the real one is used."""
    columns = [c for c in (spec.exporter, spec.importer) if c in data.columns]
    rename = stand_in_names(pd.unique(data[columns].to_numpy().ravel()))
    if not rename:
        return data
    return data.assign(**{c: data[c].replace(rename) for c in columns})


def build_gravity_world(spec: TradeCostsSpec, relative_to: Path) -> tuple[Baseline, GravityContext]:
    """Read the data, estimate trade costs, and build the one-sector world of the baseline year.

    Parameters
    ----------
    spec : TradeCostsSpec
        The scenario's ``trade_costs`` section.
    relative_to : Path
        The folder a relative data path is relative to (the scenario file's).

    Returns
    -------
    world : Baseline
        Observed or fitted flows of the baseline year (``spec.flows``).
    context : GravityContext
        The estimation, for the scenario's trade-cost actions.
    """
    from tradewar.data.files.tables import read_table, require_columns

    if spec.dataset is not None:
        from tradewar.data.sources.builtin import table_path

        path = table_path(spec.dataset)
    else:
        path = Path(str(spec.path))
        if not path.is_absolute():
            path = relative_to / path
    data = _named_as_published(read_table(path), spec)
    require_columns(data, [spec.exporter, spec.importer, spec.trade], path)
    rows = gravity_sample(data, year=spec.year, source=str(path))
    sample = gravity_sample(
        data,
        international_only=spec.international_only,
        exporter=spec.exporter,
        importer=spec.importer,
        source=str(path),
    )
    estimates = estimate_gravity(sample, spec.formula, vcov=parse_vcov(spec.vcov), source=str(path))
    countries, flows = pair_matrix(
        rows, pd.to_numeric(rows[spec.trade]), exporter=spec.exporter, importer=spec.importer
    )
    context = GravityContext(spec, estimates, data, rows, countries)
    if spec.sigma is not None:
        sigma = spec.sigma
    else:
        assert spec.theta is not None  # the schema requires sigma or theta
        sigma = spec.theta + 1.0
    stem = spec.dataset or path.name.split(".")[0]
    name = stem + (f" {spec.year}" if spec.year else "")
    if spec.flows == "observed":
        return gravity_world(countries, flows, sigma, name=name), context
    cost = context.matrix(estimates.cost_term(rows))
    world = fitted_baseline(
        countries, cost, flows.sum(axis=1), flows.sum(axis=0), sigma, name=f"{name} (fitted)"
    )
    return world, context
