"""Time to solve the built-in scenario timelines on the default data.

Target (issue #4): the whole us-china-2018-2019 timeline in <= 10 s on a 2-core machine.

Run: python benchmarks/bench_scenarios.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import time

from tradewar.scenario import builtin_scenarios, load_scenario, run_scenario


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    for name in builtin_scenarios():
        loaded = load_scenario(name)
        times, result = [], None
        for _ in range(args.repeat):
            start = time.perf_counter()
            result = run_scenario(loaded)
            times.append(time.perf_counter() - start)
        solves = sum(s.result.report.n_iter for s in result.steps)
        print(
            f"{name:<22} {len(result.steps):3d} dates  median {statistics.median(times):6.2f} s"
            f"  min {min(times):6.2f} s  ({solves} outer iterations in the steps)"
        )


if __name__ == "__main__":
    main()
