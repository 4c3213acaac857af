"""Ossa (2014), Table 2: the US raises its tariffs on all partners by 50 points in one industry.

The ``ossa`` model kind (:func:`tradewar.model.variants.monopolistic_competition`)
on Ossa's purged data (``DATA.mat``) reproduces every number of the table:
for chemicals, rubber and plastics (``crp``, a low elasticity of substitution)
and wearing apparel (``wap``, a high one), the change of the US wage relative
to the average wage, of the industry's sales and of the other industries'
(mean, deflated by the wage), and the US welfare change with its
terms-of-trade and profit-shifting parts, in percent, to two decimals.
"""

import numpy as np
import pytest

import tradewar as tw
from tradewar.model.variants import monopolistic_competition
from tradewar.model.welfare import profit_shifting_effect

# rows of Ossa (2014), Table 2 (as published, two decimals)
PUBLISHED = {
    "crp": {
        "wage": 1.45,
        "sales": 5.73,
        "other_sales": -1.40,
        "welfare": 0.17,
        "tot": 0.34,
        "profit_shifting": 0.12,
    },
    "wap": {
        "wage": 0.67,
        "sales": 33.35,
        "other_sales": -0.97,
        "welfare": -0.14,
        "tot": 0.16,
        "profit_shifting": -0.15,
    },
}


@pytest.fixture(scope="module")
def ossa_world():
    return monopolistic_competition(tw.datasets.load("ossa2014"))


def table2_row(world, industry):
    usa = world.countries.index("USA")
    s = world.sectors.index(industry)
    others = [c for c in world.countries if c != "USA"]
    result = tw.solve(world, tw.tariff("USA", partners=others, sectors=[industry], add=0.5))
    eqm = result.equilibrium
    w_hat = eqm.w_hat
    sales = eqm.output / world.gross_output / w_hat[:, None]
    profits = world.profit_share * world.gross_output
    shifting = profit_shifting_effect(profits, eqm.output / world.gross_output, w_hat, world.income)
    return {
        "wage": 100 * (w_hat[usa] - 1) - np.mean(100 * (w_hat - 1)),
        "sales": 100 * (sales[usa, s] - 1),
        "other_sales": 100 * (np.delete(sales[usa], s).mean() - 1),
        "welfare": 100 * (result.welfare_hat[usa] - 1),
        "tot": 100 * result.terms_of_trade[usa].sum(),
        "profit_shifting": 100 * shifting[usa],
    }


@pytest.mark.replication
@pytest.mark.parametrize("industry", ["crp", "wap"])
def test_table2(ossa_world, industry):
    ours = table2_row(ossa_world, industry)
    for name, published in PUBLISHED[industry].items():
        assert ours[name] == pytest.approx(published, abs=0.005 + 1e-9), name


def test_the_ossa_model_keeps_his_flows(ossa_world):
    data = tw.datasets.load("ossa2014")
    np.testing.assert_allclose(ossa_world.trade, data.trade, rtol=1e-12)
    np.testing.assert_allclose(ossa_world.tariff, data.tariff)
    np.testing.assert_allclose(
        ossa_world.profit_share, np.broadcast_to(1 / (data.theta + 1), data.va_share.shape)
    )
    # no input-output links; labour earns (sigma - 1)/sigma of sales
    assert np.all(ossa_world.va_share == 1) and not np.any(ossa_world.io_shares)
    np.testing.assert_allclose(
        ossa_world.labour_income,
        ((1 - 1 / (data.theta + 1)) * data.gross_output).sum(axis=1),
    )
