"""The model's equilibrium of a world with no policy change: reconciling raw data.

Published tables rarely satisfy the model's identities exactly (tariffs,
rounding, capped value-added shares, imputed final demand).  As in Caliendo &
Parro's own code for the 1993 data, the raw world is replaced by the model's
equilibrium at its own tariffs and with chosen deficits: flows change, shares,
tariffs and elasticities are kept.  Setting the deficits to zero gives the
"balanced" world of the paper's first procedure.
"""

from __future__ import annotations

import numpy as np

from tradewar.baseline import Baseline
from tradewar.model.options import SolverOptions
from tradewar.model.solver import solve_equilibrium

__all__ = ["equilibrate"]


def equilibrate(
    baseline: Baseline,
    deficit: np.ndarray | None = None,
    options: SolverOptions | None = None,
    *,
    name: str | None = None,
) -> Baseline:
    """The model's equilibrium of a baseline with no policy change.

    Parameters
    ----------
    baseline : Baseline
        Possibly raw data (``check_accounting=False``).
    deficit : numpy.ndarray, optional
        (N,) deficits to impose, in units of the numéraire (world labour
        income); default the baseline's own.
    options : SolverOptions, optional
        Solver settings.
    name : str, optional
        The name of the returned world; default the baseline's.

    Returns
    -------
    Baseline
        Tariffs, input–output structure and shares of ``baseline``; flows
        replaced by the equilibrium flows, every identity checked.
    """
    target = (
        baseline.deficit
        if deficit is None
        else np.broadcast_to(np.asarray(deficit, float), (baseline.n_countries,))
    )
    eqm = solve_equilibrium(
        baseline, baseline.tariff, np.ones(baseline.trade.shape), target, options
    )
    return baseline.replace(trade=eqm.trade, check_accounting=True, name=name or baseline.name)
