"""Names to positions: the countries, sectors and amounts of an action on a given world.

Every function takes the ``path`` of the field it reads (e.g.
``("actions", 0, "partners")``) and raises :class:`~tradewar.errors.PolicyError`
located there, with the nearest valid name, when the field does not fit the world.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from functools import lru_cache

import numpy as np

from tradewar.baseline import Baseline
from tradewar.data.countries import resolve_country
from tradewar.errors import DataError, PolicyError

__all__ = [
    "SECTOR_KEYWORDS",
    "cell_mask",
    "country_index",
    "country_indices",
    "per_sector",
    "sector_index",
    "sector_indices",
    "usd_to_units",
]

#: Words that stand for several sectors when given alone (``sectors: goods``).
SECTOR_KEYWORDS = ("goods", "all")


@lru_cache(maxsize=1)
def _default_regions() -> dict[str, str]:
    from tradewar.data.build.default_world import default_mapping

    return default_mapping("regions")


def _regions(world: Baseline) -> Mapping[str, str] | None:
    """The default world's country → region map, if ``world`` has exactly its regions."""
    regions = _default_regions()
    return regions if set(world.countries) == set(regions.values()) else None


def country_index(world: Baseline, name: str, path: tuple) -> int:
    """Position of a country given by code or name.

    Parameters
    ----------
    world : Baseline
        The world whose countries are searched.
    name : str
        A code or a name (``"DEU"``, ``"Germany"``).
    path : tuple
        The field that gives ``name``, for the error.

    Returns
    -------
    int
        Its position on the country axes.

    Raises
    ------
    PolicyError
        If ``name`` is no country of ``world`` (with the nearest one, or the
        region of the default world the country belongs to).
    """
    try:
        code = resolve_country(name, known=world.countries)
    except DataError as exc:
        error = exc
        regions = _regions(world)  # read only for a name that fails
        if regions is not None:
            try:
                resolve_country(name, known=world.countries, regions=regions)
            except DataError as told:
                error = told
        raise PolicyError(path, str(error)) from None
    return world.countries.index(code)


def country_indices(world: Baseline, spec: list[str] | str, exclude: int, path: tuple) -> list[int]:
    """Positions of a list of countries, or of every country but ``exclude`` for ``"all"``.

    Parameters
    ----------
    world : Baseline
        The world whose countries are searched.
    spec : list of str or "all"
        Codes or names.
    exclude : int
        The acting country, which cannot be among them (-1: none).
    path : tuple
        The field that gives ``spec``, for the error.

    Returns
    -------
    list of int
        Their positions, in the order given.

    Raises
    ------
    PolicyError
        If a name is unknown, names the acting country, or names a country
        already listed (``'Germany' is DEU, already listed``).
    """
    if spec == "all":
        return [i for i in range(world.n_countries) if i != exclude]
    out: list[int] = []
    for k, name in enumerate(spec):
        i = country_index(world, name, (*path, k))
        if i in out:
            code = world.countries[i]
            said = f"{name!r} is {code}," if name != code else f"{name!r} is"
            raise PolicyError((*path, k), f"{said} already listed")
        if i == exclude:
            raise PolicyError((*path, k), f"{world.countries[exclude]} cannot act on itself")
        out.append(i)
    return out


def sector_index(world: Baseline, name: str, path: tuple, *, keywords: bool = False) -> int:
    """Position of a sector given by its label.

    Parameters
    ----------
    world : Baseline
        The world whose sectors are searched.
    name : str
        A sector label.
    path : tuple
        The field that gives ``name``, for the error.
    keywords : bool, default False
        Whether ``goods`` and ``all`` are suggested too (in a list of sectors,
        where a user may have meant one of them).

    Returns
    -------
    int
        Its position on the sector axes.

    Raises
    ------
    PolicyError
        If ``name`` is no sector of ``world`` (with the nearest one).
    """
    if name in world.sectors:
        return world.sectors.index(name)
    if keywords and name in SECTOR_KEYWORDS:
        raise PolicyError(path, f"{name!r} stands for several sectors only alone, not in a list")
    candidates = [*world.sectors, *(SECTOR_KEYWORDS if keywords else ())]
    close = difflib.get_close_matches(str(name), candidates, n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    raise PolicyError(path, f"unknown sector {name!r}{hint}")


def sector_indices(world: Baseline, spec: list[str] | str, path: tuple) -> list[int]:
    """Positions of a list of sectors, or of ``"goods"`` / ``"all"``.

    Parameters
    ----------
    world : Baseline
        The world whose sectors are searched.
    spec : list of str, "goods" or "all"
        Sector labels or a keyword.
    path : tuple
        The field that gives ``spec``, for the error.

    Returns
    -------
    list of int
        Their positions.

    Raises
    ------
    PolicyError
        If a label is unknown or already listed.
    """
    if spec == "all":
        return list(range(world.n_sectors))
    if spec == "goods":
        return world.goods_indices
    out: list[int] = []
    for k, name in enumerate(spec):
        s = sector_index(world, name, (*path, k), keywords=True)
        if s in out:
            raise PolicyError((*path, k), f"{name!r} is already listed")
        out.append(s)
    return out


def per_sector(
    world: Baseline, value: float | Mapping[str, float], sectors: list[int], path: tuple
) -> np.ndarray:
    """A number for every chosen sector, or one per sector (the others 0).

    Parameters
    ----------
    world : Baseline
        The world.
    value : float or Mapping of str to float
        One number, or sector label → number.
    sectors : list of int
        The action's sectors.
    path : tuple
        The field that gives ``value``, for the error.

    Returns
    -------
    numpy.ndarray
        (S,) values.

    Raises
    ------
    PolicyError
        If a label is unknown or not among the action's sectors.
    """
    out = np.zeros(world.n_sectors)
    if isinstance(value, Mapping):
        for name, v in value.items():
            s = sector_index(world, name, (*path, name))
            if s not in sectors:
                raise PolicyError(
                    (*path, name), f"sector {name!r} is not among the action's sectors"
                )
            out[s] = v
    else:
        out[sectors] = value
    return out


def cell_mask(
    world: Baseline, exporters: list[int], importers: list[int], sectors: list[int]
) -> np.ndarray:
    """The cells ``[exporter, importer, sector]`` of these countries and sectors.

    Parameters
    ----------
    world : Baseline
        The world.
    exporters, importers, sectors : list of int
        Positions.

    Returns
    -------
    numpy.ndarray
        (N, N, S) boolean, without a country's sales to itself.
    """
    mask = np.zeros(world.trade.shape, dtype=bool)
    mask[np.ix_(exporters, importers, sectors)] = True
    np.einsum("nns->ns", mask)[:] = False
    return mask


def usd_to_units(world: Baseline, amount: float, path: tuple) -> float:
    """An amount in US dollars in the world's units.

    Parameters
    ----------
    world : Baseline
        The world.
    amount : float
        US dollars.
    path : tuple
        The field that gives ``amount``, for the error.

    Returns
    -------
    float
        The amount in the world's units.

    Raises
    ------
    PolicyError
        If the world has no currency unit.
    """
    if world.usd_per_unit is None:
        raise PolicyError(
            path,
            f"the data set {world.name!r} has no currency unit; "
            "amounts in USD cannot be used with it",
        )
    return amount / world.usd_per_unit
