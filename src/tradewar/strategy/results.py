"""Labelled results of the strategic questions: tariffs and payoffs by country, JSON documents."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from tradewar.baseline import Baseline

if TYPE_CHECKING:
    import pandas as pd

    from tradewar.strategy.nash import NashRound

__all__ = ["StrategyResult", "median_tariffs"]


def median_tariffs(tariffs: np.ndarray, sectors: list[int] | None = None) -> np.ndarray:
    """Each country's median import tariff over its partners and industries (Ossa 2014, Table 3).

    Parameters
    ----------
    tariffs : numpy.ndarray
        (N, N, S) tariffs [exporter, importer, sector].
    sectors : list of int, optional
        The industries to take; all when None.

    Returns
    -------
    numpy.ndarray
        (N,) medians, fractions.
    """
    n = tariffs.shape[0]
    chosen = tariffs if sectors is None else tariffs[:, :, sectors]
    return np.array([np.median(np.delete(chosen[:, j, :], j, axis=0)) for j in range(n)])


@dataclass(frozen=True)
class StrategyResult:
    """The answer to a strategic question: tariffs, payoffs, and how the search went.

    Parameters
    ----------
    kind : str
        ``"optimal"``, ``"nash"`` or ``"cooperative"``.
    world : Baseline
        The world the payoffs are measured from (the data, with its model).
    weights : str
        The weighting, ``"plain"``, ``"political"`` or ``"custom"``.
    players : tuple of str
        The countries that set tariffs.
    tariffs : numpy.ndarray
        (N, N, S) the tariffs found (everyone's).
    welfare : numpy.ndarray
        (N,) Ŵ relative to ``world``.
    government : numpy.ndarray
        (N,) Ĝ relative to ``world``.
    converged : bool
        Whether the search met its tolerance (see ``message``).
    message : str
        How it stopped.
    iterations : int
        Rounds of best responses (Nash), evaluations of the dual (talks) or
        optimiser iterations (optimal tariffs).
    seconds : float
        Wall time.
    rounds : list of NashRound
        The rounds of a Nash iteration (empty otherwise).
    threat : str or None
        The threat point of trade talks.
    gains : numpy.ndarray or None
        (N,) ``Ĝ − 1`` relative to the threat point (talks; NaN for non-players).
    welfare_gains : numpy.ndarray or None
        (N,) ``Ŵ − 1`` relative to the threat point (talks).
    threat_tariffs : numpy.ndarray or None
        (N, N, S) the tariffs of the threat point (talks).
    """

    kind: str
    world: Baseline
    weights: str
    players: tuple[str, ...]
    tariffs: np.ndarray
    welfare: np.ndarray
    government: np.ndarray
    converged: bool
    message: str
    iterations: int
    seconds: float
    rounds: list[NashRound] = field(default_factory=list)
    threat: str | None = None
    gains: np.ndarray | None = None
    welfare_gains: np.ndarray | None = None
    threat_tariffs: np.ndarray | None = None

    @property
    def median_tariff(self) -> np.ndarray:
        """(N,) each country's median tariff on its partners' goods (fractions)."""
        return median_tariffs(self.tariffs, self.world.goods_indices)

    def countries(self) -> pd.DataFrame:
        """By country: payoffs in percent, median tariffs before and after, whether a player.

        Returns
        -------
        pandas.DataFrame
            Indexed by ``country``: ``welfare_pct``, ``government_welfare_pct``
            (relative to the world), for talks ``gain_pct`` and
            ``welfare_gain_pct`` (relative to the threat point),
            ``median_tariff_pct``, ``median_tariff_base_pct``, ``player``.
        """
        import pandas as pd

        goods = self.world.goods_indices
        columns: dict[str, Any] = {
            "welfare_pct": 100 * (self.welfare - 1),
            "government_welfare_pct": 100 * (self.government - 1),
        }
        if self.gains is not None:
            columns["gain_pct"] = 100 * self.gains
        if self.welfare_gains is not None:
            columns["welfare_gain_pct"] = 100 * self.welfare_gains
        columns["median_tariff_pct"] = 100 * self.median_tariff
        columns["median_tariff_base_pct"] = 100 * median_tariffs(self.world.tariff, goods)
        columns["player"] = [c in self.players for c in self.world.countries]
        frame = pd.DataFrame(columns, index=pd.Index(self.world.countries, name="country"))
        return frame

    def tariff_table(self) -> pd.DataFrame:
        """The players' tariffs, before and after.

        Returns
        -------
        pandas.DataFrame
            Indexed by (``country``, ``partner``, ``industry``): the importer, the
            exporter and the sector; columns ``tariff_base`` and ``tariff``
            (fractions).
        """
        import pandas as pd

        world = self.world
        rows = []
        for country in self.players:
            j = world.countries.index(country)
            for i, partner in enumerate(world.countries):
                if i == j:
                    continue
                for s in world.goods_indices:
                    rows.append(
                        (
                            country,
                            partner,
                            world.sectors[s],
                            world.tariff[i, j, s],
                            self.tariffs[i, j, s],
                        )
                    )
        frame = pd.DataFrame(
            rows, columns=["country", "partner", "industry", "tariff_base", "tariff"]
        )
        return frame.set_index(["country", "partner", "industry"])

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready document of the result.

        Returns
        -------
        dict
            ``kind``, ``world``, ``weights``, ``players``, ``tariffs`` as
            ``{country: {partner: {industry: rate}}}`` (the players'),
            ``welfare_pct``, ``government_welfare_pct`` and ``median_tariff_pct``
            by country, ``iterations``, ``converged``, ``message``, ``seconds``;
            for Nash ``rounds``, for talks ``threat``, ``gain_pct`` and
            ``welfare_gain_pct``.
        """
        world = self.world
        goods = world.goods_indices
        tariffs: dict[str, dict[str, dict[str, float]]] = {}
        for country in self.players:
            j = world.countries.index(country)
            tariffs[country] = {
                partner: {world.sectors[s]: round(float(self.tariffs[i, j, s]), 10) for s in goods}
                for i, partner in enumerate(world.countries)
                if i != j
            }

        def by_country(values: np.ndarray) -> dict[str, float | None]:
            return {
                c: (None if not np.isfinite(v) else round(float(v), 10))
                for c, v in zip(world.countries, values, strict=True)
            }

        document: dict[str, Any] = {
            "kind": self.kind,
            "world": world.name,
            "weights": self.weights,
            "players": list(self.players),
            "tariffs": tariffs,
            "welfare_pct": by_country(100 * (self.welfare - 1)),
            "government_welfare_pct": by_country(100 * (self.government - 1)),
            "median_tariff_pct": by_country(100 * self.median_tariff),
            "iterations": self.iterations,
            "converged": self.converged,
            "message": self.message,
            "seconds": round(self.seconds, 3),
        }
        if self.rounds:
            document["rounds"] = [
                {
                    "iteration": r.iteration,
                    "max_change": r.max_change,
                    "mean_change": r.mean_change,
                    "seconds": round(r.seconds, 3),
                }
                for r in self.rounds
            ]
        if self.threat is not None:
            document["threat"] = self.threat
        if self.gains is not None:
            document["gain_pct"] = by_country(100 * self.gains)
        if self.welfare_gains is not None:
            document["welfare_gain_pct"] = by_country(100 * self.welfare_gains)
        return document

    def __repr__(self) -> str:
        titles = {
            "optimal": "Optimal tariffs",
            "nash": "Nash tariffs (trade war)",
            "cooperative": "Cooperative tariffs (trade talks)",
        }
        status = "converged" if self.converged else "NOT CONVERGED"
        head = (
            f"{titles.get(self.kind, self.kind)} on {self.world.name} ({self.weights} weights); "
            f"players: {', '.join(self.players)}; {status} after {self.iterations} iteration(s) "
            f"in {self.seconds:.1f} s"
        )
        if self.threat is not None:
            head += f"; threat point: {self.threat}"
        table = self.countries().round(2).to_string()
        lines = [head, table]
        if not self.converged:
            lines.append(f"note: {self.message}")
        return "\n".join(lines)
