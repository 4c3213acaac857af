"""Rebuild the embedded default world from its source (``pip install 'tradewar[icio]'``)."""

from __future__ import annotations

from pathlib import Path

from tradewar.baseline import Baseline
from tradewar.data.build.default_world import (
    DEFAULT_ELASTICITIES,
    assemble_default_world,
    save_default_world,
)
from tradewar.data.build.io_table import IOAudit
from tradewar.datasets.registry import reconcile

__all__ = ["build_default_world"]


def build_default_world(
    out: str | Path | None = None,
    *,
    regions: dict[str, str] | str | Path | None = None,
    sectors: dict[str, str] | str | Path | None = None,
    elasticity_table: str = DEFAULT_ELASTICITIES,
    name: str = "default",
) -> tuple[Baseline, str]:
    """Rebuild the default world from the ICIO package; write it to ``out`` if given.

    Reads the full OECD ICIO 2022 world, reconciles it into the model's
    equilibrium with the observed deficits, aggregates it
    (:func:`tradewar.data.build.default_world.assemble_default_world`).

    Parameters
    ----------
    out : str or Path, optional
        Where to write the ``.npz`` file (atomically); None writes nothing.
    regions, sectors : mapping or path, optional
        Default the shipped ones (``default/*.csv``).
    elasticity_table : str
        Trade elasticities (:mod:`tradewar.data.build.icio_sectors`).
    name : str
        The world's name.

    Returns
    -------
    (Baseline, str)
        The world and its data card.
    """
    from tradewar.data.sources.icio import PACKAGE_VERSION, read_icio_world

    audit = IOAudit()
    full = reconcile(read_icio_world(elasticity_table=elasticity_table, audit=audit))
    world, card = assemble_default_world(
        full,
        audit,
        regions=regions,
        sectors=sectors,
        elasticity_table=elasticity_table,
        version=PACKAGE_VERSION,
        name=name,
    )
    if out is not None:
        save_default_world(world, card, full, regions, sectors, out)
    return world, card
