"""Anderson-accelerated fixed-point iteration of many independent problems at once.

The batched twin of :func:`tradewar.model.fixed_point.anderson`: ``B`` problems
``x_b = g_b(x_b)`` of one size ``D``, stacked as rows of a ``(B, D)`` array, are
iterated together.  Each row has its own Anderson history (type II, Walker &
Ni 2011), its own safeguard, its own tolerance and its own count of
evaluations; a row stops when it meets its tolerance, runs out of evaluations
or turns non-finite, and is no longer evaluated after that.  So the work per
row is the work of the one-problem kernel; what the batch saves is Python's
overhead, paid once per iteration for all rows.

The map is called as ``g(x, rows)`` with the rows still iterating (indices into
the batch, increasing) and their points ``x`` (``(len(rows), D)``), and returns
their images.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

import numpy as np

__all__ = ["BatchFixedPointResult", "anderson_batch"]

#: Tikhonov regularisation of the unit-diagonal Gram matrices (as the one-problem kernel).
_RIDGE = 1e-12


@dataclass(frozen=True, slots=True)
class BatchFixedPointResult:
    """Outcome of :func:`anderson_batch`, one entry per row.

    Parameters
    ----------
    x : numpy.ndarray
        (B, D) the points returned: the first iterate of each row that met its
        tolerance or, for a row that did not, its iterate with the smallest residual.
    converged : numpy.ndarray
        (B,) whether each row met its tolerance.
    n_iter : numpy.ndarray
        (B,) evaluations of the map for each row.
    residual : numpy.ndarray
        (B, D) the scaled residuals ``(g(x) − x) / scale`` at ``x``.
    error : numpy.ndarray
        (B,) the size of each row's residual (its norm).
    """

    x: np.ndarray
    converged: np.ndarray
    n_iter: np.ndarray
    residual: np.ndarray
    error: np.ndarray


def anderson_batch(
    g: Callable[[np.ndarray, np.ndarray], np.ndarray],
    x0: np.ndarray,
    *,
    tol: float | np.ndarray,
    max_iter: int | np.ndarray,
    memory: int = 6,
    scale: np.ndarray | float = 1.0,
    norm: Literal["max", "l2"] = "max",
    accept: float = 2.0,
    max_step: float = 1.0,
    compact: float = 0.5,
) -> BatchFixedPointResult:
    """Find ``x_b = g_b(x_b)`` for every row b with safeguarded Anderson acceleration.

    Row by row the rule of :func:`~tradewar.model.fixed_point.anderson`: the
    mixing coefficients ``γ = argmin ‖f − ΔF γ‖`` over the row's last
    ``memory`` differences (normal equations of the column-scaled history with
    a small ridge), an accelerated point ``x̃ = g(x) − ΔG γ`` shortened to at
    most ``max_step`` in any coordinate, accepted only if its residual is at
    most ``accept`` times the current one; a rejected point drops the row's
    history, and the row's next step is the plain ``x ← g(x)``.

    Parameters
    ----------
    g : callable
        ``g(x, rows)``: the images of the points ``x`` (``(len(rows), D)``) of
        the rows ``rows`` (indices into the batch).
    x0 : numpy.ndarray
        (B, D) the starting points.
    tol : float or numpy.ndarray
        Convergence of row b when the size of ``(g(x) − x) / scale`` is at most
        ``tol`` (or ``tol[b]``).
    max_iter : int or numpy.ndarray
        The most evaluations of the map for each row (or ``max_iter[b]``).
    memory : int
        Number of past steps mixed (0 gives plain iteration).
    scale : numpy.ndarray or float
        Divides the step to give the residual in meaningful units: a number,
        (B, 1) or (B, D).
    norm : {"max", "l2"}
        The size of a residual: its largest magnitude, or its Euclidean norm.
    accept : float
        Largest growth of the residual an accelerated step may cause.
    max_step : float
        The largest change of any coordinate an accelerated step may make.
    compact : float
        While at least this share of the rows iterate, the map is called on
        every row (those that stopped at their points) instead of a subset, so
        that it need not copy its arrays for each new subset.

    Returns
    -------
    BatchFixedPointResult
        Never raises on non-convergence: the caller decides, with ``converged``.
    """
    x = np.array(x0, dtype=float, copy=True)
    b_size, d_size = x.shape
    tols = np.broadcast_to(np.asarray(tol, dtype=float), (b_size,))
    budgets = np.broadcast_to(np.asarray(max_iter), (b_size,))
    scales = np.asarray(scale, dtype=float)
    if scales.ndim:
        scales = np.broadcast_to(
            scales, (b_size, scales.shape[-1]) if scales.ndim == 2 else (b_size, 1)
        )

    def size(res: np.ndarray) -> np.ndarray:
        if not res.shape[1]:
            return np.zeros(res.shape[0])
        out = np.max(np.abs(res), axis=1) if norm == "max" else np.sqrt((res * res).sum(axis=1))
        return np.where(np.isfinite(out), out, np.inf)

    def evaluate(points: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        if rows.size == b_size:
            image = g(points, rows)
        elif rows.size >= compact * b_size:
            # most rows still iterate: evaluate them all (the others at their points)
            # rather than copy the map's arrays for a subset
            full = x.copy()
            full[rows] = points
            image = g(full, np.arange(b_size))[rows]
        else:
            image = g(points, rows)
        res = (image - points) / (scales[rows] if scales.ndim else scales)
        return image, res, size(res)

    rows = np.arange(b_size)
    gx, residual, err = evaluate(x, rows)
    n_eval = np.ones(b_size, dtype=int)
    best_x, best_res, best_err = x.copy(), residual.copy(), err.copy()
    m = max(int(memory), 0)
    dg_hist = np.zeros((b_size, m, d_size))
    df_hist = np.zeros((b_size, m, d_size))
    filled = np.zeros(b_size, dtype=int)
    slot = np.zeros(b_size, dtype=int)
    has_prev = np.zeros(b_size, dtype=bool)
    prev_g = np.empty_like(x)
    prev_f = np.empty_like(x)
    converged = err <= tols
    stopped = converged | ~np.isfinite(err) | (n_eval >= budgets)
    while True:
        active = np.flatnonzero(~stopped)
        if not active.size:
            break
        # a slice while every row iterates: views, not copies, of the big arrays
        sel: slice | np.ndarray = slice(None) if active.size == b_size else active
        f = gx[sel] - x[sel]
        # the history: differences of images and of steps since the last accepted point
        prev_rows = has_prev[sel]
        if m and prev_rows.any():
            with_prev = active[prev_rows]
            at = slot[with_prev]
            dg_hist[with_prev, at] = gx[with_prev] - prev_g[with_prev]
            df_hist[with_prev, at] = f[prev_rows] - prev_f[with_prev]
            slot[with_prev] = (at + 1) % m
            filled[with_prev] = np.minimum(filled[with_prev] + 1, m)
        prev_g[sel] = gx[sel]
        prev_f[sel] = f
        has_prev[sel] = True
        point = gx[sel].copy()  # the plain step, unless an accelerated point is tried
        tried = np.zeros(active.size, dtype=bool)
        mixing = filled[sel] > 0
        if m and mixing.any():
            pick: slice | np.ndarray = sel if mixing.all() else active[mixing]
            candidate, ok = _accelerated(
                x[pick], gx[pick], f[mixing], df_hist[pick], dg_hist[pick], max_step
            )
            where = np.flatnonzero(mixing)[ok]
            point[where] = candidate[ok]
            tried[where] = True
        g_p, res_p, err_p = evaluate(point, active)
        n_eval[sel] += 1
        improved = err_p < best_err[sel]
        if improved.any():
            better = active[improved]
            best_x[better], best_res[better], best_err[better] = (
                point[improved],
                res_p[improved],
                err_p[improved],
            )
        # plain steps always move; accelerated ones only when the residual grew little
        moves = ~tried | (err_p <= accept * err[sel])
        if moves.all():
            x[sel], gx[sel], residual[sel], err[sel] = point, g_p, res_p, err_p
        else:
            moving = active[moves]
            x[moving], gx[moving], residual[moving], err[moving] = (
                point[moves],
                g_p[moves],
                res_p[moves],
                err_p[moves],
            )
            rejected = active[~moves]
            filled[rejected] = 0
            slot[rejected] = 0
            has_prev[rejected] = False
            dg_hist[rejected] = 0.0
            df_hist[rejected] = 0.0
        converged[sel] = err[sel] <= tols[sel]
        stopped[sel] = converged[sel] | ~np.isfinite(err[sel]) | (n_eval[sel] >= budgets[sel])
    out_x = np.where(converged[:, None], x, best_x)
    out_res = np.where(converged[:, None], residual, best_res)
    out_err = np.where(converged, err, best_err)
    return BatchFixedPointResult(out_x, converged, n_eval, out_res, out_err)


def _accelerated(
    x: np.ndarray,
    gx: np.ndarray,
    f: np.ndarray,
    df: np.ndarray,
    dg: np.ndarray,
    max_step: float,
) -> tuple[np.ndarray, np.ndarray]:
    """Anderson's mixed points of some rows, and which of them are usable.

    ``γ = argmin ‖f − dfᵀ γ‖`` per row (normal equations of the column-scaled
    history with :data:`_RIDGE`; unfilled slots are zero rows and get no weight),
    ``x̃ = g(x) − dgᵀ γ``, the step shortened to ``max_step``.
    """
    gram = np.matmul(df, np.swapaxes(df, 1, 2))
    norms = np.sqrt(np.einsum("bii->bi", gram))
    norms = np.where(norms > 0, norms, 1.0)
    scaled = gram / (norms[:, :, None] * norms[:, None, :])
    scaled[:, np.arange(norms.shape[1]), np.arange(norms.shape[1])] += _RIDGE
    rhs = np.matmul(df, f[:, :, None])[:, :, 0] / norms
    try:
        coef = np.linalg.solve(scaled, rhs[:, :, None])[:, :, 0] / norms
    except np.linalg.LinAlgError:
        return x, np.zeros(x.shape[0], dtype=bool)
    mixed = gx - np.matmul(coef[:, None, :], dg)[:, 0, :]
    step = mixed - x
    longest = np.max(np.abs(step), axis=1) if step.shape[1] else np.zeros(step.shape[0])
    ok = np.isfinite(longest) & np.all(np.isfinite(coef), axis=1)
    factor = np.where(longest > max_step, max_step / np.where(longest > 0, longest, 1.0), 1.0)
    return x + step * factor[:, None], ok
