"""Ossa's own Nash procedure (``stop="ossa"``) and ``tradewar replicate ossa2014``.

His code (``mynashtariff.m``, ``mymfnnashtariff.m``): from every region's MFN
optimal tariffs, MFN best responses in rounds, then bilateral best responses from
the MFN result, each stage stopping once ``|mean(Δτ)|`` over the tariff array is
at most 0.01 (at most 24 rounds).  On his data each stage stops after one round.
Our medians then lie 0.07 (plain) and 0.10 (political) below his published
averages — nearer than the converged equilibrium's (0.12 and 0.18) but not to
the first decimal: the rest is his optimiser (``fmincon``, active set,
finite-difference gradients, started from the MFN tariffs), which stops short of
the optimum on tariffs of small flows, as in Table 3 (docs/strategy.md).
"""

import json

import numpy as np
import pytest
from typer.testing import CliRunner

import tradewar as tw
from tradewar.cli.app import app
from tradewar.replication import replicate
from tradewar.replication.ossa2014 import OSSA2014_TABLE4

# Ossa (2014), Table 4: median Nash tariffs by region (BRA CHN EU IND JPN ROW USA) and average
TABLE4_MEDIANS = {
    weights: ([row[-1] for row in rows[:-1]], rows[-1][-1])
    for weights, rows in OSSA2014_TABLE4.items()
}
# ours by his procedure (regions to 0.7, the EU in the plain war; averages to 0.1)
OURS_BY_HIS_PROCEDURE = {"plain": 58.035, "political": 63.305}


@pytest.mark.replication
def test_replicate_ossa2014_tables_2_and_3():
    result = replicate("ossa2014")
    assert result.matches, result.summary()
    assert len(result.comparisons) == 12 + 2 * 8 * 8
    assert any("average 58.85 [58.9]" in note for note in result.notes)
    assert any("average 62.35 [62.4]" in note for note in result.notes)


@pytest.mark.slow
@pytest.mark.replication
@pytest.mark.parametrize("weights", ["plain", "political"])
def test_nash_by_ossas_procedure(weights):
    war = tw.strategy.nash_tariffs(weights=weights, stop="ossa")
    assert war.converged and war.iterations == 1, war.message
    assert "MFN best responses for 1 round(s)" in war.message
    medians = 100 * war.median_tariff
    regions, average = TABLE4_MEDIANS[weights]
    np.testing.assert_allclose(medians, regions, atol=0.6)
    assert medians.mean() == pytest.approx(OURS_BY_HIS_PROCEDURE[weights], abs=0.01)
    assert abs(medians.mean() - average) <= 0.11
    government = 100 * (war.government - 1)
    assert government.mean() == pytest.approx(-2.4 if weights == "plain" else -2.9, abs=0.05)


@pytest.mark.slow
def test_cli_nash_stop_ossa():
    out = CliRunner().invoke(app, ["nash", "--stop", "ossa", "--json"])
    assert out.exit_code == 0, out.output
    document = json.loads(out.stdout[out.stdout.index("{") :])
    assert document["converged"] and document["iterations"] == 1
    average = np.mean(list(document["median_tariff_pct"].values()))
    assert average == pytest.approx(OURS_BY_HIS_PROCEDURE["plain"], abs=0.01)


@pytest.mark.slow
@pytest.mark.replication
def test_replicate_ossa2014_war_tables_4_and_5():
    """Tables 4 and 5 by his procedure: every welfare, wage and profit number to its decimal."""
    result = replicate("ossa2014-war")
    assert result.matches, result.summary()
    # Table 4: 8 rows x 4 columns; Table 5: a gain and 7 x (wage, profits) per threat,
    # and each region's welfare with political weights; both weightings
    assert len(result.comparisons) == 2 * 8 * 4 + 2 * 3 * (1 + 7 * 2) + 3 * 7
    eu = next(
        c
        for c in result.comparisons
        if c.table.startswith("Table 4b") and c.row == "EU" and c.column == "government_welfare"
    )
    assert eu.published == -2.2 and eu.matches  # -2.14 at the converged equilibrium
    assert any("average 63.30 [63.4]" in note for note in result.notes)
