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
from pathlib import Path

import pandas as pd

from tradewar.gravity import gravity_counterfactual
from tradewar.gravity.parity import (
    large_gravity_case,
    run_gegravity_example,
    run_tradewar_example,
)

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "gegravity_sample"


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
        ours = timed(lambda: run_tradewar_example(data), args.repeat)
        print(
            f"tradewar   gegravity example (30 countries, baseline + counterfactual): {ours:.4f} s"
        )
        try:
            theirs = timed(lambda: run_gegravity_example(data), args.repeat)
            print(
                f"gegravity  gegravity example (30 countries, baseline + counterfactual): "
                f"{theirs:.4f} s"
            )
            print(f"tradewar is {theirs / ours:.0f}x faster")
        except ImportError:
            print("gegravity not installed: pip install gegravity")
    else:
        print(f"no gegravity sample data at {DATA}")

    world, partial = large_gravity_case(200)
    for method in ("full", "conditional"):
        t = timed(lambda m=method: gravity_counterfactual(world, partial, method=m), args.repeat)
        print(f"tradewar   200 countries, one sector, {method} GE: {t:.4f} s")


if __name__ == "__main__":
    main()
