import numpy as np
import pytest

from tradewar import Baseline, DataError


def fields(world, **changes):
    out = dict(
        countries=world.countries,
        sectors=world.sectors,
        trade=world.trade.copy(),
        tariff=world.tariff.copy(),
        io_shares=world.io_shares.copy(),
        va_share=world.va_share.copy(),
        final_shares=world.final_shares.copy(),
        theta=world.theta.copy(),
    )
    out.update(changes)
    return out


def test_toy_world_satisfies_identities(toy):
    toy.check_identities(rtol=1e-9)
    assert toy.deficit.sum() == pytest.approx(0.0, abs=1e-9)
    # income = value added + tariff revenue + deficit
    np.testing.assert_allclose(toy.income, toy.value_added + toy.tariff_revenue + toy.deficit)
    # trade shares sum to one over exporters
    np.testing.assert_allclose(toy.trade_shares.sum(axis=0), 1.0)


def test_negative_flow_names_the_cell(toy):
    trade = toy.trade.copy()
    trade[1, 2, 0] = -3.0
    with pytest.raises(DataError, match="exporter FOR, importer ROW, sector goods"):
        Baseline(**fields(toy, trade=trade))


def test_nan_tariff_is_rejected(toy):
    tariff = toy.tariff.copy()
    tariff[0, 1, 1] = np.nan
    with pytest.raises(DataError, match="tariff is NaN"):
        Baseline(**fields(toy, tariff=tariff))


def test_tariff_below_minus_100_percent(toy):
    tariff = toy.tariff.copy()
    tariff[0, 1, 0] = -1.5
    with pytest.raises(DataError, match=r"below -100%.*exporter HOM, importer FOR"):
        Baseline(**fields(toy, tariff=tariff))


def test_non_positive_elasticity(toy):
    with pytest.raises(DataError, match=r"theta.*not positive.*sector services"):
        Baseline(**fields(toy, theta=np.array([5.0, 0.0])))


def test_final_shares_must_sum_to_one(toy):
    alpha = toy.final_shares.copy()
    alpha[2] = [0.5, 0.6]
    with pytest.raises(DataError, match=r"final_shares of country ROW sum to 1\.1"):
        Baseline(**fields(toy, final_shares=alpha))


def test_io_shares_must_sum_to_one(toy):
    gamma = toy.io_shares.copy()
    gamma[1, :, 0] = [0.2, 0.2]
    with pytest.raises(DataError, match="io_shares of country FOR, output sector goods"):
        Baseline(**fields(toy, io_shares=gamma))


def test_shape_mismatch(toy):
    with pytest.raises(DataError, match=r"va_share has shape \(3, 3\), expected \(3, 2\)"):
        Baseline(**fields(toy, va_share=np.full((3, 3), 0.5)))


def test_duplicate_labels(toy):
    with pytest.raises(DataError, match="country 'HOM' appears twice"):
        Baseline(**fields(toy, countries=("HOM", "HOM", "ROW")))


def test_accounting_identity_failure_names_country_and_sector(toy):
    trade = toy.trade.copy()
    trade[2, 2, 1] *= 1.5  # ROW's domestic services no longer add up
    with pytest.raises(DataError, match="goods-market identity fails for country ROW"):
        Baseline(**fields(toy, trade=trade))


def test_unknown_country_suggests(toy):
    with pytest.raises(DataError, match="did you mean 'FOR'"):
        toy.country_index("FORR")


def test_arrays_are_read_only(toy):
    with pytest.raises(ValueError):
        toy.trade[0, 0, 0] = 1.0


def test_summary_table(toy):
    summary = toy.summary()
    assert list(summary.index) == ["HOM", "FOR", "ROW"]
    np.testing.assert_allclose(summary["deficit"].sum(), 0.0, atol=1e-9)
