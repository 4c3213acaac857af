"""Structural gravity: estimation, general equilibrium, and agreement with gegravity."""

import numpy as np
import pandas as pd
import pytest

from conftest import shared_path
from tradewar import DataError
from tradewar.data.sources.gravity import pair_matrix
from tradewar.gravity import (
    estimate_gravity,
    gravity_counterfactual,
    gravity_world,
)
from tradewar.gravity.parity import (
    large_gravity_case,
    run_gegravity_example,
    run_tradewar_example,
)

SAMPLE_FORMULA = (
    "trade ~ lndist + contiguity + common_language + pta + international | exporter + importer"
)


@pytest.fixture(scope="module")
def sample():
    return pd.read_csv(
        shared_path("gegravity_sample", "sample_data_set.dlm"), sep=None, engine="python"
    )


def test_ppml_reproduces_the_gegravity_example_estimates(sample):
    est = estimate_gravity(sample, SAMPLE_FORMULA)
    published = {
        "lndist": -0.3899,
        "contiguity": 0.8916,
        "common_language": 0.0326,
        "pta": 0.4711,
        "international": -3.4126,
    }
    for term, value in published.items():
        assert est.beta[term] == pytest.approx(value, abs=1e-4)
    assert list(est.coefficients.columns) == [
        "term",
        "estimate",
        "std_error",
        "t_value",
        "p_value",
        "ci_low",
        "ci_high",
    ]
    assert (est.coefficients["std_error"] > 0).all()
    assert est.nobs == 900


def test_ppml_trade_without_borders_coefficients():
    data = pd.read_stata(shared_path("yotov2016", "1_TradeWithoutBorder.dta"))
    est = estimate_gravity(data, "trade ~ ln_DIST + CNTG + INTL_BRDR | exporter + importer")
    # Yotov et al. (2016), chapter 2, application 1 (PPML, exporter and importer effects)
    assert est.beta["ln_DIST"] == pytest.approx(-0.791, abs=5e-4)
    assert est.beta["CNTG"] == pytest.approx(0.674, abs=5e-4)
    assert est.beta["INTL_BRDR"] == pytest.approx(-2.474, abs=5e-4)


def test_estimation_bad_input(sample):
    with pytest.raises(DataError, match=r"missing column.*'distance'"):
        estimate_gravity(sample, "trade ~ distance | exporter + importer")
    bad = sample.copy()
    bad.loc[3, "trade"] = -1.0
    with pytest.raises(DataError, match="negative or missing for IND -> AUS"):
        estimate_gravity(bad, SAMPLE_FORMULA)
    with pytest.raises(DataError, match="too few"):
        estimate_gravity(sample.head(20), SAMPLE_FORMULA)
    with pytest.raises(DataError, match="no '~'"):
        estimate_gravity(sample, "trade lndist")


def test_all_zero_groups_are_reported(sample):
    data = sample.copy()
    data.loc[data["exporter"] == "AUS", "trade"] = 0.0
    est = estimate_gravity(data, SAMPLE_FORMULA)
    assert any("AUS" in line for line in est.dropped)


def test_counterfactual_variable_must_be_estimated(sample):
    est = estimate_gravity(sample, SAMPLE_FORMULA)
    with pytest.raises(DataError, match="'fta' was not in the estimation"):
        est.cost_term(sample, {"fta": 1})


