"""The REST API end to end (in process), on SQLite and on PostgreSQL: data sets, scenarios, runs."""

from __future__ import annotations

import io
import zipfile

import pytest
from web_support import wait_for

pytest_plugins = ["web_support"]

US_TARIFF_YAML = """\
name: us-tariff-on-china
title: A 10-point US tariff on Chinese goods
baseline: default
actions:
  - date: 2025-03-01
    kind: tariff
    label: US +10 on China
    imposer: USA
    partners: [CHN]
    sectors: goods
    add: 0.10
"""

US_TARIFF = {
    "name": "us-tariff-on-china",
    "title": "A 10-point US tariff on Chinese goods",
    "actions": [
        {
            "date": "2025-03-01",
            "kind": "tariff",
            "label": "US +10 on China",
            "imposer": "USA",
            "partners": ["CHN"],
            "sectors": "goods",
            "add": 0.10,
        }
    ],
}


@pytest.fixture(scope="module")
def may_2019(client):
    """A finished run of the built-in may-2019."""
    started = client.post("/api/v1/runs", json={"scenario_id": "may-2019"})
    assert started.status_code in (200, 202), started.text
    run = wait_for(client, started.json()["id"])
    assert run["status"] == "done", run
    return run


def test_health_names_the_database_and_versions(client):
    body = client.get("/api/v1/health").json()
    assert body["status"] == "ok" and body["database"] in ("sqlite", "postgresql")
    assert body["model_version"].startswith(body["version"])


def test_data_sets_are_listed_and_described(client):
    names = {d["name"] for d in client.get("/api/v1/datasets").json()}
    assert {"default", "toy", "cp2015", "yotov2016", "icio-csv"} <= names
    world = client.get("/api/v1/datasets/default").json()
    assert {"code": "CHN", "name": "China"} in world["countries"]
    assert "electronics" in world["goods"] and "services" not in world["goods"]
    assert "OECD" in world["card"]
    table = client.get("/api/v1/datasets/yotov2016").json()
    assert table["rows"] > 1000 and "exporter" in table["columns"]
    missing = client.get("/api/v1/datasets/defualt")
    assert (
        missing.status_code == 404 and "did you mean 'default'" in missing.json()["error"]["detail"]
    )


def test_the_schema_and_the_world_map_are_served(client):
    schema = client.get("/api/v1/schema").json()
    assert schema["title"] == "tradewar scenario"
    geo = client.get("/api/v1/world-map")
    assert geo.headers["content-type"] == "application/geo+json"
    assert {f["id"] for f in geo.json()["features"]} >= {"USA", "CHN", "FRA"}
    spec = client.get("/openapi.json").json()
    assert "/api/v1/runs/{run_id}/summary" in spec["paths"]


def test_the_library_lists_built_in_scenarios_with_sources(client):
    listed = {s["id"]: s for s in client.get("/api/v1/scenarios").json()}
    assert {"may-2019", "us-china-2025", "ieepa-ruling-2026"} <= set(listed)
    may = listed["may-2019"]
    assert may["builtin"] and may["actions"] >= 4 and may["first_date"] == "2019-05-10"
    detail = client.get("/api/v1/scenarios/may-2019").json()
    assert detail["scenario"]["name"] == "may-2019" and detail["content"].startswith(("#", "name"))
    assert any(s.get("url", "").startswith("http") for s in listed["us-china-2025"]["sources"])
    text = client.get("/api/v1/scenarios/may-2019/yaml")
    assert text.headers["content-type"].startswith("application/yaml")
    assert "may-2019" in text.text


def test_a_scenario_is_created_from_yaml_read_updated_and_deleted(client):
    before = len(client.get("/api/v1/scenarios").json())
    created = client.post("/api/v1/scenarios", json={"yaml": US_TARIFF_YAML})
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["builtin"] is False and body["format"] == "yaml" and body["actions"] == 1
    sid = body["id"]
    assert client.get(f"/api/v1/scenarios/{sid}").json()["content"] == US_TARIFF_YAML
    assert client.get(f"/api/v1/scenarios/{sid}/yaml").text == US_TARIFF_YAML
    changed = {**US_TARIFF, "title": "Changed"}
    updated = client.put(f"/api/v1/scenarios/{sid}", json={"scenario": changed})
    assert updated.status_code == 200 and updated.json()["title"] == "Changed"
    assert updated.json()["format"] == "json"
    assert len(client.get("/api/v1/scenarios").json()) == before + 1
    assert client.delete(f"/api/v1/scenarios/{sid}").status_code == 204
    assert client.get(f"/api/v1/scenarios/{sid}").status_code == 404
    assert client.delete(f"/api/v1/scenarios/{sid}").status_code == 404


def test_built_in_scenarios_cannot_be_changed(client):
    assert client.put("/api/v1/scenarios/may-2019", json={"scenario": US_TARIFF}).status_code == 403
    assert client.delete("/api/v1/scenarios/may-2019").status_code == 403


def test_an_invalid_scenario_is_refused_with_line_and_field_and_nothing_is_stored(client):
    before = len(client.get("/api/v1/scenarios").json())
    bad = US_TARIFF_YAML.replace("partners: [CHN]", "partners: [CNH]")
    answer = client.post("/api/v1/scenarios", json={"yaml": bad})
    assert answer.status_code == 422
    problem = answer.json()["error"]["problems"][0]
    assert problem["line"] == 9 and problem["field"] == "actions[0].partners[0]"
    assert "did you mean 'CHN'" in problem["message"]
    as_data = {**US_TARIFF, "actions": [{**US_TARIFF["actions"][0], "ad": 0.1}]}
    answer = client.post("/api/v1/scenarios/validate", json={"scenario": as_data})
    assert answer.status_code == 422
    assert answer.json()["error"]["problems"][0]["field"].startswith("actions[0]")
    answer = client.post("/api/v1/scenarios", json={"yaml": "name: [unclosed"})
    assert answer.status_code == 422 and answer.json()["error"]["title"] == "invalid YAML"
    assert answer.json()["error"]["problems"][0]["line"] == 1
    assert len(client.get("/api/v1/scenarios").json()) == before


