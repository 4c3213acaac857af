import json

import pandas as pd
import pytest
from typer.testing import CliRunner

from tradewar.cli import app

runner = CliRunner()


def test_run_prints_headline_bilateral_and_third_countries():
    result = runner.invoke(app, ["run", "may-2019"])
    assert result.exit_code == 0, result.output
    for text in (
        "Final state",
        "USA-CHN trade by sector",
        "Third countries",
        "welfare",
        "Huawei Entity List",
    ):
        assert text in result.stdout


def test_run_json_document():
    result = runner.invoke(app, ["run", "may-2019", "--json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    usa = doc["countries"]["USA"]
    for key in ("welfare_pct", "real_wage_pct", "exports_pct", "imports_pct", "tariff_revenue_usd"):
        assert key in usa
    assert {"country", "sector", "output_pct"} <= set(doc["sectors"][0])
    assert {"exporter", "importer", "sector", "base_usd", "new_usd", "change_pct"} <= set(
        doc["trade"][0]
    )
    assert [s["date"] for s in doc["steps"]] == [
        "2019-05-10",
        "2019-05-16",
        "2019-05-17",
        "2019-06-01",
    ]
    assert doc["steps"][-1]["countries"]["USA"]["welfare_pct"] == usa["welfare_pct"]


def test_run_out_writes_tables_and_charts(tmp_path):
    out = tmp_path / "results"
    result = runner.invoke(app, ["run", "phase-one-2020", "--out", str(out)])
    assert result.exit_code == 0, result.output
    for name in (
        "countries.csv",
        "trade.parquet",
        "steps.csv",
        "phase-one-2020.xlsx",
        "welfare.png",
        "bilateral.png",
        "result.json",
    ):
        assert (out / name).is_file(), name
    sheets = pd.read_excel(out / "phase-one-2020.xlsx", sheet_name=None)
    assert {"countries", "sectors", "trade", "steps"} <= set(sheets)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_failed_run_writes_nothing(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "name: bad\nbaseline: toy\nactions:\n"
        "  - {date: 2019-01-01, kind: tariff, imposer: HOME, add: 0.1}\n"
    )
    out = tmp_path / "results"
    result = runner.invoke(app, ["run", str(bad), "--out", str(out)])
    assert result.exit_code == 1
    assert f"{bad}:4: actions[0].imposer" in result.output
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["bad.yaml"]


def test_validate():
    ok = runner.invoke(app, ["validate", "us-china-2025"])
    assert ok.exit_code == 0 and "ok" in ok.stdout


def test_validate_reports_errors(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "name: bad\nbaseline: toy\nactions:\n"
        "  - {date: 2019-01-01, kind: tariff, imposer: HOM, sectors: [goodz], "
        "add: 0.1}\n"
    )
    result = runner.invoke(app, ["validate", str(bad)])
    assert result.exit_code == 1
    assert "actions[0].sectors[0]" in result.output and "goods" in result.output


def test_scenarios_lists_the_library():
    result = runner.invoke(app, ["scenarios"])
    assert result.exit_code == 0
    for name in (
        "us-china-2018-2019",
        "may-2019",
        "phase-one-2020",
        "us-china-2025",
        "ieepa-ruling-2026",
    ):
        assert name in result.stdout


def test_compare():
    result = runner.invoke(app, ["compare", "us-china-2025", "ieepa-ruling-2026", "--json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    usa = doc["countries"]["USA"]
    assert usa["welfare_pct_diff"] == usa["welfare_pct_b"] - usa["welfare_pct_a"]
    from tradewar.scenario import run_scenario

    for key, name in (("a", "us-china-2025"), ("b", "ieepa-ruling-2026")):
        expected = run_scenario(name).final.countries().at["USA", "welfare_pct"]
        assert usa[f"welfare_pct_{key}"] == pytest.approx(expected, rel=1e-9)
    table = runner.invoke(app, ["compare", "us-china-2025", "ieepa-ruling-2026"])
    assert table.exit_code == 0 and "B − A" in table.stdout


def test_report_is_self_contained(tmp_path):
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["report", "may-2019", "--out", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text()
    assert "<script" in text and "Plotly.newPlot" in text
    assert "World map" in text and '"FeatureCollection"' in text
    assert "<script src=" not in text  # no external scripts
    assert "window.PlotlyGeoAssets" in text  # the base map is pre-loaded, never fetched
    assert "Huawei Entity List" in text
    # tables as a reader reads them: units in the headers, dollars in billions, no NaN
    assert "<th>welfare, %</th>" in text and "<th>tariff revenue, $</th>" in text
    headline = text.split("Headline")[1].split("</table>")[0]
    assert "e+1" not in headline and ">NaN<" not in headline and "B</td>" in headline
    assert 'style="overflow-x: auto"' in text  # a wide table scrolls, the page does not
