"""Loader for the data of Ossa (2014, AER), "Trade Wars and Trade Talks with Data" (2007).

7 regions (Brazil, China, EU, India, Japan, ROW, US) × 33 GTAP-based industries.
``DATA.mat``: ``TRADE`` (231 × 7: 33 industry blocks; row exporter, column
importer; purged to zero net exports), ``TARIFF`` (fractions, set by the importer),
``SIGMA`` (33 elasticities of substitution).  ``RAWDATA.mat`` or the CSV files
(``trade_ijs.csv``, ``tariff_ijs.csv``, ``sigma_s.csv``) hold the raw data.
They ship with tradewar (the built-in data set ``ossa2014``, with its data card).

The baseline has no input–output links (value added is all of output) and
θ = σ − 1.  Ossa's own model (monopolistic competition with a fixed number of
firms) is a different model on the same data; this loader gives the data.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from tradewar.baseline import Baseline
from tradewar.data.files.tables import read_mat
from tradewar.data.sources.builtin import find_file, locate
from tradewar.errors import DataError

__all__ = ["OSSA_REGIONS", "read_ossa2014", "read_ossa2014_arrays"]

OSSA_REGIONS = ("BRA", "CHN", "EU", "IND", "JPN", "ROW", "USA")
N_REGIONS, N_INDUSTRIES = 7, 33


def read_ossa2014_arrays(
    folder: str | Path | None = None, *, raw: bool = False
) -> dict[str, np.ndarray]:
    """Ossa's arrays in tradewar's orientation.

    Parameters
    ----------
    folder : str, Path or None
        The folder of ``DATA.mat`` and ``RAWDATA.mat`` (or of the CSV files,
        plain or gzipped), or a data set name; None for the built-in ``ossa2014``.
    raw : bool, default False
        Read the raw data (``RAWDATA.mat``) rather than the purged ``DATA.mat``.

    Returns
    -------
    dict of str to numpy.ndarray
        ``trade`` and ``tariff`` as (7, 7, 33) [exporter, importer, industry],
        ``sigma`` (33,), ``labels`` and, from DATA.mat, ``lambda_pol`` (7, 33)
        political-economy weights.
    """
    folder = locate(folder or "ossa2014")
    mat = find_file(folder, "RAWDATA.mat" if raw else "DATA.mat")
    if mat.is_file():
        data = read_mat(mat, ["TRADE", "TARIFF", "SIGMA", "LABELS"])
        trade, tariff, sigma = data["TRADE"], data["TARIFF"], data["SIGMA"].ravel()
        labels = [str(np.ravel(x)[0]) for x in data["LABELS"].ravel()]
        extra = read_mat(mat, ["LAMBDAPOL"]) if not raw else {}
    else:
        from tradewar.data.files.matrix import read_matrix

        trade = read_matrix(
            find_file(folder, "trade_ijs.csv"), (N_REGIONS * N_INDUSTRIES, N_REGIONS), delimiter=","
        )
        tariff = read_matrix(
            find_file(folder, "tariff_ijs.csv"),
            (N_REGIONS * N_INDUSTRIES, N_REGIONS),
            delimiter=",",
        )
        sigma = read_matrix(find_file(folder, "sigma_s.csv"), (N_INDUSTRIES, 5), delimiter=",")[
            :, 0
        ]
        labels = [f"industry{i + 1}" for i in range(N_INDUSTRIES)]
        extra = {}
    if trade.shape != (N_REGIONS * N_INDUSTRIES, N_REGIONS):
        raise DataError(f"{folder}: TRADE has shape {trade.shape}, expected (231, 7)")
    out = {
        "trade": trade.reshape(N_INDUSTRIES, N_REGIONS, N_REGIONS).transpose(1, 2, 0),
        "tariff": tariff.reshape(N_INDUSTRIES, N_REGIONS, N_REGIONS).transpose(1, 2, 0),
        "sigma": np.asarray(sigma, dtype=float),
        "labels": np.array(labels),
    }
    if "LAMBDAPOL" in extra:
        out["lambda_pol"] = extra["LAMBDAPOL"]
    return out


def read_ossa2014(folder: str | Path | None = None, *, raw: bool = False) -> Baseline:
    """Ossa's 2007 world as a raw baseline (flows at world prices, tariffs, θ = σ − 1).

    Not yet reconciled: :func:`tradewar.datasets.load` (``"ossa2014"``) does that.

    Parameters
    ----------
    folder : str, Path or None
        The folder of ``DATA.mat`` and ``RAWDATA.mat`` (or of the CSV files,
        plain or gzipped), or a data set name; None for the built-in ``ossa2014``.
    raw : bool, default False
        Read the raw data (``RAWDATA.mat``) rather than the purged ``DATA.mat``.

    Returns
    -------
    Baseline
        7 regions × 33 industries, raw.
    """
    arrays = read_ossa2014_arrays(folder, raw=raw)
    trade, tariff, sigma = arrays["trade"], arrays["tariff"], arrays["sigma"]
    if (sigma <= 1).any():
        raise DataError(f"{folder}: an elasticity of substitution is <= 1")
    spending = np.einsum("ins,ins->ns", trade, 1.0 + tariff)
    final_shares = spending / spending.sum(axis=1, keepdims=True)
    n, s = N_REGIONS, N_INDUSTRIES
    raw_world = Baseline(
        countries=OSSA_REGIONS,
        sectors=tuple(arrays["labels"]),
        trade=trade,
        tariff=tariff,
        io_shares=np.zeros((n, s, s)),
        va_share=np.ones((n, s)),
        final_shares=final_shares,
        theta=sigma - 1.0,
        name="ossa2014" + ("-raw" if raw else ""),
        description="Ossa (2014) data for 2007: 7 regions x 33 industries",
        check_accounting=False,
        goods=tuple(arrays["labels"]),
    )
    return raw_world
