"""Distributions of the trade elasticities θ: what a Monte Carlo draws.

A distribution gives every sector of a world a point estimate and a standard
error (or a table of draws), and draws θ vectors reproducibly from a seed:

``log-normal`` (the default family)
    ``θ_s = θ̂_s exp(σ_s z_s)``, ``σ_s = se_s / θ̂_s`` (the delta method:
    the standard error of log θ̂), so the median is the point estimate and every
    draw is positive;
``normal``
    ``θ_s = θ̂_s + se_s z_s``, truncated at zero (a draw at or below zero is
    drawn again).

Named distributions (:func:`distribution`):

``default``
    the scenario's own θ (the default world's θ = 4 everywhere, Simonovska &
    Waugh 2014), with one common log-normal shock for every sector (one
    elasticity, uncertain), ``σ = log 2 / 1.96``: the 95% band is θ/2 to 2θ,
    2 to 8 for the default world — from Boehm, Levchenko & Pandalai-Nayar's
    (2023) long-run estimate of about 2 to the values about 8 of Caliendo &
    Parro (2015) for most goods, the range the default's backcast compares
    (docs/data.md, "The default θ, tested on this episode");
``caliendo-parro``
    Caliendo & Parro's (2015) sectoral estimates with their standard errors
    (``data/elasticities/caliendo_parro_2015.csv``, with its data card), drawn
    independently by sector (separate regressions);

or a CSV file: columns ``sector, theta, se`` (point estimates and standard
errors), or one column per sector and one row per draw (a table of draws,
resampled with replacement).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np

from tradewar.baseline import Baseline
from tradewar.errors import TradewarError

__all__ = ["DistributionError", "ElasticityDistribution", "distribution"]

#: Log-sd of the default distribution: a 95% band from θ/2 to 2θ.
DEFAULT_LOG_SD = float(np.log(2.0) / 1.959963984540054)

Family = Literal["lognormal", "normal"]


class DistributionError(TradewarError, ValueError):
    """A distribution that cannot be drawn from (named in the message)."""


@dataclass(frozen=True)
class ElasticityDistribution:
    """θ of every sector of a world as a random vector.

    Parameters
    ----------
    name : str
        What it is called (``default``, ``caliendo-parro``, a file).
    sectors : tuple of str
        The world's sectors, in order.
    center : numpy.ndarray
        (S,) point estimates θ̂, > 0.
    se : numpy.ndarray
        (S,) standard errors, > 0 (unused for a table of draws).
    family : {"lognormal", "normal"}
        How a draw is made from ``center`` and ``se`` (module docstring).
    common : bool
        One shock for every sector (perfectly correlated) instead of one each.
    source : str
        Where the numbers come from.
    table : numpy.ndarray or None
        (D, S) draws given by the user, resampled with replacement.

    Raises
    ------
    DistributionError
        Non-positive or non-finite point estimates or standard errors, or
        arrays that do not fit the sectors.
    """

    name: str
    sectors: tuple[str, ...]
    center: np.ndarray
    se: np.ndarray
    family: Family = "lognormal"
    common: bool = False
    source: str = ""
    table: np.ndarray | None = None

    def __post_init__(self) -> None:
        s = len(self.sectors)
        if self.family not in ("lognormal", "normal"):
            raise DistributionError(f"family must be 'lognormal' or 'normal', got {self.family!r}")
        if self.table is not None:
            table = np.asarray(self.table, dtype=float)
            if table.ndim != 2 or table.shape[1] != s or not len(table):
                raise DistributionError(
                    f"{self.name}: a table of draws needs one column per sector ({s})"
                )
            bad = ~(np.isfinite(table) & (table > 0))
            if bad.any():
                row, col = np.argwhere(bad)[0]
                raise DistributionError(
                    f"{self.name}: draw {row}, sector {self.sectors[col]}: elasticities must be "
                    f"positive, got {table[row, col]!r}"
                )
            return
        for label, values in (("point estimate", self.center), ("standard error", self.se)):
            arr = np.asarray(values, dtype=float)
            if arr.shape != (s,):
                raise DistributionError(f"{self.name}: {label}s must be one per sector ({s})")
            bad = np.flatnonzero(~(np.isfinite(arr) & (arr > 0)))
            if bad.size:
                k = int(bad[0])
                what = (
                    "elasticities must be positive"
                    if label == "point estimate"
                    else ("a standard error must be positive (a zero one draws nothing)")
                )
                raise DistributionError(
                    f"{self.name}: sector {self.sectors[k]}: {what}, got {label} {arr[k]!r}"
                )

    @property
    def log_sd(self) -> np.ndarray:
        """σ_s = se_s / θ̂_s: the standard error of log θ̂ (the delta method), (S,)."""
        return np.asarray(self.se, float) / np.asarray(self.center, float)

    def sample(self, draws: int, seed: int | None = 0) -> np.ndarray:
        """Draw θ vectors.

        Parameters
        ----------
        draws : int
            How many.
        seed : int or None, default 0
            The seed of :func:`numpy.random.default_rng`: the same seed gives the
            same draws.

        Returns
        -------
        numpy.ndarray
            (draws, S) elasticities, all positive.
        """
        rng = np.random.default_rng(seed)
        if self.table is not None:
            table = np.asarray(self.table, float)
            return table[rng.integers(0, len(table), size=draws)]
        center = np.asarray(self.center, float)
        width = 1 if self.common else len(self.sectors)
        z = rng.standard_normal((draws, width))
        if self.family == "lognormal":
            return center * np.exp(self.log_sd * z)
        theta = center + np.asarray(self.se, float) * z
        # truncated at zero: draw again where a draw is not positive
        for _ in range(1000):
            bad = theta <= 0
            if not bad.any():
                break
            fresh = center + np.asarray(self.se, float) * rng.standard_normal((draws, width))
            theta = np.where(bad, fresh, theta)
        return theta

    def quantile(self, q: float) -> np.ndarray:
        """Each sector's θ at probability ``q`` of its marginal distribution.

        Parameters
        ----------
        q : float
            A probability in (0, 1).

        Returns
        -------
        numpy.ndarray
            (S,) elasticities (for a table, its empirical quantile).
        """
        from scipy.stats import norm

        if self.table is not None:
            return np.quantile(np.asarray(self.table, float), q, axis=0)
        z = float(norm.ppf(q))
        center = np.asarray(self.center, float)
        if self.family == "lognormal":
            return center * np.exp(self.log_sd * z)
        return np.maximum(center + np.asarray(self.se, float) * z, 1e-6)

    def describe(self) -> dict[str, Any]:
        """The distribution as a plain dict (for JSON).

        Returns
        -------
        dict
            Name, family, source, and per sector the point estimate and standard error.
        """
        out: dict[str, Any] = {"name": self.name, "family": self.family, "source": self.source}
        if self.table is not None:
            out["table_draws"] = len(self.table)
            return out
        out["common_shock"] = self.common
        out["sectors"] = {
            s: {"theta": float(c), "se": float(e)}
            for s, c, e in zip(self.sectors, self.center, self.se, strict=True)
        }
        return out


def distribution(
    spec: str | Path | ElasticityDistribution | None,
    world: Baseline,
    *,
    family: Family = "lognormal",
) -> ElasticityDistribution:
    """The distribution of θ named by ``spec`` for the sectors of ``world``.

    Parameters
    ----------
    spec : str, Path, ElasticityDistribution or None
        ``"default"`` (or None), ``"caliendo-parro"``, a CSV file (module
        docstring) or a distribution (checked against the world's sectors).
    world : Baseline
        The scenario's data world (its θ is the default's centre).
    family : {"lognormal", "normal"}, default "lognormal"
        How draws are made from point estimates and standard errors.

    Returns
    -------
    ElasticityDistribution
        For the world's sectors, in order.

    Raises
    ------
    DistributionError
        An unknown name, a file that cannot be read, a sector without a value,
        non-positive estimates or standard errors.
    """
    sectors = world.sectors
    if isinstance(spec, ElasticityDistribution):
        if spec.sectors != sectors:
            raise DistributionError(
                f"the distribution {spec.name!r} is for sectors {spec.sectors}, not the world's"
            )
        return spec
    if spec is None or spec == "default":
        center = np.asarray(world.theta, float)
        return ElasticityDistribution(
            "default",
            sectors,
            center,
            center * DEFAULT_LOG_SD,
            family,
            common=True,
            source=(
                "the scenario's θ with one common shock, 95% band θ/2 to 2θ (2 to 8 for the "
                "default world: Boehm, Levchenko & Pandalai-Nayar 2023 long run to Caliendo & "
                "Parro 2015; Simonovska & Waugh 2014 at the centre)"
            ),
        )
    if str(spec) == "caliendo-parro":
        from importlib.resources import files

        path = files("tradewar.data").joinpath("elasticities", "caliendo_parro_2015.csv")
        with path.open() as handle:
            return _from_rows(
                "caliendo-parro",
                handle.read(),
                sectors,
                family,
                "Caliendo & Parro (2015), full-sample estimates with robust standard errors "
                "(data/elasticities/card.md)",
            )
    path = Path(str(spec))
    if not path.is_file():
        raise DistributionError(
            f"unknown distribution {str(spec)!r}: use 'default', 'caliendo-parro' or a CSV file"
        )
    try:
        text = path.read_text()
    except OSError as exc:
        raise DistributionError(f"{path}: {exc}") from None
    return _from_rows(path.name, text, sectors, family, str(path))


def _from_rows(
    name: str, text: str, sectors: tuple[str, ...], family: Family, source: str
) -> ElasticityDistribution:
    """A distribution from CSV text: ``sector, theta, se`` rows, or a table of draws."""
    import io

    import pandas as pd

    try:
        frame = pd.read_csv(io.StringIO(text))
    except (ValueError, pd.errors.ParserError) as exc:
        raise DistributionError(f"{name}: cannot be read as CSV ({exc})") from None
    columns = [str(c).strip() for c in frame.columns]
    frame.columns = pd.Index(columns)
    if {"sector", "theta", "se"} <= set(columns):
        by_sector = frame.set_index(frame["sector"].astype(str).str.strip())
        missing = [s for s in sectors if s not in by_sector.index]
        if missing:
            raise DistributionError(
                f"{name}: no elasticity for sector(s) {', '.join(missing)} of this world"
            )
        rows = by_sector.loc[list(sectors)]
        return ElasticityDistribution(
            name,
            sectors,
            pd.to_numeric(rows["theta"], errors="coerce").to_numpy(float),
            pd.to_numeric(rows["se"], errors="coerce").to_numpy(float),
            family,
            source=source,
        )
    missing = [s for s in sectors if s not in columns]
    if missing:
        raise DistributionError(
            f"{name}: needs columns sector, theta, se, or one column per sector "
            f"(missing {', '.join(missing)})"
        )
    table = frame[list(sectors)].apply(pd.to_numeric, errors="coerce").to_numpy(float)
    nan = np.full(len(sectors), np.nan)
    return ElasticityDistribution(name, sectors, nan, nan, family, source=source, table=table)
