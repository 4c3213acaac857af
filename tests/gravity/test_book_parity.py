"""Trade without borders as Yotov et al. (2016), ch. 2, compute it: every country, every column.

The published table (``data/yotov2016_trade_without_borders.csv``) is the output
of the book's do-file ``TradeWithoutBorder.do``.  Its conditional columns are
tradewar's ``conditional`` solution on the fitted flows; its full-endowment
columns are the ``book`` solution (five PPML re-estimations, then the do-file's
stopping rule), not the exact fixed point ``full``.  The remaining differences,
below 1e-4 percentage points, are Stata's PPML tolerance.
"""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from conftest import shared_path
from tradewar.data.sources.gravity import pair_matrix
from tradewar.errors import ConvergenceError
from tradewar.gravity import estimate_gravity, fitted_baseline, gravity_counterfactual
from tradewar.gravity.book import BookOptions
from tradewar.replication.gravity import published_table

BOOK = published_table("yotov2016_trade_without_borders").set_index("country")
FORMULA = "trade ~ ln_DIST + CNTG + INTL_BRDR | exporter + importer"

#: book column -> (solution, tradewar column, largest difference allowed, percentage points)
COLUMNS = {
    "change_price_FULL": ("book", "factory_price_pct", 1e-5),
    "change_OMR_FULL": ("book", "omr_pct", 1e-5),
    "change_IMR_FULL": ("book", "imr_pct", 2e-5),
    "change_rGDP_FULL": ("book", "real_gdp_pct", 2e-5),
    "change_Xi_FULL": ("book", "exports_pct", 1e-4),
    "change_OMR_CDL": ("conditional", "omr_pct", 2e-6),
    "change_IMR_CDL": ("conditional", "imr_pct", 5e-6),
    "change_Xi_CDL": ("conditional", "exports_pct", 1e-6),
}


@pytest.fixture(scope="module")
def twb():
    data = pd.read_stata(shared_path("yotov2016", "1_TradeWithoutBorder.dta"))
    est = estimate_gravity(data, FORMULA)
    countries, flows = pair_matrix(data, data["trade"])
    _, cost = pair_matrix(data, est.cost_term(data))
    world = fitted_baseline(countries, cost, flows.sum(axis=1), flows.sum(axis=0), 7.0)
    _, delta = pair_matrix(data, est.cost_term(data, {"INTL_BRDR": 0}) - est.cost_term(data))
    solutions = {
        m: gravity_counterfactual(world, delta, method=m, reference="ZZZ")
        for m in ("book", "conditional", "full")
    }
    return world, delta, solutions


def _as_book(table: pd.DataFrame) -> pd.DataFrame:
    """The book's country names: Germany is DEU in its tables (ZZZ in its data)."""
    return table.rename(index={"ZZZ": "DEU"}).loc[BOOK.index]


@pytest.mark.parametrize("column", list(COLUMNS))
def test_every_country_matches_the_books_table(twb, column):
    _, _, solutions = twb
    method, ours, atol = COLUMNS[column]
    got = _as_book(solutions[method].countries)[ours]
    diff = (got - BOOK[column]).abs()
    assert diff.max() <= atol, f"{column}: {diff.idxmax()} off by {diff.max():.2e}"


def test_the_books_iteration_stops_after_five_rounds(twb):
    """The do-file's log: iteration 5 has sd .0044307 and max .0032467 (both under 0.01)."""
    _, _, solutions = twb
    book = solutions["book"].book
    assert book.rounds == 5
    np.testing.assert_allclose(
        book.sd, [0.0796225, 0.0902139, 0.0139545, 0.0067648, 0.0044307], atol=5e-7
    )
    assert book.largest[0] == pytest.approx(1.468882, abs=1e-6)
    assert book.largest[-1] == pytest.approx(0.0032467, abs=1e-7)
    assert solutions["book"].report.n_iter == 5


