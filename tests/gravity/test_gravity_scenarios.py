"""Estimation plus counterfactual from one scenario file."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import data_path
from tradewar.cli import app
from tradewar.errors import ScenarioError
from tradewar.scenario import run_scenario

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
runner = CliRunner()


def without_borders_variant(tmp_path, old, new):
    """The trade-without-borders example in tmp_path, with one piece of text replaced."""
    text = (EXAMPLES / "trade-without-borders.yaml").read_text()  # data: a built-in name
    path = tmp_path / "variant.yaml"
    path.write_text(text.replace(old, new))
    return path


@pytest.mark.parametrize("name", ["eu-enlargement.yaml", "eu-enlargement-additive.yaml"])
def test_eu_enlargement_example_runs(name):
    result = run_scenario(EXAMPLES / name)
    est = result.gravity.estimates
    assert est.beta["eu_enlargement"] == pytest.approx(0.224, abs=0.01)
    table = result.final.countries()
    for new_member in ("POL", "CZE", "HUN", "SVK", "SVN", "EST", "LVA", "LTU"):
        assert table.loc[new_member, "welfare_pct"] > 0.3
    assert table.loc["RUS", "welfare_pct"] < 0  # trade diversion away from outsiders


def test_run_json_has_gravity_indexes_and_coefficients():
    out = runner.invoke(app, ["run", str(EXAMPLES / "trade-without-borders.yaml"), "--json"])
    assert out.exit_code == 0, out.output
    doc = json.loads(out.stdout)
    usa = doc["countries"]["USA"]
    for key in ("real_gdp_pct", "exports_pct", "factory_price_pct", "omr_pct", "imr_pct"):
        assert key in usa
    terms = {c["term"]: c["estimate"] for c in doc["coefficients"]}
    assert terms["INTL_BRDR"] == pytest.approx(-2.474, abs=1e-3)
    assert doc["countries"]["DEU"]["imr_pct"] == pytest.approx(0.0, abs=1e-9)
    assert all(c["real_gdp_pct"] > 0 for c in doc["countries"].values())
    # one price index: the CES price index is the IMR, in the book's normalisation
    for row in doc["countries"].values():
        assert row["price_index_pct"] == pytest.approx(row["imr_pct"], abs=1e-9)


def test_conditional_ge_from_a_scenario(tmp_path):
    path = without_borders_variant(tmp_path, "ge: book", "ge: conditional")
    result = run_scenario(path)
    eqm = result.final.equilibrium
    world = result.start_world
    # conditional GE: output and expenditure stay at their baseline values
    assert abs(eqm.trade.sum(axis=1) / world.trade.sum(axis=1) - 1).max() < 1e-8
    assert abs(eqm.trade.sum(axis=0) / world.trade.sum(axis=0) - 1).max() < 1e-8


def test_regressor_changes_need_an_estimation(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text(
        "name: s\nbaseline: toy\nactions:\n"
        "  - {date: 2019-01-01, kind: trade_cost, exporters: all, importers: all,"
        " regressors: {pta: 1}}\n"
    )
    with pytest.raises(ScenarioError, match=r"actions\[0\].regressors: regressor changes need"):
        run_scenario(path)


def test_unknown_counterfactual_variable(tmp_path):
    path = without_borders_variant(tmp_path, "INTL_BRDR: 0", "BORDER: 0")
    with pytest.raises(ScenarioError, match="'BORDER' was not in the estimation"):
        run_scenario(path)


def test_formula_with_a_missing_column(tmp_path):
    path = without_borders_variant(tmp_path, "ln_DIST +", "lnDIST +")
    with pytest.raises(ScenarioError, match=r"trade_costs: .*did you mean 'ln_DIST'"):
        run_scenario(path)


def test_gravity_estimate_cli_json():
    data = data_path("gegravity-sample", "sample_data_set.dlm")
    out = runner.invoke(
        app,
        [
            "gravity",
            "estimate",
            str(data),
            "--formula",
            "trade ~ lndist + contiguity + pta | exporter + importer",
            "--json",
        ],
    )
    assert out.exit_code == 0, out.output
    doc = json.loads(out.stdout)
    assert {c["term"] for c in doc["coefficients"]} == {"lndist", "contiguity", "pta"}
    bad = runner.invoke(app, ["gravity", "estimate", str(data), "--formula", "trade ~ nope"])
    assert bad.exit_code == 1 and "'nope'" in bad.output


@pytest.mark.parametrize(
    ("name", "multiplicative", "rtol"),
    [("eu-enlargement-additive.yaml", False, 1e-9), ("eu-enlargement.yaml", True, 1e-5)],
)
def test_eu_enlargement_agrees_with_the_ge_gravity_algorithm(name, multiplicative, rtol):
    """Both closures: additive deficits, and ge_gravity's κ rule for multiplicative ones."""
    import numpy as np
    from test_gravity import ge_gravity_reference

    result = run_scenario(EXAMPLES / name)
    world = result.start_world
    theta = float(world.theta[0])
    partial = -theta * np.log(result.final.trade_cost_hat[:, :, 0])
    reference = ge_gravity_reference(world.trade[:, :, 0], partial, theta, multiplicative)
    np.testing.assert_allclose(result.final.real_wage_hat, reference, rtol=rtol)
