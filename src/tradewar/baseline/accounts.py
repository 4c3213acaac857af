"""The aggregates a world's arrays imply: output, spending, trade shares, incomes, deficits.

:class:`WorldAccounts` derives them from the arrays of :class:`~tradewar.baseline.Baseline`
(one world) or of :class:`~tradewar.model.world_batch.WorldBatch` (B worlds with a
leading batch axis): one definition for both, written over the trailing axes
``[exporter i, importer n, sector s]``.  One world's arrays take exactly the
one-world sums.
"""

from __future__ import annotations

from functools import cached_property

import numpy as np

__all__ = ["WorldAccounts"]


class WorldAccounts:
    """Derived aggregates of a world's flows, tariffs and shares, computed once each.

    A base of the classes that hold a world's arrays (``trade``, ``tariff``,
    ``io_shares``, ``va_share``, ``final_shares``, ``profit_share``): each
    aggregate is a cached property of shape ``(..., N, S)`` or ``(..., N)``,
    the leading axes those of the arrays (none for one world).
    """

    trade: np.ndarray
    tariff: np.ndarray
    io_shares: np.ndarray
    va_share: np.ndarray
    final_shares: np.ndarray
    profit_share: np.ndarray | None

    @cached_property
    def gross_output(self) -> np.ndarray:
        """Y_i^s = Σ_n trade[i, n, s]: gross output at producer prices, (N, S)."""
        return self.trade.sum(axis=-2)

    @cached_property
    def expenditure(self) -> np.ndarray:
        """X_n^s = Σ_i trade[i, n, s] (1 + τ_in^s): spending incl. tariffs, (N, S)."""
        return np.einsum("...ins,...ins->...ns", self.trade, 1.0 + self.tariff)

    @cached_property
    def trade_shares(self) -> np.ndarray:
        """π_in^s = trade (1 + τ) / X_n^s; zero where a country spends nothing, (N, N, S)."""
        spending = self.trade * (1.0 + self.tariff)
        total = self.expenditure[..., None, :, :]
        return np.divide(spending, total, out=np.zeros_like(spending), where=total > 0)

    @cached_property
    def value_added_by_sector(self) -> np.ndarray:
        """β_n^s Y_n^s, (N, S)."""
        return self.va_share * self.gross_output

    @cached_property
    def value_added(self) -> np.ndarray:
        """VA_n = w_n L_n: value added (factor income), (N,)."""
        return self.value_added_by_sector.sum(axis=-1)

    @cached_property
    def labour_income(self) -> np.ndarray:
        """w_n L_n = Σ_s (β_n^s − μ_n^s) Y_n^s: value added less profits, (N,)."""
        return ((self.va_share - self.profit_share) * self.gross_output).sum(axis=-1)

    @cached_property
    def tariff_revenue(self) -> np.ndarray:
        """R_n = Σ_{i,s} τ_in^s trade[i, n, s], (N,)."""
        return np.einsum("...ins,...ins->...n", self.tariff, self.trade)

    @cached_property
    def exports(self) -> np.ndarray:
        """Exports at producer prices, domestic sales excluded, (N,)."""
        return self.trade.sum(axis=(-2, -1)) - np.einsum("...nns->...n", self.trade)

    @cached_property
    def imports(self) -> np.ndarray:
        """Imports at producer prices (before tariffs), domestic sales excluded, (N,)."""
        return self.trade.sum(axis=(-3, -1)) - np.einsum("...nns->...n", self.trade)

    @cached_property
    def deficit(self) -> np.ndarray:
        """D_n = imports − exports (producer prices), (N,); sums to zero."""
        return self.imports - self.exports

    @cached_property
    def income(self) -> np.ndarray:
        """I_n = VA_n + R_n + D_n: final spending, (N,)."""
        return self.value_added + self.tariff_revenue + self.deficit

    @cached_property
    def absorption_implied(self) -> np.ndarray:
        """Σ_k γ_n^{s,k}(1 − β_n^k) Y_n^k + α_n^s I_n: the model's spending on each sector."""
        intermediate_cost = (1.0 - self.va_share) * self.gross_output
        intermediate_use = np.einsum("...nsk,...nk->...ns", self.io_shares, intermediate_cost)
        return intermediate_use + self.final_shares * self.income[..., None]
