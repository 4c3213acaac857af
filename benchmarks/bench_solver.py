"""Solve time of the engine: the NAFTA counterfactual and a synthetic 80 x 50 world.

Targets on a 2-core machine (issue #2): NAFTA <= 0.2 s per counterfactual,
80 countries x 50 sectors with input-output links <= 5 s.

Run: python benchmarks/bench_solver.py [--data ../shared/data/cp2015] [--repeat 5]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import numpy as np

from tradewar import Shock, solve, synthetic_world
from tradewar.datasets import load_cp2015
from tradewar.replication.cp2015 import nafta_shock


def timed(label: str, fn, repeat: int) -> None:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    report = result.report
    print(
        f"{label:<48} median {statistics.median(times):7.3f} s  min {min(times):7.3f} s  "
        f"outer iterations {report.n_iter:3d}  price iterations {report.price_iter:5d}  "
        f"residual {report.residual:.1e}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    default = Path(__file__).resolve().parents[2] / "shared" / "data" / "cp2015"
    parser.add_argument("--data", type=Path, default=default)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    if (args.data / "xbilat1993.txt").is_file():
        base = load_cp2015(args.data)
        shock = nafta_shock(args.data, base.tariff)
        timed("NAFTA 31x40, deficits fixed", lambda: solve(base, shock), args.repeat)
        zero = solve(base, deficits="zero").baseline
        timed("NAFTA 31x40, on the zero-deficit world", lambda: solve(zero, shock), args.repeat)
    else:
        print(f"NAFTA skipped: no Caliendo-Parro data at {args.data}")

    start = time.perf_counter()
    world = synthetic_world(80, 50, seed=1)
    built = time.perf_counter() - start
    print(f"{'synthetic 80x50 world built (reconciled) in':<48} {built:.3f} s")
    rng = np.random.default_rng(2)
    tariff = world.tariff + rng.uniform(0.0, 0.25, size=world.trade.shape)
    np.einsum("nns->ns", tariff)[:] = 0.0
    timed(
        "80x50 with IO links, random tariff rises",
        lambda: solve(world, Shock(tariff=tariff)),
        max(1, args.repeat // 2),
    )
    war = world.tariff.copy()
    war[0, 1, :] = 2.0
    war[1, 0, :] = 2.0
    timed(
        "80x50 with IO links, 200% bilateral tariff war",
        lambda: solve(world, Shock(tariff=war)),
        max(1, args.repeat // 2),
    )


if __name__ == "__main__":
    main()
