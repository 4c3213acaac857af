"""Model variants as transformations of a world: the same engine, other assumptions.

* :func:`without_input_output` — every purchase is final: the multi-sector
  Armington / Eaton–Kortum model (no input–output links).
* :func:`monopolistic_competition` — Ossa (2014): no input–output links and a
  fixed number of firms per sector earning profits of 1/σ of sales.

Each returns an equilibrium of the engine (flows reconciled with the new
assumptions at the world's own tariffs and deficits).
"""

from __future__ import annotations

import numpy as np

from tradewar.baseline import Baseline
from tradewar.model.reconcile import equilibrate

__all__ = ["monopolistic_competition", "without_input_output"]


def without_input_output(
    world: Baseline,
    profit_share: np.ndarray | None = None,
    label: str = "no input-output links",
) -> Baseline:
    """The same flows with all spending final: a multi-sector Armington/EK world.

    Final-demand shares become each country's spending shares across sectors
    (``α_n^s = X_n^s / Σ_k X_n^k``), value added is all of output (β = 1).

    Parameters
    ----------
    world : Baseline
        The world whose flows are kept.
    profit_share : numpy.ndarray, optional
        (N, S) profit shares μ of the new world; zeros when None.
    label : str, default "no input-output links"
        Appended to the world's name in parentheses.

    Returns
    -------
    Baseline
        The equilibrium of the engine under the new assumptions.
    """
    spending = world.expenditure
    raw = world.replace(
        va_share=np.ones_like(world.va_share),
        io_shares=np.zeros_like(world.io_shares),
        final_shares=spending / spending.sum(axis=1, keepdims=True),
        check_accounting=False,
        profit_share=np.zeros_like(world.va_share) if profit_share is None else profit_share,
        name=f"{world.name} ({label})",
    )
    return equilibrate(raw)


def monopolistic_competition(world: Baseline) -> Baseline:
    """Ossa (2014): no input-output links; firms (fixed in number) earn 1/σ of sales as profit.

    With σ = θ + 1 in each sector, labour earns (σ − 1)/σ of sales, profits are
    national income, and prices move with wages (a constant markup).

    Parameters
    ----------
    world : Baseline
        The world whose flows and elasticities are kept.

    Returns
    -------
    Baseline
        The equilibrium of the engine with profit shares 1/σ.
    """
    sigma = world.theta + 1.0
    profit = np.broadcast_to(1.0 / sigma, world.va_share.shape).copy()
    return without_input_output(world, profit, "Ossa monopolistic competition")
