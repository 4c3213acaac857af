"""Published structural-gravity estimates beside ours (``pip install 'tradewar[gravity]'``).

Three examples whose published numbers tradewar reproduces with its PPML
(:func:`tradewar.gravity.estimate_gravity`), each on its built-in data set:

* ``gegravity-sample`` — the example of USITC's ``gegravity``: exporter and
  importer fixed effects on its sample data (30 countries, 2006);
* ``yotov-twb`` — Yotov, Piermartini, Monteiro & Larch (2016), chapter 2,
  "trade without borders" (69 countries, 2006);
* ``eu-enlargement`` — the example of ``ge_gravity`` (Baier, Yotov & Zylkin):
  exporter-year, importer-year and pair effects on international flows of 44
  WIOD countries, 2000–2014.

Each compares the estimates published with the example, at the decimals they
were published with.  The general-equilibrium results by country are compared
by the tests of :mod:`tradewar.gravity` (against ``gegravity`` run side by side
and ``ge_gravity``'s algorithm), not yet here.
"""

from __future__ import annotations

from pathlib import Path

from tradewar.replication.record import Comparison, ReplicationResult

__all__ = [
    "EU_ENLARGEMENT_BETA",
    "GEGRAVITY_SAMPLE_BETA",
    "YOTOV_TWB_BETA",
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

REFERENCES = {
    "gegravity-sample": "Herman, P. R. (2021), gegravity: General Equilibrium Gravity Modeling "
    "in Python, USITC Economics Working Paper 2021-04-B (the package's example)",
    "yotov-twb": "Yotov, Y. V., R. Piermartini, J.-A. Monteiro and M. Larch (2016), An Advanced "
    "Guide to Trade Policy Analysis: The Structural Gravity Model, WTO and UNCTAD, ch. 2",
    "eu-enlargement": "Baier, S. L., Y. V. Yotov and T. Zylkin (2019), Journal of International "
    "Economics 116: 206-226; T. Zylkin, ge_gravity (Stata) and GEGravity (R), the example",
}


def _estimate(
    dataset: str,
    data: str | Path | None,
    formula: str,
    *,
    international_only: bool = False,
    vcov: str = "hetero",
):
    from tradewar.data.files.tables import read_table
    from tradewar.data.sources.builtin import locate
    from tradewar.extras import require

    require("pyfixest", "gravity")
    from tradewar.gravity.estimate import estimate_gravity, gravity_sample, parse_vcov

    path = locate(data or dataset)
    frame = gravity_sample(
        read_table(path), international_only=international_only, source=str(path)
    )
    return estimate_gravity(frame, formula, vcov=parse_vcov(vcov), source=str(path))


def _compare(
    name: str,
    title: str,
    table: str,
    published: dict[str, float],
    decimals: int,
    beta: dict[str, float],
    notes: tuple[str, ...],
) -> ReplicationResult:
    rows = tuple(
        Comparison(table, term, "estimate", value, decimals, beta[term])
        for term, value in published.items()
    )
    return ReplicationResult(name, title, REFERENCES[name], rows, notes)


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
    formula = (
        "trade ~ lndist + contiguity + common_language + pta + international | exporter + importer"
    )
    estimates = _estimate("gegravity-sample", data, formula)
    return _compare(
        "gegravity-sample",
        "gegravity's example: PPML estimates of trade costs (30 countries, 2006)",
        "PPML, exporter and importer effects",
        GEGRAVITY_SAMPLE_BETA,
        4,
        estimates.beta,
        (
            "the example's script types Stata's (ppmlhdfe) estimates to 7 significant digits; "
            "ours, converged further, differ from them by less than 1e-7",
        ),
    )


def replicate_yotov_twb(data: str | Path | None = None) -> ReplicationResult:
    """Yotov et al. (2016), chapter 2, trade without borders: the PPML estimates.

    Parameters
    ----------
    data : str, Path or None
        The chapter's data (a file or a data set name); None for the built-in
        ``yotov2016``.

    Returns
    -------
    ReplicationResult
        ln_DIST, CNTG and INTL_BRDR, to the 3 decimals published.
    """
    formula = "trade ~ ln_DIST + CNTG + INTL_BRDR | exporter + importer"
    estimates = _estimate("yotov2016", data, formula)
    return _compare(
        "yotov-twb",
        "Yotov et al. (2016), ch. 2, trade without borders: PPML estimates (69 countries, 2006)",
        "PPML, exporter and importer effects",
        YOTOV_TWB_BETA,
        3,
        estimates.beta,
        ("the book's general-equilibrium effects by country are not compared here",),
    )


def replicate_eu_enlargement(data: str | Path | None = None) -> ReplicationResult:
    """ge_gravity's example: the partial effect of the EU enlargements, by three-way PPML.

    Parameters
    ----------
    data : str, Path or None
        The example data (a file or a data set name); None for the built-in
        ``gravity-wiod0014``.

    Returns
    -------
    ReplicationResult
        The eu_enlargement estimate, to the 3 decimals published.
    """
    formula = (
        "trade ~ eu_enlargement + other_fta | exporter^year + importer^year + exporter^importer"
    )
    estimates = _estimate(
        "gravity-wiod0014",
        data,
        formula,
        international_only=True,
        vcov="cluster:exporter^importer",
    )
    return _compare(
        "eu-enlargement",
        "ge_gravity's example: the effect of the EU enlargements (44 countries, 2000-2014)",
        "PPML, exporter-year, importer-year and pair effects, international flows",
        EU_ENLARGEMENT_BETA,
        3,
        estimates.beta,
        ("ge_gravity's general-equilibrium effects by country are not compared here",),
    )
