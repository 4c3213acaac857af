"""Every event of the shipped example report (CNBC, 17 May 2019) is found, with its fields."""

from __future__ import annotations

import datetime as dt

import pytest

from tradewar.news import example_report, read_report

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

D = dt.date
# kind, actor, target, value (USD), rate from, rate to, date, status; the report states no rates
EXPECTED = [
    ("deal_broken", "CHN", "USA", None, None, None, D(2019, 5, 1), "in_effect"),
    ("talks_held", "CHN", "USA", None, None, None, D(2019, 5, 10), "in_effect"),
    ("tariff_increase", "USA", "CHN", 200e9, None, None, D(2019, 5, 10), "in_effect"),
    ("talks_stalled", "USA", "CHN", None, None, None, D(2019, 5, 17), "in_effect"),
    ("currency_intervention", "CHN", None, None, None, None, D(2019, 5, 17), "in_effect"),
    ("purchase_cut", "CHN", "USA", None, None, None, D(2019, 5, 17), "in_effect"),
    ("export_control", "USA", "CHN", None, None, None, D(2019, 5, 17), "in_effect"),
    ("market_reaction", "USA", None, None, None, None, D(2019, 5, 17), "in_effect"),
    ("retaliation", "CHN", "USA", 60e9, None, None, D(2019, 5, 17), "in_effect"),
]


@pytest.fixture(scope="module")
def report():
    text, date = example_report()
    return read_report(text, date)


def test_every_event_of_the_example_is_found_with_its_fields(report):
    got = [
        (e.kind, e.actor, e.target, e.value_usd, e.rate_from, e.rate_to, e.date, e.status)
        for e in report.events
    ]
    assert got == EXPECTED


def test_the_example_names_huawei_pork_and_the_sentences(report):
    by_kind = {e.kind: e for e in report.events}
    assert by_kind["export_control"].companies == ("Huawei",)
    assert by_kind["export_control"].sectors == ("electronics",)
    assert by_kind["purchase_cut"].products == ("pork",)
    assert by_kind["purchase_cut"].sectors == ("food",)
    assert "$200 billion" in by_kind["tariff_increase"].sentence
    assert by_kind["tariff_increase"].date_precision == "week"  # "last week"
    # the stall is told five times (headline, key points, body): one event, every sentence kept
    assert len(by_kind["talks_stalled"].mentions) >= 4
    for e in report.events:
        assert report.text[e.start : e.end] == e.sentence
    assert report.unknown == ()


def test_key_points_tell_the_events_in_date_order(report):
    points = report.key_points()
    assert len(points) == len(report.events)
    assert points[2] == (
        "10 May 2019 (last week): The United States raised tariffs on China: $200.0B of trade"
    )
    assert points[-1].startswith("17 May 2019: China retaliated with tariffs on the United States")


def test_the_report_as_json_and_as_a_table(report):
    doc = report.to_dict()
    assert doc["date"] == "2019-05-17"
    assert doc["events"][2]["value_usd"] == 200e9
    assert doc["events"][2]["date"] == "2019-05-10"
    frame = report.to_frame()
    assert frame.index.name == "event"
    assert list(frame["kind"])[:3] == ["deal_broken", "talks_held", "tariff_increase"]
