"""A policy change to simulate: new tariffs and iceberg (non-tariff) trade-cost changes."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from tradewar.baseline import Baseline
from tradewar.errors import ShockError

__all__ = ["Shock"]


@dataclass(frozen=True, eq=False)
class Shock:
    """New tariffs, export taxes and trade-cost changes, ``[exporter, importer, sector]``.

    Parameters
    ----------
    tariff : numpy.ndarray, optional
        (N, N, S) counterfactual ad valorem tariffs τ' (fractions), or None to
        keep the baseline's.
    trade_cost_hat : numpy.ndarray, optional
        (N, N, S) iceberg trade-cost changes d̂ (1 = unchanged, 1.1 = 10%
        costlier), or None for none.
    export_tax : numpy.ndarray, optional
        (N, N, S) ad valorem export taxes set by the exporter (negative: export
        subsidies), or None for none (baselines have none).
    deficit_change : numpy.ndarray, optional
        (N,) change of each country's trade deficit (data units a year), summing
        to zero, added to whatever the deficit treatment holds; None for none.
    """

    tariff: np.ndarray | None = None
    trade_cost_hat: np.ndarray | None = None
    export_tax: np.ndarray | None = None
    deficit_change: np.ndarray | None = None

    def resolve(self, baseline: Baseline) -> tuple[np.ndarray, np.ndarray]:
        """Validate against a baseline and return ``(tariff_new, trade_cost_hat)`` arrays.

        The export taxes are validated too; read them from :attr:`export_tax`.

        Parameters
        ----------
        baseline : Baseline
            The world the shock applies to.

        Returns
        -------
        tariff_new : numpy.ndarray
            (N, N, S) counterfactual tariffs (the baseline's when none are given).
        trade_cost_hat : numpy.ndarray
            (N, N, S) trade-cost changes (ones when none are given).

        Raises
        ------
        ShockError
            Wrong shape, NaN, tariffs at or below −100%, non-positive cost changes;
            the message names exporter, importer and sector.
        """
        shape = baseline.trade.shape
        tariff = baseline.tariff if self.tariff is None else np.asarray(self.tariff, float)
        d_hat = (
            np.ones(shape)
            if self.trade_cost_hat is None
            else np.asarray(self.trade_cost_hat, float)
        )
        for name, arr in (("tariff", tariff), ("trade_cost_hat", d_hat)):
            if arr.shape != shape:
                raise ShockError(f"shock {name} has shape {arr.shape}, expected {shape}")
            _first_bad(baseline, name, arr, ~np.isfinite(arr), "is NaN or infinite")
        _first_bad(baseline, "tariff", tariff, tariff <= -1, "is at or below -100%")
        if self.export_tax is not None:
            x = np.asarray(self.export_tax, float)
            if x.shape != shape:
                raise ShockError(f"shock export_tax has shape {x.shape}, expected {shape}")
            _first_bad(
                baseline,
                "export_tax",
                x,
                ~np.isfinite(x) | (x <= -1),
                "is NaN or at or below -100%",
            )
        _first_bad(baseline, "trade_cost_hat", d_hat, d_hat <= 0, "is not positive")
        if self.deficit_change is not None:
            change = np.asarray(self.deficit_change, float)
            if change.shape != (baseline.n_countries,) or not np.all(np.isfinite(change)):
                raise ShockError(
                    f"shock deficit_change must be {baseline.n_countries} finite numbers"
                )
            scale = max(float(np.abs(baseline.deficit).sum()), float(baseline.value_added.sum()))
            if abs(change.sum()) > 1e-9 * scale:
                raise ShockError(
                    f"shock deficit_change sums to {change.sum():.6g}, not zero: one "
                    "country's surplus is another's deficit"
                )
        return tariff, d_hat

    def is_zero(self, baseline: Baseline) -> bool:
        """Whether the shock changes nothing.

        Parameters
        ----------
        baseline : Baseline
            The world the shock applies to.

        Returns
        -------
        bool
            True when tariffs equal the baseline's, trade costs are unchanged and
            there are no export taxes.
        """
        tariff, d_hat = self.resolve(baseline)
        no_tax = self.export_tax is None or not np.any(self.export_tax)
        return bool(np.array_equal(tariff, baseline.tariff) and np.all(d_hat == 1) and no_tax)


def _first_bad(baseline: Baseline, name: str, arr: np.ndarray, bad: np.ndarray, what: str) -> None:
    if bad.any():
        i, n, s = (int(k) for k in np.argwhere(bad)[0])
        raise ShockError(
            f"shock {name} {what} for exporter {baseline.countries[i]}, importer "
            f"{baseline.countries[n]}, sector {baseline.sectors[s]} (value {float(arr[i, n, s])!r})"
        )
