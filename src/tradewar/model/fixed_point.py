"""Anderson-accelerated fixed-point iteration, the one iterative kernel of the engine.

Solves ``x = g(x)`` by Anderson mixing (type II, Walker & Ni 2011), with a
restart safeguard: when an accelerated point's residual grows beyond
``accept`` times the current one, the history is dropped and a plain step is
taken.  (The solver's linear expenditure system is solved by GMRES instead.)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

__all__ = ["FixedPointResult", "anderson"]


@dataclass(frozen=True, slots=True)
class FixedPointResult:
    """Outcome of :func:`anderson`.

    Parameters
    ----------
    x : numpy.ndarray
        The point returned: the first iterate that met the tolerance or, when
        none did, the iterate with the smallest residual.
    converged : bool
        Whether ``max |residual| <= tol``.
    n_iter : int
        Number of evaluations of ``g``.
    residual : numpy.ndarray
        The scaled residual ``(g(x) − x) / scale`` at ``x``.
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

    The mixing coefficients solve ``min ‖f − ΔF γ‖`` over the last ``memory``
    differences of residuals through the normal equations of the
    column-scaled history, with a small ridge: cheap for the few columns of
    Anderson's history, and a regularised answer where they are nearly
    dependent.

    Parameters
    ----------
    g : callable
        The fixed-point map on 1-D arrays.
    x0 : numpy.ndarray
        The starting point.
    tol : float
        Convergence when ``max |(g(x) − x) / scale| <= tol``.
    max_iter : int
        The most evaluations of ``g``.
    memory : int
        Number of past steps mixed (0 gives plain iteration).
    scale : numpy.ndarray or float
        Divides the step to give the residual in meaningful units.
    accept : float
        Largest growth of the residual an accelerated step may cause.
    max_step : float
        The largest change of any coordinate an accelerated step may make
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
    best = (x, residual, err)
    n_eval = 1
    # ring buffers of the last `memory` differences of images and of steps, one per row
    dg_hist = np.empty((max(memory, 0), x.size))
    df_hist = np.empty((max(memory, 0), x.size))
    filled, slot = 0, 0
    prev: tuple[np.ndarray, np.ndarray] | None = None
    while n_eval < max_iter:
        if err <= tol:
            return FixedPointResult(x, True, n_eval, residual)
        if not np.isfinite(err):
            break
        f = gx - x
        if prev is not None and memory > 0:
            np.subtract(gx, prev[0], out=dg_hist[slot])
            np.subtract(f, prev[1], out=df_hist[slot])
            slot = (slot + 1) % memory
            filled = min(filled + 1, memory)
        prev = (gx, f)
        candidate = None
        if filled:
            coef = _mixing_coefficients(df_hist[:filled], f)
            if coef is not None:
                mixed = gx - coef @ dg_hist[:filled]
                step = mixed - x
                longest = float(np.max(np.abs(step))) if step.size else 0.0
                if np.isfinite(longest):
                    candidate = x + step * min(1.0, max_step / longest) if longest > 0 else mixed
        if candidate is not None:
            g_c, res_c, err_c = evaluate(candidate)
            n_eval += 1
            if err_c < best[2]:
                best = (candidate, res_c, err_c)
            if err_c <= accept * err:
                x, gx, residual, err = candidate, g_c, res_c, err_c
                continue
            filled, slot = 0, 0
            prev = None
            if n_eval >= max_iter:
                break
        x = gx
        gx, residual, err = evaluate(x)
        n_eval += 1
        if err < best[2]:
            best = (x, residual, err)
    if err <= tol:
        return FixedPointResult(x, True, n_eval, residual)
    return FixedPointResult(best[0], False, n_eval, best[1])


#: Tikhonov regularisation of the unit-diagonal Gram matrix of the history.
_RIDGE = 1e-12


def _mixing_coefficients(df: np.ndarray, f: np.ndarray) -> np.ndarray | None:
    """Least squares ``γ = argmin ‖f − dfᵀ γ‖`` for the few history rows ``df``.

    Normal equations of the column-scaled history with a small ridge
    (:data:`_RIDGE`); a zero row gets no weight.  None when they cannot be solved.
    """
    gram = df @ df.T
    norms = np.sqrt(gram.diagonal())
    norms = np.where(norms > 0, norms, 1.0)
    scaled = gram / np.outer(norms, norms)
    scaled.flat[:: len(norms) + 1] += _RIDGE
    try:
        coef = np.linalg.solve(scaled, (df @ f) / norms) / norms
    except np.linalg.LinAlgError:
        return None
    return coef if np.all(np.isfinite(coef)) else None
