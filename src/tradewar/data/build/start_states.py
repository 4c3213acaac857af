"""Named policy states of the default world (``start: pre-war-2017``): written and read.

The tariffs of each state are aggregated like the world (trade-weighted) when it
is built (:func:`write_start_states`) and kept in ``default/start_states.csv``
beside it; :func:`start_state_tariffs` reads them back.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from tradewar.baseline import Baseline
from tradewar.data.build.aggregate import aggregate
from tradewar.data.build.default_files import START_STATES_FILE, default_dir

__all__ = ["START_STATES", "start_state_tariffs", "write_start_states"]

#: The named states and the year of their tariff tables.
START_STATES = {"pre-war-2017": 2017}


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
