"""Monte Carlo, sweeps and tornado on may-2019, in-process; bad input fails before any work."""

from __future__ import annotations

import dataclasses
import json

import numpy as np
import pytest

import tradewar as tw
from tradewar.parallel import ParallelError
from tradewar.uncertainty.distributions import DistributionError, distribution
from tradewar.uncertainty.draws import COUNTRY_MEASURES, make_plan, solve_draws
from tradewar.uncertainty.montecarlo import monte_carlo
from tradewar.uncertainty.sweep import SweepError, parse_values, sweep
from tradewar.uncertainty.tornado import tornado


@pytest.fixture(scope="module")
def plan():
    return make_plan("may-2019")


@pytest.fixture(scope="module")
def result():
    return monte_carlo("may-2019", draws=24, seed=7, scheduler="in-process", chunk_size=12)


def _engine(plan, theta):
    sc = plan.loaded.scenario
    model = sc.model.model_copy(
        update={"elasticities": {s: float(t) for s, t in zip(plan.sectors, theta, strict=True)}}
    )
    variant = dataclasses.replace(plan.loaded, scenario=sc.model_copy(update={"model": model}))
    return tw.run_scenario(variant).countries()[list(COUNTRY_MEASURES)].to_numpy(float)


def test_central_run_is_the_scenario_as_run(plan):
    ours = solve_draws(plan, plan.world.theta[None]).countries[0]
    theirs = tw.run_scenario("may-2019").countries()[list(COUNTRY_MEASURES)].to_numpy(float)
    # welfare and the other % changes to 1e-6 points; revenue to 1e-9 of itself
    np.testing.assert_allclose(ours[:, :-1], theirs[:, :-1], atol=1e-6)
    np.testing.assert_allclose(ours[:, -1], theirs[:, -1], rtol=1e-9)


def test_draws_equal_the_engine_at_their_theta(plan):
    rng = np.random.default_rng(3)
    theta = plan.world.theta * np.exp(0.3 * rng.standard_normal((3, 1)))
    ours = solve_draws(plan, theta)
    assert ours.errors == [None, None, None]
    for k in range(3):
        theirs = _engine(plan, theta[k])
        np.testing.assert_allclose(ours.countries[k][:, :-1], theirs[:, :-1], atol=2e-5)
        np.testing.assert_allclose(ours.countries[k][:, -1], theirs[:, -1], rtol=1e-6)


def test_seed_reproduces_and_bands_hold(result):
    again = monte_carlo("may-2019", draws=24, seed=7, scheduler="in-process", chunk_size=8)
    np.testing.assert_array_equal(result.theta, again.theta)
    np.testing.assert_allclose(result.countries, again.countries, atol=1e-9)
    table = result.summary(["welfare_pct"])
    assert (table["p5"] <= table["median"]).all() and (table["median"] <= table["p95"]).all()
    assert result.n_solved == 24 and not result.interrupted


def test_json_document(result):
    doc = json.loads(result.to_json())
    usa = doc["countries"]["USA"]["welfare_pct"]
    assert set(usa) >= {"median", "p5", "p95", "central"}
    assert doc["failed_draws"] == [] and doc["draws"] == 24 and doc["seed"] == 7
    assert doc["distribution"]["name"] == "default"


def test_failed_draws_are_counted_with_their_theta():
    # Caliendo-Parro's electronics draws low enough leave less US electronics trade
    # with China than Huawei's $11B: the control cannot be met, and those draws say so
    res = monte_carlo(
        "may-2019", draws=30, seed=2, distribution="caliendo-parro", scheduler="in-process"
    )
    failed = res.failed_draws()
    assert 0 < len(failed) < 30 and res.n_solved + len(failed) == 30
    assert failed["error"].str.contains("Huawei").all()
    assert set(res.sector_names) <= set(failed.columns)
    assert len(json.loads(res.to_json())["failed_draws"]) == len(failed)


def test_bad_distributions_fail_before_any_work(plan, tmp_path):
    bad = tmp_path / "theta.csv"
    bad.write_text("sector,theta,se\n" + "\n".join(f"{s},-1,0.5" for s in plan.sectors))
    with pytest.raises(DistributionError, match="positive"):
        distribution(str(bad), plan.world)
    zero = tmp_path / "zero.csv"
    zero.write_text("sector,theta,se\n" + "\n".join(f"{s},4,0" for s in plan.sectors))
    with pytest.raises(DistributionError, match="standard error"):
        monte_carlo("may-2019", draws=5, distribution=str(zero), scheduler="in-process")
    with pytest.raises(DistributionError, match="unknown distribution"):
        distribution("no-such", plan.world)
    with pytest.raises(ValueError, match="draws"):
        monte_carlo("may-2019", draws=0, scheduler="in-process")


