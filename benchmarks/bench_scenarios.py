"""Time to run the built-in scenario timelines, and what warm starts save.

For each built-in scenario, the median over ``--repeat`` runs of

* ``total``: wall time of :func:`tradewar.run_scenario` (world, start, every step);
* ``solve``: the solver time of its steps, ``Σ steps[i].result.report.seconds``
  (for a step with flow targets, its last solve);
* ``all solves``: every equilibrium the run solved (start world, target
  iterations), timed by wrapping the engine's entry point for this benchmark;

and, solving each step's final policy again through :func:`tradewar.solve`,
``warm`` (each step from the previous step's equilibrium, as the timeline
does) beside ``cold`` (every step from scratch, ``initial=None``).
Target (issue #4): the solve time of the whole us-china-2018-2019 timeline
at most 0.3 s on a 2-core machine.

The built-in scenarios run on the packaged default world: this benchmark reads
no other data (so it has no ``--data`` option).

Run: python benchmarks/bench_scenarios.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import importlib
import statistics
import time

TARGET = ("us-china-2018-2019", 0.3)


class SolveTimer:
    """Times every call of the engine's ``solve_equilibrium``, wherever it is imported."""

    def __init__(self) -> None:
        import tradewar.model.solver as solver

        self.original = solver.solve_equilibrium
        self.seconds = 0.0
        self.calls = 0
        self.patched: list[object] = []

    def __enter__(self) -> SolveTimer:
        def timed(*args, **kwargs):
            start = time.perf_counter()
            try:
                return self.original(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - start
                self.calls += 1

        for name in (
            "tradewar.model.solver",
            "tradewar.model.reconcile",
            "tradewar.results.solving",
            "tradewar.gravity.ge",
        ):
            module = importlib.import_module(name)
            if getattr(module, "solve_equilibrium", None) is self.original:
                module.solve_equilibrium = timed  # type: ignore[attr-defined]
                self.patched.append(module)
        return self

    def __exit__(self, *exc: object) -> None:
        for module in self.patched:
            module.solve_equilibrium = self.original  # type: ignore[attr-defined]


def step_policies(result):
    """Each step's final policy as a Shock, with the settings to solve it again."""
    from tradewar import Shock

    sc = result.scenario
    conditional = sc.model.kind == "gravity" and sc.model.ge == "conditional"
    for step in result.steps:
        cf = step.result
        shock = Shock(
            tariff=cf.tariff_new, trade_cost_hat=cf.trade_cost_hat, export_tax=cf.export_tax
        )
        yield cf.baseline, shock, cf.deficits, conditional


def resolve_steps(result, warm: bool) -> tuple[float, int]:
    """Solve every step's final policy again: seconds and outer iterations in all."""
    from tradewar import solve

    seconds, iterations, previous = 0.0, 0, None
    for world, shock, deficits, conditional in step_policies(result):
        start = time.perf_counter()
        cf = solve(
            world,
            shock,
            deficits=deficits,
            conditional=conditional,
            initial=previous if warm else None,
        )
        seconds += time.perf_counter() - start
        iterations += cf.report.n_iter
        previous = cf
    return seconds, iterations


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from tradewar.scenario import builtin_scenarios, load_scenario, run_scenario

    print(
        f"{'scenario':<22} {'dates':>5}  {'total':>7}  {'solve':>7}  {'all solves':>14}"
        f"  {'warm':>7} {'it':>4}  {'cold':>7} {'it':>4}  cold/warm"
    )
    verdict = None
    for name in builtin_scenarios():
        loaded = load_scenario(name)
        totals, solves, everything, calls = [], [], [], 0
        result = None
        for _ in range(args.repeat):
            with SolveTimer() as timer:
                start = time.perf_counter()
                result = run_scenario(loaded)
                totals.append(time.perf_counter() - start)
            solves.append(sum(s.result.report.seconds for s in result.steps))
            everything.append(timer.seconds)
            calls = timer.calls
        warm = [resolve_steps(result, warm=True) for _ in range(args.repeat)]
        cold = [resolve_steps(result, warm=False) for _ in range(args.repeat)]
        warm_s = statistics.median(w[0] for w in warm)
        cold_s = statistics.median(c[0] for c in cold)
        solve_s = statistics.median(solves)
        print(
            f"{name:<22} {len(result.steps):5d}  {statistics.median(totals):6.3f}s"
            f"  {solve_s:6.3f}s  {statistics.median(everything):6.3f}s ({calls:3d})"
            f"  {warm_s:6.3f}s {warm[0][1]:4d}  {cold_s:6.3f}s {cold[0][1]:4d}"
            f"  {cold_s / max(warm_s, 1e-12):5.2f}x"
        )
        if name == TARGET[0]:
            verdict = solve_s
    if verdict is not None:
        ok = "meets" if verdict <= TARGET[1] else "MISSES"
        print(
            f"{TARGET[0]}: solve time {verdict:.3f} s {ok} the target of {TARGET[1]} s "
            "(median of the runs)"
        )


if __name__ == "__main__":
    main()
