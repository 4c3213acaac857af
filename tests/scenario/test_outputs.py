"""What reaches users through --json, --out and the report is the library's numbers, exactly."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

import tradewar as tw
from conftest import shared_path
from tradewar.cli.app import app

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
runner = CliRunner()


@pytest.fixture(scope="module")
def may_2019():
    return tw.run_scenario("may-2019")


def _json(args: list[str]) -> dict:
    out = runner.invoke(app, args)
    assert out.exit_code == 0, out.output
    return json.loads(out.output)


def assert_same_columns(doc_countries: dict, table: pd.DataFrame) -> None:
    shared = [c for c in table.columns if c in next(iter(doc_countries.values()))]
    assert len(shared) >= 5
    for code, row in doc_countries.items():
        for column in shared:
            expected = table.at[code, column]
            if pd.isna(expected):
                assert row[column] is None
            else:
                assert row[column] == pytest.approx(float(expected), rel=1e-9, abs=1e-12), (
                    code,
                    column,
                )


def test_json_equals_the_api(may_2019):
    doc = _json(["run", "may-2019", "--json"])
    final = may_2019.final.countries()
    assert_same_columns(doc["countries"], final)
    for entry, step in zip(doc["steps"], may_2019.steps, strict=True):
        assert entry["date"] == step.date.isoformat()
        assert_same_columns(entry["countries"], step.result.countries())
    # the first step is not the final state: the comparison above can fail
    assert doc["steps"][0]["countries"]["USA"]["welfare_pct"] != pytest.approx(
        doc["countries"]["USA"]["welfare_pct"]
    )
    usd = may_2019.start_world.usd_per_unit
    revenue = final.at["USA", "tariff_revenue_new"] * usd
    assert doc["countries"]["USA"]["tariff_revenue_usd"] == pytest.approx(revenue)


def test_csv_equals_the_api(may_2019, tmp_path):
    out = runner.invoke(app, ["run", "may-2019", "--out", str(tmp_path / "r")])
    assert out.exit_code == 0, out.output
    csv = pd.read_csv(tmp_path / "r" / "countries.csv", index_col="country")
    final = may_2019.final.countries()
    for column in ("welfare_pct", "real_gdp_pct", "price_index_pct", "exports_pct"):
        np.testing.assert_allclose(csv[column], final.loc[csv.index, column], rtol=1e-9)
    sectors = pd.read_csv(tmp_path / "r" / "sectors.csv", index_col=["country", "sector"])
    np.testing.assert_allclose(
        sectors["employment_pct"],
        may_2019.final.sectors().loc[sectors.index, "employment_pct"],
        rtol=1e-9,
        atol=1e-12,
    )


def test_gravity_json_is_in_the_books_normalisation_with_one_meaning_per_column():
    shared_path("gravity_wiod0014", "TradeData0014.csv")  # the example's data
    path = EXAMPLES / "eu-enlargement.yaml"
    doc = _json(["run", str(path), "--json"])
    result = tw.run_scenario(path)
    engine = result.final.countries()
    from tradewar.gravity.ge import gravity_indexes

    model = result.scenario.model
    book, _ = gravity_indexes(result.final, model.ge, model.reference)
    for code, row in doc["countries"].items():
        # real results are the engine's; nominal ones in the book's numéraire are the book's
        assert row["welfare_pct"] == pytest.approx(engine.at[code, "welfare_pct"])
        assert row["real_gdp_pct"] == pytest.approx(book.at[code, "real_gdp_pct"])
        assert row["exports_pct"] == pytest.approx(book.at[code, "exports_pct"])
        assert row["price_index_pct"] == pytest.approx(book.at[code, "imr_pct"])
        assert row["omr_pct"] == pytest.approx(book.at[code, "omr_pct"])
        assert not any(key.endswith("_book_pct") for key in row)


def test_the_books_own_solution_from_a_scenario(tmp_path):
    """ge: book gives the book's iteration's numbers; what the book does not compute is null."""
    text = (EXAMPLES / "trade-without-borders.yaml").read_text()
    assert "ge: book" in text
    path = tmp_path / "twb.yaml"
    path.write_text(text)
    doc = _json(["run", str(path), "--json"])
    result = tw.run_scenario(path)
    from tradewar.gravity.ge import gravity_indexes

    book, _ = gravity_indexes(result.final, "book", result.scenario.model.reference)
    for code, row in doc["countries"].items():
        assert row["real_gdp_pct"] == pytest.approx(book.at[code, "real_gdp_pct"])
        assert row["price_index_pct"] == pytest.approx(book.at[code, "imr_pct"])
        assert row["jobs_reallocated_pct"] is None


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_outputs_are_reproducible(tmp_path):
    """Two runs of one scenario write the same bytes: no clock, no random ids."""
    pytest.importorskip("openpyxl")
    pytest.importorskip("plotly")
    for k in (1, 2):
        assert (
            runner.invoke(app, ["run", "may-2019", "--out", str(tmp_path / f"r{k}")]).exit_code == 0
        )
        assert (
            runner.invoke(
                app, ["report", "may-2019", "--out", str(tmp_path / f"{k}.html")]
            ).exit_code
            == 0
        )
    for name in ("result.json", "countries.csv", "may-2019.xlsx"):
        assert _digest(tmp_path / "r1" / name) == _digest(tmp_path / "r2" / name), name
    assert _digest(tmp_path / "1.html") == _digest(tmp_path / "2.html")
