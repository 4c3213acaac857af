import numpy as np

from tradewar.model.fixed_point import anderson


def test_anderson_solves_a_linear_contraction_fast():
    rng = np.random.default_rng(0)
    a = rng.uniform(0, 1, size=(20, 20))
    a *= 0.95 / np.abs(np.linalg.eigvals(a)).max()
    b = rng.uniform(size=20)
    res = anderson(lambda x: a @ x + b, np.zeros(20), tol=1e-12, max_iter=200, memory=10)
    assert res.converged
    np.testing.assert_allclose(res.x, np.linalg.solve(np.eye(20) - a, b), rtol=1e-9)
    plain = anderson(lambda x: a @ x + b, np.zeros(20), tol=1e-12, max_iter=200, memory=0)
    assert res.n_iter < plain.n_iter


def test_reports_failure_instead_of_raising():
    res = anderson(lambda x: x + 1.0, np.zeros(3), tol=1e-12, max_iter=5)
    assert not res.converged
    assert res.n_iter == 5


def test_non_finite_map_stops():
    res = anderson(lambda x: x * np.nan, np.ones(2), tol=1e-12, max_iter=50)
    assert not res.converged
