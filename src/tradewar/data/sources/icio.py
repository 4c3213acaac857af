"""OECD Inter-Country Input–Output tables: the published CSV and the copy in ``sanction-simulator``.

``read_icio_world()`` reads the OECD ICIO 2025 release (year 2022) as shipped
in the PyPI package ``sanction-simulator`` 0.1.4 (MIT; OECD data CC BY 4.0),
``pip install tradewar[icio]``.  Its ``bench_cache.npz`` holds, in sector-major
node order (node = sector × 80 + country): ``A`` (buyer-column intermediate input
shares), ``omb`` (intermediate cost share of output), ``go`` (gross output, USD
millions) and ``z`` (each node's sales to final demand, all destinations
together).  Intermediate flows are ``X = A · diag(omb · go)``.  Final demand by
destination is not in the file and is imputed (:func:`impute_final_demand`): by
default with import proportionality — each destination buys a product for final
use from the same origins, in the same proportions, as for intermediate use.
The seller-side alternative (each node's final sales split like its
intermediate sales) is available, but it sends most of China's final goods
home: it puts China's goods exports to the US at $240 billion, behind Canada
and Mexico, against $381 billion (the largest) with import proportionality.  The OECD's "rest of the
world" region is not in the file; its trade is missing.

``read_icio_csv(path)`` reads an ICIO table as the OECD publishes it (rows and
columns ``CCC_SECTOR``; final-demand columns ``CCC_HFCE``, ``_NPISH``, ``_GGFC``,
``_GFCF``, ``_INVNT``, ``_DPABR``; rows ``TLS``, ``VA``, ``OUT``), using its real
final-demand columns.  China and Mexico split into ``CN1``/``CN2`` and
``MX1``/``MX2`` (processing trade) are merged into ``CHN`` and ``MEX``.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import pandas as pd

from tradewar.baseline import Baseline
from tradewar.data.build.icio_sectors import elasticities
from tradewar.data.build.io_table import IOAudit, baseline_from_io_table
from tradewar.errors import DataError, DataWarning

__all__ = ["FINAL_DEMAND_CODES", "read_icio_csv", "read_icio_package", "read_icio_world"]

FINAL_DEMAND_CODES = ("HFCE", "NPISH", "GGFC", "GFCF", "INVNT", "DPABR")
_TOTAL_ROWS = {"TLS", "VA", "OUT"}
_MERGED = {"CN1": "CHN", "CN2": "CHN", "MX1": "MEX", "MX2": "MEX"}
IMPUTATION_NOTES = {
    "buyer": "final demand by destination imputed by import proportionality: each "
    "destination sources a product for final use like it does for intermediate use",
    "seller": "final demand by destination imputed in proportion to each node's "
    "intermediate sales to that destination",
}
PACKAGE = "sanction_simulator"
PACKAGE_VERSION = "0.1.4"


def _package_file(name: str) -> Path:
    try:
        from importlib.resources import files

        root = files(PACKAGE) / "data"
    except ModuleNotFoundError:
        raise DataError(
            f"the full OECD ICIO data need the package {PACKAGE.replace('_', '-')}=="
            f"{PACKAGE_VERSION}: pip install 'tradewar[icio]'"
        ) from None
    return Path(str(root / name))


def icio_goods(sectors: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """ICIO sectors that are goods: agriculture (A), mining (B), manufacturing (C)."""
    return tuple(s for s in sectors if s[:1] in ("A", "B", "C"))


def read_icio_package(
    imputation: str = "buyer",
) -> tuple[list[str], list[str], np.ndarray, np.ndarray, np.ndarray]:
    """Countries, sectors, intermediate [i,k,n,s], imputed final [i,k,n] and output [i,k].

    ``imputation`` is the final-demand method of :func:`impute_final_demand`.

    Parameters
    ----------
    imputation : {"buyer", "seller"}, default "buyer"
        How final demand is split across destinations.

    Returns
    -------
    countries : list of str
        ISO3 codes, N.
    sectors : list of str
        ICIO sector codes, S.
    intermediate : numpy.ndarray
        (N, S, N, S) intermediate flows [origin, sector, destination, user].
    final : numpy.ndarray
        (N, S, N) imputed final sales [origin, sector, destination].
    output : numpy.ndarray
        (N, S) reported gross output.
    """
    path = _package_file("bench_cache.npz")
    if not path.is_file():
        raise DataError(f"{path}: the ICIO benchmark file is missing from {PACKAGE}")
    with np.load(path, allow_pickle=False) as data:
        countries = [str(c) for c in data["countries"]]
        sectors = [str(s) for s in data["sectors"]]
        shares, omb, go, z = data["A"], data["omb"], data["go"], data["z"]
    n, s = len(countries), len(sectors)
    flows = shares * (omb * go)[None, :]  # [seller node, buyer node], sector-major nodes
    intermediate = flows.reshape(s, n, s, n).transpose(1, 0, 3, 2)  # [i, k, n, t]
    final = impute_final_demand(intermediate, z.reshape(s, n).T, method=imputation)
    return countries, sectors, intermediate, final, go.reshape(s, n).T


def impute_final_demand(
    intermediate: np.ndarray,
    final_sales: np.ndarray,
    *,
    method: str = "buyer",
    max_iter: int = 500,
) -> np.ndarray:
    """Split each node's final sales across destination countries.

    Parameters
    ----------
    intermediate : (N, S, N, S) intermediate flows [origin, sector, destination, user].
    final_sales : (N, S) final sales of each node, all destinations together.
    method :
        ``"buyer"`` (import proportionality, the standard MRIO assumption): a
        destination buys each product for final use from the same origins, in
        the same proportions, as it does for intermediate use; destinations'
        final demand is found so that origins' final sales add up (an EM /
        iterative proportional fit, then an exact rescaling of each node).
        ``"seller"``: each node's final sales go to destinations in proportion
        to its intermediate sales to them.

    Returns
    -------
    (N, S, N) final sales [origin, sector, destination]; rows sum to ``final_sales``.
    """
    n = intermediate.shape[0]
    eye = np.broadcast_to(np.eye(n)[:, None, :], (n, intermediate.shape[1], n))
    if method == "seller":
        sales_to = intermediate.sum(axis=3)  # [i, k, n]
        totals = sales_to.sum(axis=2, keepdims=True)
        split = np.divide(sales_to, totals, out=eye.copy(), where=totals > 0)
        return final_sales[:, :, None] * split
    if method != "buyer":
        raise DataError(f"unknown final-demand imputation {method!r}: use 'buyer' or 'seller'")
    purchases = intermediate.sum(axis=3)  # [i, k, n]
    totals = purchases.sum(axis=0, keepdims=True)
    sourcing = np.divide(purchases, totals, out=eye.copy(), where=totals > 0)  # Σ_i = 1
    demand = np.maximum(final_sales.T, 1e-12)  # [k, n] destination final demand
    for _ in range(max_iter):
        implied = np.einsum("ikn,kn->ik", sourcing, demand)
        ratio = np.divide(final_sales, implied, out=np.ones_like(final_sales), where=implied > 0)
        demand *= np.einsum("ikn,ik->kn", sourcing, ratio)
    final = sourcing * demand[None, :, :]
    rows = final.sum(axis=2)
    scale = np.divide(final_sales, rows, out=np.zeros_like(rows), where=rows > 0)
    final *= scale[:, :, None]
    unplaced = (rows <= 0) & (final_sales > 0)
    if unplaced.any():  # nobody buys this product: keep it at home
        i, k = np.nonzero(unplaced)
        final[i, k, i] = final_sales[i, k]
    return final


def read_icio_world(
    *,
    elasticity_table: str = "caliendo-parro",
    tariffs: bool = True,
    imputation: str = "buyer",
    audit: IOAudit | None = None,
) -> Baseline:
    """The full 80-country × 50-sector OECD ICIO world of 2022, raw (not yet reconciled).

    :func:`tradewar.datasets.load` (``"icio-2022"``) reconciles it into an
    equilibrium with the observed deficits.

    Parameters
    ----------
    elasticity_table : str, default "caliendo-parro"
        A table of :mod:`tradewar.data.build.icio_sectors`.
    tariffs : bool, default True
        Apply the default tariffs (US and Chinese MFN and trade-war tariffs,
        :mod:`tradewar.data.build.default_tariffs`); otherwise none.
    imputation : {"buyer", "seller"}, default "buyer"
        Proportionality for final demand (:func:`impute_final_demand`).
    audit : IOAudit, optional
        Filled with what the construction changed in the table.

    Returns
    -------
    Baseline
        The raw world, millions of USD.
    """
    from tradewar.data.build.default_tariffs import default_tariffs

    countries, sectors, intermediate, final, go = read_icio_package(imputation)
    audit = audit if audit is not None else IOAudit()
    audit.notes.append(IMPUTATION_NOTES[imputation])
    raw = baseline_from_io_table(
        countries,
        sectors,
        intermediate,
        final,
        elasticities(sectors, elasticity_table),
        gross_output=go,
        name="icio-2022",
        audit=audit,
        goods=icio_goods(sectors),
        description=(
            "OECD ICIO 2025 release, year 2022, 80 countries x 50 sectors (USD millions), "
            f"from the PyPI package sanction-simulator {PACKAGE_VERSION}; reconciled to an "
            "equilibrium with observed deficits"
        ),
    )
    if tariffs:
        raw = raw.replace(tariff=default_tariffs(raw), check_accounting=False)
    return raw


def read_icio_csv(
    path: str | Path,
    *,
    elasticity_table: str = "caliendo-parro",
    theta: float | np.ndarray | None = None,
    audit: IOAudit | None = None,
) -> Baseline:
    """An OECD ICIO table in its published CSV layout, as a baseline (no tariffs).

    ``theta`` (one value or one per sector) overrides the elasticity table, which
    knows the sector codes of the 2025 release.

    Parameters
    ----------
    path : str or Path
        The CSV file.
    elasticity_table : str, default "caliendo-parro"
        A table of :mod:`tradewar.data.build.icio_sectors`.
    theta : float or numpy.ndarray, optional
        Trade elasticities, one value or (S,).
    audit : IOAudit, optional
        Filled with what the construction changed in the table.

    Returns
    -------
    Baseline
        The world, raw where it does not add up exactly.

    Raises
    ------
    DataError
        A file that is not an ICIO table: missing ``OUT`` column, industry rows
        and columns that differ, unknown final-demand codes, non-numeric cells.
    """
    from tradewar.data.files.tables import read_table

    path = Path(path)
    table = read_table(path, index_col=0)
    table.index = [str(i).strip() for i in table.index]
    table.columns = [str(c).strip() for c in table.columns]
    if "OUT" not in table.columns:
        raise DataError(f"{path}: no 'OUT' (gross output) column; not an OECD ICIO table")
    try:
        table = table.apply(pd.to_numeric, errors="raise")
    except (ValueError, TypeError) as exc:
        raise DataError(f"{path}: non-numeric cell ({exc})") from None
    # blanks in the total rows (TLS, VA, OUT) are the layout's; in the flows, data cleaning
    empty = table.isna().to_numpy() & ~table.index.isin(list(_TOTAL_ROWS))[:, None]
    if empty.any():
        r, c = (int(k) for k in np.argwhere(empty)[0])
        warnings.warn(
            DataWarning(
                f"{path}: {int(empty.sum())} empty or NaN cell(s) read as zero (the first: "
                f"row {table.index[r]}, column {table.columns[c]})"
            ),
            stacklevel=2,
        )
        table = table.fillna(0.0)
    infinite = np.isinf(table.to_numpy(dtype=float))
    if infinite.any():
        r, c = (int(k) for k in np.argwhere(infinite)[0])
        raise DataError(
            f"{path}: row {table.index[r]}, column {table.columns[c]} is infinite "
            f"({int(infinite.sum())} cell(s))"
        )

    def split(label: str) -> tuple[str, str]:
        if "_" not in label:
            raise DataError(f"{path}: label {label!r} is not of the form COUNTRY_SECTOR")
        country, code = label.split("_", 1)
        return _MERGED.get(country, country), code

    fd_cols = [c for c in table.columns if c != "OUT" and split(c)[1] in FINAL_DEMAND_CODES]
    ind_cols = [c for c in table.columns if c != "OUT" and c not in fd_cols]
    ind_rows = [r for r in table.index if r not in _TOTAL_ROWS]
    if set(ind_rows) != set(ind_cols):
        extra = sorted(set(ind_rows) ^ set(ind_cols))[:5]
        raise DataError(f"{path}: industry rows and columns differ (e.g. {extra})")
    countries = list(dict.fromkeys(split(c)[0] for c in ind_cols))
    sectors = list(dict.fromkeys(split(c)[1] for c in ind_cols))
    n, s = len(countries), len(sectors)
    c_idx = {c: i for i, c in enumerate(countries)}
    s_idx = {k: i for i, k in enumerate(sectors)}

    rows = np.array([c_idx[split(r)[0]] * s + s_idx[split(r)[1]] for r in ind_rows])
    cols = np.array([c_idx[split(c)[0]] * s + s_idx[split(c)[1]] for c in ind_cols])
    block = table.loc[ind_rows, ind_cols].to_numpy(float)
    z = np.zeros((n * s, n * s))
    np.add.at(z, (rows[:, None], cols[None, :]), block)
    fd_dest = np.array([c_idx[split(c)[0]] for c in fd_cols])
    fd_block = table.loc[ind_rows, fd_cols].to_numpy(float)
    final = np.zeros((n * s, n))
    np.add.at(final, (rows[:, None], fd_dest[None, :]), fd_block)
    out = np.zeros(n * s)
    np.add.at(out, rows, table.loc[ind_rows, "OUT"].to_numpy(float))

    audit = audit if audit is not None else IOAudit()
    return baseline_from_io_table(
        countries,
        sectors,
        z.reshape(n, s, n, s),
        final.reshape(n, s, n),
        elasticities(sectors, elasticity_table)
        if theta is None
        else np.broadcast_to(np.asarray(theta, dtype=float), (s,)),
        gross_output=out.reshape(n, s),
        name=path.stem,
        audit=audit,
        description=f"OECD ICIO table read from {path.name}",
        goods=icio_goods(sectors),
    )
