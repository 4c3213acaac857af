"""Random small economies for property-based and special-case tests."""

from __future__ import annotations

import numpy as np

from tradewar import Baseline, equilibrate


def random_world(
    rng: np.random.Generator,
    n: int,
    s: int,
    *,
    io_links: bool = True,
    tariffs: bool = True,
    theta: np.ndarray | None = None,
) -> Baseline:
    """A random world reconciled into an equilibrium with its (random) deficits."""
    trade = rng.uniform(0.5, 10.0, size=(n, n, s))
    np.einsum("nns->ns", trade)[:] *= rng.uniform(3.0, 10.0, size=(n, s))
    tariff = rng.uniform(0.0, 0.3, size=(n, n, s)) if tariffs else np.zeros((n, n, s))
    np.einsum("nns->ns", tariff)[:] = 0.0
    if io_links:
        gamma = rng.dirichlet(np.ones(s), size=(n, s)).transpose(0, 2, 1)  # [n, k, s]
        beta = rng.uniform(0.3, 0.8, size=(n, s))
    else:
        gamma = np.zeros((n, s, s))
        beta = np.ones((n, s))
    alpha = rng.dirichlet(np.ones(s), size=n)
    raw = Baseline(
        countries=[f"C{i}" for i in range(n)],
        sectors=[f"S{k}" for k in range(s)],
        trade=trade,
        tariff=tariff,
        io_shares=gamma,
        va_share=beta,
        final_shares=alpha,
        theta=rng.uniform(2.0, 10.0, size=s) if theta is None else theta,
        name="random",
        check_accounting=False,
    )
    return equilibrate(raw)
