"""A tiny built-in world (3 countries × 2 sectors) for tests, docs and examples.

The numbers are made up to be plausible, then reconciled into an equilibrium
(by :func:`tradewar.datasets.load_toy`) so that every identity holds exactly.
"""

from __future__ import annotations

import numpy as np

from tradewar.baseline import Baseline

__all__ = ["read_toy"]


def read_toy() -> Baseline:
    """Three countries (``HOM``, ``FOR``, ``ROW``) and two sectors (``goods``, ``services``).

    Goods are traded (θ = 5) under tariffs of 2–10%; services are almost not
    traded (θ = 8); both sectors use each other as inputs.  Raw: the flows are not yet an
    equilibrium; :func:`tradewar.datasets.load_toy` reconciles them.
    """
    countries = ("HOM", "FOR", "ROW")
    sectors = ("goods", "services")
    trade = np.zeros((3, 3, 2))
    trade[:, :, 0] = [[60.0, 12.0, 8.0], [10.0, 50.0, 9.0], [7.0, 11.0, 70.0]]
    trade[:, :, 1] = [[120.0, 1.0, 0.5], [0.8, 90.0, 0.6], [0.4, 0.7, 150.0]]
    tariff = np.zeros((3, 3, 2))
    tariff[:, :, 0] = [[0.0, 0.05, 0.03], [0.10, 0.0, 0.04], [0.02, 0.06, 0.0]]
    io_shares = np.empty((3, 2, 2))
    io_shares[:] = [[0.6, 0.3], [0.4, 0.7]]  # [input, output]: columns sum to one
    va_share = np.array([[0.35, 0.6], [0.3, 0.55], [0.4, 0.65]])
    final_shares = np.array([[0.3, 0.7], [0.35, 0.65], [0.4, 0.6]])
    return Baseline(
        countries=countries,
        sectors=sectors,
        trade=trade,
        tariff=tariff,
        io_shares=io_shares,
        va_share=va_share,
        final_shares=final_shares,
        theta=np.array([5.0, 8.0]),
        name="toy",
        check_accounting=False,
        description="A made-up 3-country, 2-sector world for tests and examples (USD billions)",
        usd_per_unit=1e9,
        goods=("goods",),
    )
