"""The calibrated world that every counterfactual starts from.

Array orientation (one convention for the whole code base)
----------------------------------------------------------
Bilateral arrays are ``[exporter, importer, sector]`` — einsum letters ``'ins'``
(``i`` the origin, ``n`` the destination, ``s`` the sector).  Country-by-sector
arrays are ``[country, sector]`` (``'ns'``), and input–output shares are
``[country, input sector, output sector]`` (``'nks'``).  Loaders convert every
source to this orientation; nothing inside the engine converts again.

Notation of Caliendo & Parro (2015) and the names used here:

==============================  =====================  ===========================
paper                           attribute              shape
==============================  =====================  ===========================
X_in^s / (1 + τ_in^s)            ``trade``              (N, N, S), producer prices
τ_in^s                           ``tariff``             (N, N, S), ad valorem
γ_n^{k,s}                        ``io_shares``          (N, S, S)
β_n^s                            ``va_share``           (N, S)
α_n^s                            ``final_shares``       (N, S)
θ^s                              ``theta``              (S,)
π_in^s                           ``trade_shares``       (N, N, S), derived
X_n^s                            ``expenditure``        (N, S), derived
D_n                              ``deficit``            (N,), derived
==============================  =====================  ===========================
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
import pandas as pd

from tradewar.errors import DataError

__all__ = ["Baseline"]

#: Relative tolerance of the accounting identities checked on construction.
ACCOUNTING_RTOL = 1e-6
#: Tolerance on shares that must sum to one.
SHARE_ATOL = 1e-5


@dataclass(frozen=True, eq=False)
class Baseline:
    """A calibrated world economy: flows, tariffs, input–output structure, elasticities.

    All bilateral arrays are ``[exporter, importer, sector]``.

    Parameters
    ----------
    countries, sectors
        Labels, unique.
    trade
        Bilateral flows at producer prices (before tariffs), domestic sales on the
        diagonal ``trade[n, n, s]``; shape (N, N, S).
    tariff
        Ad valorem tariff applied by the importer on goods from the exporter,
        as a fraction (0.25 is 25%); shape (N, N, S).
    io_shares
        ``io_shares[n, k, s]``: share of input sector ``k`` in the intermediate
        costs of sector ``s`` in country ``n``; sums to one over ``k`` wherever the
        sector uses intermediates (``va_share < 1``); shape (N, S, S).
    va_share
        Share of value added in gross output, in [0, 1]; shape (N, S).
    final_shares
        Cobb–Douglas shares of final demand across sectors; sum to one; shape (N, S).
    theta
        Trade elasticity (Fréchet dispersion) of each sector, > 0; shape (S,).
    name, description
        Free text shown in reports.
    usd_per_unit
        US dollars per unit of the flows (1e6 for data in millions of USD), or
        None when the data have no currency unit.
    goods
        The sectors that are goods (the scenario keyword ``goods``); empty means
        every sector with international trade.
    profit_share
        Share of gross output that is profit rather than labour income (in
        [0, va_share]; zeros when None): monopolistic competition with a fixed
        number of firms, as in Ossa (2014), has profit share 1/σ.  Profits are
        income of the country and scale with sales.
    check_accounting
        Check the goods-market identity (expenditure on each sector = intermediate
        use + final use) on construction.  Only loaders that reconcile raw data
        into an equilibrium turn this off, for the raw data they start from.

    Raises
    ------
    DataError
        Naming the array, country and sector at fault.
    """

    countries: tuple[str, ...]
    sectors: tuple[str, ...]
    trade: np.ndarray
    tariff: np.ndarray
    io_shares: np.ndarray
    va_share: np.ndarray
    final_shares: np.ndarray
    theta: np.ndarray
    name: str = "baseline"
    description: str = ""
    usd_per_unit: float | None = None
    goods: tuple[str, ...] = ()
    profit_share: np.ndarray | None = None
    check_accounting: bool = field(default=True, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "countries", tuple(str(c) for c in self.countries))
        object.__setattr__(self, "sectors", tuple(str(s) for s in self.sectors))
        object.__setattr__(self, "goods", tuple(str(s) for s in self.goods))
        if self.profit_share is None:
            object.__setattr__(self, "profit_share", np.zeros(np.shape(self.va_share)))
        for attr in (
            "trade",
            "tariff",
            "io_shares",
            "va_share",
            "final_shares",
            "theta",
            "profit_share",
        ):
            arr = np.array(getattr(self, attr), dtype=float)
            arr.setflags(write=False)
            object.__setattr__(self, attr, arr)
        self._check_labels()
        self._check_goods()
        self._check_shapes()
        self._check_values()
        self._rescale_shares()
        if self.check_accounting:
            self.check_identities()

    # ------------------------------------------------------------------ checks
    def _check_labels(self) -> None:
        for kind, labels in (("country", self.countries), ("sector", self.sectors)):
            if not labels:
                raise DataError(f"baseline {self.name!r}: no {kind} labels")
            seen: set[str] = set()
            for label in labels:
                if label in seen:
                    raise DataError(f"baseline {self.name!r}: {kind} {label!r} appears twice")
                seen.add(label)

    def _check_goods(self) -> None:
        unknown = [s for s in self.goods if s not in self.sectors]
        if unknown:
            raise DataError(f"baseline {self.name!r}: goods names unknown sector {unknown[0]!r}")
        if self.usd_per_unit is not None and not (
            np.isfinite(self.usd_per_unit) and self.usd_per_unit > 0
        ):
            raise DataError(f"baseline {self.name!r}: usd_per_unit must be a positive number")

    def _check_shapes(self) -> None:
        n, s = len(self.countries), len(self.sectors)
        expected = {
            "trade": (n, n, s),
            "tariff": (n, n, s),
            "io_shares": (n, s, s),
            "va_share": (n, s),
            "final_shares": (n, s),
            "theta": (s,),
            "profit_share": (n, s),
        }
        for attr, shape in expected.items():
            got = getattr(self, attr).shape
            if got != shape:
                raise DataError(
                    f"baseline {self.name!r}: {attr} has shape {got}, expected {shape} "
                    f"for {n} countries and {s} sectors"
                )

    def locate(self, array_name: str, index: tuple[int, ...]) -> str:
        """Describe an index of one of the baseline's arrays with labels."""
        axes = {
            "trade": ("exporter", "importer", "sector"),
            "tariff": ("exporter", "importer", "sector"),
            "io_shares": ("country", "input sector", "output sector"),
            "va_share": ("country", "sector"),
            "final_shares": ("country", "sector"),
            "profit_share": ("country", "sector"),
            "theta": ("sector",),
        }[array_name]
        parts = []
        for axis, i in zip(axes, index, strict=True):
            labels = self.sectors if "sector" in axis else self.countries
            parts.append(f"{axis} {labels[i]}")
        return ", ".join(parts)

    def _first_bad(self, array_name: str, bad: np.ndarray, what: str) -> None:
        if bad.any():
            idx = tuple(int(i) for i in np.argwhere(bad)[0])
            value = getattr(self, array_name)[idx]
            raise DataError(
                f"baseline {self.name!r}: {array_name} {what} at {self.locate(array_name, idx)} "
                f"(value {value!r}; {int(bad.sum())} cell(s) in all)"
            )

    def _check_values(self) -> None:
        for attr in ("trade", "tariff", "io_shares", "va_share", "final_shares", "theta"):
            self._first_bad(attr, ~np.isfinite(getattr(self, attr)), "is NaN or infinite")
        self._first_bad("trade", self.trade < 0, "is negative")
        self._first_bad("tariff", self.tariff <= -1, "is at or below -100%")
        self._first_bad("theta", self.theta <= 0, "(trade elasticity) is not positive")
        self._first_bad("va_share", (self.va_share < 0) | (self.va_share > 1), "is outside [0, 1]")
        self._first_bad("final_shares", self.final_shares < 0, "is negative")
        self._first_bad("io_shares", self.io_shares < 0, "is negative")
        self._first_bad("profit_share", ~np.isfinite(self.profit_share), "is NaN or infinite")
        self._first_bad(
            "profit_share",
            (self.profit_share < 0) | (self.profit_share > self.va_share + 1e-12),
            "is outside [0, va_share]",
        )
        alpha_sum = self.final_shares.sum(axis=1)
        bad = np.abs(alpha_sum - 1) > SHARE_ATOL
        if bad.any():
            n = int(np.argmax(bad))
            raise DataError(
                f"baseline {self.name!r}: final_shares of country {self.countries[n]} sum to "
                f"{alpha_sum[n]:.6f}, not 1"
            )
        gamma_sum = self.io_shares.sum(axis=1)  # (N, S): over input sectors
        uses_inputs = self.va_share < 1 - 1e-12
        bad = uses_inputs & (np.abs(gamma_sum - 1) > SHARE_ATOL)
        if bad.any():
            n, s = (int(i) for i in np.argwhere(bad)[0])
            raise DataError(
                f"baseline {self.name!r}: io_shares of country {self.countries[n]}, output sector "
                f"{self.sectors[s]} sum to {gamma_sum[n, s]:.6f} over input sectors, not 1"
            )

    def _rescale_shares(self) -> None:
        """Make shares that passed the tolerance check sum to one exactly.

        Published tables round their coefficients (sums of 0.999998 occur); the
        model's adding-up (Walras' law) needs exact sums.
        """
        alpha = self.final_shares / self.final_shares.sum(axis=1, keepdims=True)
        totals = self.io_shares.sum(axis=1, keepdims=True)
        gamma = np.divide(
            self.io_shares, totals, out=np.zeros_like(self.io_shares), where=totals > 0
        )
        for attr, arr in (("final_shares", alpha), ("io_shares", gamma)):
            arr.setflags(write=False)
            object.__setattr__(self, attr, arr)

    def check_identities(self, rtol: float = ACCOUNTING_RTOL) -> None:
        """Check the goods-market identity in every country and sector.

        Expenditure on sector ``s`` equals intermediate use plus final use
        (Caliendo & Parro 2015, eq. 7)::

            X_n^s = Σ_k γ_n^{s,k} (1 − β_n^k) Y_n^k + α_n^s I_n,
            I_n   = VA_n + R_n + D_n   (income = value added + tariff revenue + deficit)

        Raises
        ------
        DataError
            Naming the country and sector with the largest gap.
        """
        if (self.income <= 0).any():
            n = int(np.argmin(self.income))
            raise DataError(
                f"baseline {self.name!r}: final spending of country {self.countries[n]} is "
                f"{self.income[n]:.6g} (value added {self.value_added[n]:.6g} + tariff revenue "
                f"{self.tariff_revenue[n]:.6g} + deficit {self.deficit[n]:.6g}); it must be "
                "positive"
            )
        gap = self.expenditure - self.absorption_implied
        scale = max(float(self.expenditure.sum()), 1e-300)
        rel = np.abs(gap) / scale * self.expenditure.size
        if (rel > rtol).any():
            n, s = np.unravel_index(int(np.argmax(rel)), rel.shape)
            raise DataError(
                f"baseline {self.name!r}: goods-market identity fails for country "
                f"{self.countries[n]}, sector {self.sectors[s]}: expenditure "
                f"{self.expenditure[n, s]:.6g} but intermediate + final use "
                f"{self.absorption_implied[n, s]:.6g}"
            )

    # ------------------------------------------------------------- dimensions
    @property
    def n_countries(self) -> int:
        """Number of countries N."""
        return len(self.countries)

    @property
    def n_sectors(self) -> int:
        """Number of sectors S."""
        return len(self.sectors)

    # ------------------------------------------------------- derived aggregates
    @cached_property
    def gross_output(self) -> np.ndarray:
        """Y_i^s = Σ_n trade[i, n, s]: gross output at producer prices, (N, S)."""
        return self.trade.sum(axis=1)

    @cached_property
    def expenditure(self) -> np.ndarray:
        """X_n^s = Σ_i trade[i, n, s] (1 + τ_in^s): spending incl. tariffs, (N, S)."""
        return np.einsum("ins,ins->ns", self.trade, 1.0 + self.tariff)

    @cached_property
    def trade_shares(self) -> np.ndarray:
        """π_in^s = trade (1 + τ) / X_n^s; zero where a country spends nothing, (N, N, S)."""
        spending = self.trade * (1.0 + self.tariff)
        total = self.expenditure[None, :, :]
        return np.divide(spending, total, out=np.zeros_like(spending), where=total > 0)

    @cached_property
    def value_added_by_sector(self) -> np.ndarray:
        """β_n^s Y_n^s, (N, S)."""
        return self.va_share * self.gross_output

    @cached_property
    def value_added(self) -> np.ndarray:
        """VA_n = w_n L_n: value added (factor income), (N,)."""
        return self.value_added_by_sector.sum(axis=1)

    @cached_property
    def labour_income(self) -> np.ndarray:
        """w_n L_n = Σ_s (β_n^s − μ_n^s) Y_n^s: value added less profits, (N,)."""
        return ((self.va_share - self.profit_share) * self.gross_output).sum(axis=1)

    @cached_property
    def tariff_revenue(self) -> np.ndarray:
        """R_n = Σ_{i,s} τ_in^s trade[i, n, s], (N,)."""
        return np.einsum("ins,ins->n", self.tariff, self.trade)

    @cached_property
    def exports(self) -> np.ndarray:
        """Exports at producer prices, domestic sales excluded, (N,)."""
        return self.trade.sum(axis=(1, 2)) - np.einsum("nns->n", self.trade)

    @cached_property
    def imports(self) -> np.ndarray:
        """Imports at producer prices (before tariffs), domestic sales excluded, (N,)."""
        return self.trade.sum(axis=(0, 2)) - np.einsum("nns->n", self.trade)

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
        intermediate_use = np.einsum("nsk,nk->ns", self.io_shares, intermediate_cost)
        return intermediate_use + self.final_shares * self.income[:, None]

    # ----------------------------------------------------------------- labels
    def country_index(self, country: str) -> int:
        """Position of a country code, with a suggestion when it is unknown."""
        try:
            return self.countries.index(country)
        except ValueError:
            raise DataError(_unknown("country", country, self.countries)) from None

    def sector_index(self, sector: str) -> int:
        """Position of a sector label, with a suggestion when it is unknown."""
        try:
            return self.sectors.index(sector)
        except ValueError:
            raise DataError(_unknown("sector", sector, self.sectors)) from None

    @property
    def goods_indices(self) -> list[int]:
        """Positions of the goods sectors (every traded sector when ``goods`` is empty)."""
        if self.goods:
            return [self.sectors.index(s) for s in self.goods]
        traded = self.trade.sum(axis=(0, 1)) - np.einsum("nns->s", self.trade)
        return [int(s) for s in np.flatnonzero(traded > 0)]

    def summary(self) -> pd.DataFrame:
        """Country totals of the baseline: output, value added, trade, deficit, income."""
        return pd.DataFrame(
            {
                "gross_output": self.gross_output.sum(axis=1),
                "value_added": self.value_added,
                "exports": self.exports,
                "imports": self.imports,
                "deficit": self.deficit,
                "tariff_revenue": self.tariff_revenue,
                "income": self.income,
            },
            index=pd.Index(self.countries, name="country"),
        )

    def replace(self, **changes: object) -> Baseline:
        """A copy with some fields changed (validated again)."""
        fields = {
            "countries": self.countries,
            "sectors": self.sectors,
            "trade": self.trade,
            "tariff": self.tariff,
            "io_shares": self.io_shares,
            "va_share": self.va_share,
            "final_shares": self.final_shares,
            "theta": self.theta,
            "name": self.name,
            "description": self.description,
            "usd_per_unit": self.usd_per_unit,
            "goods": self.goods,
            "profit_share": self.profit_share,
            "check_accounting": self.check_accounting,
        }
        fields.update(changes)
        return Baseline(**fields)  # type: ignore[arg-type]


def _unknown(kind: str, label: str, known: tuple[str, ...]) -> str:
    import difflib

    close = difflib.get_close_matches(label, known, n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    return f"unknown {kind} {label!r}{hint}"
