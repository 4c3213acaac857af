"""Caliendo & Parro (2015), Table 2: welfare effects of NAFTA's tariff reductions.

The experiment: the three members' bilateral tariffs go from their 1993 to their
2005 levels; every other tariff stays at 1993.  Two cases: deficits removed
first (the paper's procedure) and deficits held fixed.  The welfare column of
the paper is the sum of the terms-of-trade and volume-of-trade effects; the real
wage is ŵ / P̂.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from tradewar.data.sources.cp2015 import CP2015_COUNTRIES, read_cp2015_tariffs
from tradewar.datasets.worlds import load_cp2015
from tradewar.policy.shock import Shock
from tradewar.results import Counterfactual, DeficitTreatment, solve

__all__ = ["CP2015_TABLE2", "NAFTA", "cp2015_table2", "nafta_shock"]

#: NAFTA members as named in the table, with their codes.
NAFTA = {"Mexico": "MEX", "Canada": "CAN", "US": "USA"}

#: The published Table 2 (percent).
CP2015_TABLE2: dict[str, dict[str, dict[str, float]]] = {
    "zero_deficits": {
        "Mexico": {
            "terms_of_trade": -0.41,
            "volume_of_trade": 1.72,
            "welfare": 1.31,
            "real_wage": 1.72,
        },
        "Canada": {
            "terms_of_trade": -0.11,
            "volume_of_trade": 0.04,
            "welfare": -0.06,
            "real_wage": 0.32,
        },
        "US": {"terms_of_trade": 0.04, "volume_of_trade": 0.04, "welfare": 0.08, "real_wage": 0.11},
    },
    "with_deficits": {
        "Mexico": {
            "terms_of_trade": -0.41,
            "volume_of_trade": 1.59,
            "welfare": 1.17,
            "real_wage": 1.64,
        },
        "Canada": {
            "terms_of_trade": -0.08,
            "volume_of_trade": 0.04,
            "welfare": -0.04,
            "real_wage": 0.33,
        },
        "US": {"terms_of_trade": 0.05, "volume_of_trade": 0.04, "welfare": 0.08, "real_wage": 0.12},
    },
}

_CASES: dict[str, DeficitTreatment] = {"zero_deficits": "zero", "with_deficits": "fixed"}


def nafta_shock(folder: str | Path, tariff_1993: np.ndarray) -> Shock:
    """Tariffs of 1993 except between NAFTA members, which take their 2005 tariffs.

    Parameters
    ----------
    folder : str or Path
        The folder of the replication files (``tariffs2005.txt``).
    tariff_1993 : numpy.ndarray
        (N, N, S) the baseline's 1993 tariffs.

    Returns
    -------
    Shock
        The new tariffs.
    """
    tariff_2005 = read_cp2015_tariffs(folder, 2005)
    new = np.array(tariff_1993, copy=True)
    members = [CP2015_COUNTRIES.index(code) for code in NAFTA.values()]
    for i in members:
        for n in members:
            if i != n:
                new[i, n, :] = tariff_2005[i, n, :]
    return Shock(tariff=new)


def cp2015_counterfactuals(folder: str | Path) -> dict[str, Counterfactual]:
    """The two solved NAFTA counterfactuals, keyed ``zero_deficits`` and ``with_deficits``."""
    baseline = load_cp2015(folder)
    shock = nafta_shock(folder, baseline.tariff)
    return {case: solve(baseline, shock, deficits=how) for case, how in _CASES.items()}


def cp2015_table2(folder: str | Path) -> dict[str, dict[str, dict[str, float]]]:
    """Reproduce Table 2 (percent, unrounded), in the layout of :data:`CP2015_TABLE2`.

    Parameters
    ----------
    folder : str or Path
        The folder of the replication files.

    Returns
    -------
    dict
        Case (``zero_deficits``, ``with_deficits``) → member → column →
        percent change.
    """
    table: dict[str, dict[str, dict[str, float]]] = {}
    for case, cf in cp2015_counterfactuals(folder).items():
        countries = cf.countries()
        table[case] = {
            name: {
                "terms_of_trade": float(countries["terms_of_trade_pct"].loc[code]),
                "volume_of_trade": float(countries["volume_of_trade_pct"].loc[code]),
                "welfare": float(countries["welfare_decomposed_pct"].loc[code]),
                "real_wage": float(countries["real_wage_pct"].loc[code]),
            }
            for name, code in NAFTA.items()
        }
    return table
