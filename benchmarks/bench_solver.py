"""Solve time of the engine: NAFTA beside cp2015-jax, and a synthetic 80 x 50 world.

NAFTA (Caliendo & Parro 2015, Table 2) is timed in tradewar and, in the same run,
in cp2015-jax (github.com/paulofelipe/cp2015-jax, a JAX implementation of the same
model), warm: after a first run that compiles.  Both do the paper's zero-deficit
procedure: one equilibrium removes the deficits at 1993 tariffs, a second adds
NAFTA's tariff cuts; welfare is the ratio of the two.  The largest difference of
their welfare numbers is printed.  Target (issue #2): tradewar at least 30x faster
than cp2015-jax, warm.

cp2015-jax and JAX are needed for that comparison only (tradewar does not depend on
JAX): ``pip install jax`` and a checkout of the repository given by
``--cp2015-jax PATH`` or the ``CP2015_JAX`` environment variable; without them
the comparison prints a line saying why it was skipped.

Run: python benchmarks/bench_solver.py [--data cp2015] [--repeat 5] [--cp2015-jax PATH]
(the Caliendo-Parro data ship with tradewar; --data takes another copy: a folder or
a data set name)
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np

from tradewar import Shock, solve, synthetic_world
from tradewar.datasets import load_cp2015, locate
from tradewar.replication.cp2015 import nafta_shock


def timed(fn, repeat: int) -> tuple[float, float, object]:
    """(median, min) seconds of ``fn()`` over ``repeat`` runs, and its last result."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), min(times), result


def show(label: str, median: float, low: float, report=None) -> None:
    line = f"{label:<52} median {median:7.4f} s  min {low:7.4f} s"
    if report is not None:
        line += (
            f"  outer {report.n_iter:3d}  price {report.price_iter:4d}"
            f"  matvec {getattr(report, 'linear_iter', -1):4d}  residual {report.residual:.1e}"
        )
    print(line)


def nafta(folder: Path, repeat: int, checkout: str | None) -> None:
    base = load_cp2015(folder)
    shock = nafta_shock(folder, base.tariff)
    zero = solve(base, deficits="zero").baseline

    med, low, cf = timed(lambda: solve(base, shock), repeat)
    show("tradewar  NAFTA 31x40, deficits fixed (1 equilibrium)", med, low, cf.report)
    med, low, cf = timed(lambda: solve(zero, shock), repeat)
    show("tradewar  NAFTA 31x40, balanced world (1 equilibrium)", med, low, cf.report)
    ours_med, ours_low, table2 = timed(lambda: solve(base, shock, deficits="zero"), repeat)
    show("tradewar  NAFTA zero deficits (2 equilibria)", ours_med, ours_low)

    skip = _jax_missing(checkout)
    if skip:
        print(f"cp2015-jax comparison skipped: {skip}")
        return
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from cp2015_jax_adapter import load_cp2015_jax, unrounded

    cp = load_cp2015_jax(checkout)  # type: ignore[arg-type]

    def run_jax():
        with contextlib.redirect_stdout(io.StringIO()):  # it prints its iterations
            bln, cfl = cp.run_cp2015(dict(cp.data))
            cfl["w_n_hat"].block_until_ready()
        return bln, cfl

    start = time.perf_counter()
    run_jax()
    print(f"{'cp2015-jax first run (compiles)':<52} {time.perf_counter() - start:7.4f} s")
    jax_med, jax_low, (bln, cfl) = timed(run_jax, repeat)
    show("cp2015-jax NAFTA zero deficits (2 equilibria), warm", jax_med, jax_low)
    print(
        f"tradewar is {jax_med / ours_med:.1f}x faster than cp2015-jax warm "
        f"(medians; {jax_low / ours_low:.1f}x on the minima)"
    )

    theirs = unrounded(cp, bln, cfl)
    ours = table2.countries()  # type: ignore[attr-defined]
    pairs = {
        "welfare": ("welfare_decomposed_pct", "Welfare"),
        "terms of trade": ("terms_of_trade_pct", "Terms of trade"),
        "volume of trade": ("volume_of_trade_pct", "Volume of Trade"),
        "real wage": ("real_wage_pct", "Real wage"),
    }
    for label, (col_ours, col_theirs) in pairs.items():
        a = ours[col_ours].to_numpy(dtype=float)
        b = np.asarray(theirs[col_theirs], dtype=float)
        worst = int(np.argmax(np.abs(a - b)))
        print(
            f"largest difference in {label + ' (% points)':<32} {abs(a[worst] - b[worst]):.2e}"
            f"  ({ours.index[worst]}: tradewar {a[worst]:+.6f}, cp2015-jax {b[worst]:+.6f})"
        )
    for code in ("MEX", "CAN", "USA"):
        k = list(ours.index).index(code)
        print(
            f"  {code} welfare: tradewar {ours[pairs['welfare'][0]].iloc[k]:+.6f}%"
            f"  cp2015-jax {float(theirs['Welfare'].iloc[k]):+.6f}%"
        )


def _jax_missing(checkout: str | None) -> str | None:
    try:
        import jax  # noqa: F401
    except ImportError:
        return "jax is not installed (pip install jax)"
    if not checkout:
        return "no checkout given (--cp2015-jax PATH or CP2015_JAX)"
    if not (Path(checkout) / "cp2015.py").is_file():
        return f"{checkout} is not a cp2015-jax checkout (no cp2015.py)"
    return None


def synthetic(repeat: int) -> None:
    start = time.perf_counter()
    world = synthetic_world(80, 50, seed=1)
    built = time.perf_counter() - start
    print(f"{'synthetic 80x50 world built (reconciled) in':<52} {built:.3f} s")
    rng = np.random.default_rng(2)
    tariff = world.tariff + rng.uniform(0.0, 0.25, size=world.trade.shape)
    np.einsum("nns->ns", tariff)[:] = 0.0
    med, low, cf = timed(lambda: solve(world, Shock(tariff=tariff)), repeat)
    show("80x50 with IO links, random tariff rises", med, low, cf.report)
    war = world.tariff.copy()
    war[0, 1, :] = 2.0
    war[1, 0, :] = 2.0
    med, low, cf = timed(lambda: solve(world, Shock(tariff=war)), repeat)
    show("80x50 with IO links, 200% bilateral tariff war", med, low, cf.report)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--data", default="cp2015", help="the Caliendo-Parro files (default: built in)"
    )
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--cp2015-jax",
        default=os.environ.get("CP2015_JAX"),
        help="a checkout of github.com/paulofelipe/cp2015-jax (default: $CP2015_JAX)",
    )
    args = parser.parse_args()
    nafta(locate(args.data), args.repeat, args.cp2015_jax)
    synthetic(max(1, args.repeat // 2))


if __name__ == "__main__":
    main()
