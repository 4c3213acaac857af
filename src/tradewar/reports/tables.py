"""Scenario results as tidy tables, one JSON document, and files (CSV, Parquet, Excel, PNG).

Every table is relative to the scenario's start world.  Money is in US dollars
when the data set has a currency unit (``usd_per_unit``), in data units otherwise.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import numpy as np
import pandas as pd

from tradewar.results.counterfactual import Counterfactual
from tradewar.scenario.timeline import ScenarioResult

__all__ = [
    "bilateral_by_sector",
    "country_table",
    "result_document",
    "sector_table",
    "third_countries",
    "trade_table",
]


def _usd(result: ScenarioResult) -> float:
    return result.start_world.usd_per_unit or 1.0


#: What every dated step of a scenario is (printed and in JSON).
COMPARATIVE_STATIC = (
    "each dated step is a long-run comparative static: the world after it has fully "
    "adjusted to all actions up to that date, compared with the start; not a forecast "
    "of the path"
)


def country_table(result: ScenarioResult, cf: Counterfactual | None = None) -> pd.DataFrame:
    """Headline by country: welfare, real GDP, prices, trade, jobs, tariff revenue (USD a year).

    Percent changes from the scenario's start (a long-run comparative static);
    ``tariff_revenue_usd`` is the yearly revenue of import tariffs in the new
    state, ``tariff_revenue_change_usd`` its change, ``export_tax_revenue_usd``
    the yearly revenue of export taxes (negative: the cost of export subsidies).

    Parameters
    ----------
    result : ScenarioResult
        The solved scenario.
    cf : Counterfactual, optional
        The state to show: a step's result (default: the final state).

    Returns
    -------
    pandas.DataFrame
        One row per country (index ``country``); gravity scenarios add the
        book's indexes.
    """
    cf = cf or result.final
    table = cf.countries()
    usd = _usd(result)
    out = table[
        [
            "welfare_pct",
            "real_gdp_pct",
            "real_wage_pct",
            "price_index_pct",
            "exports_pct",
            "imports_pct",
            "import_prices_pct",
            "import_prices_duty_paid_pct",
            "tariff_pass_through",
            "jobs_reallocated_pct",
            "terms_of_trade_pct",
            "volume_of_trade_pct",
        ]
    ].copy()
    out["tariff_revenue_usd"] = table["tariff_revenue_new"] * usd
    out["tariff_revenue_change_usd"] = (
        table["tariff_revenue_new"] - table["tariff_revenue_base"]
    ) * usd
    out["export_tax_revenue_usd"] = table["export_tax_revenue_new"] * usd
    if result.scenario.model.kind == "gravity":
        out = _in_the_books_normalisation(result, cf, out)
    return out


#: Nominal columns of :func:`country_table` (they depend on the numéraire).
_NOMINAL_PCT = (
    "price_index_pct",
    "exports_pct",
    "imports_pct",
    "import_prices_pct",
    "import_prices_duty_paid_pct",
)
_NOMINAL_USD = ("tariff_revenue_usd", "tariff_revenue_change_usd", "export_tax_revenue_usd")


def _in_the_books_normalisation(
    result: ScenarioResult, cf: Counterfactual, out: pd.DataFrame
) -> pd.DataFrame:
    """A gravity scenario's table in its sources' numéraire, with the book's indexes.

    Yotov et al. (2016) and ``ge_gravity`` fix the reference importer's IMR
    (inward multilateral resistance, the CES price index); the engine fixes world
    labour income.  Nominal columns are divided by the reference's price-index
    change, so that ``price_index_pct`` *is* the IMR (``imr_pct``, the book's
    name, is the same column) and exports are the book's.  The indexes the engine
    does not report, factory-gate prices ``p̂`` and the OMR ``Π̂ = Ŷ^{1/(1-σ)}/p̂``,
    are added.  With ``ge: book`` the book's own solution (its iteration stops
    before the exact fixed point) gives every column it computes; the others
    (import prices, pass-through, jobs, terms of trade) are not computed (NaN).
    """
    from tradewar.gravity.ge import gravity_indexes

    model = result.scenario.model
    world = cf.baseline
    reference = world.countries[world.country_index(model.reference) if model.reference else 0]
    out = out.copy()
    numeraire = 1.0 + out["price_index_pct"].astype(float)[reference] / 100.0
    for column in _NOMINAL_PCT:
        out[column] = 100.0 * ((1.0 + out[column] / 100.0) / numeraire - 1.0)
    for column in _NOMINAL_USD:
        out[column] = out[column] / numeraire
    indexes, _ = gravity_indexes(cf, model.ge, model.reference)
    for column in ("factory_price_pct", "omr_pct", "imr_pct"):
        out[column] = indexes[column]
    if model.ge == "book":
        keep = {"factory_price_pct", "omr_pct", "imr_pct", *_NOMINAL_USD}
        for column in out.columns:
            if column in indexes.columns:
                out[column] = indexes[column]
            elif column not in keep:
                out[column] = np.nan
        out["price_index_pct"] = indexes["imr_pct"]
    return out


def sector_table(cf: Counterfactual) -> pd.DataFrame:
    """Output, value added, prices, trade and jobs by country and sector (percent changes).

    Parameters
    ----------
    cf : Counterfactual
        A solved state.

    Returns
    -------
    pandas.DataFrame
        Tidy: ``country``, ``sector`` and the changes.
    """
    return cf.sectors()[
        [
            "output_pct",
            "value_added_pct",
            "price_pct",
            "exports_pct",
            "imports_pct",
            "employment_pct",
        ]
    ].reset_index()


def trade_table(result: ScenarioResult, cf: Counterfactual | None = None) -> pd.DataFrame:
    """International flows by exporter, importer and sector: base and new (USD), change.

    Parameters
    ----------
    result : ScenarioResult
        The solved scenario.
    cf : Counterfactual, optional
        The state to show: a step's result (default: the final state).

    Returns
    -------
    pandas.DataFrame
        Tidy, flows with a positive base only, with base and new tariffs.
    """
    cf = cf or result.final
    usd = _usd(result)
    frame = cf.trade().reset_index()
    frame = frame[(frame["exporter"] != frame["importer"]) & (frame["base"] > 0)]
    return pd.DataFrame(
        {
            "exporter": frame["exporter"],
            "importer": frame["importer"],
            "sector": frame["sector"],
            "base_usd": frame["base"] * usd,
            "new_usd": frame["new"] * usd,
            "change_pct": frame["change_pct"],
            "tariff_base": frame["tariff_base"],
            "tariff_new": frame["tariff_new"],
        }
    ).reset_index(drop=True)


def bilateral_by_sector(result: ScenarioResult, cf: Counterfactual | None = None):
    """Trade between the focus pair by sector, both directions (None without a pair).

    Parameters
    ----------
    result : ScenarioResult
        The solved scenario.
    cf : Counterfactual, optional
        The state to show: a step's result (default: the final state).

    Returns
    -------
    pandas.DataFrame or None
        ``exporter``, ``importer``, ``sector``, ``base_usd``, ``new_usd``,
        ``change_pct``, ``tariff_new``; None when the scenario has no focus pair.
    """
    if result.focus is None:
        return None
    cf = cf or result.final
    a, b = result.focus
    world = result.start_world
    i, j = world.country_index(a), world.country_index(b)
    usd = _usd(result)
    base, new = world.trade, cf.equilibrium.trade
    rows = []
    for s, sector in enumerate(world.sectors):
        for src, dst in ((i, j), (j, i)):
            if base[src, dst, s] > 0:
                rows.append(
                    {
                        "exporter": world.countries[src],
                        "importer": world.countries[dst],
                        "sector": sector,
                        "base_usd": base[src, dst, s] * usd,
                        "new_usd": new[src, dst, s] * usd,
                        "change_pct": 100 * (new[src, dst, s] / base[src, dst, s] - 1),
                        "tariff_new": cf.tariff_new[src, dst, s],
                    }
                )
    return pd.DataFrame(rows)


def third_countries(result: ScenarioResult, cf: Counterfactual | None = None) -> pd.DataFrame:
    """Winners and losers outside the focus pair: welfare and exports to the pair.

    Parameters
    ----------
    result : ScenarioResult
        The solved scenario.
    cf : Counterfactual, optional
        The state to show: a step's result (default: the final state).

    Returns
    -------
    pandas.DataFrame
        The other countries, best welfare first: ``welfare_pct``,
        ``exports_pct`` and, with a pair, ``exports_to_pair_pct``.
    """
    cf = cf or result.final
    world = result.start_world
    table = country_table(result, cf)
    pair = set(result.focus or ())
    idx = [k for k, c in enumerate(world.countries) if c not in pair]
    targets = [world.country_index(c) for c in pair]
    out = table.iloc[idx][["welfare_pct", "exports_pct"]].copy()
    if targets:
        base = world.trade[idx][:, targets].sum(axis=(1, 2))
        new = cf.equilibrium.trade[idx][:, targets].sum(axis=(1, 2))
        with np.errstate(divide="ignore", invalid="ignore"):
            out["exports_to_pair_pct"] = np.where(base > 0, 100 * (new / base - 1), np.nan)
    return out.sort_values("welfare_pct", ascending=False)


def _records(frame: pd.DataFrame) -> list[dict]:
    return json.loads(frame.to_json(orient="records", double_precision=10))


def _countries_map(result: ScenarioResult, cf: Counterfactual) -> dict[str, dict]:
    table = country_table(result, cf)
    return {
        str(code): {k: (None if pd.isna(v) else float(v)) for k, v in row.items()}
        for code, row in table.iterrows()
    }


def _step_document(result: ScenarioResult, cf: Counterfactual) -> dict[str, Any]:
    return {
        "countries": _countries_map(result, cf),
        "sectors": _records(
            sector_table(cf)[["country", "sector", "output_pct", "price_pct", "employment_pct"]]
        ),
        "trade": _records(
            trade_table(result, cf)[
                ["exporter", "importer", "sector", "base_usd", "new_usd", "change_pct"]
            ]
        ),
    }


def result_document(result: ScenarioResult) -> dict[str, Any]:
    """One JSON-ready document: the final state and every step, with solver reports.

    Parameters
    ----------
    result : ScenarioResult
        The solved scenario.

    Returns
    -------
    dict of str to object
        Plain values only (``json.dumps`` takes it).
    """
    sc = result.scenario
    doc: dict[str, Any] = {
        "scenario": sc.name,
        "title": sc.title,
        "source": result.source,
        "baseline": result.data_world.name,
        "start": result.start_world.name,
        "model": sc.model.model_dump(),
        "units": "USD" if result.start_world.usd_per_unit else "data units",
        "interpretation": COMPARATIVE_STATIC,
        "notes": list(result.notes),
        "focus": list(result.focus) if result.focus else None,
    }
    doc.update(_step_document(result, result.final))
    doc["steps"] = []
    for step in result.steps:
        entry: dict[str, Any] = {"date": _iso(step.date), "actions": step.labels}
        entry.update(_step_document(result, step.result))
        entry["solver"] = {
            "iterations": step.result.report.n_iter,
            "residual": step.result.report.residual,
            "converged": step.result.report.converged,
        }
        doc["steps"].append(entry)
    if result.gravity is not None:
        estimates = result.gravity.estimates
        doc["coefficients"] = estimates.coefficients.to_dict(orient="records")
        doc["estimation"] = {k: v for k, v in estimates.to_dict().items() if k != "coefficients"}
    return doc


def steps_table(result: ScenarioResult) -> pd.DataFrame:
    """The path: every country's headline changes at each date (tidy)."""
    frames = []
    for step in result.steps:
        table = country_table(result, step.result).reset_index()
        table.insert(0, "date", _iso(step.date))
        table.insert(1, "actions", "; ".join(step.labels))
        frames.append(table)
    return pd.concat(frames, ignore_index=True)


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None
