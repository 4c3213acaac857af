"""Monte Carlo runs and sweeps through the API, on SQLite and on PostgreSQL: runs in the
worker pool, their results equal the library's, limits and bad parameters are 4xx."""

from __future__ import annotations

import pytest
from web_support import wait_for

pytest_plugins = ["web_support"]

MC = {"scenario_id": "may-2019", "draws": 32, "seed": 3}
GRID = {
    "scenario_id": "may-2019",
    "params": [
        {"param": "actions[List 3 raised to 25%].add", "values": [0.0, 0.15, 0.3]},
        {"param": "theta", "values": [3.0, 5.0]},
    ],
}


def _done(client, path: str, body: dict) -> dict:
    started = client.post(path, json=body)
    assert started.status_code in (200, 202), started.text
    run = wait_for(client, started.json()["id"])
    assert run["status"] == "done", run
    return run


@pytest.fixture(scope="module")
def monte_carlo_run(client):
    return _done(client, "/api/v1/runs/monte-carlo", MC)


@pytest.fixture(scope="module")
def sweep_run(client):
    return _done(client, "/api/v1/runs/sweep", GRID)


def test_a_monte_carlo_run_gives_the_library_s_bands(client, monte_carlo_run):
    from tradewar.uncertainty import monte_carlo

    run = monte_carlo_run
    assert run["kind"] == "monte_carlo" and run["progress"] == 1.0
    assert set(run["links"]) >= {"result", "files", "csv"} and "summary" not in run["links"]
    got = client.get(f"/api/v1/runs/{run['id']}/result").json()
    expected = monte_carlo("may-2019", 32, seed=3, scheduler="in-process").to_dict()
    assert got["draws"] == 32 and got["solved"] == expected["solved"] and got["seed"] == 3
    for country in ("USA", "CHN", "EU"):
        assert got["countries"][country]["welfare_pct"] == pytest.approx(
            expected["countries"][country]["welfare_pct"], rel=1e-9, abs=1e-12
        )
    summary = client.get(f"/api/v1/runs/{run['id']}/files/summary.csv").text.splitlines()
    assert summary[0].startswith("country,measure,central,median,p5,p95")
    draws = client.get(f"/api/v1/runs/{run['id']}/files/draws.csv").text.splitlines()
    assert len(draws) == 1 + got["solved"]  # the solved draws, one line each


def test_an_identical_monte_carlo_is_cached_and_another_seed_is_a_new_run(client, monte_carlo_run):
    again = client.post("/api/v1/runs/monte-carlo", json=MC)
    assert again.status_code == 200 and again.json()["cached"]
    assert again.json()["id"] == monte_carlo_run["id"]
    listed = client.get("/api/v1/runs", params={"kind": "monte_carlo"}).json()
    assert [r["id"] for r in listed["runs"]] == [monte_carlo_run["id"]]
    other = client.post("/api/v1/runs/monte-carlo", json={**MC, "seed": 4})
    assert other.status_code == 202 and other.json()["id"] != monte_carlo_run["id"]
    assert wait_for(client, other.json()["id"])["status"] == "done"


def test_a_sweep_gives_the_library_s_payoff_matrix(client, sweep_run):
    from tradewar.uncertainty.sweep import sweep

    run = sweep_run
    assert run["kind"] == "sweep" and run["links"]["csv"].endswith("grid.csv")
    got = client.get(f"/api/v1/runs/{run['id']}/result").json()
    params = [p["param"] for p in GRID["params"]]
    grid = sweep("may-2019", params, [p["values"] for p in GRID["params"]], scheduler="in-process")
    assert got["params"] == params and len(got["points"]) == 6 and got["failed_points"] == 0
    expected = grid.to_dict()["points"]
    for mine, theirs in zip(got["points"], expected, strict=True):
        assert mine["params"] == theirs["params"]
        assert mine["countries"]["USA"]["welfare_pct"] == pytest.approx(
            theirs["countries"]["USA"]["welfare_pct"], rel=1e-9, abs=1e-12
        )
    usa = [p["countries"]["USA"]["welfare_pct"] for p in got["points"]]
    assert len(set(usa)) == 6  # every point is its own solve


