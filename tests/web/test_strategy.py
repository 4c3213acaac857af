"""Strategic questions through the API, on SQLite and on PostgreSQL: optimal tariffs, a
trade war, trade talks and escalation games run in the worker pool as runs of their own
kind, their results are the library's, and bad players, rules or too much work are 4xx
before anything is queued."""

from __future__ import annotations

import pytest
from web_support import wait_for

pytest_plugins = ["web_support"]

OPTIMAL = {"data": "ossa2014", "country": "USA"}
#: a small war: the US and China taxing only each other, one rate per industry
WAR = {"players": ["USA", "CHN"], "against": "players", "form": "mfn"}
#: a short game on Ossa's data: the US best-responds, China answers tit for tat; the deal
GAME = {"data": "ossa2014", "players": ["USA", "CHN"], "rounds": 1, "rules": {"CHN": "tit-for-tat"}}
#: a game from a scenario's state, by fixed rules only (no optimisation, no deal)
STATE_GAME = {
    "scenario_id": "may-2019",
    "date": "2019-05-10",
    "players": ["USA", "CHN"],
    "rounds": 2,
    "rules": {"USA": "fixed:0.25", "CHN": "proportional:0.50"},
    "deal": False,
}


def _done(client, path: str, body: dict) -> dict:
    started = client.post(path, json=body)
    assert started.status_code in (200, 202), started.text
    run = wait_for(client, started.json()["id"])
    assert run["status"] == "done", run
    return run


@pytest.fixture(scope="module")
def optimal_run(client):
    return _done(client, "/api/v1/runs/optimal-tariff", OPTIMAL)


def test_optimal_tariffs_are_the_library_s(client, optimal_run):
    import tradewar as tw

    run = optimal_run
    assert run["kind"] == "optimal_tariff" and run["progress"] == 1.0
    assert run["links"]["csv"].endswith("countries.csv")
    got = client.get(f"/api/v1/runs/{run['id']}/result").json()
    expected = tw.strategy.optimal_tariffs("USA").to_dict()
    assert got["kind"] == "optimal" and got["players"] == ["USA"] and got["converged"]
    assert set(got["tariffs"]["USA"]) == {"BRA", "CHN", "EU", "IND", "JPN", "ROW"}
    for country, value in expected["welfare_pct"].items():
        assert got["welfare_pct"][country] == pytest.approx(value, abs=1e-6)
    assert got["median_tariff_pct"]["USA"] == pytest.approx(expected["median_tariff_pct"]["USA"])
    files = {f["name"] for f in client.get(f"/api/v1/runs/{run['id']}/files").json()}
    assert {"result.json", "countries.csv", "tariffs.csv"} <= files
    again = client.post("/api/v1/runs/optimal-tariff", json=OPTIMAL)
    assert again.status_code == 200 and again.json()["cached"]


def test_a_small_trade_war_and_talks_from_it_are_the_library_s(client):
    import tradewar as tw

    run = _done(client, "/api/v1/runs/nash", WAR)
    assert run["kind"] == "nash" and run["stage"]
    got = client.get(f"/api/v1/runs/{run['id']}/result").json()
    war = tw.strategy.nash_tariffs(**WAR).to_dict()
    assert got["converged"] and got["players"] == ["USA", "CHN"] and got["rounds"]
    assert got["iterations"] == war["iterations"]
    for country in ("USA", "CHN", "EU"):
        assert got["welfare_pct"][country] == pytest.approx(war["welfare_pct"][country], abs=1e-6)
    talks = _done(client, "/api/v1/runs/talks", {**WAR, "threat": "factual"})
    deal = client.get(f"/api/v1/runs/{talks['id']}/result").json()
    assert deal["kind"] == "cooperative" and deal["threat"] == "factual"
    assert deal["gain_pct"]["USA"] == pytest.approx(deal["gain_pct"]["CHN"], abs=1e-3)
    listed = client.get("/api/v1/runs", params={"kind": "nash"}).json()
    assert [r["id"] for r in listed["runs"]] == [run["id"]]


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("nash", {"players": ["USA", "XXX"]}, "players[1]"),
        ("optimal-tariff", {"country": "ATLANTIS"}, "country"),
        ("optimal-tariff", {"country": "USA", "industries": ["ric", "nope"]}, "industries[1]"),
        ("talks", {"players": ["USA"]}, "players"),
        ("nash", {"players": ["USA", "USA"]}, "players"),
        ("nash", {"max_iter": 51}, "max_iter"),
        ("nash", {"data": "default", "weights": "political"}, "weights"),
        (
            "optimal-tariff",
            {"country": "USA", "data": "default", "weights": "political"},
            "weights",
        ),
        ("talks", {"data": "default", "weights": "political"}, "weights"),
    ],
)
def test_bad_players_and_too_many_rounds_are_422(client, path, body, field):
    answer = client.post(f"/api/v1/runs/{path}", json=body)
    assert answer.status_code == 422, answer.text
    assert field in [p["field"] for p in answer.json()["error"]["problems"]]


@pytest.mark.parametrize(
    "body",
    [
        {"data": "ossa2014", "scenario_id": "may-2019", "country": "USA"},
        {"date": "2019-05-10", "country": "USA"},
        {"country": "USA", "lower": 1, "upper": 0.5},
        {"country": "USA", "data": "../etc/passwd"},
        {"country": "USA", "upper": 1e9},
    ],
)
def test_bad_worlds_and_bounds_are_422(client, body):
    assert client.post("/api/v1/runs/optimal-tariff", json=body).status_code == 422


