"""The solved effects of a policy change, as labelled tables, named arrays and summaries.

:class:`Counterfactual` is what :func:`tradewar.solve` returns.  Every table has
named indexes (``country``; ``country, sector``; ``exporter, importer, sector``;
``country, partner, sector``) and each column one meaning everywhere:

``welfare_pct``
    change in real income ``Î_n / P̂_n`` (income spent on final goods deflated by
    the consumer price index), the welfare measure of Caliendo & Parro (2015);
``welfare_decomposed_pct``
    its first-order decomposition, terms of trade plus volume of trade (the
    paper's Table 2 measure);
``price_index_pct``
    the consumer price index ``P̂_n = Π_s (P̂_n^s)^{α_n^s}``.

:meth:`Counterfactual.to_xarray` gives the raw arrays with named dimensions.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
import pandas as pd

from tradewar.baseline import Baseline
from tradewar.model import indicators
from tradewar.model.equilibrium import Equilibrium
from tradewar.model.options import SolverReport
from tradewar.model.welfare import (
    real_income_hat,
    terms_of_trade_effect,
    volume_of_trade_effect,
)

if TYPE_CHECKING:
    import xarray

__all__ = ["Counterfactual", "DeficitTreatment"]

DeficitTreatment = Literal["fixed", "zero", "multiplicative"]


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

    Parameters
    ----------
    baseline : Baseline
        The world the changes are relative to (with ``deficits="zero"``, the
        balanced world solved first).
    tariff_new : numpy.ndarray
        (N, N, S) counterfactual tariffs τ'.
    trade_cost_hat : numpy.ndarray
        (N, N, S) iceberg trade-cost changes d̂.
    equilibrium : Equilibrium
        The solved equilibrium: hats, new levels and the solver report.
    deficits : {"fixed", "zero", "multiplicative"}
        How deficits were treated (:mod:`tradewar.results.solving`).
    export_tax : numpy.ndarray, optional
        (N, N, S) export taxes, None without any.
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

    @cached_property
    def employment_shares(self) -> tuple[np.ndarray, np.ndarray]:
        """Shares of each country's workers by sector, before and after, (N, S) each."""
        base, eqm = self.baseline, self.equilibrium
        labour_share = base.va_share - base.profit_share
        before = indicators.employment_shares(labour_share, base.gross_output, base.labour_income)
        after = indicators.employment_shares(
            labour_share, eqm.output, eqm.w_hat * base.labour_income
        )
        return before, after

    @cached_property
    def border_price_hat(self) -> np.ndarray:
        """Change in each flow's price at the border, before import tariffs, (N, N, S)."""
        return indicators.border_price_hat(
            self.equilibrium.cost_hat, self.trade_cost_hat, self.export_tax
        )

    # ------------------------------------------------------------------ tables
    def countries(self) -> pd.DataFrame:
        """One row per country: every aggregate change, in percent unless stated.

        Columns: ``wage_pct``, ``price_index_pct``, ``real_wage_pct``,
        ``welfare_pct`` (real income), ``terms_of_trade_pct``,
        ``volume_of_trade_pct`` and ``welfare_decomposed_pct`` (their sum, the
        paper's Table 2 measure), ``exports_pct``, ``imports_pct``,
        ``output_pct``, ``value_added_pct``, ``real_gdp_pct`` (value added
        deflated by the consumer price index), ``import_prices_pct`` and
        ``import_prices_duty_paid_pct`` (import-weighted border prices, before and
        after tariffs), ``tariff_pass_through`` (share of tariff changes paid by
        buyers; NaN where no tariff moved), ``jobs_reallocated_pct`` (share of
        workers who change sector), ``tariff_revenue_base``,
        ``tariff_revenue_new`` and ``export_tax_revenue_new`` (baseline units
        per year, the data's flows being annual), ``deficit``.  Formulas:
        :mod:`tradewar.model.indicators`.
        """
        base, eqm = self.baseline, self.equilibrium
        domestic_new = np.einsum("nns->n", eqm.trade)
        exports_new = eqm.trade.sum(axis=(1, 2)) - domestic_new
        imports_new = eqm.trade.sum(axis=(0, 2)) - domestic_new
        va_new = (base.va_share * eqm.output).sum(axis=1)
        tot = self.terms_of_trade.sum(axis=(1, 2))
        vot = self.volume_of_trade.sum(axis=(1, 2))
        profits_new = (base.profit_share * eqm.output).sum(axis=1)
        gdp_hat = indicators.real_gdp_hat(
            base.value_added, eqm.w_hat * base.labour_income + profits_new, self.price_index_hat
        )
        border = self.border_price_hat
        duty_paid = border * (1.0 + self.tariff_new) / (1.0 + base.tariff)
        employment, employment_new = self.employment_shares
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
                "real_gdp_pct": _pct(gdp_hat),
                "import_prices_pct": _pct(indicators.import_price_index_hat(base.trade, border)),
                "import_prices_duty_paid_pct": _pct(
                    indicators.import_price_index_hat(base.trade, duty_paid)
                ),
                "tariff_pass_through": indicators.tariff_pass_through(
                    base.trade, base.tariff, self.tariff_new, border
                ),
                "jobs_reallocated_pct": 100.0
                * indicators.reallocated_share(employment, employment_new),
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
        """Indexed by (country, sector): prices, costs, output, value added, trade, jobs.

        Percent changes, except ``output_base``/``output_new`` (baseline units) and
        ``employment_share_base``/``employment_share_new`` (the sector's share of
        the country's workers, labour mobile across sectors); ``employment_pct``
        is the change in the sector's workers.
        """
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
        employment, employment_new = self.employment_shares
        columns = {
            "price_pct": _pct(eqm.price_hat),
            "cost_pct": _pct(eqm.cost_hat),
            "output_base": base.gross_output,
            "output_new": eqm.output,
            "output_pct": _growth_pct(eqm.output, base.gross_output),
            "value_added_pct": _growth_pct(eqm.output * base.va_share, base.value_added_by_sector),
            "exports_pct": _growth_pct(exports_new, exports),
            "imports_pct": _growth_pct(imports_new, imports),
            "employment_share_base": employment,
            "employment_share_new": employment_new,
            "employment_pct": _growth_pct(employment_new, employment),
        }
        return pd.DataFrame({k: np.reshape(v, n * s) for k, v in columns.items()}, index=idx)

    def to_baseline(self, name: str | None = None) -> Baseline:
        """The counterfactual world as a new baseline (to chain policy changes).

        Parameters
        ----------
        name : str, optional
            Its name (default: the baseline's with `` (counterfactual)``).

        Returns
        -------
        Baseline
            The new flows and tariffs on the baseline's structure.

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
        """Indexed by (exporter, importer, sector): flows at producer prices, before and after."""
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
        return frame

    def welfare_decomposition(self) -> pd.DataFrame:
        """Terms-of-trade and volume-of-trade effects (%), indexed by (country, partner, sector)."""
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
        return frame

    # ---------------------------------------------------------- named arrays
    def to_xarray(self) -> xarray.Dataset:
        """The baseline and counterfactual arrays with named dimensions and labels.

        Dimensions ``exporter``, ``importer``, ``country`` and ``sector``; money in
        the baseline's units (``attrs["usd_per_unit"]``).  Needs ``xarray``
        (``pip install 'tradewar[xarray]'``).
        """
        from tradewar.extras import require

        xr = require("xarray", "xarray")
        base, eqm = self.baseline, self.equilibrium
        bilateral = ("exporter", "importer", "sector")
        by_sector = ("country", "sector")
        data: dict[str, tuple[tuple[str, ...], np.ndarray]] = {
            "trade_base": (bilateral, base.trade),
            "trade_new": (bilateral, eqm.trade),
            "tariff_base": (bilateral, base.tariff),
            "tariff_new": (bilateral, self.tariff_new),
            "trade_cost_hat": (bilateral, self.trade_cost_hat),
            "trade_share_new": (bilateral, eqm.trade_shares),
            "price_hat": (by_sector, eqm.price_hat),
            "cost_hat": (by_sector, eqm.cost_hat),
            "output_base": (by_sector, base.gross_output),
            "output_new": (by_sector, eqm.output),
            "expenditure_new": (by_sector, eqm.expenditure),
            "w_hat": (("country",), eqm.w_hat),
            "price_index_hat": (("country",), self.price_index_hat),
            "welfare_hat": (("country",), self.welfare_hat),
            "income_new": (("country",), eqm.income),
            "deficit_new": (("country",), eqm.deficit),
        }
        if self.export_tax is not None:
            data["export_tax"] = (bilateral, self.export_tax)
        coords = {
            "exporter": list(base.countries),
            "importer": list(base.countries),
            "country": list(base.countries),
            "sector": list(base.sectors),
        }
        attrs: dict[str, Any] = {
            "baseline": base.name,
            "deficits": self.deficits,
            "usd_per_unit": base.usd_per_unit if base.usd_per_unit is not None else np.nan,
            "converged": int(self.report.converged),
        }
        return xr.Dataset(data, coords=coords, attrs=attrs)

    # --------------------------------------------------------------- display
    def _headline(self, rows: int = 6) -> pd.DataFrame:
        table = self.countries()[["welfare_pct", "real_wage_pct", "exports_pct", "imports_pct"]]
        order = table["welfare_pct"].abs().sort_values(ascending=False).index
        return table.loc[order[:rows]]

    def __repr__(self) -> str:
        base, report = self.baseline, self.report
        lines = [
            f"<Counterfactual on {base.name!r}: {base.n_countries} countries x "
            f"{base.n_sectors} sectors, deficits {self.deficits}; "
            f"{'converged' if report.converged else 'NOT converged'} in {report.n_iter} "
            f"iterations ({report.seconds:.2f} s)>",
            "largest welfare changes (%):",
        ]
        for country, row in self._headline().iterrows():
            lines.append(
                f"  {country:<8} welfare {row['welfare_pct']:+.3f}  real wage "
                f"{row['real_wage_pct']:+.3f}  exports {row['exports_pct']:+.2f}"
            )
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        base, report = self.baseline, self.report
        title = (
            f"<p><b>Counterfactual</b> on <code>{_html(base.name)}</code>: "
            f"{base.n_countries} countries &times; {base.n_sectors} sectors, deficits "
            f"{self.deficits}; {'converged' if report.converged else 'NOT converged'} in "
            f"{report.n_iter} iterations ({report.seconds:.2f} s). Largest welfare changes "
            "(%):</p>"
        )
        return title + self._headline().to_html(float_format=lambda v: f"{v:+.3f}")


def _html(text: str) -> str:
    import html

    return html.escape(text)
