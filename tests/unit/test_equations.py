import numpy as np

from tradewar.model import equations as eq


def test_price_index_of_one_exporter_is_its_cost():
    # with a single source, P̂ = κ̂ ĉ
    pi = np.ones((1, 1, 1))
    theta = np.array([4.0])
    log_pi_kappa = np.log(pi) - theta * np.log(1.2)
    log_p = eq.log_price_index_hat(log_pi_kappa, np.log(np.array([[1.1]])), theta)
    np.testing.assert_allclose(np.exp(log_p), 1.2 * 1.1)


def test_price_index_closed_form_two_sources():
    pi = np.array([0.3, 0.7]).reshape(2, 1, 1)
    theta = np.array([5.0])
    c_hat = np.array([[1.1], [0.9]])
    expected = (0.3 * 1.1**-5 + 0.7 * 0.9**-5) ** (-1 / 5)
    log_p = eq.log_price_index_hat(np.log(pi), np.log(c_hat), theta)
    np.testing.assert_allclose(np.exp(log_p[0, 0]), expected)


def test_prohibitive_cost_underflows_without_nan():
    pi = np.array([0.5, 0.5]).reshape(2, 1, 1)
    theta = np.array([8.0])
    kappa = np.array([1e200, 1.0]).reshape(2, 1, 1)
    log_pi_kappa = np.log(pi) - theta * np.log(kappa)
    log_p = eq.log_price_index_hat(log_pi_kappa, np.zeros((2, 1)), theta)
    assert np.isfinite(log_p).all()
    new = eq.trade_shares_new(log_pi_kappa, np.zeros((2, 1)), log_p, theta)
    np.testing.assert_allclose(new[:, 0, 0], [0.0, 1.0], atol=1e-300)


def test_no_expenditure_keeps_price():
    log_pi_kappa = np.full((2, 1, 1), -np.inf)
    log_p = eq.log_price_index_hat(log_pi_kappa, np.zeros((2, 1)), np.array([3.0]))
    assert log_p[0, 0] == 0.0


def test_input_cost_is_cobb_douglas():
    beta = np.array([[0.4, 1.0]])
    gamma = np.array([[[0.5, 0.0], [0.5, 0.0]]])  # [n, k, s]
    log_w = np.log(np.array([1.1]))
    log_p = np.log(np.array([[1.2, 0.8]]))
    expected_0 = 1.1**0.4 * (1.2**0.5 * 0.8**0.5) ** 0.6
    out = np.exp(eq.input_cost_hat(log_w, log_p, beta, gamma))
    np.testing.assert_allclose(out, [[expected_0, 1.1]])
