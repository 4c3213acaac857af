"""Named worlds that need the model to exist: reconciled replication data, synthetic worlds."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from tradewar.baseline import Baseline

if TYPE_CHECKING:  # the model (SciPy) is imported when a world is solved, not before
    from tradewar.model.options import SolverOptions

__all__ = ["load_cp2015", "synthetic_world"]


def load_cp2015(folder: str | Path | None = None, options: SolverOptions | None = None) -> Baseline:
    """The Caliendo–Parro 1993 world, reconciled into an equilibrium with the observed deficits.

    Parameters
    ----------
    folder : str, Path or None
        The folder with the replication files (``xbilat1993.txt`` ..., plain or
        gzipped), or a data set name; None for the files shipped with tradewar
        (the built-in data set ``cp2015``).
    options : SolverOptions, optional
        Settings of the reconciling solve.

    Returns
    -------
    Baseline
        31 regions × 40 sectors, millions of USD, its identities holding.
    """
    from tradewar.data.sources.cp2015 import read_cp2015_raw
    from tradewar.model.reconcile import equilibrate

    base = equilibrate(read_cp2015_raw(folder), options=options, name="cp2015-1993")
    return base.replace(
        description="Caliendo & Parro (2015) world of 1993: 31 regions x 40 sectors, "
        "reconciled to the model's equilibrium with observed deficits (millions of USD)"
    )


def synthetic_world(
    n_countries: int,
    n_sectors: int,
    *,
    seed: int | np.random.Generator = 0,
    io_links: bool = True,
    tariffs: bool = True,
    theta: np.ndarray | None = None,
    balanced: bool = False,
) -> Baseline:
    """A random world with home bias, tariffs and input–output links, as an equilibrium.

    Parameters
    ----------
    n_countries, n_sectors : int
        Dimensions.
    seed : int or numpy.random.Generator
        Seed or generator of the random numbers.
    io_links : bool
        With input–output links (value-added shares 0.3–0.8, Dirichlet input
        shares); otherwise value added is all of output.
    tariffs : bool
        Draw tariffs in [0, 30%) on international flows; otherwise none.
    theta : numpy.ndarray, optional
        Trade elasticities; default uniform in [2, 10).
    balanced : bool
        Reconcile with zero deficits instead of the random ones (scaled so that
        none exceeds a fifth of value added).
    """
    from tradewar.data.sources.synthetic import synthetic_deficits, synthetic_raw
    from tradewar.model.reconcile import equilibrate

    raw = synthetic_raw(
        n_countries, n_sectors, seed=seed, io_links=io_links, tariffs=tariffs, theta=theta
    )
    return equilibrate(raw, deficit=synthetic_deficits(raw, balanced=balanced))
