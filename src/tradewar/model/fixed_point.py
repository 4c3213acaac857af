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
    accept: float = 2.0,
    max_step: float = 1.0,
) -> FixedPointResult:
    """Find ``x = g(x)`` with safeguarded Anderson acceleration.

    Each accelerated point is accepted only if its residual is at most
    ``accept`` times the current one; otherwise the history is dropped and the
    plain step ``x ← g(x)`` is taken instead.  So the iteration is never worse
    than plain fixed-point iteration by more than one wasted evaluation per
    rejection.

    Parameters
    ----------
    g : the fixed-point map on 1-D arrays.
    x0 : the starting point.
    tol : convergence when ``max |(g(x) − x) / scale| <= tol``.
    max_iter : the most evaluations of ``g``.
    memory : number of past steps mixed (0 gives plain iteration).
    scale : divides the step to give the residual in meaningful units.
    accept : largest growth of the residual an accelerated step may cause.
    max_step : the largest change of any coordinate an accelerated step may make
        (longer steps are shortened).

    Returns
    -------
    FixedPointResult
        Never raises on non-convergence: the caller decides, with ``converged``.
    """

    def evaluate(point: np.ndarray) -> tuple[np.ndarray, np.ndarray, float]:
        image = g(point)
        res = (image - point) / scale
        size = float(np.max(np.abs(res))) if res.size else 0.0
        return image, res, size if np.isfinite(size) else np.inf

    x = np.asarray(x0, dtype=float).copy()
    gx, residual, err = evaluate(x)
    n_eval = 1
    dg_hist: list[np.ndarray] = []
    df_hist: list[np.ndarray] = []
    prev: tuple[np.ndarray, np.ndarray] | None = None
    while n_eval < max_iter:
        if err <= tol:
            return FixedPointResult(x, True, n_eval, residual)
        if not np.isfinite(err):
            return FixedPointResult(x, False, n_eval, residual)
        f = gx - x
        if prev is not None and memory > 0:
            dg_hist.append(gx - prev[0])
            df_hist.append(f - prev[1])
            if len(dg_hist) > memory:
                dg_hist.pop(0)
                df_hist.pop(0)
        prev = (gx, f)
        candidate = None
        if df_hist:
            coef, *_ = np.linalg.lstsq(np.column_stack(df_hist), f, rcond=None)
            mixed = gx - np.column_stack(dg_hist) @ coef
            step = mixed - x
            longest = float(np.max(np.abs(step))) if step.size else 0.0
            if np.isfinite(longest):
                candidate = x + step * min(1.0, max_step / longest) if longest > 0 else mixed
        if candidate is not None:
            g_c, res_c, err_c = evaluate(candidate)
            n_eval += 1
            if err_c <= accept * err:
                x, gx, residual, err = candidate, g_c, res_c, err_c
                continue
            dg_hist.clear()
            df_hist.clear()
            prev = None
            if n_eval >= max_iter:
                break
        x = gx
        gx, residual, err = evaluate(x)
        n_eval += 1
    if err <= tol:
        return FixedPointResult(x, True, n_eval, residual)
    return FixedPointResult(x, False, n_eval, residual)
