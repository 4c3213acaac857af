"""tradewar news: table, --json, --scenario (never over a file without --force), stdin."""

from __future__ import annotations

import json

import pytest
import yaml
from typer.testing import CliRunner

from tradewar.cli import app
from tradewar.news import example_report

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

runner = CliRunner()


@pytest.fixture
def report_file(tmp_path):
    text, _ = example_report()
    path = tmp_path / "us-china-talks-stalled-2019-05-17.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_table_and_key_points(report_file):
    result = runner.invoke(app, ["news", str(report_file)])
    assert result.exit_code == 0, result.output
    assert "9 event(s)" in result.output
    # the date from the file's name (the title line may wrap where the temporary path is long)
    assert "2019-05-17 (file name)" in " ".join(result.output.split())
    assert "tariff increase" in result.output and "$200.0B" in result.output
    assert "Key points" in result.output


def test_json_lists_the_events_with_every_field(report_file):
    result = runner.invoke(app, ["news", str(report_file), "--json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert len(doc["events"]) == 9
    first = doc["events"][2]
    for field in (
        "kind",
        "actor",
        "target",
        "companies",
        "value_usd",
        "rate_from",
        "rate_to",
        "products",
        "sectors",
        "date",
        "status",
        "sentence",
        "confidence",
    ):
        assert field in first
    assert doc["doubtful"] == []
    assert (first["kind"], first["value_usd"], first["date"]) == (
        "tariff_increase",
        200e9,
        "2019-05-10",
    )


def test_min_confidence_leaves_out_the_doubtful_and_says_so(report_file):
    result = runner.invoke(app, ["news", str(report_file), "--json", "--min-confidence", "1"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["events"] == [] and len(doc["doubtful"]) == 9
    assert any("9 possible event(s) left out as doubtful" in n for n in doc["notes"])
    table = runner.invoke(app, ["news", str(report_file), "--min-confidence", "1"])
    assert "Left out as doubtful (9;" in table.output and "0 event(s)" in table.output
    refused = runner.invoke(app, ["news", str(report_file), "--min-confidence", "1.5"])
    assert refused.exit_code == 2 and "--min-confidence" in refused.output


def test_standard_input_with_a_date():
    text = "Last week, the U.S. increased tariffs on $200 billion in Chinese goods."
    result = runner.invoke(app, ["news", "-", "--date", "2019-05-17", "--json"], input=text)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["events"][0]["date"] == "2019-05-10"


def test_scenario_is_written_and_never_over_a_file_without_force(tmp_path, report_file):
    out = tmp_path / "draft.yaml"
    result = runner.invoke(app, ["news", str(report_file), "--scenario", str(out)])
    assert result.exit_code == 0, result.output
    assert yaml.safe_load(out.read_text())["name"] == "news-2019-05-17"
    out.write_text("mine\n")
    result = runner.invoke(app, ["news", str(report_file), "--scenario", str(out)])
    assert result.exit_code == 1
    assert "exists; give --force" in result.output
    assert out.read_text() == "mine\n"
    result = runner.invoke(app, ["news", str(report_file), "--scenario", str(out), "--force"])
    assert result.exit_code == 0, result.output
    assert out.read_text().startswith("# Draft scenario")
    assert [p.name for p in tmp_path.iterdir() if "tmp" in p.name] == []


def test_bad_input_gives_one_message_and_writes_nothing(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Tariffs \xff\xfe raised")
    out = tmp_path / "draft.yaml"
    result = runner.invoke(app, ["news", str(bad), "--scenario", str(out)])
    assert result.exit_code == 1
    assert "not UTF-8 text" in result.output
    assert not out.exists()
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = runner.invoke(app, ["news", str(empty)])
    assert result.exit_code == 1 and "empty" in result.output
    result = runner.invoke(app, ["news", str(tmp_path / "missing.txt")])
    assert result.exit_code == 1 and "cannot read it" in result.output


def test_no_events_no_scenario(tmp_path):
    plain = tmp_path / "council.txt"
    plain.write_text("The city council approved a new budget for public transit on Monday.\n")
    out = tmp_path / "draft.yaml"
    result = runner.invoke(
        app, ["news", str(plain), "--date", "2023-12-06", "--scenario", str(out)]
    )
    assert result.exit_code == 1
    assert "no trade-policy events" in result.output
    assert not out.exists()
