"""The labelled Python API: the policy language of the YAML files, from Python."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import numpy as np
import pytest

import tradewar as tw
from tradewar.errors import PolicyError, ScenarioError


def test_builders_make_the_actions_of_the_file_format():
    hike = tw.tariff(imposer="USA", partners=["CHN"], sectors="goods", add=0.15,
                     coverage_usd=200e9)
    same = tw.parse_action(
        {"kind": "tariff", "imposer": "USA", "partners": ["CHN"], "sectors": "goods",
         "add": 0.15, "coverage_usd": 200e9}
    )
    assert hike == same
    assert hike.date is None  # dates matter only in a scenario's timeline


def test_solve_by_names_equals_solve_by_arrays(toy):
    by_name = tw.solve(toy, [tw.tariff(imposer="HOM", partners=["FOR"], sectors=["goods"],
                                       add=0.25)])
    tariff = toy.tariff.copy()
    tariff[toy.country_index("FOR"), toy.country_index("HOM"), toy.sector_index("goods")] += 0.25
    by_array = tw.solve(toy, tw.Shock(tariff=tariff))
    np.testing.assert_allclose(by_name.welfare_hat, by_array.welfare_hat, rtol=1e-12)
    assert by_name.countries().loc["HOM", "welfare_pct"] != 0


def test_solve_takes_dicts_and_single_actions(toy):
    action = {"kind": "tariff", "imposer": "HOM", "partners": "all", "add": 0.1}
    one = tw.solve(toy, action)
    listed = tw.solve(toy, [tw.parse_action(action)])
    np.testing.assert_allclose(one.welfare_hat, listed.welfare_hat, rtol=1e-12)


def test_unknown_names_are_located_with_a_suggestion(toy):
    with pytest.raises(PolicyError, match=r"actions\[0\]\.partners\[0\].*'FOR'") as info:
        tw.solve(toy, [tw.tariff(imposer="HOM", partners=["FRO"], add=0.1)])
    assert info.value.path == ("actions", 0, "partners", 0)
    with pytest.raises(PolicyError) as info:
        tw.solve(toy, [{"kind": "tariff", "imposer": "HOM", "add": 0.1},
                       {"kind": "tariff", "imposer": "HOM", "rate": 0.1}])
    assert str(info.value) == "actions[1].rate: unknown field 'rate'; did you mean 'set' or 'add'?"


def test_the_readme_promise_about_a_misspelt_country(default_world):
    with pytest.raises(PolicyError) as info:
        tw.solve(default_world, [tw.tariff(imposer="USA", partners=["CNH"], add=0.1)])
    assert str(info.value) == "actions[0].partners[0]: unknown country 'CNH'; did you mean 'CHN'?"


def test_builder_mistakes_are_located_one_line_policy_errors():
    with pytest.raises(PolicyError) as info:
        tw.tariff(imposer="USA", ad=0.1)
    assert str(info.value) == "tariff.ad: unknown field 'ad'; did you mean 'add'?"
    with pytest.raises(PolicyError) as info:
        tw.export_control("USA", partners=["CHN"], sectors="all", coverage_share=2)
    assert str(info.value).startswith("export_control.coverage_share: must be less than")


def test_a_single_country_or_sector_needs_no_list(default_world):
    one = tw.solve(default_world, [tw.tariff(imposer="USA", partners="China", sectors="metals",
                                             add=0.1)])
    listed = tw.solve(default_world, [tw.tariff(imposer="USA", partners=["CHN"],
                                                sectors=["metals"], add=0.1)])
    np.testing.assert_allclose(one.welfare_hat, listed.welfare_hat, rtol=1e-12)
    with pytest.raises(PolicyError) as info:
        tw.solve(default_world, [tw.tariff(imposer="USA", sectors="good", add=0.1)])
    assert str(info.value) == "actions[0].sectors[0]: unknown sector 'good'; did you mean 'goods'?"


def test_a_country_named_twice_is_refused(default_world):
    with pytest.raises(PolicyError) as info:
        tw.solve(default_world, [tw.tariff(imposer="USA", partners=["DEU", "Germany"], add=0.1)])
    assert str(info.value) == "actions[0].partners[1]: 'Germany' is DEU, already listed"
    with pytest.raises(PolicyError, match="France \\(FRA\\) is part of region EU"):
        tw.solve(default_world, [tw.tariff(imposer="USA", partners=["France"], add=0.1)])


def test_flow_targets_from_python(toy):
    """An export control blocking 30% of a flow: met by the solved wedge."""
    free = tw.solve(toy)
    control = tw.export_control(exporter="HOM", partners=["FOR"], sectors=["goods"],
                                coverage_share=0.3)
    cf = tw.solve(toy, [control])
    i, n, s = toy.country_index("HOM"), toy.country_index("FOR"), 0
    assert cf.equilibrium.trade[i, n, s] == pytest.approx(
        0.7 * free.equilibrium.trade[i, n, s], rel=1e-5
    )


def test_to_xarray_names_every_dimension(toy):
    xr = pytest.importorskip("xarray")
    cf = tw.solve(toy, [tw.tariff(imposer="HOM", add=0.2)])
    ds = cf.to_xarray()
    assert isinstance(ds, xr.Dataset)
    assert ds["trade_new"].dims == ("exporter", "importer", "sector")
    assert ds["price_hat"].dims == ("country", "sector")
    value = float(ds["trade_new"].sel(exporter="FOR", importer="HOM", sector="goods"))
    assert value == pytest.approx(cf.trade().loc[("FOR", "HOM", "goods"), "new"])
    assert float(ds["welfare_hat"].sel(country="ROW")) == pytest.approx(
        1 + cf.countries().loc["ROW", "welfare_pct"] / 100
    )


def test_short_summaries_for_notebooks(default_world):
    text = repr(default_world)
    assert len(text) < 400 and "17 countries x 17 sectors" in text
    cf = tw.solve(default_world, [tw.tariff(imposer="USA", partners=["CHN"], add=0.1)])
    summary = repr(cf)
    assert len(summary) < 1200 and " converged in " in summary
    assert "USA" in summary and "welfare" in summary
    assert "<table" in cf._repr_html_()
    assert "<table" in default_world._repr_html_()


def test_scenarios_run_from_a_dict_an_object_or_a_file(tmp_path):
    body = {
        "name": "hike",
        "baseline": "toy",
        "actions": [
            {"date": "2019-05-10", "kind": "tariff", "imposer": "HOM", "partners": ["FOR"],
             "add": 0.15},
        ],
    }
    from_dict = tw.run_scenario(body)
    from_object = tw.run_scenario(tw.Scenario.model_validate(body))
    path = tmp_path / "hike.yaml"
    path.write_text(textwrap.dedent("""\
        name: hike
        baseline: toy
        actions:
          - {date: 2019-05-10, kind: tariff, imposer: HOM, partners: [FOR], add: 0.15}
    """))
    from_file = tw.run_scenario(path)
    for other in (from_object, from_file):
        np.testing.assert_allclose(
            other.final.welfare_hat, from_dict.final.welfare_hat, rtol=1e-12
        )
    assert from_dict.countries().index.name == "country"
    assert "hike" in repr(from_dict)


def test_dict_scenarios_get_located_errors():
    with pytest.raises(ScenarioError, match=r"<dict>: actions\[0\]\.imposer: unknown country"):
        tw.run_scenario({"name": "x", "baseline": "toy", "actions": [
            {"date": "2019-01-01", "kind": "tariff", "imposer": "ZZZ", "add": 0.1}]})
    with pytest.raises(ScenarioError, match=r"actions\[0\]\.date: a dated action needs"):
        tw.run_scenario({"name": "x", "baseline": "toy", "actions": [
            {"kind": "tariff", "imposer": "HOM", "add": 0.1}]})


def test_a_scenario_without_actions_is_dated_from_the_file_not_the_clock():
    result = tw.run_scenario({"name": "still", "baseline": "toy"})
    assert result.steps[0].date is None


def test_import_is_lazy_and_the_cli_does_not_load_the_numerical_stack():
    code = (
        "import sys, tradewar, tradewar.cli.app;"
        "heavy = [m for m in ('numpy', 'pandas', 'scipy', 'pydantic') if m in sys.modules];"
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == ""


@pytest.mark.parametrize("module", ["tradewar", "tradewar.cli"])
def test_python_dash_m_runs_the_command_line(module):
    out = subprocess.run([sys.executable, "-m", module, "scenarios"], capture_output=True,
                         text=True)
    assert out.returncode == 0, out.stderr
    assert "may-2019" in out.stdout
