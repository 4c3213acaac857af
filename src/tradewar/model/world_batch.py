"""B worlds of the same countries and sectors, stacked on a leading batch axis."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from tradewar.baseline import Baseline
from tradewar.baseline.accounts import WorldAccounts

__all__ = ["WorldBatch"]


@dataclass(frozen=True, eq=False)
class WorldBatch(WorldAccounts):
    """B worlds with the same countries and sectors, stacked on a leading draw axis.

    The arrays of :class:`~tradewar.baseline.Baseline`, each with a leading
    axis b; the aggregates they imply (``expenditure``, ``trade_shares``,
    ``labour_income``, ``deficit`` ...) are those of
    :class:`~tradewar.baseline.accounts.WorldAccounts`, draw by draw.

    Parameters
    ----------
    countries, sectors : tuple of str
        The labels, common to every draw.
    trade : numpy.ndarray
        (B, N, N, S) flows at producer prices [b, exporter, importer, sector].
    tariff : numpy.ndarray
        (B, N, N, S) tariffs.
    io_shares : numpy.ndarray
        (B, N, S, S) input–output shares γ[b, n, input, output].
    va_share : numpy.ndarray
        (B, N, S) value-added shares β.
    final_shares : numpy.ndarray
        (B, N, S) final-demand shares α.
    theta : numpy.ndarray
        (B, S) trade elasticities.
    profit_share : numpy.ndarray
        (B, N, S) profit shares μ.
    """

    countries: tuple[str, ...]
    sectors: tuple[str, ...]
    trade: np.ndarray
    tariff: np.ndarray
    io_shares: np.ndarray
    va_share: np.ndarray
    final_shares: np.ndarray
    theta: np.ndarray
    profit_share: np.ndarray

    #: The arrays stacked, in the order of the constructor.
    ARRAYS = ("trade", "tariff", "io_shares", "va_share", "final_shares", "theta", "profit_share")

    @classmethod
    def from_baselines(cls, worlds: Sequence[Baseline]) -> WorldBatch:
        """Stack worlds of the same countries and sectors.

        Parameters
        ----------
        worlds : sequence of Baseline
            At least one world; all with the first's countries and sectors.

        Returns
        -------
        WorldBatch
            The worlds on a leading axis, in order.

        Raises
        ------
        ValueError
            If there is no world, or their labels differ.
        """
        if not worlds:
            raise ValueError("a batch needs at least one world")
        first = worlds[0]
        for world in worlds[1:]:
            if world.countries != first.countries or world.sectors != first.sectors:
                raise ValueError("the worlds of a batch must have the same countries and sectors")
        arrays = [np.stack([np.asarray(getattr(w, name)) for w in worlds]) for name in cls.ARRAYS]
        return cls(first.countries, first.sectors, *arrays)

    @property
    def size(self) -> int:
        """Number of draws B."""
        return int(self.trade.shape[0])

    def take(self, rows: np.ndarray | list[int]) -> WorldBatch:
        """Some of the worlds.

        Parameters
        ----------
        rows : numpy.ndarray or list of int
            Indices of the worlds kept, in the order wanted.

        Returns
        -------
        WorldBatch
            The worlds ``rows``.
        """
        pick = np.asarray(rows, dtype=int)
        arrays = [getattr(self, name)[pick] for name in self.ARRAYS]
        return WorldBatch(self.countries, self.sectors, *arrays)
