"""The strategy commands: optimal-tariff, nash, talks."""

import json

from typer.testing import CliRunner

from tradewar.cli.app import app

runner = CliRunner()


def test_optimal_tariff_prints_a_table_and_writes_files(tmp_path):
    result = runner.invoke(app, ["optimal-tariff", "USA", "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "Optimal tariffs" in result.output and "USA" in result.output
    assert "60.3%" in result.output  # Ossa's Table 3: the US median optimal tariff
    for name in ("countries.csv", "tariffs.csv", "result.json"):
        assert (tmp_path / "out" / name).exists()


def test_optimal_tariff_json():
    result = runner.invoke(
        app, ["optimal-tariff", "CHN", "--partners", "USA", "--form", "flat", "--json"]
    )
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert doc["kind"] == "optimal" and doc["converged"] and doc["players"] == ["CHN"]
    rates = {round(v, 8) for v in doc["tariffs"]["CHN"]["USA"].values()}
    assert len(rates) == 1  # one flat rate
    assert set(doc["welfare_pct"]) == {"BRA", "CHN", "EU", "IND", "JPN", "ROW", "USA"}
    assert {"government_welfare_pct", "median_tariff_pct", "iterations"} <= set(doc)


def test_nash_between_two_players_with_progress(tmp_path):
    args = ["nash", "--players", "USA,CHN", "--industries", "ele,ome", "--json"]
    result = runner.invoke(app, [*args, "--checkpoint", str(tmp_path / "war.json")])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["converged"] and doc["players"] == ["USA", "CHN"] and doc["rounds"]
    assert (tmp_path / "war.json").exists()


def test_nash_that_does_not_converge_exits_with_1():
    result = runner.invoke(
        app, ["nash", "--players", "USA,CHN", "--industries", "ele", "--max-iter", "1"]
    )
    assert result.exit_code == 1
    assert "not converged" in result.output


def test_talks_from_the_factual_tariffs():
    args = ["talks", "--threat", "factual", "--players", "USA,CHN", "--industries", "ele", "--json"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    gains = [doc["gain_pct"][c] for c in ("USA", "CHN")]
    assert doc["threat"] == "factual" and doc["converged"] and min(gains) > 0
    # China's tariffs on electronics reach zero: the smallest gain is as large as it can be
    assert abs(gains[0] - gains[1]) < 1e-2


def test_bad_input_is_one_line():
    for args in (
        ["optimal-tariff", "XYZ"],
        ["optimal-tariff", "USA", "--lower", "1", "--upper", "0"],
        ["nash", "--weights", "lobby"],
        ["talks", "--threat", "war"],
        ["optimal-tariff", "USA", "--data", "toy", "--weights", "political"],
    ):
        result = runner.invoke(app, args)
        assert result.exit_code == 1, args
        assert "error:" in result.output and "Traceback" not in result.output


def test_strategy_from_a_scenarios_state():
    args = ["optimal-tariff", "USA", "--scenario", "may-2019", "--date", "2019-05-10"]
    result = runner.invoke(
        app, [*args, "--partners", "CHN", "--industries", "electronics", "--json"]
    )
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["world"] == "may-2019 on 2019-05-10" and doc["converged"]
    assert "electronics" in doc["tariffs"]["USA"]["CHN"]