def test_analyses_have_no_dashboard_and_do_not_compare(client, monte_carlo_run, sweep_run):
    summary = client.get(f"/api/v1/runs/{monte_carlo_run['id']}/summary")
    assert summary.status_code == 404 and "summary.json" in summary.json()["error"]["detail"]
    compared = client.get(f"/api/v1/compare?a={monte_carlo_run['id']}&b={sweep_run['id']}")
    assert compared.status_code == 422 and "only runs of a scenario" in compared.text


@pytest.mark.parametrize(
    ("path", "body", "field", "words"),
    [
        ("monte-carlo", {**MC, "draws": 2001}, "draws", "at most 2000 draws"),
        ("monte-carlo", {**MC, "draws": 0}, "draws", "must be at least 1"),
        ("monte-carlo", {**MC, "distribution": "my.csv"}, "distribution", "default"),
        ("monte-carlo", {**MC, "percentiles": [0, 50]}, "percentiles[0]", "more than 0"),
        (
            "sweep",
            {"scenario_id": "may-2019", "params": [{"param": "theta", "values": [1.0] * 401}]},
            "params",
            "at most 400 points",
        ),
        (
            "sweep",
            {"scenario_id": "may-2019", "params": [{"param": "actions[7].add", "values": [0]}]},
            "params[0].param",
            "no action '7'",
        ),
        (
            "sweep",
            {"scenario_id": "may-2019", "params": [{"param": "actions[0].imposer", "values": [0]}]},
            "params[0].param",
            "no number 'imposer'",
        ),
        (
            "sweep",
            {"scenario_id": "may-2019", "params": [{"param": "rates", "values": [0]}]},
            "params[0].param",
            "'actions[INDEX or LABEL].FIELD'",
        ),
        ("sweep", {"scenario_id": "may-2019", "params": []}, "params", "at least 1"),
    ],
)
def test_too_much_work_and_bad_settings_are_422_before_anything_runs(
    client, path, body, field, words
):
    before = client.get("/api/v1/runs").json()["total"]
    answer = client.post(f"/api/v1/runs/{path}", json=body)
    assert answer.status_code == 422, answer.text
    problem = answer.json()["error"]["problems"][0]
    assert problem["field"] == field and words in problem["message"], problem
    assert client.get("/api/v1/runs").json()["total"] == before


def test_nan_values_and_an_unknown_scenario_are_refused(client):
    nan = b'{"scenario_id": "may-2019", "params": [{"param": "theta", "values": [NaN]}]}'
    answer = client.post(
        "/api/v1/runs/sweep", content=nan, headers={"content-type": "application/json"}
    )
    assert answer.status_code == 422 and "finite" in answer.text
    missing = client.post("/api/v1/runs/monte-carlo", json={"scenario_id": "nope", "draws": 2})
    assert missing.status_code == 404


def test_a_monte_carlo_that_cannot_be_drawn_fails_saying_why(client):
    toy = {
        "name": "toy-tariff",
        "baseline": "toy",
        "actions": [
            {
                "date": "2020-01-01",
                "kind": "tariff",
                "imposer": "HOM",
                "partners": ["FOR"],
                "sectors": "goods",
                "add": 0.1,
            }
        ],
    }
    body = {"scenario": toy, "draws": 4, "distribution": "caliendo-parro"}
    started = client.post("/api/v1/runs/monte-carlo", json=body)
    assert started.status_code == 202, started.text
    run = wait_for(client, started.json()["id"])
    assert run["status"] == "failed", run
    assert run["error"]["title"] == "the Monte Carlo cannot be run" and run["error"]["detail"]


def test_progress_counts_the_draws_solved():
    from tradewar.scenario import load_scenario
    from tradewar.web.analyses import analysis_files, monte_carlo_analysis

    told: list[tuple[str, float]] = []
    analysis = monte_carlo_analysis(
        draws=40,
        seed=0,
        distribution="default",
        family="lognormal",
        percentiles=[5, 95],
        sectors=False,
        max_draws=100,
    )
    files = analysis_files(load_scenario("may-2019"), analysis, lambda *p: told.append(p))
    stages = [stage for stage, _ in told]
    assert "16 of 40 draws solved" in stages and "40 of 40 draws solved" in stages
    fractions = [fraction for _, fraction in told]
    assert fractions == sorted(fractions) and fractions[-1] < 1
    assert {f.name for f in files} == {"result.json", "summary.csv", "draws.csv"}
