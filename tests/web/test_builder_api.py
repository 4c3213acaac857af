"""What the scenario builder sends, through the API: every form's fields round-trip and validate.

The builder's forms write the scenario format's fields as the API takes them:
per-sector rates and shares, a start from another scenario's state on a date,
trade-cost actions by partial effect or by a gravity equation's regressors (with
the ``trade_costs`` section), purchase levels, notes.  Each is checked by the
API's own validation; exported as YAML and imported again it is the same
scenario.  Errors name their field and never a folder of the server.
"""

from __future__ import annotations

import pytest
import yaml

pytest_plugins = ["web_support"]

GOODS_TARIFF = {
    "kind": "tariff",
    "imposer": "USA",
    "partners": ["CHN"],
    "sectors": ["electronics", "electrical", "machinery"],
}

#: A scenario with a field of each of the builder's forms (on the default world).
EVERY_FORM = {
    "name": "every-form",
    "title": "Every form of the builder",
    "baseline": "default",
    "start": {"scenario": "may-2019", "date": "2019-06-15"},
    "model": {"kind": "caliendo-parro", "deficits": "fixed", "elasticities": {"electronics": 6.5}},
    "actions": [
        {
            "date": "2019-07-01",
            "label": "by sector",
            **GOODS_TARIFF,
            "add": {"electronics": 0.25, "electrical": 0.15, "machinery": 0.1},
            "covered_share": {"electronics": 0.5, "machinery": 1.0},
            "note": "a rate and a share of each sector",
        },
        {
            "date": "2019-07-01",
            "label": "a value of imports, split by shares",
            **GOODS_TARIFF,
            "partners": ["MEX"],
            "set": 0.2,
            "coverage_usd": 5e9,
            "coverage_by_sector": {"electronics": 0.6, "electrical": 0.3, "machinery": 0.1},
        },
        {
            "date": "2019-08-01",
            "kind": "trade_cost",
            "exporters": ["CHN"],
            "importers": ["USA"],
            "sectors": "goods",
            "partial_effect": -0.2,
            "symmetric": True,
        },
        {
            "date": "2019-08-01",
            "kind": "purchase_commitment",
            "buyer": "CHN",
            "seller": "USA",
            "sectors": ["agriculture"],
            "level_usd": 30e9,
            "reference_year": 2017,
            "reference_usd": 24e9,
            "compliance": 0.58,
        },
    ],
}

#: Trade without borders (examples/trade-without-borders.yaml) as the builder writes it.
GRAVITY = {
    "name": "borders-removed",
    "trade_costs": {
        "dataset": "yotov2016",
        "formula": "trade ~ ln_DIST + CNTG + INTL_BRDR | exporter + importer",
        "sigma": 7,
        "flows": "fitted",
    },
    "model": {"kind": "gravity", "ge": "book", "deficits": "multiplicative", "reference": "DEU"},
    "actions": [
        {
            "date": "2006-12-31",
            "kind": "trade_cost",
            "exporters": "all",
            "importers": "all",
            "regressors": {"INTL_BRDR": 0},
        }
    ],
}


def _problems(answer) -> list[dict]:
    assert answer.status_code == 422, answer.text
    return answer.json()["error"]["problems"]


@pytest.mark.parametrize("scenario", [EVERY_FORM, GRAVITY], ids=["every-form", "gravity"])
def test_what_the_builder_writes_validates_and_round_trips_through_yaml(client, scenario):
    checked = client.post("/api/v1/scenarios/validate", json={"scenario": scenario})
    assert checked.status_code == 200, checked.text
    assert checked.json()["scenario"] == scenario
    exported = client.post("/api/v1/scenarios/export", json={"scenario": scenario})
    assert exported.status_code == 200
    assert yaml.safe_load(exported.text) == scenario
    imported = client.post("/api/v1/scenarios/validate", json={"yaml": exported.text})
    assert imported.status_code == 200, imported.text
    assert imported.json()["scenario"] == scenario
    assert imported.json()["actions"] == len(scenario["actions"])


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        (
            {"add": {"electronics": 0.25, "agriculture": 0.1}},
            "actions[0].add.agriculture",
            "not among",
        ),
        ({"add": {"electronix": 0.25}}, "actions[0].add.electronix", "did you mean 'electronics'"),
        ({"covered_share": {"electronics": 1.5}}, "actions[0]", "'covered_share'"),
    ],
)
def test_a_per_sector_value_at_fault_is_named(client, change, field, words):
    tariff = {**EVERY_FORM["actions"][0], **change}
    answer = client.post(
        "/api/v1/scenarios/validate", json={"scenario": {**EVERY_FORM, "actions": [tariff]}}
    )
    problem = _problems(answer)[0]
    assert problem["field"] == field and words in problem["message"], problem


def test_a_start_before_its_scenario_s_own_start_is_named(client):
    early = {**EVERY_FORM, "start": {"scenario": "may-2019", "date": "2019-01-01"}}
    answer = client.post("/api/v1/scenarios/validate", json={"scenario": early})
    problem = _problems(answer)[0]
    assert problem["field"] == "start.date" and "may-2019's own start" in problem["message"]


def test_a_gravity_error_names_its_field_and_no_folder_of_the_server(client):
    wrong = {
        **GRAVITY,
        "trade_costs": {**GRAVITY["trade_costs"], "formula": "trade ~ nope | exporter + importer"},
    }
    answer = client.post("/api/v1/scenarios/validate", json={"scenario": wrong})
    problem = _problems(answer)[0]
    assert problem["field"] == "trade_costs" and "'nope'" in problem["message"], problem
    assert problem["message"].startswith("1_TradeWithoutBorder.dta.gz: formula"), problem
    assert "/src/tradewar" not in answer.text
    regressor = {**GRAVITY["actions"][0], "regressors": {"INTL_BORDER": 0}}
    answer = client.post(
        "/api/v1/scenarios/validate", json={"scenario": {**GRAVITY, "actions": [regressor]}}
    )
    problem = _problems(answer)[0]
    assert problem["field"] == "actions[0].regressors" and "INTL_BRDR" in problem["message"]


def test_a_gravity_tables_countries_are_listed_as_its_world_names_them(client):
    """The builder offers a gravity table's countries: Yotov et al.'s ZZZ is Germany, DEU."""
    table = client.get("/api/v1/datasets/yotov2016").json()
    codes = [c["code"] for c in table["countries"]]
    assert len(codes) == 69 and "DEU" in codes and "ZZZ" not in codes
    assert {"code": "DEU", "name": "Germany"} in table["countries"]
    sample = client.get("/api/v1/datasets/gegravity-sample").json()
    assert len(sample["countries"]) == 30  # the example data of gegravity