def test_agreement_with_gegravity(sample):
    """The same counterfactual side by side: every country's results within 1e-4 relative."""
    pytest.importorskip("gegravity", reason="gegravity is a test dependency")
    model = run_gegravity_example(sample)
    world, ours = run_tradewar_example(sample, "one-step")
    theirs = model.country_results
    countries = list(world.countries)
    # baseline modelled flows
    flows = model.bilateral_trade_results["baseline modeled trade"]
    for (e, i), value in flows.items():
        assert world.trade[countries.index(e), countries.index(i), 0] == pytest.approx(
            value, rel=1e-6
        )
    # welfare statistic (E/P)/(E'/P') and every percent change
    welfare_stat = 1.0 / (1.0 + ours.countries["real_gdp_pct"] / 100.0)
    np.testing.assert_allclose(welfare_stat, theirs.loc[countries, "welfare statistic"], rtol=1e-4)
    pairs = {
        "factory_price_pct": "factory gate price change (percent)",
        "omr_pct": "omr change (percent)",
        "imr_pct": "imr change (percent)",
        "real_gdp_pct": "GDP change (percent)",
        "exports_pct": "foreign exports change (percent)",
        "imports_pct": "foreign imports change (percent)",
        "intranational_pct": "intranational trade change (percent)",
    }
    for ours_col, their_col in pairs.items():
        np.testing.assert_allclose(
            ours.countries[ours_col],
            theirs.loc[countries, their_col],
            rtol=1e-4,
            atol=1e-6,
            err_msg=ours_col,
        )
    new = ours.trade["new"]
    experiment = model.bilateral_trade_results["experiment trade"]
    np.testing.assert_allclose(new.reindex(experiment.index), experiment, rtol=1e-4)


def ge_gravity_reference(flows, partial, theta, multiplicative):
    """The real wage ŵ/P̂ by ge_gravity's fixed-point algorithm (its ``gen_rw``), as an oracle.

    Its welfare (``gen_w``) is this with multiplicative deficits and real
    expenditure with additive ones: test_ge_gravity_parity.py compares both with
    its published output.
    """
    x = flows
    e, y = x.sum(axis=0), x.sum(axis=1)
    d = e - y
    pi = x / e[None, :]
    b = np.exp(partial)
    w, p = np.ones(len(y)), np.ones(len(y))
    for _ in range(100000):
        w_new = (((pi * b) @ (e / p)) / y) ** (1 / (1 + theta))
        w_new *= y.sum() / (y * w_new).sum()
        p = (pi * b).T @ (w_new**-theta)
        e = (y + d) * w_new if multiplicative else y * w_new + d
        if np.max(np.abs(np.log(w_new) - np.log(w))) < 1e-13:
            w = w_new
            break
        w = w_new
    return w / p ** (-1 / theta)  # real wage


def test_full_ge_matches_the_ge_gravity_algorithm(sample):
    countries, flows = pair_matrix(sample, sample["trade"])
    idx = {c: i for i, c in enumerate(countries)}
    n = len(countries)
    partial = np.zeros((n, n))
    for a in ("CAN", "MEX", "USA"):
        for b in ("CAN", "MEX", "USA"):
            if a != b:
                partial[idx[a], idx[b]] = 0.5
    world = gravity_world(countries, flows, sigma=5.0)
    ours = gravity_counterfactual(world, partial, method="full", deficits="fixed")
    reference = ge_gravity_reference(flows, partial, 4.0, multiplicative=False)
    np.testing.assert_allclose(1 + ours.countries["real_gdp_pct"] / 100, reference, rtol=1e-8)


def test_conditional_ge_keeps_output_and_expenditure(sample):
    countries, flows = pair_matrix(sample, sample["trade"])
    n = len(countries)
    world = gravity_world(countries, flows, sigma=5.0)
    partial = np.full((n, n), 1.0)
    np.fill_diagonal(partial, 0.0)  # all borders thinner
    result = gravity_counterfactual(world, partial, method="conditional", reference="DEU")
    trade = result.trade["new"].unstack("importer")
    np.testing.assert_allclose(trade.sum(axis=1), flows.sum(axis=1), rtol=1e-8)
    np.testing.assert_allclose(trade.sum(axis=0), flows.sum(axis=0), rtol=1e-8)
    assert result.countries.loc["DEU", "imr_pct"] == pytest.approx(0.0, abs=1e-12)
    assert (result.countries["exports_pct"] > 0).all()


def test_200_countries_one_sector():
    world, partial = large_gravity_case(200)
    result = gravity_counterfactual(world, partial, method="full")
    assert result.report.converged
    assert (result.countries["real_gdp_pct"].iloc[:20] > 0).all()
