"""Counterfactuals: solve a policy change on a baseline and report its effects with labels.

``solve(baseline, shock, deficits=...)`` is the entry point.  Deficits are
treated in one of two ways (Caliendo & Parro 2015, section 5):

``"fixed"``
    every country's deficit stays at its baseline value in units of the
    numéraire (world labour income: value added without profits);
``"zero"``
    the paper's procedure: first solve the equilibrium of the baseline with
    all deficits set to zero and no policy change, then use that world as the
    baseline of the policy change.  Results are relative to that balanced world;
``"multiplicative"``
    each deficit stays a constant share of the country's value added (as in
    ``ge_gravity``), with a common correction so that deficits sum to zero.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Literal

import numpy as np
import pandas as pd

from tradewar.baseline import Baseline
from tradewar.model.solver import (
    Equilibrium,
    SolverOptions,
    SolverReport,
    multiplicative_deficits,
    solve_equilibrium,
)
from tradewar.model.welfare import (
    real_income_hat,
    terms_of_trade_effect,
    volume_of_trade_effect,
)
from tradewar.shock import Shock

__all__ = ["Counterfactual", "DeficitTreatment", "equilibrate", "solve"]

DeficitTreatment = Literal["fixed", "zero", "multiplicative"]


def equilibrate(
    baseline: Baseline,
    deficit: np.ndarray | None = None,
    options: SolverOptions | None = None,
    *,
    name: str | None = None,
) -> Baseline:
    """The model's equilibrium of a baseline with no policy change.

    Used to reconcile raw data into a world that satisfies every identity (as
    the authors' code does for the 1993 data), and to remove deficits
    (``deficit=0``).  Tariffs, input–output structure and shares are kept; flows
    are replaced by the equilibrium flows.

    Parameters
    ----------
    baseline : possibly raw (``check_accounting=False``) data.
    deficit : (N,) deficits to impose, in units of the numéraire; default:
        the baseline's own.
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


def solve(
    baseline: Baseline,
    shock: Shock | None = None,
    *,
    deficits: DeficitTreatment = "fixed",
    options: SolverOptions | None = None,
    conditional: bool = False,
) -> Counterfactual:
    """Solve the general-equilibrium effects of a shock.

    Parameters
    ----------
    baseline : the world before the change.
    shock : new tariffs and trade-cost changes; None solves the baseline itself.
    deficits : ``"fixed"``, ``"zero"`` or ``"multiplicative"`` (see the module docstring).
    conditional : solve the conditional equilibrium instead (spending and labour
        incomes held at the baseline's; prices and trade adjust), as in the
        conditional general equilibrium of structural gravity.
    options : solver settings.

    Returns
    -------
    Counterfactual
        Labelled tables of every change, the raw arrays and the solver report.
    """
    if deficits not in ("fixed", "zero", "multiplicative"):
        raise ValueError(f"deficits must be 'fixed', 'zero' or 'multiplicative', got {deficits!r}")
    shock = shock or Shock()
    if deficits == "zero":
        baseline = equilibrate(
            baseline,
            np.zeros(baseline.n_countries),
            options,
            name=f"{baseline.name} (zero deficits)",
        )
    tariff_new, d_hat = shock.resolve(baseline)
    rule = multiplicative_deficits(baseline) if deficits == "multiplicative" else baseline.deficit
    export_tax = None
    if shock.export_tax is not None and np.any(shock.export_tax):
        export_tax = np.asarray(shock.export_tax, float)
    eqm = solve_equilibrium(
        baseline,
        tariff_new,
        d_hat,
        rule,
        options,
        export_tax=export_tax,
        conditional=baseline.labour_income if conditional else None,
    )
    return Counterfactual(
        baseline=baseline,
        tariff_new=tariff_new,
        trade_cost_hat=d_hat,
        equilibrium=eqm,
        deficits=deficits,
        export_tax=export_tax,
    )


def _pct(ratio: np.ndarray) -> np.ndarray:
    return 100.0 * (np.asarray(ratio) - 1.0)


def _growth_pct(new: np.ndarray, old: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(old > 0, 100.0 * (new / old - 1.0), np.nan)


@dataclass(frozen=True, eq=False)
class Counterfactual:
    """The solved effects of a shock on a baseline.

    Tables (pandas, labelled) come from :meth:`countries`, :meth:`sectors`,
    :meth:`trade` and :meth:`welfare_decomposition`; the raw arrays are in
    :attr:`equilibrium`; :attr:`report` tells how the solver did.
    """

    baseline: Baseline
    tariff_new: np.ndarray
    trade_cost_hat: np.ndarray
    equilibrium: Equilibrium
    deficits: DeficitTreatment
    export_tax: np.ndarray | None = None

    @property
    def report(self) -> SolverReport:
        """Iterations, residuals and time of the solve."""
        return self.equilibrium.report

    # ------------------------------------------------------------ raw measures
    @cached_property
    def price_index_hat(self) -> np.ndarray:
        """P̂_n = Π_s (P̂_n^s)^{α_n^s}: change in the consumer price index, (N,)."""
        log_p = np.log(self.equilibrium.price_hat)
        return np.exp((self.baseline.final_shares * log_p).sum(axis=1))

    @cached_property
    def real_wage_hat(self) -> np.ndarray:
        """ŵ_n / P̂_n, (N,)."""
        return self.equilibrium.w_hat / self.price_index_hat

    @cached_property
    def welfare_hat(self) -> np.ndarray:
        """Real income Î_n / P̂_n, (N,)."""
        return real_income_hat(self.equilibrium.income, self.baseline.income, self.price_index_hat)

    @cached_property
    def terms_of_trade(self) -> np.ndarray:
        """Terms-of-trade effect [country, partner, sector], fraction of baseline income."""
        return terms_of_trade_effect(
            self.baseline.trade, self.equilibrium.cost_hat, self.baseline.income
        )

    @cached_property
    def volume_of_trade(self) -> np.ndarray:
        """Volume-of-trade effect [country, partner, sector], fraction of baseline income."""
        return volume_of_trade_effect(
            self.baseline.trade,
            self.equilibrium.trade,
            self.baseline.tariff,
            self.equilibrium.cost_hat,
            self.baseline.income,
        )

    # ------------------------------------------------------------------ tables
    def countries(self) -> pd.DataFrame:
        """One row per country: every aggregate change, in percent unless stated.

        Columns: ``wage_pct``, ``price_index_pct``, ``real_wage_pct``,
        ``welfare_pct`` (real income), ``terms_of_trade_pct``,
        ``volume_of_trade_pct`` and ``welfare_decomposed_pct`` (their sum, the
        paper's Table 2 measure), ``exports_pct``, ``imports_pct``,
        ``output_pct``, ``value_added_pct``, ``tariff_revenue_base``,
        ``tariff_revenue_new`` (baseline units), ``deficit``.
        """
        base, eqm = self.baseline, self.equilibrium
        domestic_new = np.einsum("nns->n", eqm.trade)
        exports_new = eqm.trade.sum(axis=(1, 2)) - domestic_new
        imports_new = eqm.trade.sum(axis=(0, 2)) - domestic_new
        va_new = (base.va_share * eqm.output).sum(axis=1)
        tot = self.terms_of_trade.sum(axis=(1, 2))
        vot = self.volume_of_trade.sum(axis=(1, 2))
        return pd.DataFrame(
            {
                "wage_pct": _pct(eqm.w_hat),
                "price_index_pct": _pct(self.price_index_hat),
                "real_wage_pct": _pct(self.real_wage_hat),
                "welfare_pct": _pct(self.welfare_hat),
                "terms_of_trade_pct": 100.0 * tot,
                "volume_of_trade_pct": 100.0 * vot,
                "welfare_decomposed_pct": 100.0 * (tot + vot),
                "exports_pct": _growth_pct(exports_new, base.exports),
                "imports_pct": _growth_pct(imports_new, base.imports),
                "output_pct": _growth_pct(eqm.output.sum(axis=1), base.gross_output.sum(axis=1)),
                "value_added_pct": _growth_pct(va_new, base.value_added),
                "tariff_revenue_base": base.tariff_revenue,
                "tariff_revenue_new": eqm.tariff_revenue,
                "export_tax_revenue_new": (
                    np.zeros(base.n_countries)
                    if eqm.export_tax_revenue is None
                    else eqm.export_tax_revenue
                ),
                "deficit": eqm.deficit,
            },
            index=pd.Index(base.countries, name="country"),
        )

    def sectors(self) -> pd.DataFrame:
        """One row per (country, sector): prices, costs, output, value added, trade."""
        base, eqm = self.baseline, self.equilibrium
        n, s = base.n_countries, base.n_sectors
        idx = pd.MultiIndex.from_product(
            [base.countries, base.sectors], names=["country", "sector"]
        )
        domestic_new = np.einsum("nns->ns", eqm.trade)
        domestic = np.einsum("nns->ns", base.trade)
        exports = base.trade.sum(axis=1) - domestic
        exports_new = eqm.trade.sum(axis=1) - domestic_new
        imports = base.trade.sum(axis=0) - domestic
        imports_new = eqm.trade.sum(axis=0) - domestic_new
        columns = {
            "price_pct": _pct(eqm.price_hat),
            "cost_pct": _pct(eqm.cost_hat),
            "output_base": base.gross_output,
            "output_new": eqm.output,
            "output_pct": _growth_pct(eqm.output, base.gross_output),
            "value_added_pct": _growth_pct(eqm.output * base.va_share, base.value_added_by_sector),
            "exports_pct": _growth_pct(exports_new, exports),
            "imports_pct": _growth_pct(imports_new, imports),
        }
        frame = pd.DataFrame({k: np.reshape(v, n * s) for k, v in columns.items()}, index=idx)
        return frame.reset_index()

    def to_baseline(self, name: str | None = None) -> Baseline:
        """The counterfactual world as a new baseline (to chain policy changes).

        Raises
        ------
        ValueError
            If the counterfactual has export taxes, which baselines cannot hold.
        """
        if self.export_tax is not None:
            raise ValueError("a world with export taxes cannot become a baseline")
        return self.baseline.replace(
            trade=self.equilibrium.trade,
            tariff=self.tariff_new,
            check_accounting=True,
            name=name or f"{self.baseline.name} (counterfactual)",
        )

    def trade(self) -> pd.DataFrame:
        """One row per (exporter, importer, sector): flows at producer prices, before and after."""
        base, eqm = self.baseline, self.equilibrium
        idx = pd.MultiIndex.from_product(
            [base.countries, base.countries, base.sectors],
            names=["exporter", "importer", "sector"],
        )
        frame = pd.DataFrame(
            {
                "base": base.trade.ravel(),
                "new": eqm.trade.ravel(),
                "change_pct": _growth_pct(eqm.trade, base.trade).ravel(),
                "tariff_base": base.tariff.ravel(),
                "tariff_new": self.tariff_new.ravel(),
                "share_base": base.trade_shares.ravel(),
                "share_new": eqm.trade_shares.ravel(),
            },
            index=idx,
        )
        return frame.reset_index()

    def welfare_decomposition(self) -> pd.DataFrame:
        """Terms-of-trade and volume-of-trade effects by (country, partner, sector), in percent."""
        base = self.baseline
        idx = pd.MultiIndex.from_product(
            [base.countries, base.countries, base.sectors],
            names=["country", "partner", "sector"],
        )
        frame = pd.DataFrame(
            {
                "terms_of_trade_pct": 100.0 * self.terms_of_trade.ravel(),
                "volume_of_trade_pct": 100.0 * self.volume_of_trade.ravel(),
            },
            index=idx,
        )
        return frame.reset_index()
