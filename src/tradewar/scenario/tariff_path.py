"""The path of a country's average tariff over the steps of a solved scenario.

The average is the importer's goods imports' tariff, weighted by imports from
every partner in every goods sector (duties over imports at producer prices), in
percent.  Two weightings, as in the Budget Lab at Yale's "State of U.S. Tariffs"
reports:

* **before substitution** — fixed weights: the start world's goods imports by
  partner and sector (Yale holds its 2024 imports fixed), so the average moves
  only with the tariffs;
* **after substitution** — the same weights moved by the model's change in each
  flow at that step (with ``weights="start"``: the step's new flows), so imports
  that shift away from tariffed partners and sectors weigh less.

The data year's tariffs are the start of the path (``attrs["start_pct"]``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

if TYPE_CHECKING:
    from tradewar.baseline import Baseline
    from tradewar.scenario.timeline import ScenarioResult

__all__ = ["tariff_path"]

Weights = str | Mapping[str, float] | pd.Series | pd.DataFrame


def _weights(
    result: ScenarioResult, weights: Weights, importer: int, goods: list[int]
) -> np.ndarray:
    """The fixed weights, (partner, goods sector), the importer's own row zero."""
    start: Baseline = result.start_world
    base = start.trade[:, importer, goods].astype(float).copy()
    if isinstance(weights, str):
        if weights == "start":
            out = base
        elif weights == "data":
            out = result.data_world.trade[:, importer, goods].astype(float).copy()
        else:
            raise ValueError(f"weights must be 'start', 'data' or a table, not {weights!r}")
    elif isinstance(weights, pd.DataFrame):
        columns = [start.sectors[s] for s in goods]
        frame = weights.reindex(index=list(start.countries), columns=columns)
        out = frame.fillna(0.0).to_numpy(dtype=float, copy=True)
    else:
        totals = pd.Series(weights, dtype=float)
        partners = [c for i, c in enumerate(start.countries) if i != importer]
        unknown = sorted(set(totals.index) - set(start.countries))
        missing = [c for c in partners if c not in totals.index]
        if unknown or missing:
            raise ValueError(
                "partner weights need every partner of the world and no other name: "
                f"missing {missing}, unknown {unknown}"
            )
        row = base.sum(axis=1)
        scale = np.array(
            [
                totals.get(c, 0.0) / row[i] if row[i] > 0 else 0.0
                for i, c in enumerate(start.countries)
            ]
        )
        out = base * scale[:, None]
    out[importer] = 0.0
    if (out < 0).any() or out.sum() <= 0:
        raise ValueError("weights must be non-negative and not all zero")
    return out


def tariff_path(
    result: ScenarioResult,
    importer: str = "USA",
    weights: Weights = "start",
    partners: str | Sequence[str] | None = None,
) -> pd.DataFrame:
    """The importer's goods-import-weighted average tariff after each step, in percent.

    Parameters
    ----------
    result : ScenarioResult
        A solved scenario (:func:`tradewar.scenario.run_scenario`).
    importer : str, default "USA"
        The country whose tariffs are averaged (a code of the world).
    weights : str, mapping, pandas.Series or pandas.DataFrame, default "start"
        The fixed weights: ``"start"``, the start world's goods imports by partner
        and sector; ``"data"``, the data world's (they differ when the scenario
        starts from another state); a mapping or Series of import values by
        partner (every partner of the world, any one unit), which rescales each
        partner's start imports, its sector mix kept, to that total (e.g. a later
        year's partner shares); or a DataFrame of weights indexed by partner with
        a column per goods sector (missing cells are zero).
    partners : str or sequence of str, optional
        Average over imports from these partners only (default: all).

    Returns
    -------
    pandas.DataFrame
        Indexed by ``date`` (one row per step), with columns ``labels`` (the
        step's action labels, ``"; "``-joined), ``before_pct`` (fixed weights:
        "before substitution"), ``after_pct`` (the weights moved by the step's
        change in each flow: "after substitution") and ``change_pp`` (``before_pct``
        less the start's average).  ``attrs`` holds ``importer``, ``weights``
        (a description) and ``start_pct``, the start world's average with the
        same weights.

    Raises
    ------
    ValueError
        For an unknown importer or partner, or weights that do not fit the world.

    Examples
    --------
    >>> import tradewar as tw
    >>> from tradewar.scenario import tariff_path
    >>> path = tariff_path(tw.run_scenario("us-china-2025"))
    >>> path.loc["2025-05-14", "before_pct"]  # doctest: +SKIP
    """
    start = result.start_world
    countries = list(start.countries)
    if importer not in countries:
        raise ValueError(f"unknown importer {importer!r}; the world has {countries}")
    n = countries.index(importer)
    goods = start.goods_indices
    fixed = _weights(result, weights, n, goods)
    if partners is not None:
        names = [partners] if isinstance(partners, str) else list(partners)
        unknown = [p for p in names if p not in countries or p == importer]
        if unknown:
            raise ValueError(f"unknown partners {unknown}; the world has {countries}")
        keep = np.zeros(len(countries), dtype=bool)
        keep[[countries.index(p) for p in names]] = True
        fixed = fixed * keep[:, None]

    def average(tariff: np.ndarray, w: np.ndarray) -> float:
        total = w.sum()
        return float(100.0 * (tariff[:, n, goods] * w).sum() / total) if total > 0 else np.nan

    base_flows = start.trade[:, n, goods]
    start_pct = average(start.tariff, fixed)
    rows = []
    for step in result.steps:
        new_flows = step.result.equilibrium.trade[:, n, goods]
        growth = np.divide(
            new_flows, base_flows, out=np.ones_like(new_flows, dtype=float), where=base_flows > 0
        )
        before = average(step.result.tariff_new, fixed)
        rows.append(
            {
                "date": pd.Timestamp(step.date) if step.date is not None else pd.NaT,
                "labels": "; ".join(step.labels),
                "before_pct": before,
                "after_pct": average(step.result.tariff_new, fixed * growth),
                "change_pp": before - start_pct,
            }
        )
    frame = pd.DataFrame(rows, columns=["date", "labels", "before_pct", "after_pct", "change_pp"])
    frame = frame.set_index(pd.DatetimeIndex(frame.pop("date"), name="date"))
    frame.attrs.update(
        {
            "importer": importer,
            "weights": weights if isinstance(weights, str) else "given",
            "start_pct": start_pct,
        }
    )
    return frame
