"""Guards of the server: token, body size, origin, host, no server paths, hostile YAML and JSON."""

from __future__ import annotations

import time

import pytest
from typer.testing import CliRunner
from web_support import make_client

TOKEN = "s3cret-token-for-tests"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
BASE = "http://127.0.0.1:8000"


@pytest.fixture(scope="module")
def guarded(tmp_path_factory):
    """An app with a token and a 64 KiB body limit, answering only on loopback."""
    home = tmp_path_factory.mktemp("home")
    with make_client(
        home,
        f"sqlite:///{home / 'tw.db'}",
        loopback_only=True,
        base_url=BASE,
        headers=AUTH,
        api_token=TOKEN,
        max_body_bytes=64 * 1024,
        max_actions=50,
    ) as client:
        yield client


def _error(answer) -> dict:
    return answer.json()["error"]


def test_the_token_is_required_for_the_api_but_not_for_health_or_the_app(guarded):
    assert guarded.get("/api/v1/scenarios", headers={"Authorization": ""}).status_code == 401
    wrong = guarded.get("/api/v1/scenarios", headers={"Authorization": "Bearer nope-nope"})
    assert wrong.status_code == 401 and wrong.headers["www-authenticate"].startswith("Bearer")
    assert guarded.get("/api/v1/scenarios").status_code == 200
    assert guarded.get("/api/v1/health", headers={"Authorization": ""}).status_code == 200
    page = guarded.get("/", headers={"Authorization": ""})
    assert (
        page.status_code == 200 and "script-src 'self'" in page.headers["content-security-policy"]
    )


def test_cross_origin_requests_are_refused_and_cors_is_closed(guarded):
    hostile = guarded.post(
        "/api/v1/runs", json={"scenario_id": "may-2019"}, headers={"Origin": "https://evil.example"}
    )
    assert hostile.status_code == 403 and "not allowed" in _error(hostile)["detail"]
    same = guarded.get("/api/v1/scenarios", headers={"Origin": BASE})
    assert same.status_code == 200 and "access-control-allow-origin" not in same.headers
    preflight = guarded.options(
        "/api/v1/runs",
        headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"},
    )
    assert preflight.status_code == 403 and "access-control-allow-origin" not in preflight.headers


def test_only_loopback_host_names_are_answered(guarded):
    assert guarded.get("/api/v1/health", headers={"Host": "rebound.example"}).status_code == 400
    assert guarded.get("/api/v1/health", headers={"Host": "localhost:8000"}).status_code == 200


def test_large_bodies_are_refused_declared_or_chunked(guarded):
    big = "name: big\ndescription: " + "x" * 70_000 + "\n"
    answer = guarded.post("/api/v1/scenarios/validate", json={"yaml": big})
    assert answer.status_code == 413 and "65536" in _error(answer)["detail"]

    def chunks():
        yield b'{"yaml": "'
        for _ in range(100):
            yield b"x" * 1000
        yield b'"}'

    answer = guarded.post(
        "/api/v1/scenarios/validate", content=chunks(), headers={"Content-Type": "application/json"}
    )
    assert answer.status_code == 413


@pytest.mark.parametrize(
    ("scenario", "field"),
    [
        ({"baseline": {"format": "icio-csv", "path": "/etc/passwd"}}, "baseline.path"),
        ({"baseline": "/tmp/world.npz"}, "baseline"),
        ({"baseline": {"name": "default", "regions": "/etc/regions.csv"}}, "baseline.regions"),
        ({"extends": "/etc/passwd"}, "extends"),
        ({"extends": "../../secret.yaml"}, "extends"),
        ({"start": {"scenario": "/root/x.yaml", "date": "2019-05-01"}}, "start.scenario"),
        (
            {"trade_costs": {"path": "/etc/shadow", "formula": "trade ~ x", "theta": 4}},
            "trade_costs.path",
        ),
        (
            {"trade_costs": {"dataset": "/etc/hosts", "formula": "trade ~ x", "theta": 4}},
            "trade_costs.dataset",
        ),
    ],
)
def test_no_file_on_the_server_can_be_named(guarded, scenario, field):
    answer = guarded.post(
        "/api/v1/scenarios/validate", json={"scenario": {"name": "x", **scenario}}
    )
    assert answer.status_code == 422, answer.text
    problems = _error(answer)["problems"]
    assert any(p["field"] == field and "on the server" in p["message"] for p in problems), problems


def test_errors_never_show_the_server_s_folders(guarded, tmp_path_factory):
    answer = guarded.post("/api/v1/scenarios", json={"yaml": "name: x\nactions: 3\n"})
    assert answer.status_code == 422
    assert "uploads" not in answer.text and "/tmp" not in answer.text
    assert _error(answer)["problems"][0]["file"] == "scenario.yaml"


