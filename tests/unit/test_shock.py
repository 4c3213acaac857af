import numpy as np
import pytest

from tradewar import Shock, ShockError, solve


def test_tariff_below_minus_100_percent_is_named(toy):
    tariff = toy.tariff.copy()
    tariff[2, 1, 0] = -1.2
    with pytest.raises(ShockError, match="exporter ROW, importer FOR, sector goods"):
        solve(toy, Shock(tariff=tariff))


def test_wrong_shape(toy):
    with pytest.raises(ShockError, match="shape"):
        Shock(tariff=np.zeros((2, 2, 2))).resolve(toy)


def test_non_positive_trade_cost(toy):
    d = np.ones(toy.trade.shape)
    d[0, 1, 1] = 0.0
    with pytest.raises(ShockError, match="trade_cost_hat is not positive"):
        Shock(trade_cost_hat=d).resolve(toy)


def test_nan_is_rejected(toy):
    d = np.ones(toy.trade.shape)
    d[0, 1, 1] = np.nan
    with pytest.raises(ShockError, match="NaN"):
        Shock(trade_cost_hat=d).resolve(toy)


def test_is_zero(toy):
    assert Shock().is_zero(toy)
    assert not Shock(tariff=toy.tariff + 0.1).is_zero(toy)
