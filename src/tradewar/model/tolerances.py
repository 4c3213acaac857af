"""Inner tolerances of the solver that tighten as its outer (wage) loop converges."""

from __future__ import annotations

import numpy as np

from tradewar.model.options import SolverOptions

__all__ = ["AIM", "EXACT_ROUNDS", "EXACT_ROUND_ITER", "LOOSEST_INNER_TOL", "InnerTolerances", "aim"]


#: The loosest tolerance of an inner solve while the wages are far from equilibrium.
LOOSEST_INNER_TOL = 1e-6
#: The wage loop aims at this fraction of its tolerance, a margin for the noise of
#: inexact inner solves, where that stays well above the inner tolerance.
AIM = 0.1


def aim(opts: SolverOptions) -> float:
    """The residual the wage loop iterates to: ``AIM × tol``, or ``tol`` near the noise.

    Parameters
    ----------
    opts : SolverOptions
        The solver's settings.
    """
    aim = AIM * opts.tol
    return aim if aim >= 10.0 * opts.price_tol else opts.tol


#: Rounds of exact outer iterations after the returned point missed the tolerance.
EXACT_ROUNDS = 2
#: Most outer iterations in each such round.
EXACT_ROUND_ITER = 20


class InnerTolerances:
    """Inner tolerances that tighten with the best outer residual so far.

    ``max(tight, min(LOOSEST_INNER_TOL, factor × best))``; monotone (a rejected
    Anderson trial with a larger residual never loosens them).  ``exact`` pins
    them to the full tolerances.

    Parameters
    ----------
    opts : SolverOptions
        The solver's settings (tolerances and ``inner_tol_factor``).
    """

    def __init__(self, opts: SolverOptions) -> None:
        self.price_tol = opts.price_tol
        self.linear_tol = opts.linear_tol
        self.factor = opts.inner_tol_factor
        self.best = np.inf
        self.exact = opts.inner_tol_factor == 0

    def record(self, outer_residual: float) -> None:
        """Note an outer residual (the tolerances follow the best so far).

        Parameters
        ----------
        outer_residual : float
            The largest labour-market gap of an outer iterate.
        """
        if outer_residual < self.best:
            self.best = outer_residual

    def now(self) -> tuple[float, float]:
        """The price and linear tolerances to use now.

        Returns
        -------
        (float, float)
            Tolerances of the price fixed point and of GMRES.
        """
        if self.exact:
            return self.price_tol, self.linear_tol
        loose = min(LOOSEST_INNER_TOL, self.factor * self.best)
        return max(self.price_tol, loose), max(self.linear_tol, loose)
