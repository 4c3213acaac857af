"""Political-economy weights λ_n^s: how much a government values income in each industry.

Ossa (2014, section I) writes the objective of country n's government as a
weighted sum of the real incomes of its industries,
``G_n = Σ_s λ_n^s (w_n L_n^s + Π_n^s + (L_n^s / L_n) T_n) / P_n``: labour income
and profits of industry s plus the industry's share of tariff revenue.  With
every ``λ_n^s = 1`` this is real income, plain welfare.  His estimates
(``LAMBDAPOL`` in ``DATA.mat``) rationalise the factual tariffs as optimal
for each government given the others' (the ``political`` weights).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np

from tradewar.baseline import Baseline
from tradewar.strategy.errors import StrategyError

__all__ = ["WEIGHTINGS", "political_weights", "resolve_weights"]

#: The named weightings: ``plain`` (all ones: welfare) and ``political`` (Ossa's estimates).
WEIGHTINGS = ("plain", "political")


def political_weights(world: Baseline, data: str | Path | None = None) -> np.ndarray:
    """Ossa's (2014) political-economy weights ``LAMBDAPOL`` for a world of his data.

    Parameters
    ----------
    world : Baseline
        A world with Ossa's 7 regions and 33 industries, in his order.
    data : str or Path, optional
        Where to read ``DATA.mat``: a folder or a data set name; the built-in
        ``ossa2014`` when None.

    Returns
    -------
    numpy.ndarray
        (7, 33) weights λ [country, industry].

    Raises
    ------
    StrategyError
        If the world is not Ossa's (other countries or industries).
    """
    from tradewar.data.sources.ossa2014 import OSSA_REGIONS, read_ossa2014_arrays

    arrays = read_ossa2014_arrays(data)
    labels = tuple(str(x) for x in arrays["labels"])
    if world.countries != OSSA_REGIONS or world.sectors != labels or "lambda_pol" not in arrays:
        raise StrategyError(
            f"the political weights are Ossa's, for his 7 regions x 33 industries (data set "
            f"ossa2014); world {world.name!r} has {world.n_countries} countries x "
            f"{world.n_sectors} sectors: give the weights as an (N, S) array instead"
        )
    return np.asarray(arrays["lambda_pol"], dtype=float)


def resolve_weights(
    world: Baseline, weights: Any = None, *, data: str | Path | None = None
) -> np.ndarray:
    """Political-economy weights as an (N, S) array, checked.

    Parameters
    ----------
    world : Baseline
        The world whose governments they weigh.
    weights : None, str, array-like, mapping or DataFrame
        ``None`` or ``"plain"``: all ones (welfare); ``"political"``: Ossa's
        estimates (:func:`political_weights`); an (N, S) array; a DataFrame
        indexed by country with one column per sector; or a mapping
        ``{country: weight or {sector: weight}}`` (countries and sectors not
        named keep weight 1).
    data : str or Path, optional
        Where :func:`political_weights` reads Ossa's data.

    Returns
    -------
    numpy.ndarray
        (N, S) non-negative weights, each country with some positive weight.

    Raises
    ------
    StrategyError
        An unknown weighting name, country or sector; a wrong shape; negative,
        missing or infinite weights; a country whose weights are all zero.
    """
    n, s = world.n_countries, world.n_sectors
    if weights is None or (isinstance(weights, str) and weights == "plain"):
        return np.ones((n, s))
    if isinstance(weights, str):
        if weights == "political":
            return political_weights(world, data)
        raise StrategyError(
            f"unknown weights {weights!r}: use one of {', '.join(WEIGHTINGS)}, or an (N, S) array"
        )
    if hasattr(weights, "reindex") and hasattr(weights, "columns"):
        frame = weights
        unknown = [str(c) for c in frame.index if str(c) not in world.countries]
        unknown += [str(c) for c in frame.columns if str(c) not in world.sectors]
        if unknown:
            raise StrategyError(
                f"weights name {unknown[0]!r}, not a country or sector of the world"
            )
        array = frame.reindex(index=list(world.countries), columns=list(world.sectors))
        array = array.to_numpy(dtype=float)
    elif isinstance(weights, Mapping):
        array = np.ones((n, s))
        for country, value in weights.items():
            if str(country) not in world.countries:
                raise StrategyError(f"weights name {country!r}, not a country of the world")
            row = world.countries.index(str(country))
            if isinstance(value, Mapping):
                for sector, w in value.items():
                    if str(sector) not in world.sectors:
                        raise StrategyError(f"weights name {sector!r}, not a sector of the world")
                    array[row, world.sectors.index(str(sector))] = float(w)
            else:
                array[row] = float(value)
    else:
        array = np.asarray(weights, dtype=float)
    if array.shape != (n, s):
        raise StrategyError(
            f"weights have shape {array.shape}; the world has {n} countries x {s} sectors, "
            f"so they must have shape ({n}, {s})"
        )
    if not np.all(np.isfinite(array)) or (array < 0).any():
        raise StrategyError("weights must be finite and non-negative (a missing entry is NaN)")
    dead = np.flatnonzero((array > 0).sum(axis=1) == 0)
    if dead.size:
        raise StrategyError(f"the weights of {world.countries[dead[0]]} are all zero")
    return array
