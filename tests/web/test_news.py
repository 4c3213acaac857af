"""The news reader through the API, on SQLite and on PostgreSQL: a pasted report's events
with their offsets, the draft scenario with its open fields, saving it, and bad input."""

from __future__ import annotations

import pytest

pytest_plugins = ["web_support"]
pytest.importorskip("spacy", reason="the news extra is not installed")


@pytest.fixture(scope="module")
def example():
    from tradewar.news import example_report, read_report

    text, date = example_report()
    return text, date, read_report(text, date)


@pytest.fixture(scope="module")
def read(client, example):
    text, date, _ = example
    answer = client.post("/api/v1/news", json={"text": text, "date": date.isoformat()})
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_the_events_are_the_reader_s_with_offsets_into_the_text(read, example):
    _, _, report = example
    assert read["report"] == report.to_dict()
    assert read["text"] == report.text
    kinds = {e["kind"] for e in read["report"]["events"]}
    assert {"tariff_increase", "retaliation", "export_control", "purchase_cut"} <= kinds
    for event in read["report"]["events"]:
        assert read["text"][event["start"] : event["end"]] == event["sentence"]
        assert [event["start"], event["end"]] in event["mentions"]


def test_the_draft_lists_each_open_field_with_its_line_and_what_to_give(read, example):
    _, _, report = example
    draft = read["draft"]
    assert draft["yaml"] == report.to_scenario()
    lines = draft["yaml"].splitlines()
    open_ = {p["field"]: p for p in draft["fill_in"]}
    assert "actions[0].add" in open_ and "actions[3].coverage_usd" in open_
    for field, problem in open_.items():
        assert "FILL-IN" in lines[problem["line"] - 1]
        node = draft["scenario"]
        for part in field.replace("]", "").replace("[", ".").split("."):
            node = node[int(part)] if part.isdigit() else node[part]
        assert node == "FILL-IN"
    assert "rate" in open_["actions[0].add"]["message"]  # the draft's own comment


def test_a_saved_draft_is_a_user_scenario_that_runs_once_filled_in(client, example):
    text, date, _ = example
    answer = client.post(
        "/api/v1/news",
        json={"text": text, "date": date.isoformat(), "name": "cnbc-may-2019", "save": True},
    )
    assert answer.status_code == 200, answer.text
    saved = answer.json()["saved"]
    assert saved["name"] == "cnbc-may-2019" and saved["format"] == "yaml"
    assert saved["content"] == answer.json()["draft"]["yaml"]  # the sentences kept
    listed = {s["id"]: s for s in client.get("/api/v1/scenarios").json()}
    assert listed[saved["id"]]["fill_in"] == [p["field"] for p in answer.json()["draft"]["fill_in"]]
    refused = client.post("/api/v1/runs", json={"scenario_id": saved["id"]})
    assert refused.status_code == 422
    assert {p["field"] for p in refused.json()["error"]["problems"]} == set(
        listed[saved["id"]]["fill_in"]
    )
    filled = saved["scenario"]
    actions = filled["actions"]
    actions[0]["add"] = actions[4]["add"] = 0.1
    actions[1]["change"] = 0.02
    actions[2]["amount_usd"] = -1e9
    actions[3]["coverage_usd"] = 5e9
    updated = client.put(f"/api/v1/scenarios/{saved['id']}", json={"scenario": filled})
    assert updated.status_code == 200, updated.text
    assert updated.json()["fill_in"] == []
    assert client.delete(f"/api/v1/scenarios/{saved['id']}").status_code == 204


def test_a_report_without_events_has_no_draft_to_save(client):
    calm = "The lake in Geneva was calm on Tuesday, and children played by the water."
    answer = client.post("/api/v1/news", json={"text": calm})
    assert answer.status_code == 200
    assert answer.json()["report"]["events"] == []
    assert answer.json()["draft"] is None
    refused = client.post("/api/v1/news", json={"text": calm, "save": True})
    assert refused.status_code == 422 and refused.json()["error"]["title"] == "nothing to save"


def test_min_confidence_moves_events_to_the_doubtful(client, read, example):
    text, date, _ = example
    body = {"text": text, "date": date.isoformat()}
    kept = read["report"]
    strict = client.post("/api/v1/news", json={**body, "min_confidence": 1.0}).json()
    assert kept["events"] and all(0 < e["confidence"] < 1 for e in kept["events"])
    assert strict["report"]["events"] == [] and strict["draft"] is None
    assert len(strict["report"]["doubtful"]) == len(kept["events"]) + len(kept["doubtful"])


def test_offsets_count_characters_not_bytes(client):
    text = "Markets 📉 slid. Last week, the U.S. raised tariffs on $200 billion in Chinese goods."
    body = client.post("/api/v1/news", json={"text": text, "date": "2019-05-17"}).json()
    event = next(e for e in body["report"]["events"] if e["kind"] == "tariff_increase")
    assert body["text"][event["start"] : event["end"]] == event["sentence"]


@pytest.mark.parametrize(
    ("body", "status", "field"),
    [
        ({"text": ""}, 422, "text"),
        ({"text": "   \n  "}, 422, "text"),
        ({"text": "x" * 200_001}, 422, "text"),
        ({"text": "Tariffs rose.", "date": "17 May 2019"}, 422, "date"),
        ({"text": "Tariffs rose.", "date": "0001-01-01"}, 422, "date"),
        ({"text": "Tariffs rose.", "name": "Not A Name"}, 422, "name"),
        ({"text": "Tariffs rose.", "path": "/etc/passwd"}, 422, "path"),
        ({"text": "Tariffs rose.", "min_confidence": 2}, 422, "min_confidence"),
    ],
)
def test_bad_reports_are_4xx_with_the_field(client, body, status, field):
    answer = client.post("/api/v1/news", json=body)
    assert answer.status_code == status, answer.text
    assert answer.json()["error"]["problems"][0]["field"] == field


def test_bytes_that_are_not_utf8_are_400(client):
    answer = client.post(
        "/api/v1/news",
        content=b'{"text": "tariffs \xff on steel"}',
        headers={"content-type": "application/json"},
    )
    assert answer.status_code == 400 and "UTF-8" in answer.json()["error"]["detail"]


def test_the_example_report_is_served(client, example):
    text, date, _ = example
    body = client.get("/api/v1/news/example").json()
    assert body["text"] == text and body["date"] == date.isoformat()


def test_a_report_that_waits_too_long_for_the_reader_is_429(client, monkeypatch):
    from tradewar.web import news

    monkeypatch.setattr(news, "WAIT", 0.05)
    with news._lock:  # another report being read
        answer = client.post("/api/v1/news", json={"text": "The U.S. raised tariffs on China."})
    assert answer.status_code == 429 and "busy" in answer.json()["error"]["detail"]
