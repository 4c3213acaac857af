"""Caliendo & Parro (2015), Table 2: welfare effects of NAFTA's tariff reductions.

The experiment: the three members' bilateral tariffs go from their 1993 to their
2005 levels; every other tariff stays at 1993.  Two cases: deficits removed
first (the paper's procedure) and deficits held fixed.  The welfare column of
the paper is the sum of the terms-of-trade and volume-of-trade effects; the real
wage is ŵ / P̂.  The data ship with tradewar (the built-in data set ``cp2015``):
``tradewar replicate cp2015`` or :func:`replicate_cp2015`.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from tradewar.data.sources.cp2015 import CP2015_COUNTRIES, read_cp2015_tariffs
from tradewar.datasets.worlds import load_cp2015
from tradewar.policy.shock import Shock
from tradewar.replication.record import Comparison, ReplicationResult
from tradewar.results import Counterfactual, DeficitTreatment, solve

__all__ = [
    "CP2015_INTRA_NAFTA",
    "CP2015_TABLE2",
    "NAFTA",
    "cp2015_counterfactuals",
    "cp2015_table2",
    "intra_nafta_imports",
    "nafta_shock",
    "replicate_cp2015",
]

REFERENCE = (
    "Caliendo, L. and F. Parro (2015), Estimates of the Trade and Welfare Effects of NAFTA, "
    "Review of Economic Studies 82(1): 1-44"
)

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

#: The abstract's intra-bloc trade growth (percent, zero aggregate deficits): imports
#: from the NAFTA partners.
CP2015_INTRA_NAFTA: dict[str, float] = {"Mexico": 118.0, "Canada": 11.0, "US": 41.0}

_CASES: dict[str, DeficitTreatment] = {"zero_deficits": "zero", "with_deficits": "fixed"}
_CASE_TITLES = {"zero_deficits": "zero aggregate deficits", "with_deficits": "with deficits"}


def nafta_shock(folder: str | Path | None, tariff_1993: np.ndarray) -> Shock:
    """Tariffs of 1993 except between NAFTA members, which take their 2005 tariffs.

    Parameters
    ----------
    folder : str, Path or None
        The folder of the replication files (``tariffs2005.txt``), or a data set
        name; None for the built-in ``cp2015``.
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


def cp2015_counterfactuals(folder: str | Path | None = None) -> dict[str, Counterfactual]:
    """The two solved NAFTA counterfactuals, keyed ``zero_deficits`` and ``with_deficits``.

    Parameters
    ----------
    folder : str, Path or None
        The folder of the replication files, or a data set name; None for the
        built-in ``cp2015``.

    Returns
    -------
    dict of str to Counterfactual
        The counterfactual of each case.
    """
    baseline = load_cp2015(folder)
    shock = nafta_shock(folder, baseline.tariff)
    return {case: solve(baseline, shock, deficits=how) for case, how in _CASES.items()}


def cp2015_table2(
    folder: str | Path | None = None,
    counterfactuals: dict[str, Counterfactual] | None = None,
) -> dict[str, dict[str, dict[str, float]]]:
    """Reproduce Table 2 (percent, unrounded), in the layout of :data:`CP2015_TABLE2`.

    Parameters
    ----------
    folder : str, Path or None
        The folder of the replication files, or a data set name; None for the
        built-in ``cp2015``.
    counterfactuals : dict, optional
        The solved cases (:func:`cp2015_counterfactuals`), to reuse them.

    Returns
    -------
    dict
        Case (``zero_deficits``, ``with_deficits``) → member → column →
        percent change.
    """
    table: dict[str, dict[str, dict[str, float]]] = {}
    solved = counterfactuals or cp2015_counterfactuals(folder)
    for case, cf in solved.items():
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


def intra_nafta_imports(cf: Counterfactual) -> dict[str, float]:
    """Each member's imports from its NAFTA partners: percent change.

    Parameters
    ----------
    cf : Counterfactual
        A NAFTA counterfactual (:func:`cp2015_counterfactuals`).

    Returns
    -------
    dict of str to float
        Member (as named in the table) → percent change.
    """
    base, new = cf.baseline.trade, cf.equilibrium.trade
    index = {name: cf.baseline.country_index(code) for name, code in NAFTA.items()}
    out = {}
    for name, k in index.items():
        partners = [j for j in index.values() if j != k]
        out[name] = 100.0 * (new[partners, k].sum() / base[partners, k].sum() - 1.0)
    return out


def replicate_cp2015(data: str | Path | None = None) -> ReplicationResult:
    """Table 2 and the abstract's intra-bloc trade growth, every number beside ours.

    Parameters
    ----------
    data : str, Path or None
        The replication files (a folder or a data set name); None for the
        built-in ``cp2015``.

    Returns
    -------
    ReplicationResult
        24 numbers of Table 2 (two decimals) and 3 of the abstract (integers).
    """
    solved = cp2015_counterfactuals(data)
    table = cp2015_table2(counterfactuals=solved)
    rows = [
        Comparison(
            f"Table 2, {_CASE_TITLES[case]}",
            country,
            measure,
            published,
            2,
            table[case][country][measure],
        )
        for case, countries in CP2015_TABLE2.items()
        for country, measures in countries.items()
        for measure, published in measures.items()
    ]
    growth = intra_nafta_imports(solved["zero_deficits"])
    rows += [
        Comparison(
            "Abstract, intra-bloc trade, zero deficits",
            country,
            "imports from partners",
            published,
            0,
            growth[country],
        )
        for country, published in CP2015_INTRA_NAFTA.items()
    ]
    return ReplicationResult(
        "cp2015",
        "Caliendo & Parro (2015): welfare and trade effects of NAFTA's tariff cuts (Table 2)",
        REFERENCE,
        tuple(rows),
        (
            "percent changes; NAFTA members' bilateral tariffs from 1993 to 2005, "
            "other tariffs at 1993",
        ),
    )