def test_yaml_aliases_and_deep_nesting_are_refused_quickly(guarded):
    bomb = "name: x\na: &a [1, 1, 1, 1, 1, 1, 1, 1, 1]\n" + "".join(
        f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n"
        for p, c in zip("abcdefgh", "bcdefghi", strict=True)
    )
    started = time.perf_counter()
    answer = guarded.post("/api/v1/scenarios/validate", json={"yaml": bomb})
    assert answer.status_code == 422 and "aliases" in _error(answer)["detail"]
    assert time.perf_counter() - started < 5
    deep = "name: x\ndescription: " + "[" * 500 + "]" * 500 + "\n"
    answer = guarded.post("/api/v1/scenarios/validate", json={"yaml": deep})
    assert answer.status_code == 422 and "nested" in _error(answer)["detail"]
    nested: dict = {"name": "x"}
    node = nested
    for _ in range(200):
        node["description"] = {}
        node = node["description"]
    answer = guarded.post("/api/v1/scenarios/validate", json={"scenario": nested})
    assert answer.status_code == 422


def test_too_many_actions_are_refused(guarded):
    action = {
        "kind": "tariff",
        "imposer": "USA",
        "partners": ["CHN"],
        "add": 0.1,
        "date": "2020-01-01",
    }
    answer = guarded.post(
        "/api/v1/scenarios/validate", json={"scenario": {"name": "x", "actions": [action] * 51}}
    )
    assert answer.status_code == 422 and "at most 50 actions" in _error(answer)["detail"]


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (b"{not json", 400),
        (b"[]", 422),
        (b'{"yaml": 3}', 422),
        (b'{"yaml": "name: x", "scenario": {"name": "x"}}', 422),
        (b'{"scenario_id": "../../etc"}', 422),
        (b"{}", 422),
    ],
)
def test_malformed_bodies_get_a_4xx_that_says_what_is_wrong(guarded, body, status):
    answer = guarded.post(
        "/api/v1/runs", content=body, headers={"Content-Type": "application/json"}
    )
    assert answer.status_code == status, answer.text
    assert _error(answer)["detail"]


def test_serve_refuses_other_hosts_without_a_token(monkeypatch):
    from tradewar.cli.app import app

    monkeypatch.delenv("TRADEWAR_API_TOKEN", raising=False)
    result = CliRunner().invoke(app, ["serve", "--host", "0.0.0.0"])
    assert result.exit_code == 1 and "TRADEWAR_API_TOKEN" in result.output


def test_serve_without_the_web_extra_names_it(monkeypatch):
    import tradewar.extras
    from tradewar.cli.app import app
    from tradewar.errors import MissingExtraError

    def missing(module: str, extra: str):
        raise MissingExtraError(
            f"this needs {module}, an optional dependency: pip install 'tradewar[{extra}]'"
        )

    monkeypatch.setattr(tradewar.extras, "require", missing)
    result = CliRunner().invoke(app, ["serve"])
    assert result.exit_code == 1 and "pip install 'tradewar[web]'" in result.output


def test_a_failed_run_tells_no_server_folder():
    """A run's failure (its detail, and an internal error's traceback) names files, not folders."""
    from tradewar.errors import TradewarError
    from tradewar.web.jobs import _error

    known = _error(TradewarError("cannot read /srv/tradewar/data/secret/trade.csv: bad row"))
    assert (
        known["detail"] == "the scenario cannot be run" or "trade.csv: bad row" in known["detail"]
    )
    assert "/srv" not in known["detail"]
    try:
        open("/srv/tradewar/nowhere/table.csv")  # noqa: SIM115 (an internal error with a path)
    except OSError as exc:
        internal = _error(exc)
    assert internal["title"] == "internal error"
    assert "table.csv" in internal["detail"] and "/srv" not in internal["detail"]
    assert "/srv" not in internal["traceback"] and "test_security.py" in internal["traceback"]
    assert "/tests/web" not in internal["traceback"]


@pytest.mark.parametrize(
    ("pydantic", "plain"),
    [
        ("String should have at least 1 character", "must not be empty"),
        ("Input should be greater than or equal to 1", "must be at least 1"),
        ("Input should be less than or equal to 5000", "must be at most 5000"),
        ("Field required", "required, but not given"),
        ("Value error, 'scenario' needs 'date'", "'scenario' needs 'date'"),
    ],
)
def test_validation_messages_are_in_plain_words(pydantic, plain):
    from tradewar.web.errors import plain_message

    assert plain_message(pydantic) == plain
