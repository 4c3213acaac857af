"""The same structural gravity counterfactual in tradewar and in gegravity, side by side.

Counterfactual: the gegravity example (sample data, sigma = 5, a Canada-Japan PTA).
Targets: tradewar at least 65x faster than gegravity; a 200-country one-sector
counterfactual in under 0.1 s.

Run: python benchmarks/bench_gravity.py [--repeat 3] [--data gegravity-sample]
(needs gegravity, ``pip install gegravity``; the sample data ships with tradewar)
"""

from __future__ import annotations

import argparse
import statistics
import time

import tradewar as tw
from tradewar.gravity import gravity_counterfactual
from tradewar.gravity.parity import (
    large_gravity_case,
    run_gegravity_example,
    run_tradewar_example,
)

TARGET = 65.0


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
    parser.add_argument(
        "--data", default=None, help="the sample data: a file (default: the built-in one)"
    )
    args = parser.parse_args()
    data = tw.datasets.load("gegravity-sample", args.data)
    ours = timed(lambda: run_tradewar_example(data), args.repeat)
    print(f"tradewar   gegravity example (30 countries, baseline + counterfactual): {ours:.4f} s")
    try:
        theirs = timed(lambda: run_gegravity_example(data), args.repeat)
        print(
            f"gegravity  gegravity example (30 countries, baseline + counterfactual): "
            f"{theirs:.4f} s"
        )
        verdict = "meets" if theirs / ours >= TARGET else "MISSES"
        print(f"tradewar is {theirs / ours:.0f}x faster ({verdict} the target of {TARGET:.0f}x)")
    except ImportError:
        print("gegravity not installed: pip install gegravity")

    world, partial = large_gravity_case(200)
    for method in ("full", "conditional"):
        t = timed(lambda m=method: gravity_counterfactual(world, partial, method=m), args.repeat)
        print(f"tradewar   200 countries, one sector, {method} GE: {t:.4f} s")


if __name__ == "__main__":
    main()
