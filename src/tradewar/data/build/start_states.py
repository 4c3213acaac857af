"""Named policy states of the default world (``start: pre-war-2017``): written and read.

The tariffs of each state are aggregated like the world (trade-weighted) when it
is built (:func:`write_start_states`) and kept in ``default/start_states.csv``
beside it; :func:`start_state_tariffs` reads them back.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from tradewar.baseline import Baseline
from tradewar.data.build.aggregate import aggregate
from tradewar.data.build.default_files import START_STATES_FILE, default_dir

__all__ = [
    "START_STATES",
    "START_STATE_PURCHASES",
    "StatePurchase",
    "start_state_tariffs",
    "write_start_states",
]

#: The named states and the year of their tariff tables.
START_STATES = {"pre-war-2017": 2017}


@dataclass(frozen=True)
class StatePurchase:
    """A buyer's purchases in a named state that its tariffs do not explain (a demand shift).

    The state holds ``buyer``'s purchases of ``sectors`` from ``seller`` at
    ``level_usd`` (official, in the state's year), scaled to the world's dollars
    by the seller's goods exports: ``level_usd × exports_world / exports_usd``.
    ``icio_sectors`` are the same sectors in a world at ICIO resolution.

    Parameters
    ----------
    buyer, seller : str
        ISO3 codes.
    sectors : tuple of str
        Default-world sectors of the purchases.
    icio_sectors : tuple of str
        The same at ICIO resolution.
    level_usd : float
        Official purchases in the state's year, USD.
    seller_goods_exports_usd : float
        The seller's official goods exports to the world that year, USD (the scale).
    source : str
        Where both figures come from.
    """

    buyer: str
    seller: str
    sectors: tuple[str, ...]
    icio_sectors: tuple[str, ...]
    level_usd: float
    seller_goods_exports_usd: float
    source: str


#: Purchases held in each named state.  The 2022 data carry China's demand for US farm
#: goods of that year: state purchases under Phase One (China bought 83% of its farm
#: commitment in 2020-21, PIIE) and feed and meat demand after African swine fever,
#: which no tariff undoes (China's trade-war tariffs on US farm goods were excluded for
#: importers from 2020 on, so the 2017 tariffs barely differ).  The pre-war state holds
#: them at USDA's 2017 level, a calibrated demand shift rather than evidence on θ.
START_STATE_PURCHASES: dict[str, tuple[StatePurchase, ...]] = {
    "pre-war-2017": (
        StatePurchase(
            buyer="CHN",
            seller="USA",
            sectors=("agriculture", "food"),
            icio_sectors=("A01", "A01_02", "A02", "A03", "C10T12"),
            level_usd=19.5e9,
            seller_goods_exports_usd=1546.3e9,
            source="USDA FAS, US agricultural exports to China in 2017 ($19.5B), at the "
            "2017 scale of US goods exports (U.S. Census Bureau, $1,546.3B)",
        ),
    ),
}


def write_start_states(
    full: Baseline,
    world: Baseline,
    regions: dict[str, str] | str | Path,
    sectors: dict[str, str] | str | Path,
    path: str | Path,
) -> None:
    """Write the tariffs of the named states, aggregated like the world (trade-weighted).

    Only the cells where a state's tariff differs from the world's are written.

    Parameters
    ----------
    full : Baseline
        The full ICIO world the default world was aggregated from.
    world : Baseline
        The default world.
    regions, sectors : dict of str to str, str or Path
        The mappings used for ``world``.
    path : str or Path
        The CSV file to write (``start_states.csv``).
    """
    from tradewar.data.build.default_tariffs import default_tariffs

    rows = []
    for state, year in START_STATES.items():
        other = full.replace(tariff=default_tariffs(full, year), check_accounting=False)
        tariffs = aggregate(other, regions, sectors)
        changed = np.argwhere(np.abs(tariffs.tariff - world.tariff) > 1e-12)
        for i, n, s in changed:
            rows.append(
                (
                    state,
                    world.countries[i],
                    world.countries[n],
                    world.sectors[s],
                    round(float(tariffs.tariff[i, n, s]), 6),
                )
            )
    lines = ["state,exporter,importer,sector,tariff"] + [",".join(map(str, r)) for r in rows]
    Path(path).write_text("\n".join(lines) + "\n")


def start_state_tariffs(world: Baseline, state: str) -> np.ndarray:
    """The tariff array of a named policy state for the default world (or an ICIO-sector world).

    Parameters
    ----------
    world : Baseline
        The default world, or a world at ICIO sector resolution (whose tariffs
        come from the tariff table of the state's year directly).
    state : str
        The state's name (:data:`START_STATES`).

    Returns
    -------
    numpy.ndarray
        (N, N, S) tariffs: the world's, with the state's where it differs.

    Raises
    ------
    KeyError
        If the state is not defined for this world.
    """
    from tradewar.data.build.default_tariffs import default_tariffs
    from tradewar.data.build.icio_sectors import ICIO_SECTORS

    if state in START_STATES and set(world.sectors) <= set(ICIO_SECTORS):
        # a world at ICIO resolution (e.g. icio-2022): the tariff table applies directly
        return default_tariffs(world, START_STATES[state])
    table = pd.read_csv(default_dir() / START_STATES_FILE)
    rows = table[table["state"] == state]
    if rows.empty:
        raise KeyError(state)
    tariff = world.tariff.copy()
    for row in rows.itertuples():
        tariff[
            world.country_index(str(row.exporter)),
            world.country_index(str(row.importer)),
            world.sector_index(str(row.sector)),
        ] = row.tariff
    return tariff
