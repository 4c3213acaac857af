"""The same structural gravity counterfactual in tradewar and in gegravity, side by side.

Counterfactual: the gegravity example (sample data, sigma = 5, a Canada-Japan PTA).
Targets (issue #5): tradewar at least 20x faster than gegravity; a 200-country one-sector
counterfactual in under 0.1 s.

Run: python benchmarks/bench_gravity.py [--repeat 3]   (needs gegravity and ../shared)
"""

from __future__ import annotations

import argparse
import statistics
import time
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

from tradewar.gravity import fitted_baseline, gravity_counterfactual, gravity_world

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "gegravity_sample"
BETA = {"lndist": -0.3898623, "contiguity": 0.891577, "common_language": 0.0326249,
        "pta": 0.4711383, "international": -3.412584}


def tradewar_run(data: pd.DataFrame) -> None:
    countries = sorted(set(data["exporter"]))
    idx = {c: i for i, c in enumerate(countries)}
    n = len(countries)
    ei, ii = data["exporter"].map(idx).to_numpy(), data["importer"].map(idx).to_numpy()
    cost = np.zeros((n, n))
    cost[ei, ii] = sum(b * data[k].to_numpy() for k, b in BETA.items())
    output = data.groupby("exporter")["Y"].mean().reindex(countries).to_numpy()
    spending = data.groupby("importer")["E"].mean().reindex(countries).to_numpy()
    world = fitted_baseline(countries, cost, output, spending, 5.0)
    delta = np.zeros((n, n))
    delta[idx["CAN"], idx["JPN"]] = delta[idx["JPN"], idx["CAN"]] = BETA["pta"]
    gravity_counterfactual(world, delta, method="one-step", reference="DEU")


def gegravity_run(data: pd.DataFrame) -> None:
    import gegravity as ge

    data = data.copy()
    data["constant"] = 1
    ests = pd.DataFrame([(k, v, 0.1) for k, v in BETA.items()] + [("constant", 16.32434, 0.5)],
                        columns=["var", "beta", "stderr"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        base = ge.BaselineData(data, imp_var_name="importer", exp_var_name="exporter",
                               year_var_name="year", trade_var_name="trade",
                               expend_var_name="E", output_var_name="Y")
        costs = ge.CostCoeffs(estimates=ests, identifier_col="var", coeff_col="beta",
                              stderr_col="stderr")
        model = ge.OneSectorGE(baseline=base, cost_coeff_values=costs,
                               cost_variables=[*BETA, "constant"], year="2006",
                               reference_importer="DEU", sigma=5, quiet=True)
        model.build_baseline(omr_rescale=1)
        exp = model.baseline_data.copy()
        exp.loc[(exp.importer == "CAN") & (exp.exporter == "JPN"), "pta"] = 1
        exp.loc[(exp.importer == "JPN") & (exp.exporter == "CAN"), "pta"] = 1
        model.define_experiment(exp)
        model.simulate()


def timed(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if (DATA / "sample_data_set.dlm").is_file():
        data = pd.read_csv(DATA / "sample_data_set.dlm", sep=None, engine="python")
        ours = timed(lambda: tradewar_run(data), args.repeat)
        print(f"tradewar   gegravity example (30 countries, baseline + counterfactual): "
              f"{ours:.4f} s")
        try:
            theirs = timed(lambda: gegravity_run(data), args.repeat)
            print(f"gegravity  gegravity example (30 countries, baseline + counterfactual): "
                  f"{theirs:.4f} s")
            print(f"tradewar is {theirs / ours:.0f}x faster")
        except ImportError:
            print("gegravity not installed: pip install gegravity")
    else:
        print(f"no gegravity sample data at {DATA}")

    rng = np.random.default_rng(0)
    n = 200
    flows = rng.uniform(1, 10, size=(n, n))
    np.fill_diagonal(flows, rng.uniform(200, 400, size=n))
    world = gravity_world([f"C{i}" for i in range(n)], flows, sigma=5.0)
    partial = np.zeros((n, n))
    partial[:20, :20] = 0.4
    np.fill_diagonal(partial, 0.0)
    for method in ("full", "conditional"):
        t = timed(lambda m=method: gravity_counterfactual(world, partial, method=m),
                  args.repeat)
        print(f"tradewar   200 countries, one sector, {method} GE: {t:.4f} s")


if __name__ == "__main__":
    main()
