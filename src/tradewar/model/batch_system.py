"""The cost, price and goods-market system of many solves at once (CP 2015, eqs. 10–13).

The equations of :mod:`tradewar.model.equations`, arranged as
:class:`~tradewar.model.price_system.PriceSystem` arranges them for speed, with
a leading draw axis ``b``: every array is one world's array stacked over
draws.  Inside, bilateral arrays are kept sector-major, ``[b, s, i, n]``
(exporter i, importer n), so that the sums over exporters (eq. 11) and over
importers (output, eq. 13) are batched matrix products; the solver converts
back to ``[b, i, n, s]`` once, at the end.

* eq. (10): ``log ĉ_bi^s = ℓ_bi^s log ŵ_bi + (1 − ℓ_bi^s) Σ_k γ_bi^{k,s} log P̂_bi^k``;
* eq. (11): ``P̂_bn^{s −θ_b^s} = Σ_i A_bin^s (ĉ_bi^s)^{−θ_b^s}``, ``A = π κ̂^{−θ}``
  computed once (in levels; the log-sum-exp of
  :func:`~tradewar.model.equations.log_price_index_hat` where levels could
  over- or underflow);
* eq. (12): ``π_bin^s' = A_bin^s (ĉ_bi^s / P̂_bn^s)^{−θ_b^s}``;
* eq. (13): ``X' = M X' + α (ŵ wL + D')`` with ``M`` the operator of
  :func:`~tradewar.model.equations.expenditure_operator`.

Tests check each against the one-world functions, draw by draw.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["BatchPriceSystem", "ExpenditureSystem"]


class BatchPriceSystem:
    """Eqs. (10)–(12) of B solves, prepared once per solve.

    Parameters
    ----------
    log_pi_kappa : numpy.ndarray
        (B, N, N, S) ``log π_in^s − θ^s log κ̂_in^s`` [b, exporter, importer,
        sector]; ``-inf`` where π = 0.
    theta : numpy.ndarray
        (B, S) trade elasticities of each draw.
    cost_share : numpy.ndarray
        (B, N, S) labour shares of marginal cost.
    io_shares : numpy.ndarray
        (B, N, S, S) input–output shares γ[b, n, input k, output s].
    """

    #: As :attr:`PriceSystem._EXP_LIMIT` and :attr:`PriceSystem._LOG_FLOOR`.
    _EXP_LIMIT = 200.0
    _LOG_FLOOR = -600.0

    def __init__(
        self,
        log_pi_kappa: np.ndarray,
        theta: np.ndarray,
        cost_share: np.ndarray,
        io_shares: np.ndarray,
    ) -> None:
        #: [b, s, i, n]
        self.log_pi_kappa = np.ascontiguousarray(log_pi_kappa.transpose(0, 3, 1, 2))
        self.theta = np.asarray(theta, dtype=float)
        self.cost_share = cost_share
        self.io_shares = io_shares
        self.uses_inputs = bool(np.any(cost_share < 1.0))
        strongest = self.log_pi_kappa.max(axis=2)  # [b, s, n]
        #: [b, s, n]: whether the importer buys the sector from anyone (else P̂ = 1)
        self.buys = np.isfinite(strongest)
        self.all_buy = bool(self.buys.all())
        self.levels = bool(np.all(np.abs(strongest[self.buys]) < self._EXP_LIMIT))
        if self.levels:
            #: A[b, s, i, n], and importer rows A[b, s, n, i] for the price index
            self.flow_weights = np.exp(self.log_pi_kappa)
            self.weights = np.ascontiguousarray(self.flow_weights.transpose(0, 1, 3, 2))

    def take(self, rows: np.ndarray) -> BatchPriceSystem:
        """The system of some draws only.

        Parameters
        ----------
        rows : numpy.ndarray
            Indices of the draws kept.

        Returns
        -------
        BatchPriceSystem
            A system over ``len(rows)`` draws.
        """
        new = object.__new__(BatchPriceSystem)
        new.log_pi_kappa = self.log_pi_kappa[rows]
        new.theta = self.theta[rows]
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
        """Log ĉ (B, N, S), eq. (10).

        Parameters
        ----------
        log_w : numpy.ndarray
            (B, N) log wage changes.
        log_p : numpy.ndarray
            (B, N, S) log sectoral price changes.

        Returns
        -------
        numpy.ndarray
            (B, N, S) log input-cost changes.
        """
        materials = np.matmul(log_p[:, :, None, :], self.io_shares)[:, :, 0, :]
        return self.cost_share * log_w[:, :, None] + (1.0 - self.cost_share) * materials

    def log_price_index(self, log_c: np.ndarray) -> np.ndarray:
        """Log P̂ (B, N, S), eq. (11).

        Parameters
        ----------
        log_c : numpy.ndarray
            (B, N, S) log input-cost changes of the exporters.

        Returns
        -------
        numpy.ndarray
            (B, N, S) log price-index changes of the importers; 0 where an
            importer buys nothing of a sector.
        """
        theta = self.theta[:, :, None]  # [b, s, 1]
        exponent = -theta * log_c.transpose(0, 2, 1)  # [b, s, i]
        if self.levels:
            shift = exponent.max(axis=2)  # [b, s]
            scaled = np.exp(exponent - shift[:, :, None])
            total = np.matmul(self.weights, scaled[:, :, :, None])[:, :, :, 0]  # [b, s, n]
            with np.errstate(divide="ignore"):
                log_total = np.log(total)
            if self.all_buy:
                if np.all(log_total > self._LOG_FLOOR):
                    return (-(log_total + shift[:, :, None]) / theta).transpose(0, 2, 1)
            elif np.all(log_total[self.buys] > self._LOG_FLOOR):
                out = np.where(self.buys, -(log_total + shift[:, :, None]) / theta, 0.0)
                return out.transpose(0, 2, 1)
        a = self.log_pi_kappa + exponent[:, :, :, None]  # [b, s, i, n]
        a_max = a.max(axis=2)
        finite = np.isfinite(a_max)
        shift_n = np.where(finite, a_max, 0.0)
        total = np.exp(a - shift_n[:, :, None, :]).sum(axis=2)
        with np.errstate(divide="ignore"):
            log_sum = np.log(total) + shift_n
        return np.where(finite, -log_sum / theta, 0.0).transpose(0, 2, 1)

    def trade_shares(self, log_c: np.ndarray, log_p: np.ndarray) -> np.ndarray:
        """π' [b, s, i, n], eq. (12).

        Parameters
        ----------
        log_c : numpy.ndarray
            (B, N, S) log input-cost changes of the exporters.
        log_p : numpy.ndarray
            (B, N, S) log sectoral price changes of the importers.

        Returns
        -------
        numpy.ndarray
            (B, S, N, N) trade shares, sector-major [b, s, exporter, importer].
        """
        theta = self.theta[:, :, None]
        cost_term = -theta * log_c.transpose(0, 2, 1)  # [b, s, i]
        price_term = theta * log_p.transpose(0, 2, 1)  # [b, s, n]
        if (
            self.levels
            and np.max(np.abs(cost_term)) < self._EXP_LIMIT
            and np.max(np.abs(price_term)) < self._EXP_LIMIT
        ):
            shares = self.flow_weights * np.exp(cost_term)[:, :, :, None]
            shares *= np.exp(price_term)[:, :, None, :]
            return shares
        return np.exp(self.log_pi_kappa + cost_term[:, :, :, None] + price_term[:, :, None, :])


@dataclass(frozen=True)
class ExpenditureSystem:
    """The goods-market conditions of B solves at given wages and prices (eq. 13).

    ``X_n^s' = Σ_k γ_n^{s,k}(1 − β_n^k) Y_n^k' + α_n^s (R_n' + Π_n' + ŵ_n w_n L_n + D_n')``
    with ``Y_i^s' = Σ_n π_in^s' X_n^s' / ((1 + τ_in^s')(1 + x_in^s'))``, policy
    revenue ``R_n' = Σ_s m_n^s X_n^s' + Σ_{m,s} e_nm^s X_m^s'`` and profits
    ``Π_n' = Σ_s μ_n^s Y_n^s'``: :func:`~tradewar.model.equations.expenditure_operator`
    draw by draw.

    Parameters
    ----------
    pi_net : numpy.ndarray
        (B, S, N, N) ``π' / ((1 + τ')(1 + x'))`` [b, s, exporter, importer].
    va_share : numpy.ndarray
        (B, N, S) value-added shares β.
    io_shares : numpy.ndarray
        (B, N, S, S) input–output shares γ[b, n, input k, output s].
    final_shares : numpy.ndarray
        (B, N, S) final-demand shares α.
    tariff_share : numpy.ndarray
        (B, N, S) import-tariff shares m.
    export_share : numpy.ndarray or None
        (B, S, N, N) export-tax shares e [b, s, exporter, importer]; None without.
    profit_share : numpy.ndarray or None
        (B, N, S) profit shares μ; None without profits.
    """

    pi_net: np.ndarray
    va_share: np.ndarray
    io_shares: np.ndarray
    final_shares: np.ndarray
    tariff_share: np.ndarray
    export_share: np.ndarray | None = None
    profit_share: np.ndarray | None = None

    def output(self, expenditure: np.ndarray) -> np.ndarray:
        """Gross output Y' (B, N, S) at spending X' (B, N, S).

        Parameters
        ----------
        expenditure : numpy.ndarray
            (B, N, S) X'.

        Returns
        -------
        numpy.ndarray
            (B, N, S) Y' [b, exporter, sector].
        """
        by_sector = np.matmul(self.pi_net, expenditure.transpose(0, 2, 1)[:, :, :, None])
        return by_sector[:, :, :, 0].transpose(0, 2, 1)

    def revenue(self, expenditure: np.ndarray, output: np.ndarray) -> np.ndarray:
        """Policy revenue plus profits, ``R' + Π'`` (B, N).

        Parameters
        ----------
        expenditure : numpy.ndarray
            (B, N, S) X'.
        output : numpy.ndarray
            (B, N, S) Y'.

        Returns
        -------
        numpy.ndarray
            (B, N) tariff and export-tax revenue and profits.
        """
        total = (expenditure * self.tariff_share).sum(axis=2)
        if self.export_share is not None:
            by_sector = np.matmul(self.export_share, expenditure.transpose(0, 2, 1)[:, :, :, None])
            total = total + by_sector[:, :, :, 0].sum(axis=1)
        if self.profit_share is not None:
            total = total + (self.profit_share * output).sum(axis=2)
        return total

    def apply(self, expenditure: np.ndarray) -> np.ndarray:
        """``M X'`` (B, N, S): the linear part of eq. (13).

        Parameters
        ----------
        expenditure : numpy.ndarray
            (B, N, S) X'.

        Returns
        -------
        numpy.ndarray
            (B, N, S) intermediate demand plus the final demand out of revenue
            and profits.
        """
        output = self.output(expenditure)
        material = ((1.0 - self.va_share) * output)[:, :, :, None]
        intermediate = np.matmul(self.io_shares, material)[:, :, :, 0]
        return intermediate + self.final_shares * self.revenue(expenditure, output)[:, :, None]

    def take(self, rows: np.ndarray) -> ExpenditureSystem:
        """The system of some draws only.

        Parameters
        ----------
        rows : numpy.ndarray
            Indices of the draws kept.

        Returns
        -------
        ExpenditureSystem
            A system over ``len(rows)`` draws.
        """
        return ExpenditureSystem(
            self.pi_net[rows],
            self.va_share[rows],
            self.io_shares[rows],
            self.final_shares[rows],
            self.tariff_share[rows],
            None if self.export_share is None else self.export_share[rows],
            None if self.profit_share is None else self.profit_share[rows],
        )
