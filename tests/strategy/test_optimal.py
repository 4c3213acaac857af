"""One government's optimal tariffs (tradewar.strategy.optimal) and its instruments."""

import numpy as np
import pytest

import tradewar as tw
from tradewar.model.variants import monopolistic_competition
from tradewar.strategy import PayoffFunction, StrategyError, best_response, instruments
from tradewar.strategy.optimal import OptimiserOptions, variable_scale


@pytest.fixture(scope="module")
def world():
    base = tw.synthetic_world(n_countries=3, n_sectors=2, seed=1, io_links=False)
    return base.replace(profit_share=0.2 * base.va_share)


def test_a_flat_tariff_is_the_best_on_a_grid(world):
    payoff = PayoffFunction(world, np.ones((3, 2)))
    flat = instruments(world, world.countries[0], form="flat", bounds=(0, 3))
    best = best_response(payoff, flat, world.tariff)
    assert best.converged and best.values.shape == (1,)
    grid = np.linspace(max(0.0, best.values[0] - 0.05), best.values[0] + 0.05, 41)
    values = [np.log(payoff.payoffs(flat.apply([g], world.tariff)).government[0]) for g in grid]
    assert best.objective >= max(values) - 1e-12


def test_the_optimum_is_a_stationary_point(world):
    weights = np.array([[1.0, 1.5], [1.0, 1.0], [0.8, 1.2]])
    payoff = PayoffFunction(world, weights)
    ins = instruments(world, 1)
    best = best_response(payoff, ins, world.tariff)
    grad = ins.reduce(payoff.gradient(best.tariffs, [1])[0])
    inside = (best.values > ins.lower + 1e-6) & (best.values < ins.upper - 1e-6)
    assert inside.any()
    assert np.abs(grad[inside]).max() < 1e-7
    # the others' tariffs are untouched
    others = np.ones(world.tariff.shape, bool)
    others[:, 1, :] = False
    np.testing.assert_array_equal(best.tariffs[others], world.tariff[others])


def test_forms_group_the_cells(world):
    for form, k in [("bilateral", 4), ("mfn", 2), ("uniform", 2), ("flat", 1)]:
        ins = instruments(world, 0, form=form)
        assert ins.n_vars == k
        values = np.arange(1, k + 1) / 10
        profile = ins.apply(values, world.tariff)
        np.testing.assert_allclose(ins.values(profile), values)
    ins = instruments(world, 0, partners=[world.countries[2]], industries=[world.sectors[1]])
    assert ins.n_vars == 1 and ins.exporters.tolist() == [2] and ins.sectors.tolist() == [1]


def test_the_scaling_makes_the_hessian_well_conditioned():
    world = monopolistic_competition(tw.datasets.load("ossa2014"))
    payoff = PayoffFunction(world, np.ones((7, 33)))
    ins = instruments(world, "USA", partners=["CHN", "EU"])
    z0 = best_response(payoff, ins, world.tariff).values
    scale = variable_scale(payoff, ins, ins.apply(z0, world.tariff))
    hess = np.zeros((ins.n_vars, ins.n_vars))
    h = 1e-4
    for k in range(ins.n_vars):
        up, um = z0.copy(), z0.copy()
        up[k] += h
        um[k] -= h
        g_up = ins.reduce(payoff.gradient(ins.apply(up, world.tariff), [6])[0])
        g_um = ins.reduce(payoff.gradient(ins.apply(um, world.tariff), [6])[0])
        hess[:, k] = 100 * (g_up - g_um) / (2 * h)
    hess = (hess + hess.T) / 2
    raw = np.linalg.eigvalsh(hess)
    scaled = np.linalg.eigvalsh(hess / scale[:, None] / scale[None, :])
    assert raw[-1] < 0 and scaled[-1] < 0  # a maximum
    assert raw[0] / raw[-1] > 1e4  # tariffs on small flows barely matter ...
    assert scaled[0] / scaled[-1] < 50  # ... until scaled


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"country": "XXX"}, "unknown country 'XXX'"),
        ({"country": "USA", "partners": ["USA"]}, "cannot set tariffs on itself"),
        ({"country": "USA", "partners": ["CHINA"]}, "did you mean 'CHN'"),
        ({"country": "USA", "industries": ["chemicals"]}, "unknown industry"),
        ({"country": "USA", "bounds": (0.5, 0.1)}, "inconsistent tariff bounds"),
        ({"country": "USA", "bounds": (-1.5, 1)}, "must exceed -1"),
        ({"country": "USA", "bounds": (0, np.inf)}, "finite"),
        ({"country": "USA", "form": "mixed"}, "unknown tariff form"),
    ],
)
def test_bad_instruments_say_what_is_wrong(kwargs, message):
    world = tw.datasets.load("ossa2014")
    with pytest.raises(StrategyError, match=message):
        instruments(world, **kwargs)


def test_options_are_checked():
    with pytest.raises(ValueError, match="gtol"):
        OptimiserOptions(gtol=0)
