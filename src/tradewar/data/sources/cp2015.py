"""Loader for the replication files of Caliendo & Parro (2015), NAFTA, 1993.

The files ship with tradewar (the built-in data set ``cp2015``, gzipped, with its
data card); a folder of the originals reads alike.  File layouts (tab-separated,
no header):

* ``xbilat1993.txt`` (620 × 31): 20 tradable sectors stacked; within a sector
  block row ``n`` is the importer and column ``i`` the exporter; thousands of USD
  at producer prices.
* ``tariffs1993.txt``, ``tariffs2005.txt``: same layout, percent.
* ``IO.txt`` (1240 × 40): 31 countries stacked × 40 input sectors by 40 output sectors.
* ``B.txt``, ``GO.txt`` (40 × 31): value-added shares and gross output (USD),
  sector × country.
* ``T.txt`` (20): trade elasticities of the tradable sectors; the 20
  non-tradable sectors take θ = 8.22.

Construction, as in the authors' code: domestic sales are gross output less
exports (gross output raised to exports where it falls short); final-demand
shares solve the goods-market identity, negatives set to zero and the rest
rescaled; the one negative input–output coefficient of the published file is
set to zero (its column rescaled); the raw world is then replaced by the
model's equilibrium with the observed deficits
(:func:`tradewar.datasets.load_cp2015`), so that every identity holds.
Flows are reported in millions of USD.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from tradewar.baseline import Baseline
from tradewar.data.files.matrix import read_matrix
from tradewar.data.sources.builtin import find_file, locate

__all__ = [
    "CP2015_COUNTRIES",
    "CP2015_SECTORS",
    "read_cp2015_raw",
    "read_cp2015_tariffs",
]

#: The 31 regions in the order of the paper's data appendix (ISO 3166 alpha-3; ROW = rest of world).
CP2015_COUNTRIES = (
    "ARG",
    "AUS",
    "AUT",
    "BRA",
    "CAN",
    "CHL",
    "CHN",
    "DNK",
    "FIN",
    "FRA",
    "DEU",
    "GRC",
    "HUN",
    "IND",
    "IDN",
    "IRL",
    "ITA",
    "JPN",
    "KOR",
    "MEX",
    "NLD",
    "NZL",
    "NOR",
    "PRT",
    "ZAF",
    "ESP",
    "SWE",
    "TUR",
    "GBR",
    "USA",
    "ROW",
)
#: The 40 sectors: 20 tradable, then 20 non-tradable.
CP2015_SECTORS = (
    "Agriculture",
    "Mining",
    "Food",
    "Textile",
    "Wood",
    "Paper",
    "Petroleum",
    "Chemicals",
    "Plastic",
    "Minerals",
    "Basic metals",
    "Metal products",
    "Machinery n.e.c.",
    "Office",
    "Electrical",
    "Communication",
    "Medical",
    "Auto",
    "Other transport",
    "Other",
    "Electricity",
    "Construction",
    "Retail",
    "Hotels",
    "Land transport",
    "Water transport",
    "Air transport",
    "Auxiliary transport",
    "Post",
    "Finance",
    "Real estate",
    "Renting machinery",
    "Computer",
    "R&D",
    "Other business",
    "Public",
    "Education",
    "Health",
    "Other services",
    "Private households",
)
N_COUNTRIES, N_SECTORS, N_TRADABLE = 31, 40, 20
#: θ of the non-tradable sectors (the paper's choice).
THETA_NON_TRADABLE = 8.22


def _bilateral(matrix: np.ndarray) -> np.ndarray:
    """Stacked (20·N × N) importer-by-exporter blocks → (N, N, 40) [exporter, importer, sector]."""
    blocks = matrix.reshape(N_TRADABLE, N_COUNTRIES, N_COUNTRIES)  # [s, n, i]
    out = np.zeros((N_COUNTRIES, N_COUNTRIES, N_SECTORS))
    out[:, :, :N_TRADABLE] = np.transpose(blocks, (2, 1, 0))
    return out


def _drop_negative_coefficients(gamma: np.ndarray) -> np.ndarray:
    """Set negative input–output coefficients to zero and rescale their column to one.

    The published ``IO.txt`` has one negative coefficient (Canada, input "Other"
    into "Basic metals", −0.00085); a Cobb–Douglas share cannot be negative.
    Dropping it changes no number of Table 2 at four decimals.
    """
    negative = (gamma < 0).any(axis=1, keepdims=True)  # [n, 1, s] columns to fix
    fixed = np.maximum(gamma, 0.0)
    totals = fixed.sum(axis=1, keepdims=True)
    rescaled = np.divide(fixed, totals, out=np.zeros_like(fixed), where=totals > 0)
    return np.where(negative, rescaled, gamma)


def read_cp2015_tariffs(folder: str | Path | None, year: int) -> np.ndarray:
    """Tariffs of 1993 or 2005 as fractions, (N, N, 40) [exporter, importer, sector].

    Parameters
    ----------
    folder : str, Path or None
        The folder of the replication files (``tariffs1993.txt``,
        ``tariffs2005.txt``, plain or gzipped), or a data set name; None for the
        built-in ``cp2015``.
    year : int
        1993 or 2005.

    Returns
    -------
    numpy.ndarray
        (N, N, 40) ad valorem tariffs; zero in the non-tradable sectors.
    """
    if year not in (1993, 2005):
        raise ValueError(f"Caliendo-Parro tariffs exist for 1993 and 2005, not {year}")
    path = find_file(locate(folder or "cp2015"), f"tariffs{year}.txt")
    return _bilateral(read_matrix(path, (N_TRADABLE * N_COUNTRIES, N_COUNTRIES))) / 100.0


def read_cp2015_raw(folder: str | Path | None = None) -> Baseline:
    """The 1993 data as published, before reconciliation (identities not yet exact).

    Parameters
    ----------
    folder : str, Path or None
        The folder of the replication files (layouts in the module docstring;
        plain or gzipped), or a data set name; None for the built-in ``cp2015``.

    Returns
    -------
    Baseline
        The raw world, 31 countries × 40 sectors, millions of USD.
    """
    folder = locate(folder or "cp2015")
    flows = read_matrix(
        find_file(folder, "xbilat1993.txt"), (N_TRADABLE * N_COUNTRIES, N_COUNTRIES)
    )
    trade = _bilateral(flows) / 1e3  # thousands of USD -> millions
    np.einsum("nns->ns", trade)[:] = 0.0
    tariff = read_cp2015_tariffs(folder, 1993)
    io = read_matrix(
        find_file(folder, "IO.txt"), (N_COUNTRIES * N_SECTORS, N_SECTORS), allow_negative=True
    )
    gamma = io.reshape(N_COUNTRIES, N_SECTORS, N_SECTORS)  # [n, input k, output s]
    gamma = _drop_negative_coefficients(gamma)
    beta = read_matrix(find_file(folder, "B.txt"), (N_SECTORS, N_COUNTRIES)).T.copy()
    gross_output = (
        read_matrix(find_file(folder, "GO.txt"), (N_SECTORS, N_COUNTRIES)).T / 1e6
    )  # USD -> mn
    theta_tradable = read_matrix(find_file(folder, "T.txt"), (N_TRADABLE, 1)).ravel()
    theta = np.concatenate([theta_tradable, np.full(N_SECTORS - N_TRADABLE, THETA_NON_TRADABLE)])

    exports = trade.sum(axis=1)  # [n, s], domestic excluded (zero so far)
    gross_output = np.maximum(gross_output, exports)
    np.einsum("nns->ns", trade)[:] = gross_output - exports

    # final-demand shares from the goods-market identity (CP 2015, eq. 7)
    expenditure = np.einsum("ins,ins->ns", trade, 1.0 + tariff)
    intermediate_use = np.einsum("nsk,nk->ns", gamma, (1.0 - beta) * gross_output)
    value_added = (beta * gross_output).sum(axis=1)
    revenue = np.einsum("ins,ins->n", tariff, trade)
    deficit = trade.sum(axis=(0, 2)) - trade.sum(axis=(1, 2))
    income = value_added + revenue + deficit
    alpha = np.maximum((expenditure - intermediate_use) / income[:, None], 0.0)
    alpha /= alpha.sum(axis=1, keepdims=True)

    return Baseline(
        countries=CP2015_COUNTRIES,
        sectors=CP2015_SECTORS,
        trade=trade,
        tariff=tariff,
        io_shares=gamma,
        va_share=beta,
        final_shares=alpha,
        theta=theta,
        name="cp2015-1993-raw",
        description="Caliendo & Parro (2015) data for 1993, as published",
        usd_per_unit=1e6,
        goods=CP2015_SECTORS[:N_TRADABLE],
        check_accounting=False,
    )
