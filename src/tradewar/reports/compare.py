"""Two solved scenarios side by side: their final states and the difference."""

from __future__ import annotations

import pandas as pd

from tradewar.reports.tables import country_table
from tradewar.scenario.timeline import ScenarioResult

__all__ = ["COMPARED", "compare_results", "same_start"]

#: The measures compared (percent changes from each scenario's start).
COMPARED = ("welfare_pct", "real_wage_pct", "exports_pct")


def compare_results(
    a: ScenarioResult, b: ScenarioResult, columns: tuple[str, ...] = COMPARED
) -> pd.DataFrame:
    """Countries in both results: each measure for A, for B, and B − A.

    Columns are ``{measure}_a``, ``{measure}_b`` and ``{measure}_diff``; the index
    is ``country``.  Each result is relative to its own start (the starts may
    differ: :func:`same_start` tells).

    Parameters
    ----------
    a, b : ScenarioResult
        The two solved scenarios.
    columns : tuple of str, default COMPARED
        The measures, columns of :func:`~tradewar.reports.tables.country_table`.

    Returns
    -------
    pandas.DataFrame
        One row per country in both results.
    """
    ta, tb = country_table(a), country_table(b)
    common = [c for c in ta.index if c in tb.index]
    out = pd.DataFrame(index=pd.Index(common, name="country"))
    for col in columns:
        out[f"{col}_a"] = ta.loc[common, col]
        out[f"{col}_b"] = tb.loc[common, col]
        out[f"{col}_diff"] = out[f"{col}_b"] - out[f"{col}_a"]
    return out


def same_start(a: ScenarioResult, b: ScenarioResult) -> bool:
    """Whether both results are relative to the same start world.

    Parameters
    ----------
    a, b : ScenarioResult
        The two solved scenarios.

    Returns
    -------
    bool
        True when their start worlds have the same name.
    """
    return a.start_world.name == b.start_world.name
