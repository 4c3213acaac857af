"""Anderson-accelerated fixed-point iteration, the one iterative kernel of the engine.

Solves ``x = g(x)`` by Anderson mixing (type II, Walker & Ni 2011), with a
restart safeguard: when the residual grows far beyond the best seen, the
history is dropped and a plain step is taken.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

__all__ = ["FixedPointResult", "anderson"]


@dataclass(frozen=True, slots=True)
class FixedPointResult:
    """Outcome of :func:`anderson`.

    Attributes
    ----------
    x : the last iterate.
    converged : whether ``max |residual| <= tol``.
    n_iter : number of evaluations of ``g``.
    residual : the scaled residual ``(g(x) − x) / scale`` at ``x``.
    """

    x: np.ndarray
    converged: bool
    n_iter: int
    residual: np.ndarray


def anderson(
    g: Callable[[np.ndarray], np.ndarray],
    x0: np.ndarray,
    *,
    tol: float,
    max_iter: int,
    memory: int = 6,
    scale: np.ndarray | float = 1.0,
    restart_factor: float = 1e3,
) -> FixedPointResult:
    """Find ``x = g(x)`` with Anderson acceleration.

    Parameters
    ----------
    g : the fixed-point map on 1-D arrays.
    x0 : the starting point.
    tol : convergence when ``max |(g(x) − x) / scale| <= tol``.
    max_iter : the most evaluations of ``g``.
    memory : number of past steps mixed (0 gives plain iteration).
    scale : divides the step to give the residual in meaningful units.
    restart_factor : restart the history when the residual exceeds the best one
        seen by this factor.

    Returns
    -------
    FixedPointResult
        Never raises on non-convergence: the caller decides, with ``converged``.
    """
    x = np.asarray(x0, dtype=float).copy()
    dx_hist: list[np.ndarray] = []
    df_hist: list[np.ndarray] = []
    best = np.inf
    f_prev = gx_prev = None
    residual = np.full_like(x, np.inf)
    for it in range(1, max_iter + 1):
        gx = g(x)
        f = gx - x
        residual = f / scale
        err = float(np.max(np.abs(residual))) if residual.size else 0.0
        if not np.isfinite(err):
            return FixedPointResult(x, False, it, residual)
        if err <= tol:
            return FixedPointResult(x, True, it, residual)
        if err > restart_factor * best:
            dx_hist.clear()
            df_hist.clear()
            f_prev = None
        best = min(best, err)
        if f_prev is not None and memory > 0:
            dx_hist.append(gx - gx_prev)
            df_hist.append(f - f_prev)
            if len(dx_hist) > memory:
                dx_hist.pop(0)
                df_hist.pop(0)
        f_prev, gx_prev = f, gx
        if df_hist:
            df = np.column_stack(df_hist)
            coef, *_ = np.linalg.lstsq(df, f, rcond=None)
            x_next = gx - np.column_stack(dx_hist) @ coef
            if not np.all(np.isfinite(x_next)):
                dx_hist.clear()
                df_hist.clear()
                x_next = gx
        else:
            x_next = gx
        x = x_next
    return FixedPointResult(x, False, max_iter, residual)
