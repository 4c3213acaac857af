"""Published structural-gravity results beside ours (``pip install 'tradewar[gravity]'``).

Three examples tradewar reproduces, each on its built-in data set:

* ``yotov-twb`` — Yotov, Piermartini, Monteiro & Larch (2016), chapter 2,
  "trade without borders" (69 countries, 2006): the PPML estimates and the
  book's country table (its do-file's results files): factory-gate prices,
  outward and inward multilateral resistances, real GDP and exports in the full
  endowment GE (the book's own iteration, :mod:`tradewar.gravity.book`), and
  the resistances and exports in the conditional GE, on the flows PPML fits;
* ``eu-enlargement`` — the example of ``ge_gravity`` (Baier, Yotov & Zylkin):
  the effect of the EU enlargements by three-way PPML on 44 WIOD countries,
  2000–2014, and the welfare change of every country on the world of 2000
  (θ = 4) with additive and with multiplicative deficits, as ge_gravity's
  Stata output gives them (shipped by its R port);
* ``gegravity-sample`` — the example of USITC's ``gegravity``: its PPML
  estimates on its sample data (30 countries, 2006).

The published tables ship in ``replication/published/`` (gzipped CSV, each with
a header that gives its source).  Their numbers are machine output, printed to
more digits than any two PPML implementations agree on (each stops at its own
tolerance), so the precision each is compared at is stated with it.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from tradewar.replication.record import Comparison, ReplicationResult

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "EU_ENLARGEMENT_BETA",
    "GEGRAVITY_SAMPLE_BETA",
    "YOTOV_TWB_BETA",
    "YOTOV_TWB_COLUMNS",
    "published_table",
    "replicate_eu_enlargement",
    "replicate_gegravity_sample",
    "replicate_yotov_twb",
]

#: gegravity's example: PPML estimates as its documentation prints them (4 decimals).
GEGRAVITY_SAMPLE_BETA = {
    "lndist": -0.3899,
    "contiguity": 0.8916,
    "common_language": 0.0326,
    "pta": 0.4711,
    "international": -3.4126,
}
#: Yotov et al. (2016), ch. 2, application 1: PPML with exporter and importer effects.
YOTOV_TWB_BETA = {"ln_DIST": -0.791, "CNTG": 0.674, "INTL_BRDR": -2.474}
#: ge_gravity's example (its R port's vignette): the EU-enlargement effect.
EU_ENLARGEMENT_BETA = {"eu_enlargement": 0.224}

#: The book's column -> (table, solution, tradewar column, label).
YOTOV_TWB_COLUMNS = {
    "change_price_FULL": ("full", "book", "factory_price_pct", "factory price"),
    "change_OMR_FULL": ("full", "book", "omr_pct", "OMR"),
    "change_IMR_FULL": ("full", "book", "imr_pct", "IMR"),
    "change_rGDP_FULL": ("full", "book", "real_gdp_pct", "real GDP"),
    "change_Xi_FULL": ("full", "book", "exports_pct", "exports"),
    "change_OMR_CDL": ("conditional", "conditional", "omr_pct", "OMR"),
    "change_IMR_CDL": ("conditional", "conditional", "imr_pct", "IMR"),
    "change_Xi_CDL": ("conditional", "conditional", "exports_pct", "exports"),
}
_TWB_TABLES = {
    "full": "Full endowment GE, the book's iteration (% change)",
    "conditional": "Conditional GE (% change)",
}
#: Decimals of a percentage point the published country tables are compared at.
_BOOK_DECIMALS = 3
_GE_GRAVITY_DECIMALS = 4

REFERENCES = {
    "gegravity-sample": "Herman, P. R. (2021), gegravity: General Equilibrium Gravity Modeling "
    "in Python, USITC Economics Working Paper 2021-04-B (the package's example)",
    "yotov-twb": "Yotov, Y. V., R. Piermartini, J.-A. Monteiro and M. Larch (2016), An Advanced "
    "Guide to Trade Policy Analysis: The Structural Gravity Model, WTO and UNCTAD, ch. 2",
    "eu-enlargement": "Baier, S. L., Y. V. Yotov and T. Zylkin (2019), Journal of International "
    "Economics 116: 206-226; T. Zylkin, ge_gravity (Stata) and GEGravity (R), the example",
}


def published_table(name: str) -> pd.DataFrame:
    """A published table shipped with tradewar, as a DataFrame (its header comments dropped).

    Parameters
    ----------
    name : {"yotov2016_trade_without_borders", "ge_gravity_eu_enlargement"}
        The table.

    Returns
    -------
    pandas.DataFrame
        The table as published.
    """
    import pandas as pd

    path = Path(str(files("tradewar.replication") / "published" / f"{name}.csv.gz"))
    return pd.read_csv(path, comment="#")


def _frame(dataset: str, data: str | Path | None) -> tuple[pd.DataFrame, str]:
    from tradewar.data.files.tables import read_table
    from tradewar.data.sources.builtin import locate
    from tradewar.extras import require

    require("pyfixest", "gravity")
    path = locate(data or dataset)
    return read_table(path), str(path)


def _estimate(frame, formula: str, source: str, *, international_only=False, vcov="hetero"):
    from tradewar.gravity.estimate import estimate_gravity, gravity_sample, parse_vcov

    sample = gravity_sample(frame, international_only=international_only, source=source)
    return estimate_gravity(sample, formula, vcov=parse_vcov(vcov), source=source)


def _estimates(table: str, published: dict[str, float], decimals: int, beta) -> list[Comparison]:
    return [
        Comparison(table, term, "estimate", value, decimals, beta[term])
        for term, value in published.items()
    ]


def replicate_gegravity_sample(data: str | Path | None = None) -> ReplicationResult:
    """The example of gegravity: PPML estimates with exporter and importer fixed effects.

    Parameters
    ----------
    data : str, Path or None
        The sample data (a file or a data set name); None for the built-in
        ``gegravity-sample``.

    Returns
    -------
    ReplicationResult
        The five estimates, to the 4 decimals published.
    """
    frame, source = _frame("gegravity-sample", data)
    formula = (
        "trade ~ lndist + contiguity + common_language + pta + international | exporter + importer"
    )
    estimates = _estimate(frame, formula, source)
    rows = _estimates(
        "PPML, exporter and importer effects", GEGRAVITY_SAMPLE_BETA, 4, estimates.beta
    )
    return ReplicationResult(
        "gegravity-sample",
        "gegravity's example: PPML estimates of trade costs (30 countries, 2006)",
        REFERENCES["gegravity-sample"],
        tuple(rows),
        (
            "the example's script types Stata's (ppmlhdfe) estimates to 7 significant digits; "
            "ours, converged further, differ from them by less than 1e-7",
            "its general equilibrium is compared with gegravity run side by side in the tests",
        ),
    )


def replicate_yotov_twb(data: str | Path | None = None) -> ReplicationResult:
    """Yotov et al. (2016), chapter 2, trade without borders: estimates and country table.

    Parameters
    ----------
    data : str, Path or None
        The chapter's data (a file or a data set name); None for the built-in
        ``yotov2016``.

    Returns
    -------
    ReplicationResult
        ln_DIST, CNTG and INTL_BRDR to the 3 decimals published; every
        country's full-endowment (price, OMR, IMR, real GDP, exports) and
        conditional (OMR, IMR, exports) changes, to 3 decimals of a point.
    """
    from tradewar.data.sources.gravity import pair_matrix
    from tradewar.gravity.ge import fitted_baseline, gravity_counterfactual

    frame, source = _frame("yotov2016", data)
    estimates = _estimate(frame, "trade ~ ln_DIST + CNTG + INTL_BRDR | exporter + importer", source)
    rows = _estimates("PPML, exporter and importer effects", YOTOV_TWB_BETA, 3, estimates.beta)
    countries, flows = pair_matrix(frame, frame["trade"])
    _, cost = pair_matrix(frame, estimates.cost_term(frame), countries=countries)
    world = fitted_baseline(countries, cost, flows.sum(axis=1), flows.sum(axis=0), 7.0)
    _, delta = pair_matrix(
        frame,
        estimates.cost_term(frame, {"INTL_BRDR": 0}) - estimates.cost_term(frame),
        countries=countries,
    )
    reference = "ZZZ" if "ZZZ" in countries else "DEU"  # the data's code for Germany
    solved = {
        method: gravity_counterfactual(
            world, delta, method=method, reference=reference
        ).countries.rename(index={"ZZZ": "DEU"})  # the book's tables name Germany DEU
        for method in ("book", "conditional")
    }
    book = published_table("yotov2016_trade_without_borders").set_index("country")
    for table in _TWB_TABLES:
        for country in map(str, book.index):
            for column, (where, method, ours, label) in YOTOV_TWB_COLUMNS.items():
                if where == table:
                    published = book[column].to_numpy(dtype=float)[book.index.get_loc(country)]
                    value = solved[method][ours].reindex([country]).to_numpy(dtype=float)[0]
                    rows.append(
                        Comparison(
                            _TWB_TABLES[table],
                            country,
                            label,
                            float(published),
                            _BOOK_DECIMALS,
                            float(value),
                        )
                    )
    return ReplicationResult(
        "yotov-twb",
        "Yotov et al. (2016), ch. 2, trade without borders: PPML and the book's country table",
        REFERENCES["yotov-twb"],
        tuple(rows),
        (
            "the book's results files (its do-file's output) hold Stata's numbers to about 10 "
            f"digits; compared to {_BOOK_DECIMALS} decimals of a percentage point, since two "
            "PPML implementations agree only to their tolerance",
            "full endowment: the book's own iteration (five PPML re-estimations, its stopping "
            "rule), not the exact fixed point (method 'full'), which differs by up to 0.8 points",
        ),
    )


def replicate_eu_enlargement(data: str | Path | None = None) -> ReplicationResult:
    """ge_gravity's example: the EU enlargements' partial effect and every country's welfare.

    Parameters
    ----------
    data : str, Path or None
        The example data (a file or a data set name); None for the built-in
        ``gravity-wiod0014``.

    Returns
    -------
    ReplicationResult
        The eu_enlargement estimate (3 decimals published) and the welfare
        change of the 44 countries with additive and with multiplicative
        deficits, to 4 decimals of a percentage point.
    """
    from tradewar.data.sources.gravity import pair_matrix
    from tradewar.gravity.ge import gravity_counterfactual, gravity_world

    frame, source = _frame("gravity-wiod0014", data)
    formula = (
        "trade ~ eu_enlargement + other_fta | exporter^year + importer^year + exporter^importer"
    )
    estimates = _estimate(
        frame, formula, source, international_only=True, vcov="cluster:exporter^importer"
    )
    table = "PPML, exporter-year, importer-year and pair effects, international flows"
    rows = _estimates(table, EU_ENLARGEMENT_BETA, 3, estimates.beta)
    first, last = frame[frame["year"] == 2000], frame[frame["year"] == 2014]
    countries, flows = pair_matrix(first, first["trade"])
    _, before = pair_matrix(first, first["eu_enlargement"], countries=countries)
    _, after = pair_matrix(last, last["eu_enlargement"], countries=countries)
    partial = estimates.beta["eu_enlargement"] * (after - before)  # the pairs that join
    world = gravity_world(countries, flows, sigma=5.0)  # theta = 4
    welfare = {
        # ge_gravity's welfare: real expenditure with additive deficits, the real wage with
        # multiplicative ones
        "w_eu": gravity_counterfactual(world, partial, method="full", deficits="fixed").countries[
            "welfare_pct"
        ],
        "w_mult": gravity_counterfactual(
            world, partial, method="full", deficits="multiplicative"
        ).countries["real_gdp_pct"],
    }
    published = published_table("ge_gravity_eu_enlargement").groupby("exporter").first()
    labels = {"w_eu": "additive deficits", "w_mult": "multiplicative deficits"}
    countries_published = [str(c) for c in published.index]
    for column, label in labels.items():
        theirs = np.round(100.0 * (published[column].to_numpy(dtype=float) - 1.0), 8)
        ours = welfare[column].reindex(countries_published).to_numpy(dtype=float)
        rows += [
            Comparison(
                "Welfare change, world of 2000, theta 4 (%)",
                country,
                label,
                float(theirs[k]),
                _GE_GRAVITY_DECIMALS,
                float(ours[k]),
            )
            for k, country in enumerate(countries_published)
        ]
    return ReplicationResult(
        "eu-enlargement",
        "ge_gravity's example: the EU enlargements, partial effect and welfare by country",
        REFERENCES["eu-enlargement"],
        tuple(rows),
        (
            "ge_gravity's output is single precision (about 7 digits of the welfare ratio); "
            f"its welfare changes are compared to {_GE_GRAVITY_DECIMALS} decimals of a "
            "percentage point",
            "welfare as ge_gravity reports it: real expenditure with additive deficits, the "
            "real wage with multiplicative ones",
        ),
    )
