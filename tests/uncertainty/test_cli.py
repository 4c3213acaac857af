"""tradewar mc, sweep and tornado on the command line."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from tradewar.cli.app import app

runner = CliRunner()


def test_mc_json():
    res = runner.invoke(
        app,
        ["mc", "may-2019", "--draws", "8", "--seed", "3", "--scheduler", "in-process", "--json"],
    )
    assert res.exit_code == 0, res.output
    doc = json.loads(res.stdout.strip().splitlines()[-1])
    band = doc["countries"]["CHN"]["welfare_pct"]
    assert band["p5"] <= band["median"] <= band["p95"]
    assert doc["failed_draws"] == [] and doc["solved"] == 8


def test_mc_table_and_bad_input():
    res = runner.invoke(app, ["mc", "may-2019", "--draws", "4", "--scheduler", "in-process"])
    assert res.exit_code == 0 and "median [bands]" in res.stdout
    bad = runner.invoke(app, ["mc", "may-2019", "--draws", "0", "--scheduler", "in-process"])
    assert bad.exit_code == 1 and "draws" in bad.output


def test_sweep_json_and_empty_grid():
    res = runner.invoke(
        app,
        [
            "sweep",
            "examples/us-china-payoff.yaml",
            "--param",
            "actions[0].add",
            "--values",
            "0,0.1",
            "--scheduler",
            "in-process",
            "--json",
        ],
    )
    assert res.exit_code == 0, res.output
    doc = json.loads(res.stdout.strip().splitlines()[-1])
    assert len(doc["points"]) == 2 and doc["failed_points"] == 0
    empty = runner.invoke(
        app,
        ["sweep", "may-2019", "--param", "theta", "--values", "0:1:0", "--scheduler", "in-process"],
    )
    assert empty.exit_code == 1 and "no points" in empty.output
