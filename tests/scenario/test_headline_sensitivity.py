"""The headline beside its sensitivity to θ and to the deficit treatment."""

from __future__ import annotations

import json

import numpy as np
import pytest
from typer.testing import CliRunner

import tradewar as tw
from tradewar.cli.app import app
from tradewar.scenario.sensitivity import headline_sensitivity


def test_cases_are_the_scenario_solved_again():
    result = tw.run_scenario("may-2019")
    table = headline_sensitivity("may-2019", result)
    assert list(table.index) == ["as run", "θ × 0.5", "θ × 2", "deficits zero"]
    assert list(table.columns) == ["USA", "CHN"]
    assert table.at["as run", "USA"] == pytest.approx(
        result.final.countries().at["USA", "welfare_pct"]
    )
    # the θ × 2 row is the scenario run with every elasticity doubled
    world = result.data_world
    doubled = tw.scenario.load_scenario("may-2019").scenario
    doubled = doubled.model_copy(
        update={
            "model": doubled.model.model_copy(
                update={
                    "elasticities": {
                        s: float(2 * t) for s, t in zip(world.sectors, world.theta, strict=True)
                    }
                }
            )
        }
    )
    again = tw.run_scenario(doubled).final.countries().loc[["USA", "CHN"], "welfare_pct"]
    np.testing.assert_allclose(table.loc["θ × 2"], again, rtol=1e-9)
    # larger elasticities, larger losses from the same tariffs
    assert table.at["θ × 2", "USA"] < table.at["as run", "USA"] < table.at["θ × 0.5", "USA"]


def test_run_shows_it_and_flags_a_sign_that_depends_on_it():
    runner = CliRunner()
    out = runner.invoke(app, ["run", "us-china-2025"])
    assert out.exit_code == 0, out.output
    assert "How sure" in out.output and "θ × 2" in out.output
    assert "the sign of welfare for USA depends on them" in out.output
    doc = json.loads(runner.invoke(app, ["run", "may-2019", "--json"]).output)
    assert set(doc["sensitivity"]["welfare_pct"]) == {"as run", "θ × 0.5", "θ × 2", "deficits zero"}


def test_gravity_scenarios_have_none():
    from pathlib import Path

    from conftest import shared_path

    shared_path("gravity_wiod0014", "TradeData0014.csv")  # the example's data

    path = Path(__file__).resolve().parents[2] / "examples" / "eu-enlargement.yaml"
    assert headline_sensitivity(path, tw.run_scenario(path)) is None
