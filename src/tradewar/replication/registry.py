"""Every published result tradewar reproduces, by name: ``replicate(name)``."""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import TYPE_CHECKING

from tradewar.errors import DataError
from tradewar.replication.record import Replication, ReplicationResult

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["REPLICATIONS", "replicate", "replications"]


def _cp2015(data: str | Path | None) -> ReplicationResult:
    from tradewar.replication.cp2015 import replicate_cp2015

    return replicate_cp2015(data)


def _ossa2014(data: str | Path | None) -> ReplicationResult:
    from tradewar.replication.ossa2014 import replicate_ossa2014

    return replicate_ossa2014(data)


def _ossa2014_war(data: str | Path | None) -> ReplicationResult:
    from tradewar.replication.ossa2014 import replicate_ossa2014_war

    return replicate_ossa2014_war(data)


def _gravity(function: str):
    def run(data: str | Path | None) -> ReplicationResult:
        from tradewar.replication import gravity

        result: ReplicationResult = getattr(gravity, function)(data)
        return result

    return run


REPLICATIONS: dict[str, Replication] = {
    r.name: r
    for r in (
        Replication(
            "cp2015",
            "Caliendo & Parro (2015), Table 2: welfare effects of NAFTA's tariff cuts",
            "Review of Economic Studies 82(1): 1-44",
            "cp2015",
            None,
            _cp2015,
        ),
        Replication(
            "ossa2014",
            "Ossa (2014), Tables 2 and 3: a US tariff in one industry; optimal tariffs",
            "American Economic Review 104(12): 4104-4146",
            "ossa2014",
            None,
            _ossa2014,
        ),
        Replication(
            "ossa2014-war",
            "Ossa (2014), Tables 4 and 5: the trade war (Nash) and the trade talks (about 5 min)",
            "American Economic Review 104(12): 4104-4146",
            "ossa2014",
            None,
            _ossa2014_war,
        ),
        Replication(
            "yotov-twb",
            "Yotov et al. (2016), ch. 2, trade without borders: PPML and the country table",
            "An Advanced Guide to Trade Policy Analysis, WTO and UNCTAD",
            "yotov2016",
            "gravity",
            _gravity("replicate_yotov_twb"),
        ),
        Replication(
            "eu-enlargement",
            "ge_gravity's example, the EU enlargements: PPML and welfare by country",
            "Baier, Yotov & Zylkin (2019); ge_gravity (Stata) and GEGravity (R)",
            "gravity-wiod0014",
            "gravity",
            _gravity("replicate_eu_enlargement"),
        ),
        Replication(
            "gegravity-sample",
            "gegravity's example: PPML estimates of trade costs",
            "Herman (2021), USITC Working Paper 2021-04-B",
            "gegravity-sample",
            "gravity",
            _gravity("replicate_gegravity_sample"),
        ),
    )
}


def _replication(name: str) -> Replication:
    if name in REPLICATIONS:
        return REPLICATIONS[name]
    close = difflib.get_close_matches(name.lower().replace("_", "-"), REPLICATIONS, n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    raise DataError(f"unknown replication {name!r}{hint} (known: {', '.join(REPLICATIONS)})")


def replicate(name: str, data: str | Path | None = None) -> ReplicationResult:
    """Reproduce a published result: every published number beside ours.

    Parameters
    ----------
    name : str
        A replication (:data:`REPLICATIONS`: ``cp2015``, ``ossa2014``, ``ossa2014-war``,
        ``yotov-twb``, ``eu-enlargement``, ``gegravity-sample``).
    data : str, Path or None
        Its data: None for the built-in data set, or another copy (a path, or a
        data set name found under ``TRADEWAR_DATA``).

    Returns
    -------
    ReplicationResult
        The comparisons; ``result.matches`` tells whether every number matches
        its published precision.

    Raises
    ------
    DataError
        An unknown name (one line, with the nearest), or data that cannot be read.
    MissingExtraError
        The replication needs an extra that is not installed (named).

    Examples
    --------
    >>> import tradewar as tw
    >>> tw.replication.replicate("cp2015").matches  # doctest: +SKIP
    True
    """
    return _replication(name).run(data)


def replications() -> pd.DataFrame:
    """The published results tradewar reproduces, one line each.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``name``: ``title``, ``reference``, ``dataset`` (its built-in
        data) and ``needs`` (an extra to install, or empty).
    """
    import pandas as pd

    rows = [
        {
            "name": r.name,
            "title": r.title,
            "reference": r.reference,
            "dataset": r.dataset,
            "needs": f"pip install 'tradewar[{r.extra}]'" if r.extra else "",
        }
        for r in REPLICATIONS.values()
    ]
    return pd.DataFrame(rows).set_index("name")
