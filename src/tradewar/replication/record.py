"""Published numbers beside ours: the records every replication returns.

A replication compares each number a paper or a package publishes with
tradewar's, at the precision it was published: a number printed with two
decimals (``1.31``) is matched when ours lies within half a unit of its last
digit (``|ours − 1.31| ≤ 0.005``), i.e. when ours rounds to it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Comparison", "Replication", "ReplicationResult"]

#: Slack on the half-unit rule for numbers stored in binary floating point.
_SLACK = 1e-12


@dataclass(frozen=True, slots=True)
class Comparison:
    """One published number beside ours.

    Parameters
    ----------
    table : str
        Where it is published (``"Table 2, zero aggregate deficits"``).
    row : str
        Its row (a country, a regressor).
    column : str
        Its column (``"welfare"``, ``"estimate"``).
    published : float
        The number as published.
    decimals : int
        The decimals it was published with.
    ours : float
        tradewar's number, unrounded.
    """

    table: str
    row: str
    column: str
    published: float
    decimals: int
    ours: float

    @property
    def difference(self) -> float:
        """Ours less the published number."""
        return float(self.ours) - float(self.published)

    @property
    def tolerance(self) -> float:
        """Half a unit of the published number's last digit."""
        return 0.5 * 10.0**-self.decimals

    @property
    def matches(self) -> bool:
        """Whether ours rounds to the published number (within half a unit of its last digit)."""
        return bool(abs(self.difference) <= self.tolerance + _SLACK)

    def to_dict(self) -> dict[str, Any]:
        """The comparison as plain JSON types.

        Returns
        -------
        dict
            ``table``, ``row``, ``column``, ``published``, ``decimals``,
            ``ours``, ``difference`` and ``matches``.
        """
        return {
            "table": self.table,
            "row": self.row,
            "column": self.column,
            "published": float(self.published),
            "decimals": int(self.decimals),
            "ours": float(self.ours),
            "difference": self.difference,
            "matches": self.matches,
        }


@dataclass(frozen=True)
class ReplicationResult:
    """A published table reproduced: every number beside ours.

    Parameters
    ----------
    name : str
        The replication (``"cp2015"``).
    title : str
        What is reproduced (``"Caliendo & Parro (2015), Table 2"``).
    reference : str
        The publication.
    comparisons : tuple of Comparison
        Every published number beside ours.
    notes : tuple of str, optional
        What a reader should know (what is not compared, and why).
    """

    name: str
    title: str
    reference: str
    comparisons: tuple[Comparison, ...]
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def matches(self) -> bool:
        """Whether every number matches its published precision."""
        return all(c.matches for c in self.comparisons)

    @property
    def mismatches(self) -> list[Comparison]:
        """The numbers off their published precision."""
        return [c for c in self.comparisons if not c.matches]

    @property
    def largest(self) -> Comparison:
        """The comparison with the largest difference for its published precision.

        Differences are measured in half-units of the published number's last
        digit (``|ours − published| / tolerance``), so that a number printed
        with two decimals and one printed as an integer compare fairly; above 1
        the number is off its published precision.
        """
        return max(self.comparisons, key=lambda c: abs(c.difference) / c.tolerance)

    def table(self) -> pd.DataFrame:
        """Every comparison, one row each.

        Returns
        -------
        pandas.DataFrame
            Indexed by ``(table, row, column)``: ``published``, ``decimals``,
            ``ours``, ``difference``, ``matches``.
        """
        import pandas as pd

        frame = pd.DataFrame([c.to_dict() for c in self.comparisons])
        return frame.set_index(["table", "row", "column"])

    def to_dict(self) -> dict[str, Any]:
        """The result as plain JSON types.

        Returns
        -------
        dict
            ``name``, ``title``, ``reference``, ``matches``, ``n_numbers``,
            ``n_off``, ``largest_difference`` (a comparison), ``comparisons``
            and ``notes``.
        """
        return {
            "name": self.name,
            "title": self.title,
            "reference": self.reference,
            "matches": self.matches,
            "n_numbers": len(self.comparisons),
            "n_off": len(self.mismatches),
            "largest_difference": self.largest.to_dict(),
            "comparisons": [c.to_dict() for c in self.comparisons],
            "notes": list(self.notes),
        }

    def summary(self) -> str:
        """One line: how many numbers match, and the largest difference.

        Returns
        -------
        str
            E.g. ``"27 of 27 numbers match their published precision; largest
            difference +0.00496 of ±0.005 (Table 2, with deficits, US, welfare:
            ours 0.08496, published 0.08)"``.
        """
        big = self.largest
        n, ok = len(self.comparisons), len(self.comparisons) - len(self.mismatches)
        d = big.decimals
        return (
            f"{ok} of {n} numbers match their published precision; largest difference "
            f"{big.difference:+.{d + 3}f} of ±{big.tolerance:.{d + 1}f} ({big.table}, "
            f"{big.row}, {big.column}: ours {big.ours:.{d + 3}f}, published {big.published:.{d}f})"
        )

    def __repr__(self) -> str:
        return f"<ReplicationResult {self.name!r}: {self.summary()}>"


@dataclass(frozen=True)
class Replication:
    """A published result tradewar reproduces, and how.

    Parameters
    ----------
    name : str
        The name ``tradewar replicate NAME`` knows it by.
    title : str
        What is reproduced.
    reference : str
        The publication.
    dataset : str
        The built-in data set it runs on.
    extra : str or None
        The optional dependencies it needs (``"gravity"``), if any.
    run : callable
        ``run(data)`` returns the :class:`ReplicationResult`; ``data`` is None
        for the built-in data set, or another copy of it (a path or name).
    """

    name: str
    title: str
    reference: str
    dataset: str
    extra: str | None
    run: Callable[[str | Path | None], ReplicationResult]
