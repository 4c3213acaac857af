"""The calibrated world that every counterfactual starts from.

Array orientation, one convention for the whole code base: bilateral arrays are
``[exporter, importer, sector]`` — einsum letters ``'ins'`` (``i`` the origin,
``n`` the destination, ``s`` the sector).  Country-by-sector
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
from typing import TYPE_CHECKING, Any

import numpy as np

from tradewar.baseline import checks
from tradewar.baseline.accounts import WorldAccounts
from tradewar.errors import DataError

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Baseline"]


@dataclass(frozen=True, eq=False, repr=False)
class Baseline(WorldAccounts):
    """A calibrated world economy: flows, tariffs, input–output structure, elasticities.

    All bilateral arrays are ``[exporter, importer, sector]``.  The aggregates
    they imply (``gross_output``, ``expenditure``, ``trade_shares``,
    ``labour_income``, ``deficit``, ``income`` ...) are properties of
    :class:`~tradewar.baseline.accounts.WorldAccounts`.

    Parameters
    ----------
    countries, sectors : tuple of str
        Labels, unique.
    trade : numpy.ndarray
        (N, N, S) bilateral flows at producer prices (before tariffs), domestic
        sales on the diagonal ``trade[n, n, s]``.
    tariff : numpy.ndarray
        (N, N, S) ad valorem tariff applied by the importer on goods from the
        exporter, as a fraction (0.25 is 25%).
    io_shares : numpy.ndarray
        (N, S, S) ``io_shares[n, k, s]``: share of input sector ``k`` in the
        intermediate costs of sector ``s`` in country ``n``; sums to one over ``k``
        wherever the sector uses intermediates (``va_share < 1``).
    va_share : numpy.ndarray
        (N, S) share of value added in gross output, in [0, 1].
    final_shares : numpy.ndarray
        (N, S) Cobb–Douglas shares of final demand across sectors; sum to one.
    theta : numpy.ndarray
        (S,) trade elasticity (Fréchet dispersion) of each sector, > 0.
    name, description : str, optional
        Free text shown in reports (``"baseline"`` and empty by default).
    usd_per_unit : float or None, default None
        US dollars per unit of the flows (1e6 for data in millions of USD), or
        None when the data have no currency unit.
    goods : tuple of str, default ()
        The sectors that are goods (the scenario keyword ``goods``); empty means
        every sector with international trade.
    profit_share : numpy.ndarray or None, default None
        (N, S) share of gross output that is profit rather than labour income (in
        [0, va_share]; zeros when None): monopolistic competition with a fixed
        number of firms, as in Ossa (2014), has profit share 1/σ.  Profits are
        income of the country and scale with sales.
    check_accounting : bool, default True
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
        checks.check_labels(self)
        checks.check_goods(self)
        checks.check_shapes(self)
        checks.check_values(self)
        alpha, gamma = checks.rescaled_shares(self)
        object.__setattr__(self, "final_shares", alpha)
        object.__setattr__(self, "io_shares", gamma)
        if self.check_accounting:
            self.check_identities()

    # ------------------------------------------------------------------ checks
    def locate(self, array_name: str, index: tuple[int, ...]) -> str:
        """Describe an index of one of the baseline's arrays with labels.

        Parameters
        ----------
        array_name : str
            The array's attribute name (``"trade"``, ``"io_shares"`` ...).
        index : tuple of int
            A position in that array, one integer per axis.

        Returns
        -------
        str
            E.g. ``"exporter CHN, importer USA, sector Textiles"``.
        """
        return checks.locate(self, array_name, index)

    def check_identities(self, rtol: float = checks.ACCOUNTING_RTOL) -> None:
        """Check the goods-market identity in every country and sector.

        Expenditure on sector ``s`` equals intermediate use plus final use
        (Caliendo & Parro 2015, eq. 7)::

            X_n^s = Σ_k γ_n^{s,k} (1 − β_n^k) Y_n^k + α_n^s I_n,
            I_n   = VA_n + R_n + D_n   (income = value added + tariff revenue + deficit)

        Parameters
        ----------
        rtol : float, default checks.ACCOUNTING_RTOL
            Tolerance on each cell's gap, relative to average expenditure per cell.

        Raises
        ------
        DataError
            Naming the country and sector with the largest gap.
        """
        checks.check_identities(self, rtol)

    # ------------------------------------------------------------- dimensions
    @property
    def n_countries(self) -> int:
        """Number of countries N."""
        return len(self.countries)

    @property
    def n_sectors(self) -> int:
        """Number of sectors S."""
        return len(self.sectors)

    # ----------------------------------------------------------------- labels
    def country_index(self, country: str) -> int:
        """Position of a country code, with a suggestion when it is unknown.

        Parameters
        ----------
        country : str
            A country code, as in :attr:`countries`.

        Returns
        -------
        int
            Its position on the country axes.

        Raises
        ------
        DataError
            If the code is unknown (suggesting the closest known one).
        """
        return _position("country", country, self.countries)

    def sector_index(self, sector: str) -> int:
        """Position of a sector label, with a suggestion when it is unknown.

        Parameters
        ----------
        sector : str
            A sector label, as in :attr:`sectors`.

        Returns
        -------
        int
            Its position on the sector axes.

        Raises
        ------
        DataError
            If the label is unknown (suggesting the closest known one).
        """
        return _position("sector", sector, self.sectors)

    @property
    def goods_indices(self) -> list[int]:
        """Positions of the goods sectors (every traded sector when ``goods`` is empty)."""
        if self.goods:
            return [self.sectors.index(s) for s in self.goods]
        traded = self.trade.sum(axis=(0, 1)) - np.einsum("nns->s", self.trade)
        return [int(s) for s in np.flatnonzero(traded > 0)]

    def summary(self) -> pd.DataFrame:
        """Country totals of the baseline: output, value added, trade, deficit, income."""
        import pandas as pd

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

    def __repr__(self) -> str:
        units = (
            "no currency unit"
            if self.usd_per_unit is None
            else f"{_unit_name(self.usd_per_unit)} of USD"
        )
        raw = "" if self.check_accounting else ", raw (identities not checked)"
        return (
            f"<Baseline {self.name!r}: {self.n_countries} countries x {self.n_sectors} "
            f"sectors, {units}{raw}; countries {_preview(self.countries)}; "
            f"sectors {_preview(self.sectors)}>"
        )

    def _repr_html_(self) -> str:
        import html

        head = html.escape(repr(self))
        if not self.check_accounting:
            return f"<p>{head}</p>"
        return f"<p>{head}</p>" + self.summary().to_html(float_format=lambda v: f"{v:,.4g}")

    def replace(self, **changes: object) -> Baseline:
        """A copy with some fields changed (validated again).

        Parameters
        ----------
        **changes
            New values of fields, by name (``tariff=...``, ``name=...``).

        Returns
        -------
        Baseline
            The new world.
        """
        fields: dict[str, Any] = {
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
        return Baseline(**fields)


def _preview(labels: tuple[str, ...], most: int = 6) -> str:
    shown = ", ".join(labels[:most])
    return shown + (f", ... ({len(labels)} in all)" if len(labels) > most else "")


def _unit_name(usd_per_unit: float) -> str:
    names = {1.0: "dollars", 1e3: "thousands", 1e6: "millions", 1e9: "billions"}
    return names.get(usd_per_unit, f"units of {usd_per_unit:g}")


def _position(kind: str, label: str, known: tuple[str, ...]) -> int:
    """Position of ``label`` in ``known``; a DataError suggesting the closest label if absent."""
    try:
        return known.index(label)
    except ValueError:
        import difflib

        close = difflib.get_close_matches(label, known, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        raise DataError(f"unknown {kind} {label!r}{hint}") from None
