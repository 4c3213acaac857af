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


def _batch(b=3, n=4, s=3, seed=0):
    """B random worlds' arrays for the batched equations: shares, costs, prices, θ."""
    rng = np.random.default_rng(seed)
    pi = rng.random((b, n, n, s))
    pi /= pi.sum(axis=1, keepdims=True)
    pi[0, 1, 2, 0] = 0.0  # a flow that does not exist
    pi[0, :, 2, 0] /= pi[0, :, 2, 0].sum()
    kappa = np.exp(0.2 * rng.standard_normal((b, n, n, s)))
    theta = 4.0 + 4.0 * rng.random((b, s))
    gamma = rng.random((b, n, s, s))
    gamma /= gamma.sum(axis=2, keepdims=True)
    return {
        "pi": pi,
        "kappa": kappa,
        "theta": theta,
        "log_pi_kappa": eq.log_pi_kappa(pi, kappa, theta),
        "log_w": 0.05 * rng.standard_normal((b, n)),
        "log_p": 0.05 * rng.standard_normal((b, n, s)),
        "beta": 0.3 + 0.5 * rng.random((b, n, s)),
        "gamma": gamma,
        "alpha": rng.dirichlet(np.ones(s), size=(b, n)),
        "x": 1.0 + rng.random((b, n, s)),
        "tariff": 0.2 * rng.random((b, n, n, s)),
        "tax": 0.1 * rng.random((b, n, n, s)),
    }


def test_every_equation_takes_a_batch_axis_world_by_world():
    a = _batch()
    log_c = eq.input_cost_hat(a["log_w"], a["log_p"], a["beta"], a["gamma"])
    log_p = eq.log_price_index_hat(a["log_pi_kappa"], log_c, a["theta"])
    pi_new = eq.trade_shares_new(a["log_pi_kappa"], log_c, log_p, a["theta"])
    pi_net = pi_new / (1.0 + a["tariff"])
    m = eq.import_tariff_share(pi_new, a["tariff"])
    e = pi_net * a["tax"]
    apply = eq.expenditure_operator(
        pi_net, a["beta"], a["gamma"], a["alpha"], m, e, 0.1 * a["beta"]
    )
    batched = {
        "log_c": log_c,
        "log_p": log_p,
        "pi_new": pi_new,
        "m": m,
        "output": eq.output_new(pi_net, a["x"]),
        "revenue": eq.tariff_revenue_new(m, a["x"], e),
        "goods": apply(a["x"]),
        "io": eq.input_output_use(a["gamma"], a["x"]),
        "gap": eq.labour_gap(a["beta"], a["x"], np.exp(a["log_w"])),
        "numeraire": eq.numeraire_wages(a["log_w"], a["x"].sum(axis=2), 3.0 * np.ones(3)),
    }
    for k in range(3):
        one = {name: a[name][k] for name in a}
        c = eq.input_cost_hat(one["log_w"], one["log_p"], one["beta"], one["gamma"])
        p = eq.log_price_index_hat(one["log_pi_kappa"], c, one["theta"])
        shares = eq.trade_shares_new(one["log_pi_kappa"], c, p, one["theta"])
        net = shares / (1.0 + one["tariff"])
        tariff_share = eq.import_tariff_share(shares, one["tariff"])
        export_share = net * one["tax"]
        goods = eq.expenditure_operator(
            net,
            one["beta"],
            one["gamma"],
            one["alpha"],
            tariff_share,
            export_share,
            0.1 * one["beta"],
        )
        expected = {
            "log_c": c,
            "log_p": p,
            "pi_new": shares,
            "m": tariff_share,
            "output": eq.output_new(net, one["x"]),
            "revenue": eq.tariff_revenue_new(tariff_share, one["x"], export_share),
            "goods": goods(one["x"]),
            "io": eq.input_output_use(one["gamma"], one["x"]),
            "gap": eq.labour_gap(one["beta"], one["x"], np.exp(one["log_w"])),
            "numeraire": eq.numeraire_wages(one["log_w"], one["x"].sum(axis=1), 3.0),
        }
        for name, value in expected.items():
            np.testing.assert_allclose(
                batched[name][k], value, rtol=1e-13, atol=1e-15, err_msg=name
            )


def test_price_system_takes_a_batch_axis_in_levels_and_in_logs():
    from tradewar.model.price_system import PriceSystem

    a = _batch(seed=1)
    for lpk in (a["log_pi_kappa"], a["log_pi_kappa"] - 300.0):  # levels, then log-sum-exp
        system = PriceSystem(lpk, a["theta"], a["beta"], a["gamma"])
        log_c = system.input_cost(a["log_w"], a["log_p"])
        log_p = system.log_price_index(log_c)
        shares = system.trade_shares(log_c, log_p)
        part = system.take(np.array([2, 0]))
        np.testing.assert_array_equal(part.log_price_index(log_c[[2, 0]]), log_p[[2, 0]])
        for k in range(3):
            one = PriceSystem(lpk[k], a["theta"][k], a["beta"][k], a["gamma"][k])
            assert one.levels == system.levels
            np.testing.assert_allclose(log_c[k], one.input_cost(a["log_w"][k], a["log_p"][k]))
            np.testing.assert_allclose(log_p[k], one.log_price_index(log_c[k]), atol=1e-13)
            np.testing.assert_allclose(shares[k], one.trade_shares(log_c[k], log_p[k]), rtol=1e-12)