def test_validate_checks_without_storing(client):
    ok = client.post("/api/v1/scenarios/validate", json={"scenario": US_TARIFF})
    assert ok.status_code == 200 and ok.json()["actions"] == 1
    exported = client.post("/api/v1/scenarios/export", json={"scenario": US_TARIFF})
    assert exported.status_code == 200 and "imposer: USA" in exported.text


def test_a_run_gives_the_numbers_of_the_library(client, may_2019):
    from tradewar.reports.tables import country_table
    from tradewar.scenario import run_scenario

    summary = client.get(f"/api/v1/runs/{may_2019['id']}/summary").json()
    expected = country_table(run_scenario("may-2019"))["welfare_pct"]
    got = {row["country"]: row["welfare_pct"] for row in summary["countries"]}
    assert got == pytest.approx(expected.to_dict(), abs=1e-9)
    assert summary["focus"] == ["USA", "CHN"] and len(summary["steps"]) == 4
    assert summary["map"]["FRA"] == pytest.approx(got["EU"])
    assert {r["exporter"] for r in summary["bilateral"]} == {"USA", "CHN"}
    result = client.get(f"/api/v1/runs/{may_2019['id']}/result").json()
    assert result["scenario"] == "may-2019" and len(result["steps"]) == 4


def test_a_run_s_files_download(client, may_2019):
    base = f"/api/v1/runs/{may_2019['id']}"
    names = {f["name"] for f in client.get(f"{base}/files").json()}
    assert {"countries.csv", "workbook.xlsx", "report.html", "result.json"} <= names
    csv = client.get(f"{base}/files/countries.csv")
    assert csv.headers["content-type"].startswith("text/csv")
    assert "attachment" in csv.headers["content-disposition"]
    assert csv.text.splitlines()[0].startswith("country,welfare_pct")
    book = client.get(f"{base}/files/workbook.xlsx")
    assert "countries" in "".join(zipfile.ZipFile(io.BytesIO(book.content)).namelist()) or (
        book.content[:2] == b"PK"
    )
    report = client.get(f"{base}/files/report.html")
    assert "sandbox" in report.headers["content-security-policy"]
    assert '<meta name="generator" content="tradewar">' in report.text
    again = client.get(
        f"{base}/files/countries.csv", headers={"If-None-Match": csv.headers["etag"]}
    )
    assert again.status_code == 304
    assert client.get(f"{base}/files/nothing.csv").status_code == 404
    assert client.get(f"{base}/files/..%2Fsecret").status_code in (404, 422)


def test_an_identical_request_is_answered_from_the_cache(client, may_2019):
    again = client.post("/api/v1/runs", json={"scenario_id": "may-2019"})
    assert (
        again.status_code == 200 and again.json()["cached"] and again.json()["id"] == may_2019["id"]
    )
    runs = client.get("/api/v1/runs").json()
    assert sum(r["scenario_name"] == "may-2019" for r in runs["runs"]) == 1


def test_a_user_scenario_runs_and_compares_with_may_2019(client, may_2019):
    started = client.post("/api/v1/runs", json={"yaml": US_TARIFF_YAML})
    assert started.status_code == 202
    conflict = client.post("/api/v1/runs", json={"scenario": US_TARIFF})  # same content
    assert conflict.status_code in (200, 409)
    if conflict.status_code == 409:
        assert conflict.json()["error"]["run"]["id"] == started.json()["id"]
        early = client.get(f"/api/v1/compare?a={started.json()['id']}&b={may_2019['id']}")
        assert early.status_code == 409
    run = wait_for(client, started.json()["id"])
    assert run["status"] == "done", run
    compared = client.get(f"/api/v1/compare?a={run['id']}&b={may_2019['id']}")
    assert compared.status_code == 200, compared.text
    body = compared.json()
    rows = {r["country"]: r for r in body["countries"]}
    assert rows["USA"]["welfare_pct_diff"] == pytest.approx(
        rows["USA"]["welfare_pct_b"] - rows["USA"]["welfare_pct_a"]
    )
    assert body["a"]["scenario"] == "us-tariff-on-china" and body["b"]["run"] == may_2019["id"]
    assert body["same_start"] is False


def test_unknown_and_unfinished_runs_are_4xx(client, may_2019):
    for path in ("", "/summary", "/result", "/files", "/files/countries.csv"):
        answer = client.get(f"/api/v1/runs/{'0' * 32}{path}")
        assert answer.status_code == 404, path
        assert answer.json()["error"]["detail"].startswith("no run with id")
    assert client.post(f"/api/v1/runs/{'0' * 32}/cancel").status_code == 404
    ended = client.post(f"/api/v1/runs/{may_2019['id']}/cancel")
    assert ended.status_code == 409 and "ended" in ended.json()["error"]["detail"]
    assert client.post("/api/v1/runs", json={"scenario_id": "nope"}).status_code == 404
    assert client.get(f"/api/v1/compare?a={may_2019['id']}&b={'1' * 32}").status_code == 404
