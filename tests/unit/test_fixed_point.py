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


def test_failure_returns_the_best_iterate():
    """Out of evaluations, the point returned is the best seen, with its own residual."""
    calls = []

    def g(x):
        calls.append(x.copy())
        return x + np.where(len(calls) < 4, 1e-3, 1.0) * np.ones_like(x)  # worse and worse

    res = anderson(g, np.zeros(2), tol=1e-12, max_iter=6, memory=0)
    assert not res.converged
    assert np.max(np.abs(res.residual)) == 1e-3
    assert any(np.array_equal(res.x, c) for c in calls[:3])


def test_repeated_history_rows_do_not_break_the_mixing():
    """A map that stalls on some coordinates gives zero history rows: still solved."""
    a = np.diag([0.5, 0.0, 0.9])
    res = anderson(
        lambda x: a @ x + np.array([1.0, 2.0, 0.0]), np.zeros(3), tol=1e-13, max_iter=100, memory=5
    )
    assert res.converged
    np.testing.assert_allclose(res.x, [2.0, 2.0, 0.0], atol=1e-12)


def test_mixing_matches_least_squares_when_well_conditioned():
    from tradewar.model.fixed_point import _mixing_coefficients

    rng = np.random.default_rng(1)
    df = rng.normal(size=(5, 40)) * np.array([[1.0], [1e-3], [1e3], [1.0], [1e-6]])
    f = rng.normal(size=40)
    expected, *_ = np.linalg.lstsq(df.T, f, rcond=None)
    np.testing.assert_allclose(_mixing_coefficients(df, f), expected, rtol=1e-8)
    zero = np.vstack([df[:2], np.zeros((1, 40))])
    coef = _mixing_coefficients(zero, f)
    assert coef is not None and coef[2] == 0.0
