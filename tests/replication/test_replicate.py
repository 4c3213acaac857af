"""``tradewar replicate``: every published result one command, on the data shipped with tradewar."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import tradewar as tw
from tradewar.cli import app
from tradewar.errors import DataError
from tradewar.replication import REPLICATIONS, Comparison, replicate

pytestmark = pytest.mark.replication
runner = CliRunner()


@pytest.mark.parametrize(
    ("name", "n"),
    [("cp2015", 27), ("yotov-twb", 555), ("eu-enlargement", 89), ("gegravity-sample", 5)],
)
def test_every_replication_matches_every_published_number(name, n):
    if REPLICATIONS[name].extra:
        pytest.importorskip("pyfixest", reason="the gravity extra (pyfixest) is not installed")
    result = replicate(name)
    assert len(result.comparisons) == n
    assert result.matches, result.table()[~result.table()["matches"]]


def test_the_list():
    result = runner.invoke(app, ["replicate"])
    assert result.exit_code == 0, result.output
    for name in REPLICATIONS:
        assert name in result.stdout
    listed = tw.replication.replications()
    assert listed.loc["cp2015", "dataset"] == "cp2015"
    assert "tradewar[gravity]" in listed.loc["yotov-twb", "needs"]
    doc = json.loads(runner.invoke(app, ["replicate", "--json"]).stdout)
    assert set(doc) == set(REPLICATIONS)


def test_a_gravity_replication_prints_paper_beside_ours_and_json():
    pytest.importorskip("pyfixest", reason="the gravity extra (pyfixest) is not installed")
    result = runner.invoke(app, ["replicate", "yotov-twb"])
    assert result.exit_code == 0, result.output
    assert "-2.474450 [-2.474]" in result.stdout
    assert "555 of 555 numbers match" in result.stdout
    assert "49.006801 [49.007]" in result.stdout  # Argentina's real GDP, the book's iteration
    doc = json.loads(runner.invoke(app, ["replicate", "gegravity-sample", "--json"]).stdout)
    assert doc["matches"] and doc["n_numbers"] == 5
    assert {c["row"] for c in doc["comparisons"]} >= {"lndist", "pta", "international"}
    assert doc["largest_difference"]["row"] in {c["row"] for c in doc["comparisons"]}


def test_a_number_off_its_precision_exits_non_zero(monkeypatch):
    from tradewar.replication import gravity

    pytest.importorskip("pyfixest", reason="the gravity extra (pyfixest) is not installed")
    monkeypatch.setitem(gravity.GEGRAVITY_SAMPLE_BETA, "pta", 0.4800)
    result = runner.invoke(app, ["replicate", "gegravity-sample"])
    assert result.exit_code == 1
    assert "✗" in result.stdout and "1 of 5 numbers are off" in result.output
    doc = runner.invoke(app, ["replicate", "gegravity-sample", "--json"])
    assert doc.exit_code == 1 and json.loads(doc.stdout)["n_off"] == 1


def test_data_through_the_resolver(cp2015_dir):
    result = runner.invoke(app, ["replicate", "cp2015", "--data", "cp2015", "--json"])
    assert result.exit_code == 0, result.output
    assert replicate("cp2015", cp2015_dir).matches


def test_unknown_replication_names_the_nearest():
    result = runner.invoke(app, ["replicate", "eu-enlargment"])
    assert result.exit_code == 1
    assert "did you mean 'eu-enlargement'" in result.output
    with pytest.raises(DataError, match="did you mean 'cp2015'"):
        replicate("cp2016")


@pytest.mark.parametrize(
    ("published", "decimals", "ours", "matches"),
    [
        (1.31, 2, 1.3149, True),
        (1.31, 2, 1.3051, True),
        (1.31, 2, 1.3151, False),
        (0.08, 2, 0.08496, True),
        (41.0, 0, 40.52, True),
        (41.0, 0, 40.49, False),
        (-2.474, 3, -2.47445, True),
    ],
)
def test_a_number_matches_when_ours_rounds_to_it(published, decimals, ours, matches):
    assert Comparison("t", "r", "c", published, decimals, ours).matches is matches
