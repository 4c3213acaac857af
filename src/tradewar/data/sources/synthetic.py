"""Random synthetic worlds of any size (tests, benchmarks, demos), raw: not yet equilibria.

:func:`tradewar.datasets.synthetic_world` reconciles them into equilibria.
"""

from __future__ import annotations

import numpy as np

from tradewar.baseline import Baseline

__all__ = ["synthetic_deficits", "synthetic_raw"]


def synthetic_raw(
    n_countries: int,
    n_sectors: int,
    *,
    seed: int | np.random.Generator = 0,
    io_links: bool = True,
    tariffs: bool = True,
    theta: np.ndarray | None = None,
) -> Baseline:
    """A random world with home bias, tariffs and input–output links (raw flows).

    Parameters
    ----------
    n_countries, n_sectors : int
        Dimensions.
    seed : int or numpy.random.Generator, default 0
        Seed or generator of the random numbers.
    io_links : bool, default True
        With input–output links (value-added shares 0.3–0.8, Dirichlet
        input shares); otherwise value added is all of output.
    tariffs : bool, default True
        Draw tariffs in [0, 30%) on international flows; otherwise none.
    theta : numpy.ndarray, optional
        (S,) trade elasticities; default uniform in [2, 10).

    Returns
    -------
    Baseline
        The raw world.
    """
    rng = seed if isinstance(seed, np.random.Generator) else np.random.default_rng(seed)
    n, s = n_countries, n_sectors
    trade = rng.uniform(0.5, 10.0, size=(n, n, s))
    np.einsum("nns->ns", trade)[:] *= rng.uniform(3.0, 10.0, size=(n, s)) * max(1.0, n / 4)
    tariff = rng.uniform(0.0, 0.3, size=(n, n, s)) if tariffs else np.zeros((n, n, s))
    np.einsum("nns->ns", tariff)[:] = 0.0
    if io_links:
        gamma = rng.dirichlet(np.ones(s), size=(n, s)).transpose(0, 2, 1)  # [n, k, s]
        beta = rng.uniform(0.3, 0.8, size=(n, s))
    else:
        gamma = np.zeros((n, s, s))
        beta = np.ones((n, s))
    return Baseline(
        countries=tuple(f"C{i:03d}" for i in range(n)),
        sectors=tuple(f"S{k:02d}" for k in range(s)),
        trade=trade,
        tariff=tariff,
        io_shares=gamma,
        va_share=beta,
        final_shares=rng.dirichlet(np.ones(s), size=n),
        theta=rng.uniform(2.0, 10.0, size=s) if theta is None else theta,
        name=f"synthetic-{n}x{s}",
        description=f"A random {n}-country, {s}-sector world (not real data)",
        check_accounting=False,
    )


def synthetic_deficits(raw: Baseline, *, balanced: bool = False) -> np.ndarray:
    """Deficits to reconcile a synthetic world with: zero, or the raw ones scaled to plausible.

    Plausible: no deficit exceeds a fifth of the country's value added.

    Parameters
    ----------
    raw : Baseline
        A world from :func:`synthetic_raw`.
    balanced : bool, default False
        Zero deficits.

    Returns
    -------
    numpy.ndarray
        (N,) deficits, in the units of the flows.
    """
    if balanced:
        return np.zeros(raw.n_countries)
    ratio = np.abs(raw.deficit) / raw.value_added
    return raw.deficit * min(1.0, 0.2 / max(float(ratio.max()), 1e-12))
