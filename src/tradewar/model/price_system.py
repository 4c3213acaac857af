"""The cost and price system of one solve (CP 2015, eqs. 10–12), arranged for speed.

One world's arrays, or many worlds' with a leading batch axis ``b`` (the
arrays of :mod:`tradewar.model.equations`, ``[b, i, n, s]``): the same code
serves the engine's solver and the batched solver of :mod:`tradewar.model.batch`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from tradewar.model import equations as eq

if TYPE_CHECKING:
    from tradewar.baseline import Baseline
    from tradewar.model.world_batch import WorldBatch

__all__ = ["PriceSystem", "policy_price_system"]


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

    With a leading batch axis (B worlds of the same countries and sectors) every
    array below has it first and θ is (B, S); the sums of eq. (11) are then one
    matrix product per world and sector.

    Parameters
    ----------
    log_pi_kappa : numpy.ndarray
        (..., N, N, S) ``log π_in^s − θ^s log κ̂_in^s``; ``-inf`` where π = 0.
    theta : numpy.ndarray
        (S,) or (B, S) trade elasticities.
    cost_share : numpy.ndarray
        (..., N, S) labour shares of marginal cost (β without profits).
    io_shares : numpy.ndarray
        (..., N, S, S) input–output shares γ[n, input k, output s].
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
        #: θ broadcast over (..., N, S) arrays
        self.theta_ns = theta if theta.ndim == 1 else theta[..., None, :]
        self.cost_share = cost_share
        self.io_shares = io_shares
        #: whether costs depend on prices (intermediate inputs); if not, eq. (11) is explicit
        self.uses_inputs = bool(np.any(cost_share < 1.0))
        strongest = log_pi_kappa.max(axis=-3)
        #: (..., N, S): whether country n buys sector s from anyone (else P̂ = 1)
        self.buys = np.isfinite(strongest)
        self.all_buy = bool(self.buys.all())
        self.levels = bool(np.all(np.abs(strongest[self.buys]) < self._EXP_LIMIT))
        if self.levels:
            # A[..., i, n, s] = π_in^s κ̂_in^{s −θ}; and as importer rows for a batched product
            self.flow_weights = np.exp(log_pi_kappa)
            self.weights = np.ascontiguousarray(np.moveaxis(self.flow_weights, (-3, -1), (-1, -3)))

    @property
    def shape(self) -> tuple[int, int]:
        """``(N, S)``: countries and sectors."""
        n, _, s = self.log_pi_kappa.shape[-3:]
        return n, s

    def take(self, rows: np.ndarray) -> PriceSystem:
        """The system of some worlds of a batch only.

        Parameters
        ----------
        rows : numpy.ndarray
            Indices of the worlds kept (along the batch axis).

        Returns
        -------
        PriceSystem
            A system over ``len(rows)`` worlds.
        """
        new = object.__new__(PriceSystem)
        new.log_pi_kappa = self.log_pi_kappa[rows]
        new.theta = self.theta[rows]
        new.theta_ns = self.theta_ns[rows]
        new.cost_share = self.cost_share[rows]
        new.io_shares = self.io_shares[rows]
        new.uses_inputs = self.uses_inputs
        new.buys = self.buys[rows]
        new.all_buy = bool(new.buys.all())
        new.levels = self.levels
        if self.levels:
            new.flow_weights = self.flow_weights[rows]
            new.weights = self.weights[rows]
        return new

    def input_cost(self, log_w: np.ndarray, log_p: np.ndarray) -> np.ndarray:
        """Log ĉ, eq. (10), as :func:`~tradewar.model.equations.input_cost_hat`.

        Parameters
        ----------
        log_w : numpy.ndarray
            (..., N) log wage changes.
        log_p : numpy.ndarray
            (..., N, S) log sectoral price changes.

        Returns
        -------
        numpy.ndarray
            (..., N, S) log input-cost changes.
        """
        materials = np.matmul(log_p[..., None, :], self.io_shares)[..., 0, :]
        return self.cost_share * log_w[..., None] + (1.0 - self.cost_share) * materials

    def log_price_index(self, log_c: np.ndarray) -> np.ndarray:
        """Log P̂, eq. (11), as :func:`~tradewar.model.equations.log_price_index_hat`.

        Parameters
        ----------
        log_c : numpy.ndarray
            (..., N, S) log input-cost changes of the exporters.

        Returns
        -------
        numpy.ndarray
            (..., N, S) log price-index changes of the importers; 0 where an
            importer buys nothing of a sector.
        """
        if self.levels:
            exponent = -self.theta_ns * log_c
            shift = exponent.max(axis=-2)
            scaled = np.exp(exponent - shift[..., None, :])
            total = np.matmul(self.weights, scaled.swapaxes(-1, -2)[..., None])[..., 0]
            with np.errstate(divide="ignore"):
                log_total = np.log(total).swapaxes(-1, -2)
            if self.all_buy:
                if np.all(log_total > self._LOG_FLOOR):
                    return -(log_total + shift[..., None, :]) / self.theta_ns
            elif np.all(log_total[self.buys] > self._LOG_FLOOR):
                return np.where(self.buys, -(log_total + shift[..., None, :]) / self.theta_ns, 0.0)
        return eq.log_price_index_hat(self.log_pi_kappa, log_c, self.theta)

    def trade_shares(
        self, log_c: np.ndarray, log_p: np.ndarray, out: np.ndarray | None = None
    ) -> np.ndarray:
        """π', eq. (12), as :func:`~tradewar.model.equations.trade_shares_new`.

        Parameters
        ----------
        log_c : numpy.ndarray
            (..., N, S) log input-cost changes of the exporters.
        log_p : numpy.ndarray
            (..., N, S) log sectoral price changes of the importers.
        out : numpy.ndarray, optional
            (..., N, N, S) an array to write the shares into (a solve's
            workspace: a fresh array of a batch's size costs a page fault per
            page on every evaluation); a new array when None.

        Returns
        -------
        numpy.ndarray
            (..., N, N, S) trade shares [exporter, importer, sector]; ``out`` if given.
        """
        if self.levels:
            cost_term = -self.theta_ns * log_c
            price_term = self.theta_ns * log_p
            if (
                np.max(np.abs(cost_term)) < self._EXP_LIMIT
                and np.max(np.abs(price_term)) < self._EXP_LIMIT
            ):
                shares = np.multiply(self.flow_weights, np.exp(cost_term)[..., :, None, :], out=out)
                shares *= np.exp(price_term)[..., None, :, :]
                return shares
        shares = eq.trade_shares_new(self.log_pi_kappa, log_c, log_p, self.theta)
        if out is None:
            return shares
        out[...] = shares
        return out


def policy_price_system(
    world: Baseline | WorldBatch,
    tariff_new: np.ndarray,
    trade_cost_hat: np.ndarray,
    export_tax: np.ndarray | None = None,
) -> tuple[PriceSystem, np.ndarray]:
    """The price system of a policy change on a world (or a batch), and the buyers' wedges.

    Weights ``log π_in^s − θ^s log κ̂_in^s`` with ``κ̂`` of
    :func:`~tradewar.model.equations.trade_wedges`, and labour's share of
    marginal cost: β, or ``(β − μ) / (1 − μ)`` with profits
    (:func:`~tradewar.model.equations.labour_cost_share`).

    Parameters
    ----------
    world : Baseline or WorldBatch
        The world before the change (or B worlds).
    tariff_new : numpy.ndarray
        (..., N, N, S) counterfactual tariffs τ'.
    trade_cost_hat : numpy.ndarray
        (..., N, N, S) iceberg trade-cost changes d̂.
    export_tax : numpy.ndarray, optional
        (..., N, N, S) export taxes x'.

    Returns
    -------
    system : PriceSystem
        Eqs. (10)–(12) of the change.
    wedge_new : numpy.ndarray
        (..., N, N, S) ``(1 + τ')(1 + x')``: π' over it gives flows at producer prices.
    """
    beta = world.va_share
    mu = world.profit_share if world.profit_share is not None else np.zeros_like(beta)
    cost_share = eq.labour_cost_share(beta, mu) if np.any(mu) else beta
    kappa_hat, wedge_new = eq.trade_wedges(world.tariff, tariff_new, trade_cost_hat, export_tax)
    log_pi_kappa = eq.log_pi_kappa(world.trade_shares, kappa_hat, world.theta)
    return PriceSystem(log_pi_kappa, world.theta, cost_share, world.io_shares), wedge_new
