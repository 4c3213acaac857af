"""The ``gegravity`` example run by ``gegravity`` and by tradewar, for parity tests and benchmarks.

The example of USITC's ``gegravity`` 0.3: its sample data (30 countries, 2006),
σ = 5, its PPML estimates, and a hypothetical Canada–Japan trade agreement.
"""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd

from tradewar.data.sources.gravity import pair_matrix
from tradewar.gravity.ge import (
    GravityResult,
    Method,
    fitted_baseline,
    gravity_counterfactual,
    gravity_world,
)

__all__ = [
    "GEGRAVITY_EXAMPLE_BETA",
    "large_gravity_case",
    "run_gegravity_example",
    "run_tradewar_example",
]

#: PPML estimates of the gegravity example (its documentation; our PPML reproduces them).
GEGRAVITY_EXAMPLE_BETA = {
    "lndist": -0.3898623,
    "contiguity": 0.891577,
    "common_language": 0.0326249,
    "pta": 0.4711383,
    "international": -3.412584,
}
_CONSTANT = 16.32434
_PAIR = ("CAN", "JPN")


def run_tradewar_example(data: pd.DataFrame, method: Method = "one-step"):
    """The example in tradewar: ``(world, GravityResult)`` on the fitted baseline.

    Parameters
    ----------
    data : pandas.DataFrame
        The sample data of ``gegravity`` (``exporter``, ``importer``, the
        regressors, ``Y`` and ``E``).
    method : {"one-step", "full", "conditional"}, default "one-step"
        The solution (:mod:`tradewar.gravity.ge`).

    Returns
    -------
    world : Baseline
        The fitted baseline.
    result : GravityResult
        The Canada–Japan agreement, with Germany's IMR as numéraire.
    """
    cost_values = sum(
        (b * data[k].to_numpy() for k, b in GEGRAVITY_EXAMPLE_BETA.items()), np.zeros(len(data))
    )
    countries, cost = pair_matrix(data, cost_values)
    _, output = pair_matrix(data, data["Y"])
    _, spending = pair_matrix(data, data["E"])
    world = fitted_baseline(countries, cost, output.max(axis=1), spending.max(axis=0), 5.0)
    index = {c: i for i, c in enumerate(countries)}
    delta = np.zeros((len(countries),) * 2)
    a, b = (index[c] for c in _PAIR)
    delta[a, b] = delta[b, a] = GEGRAVITY_EXAMPLE_BETA["pta"]
    result: GravityResult = gravity_counterfactual(world, delta, method=method, reference="DEU")
    return world, result


def run_gegravity_example(data: pd.DataFrame):
    """The example in gegravity itself (``pip install gegravity``); returns its solved model.

    Parameters
    ----------
    data : pandas.DataFrame
        The sample data of ``gegravity``.

    Returns
    -------
    gegravity.OneSectorGE
        The solved model.
    """
    import gegravity as ge

    data = data.copy()
    data["constant"] = 1
    ests = pd.DataFrame(
        [(k, v, 0.1) for k, v in GEGRAVITY_EXAMPLE_BETA.items()] + [("constant", _CONSTANT, 0.5)],
        columns=["var", "beta", "stderr"],
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        base = ge.BaselineData(
            data,
            imp_var_name="importer",
            exp_var_name="exporter",
            year_var_name="year",
            trade_var_name="trade",
            expend_var_name="E",
            output_var_name="Y",
        )
        costs = ge.CostCoeffs(
            estimates=ests, identifier_col="var", coeff_col="beta", stderr_col="stderr"
        )
        model = ge.OneSectorGE(
            baseline=base,
            cost_coeff_values=costs,
            cost_variables=[*GEGRAVITY_EXAMPLE_BETA, "constant"],
            year="2006",
            reference_importer="DEU",
            sigma=5,
            quiet=True,
        )
        model.build_baseline(omr_rescale=1)
        experiment = model.baseline_data.copy()
        for a, b in (_PAIR, _PAIR[::-1]):
            experiment.loc[(experiment.importer == a) & (experiment.exporter == b), "pta"] = 1
        model.define_experiment(experiment)
        model.simulate()
    return model


def large_gravity_case(n: int = 200, members: int = 20, seed: int = 0):
    """A random n-country one-sector world and a trade agreement among its first ``members``.

    Used by the speed benchmark and its test.

    Parameters
    ----------
    n : int, default 200
        Number of countries.
    members : int, default 20
        Number of countries in the agreement.
    seed : int, default 0
        Seed of the random flows.

    Returns
    -------
    world : Baseline
        The one-sector world (σ = 5).
    log_cost_change : numpy.ndarray
        (n, n) change of ``log t_ij^{1−σ}``: 0.4 between distinct members, else zero.
    """
    rng = np.random.default_rng(seed)
    flows = rng.uniform(1, 10, size=(n, n))
    np.fill_diagonal(flows, rng.uniform(200, 400, size=n))
    world = gravity_world([f"C{i}" for i in range(n)], flows, sigma=5.0)
    partial = np.zeros((n, n))
    partial[:members, :members] = 0.4
    np.fill_diagonal(partial, 0.0)
    return world, partial
