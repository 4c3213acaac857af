"""The cost and price system of one solve (CP 2015, eqs. 10–12), arranged for speed."""

from __future__ import annotations

import numpy as np

from tradewar.model import equations as eq

__all__ = ["PriceSystem"]


class PriceSystem:
    """Eqs. (10)–(12) of :mod:`tradewar.model.equations`, prepared for one solve.

    The same equations, arranged for the many evaluations of one solve: the
    input–output sums are batched matrix products, and the price index is
    computed in levels,
    ``P̂_n^{s −θ} = Σ_i A_in^s (ĉ_i^s)^{−θ^s}`` with ``A = π κ̂^{−θ}`` computed
    once, so that an evaluation takes one exponential per exporter and sector
    instead of one per flow.  Each sector's terms are scaled by its largest
    ``(ĉ_i^s)^{−θ^s}``.  Wherever levels could over- or underflow (extreme
    trade costs or cost changes) the log-sum-exp of
    :func:`~tradewar.model.equations.log_price_index_hat` is used instead.

    Parameters
    ----------
    log_pi_kappa : numpy.ndarray
        (N, N, S) ``log π_in^s − θ^s log κ̂_in^s``; ``-inf`` where π = 0.
    theta : numpy.ndarray
        (S,) trade elasticities.
    cost_share : numpy.ndarray
        (N, S) labour shares of marginal cost (β without profits).
    io_shares : numpy.ndarray
        (N, S, S) input–output shares γ[n, input k, output s].
    """

    #: Largest magnitude of each factor's exponent evaluated in levels (three such
    #: factors multiply to at most e^600, inside double precision).
    _EXP_LIMIT = 200.0
    #: Smallest log of a price-index sum accepted in levels (else: underflow risk).
    _LOG_FLOOR = -600.0

    def __init__(
        self,
        log_pi_kappa: np.ndarray,
        theta: np.ndarray,
        cost_share: np.ndarray,
        io_shares: np.ndarray,
    ) -> None:
        self.log_pi_kappa = log_pi_kappa
        self.theta = theta
        self.cost_share = cost_share
        self.io_shares = io_shares
        #: whether costs depend on prices (intermediate inputs); if not, eq. (11) is explicit
        self.uses_inputs = bool(np.any(cost_share < 1.0))
        strongest = log_pi_kappa.max(axis=0)
        #: (N, S): whether country n buys sector s from anyone (else P̂ = 1)
        self.buys = np.isfinite(strongest)
        self.all_buy = bool(self.buys.all())
        self.levels = bool(np.all(np.abs(strongest[self.buys]) < self._EXP_LIMIT))
        if self.levels:
            # A[i, n, s] = π_in^s κ̂_in^{s −θ}; and as importer rows for a batched product
            self.flow_weights = np.exp(log_pi_kappa)
            self.weights = np.ascontiguousarray(self.flow_weights.transpose(2, 1, 0))

    def input_cost(self, log_w: np.ndarray, log_p: np.ndarray) -> np.ndarray:
        """Log ĉ (N, S), eq. (10), as :func:`~tradewar.model.equations.input_cost_hat`.

        Parameters
        ----------
        log_w : numpy.ndarray
            (N,) log wage changes.
        log_p : numpy.ndarray
            (N, S) log sectoral price changes.
        """
        materials = np.matmul(log_p[:, None, :], self.io_shares)[:, 0, :]
        return self.cost_share * log_w[:, None] + (1.0 - self.cost_share) * materials

    def log_price_index(self, log_c: np.ndarray) -> np.ndarray:
        """Log P̂ (N, S), eq. (11), as :func:`~tradewar.model.equations.log_price_index_hat`.

        Parameters
        ----------
        log_c : numpy.ndarray
            (N, S) log input-cost changes of the exporters.
        """
        if self.levels:
            exponent = -self.theta * log_c
            shift = exponent.max(axis=0)
            scaled = np.exp(exponent - shift)
            total = np.matmul(self.weights, scaled.T[:, :, None])[:, :, 0].T
            with np.errstate(divide="ignore"):
                log_total = np.log(total)
            if self.all_buy:
                if np.all(log_total > self._LOG_FLOOR):
                    return -(log_total + shift) / self.theta
            elif np.all(log_total[self.buys] > self._LOG_FLOOR):
                return np.where(self.buys, -(log_total + shift) / self.theta, 0.0)
        return eq.log_price_index_hat(self.log_pi_kappa, log_c, self.theta)

    def trade_shares(self, log_c: np.ndarray, log_p: np.ndarray) -> np.ndarray:
        """π' (N, N, S), eq. (12), as :func:`~tradewar.model.equations.trade_shares_new`.

        Parameters
        ----------
        log_c : numpy.ndarray
            (N, S) log input-cost changes of the exporters.
        log_p : numpy.ndarray
            (N, S) log sectoral price changes of the importers.
        """
        if self.levels:
            cost_term = -self.theta * log_c
            price_term = self.theta * log_p
            if (
                np.max(np.abs(cost_term)) < self._EXP_LIMIT
                and np.max(np.abs(price_term)) < self._EXP_LIMIT
            ):
                shares = self.flow_weights * np.exp(cost_term)[:, None, :]
                shares *= np.exp(price_term)[None, :, :]
                return shares
        return eq.trade_shares_new(self.log_pi_kappa, log_c, log_p, self.theta)