def test_the_book_stops_before_the_exact_fixed_point(twb):
    """``full`` is the fixed point; the book's five rounds are up to ~0.8 points away."""
    _, _, solutions = twb
    book, full = solutions["book"].countries, solutions["full"].countries
    gap = (book - full).abs()
    assert 0.3 < gap["real_gdp_pct"].max() < 1.0
    assert 0.5 < gap["imr_pct"].max() < 1.0
    # real GDP falls short of the fixed point's by about the same for every country
    assert np.corrcoef(book["real_gdp_pct"], full["real_gdp_pct"])[0, 1] > 0.999


def test_the_exact_fixed_point_pinned(twb):
    """``full`` on the book's fitted flows (pinned; the book's own numbers differ, above)."""
    _, _, solutions = twb
    full = solutions["full"].countries["real_gdp_pct"]
    pinned = {"USA": 10.681327, "BOL": 68.663824, "ZZZ": 24.406082, "HKG": 17.169479}
    for country, value in pinned.items():
        assert full[country] == pytest.approx(value, abs=2e-6), country


def test_the_full_endowment_omr_moves_with_world_output(twb):
    """``Π̂ = Ŷ^{1/(1−σ)} / p̂``: with ``Ŷ = p̂`` the OMR is ``p̂^{σ/(1−σ)}`` (the book's)."""
    _, _, solutions = twb
    table = solutions["book"].countries
    p_hat = 1 + table["factory_price_pct"] / 100
    np.testing.assert_allclose(1 + table["omr_pct"] / 100, p_hat ** (7 / (1 - 7)), rtol=1e-12)


def test_a_stopping_rule_that_cannot_be_met_says_so(twb):
    world, delta, _ = twb
    with pytest.raises(ConvergenceError, match="stopping rule"):
        gravity_counterfactual(
            world, delta, method="book", reference="ZZZ", book_options=BookOptions(max_rounds=3)
        )


def test_the_book_needs_multiplicative_deficits(twb):
    world, delta, _ = twb
    with pytest.raises(ValueError, match="E = φY"):
        gravity_counterfactual(world, delta, method="book", deficits="fixed")


def test_the_books_indexes_of_an_engine_solve(twb):
    """Scenario results: ``gravity_indexes(cf, "book")`` runs the book's iteration on cf's shock."""
    import tradewar as tw
    from tradewar.gravity.ge import gravity_indexes

    world, delta, solutions = twb
    d_hat = np.exp(-delta / 6.0)[:, :, None]
    cf = tw.solve(world, tw.Shock(trade_cost_hat=d_hat), deficits="multiplicative")
    table, _ = gravity_indexes(cf, "book", "ZZZ")
    pd.testing.assert_frame_equal(table, solutions["book"].countries, rtol=1e-10)


def test_the_example_names_germany_as_the_book_does(twb):
    """The scenario: the fitted flows, Germany as DEU, and the book's real GDP from its shock."""
    from tradewar.gravity.ge import gravity_indexes
    from tradewar.scenario import run_scenario

    examples = Path(__file__).resolve().parents[2] / "examples"
    result = run_scenario(examples / "trade-without-borders.yaml")
    world = result.start_world
    assert "DEU" in world.countries and "ZZZ" not in world.countries
    np.testing.assert_allclose(world.trade.sum(), twb[0].trade.sum(), rtol=1e-12)
    table, _ = gravity_indexes(result.final, "book", "DEU")
    got = table.loc[BOOK.index, "real_gdp_pct"]
    assert (got - BOOK["change_rGDP_FULL"]).abs().max() < 2e-5


def test_the_scenario_example_gives_the_books_table():
    """examples/trade-without-borders.yaml (ge: book): real GDP, IMR, OMR, prices and exports
    of every country as the book publishes them."""
    from tradewar.reports.tables import country_table
    from tradewar.scenario import run_scenario

    examples = Path(__file__).resolve().parents[2] / "examples"
    table = country_table(run_scenario(examples / "trade-without-borders.yaml"))
    for published, (_, column, atol) in COLUMNS.items():
        if published.endswith("_FULL"):
            np.testing.assert_allclose(
                table.loc[BOOK.index, column], BOOK[published], atol=atol, rtol=0
            )
