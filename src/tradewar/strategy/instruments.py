"""The tariffs a government chooses: which cells, grouped into which variables, within which bounds.

A country's instruments are its import tariffs ``τ_in^s'`` (importer n = the
country) on chosen partners i and industries s, set

* ``"bilateral"``: one rate per partner and industry (Ossa 2014);
* ``"mfn"``: one rate per industry, the same for every partner (most-favoured nation);
* ``"uniform"``: one rate per partner, the same in every industry;
* ``"flat"``: one rate for every partner and industry.

Cells outside the instruments keep the rates of the profile they are applied to.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from tradewar.baseline import Baseline
from tradewar.strategy.errors import StrategyError

__all__ = ["FORMS", "Instruments", "country_index", "instruments"]

#: The ways of grouping a country's tariffs into variables.
FORMS = ("bilateral", "mfn", "uniform", "flat")


def _name_index(kind: str, name: str, names: tuple[str, ...]) -> int:
    if name in names:
        return names.index(name)
    lowered = {x.lower(): i for i, x in enumerate(names)}
    if str(name).lower() in lowered:
        return lowered[str(name).lower()]
    near = difflib.get_close_matches(str(name), names, n=1)
    hint = f" (did you mean {near[0]!r}?)" if near else ""
    shown = ", ".join(names[:12]) + (", ..." if len(names) > 12 else "")
    raise StrategyError(f"unknown {kind} {name!r}{hint}; the world has: {shown}")


def country_index(world: Baseline, name: str) -> int:
    """Position of a country of the world, with a suggestion when it is unknown.

    Parameters
    ----------
    world : Baseline
        The world.
    name : str
        A country code (case-insensitive).

    Returns
    -------
    int
        Its index.

    Raises
    ------
    StrategyError
        If the world has no such country.
    """
    return _name_index("country", name, world.countries)


@dataclass(frozen=True)
class Instruments:
    """One country's tariff instruments.

    Parameters
    ----------
    country : int
        The importer n whose tariffs these are.
    exporters : numpy.ndarray
        (C,) exporter index of each chosen cell.
    sectors : numpy.ndarray
        (C,) sector index of each chosen cell.
    groups : numpy.ndarray
        (C,) the variable that sets each cell.
    lower, upper : numpy.ndarray
        (K,) bounds of the K variables.
    form : str
        One of :data:`FORMS`.
    """

    country: int
    exporters: np.ndarray
    sectors: np.ndarray
    groups: np.ndarray
    lower: np.ndarray
    upper: np.ndarray
    form: str

    @property
    def n_vars(self) -> int:
        """The number K of variables."""
        return int(self.lower.size)

    def apply(self, values: np.ndarray, profile: np.ndarray) -> np.ndarray:
        """The tariff profile with the instruments set to ``values``.

        Parameters
        ----------
        values : numpy.ndarray
            (K,) rates of the variables.
        profile : numpy.ndarray
            (N, N, S) tariffs of every cell (not modified).

        Returns
        -------
        numpy.ndarray
            (N, N, S) a new profile.
        """
        out = np.array(profile, dtype=float, copy=True)
        out[self.exporters, self.country, self.sectors] = np.asarray(values)[self.groups]
        return out

    def values(self, profile: np.ndarray) -> np.ndarray:
        """The variables' rates in a profile: the mean of each variable's cells, within bounds.

        Parameters
        ----------
        profile : numpy.ndarray
            (N, N, S) tariffs.

        Returns
        -------
        numpy.ndarray
            (K,) rates.
        """
        cells = np.asarray(profile)[self.exporters, self.country, self.sectors]
        total = np.bincount(self.groups, weights=cells, minlength=self.n_vars)
        count = np.bincount(self.groups, minlength=self.n_vars)
        return np.clip(total / np.maximum(count, 1), self.lower, self.upper)

    def reduce(self, cell_gradient: np.ndarray) -> np.ndarray:
        """A gradient with respect to every tariff, as one with respect to the variables.

        Parameters
        ----------
        cell_gradient : numpy.ndarray
            (N, N, S) derivatives with respect to each tariff.

        Returns
        -------
        numpy.ndarray
            (K,) the sum over each variable's cells.
        """
        cells = cell_gradient[self.exporters, self.country, self.sectors]
        return np.bincount(self.groups, weights=cells, minlength=self.n_vars)

    def cell_mask(self, shape: tuple[int, int, int]) -> np.ndarray:
        """Boolean (N, N, S) mask of the chosen cells.

        Parameters
        ----------
        shape : tuple of int
            The shape (N, N, S) of a profile.

        Returns
        -------
        numpy.ndarray
            True on the chosen cells.
        """
        mask = np.zeros(shape, dtype=bool)
        mask[self.exporters, self.country, self.sectors] = True
        return mask


def check_bounds(bounds: tuple[float, float]) -> tuple[float, float]:
    """Tariff bounds checked: ``-1 < lower <= upper < inf``.

    Parameters
    ----------
    bounds : tuple of float
        ``(lower, upper)`` as fractions (0.25 is 25%).

    Returns
    -------
    tuple of float
        The bounds.

    Raises
    ------
    StrategyError
        If they are not two finite numbers with ``-1 < lower <= upper``.
    """
    try:
        lower, upper = (float(b) for b in bounds)
    except (TypeError, ValueError):
        raise StrategyError(
            f"tariff bounds must be two numbers (lower, upper), got {bounds!r}"
        ) from None
    if not (np.isfinite(lower) and np.isfinite(upper)):
        raise StrategyError(f"tariff bounds must be finite, got ({lower}, {upper})")
    if lower <= -1.0:
        raise StrategyError(f"the lower tariff bound must exceed -1 (-100%), got {lower}")
    if lower > upper:
        raise StrategyError(f"inconsistent tariff bounds: lower {lower} > upper {upper}")
    return lower, upper


def instruments(
    world: Baseline,
    country: str | int,
    *,
    partners: Sequence[str] | None = None,
    industries: Sequence[str] | None = None,
    form: str = "bilateral",
    bounds: tuple[float, float] = (0.0, 10.0),
) -> Instruments:
    """A country's tariff instruments, from names.

    Parameters
    ----------
    world : Baseline
        The world.
    country : str or int
        The importer setting the tariffs (a country code or its index).
    partners : sequence of str, optional
        The exporters it may tax; every other country when None.
    industries : sequence of str, optional
        The sectors it may tax; the world's goods sectors when None.
    form : {"bilateral", "mfn", "uniform", "flat"}, default "bilateral"
        How the cells are grouped into variables (module docstring).
    bounds : tuple of float, default (0, 10)
        Lower and upper bound of every rate (fractions; 10 is 1000%, as in Ossa 2014).

    Returns
    -------
    Instruments
        The cells, their grouping and bounds.

    Raises
    ------
    StrategyError
        An unknown country, partner, industry or form; the country among its
        own partners; no cell left; inconsistent bounds.
    """
    n = country if isinstance(country, int | np.integer) else country_index(world, str(country))
    if not 0 <= int(n) < world.n_countries:
        raise StrategyError(f"country index {n} is out of range")
    n = int(n)
    if form not in FORMS:
        raise StrategyError(f"unknown tariff form {form!r}: use one of {', '.join(FORMS)}")
    lower, upper = check_bounds(bounds)
    if partners is None:
        exporters = [i for i in range(world.n_countries) if i != n]
    else:
        exporters = [country_index(world, str(p)) for p in partners]
        if n in exporters:
            raise StrategyError(f"{world.countries[n]} cannot set tariffs on itself")
        exporters = sorted(set(exporters))
    if industries is None:
        sectors = list(world.goods_indices)
    else:
        sectors = sorted({_name_index("industry", str(x), world.sectors) for x in industries})
    if not exporters or not sectors:
        raise StrategyError(f"{world.countries[n]} has no tariff to set (no partner or industry)")
    ex = np.repeat(np.asarray(exporters), len(sectors))
    se = np.tile(np.asarray(sectors), len(exporters))
    if form == "bilateral":
        groups = np.arange(ex.size)
    elif form == "mfn":
        groups = np.tile(np.arange(len(sectors)), len(exporters))
    elif form == "uniform":
        groups = np.repeat(np.arange(len(exporters)), len(sectors))
    else:
        groups = np.zeros(ex.size, dtype=int)
    k = int(groups.max()) + 1
    return Instruments(
        country=n,
        exporters=ex,
        sectors=se,
        groups=groups,
        lower=np.full(k, lower),
        upper=np.full(k, upper),
        form=form,
    )