def test_an_unknown_data_set_is_4xx(client):
    answer = client.post("/api/v1/runs/nash", json={"data": "nowhere"})
    assert 400 <= answer.status_code < 500, answer.text


def test_a_world_larger_than_the_limit_is_refused():
    from tradewar.web.analyses import strategy_analysis
    from tradewar.web.inputs import InputError

    world = {"countries": [{"code": f"C{i}"} for i in range(30)], "sectors": ["a"] * 20}
    with pytest.raises(InputError) as caught:
        strategy_analysis("nash", {"data": "big"}, world, max_tariffs=10_000, max_rounds=50)
    assert "18000 tariffs" in caught.value.problems[0]["message"]


def _same_game(got: dict, expected: dict) -> None:
    assert got["players"] == expected["players"] and got["rules"] == expected["rules"]
    assert got["settled"] == expected["settled"] and got["message"] == expected["message"]
    assert [(m["round"], m["player"], m["rule"]) for m in got["moves"]] == [
        (m["round"], m["player"], m["rule"]) for m in expected["moves"]
    ]
    for mine, theirs in zip(got["moves"], expected["moves"], strict=True):
        for key in ("tariffs_pct", "welfare_pct", "government_welfare_pct"):
            assert mine[key] == pytest.approx(theirs[key], abs=1e-6), key


def test_a_game_is_the_library_s_in_flight_once_and_then_cached(client):
    import tradewar as tw

    started = client.post("/api/v1/runs/game", json=GAME)
    assert started.status_code == 202, started.text
    first = started.json()
    assert first["kind"] == "game"
    twin = client.post("/api/v1/runs/game", json={**GAME, "rules": {"CHN": "tit-for-tat"}})
    assert twin.status_code == 409, twin.text
    assert twin.json()["error"]["run"]["id"] == first["id"]
    run = wait_for(client, first["id"])
    assert run["status"] == "done" and run["progress"] == 1.0, run
    assert run["links"]["csv"].endswith("path.csv")
    got = client.get(f"/api/v1/runs/{run['id']}/result").json()
    world = tw.strategy.strategy_world("ossa2014")
    expected = tw.strategy.escalation_game(
        world, ["USA", "CHN"], rounds=1, rules={"CHN": "tit-for-tat"}
    ).to_dict()
    assert got["rules"] == {"USA": "best-response", "CHN": "tit-for-tat"}
    _same_game(got, expected)
    for key in ("welfare_pct", "gain_from_no_deal_pct"):
        assert got["deal"][key] == pytest.approx(expected["deal"][key], abs=1e-4), key
    path = client.get(f"/api/v1/runs/{run['id']}/files/path.csv").text.splitlines()
    assert path[0].startswith("round,player,rule,change") and len(path) == 1 + len(got["moves"])
    # the same game with the default rule written out is the same request: cached
    again = client.post(
        "/api/v1/runs/game", json={**GAME, "rules": {"USA": "best-response", "CHN": "tit-for-tat"}}
    )
    assert again.status_code == 200 and again.json()["cached"]
    assert again.json()["id"] == run["id"]


def test_a_game_from_a_scenario_s_state_is_the_library_s(client):
    import tradewar as tw

    started = client.post("/api/v1/runs/game", json=STATE_GAME)
    assert started.status_code == 202, started.text
    run = wait_for(client, started.json()["id"])
    assert run["status"] == "done", run
    got = client.get(f"/api/v1/runs/{run['id']}/result").json()
    world = tw.strategy.scenario_world("may-2019", "2019-05-10")
    expected = tw.strategy.escalation_game(
        world, ["USA", "CHN"], rounds=2, rules=STATE_GAME["rules"], deal=False
    ).to_dict()
    assert got["world"] == "may-2019 on 2019-05-10" and "deal" not in got
    assert got["rules"] == {"USA": "fixed:0.25", "CHN": "proportional:0.5"}
    _same_game(got, expected)


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"players": ["USA", "XXX"]}, "players[1]"),
        ({"players": ["USA"]}, "players"),
        ({"players": ["USA", "USA"]}, "players"),
        ({"rounds": 21}, "rounds"),
        ({"rounds": 0}, "rounds"),
        ({"rules": {"CHN": "tit-for-two"}}, "rules.CHN"),
        ({"rules": {"CHN": "proportional:x"}}, "rules.CHN"),
        ({"rules": {"CHN": "fixed"}}, "rules.CHN"),
        ({"rules": {"EU": "tit-for-tat"}}, "rules.EU"),
        ({"data": "default", "weights": "political"}, "weights"),
        ({"industries": ["ric", "nope"]}, "industries[1]"),
        ({"deal": "maybe"}, "deal"),
    ],
)
def test_bad_games_are_422_naming_the_field(client, body, field):
    answer = client.post("/api/v1/runs/game", json=body)
    assert answer.status_code == 422, answer.text
    problems = answer.json()["error"]["problems"]
    assert field in [p["field"] for p in problems], problems
    assert all(p["message"] for p in problems)


def test_the_game_round_limit_is_a_setting(tmp_path):
    from web_support import make_client

    with make_client(tmp_path, f"sqlite:///{tmp_path / 'tw.db'}", max_game_rounds=3) as small:
        answer = small.post("/api/v1/runs/game", json={**GAME, "rounds": 4})
        assert answer.status_code == 422
        problem = answer.json()["error"]["problems"][0]
        assert problem["field"] == "rounds" and "TRADEWAR_MAX_GAME_ROUNDS" in problem["message"]