def test_a_misspelt_run_keyword_is_named_before_any_work(monkeypatch):
    """The keywords Monte Carlo, sweeps and tornadoes share (RunOptions) are checked by name."""
    import tradewar.uncertainty.runs as runs

    def no_plan(*args, **kwargs):
        raise AssertionError("the scenario was loaded before the keywords were checked")

    monkeypatch.setattr(runs, "make_plan", no_plan)
    with pytest.raises(TypeError, match=r"'chunksize'.*chunk_size"):
        monte_carlo("may-2019", draws=5, scheduler="in-process", chunksize=4)
    with pytest.raises(TypeError, match="'worker'"):
        sweep("may-2019", ["theta"], [[4.0]], worker=2)


def test_unreachable_scheduler_fails_at_once():
    pytest.importorskip("distributed")
    with pytest.raises(ParallelError, match="cannot reach"):
        monte_carlo("may-2019", draws=5, scheduler="tcp://127.0.0.1:9")


def test_sweep_payoff_matrix():
    grid = parse_values("0:0.2:3")
    res = sweep(
        "examples/us-china-payoff.yaml",
        ["actions[0].add", "actions[Chinese tariff on US goods].add"],
        [grid, grid],
        scheduler="in-process",
    )
    usa, chn = res.table("USA"), res.table("CHN")
    assert usa.shape == (3, 3) and abs(usa.iloc[0, 0]) < 1e-9
    # each side is hurt by the other's tariff
    assert (np.diff(usa.iloc[0].to_numpy()) < 0).all()
    assert (np.diff(chn.iloc[:, 0].to_numpy()) < 0).all()


def test_bad_grids_fail_before_any_work():
    with pytest.raises(SweepError, match="no points"):
        parse_values("0:1:0")
    with pytest.raises(SweepError, match="no points"):
        sweep("may-2019", ["actions[0].add"], [[]], scheduler="in-process")
    with pytest.raises(SweepError, match="no field"):
        sweep("may-2019", ["actions[0].rate"], [[0.1]], scheduler="in-process")


def test_tornado_ranks_sectors():
    res = tornado("may-2019", distribution="caliendo-parro", scheduler="in-process")
    table = res.table("USA")
    swings = table["swing"].abs().dropna().to_numpy()
    assert len(swings) >= len(res.sector_names) - 2 and swings[0] > 0
    assert (np.diff(swings) <= 1e-15).all()


def test_variants_rebuild_the_world_at_each_theta():
    # armington re-equilibrates the world for each draw's theta
    from tradewar.scenario.timeline import as_scenario_file

    loaded = as_scenario_file("may-2019")
    sc = loaded.scenario
    model = sc.model.model_copy(update={"kind": "armington"})
    variant = dataclasses.replace(loaded, scenario=sc.model_copy(update={"model": model}))
    plan = make_plan(variant)
    assert not plan.simple_world
    theta = plan.world.theta * 1.3
    ours = solve_draws(plan, theta[None]).countries[0]
    np.testing.assert_allclose(ours[:, :-1], _engine(plan, theta)[:, :-1], atol=1e-6)


def test_ctrl_c_keeps_the_finished_tasks():
    from tradewar.parallel import open_engine

    with open_engine("in-process") as engine:
        done = dict(engine.run(_third_interrupts, [0, 1, 2, 3]))
        assert engine.interrupted
    assert done == {0: 0, 1: 1}


def _third_interrupts(task, shared):
    if task == 2:
        raise KeyboardInterrupt
    return task


def test_progress_is_told_to_a_function():
    from tradewar.parallel import open_engine

    told: list[tuple[int, int]] = []
    with open_engine("in-process") as engine:
        tasks = engine.run(
            _third_interrupts, [0, 1], weights=[3, 2], progress=lambda *p: told.append(p)
        )
        assert dict(tasks) == {0: 0, 1: 1}
    assert told == [(3, 5), (5, 5)]
