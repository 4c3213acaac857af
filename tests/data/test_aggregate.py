import numpy as np
import pytest

from tradewar import DataError, Shock, solve
from tradewar.data.build.aggregate import aggregate, read_mapping
from tradewar.datasets import synthetic_world


def test_aggregation_preserves_every_identity():
    world = synthetic_world(6, 4, seed=3)
    regions = {"C000": "A", "C001": "A", "C002": "B", "C003": "B", "C004": "B", "C005": "C"}
    sectors = {"S00": "x", "S01": "x", "S02": "y", "S03": "z"}
    agg = aggregate(world, regions, sectors)
    assert agg.countries == ("A", "B", "C")
    assert agg.sectors == ("x", "y", "z")
    agg.check_identities(rtol=1e-9)
    np.testing.assert_allclose(agg.trade.sum(), world.trade.sum())
    np.testing.assert_allclose(agg.tariff_revenue.sum(), world.tariff_revenue.sum())
    np.testing.assert_allclose(agg.value_added.sum(), world.value_added.sum())
    np.testing.assert_allclose(agg.income.sum(), world.income.sum())
    np.testing.assert_allclose(agg.deficit.sum(), 0.0, atol=1e-9)
    # region A's deficit is the sum of its members' deficits
    np.testing.assert_allclose(agg.deficit[0], world.deficit[:2].sum())
    # a counterfactual on the aggregate still solves and clears
    tariff = agg.tariff.copy()
    tariff[0, 1, :] += 0.3
    assert solve(agg, Shock(tariff=tariff)).report.converged


def test_identity_mapping_is_a_no_op(toy):
    agg = aggregate(toy)
    np.testing.assert_allclose(agg.trade, toy.trade)
    np.testing.assert_allclose(agg.io_shares, toy.io_shares)
    np.testing.assert_allclose(agg.theta, toy.theta)


def test_aggregating_the_cp2015_world(cp2015_baseline):
    nafta = {
        c: ("NAFTA" if c in ("USA", "CAN", "MEX") else "Other") for c in cp2015_baseline.countries
    }
    agg = aggregate(cp2015_baseline, nafta)
    agg.check_identities(rtol=1e-8)
    assert agg.n_countries == 2


def test_country_names_are_resolved(toy):
    world = synthetic_world(2, 1, seed=0).replace(countries=("CHN", "USA"))
    agg = aggregate(world, {"China": "Asia", "United States": "America"})
    assert agg.countries == ("Asia", "America")


def test_unassigned_country_is_named(toy):
    with pytest.raises(DataError, match=r"leaves 1 country.*ROW"):
        aggregate(toy, {"HOM": "A", "FOR": "A"})


def test_unknown_country_gets_a_suggestion(toy):
    with pytest.raises(DataError, match="FOR"):
        aggregate(toy, {"HOM": "A", "FORR": "A", "ROW": "B"})


def test_unknown_sector_gets_a_suggestion(toy):
    with pytest.raises(DataError, match="unknown sector 'good'; did you mean 'goods'"):
        aggregate(toy, sectors={"good": "g", "services": "s"})


def test_country_assigned_twice_via_name_and_code():
    world = synthetic_world(2, 1, seed=0).replace(countries=("CHN", "USA"))
    with pytest.raises(DataError, match="'CHN' is assigned twice"):
        aggregate(world, {"CHN": "A", "China": "B", "USA": "B"})


def test_mapping_csv(tmp_path, toy):
    path = tmp_path / "regions.csv"
    path.write_text("country,region\nHOM,North\nFOR,North\nROW,South\n")
    agg = aggregate(toy, path)
    assert agg.countries == ("North", "South")


def test_mapping_csv_with_duplicate_row(tmp_path):
    path = tmp_path / "regions.csv"
    path.write_text("country,region\nHOM,North\nFOR,North\nHOM,South\n")
    with pytest.raises(DataError, match=r"row 4: 'HOM' is assigned twice"):
        read_mapping(path)


def test_mapping_csv_with_a_short_row(tmp_path):
    path = tmp_path / "regions.csv"
    path.write_text("country,region\nHOM\n")
    with pytest.raises(DataError, match="row 2: expected two fields"):
        read_mapping(path)
