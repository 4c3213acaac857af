"""Ossa (2014) in tradewar: every main result, timed, beside the published averages.

Targets (issue 12, on a 2-core machine): one country's optimal tariffs (6 partners x 33
industries) in <= 60 s; the Nash equilibrium in <= 15 min; all of Ossa's main results
(optimal, Nash, cooperative from Nash, factual and free trade; both weightings) in <= 1 hour.
Ossa's MATLAB code needs about four days for all its results.

Run: python benchmarks/bench_strategy.py [--quick] [--json FILE]
(--quick: one country's optimal tariffs and one round of the trade war only)
"""

from __future__ import annotations

import argparse
import json
import time

import tradewar as tw
from tradewar.strategy.ossa import ossa_table

# Ossa (2014), Tables 3-5: averages over the 7 regions
PUBLISHED = {
    ("optimal", "plain"): {"median_tariff": 58.9, "government_welfare": 2.2},
    ("optimal", "political"): {"median_tariff": 62.4, "government_welfare": 1.9},
    ("nash", "plain"): {"median_tariff": 58.1, "welfare": -2.4},
    ("nash", "political"): {"median_tariff": 63.4, "government_welfare": -2.9},
    ("talks from nash", "plain"): {"government_welfare": 3.4},
    ("talks from factual", "plain"): {"government_welfare": 0.5},
    ("talks from free-trade", "plain"): {"government_welfare": 0.03},
    ("talks from nash", "political"): {"government_welfare": 3.6},
    ("talks from factual", "political"): {"government_welfare": 0.5},
    ("talks from free-trade", "political"): {"government_welfare": 0.21},
}


def report(name: str, weights: str, table, seconds: float, rows: list) -> None:
    average = table.loc["average"]
    published = PUBLISHED.get((name, weights), {})
    parts = [f"{k} {average[k]:.3f} [{v}]" for k, v in published.items()]
    print(f"{name:24s} {weights:9s} {seconds:8.1f} s   " + ", ".join(parts), flush=True)
    rows.append(
        {
            "result": name,
            "weights": weights,
            "seconds": round(seconds, 2),
            "ours": {k: round(float(average[k]), 4) for k in published},
            "published": published,
            "table": table.round(4).reset_index().to_dict(orient="records"),
        }
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--json", default=None, help="write every table to this file")
    args = parser.parse_args()
    rows: list = []
    started = time.perf_counter()
    world = tw.strategy.strategy_world()
    for weights in ("plain", "political"):
        t0 = time.perf_counter()
        best = tw.strategy.optimal_tariffs("USA", world=world, weights=weights)
        print(
            f"{'optimal tariffs, USA':24s} {weights:9s} {time.perf_counter() - t0:8.1f} s   "
            f"median tariff {100 * best.median_tariff[6]:.2f} [published 60.3 / 56.4]",
            flush=True,
        )
        t0 = time.perf_counter()
        results = [
            tw.strategy.optimal_tariffs(c, world=world, weights=weights) for c in world.countries
        ]
        report("optimal", weights, ossa_table(results), time.perf_counter() - t0, rows)
        if args.quick:
            t0 = time.perf_counter()
            tw.strategy.nash_tariffs(world=world, weights=weights, max_iter=1)
            print(f"{'one Nash round':24s} {weights:9s} {time.perf_counter() - t0:8.1f} s")
            continue
        t0 = time.perf_counter()
        war = tw.strategy.nash_tariffs(world=world, weights=weights)
        print(f"  {war.message} ({war.iterations} rounds)")
        report("nash", weights, ossa_table(war), time.perf_counter() - t0, rows)
        for threat in ("nash", "factual", "free-trade"):
            t0 = time.perf_counter()
            talks = tw.strategy.cooperative_tariffs(
                world=world, weights=weights, threat=war if threat == "nash" else threat
            )
            if not talks.converged:
                print(f"  talks from {threat}: {talks.message}")
            report(
                f"talks from {threat}", weights, ossa_table(talks), time.perf_counter() - t0, rows
            )
    total = time.perf_counter() - started
    print(f"all: {total:.1f} s (target: 3600 s for all of Ossa's main results)")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump({"seconds": round(total, 1), "results": rows}, handle, indent=1)


if __name__ == "__main__":
    main()
