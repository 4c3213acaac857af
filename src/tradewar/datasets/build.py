"""Rebuild the embedded default world from its source (``pip install 'tradewar[icio]'``)."""

from __future__ import annotations

from pathlib import Path

from tradewar.baseline import Baseline
from tradewar.data.build.default_card import default_world_card
from tradewar.data.build.default_files import DEFAULT_ELASTICITIES
from tradewar.data.build.default_world import assemble_default_world, save_default_world
from tradewar.data.build.io_table import IOAudit
from tradewar.datasets.registry import data_card, load_data, reconcile

__all__ = ["build_default_world", "build_world"]


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
    equilibrium with the observed deficits, aggregates it and fits its trade to
    the official totals
    (:func:`tradewar.data.build.default_world.assemble_default_world`), and
    reconciles it again with the official balances as deficits.

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
    fitted, _ = assemble_default_world(full, regions=regions, sectors=sectors, name=name)
    world = reconcile(fitted)  # the official balances are the fitted world's deficits
    card = default_world_card(
        full, world, audit, elasticity_table=elasticity_table, version=PACKAGE_VERSION
    )
    if out is not None:
        save_default_world(world, card, full, regions, sectors, out)
    return world, card


def build_world(
    source: str,
    out: str | Path,
    *,
    path: str | Path | None = None,
    regions: dict[str, str] | str | Path | None = None,
    sectors: dict[str, str] | str | Path | None = None,
) -> Baseline:
    """Load a data set, aggregate it if asked, and save it as ``.npz`` with its data card.

    Parameters
    ----------
    source : str
        A data set name or format (:data:`tradewar.datasets.SOURCES`);
        ``icio-2022`` rebuilds from the OECD tables like the default world.
    out : str or Path
        The ``.npz`` file to write (atomically); its stem names the world.
    path : str or Path, optional
        The file or folder of a format.
    regions, sectors : mapping, path or ``"default"``, optional
        Country → region and sector → group maps; ``"default"`` is the default
        world's.

    Returns
    -------
    Baseline
        The world written.
    """
    from tradewar.data.build.aggregate import aggregate
    from tradewar.data.build.default_files import default_mapping
    from tradewar.data.files.store import save_baseline

    def mapping(value: dict[str, str] | str | Path | None, kind: str):
        if isinstance(value, str) and value == "default":
            return default_mapping(kind)
        return Path(value) if isinstance(value, str) else value

    out = Path(out)
    region_map, sector_map = mapping(regions, "regions"), mapping(sectors, "sectors")
    if source == "icio-2022":
        world, _ = build_default_world(out, regions=region_map, sectors=sector_map, name=out.stem)
        return world
    world = load_data(source, path)
    card = data_card(source, path)
    if region_map is not None or sector_map is not None:
        world = aggregate(world, region_map, sector_map, name=out.stem)
        card += f"\nAggregated to {world.n_countries} x {world.n_sectors}.\n"
    save_baseline(world, out, card=card)
    return world
