"""Loader for the WIOD 2014 data of Lashkaripour & Lugovskyy (2023, AER): 44 regions × 16 sectors.

``Tab4_Data_RE.mat``: ``Xjik_3D`` (exporter, importer, sector; USD millions;
purged of trade imbalances), ``tjik_3D`` (2014 applied tariffs, fractions),
``sigma_k3D`` (sectoral elasticities of substitution).  There is no
input–output split: value added is all of output.  WIOD is CC BY 4.0.  The
files ship with tradewar (the built-in data set ``wiod2014-16s``, with its data card).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from tradewar.baseline import Baseline
from tradewar.data.files.tables import read_mat
from tradewar.data.sources.builtin import find_file, locate

__all__ = ["WIOD16_COUNTRIES", "WIOD16_SECTORS", "read_wiod2014_16s"]

WIOD16_COUNTRIES = (
    "AUS",
    "AUT",
    "BEL",
    "BGR",
    "BRA",
    "CAN",
    "CHE",
    "CHN",
    "CYP",
    "CZE",
    "DEU",
    "DNK",
    "ESP",
    "EST",
    "FIN",
    "FRA",
    "GBR",
    "GRC",
    "HRV",
    "HUN",
    "IDN",
    "IND",
    "IRL",
    "ITA",
    "JPN",
    "KOR",
    "LTU",
    "LUX",
    "LVA",
    "MEX",
    "MLT",
    "NLD",
    "NOR",
    "POL",
    "PRT",
    "ROU",
    "RUS",
    "SVK",
    "SVN",
    "SWE",
    "TUR",
    "TWN",
    "USA",
    "ROW",
)
WIOD16_SECTORS = (
    "agriculture",
    "mining",
    "food",
    "textiles",
    "wood",
    "paper_printing",
    "petroleum",
    "chemicals_pharma",
    "rubber_plastics",
    "minerals",
    "metals",
    "electronics_electrical",
    "machinery",
    "transport_equipment",
    "other_manufacturing",
    "services",
)


def read_wiod2014_16s(folder: str | Path | None = None) -> Baseline:
    """The 2014 world of Lashkaripour & Lugovskyy with its tariffs, raw (not yet reconciled).

    Parameters
    ----------
    folder : str, Path or None
        The folder of ``Tab4_Data_RE.mat``, or a data set name; None for the
        built-in ``wiod2014-16s``.

    Returns
    -------
    Baseline
        44 regions × 16 sectors, raw.
    """
    folder = locate(folder or "wiod2014-16s")
    data = read_mat(find_file(folder, "Tab4_Data_RE.mat"), ["Xjik_3D", "tjik_3D", "sigma_k3D"])
    trade, tariff = data["Xjik_3D"].astype(float), data["tjik_3D"].astype(float)
    theta = data["sigma_k3D"][0, 0, :].astype(float) - 1.0
    spending = np.einsum("ins,ins->ns", trade, 1.0 + tariff)
    n, s = trade.shape[0], trade.shape[2]
    raw = Baseline(
        countries=WIOD16_COUNTRIES,
        sectors=WIOD16_SECTORS,
        trade=trade,
        tariff=tariff,
        io_shares=np.zeros((n, s, s)),
        va_share=np.ones((n, s)),
        final_shares=spending / spending.sum(axis=1, keepdims=True),
        theta=np.maximum(theta, 1e-6),
        name="wiod2014-16s",
        check_accounting=False,
        usd_per_unit=1e6,
        goods=WIOD16_SECTORS[:15],
        description="WIOD 2014 (Lashkaripour & Lugovskyy 2023): 44 regions x 16 sectors",
    )
    return raw
