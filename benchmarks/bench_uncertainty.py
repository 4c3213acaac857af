"""Speed of the Monte Carlo (issue 13): draws per second for 1 and 2 workers, and solve cost.

1. ``may-2019`` on the default data (17 countries x 17 sectors): ``--draws`` draws
   (default 1000) of the default distribution, in this process, then on a Dask
   LocalCluster of 1 and of 2 worker processes (the ``dask`` extra; the cluster's
   start-up, its workers' imports and a first small run timed apart); prints the
   wall time, draws per second and the scaling from 1 to 2 workers.  Target: 1,000
   draws in at most 60 s on a 2-core machine.
2. How one solve's cost grows with the number of countries and of sectors:
   synthetic worlds, a 10% tariff rise by the first country on every other, solved
   by the engine (``solve_equilibrium``) one at a time and by the batched solver
   (``model.batch.solve_batch``, 32 draws of θ together), seconds per solve.

Run: python benchmarks/bench_uncertainty.py [--draws 1000] [--skip-dask] [--skip-scaling]
"""

from __future__ import annotations

import argparse
import os
import time

import numpy as np


def monte_carlo_speed(draws: int, skip_dask: bool) -> None:
    from tradewar.parallel import dask_available, open_engine
    from tradewar.uncertainty.montecarlo import monte_carlo

    print(f"may-2019, {draws} draws of the default distribution, {os.cpu_count()} CPUs")
    rates: dict[int, float] = {}
    started = time.perf_counter()
    result = monte_carlo("may-2019", draws, seed=0, scheduler="in-process")
    seconds = time.perf_counter() - started
    rates[0] = draws / seconds
    print(
        f"  in-process                 {seconds:6.1f} s  {draws / seconds:6.1f} draws/s  "
        f"({result.n_solved} solved, {draws - result.n_solved} failed)"
    )
    if skip_dask or not dask_available():
        if not skip_dask:
            print("  (no dask extra: pip install 'tradewar[dask]' for the cluster runs)")
        return
    for workers in (1, 2):
        started = time.perf_counter()
        with open_engine("local", workers=workers) as engine:
            # start-up: worker processes, their imports, a first small run
            monte_carlo("may-2019", 2 * workers, seed=1, client=engine.client, chunk_size=1)
            startup = time.perf_counter() - started
            started = time.perf_counter()
            result = monte_carlo("may-2019", draws, seed=0, client=engine.client)
            seconds = time.perf_counter() - started
        rates[workers] = draws / seconds
        print(
            f"  local cluster, {workers} worker(s)  {seconds:6.1f} s  {draws / seconds:6.1f} "
            f"draws/s  (start-up {startup:.1f} s; {result.n_solved} solved)"
        )
    print(f"  scaling 1 -> 2 workers: x{rates[2] / rates[1]:.2f}")
    best = max(rates.values())
    verdict = "meets" if draws / best <= 60 * draws / 1000 else "misses"
    print(f"  fastest: {draws / best:.1f} s for {draws} draws ({verdict} 60 s per 1,000)")


def solve_cost(batch: int = 32) -> None:
    import tradewar as tw
    from tradewar.model.batch import WorldBatch, solve_batch
    from tradewar.model.solver import solve_equilibrium

    print(f"\none solve, seconds: engine alone | batched ({batch} draws of θ together), per draw")
    sizes = [(n, 10) for n in (5, 10, 20, 40)] + [(17, s) for s in (2, 5, 17, 34)]
    for n, s in sizes:
        world = tw.synthetic_world(n, s, seed=1)
        tariff = world.tariff.copy()
        tariff[1:, 0, :] += 0.1
        ones = np.ones_like(tariff)
        started = time.perf_counter()
        solve_equilibrium(world, tariff, ones, world.deficit)
        alone = time.perf_counter() - started
        rng = np.random.default_rng(0)
        worlds = [
            world.replace(theta=world.theta * np.exp(0.3 * z))
            for z in rng.standard_normal((batch, 1))
        ]
        stacked = WorldBatch.from_baselines(worlds)
        started = time.perf_counter()
        result = solve_batch(stacked, tariff, ones)
        together = (time.perf_counter() - started) / batch
        print(
            f"  N={n:>3} S={s:>3}  {alone:8.4f} | {together:8.4f}  "
            f"(x{alone / together:.1f}; {int(result.converged.sum())}/{batch} converged)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--draws", type=int, default=1000)
    parser.add_argument("--skip-dask", action="store_true")
    parser.add_argument("--skip-scaling", action="store_true")
    args = parser.parse_args()
    monte_carlo_speed(args.draws, args.skip_dask)
    if not args.skip_scaling:
        solve_cost()


if __name__ == "__main__":
    main()
