"""Derivatives of the equilibrium with respect to tariffs, by implicit differentiation.

The equilibrium in changes solved by :func:`~tradewar.model.solver.solve_equilibrium`
is the root ``F(u; τ') = 0`` of the conditions below, in the unknowns
``u = (log ŵ [N], log P̂ [N, S], X' [N, S])``.  For any function
``φ(u, τ')`` of the equilibrium (a country's welfare, its government's
welfare), the implicit function theorem gives its total derivative with
respect to the tariffs:

    dφ/dτ' = ∂φ/∂τ' − λᵀ ∂F/∂τ',    J(u)ᵀ λ = ∂φ/∂u,    J = ∂F/∂u,

one linear solve with the transposed Jacobian per function (the adjoint
method), whatever the number of tariffs.  Everything here is analytic
(vectorised NumPy); the tests check it against finite differences.

The conditions (Caliendo & Parro 2015, eqs. 10–13; with profits as in
Ossa 2014), with ``ℓ = (β − μ)/(1 − μ)`` the labour share of marginal cost,
``κ̂ = (1 + τ') / (1 + τ)`` and ``g = 1 / (1 + τ')``:

* cost (eq. 10): ``log ĉ_i^s = ℓ_i^s log ŵ_i + (1 − ℓ_i^s) Σ_k γ_i^{k,s} log P̂_i^k``;
* trade shares (eq. 12): ``π_in^s' = π_in^s κ̂_in^{s −θ^s} (ĉ_i^s / P̂_n^s)^{−θ^s}``;
* prices (eq. 11): ``F^P_n^s = (1/θ^s) log Σ_i π_in^s' = 0`` (``log P̂ = 0``
  where n buys nothing of s);
* goods (eq. 13): ``F^X_n^s = [X_n^s' − Σ_k γ_n^{s,k} (1 − β_n^k) Y_n^k' − α_n^s I_n'] / x̄``
  with ``Y_i^s' = Σ_n π_in^s' g_in^s X_n^s'``, tariff revenue
  ``T_n' = Σ_{i,s} π_in^s' τ_in^s' g_in^s X_n^s'``, profits
  ``Π_n' = Σ_s μ_n^s Y_n^s'``, ``I_n' = ŵ_n w_n L_n + Π_n' + T_n' + D_n'``
  and ``x̄`` the mean baseline spending per cell (a scale);
* labour: ``F^L_n = Σ_s (β_n^s − μ_n^s) Y_n^s' / (w_n L_n) − ŵ_n``, except
  that the first country's condition (redundant by Walras' law) is replaced by
  the numéraire, ``Σ_n ŵ_n w_n L_n / Σ_n w_n L_n − 1``.

Deficits ``D'`` are fixed (the ``"fixed"`` treatment of
:func:`~tradewar.results.solving.solve`); export taxes are not covered.

References
----------
Caliendo, L. and F. Parro (2015), "Estimates of the Trade and Welfare Effects of
NAFTA", Review of Economic Studies 82(1), 1–44.
Ossa, R. (2014), "Trade Wars and Trade Talks with Data", American Economic
Review 104(12), 4104–4146.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.linalg

from tradewar.baseline import Baseline
from tradewar.model import equations as eq
from tradewar.model.equilibrium import Equilibrium

__all__ = ["EquilibriumJacobian", "ObjectivePartials", "equilibrium_residual"]


@dataclass(frozen=True)
class ObjectivePartials:
    """Partial derivatives of K functions φ_k of the equilibrium.

    Each φ_k is a function of ``log ŵ``, ``log P̂``, gross output ``Y'``,
    import-tariff revenue ``T'`` and expenditure ``X'``; tariffs enter only
    through these (the chain rule through ``Y'`` and ``T'`` is applied by
    :meth:`EquilibriumJacobian.gradient`).

    Parameters
    ----------
    log_w : numpy.ndarray
        (K, N) ``∂φ/∂ log ŵ``.
    log_p : numpy.ndarray
        (K, N, S) ``∂φ/∂ log P̂``.
    output : numpy.ndarray
        (K, N, S) ``∂φ/∂Y'``.
    revenue : numpy.ndarray
        (K, N) ``∂φ/∂T'``.
    expenditure : numpy.ndarray or None
        (K, N, S) ``∂φ/∂X'`` held apart from its effect through ``Y'`` and
        ``T'``; None for zero.
    """

    log_w: np.ndarray
    log_p: np.ndarray
    output: np.ndarray
    revenue: np.ndarray
    expenditure: np.ndarray | None = None


class _Constants:
    """The baseline's arrays that the conditions use, computed once."""

    def __init__(self, baseline: Baseline, tariff_new: np.ndarray, deficit: np.ndarray) -> None:
        self.n, self.s = baseline.n_countries, baseline.n_sectors
        self.theta = baseline.theta
        self.beta = baseline.va_share
        self.mu = baseline.profit_share if baseline.profit_share is not None else 0 * self.beta
        self.ell = eq.labour_cost_share(self.beta, self.mu)
        self.gamma = baseline.io_shares
        self.alpha = baseline.final_shares
        self.wl = baseline.labour_income
        self.deficit = np.asarray(deficit, dtype=float)
        self.tariff_new = np.asarray(tariff_new, dtype=float)
        self.g = 1.0 / (1.0 + self.tariff_new)
        pi = baseline.trade_shares
        kappa_hat = (1.0 + self.tariff_new) / (1.0 + baseline.tariff)
        with np.errstate(divide="ignore"):
            self.log_pi_kappa = np.where(
                pi > 0, np.log(pi) - self.theta * np.log(kappa_hat), -np.inf
            )
        self.buys: np.ndarray = np.asarray((pi > 0).any(axis=0))
        self.uses_inputs = bool(np.any(self.ell < 1.0))
        spending = baseline.expenditure
        self.scale = float(spending.mean()) if spending.mean() > 0 else 1.0
        self.size = self.n + 2 * self.n * self.s


def equilibrium_residual(
    baseline: Baseline,
    tariff_new: np.ndarray,
    log_w: np.ndarray,
    log_p: np.ndarray,
    expenditure: np.ndarray,
    deficit: np.ndarray | None = None,
) -> np.ndarray:
    """The equilibrium conditions ``F(u; τ')`` of the module docstring, stacked.

    Zero (to the solver's tolerance) at the solution of
    :func:`~tradewar.model.solver.solve_equilibrium` with fixed deficits.

    Parameters
    ----------
    baseline : Baseline
        The world before the change.
    tariff_new : numpy.ndarray
        (N, N, S) counterfactual tariffs τ'.
    log_w : numpy.ndarray
        (N,) log ŵ.
    log_p : numpy.ndarray
        (N, S) log P̂.
    expenditure : numpy.ndarray
        (N, S) X'.
    deficit : numpy.ndarray, optional
        (N,) counterfactual deficits D'; the baseline's when None.

    Returns
    -------
    numpy.ndarray
        (N + 2 N S,) ``[F^L, F^P (row-major n, s), F^X]``.
    """
    k = _Constants(baseline, tariff_new, baseline.deficit if deficit is None else deficit)
    log_c = eq.input_cost_hat(log_w, log_p, k.ell, k.gamma)
    pi_new = eq.trade_shares_new(k.log_pi_kappa, log_c, log_p, k.theta)
    total = pi_new.sum(axis=0)
    with np.errstate(divide="ignore"):
        f_p = np.where(k.buys, np.log(np.where(k.buys, total, 1.0)) / k.theta, log_p)
    pi_net = pi_new * k.g
    output = eq.output_new(pi_net, expenditure)
    revenue = eq.tariff_revenue_new(eq.import_tariff_share(pi_new, k.tariff_new), expenditure)
    profits = (k.mu * output).sum(axis=1)
    income = np.exp(log_w) * k.wl + profits + revenue + k.deficit
    intermediate = np.einsum("nsk,nk->ns", k.gamma, (1.0 - k.beta) * output)
    f_x = (expenditure - intermediate - k.alpha * income[:, None]) / k.scale
    f_l = ((k.beta - k.mu) * output).sum(axis=1) / k.wl - np.exp(log_w)
    f_l[0] = (np.exp(log_w) * k.wl).sum() / k.wl.sum() - 1.0
    return np.concatenate([f_l, f_p.ravel(), f_x.ravel()])


class EquilibriumJacobian:
    """The Jacobian of the equilibrium conditions at a solution, and gradients through it.

    Parameters
    ----------
    baseline : Baseline
        The world before the change.
    tariff_new : numpy.ndarray
        (N, N, S) the counterfactual tariffs τ' that were solved.
    equilibrium : Equilibrium
        Their solution (:func:`~tradewar.model.solver.solve_equilibrium`, fixed
        deficits, no export taxes).

    Attributes
    ----------
    output_jacobian : numpy.ndarray
        (N S, M) ``∂Y'/∂u`` (rows row-major [country, sector]).
    revenue_jacobian : numpy.ndarray
        (N, M) ``∂T'/∂u``.
    """

    def __init__(self, baseline: Baseline, tariff_new: np.ndarray, equilibrium: Equilibrium):
        k = _Constants(baseline, tariff_new, equilibrium.deficit)
        self._k = k
        self.log_w = np.log(equilibrium.w_hat)
        self.log_p = np.log(equilibrium.price_hat)
        self.expenditure = np.asarray(equilibrium.expenditure, dtype=float)
        self.pi_new = np.asarray(equilibrium.trade_shares, dtype=float)
        self.flows = self.pi_new * k.g * self.expenditure[None, :, :]  # Y_in^s' by destination
        self.output = self.flows.sum(axis=1)
        total = self.pi_new.sum(axis=0)
        self.weights = np.divide(
            self.pi_new, total[None], out=np.zeros_like(self.pi_new), where=total[None] > 0
        )
        self.output_jacobian, self.revenue_jacobian = self._output_and_revenue()
        self._matrix: np.ndarray | None = None
        self._lu: tuple[np.ndarray, np.ndarray] | None = None

    @property
    def matrix(self) -> np.ndarray:
        """(M, M) the dense Jacobian ``J = ∂F/∂u``, in the order of :func:`equilibrium_residual`."""
        if self._matrix is None:
            self._matrix = self._assemble()
        return self._matrix

    # ------------------------------------------------------------------ pieces
    def _cost_chain(self, d_log_c: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Map ``∂(·)/∂ log ĉ`` (…, N, S) to ``∂(·)/∂ log ŵ`` (…, N) and ``∂/∂ log P̂`` (…, N, S)."""
        k = self._k
        d_w = (d_log_c * k.ell).sum(axis=-1)
        if not k.uses_inputs:
            return d_w, np.zeros_like(d_log_c)
        d_p = np.einsum("...is,is,iks->...ik", d_log_c, 1.0 - k.ell, k.gamma)
        return d_w, d_p

    def _output_and_revenue(self) -> tuple[np.ndarray, np.ndarray]:
        """``∂Y'/∂u`` (N S, M) and ``∂T'/∂u`` (N, M) at the solution."""
        k = self._k
        n, s, m = k.n, k.s, k.size
        theta = k.theta
        ii, nn, ss = np.indices((n, n, s))
        d_y = np.zeros((n, s, m))
        # through the exporter's cost: ∂Y_i^s/∂ log ĉ_i^s = −θ^s Y_i^s
        d_y_dc = np.zeros((n, s, n, s))
        ci, cs = np.indices((n, s))
        d_y_dc[ci, cs, ci, cs] = -theta[None, :] * self.output
        d_w, d_p = self._cost_chain(d_y_dc)
        d_y[:, :, :n] = d_w
        d_y_p = d_y[:, :, n : n + n * s].reshape(n, s, n, s)
        d_y_p += d_p
        # through the importer's price: ∂Y_i^s/∂ log P̂_n^s = θ^s Y_in^s
        d_y_p[ii, ss, nn, ss] += theta[ss] * self.flows
        # through expenditure: ∂Y_i^s/∂X_n^s = π_in^s' g_in^s
        d_y_x = d_y[:, :, n + n * s :].reshape(n, s, n, s)
        d_y_x[ii, ss, nn, ss] = self.pi_new * k.g
        # tariff revenue T_n = Σ_{i,s} r_in^s X_n^s, r = π' τ' g
        rate = self.pi_new * k.tariff_new * k.g
        rev_flows = rate * self.expenditure[None, :, :]  # [i, n, s]
        d_t = np.zeros((n, m))
        d_t_dc = -theta[None, None, :] * rev_flows.transpose(1, 0, 2)  # [n, i, s]
        d_w_t, d_p_t = self._cost_chain(d_t_dc)
        d_t[:, :n] = d_w_t
        d_t_p = d_t[:, n : n + n * s].reshape(n, n, s)
        d_t_p += d_p_t
        d_t_p[np.arange(n), np.arange(n), :] += theta[None, :] * rev_flows.sum(axis=0)
        d_t_x = d_t[:, n + n * s :].reshape(n, n, s)
        d_t_x[np.arange(n), np.arange(n), :] = rate.sum(axis=0)
        return d_y.reshape(n * s, m), d_t

    def _assemble(self) -> np.ndarray:
        """The dense Jacobian J = ∂F/∂u at the solution."""
        k = self._k
        n, s, m = k.n, k.s, k.size
        d_y = self.output_jacobian.reshape(n, s, m)
        jac = np.zeros((m, m))
        # labour markets, and the numéraire in the first row
        jac[:n] = self._labour_rows()
        # prices: ∂F^P_n^s = d log P̂_n^s − Σ_i ω_in^s d log ĉ_i^s
        rows_p = jac[n : n + n * s].reshape(n, s, m)
        d_f_dc = -self.weights.transpose(1, 2, 0)  # [n, s, i] for ĉ_i^s
        d_c_full = np.zeros((n, s, n, s))
        ii, nn, ss = np.indices((n, n, s))
        d_c_full[nn, ss, ii, ss] = d_f_dc[nn, ss, ii]
        d_w, d_p = self._cost_chain(d_c_full)
        rows_p[:, :, :n] = np.where(k.buys[:, :, None], d_w, 0.0)
        block = rows_p[:, :, n : n + n * s].reshape(n, s, n, s)
        block += np.where(k.buys[:, :, None, None], d_p, 0.0)
        cn, cs = np.indices((n, s))
        block[cn, cs, cn, cs] += 1.0
        # goods markets
        rows_x = jac[n + n * s :].reshape(n, s, m)
        rows_x -= k.alpha[:, :, None] * self._income_jacobian()[:, None, :]
        if k.uses_inputs:
            rows_x -= np.einsum("nsk,nk,nkm->nsm", k.gamma, 1.0 - k.beta, d_y)
        x_block = rows_x[:, :, n + n * s :].reshape(n, s, n, s)
        x_block[cn, cs, cn, cs] += 1.0
        rows_x /= k.scale
        return jac

    def _factor(self) -> tuple[np.ndarray, np.ndarray]:
        if self._lu is None:
            self._lu = scipy.linalg.lu_factor(self.matrix, check_finite=False)
        return self._lu

    def solve_transposed(self, rhs: np.ndarray) -> np.ndarray:
        """Solve ``Jᵀ λ = rhs`` for K right-hand sides.

        With input–output links, by a dense LU factorisation of J (M = N + 2NS
        unknowns).  Without them (Ossa, Armington) the price block of J is the
        identity and the goods-market block is the identity less a rank-N
        term (spending ``α_n^s I_n'``), so that eliminating prices and
        expenditure (Woodbury) leaves an N × N system: O(N²S) work instead of
        O((NS)³).

        Parameters
        ----------
        rhs : numpy.ndarray
            (K, M) right-hand sides.

        Returns
        -------
        numpy.ndarray
            (K, M) solutions λ.
        """
        if self._k.uses_inputs:
            return scipy.linalg.lu_solve(self._factor(), rhs.T, trans=1, check_finite=False).T
        return self._solve_transposed_reduced(rhs)

    def _solve_transposed_reduced(self, rhs: np.ndarray) -> np.ndarray:
        """``Jᵀ λ = rhs`` by block elimination, for worlds without input–output links.

        Blocks of J (rows: labour L, prices P, goods X; columns: a = log ŵ,
        p = log P̂, X'): ``[[A, B, C], [D, I, 0], [E, F, G]]`` with
        ``E = −U V_a``, ``F = −U V_p``, ``G = I − U V_X`` (all over x̄), U the
        (NS, N) spending shares ``α_n^s`` and V the derivatives of income.
        """
        k = self._k
        n, s = k.n, k.s
        ns = n * s
        jl = self._labour_rows()
        a_blk, b_blk, c_blk = jl[:, :n], jl[:, n : n + ns], jl[:, n + ns :]
        d_blk = np.where(k.buys[:, :, None], -self.weights.transpose(1, 2, 0), 0.0).reshape(ns, n)
        v = self._income_jacobian()
        v_a, v_p, v_x = v[:, :n], v[:, n : n + ns], v[:, n + ns :]
        alpha = k.alpha  # U[(n, s), n'] = α_n^s δ_nn'

        def u_t(x: np.ndarray) -> np.ndarray:  # Uᵀ x: (NS, K) -> (N, K)
            return np.einsum("ns,nsk->nk", alpha, x.reshape(n, s, -1))

        # Gᵀ = (I − V_Xᵀ Uᵀ)/x̄; Woodbury: (I − V_Xᵀ Uᵀ)⁻¹ = I + V_Xᵀ (I − Uᵀ V_Xᵀ)⁻¹ Uᵀ
        small_inv = np.linalg.inv(np.eye(n) - u_t(v_x.T))

        def g_inv_t(x: np.ndarray) -> np.ndarray:
            inner = np.einsum("ab,bk->ak", small_inv, u_t(x))
            return k.scale * (x + np.einsum("am,ak->mk", v_x, inner))

        g_a, g_p, g_x = rhs[:, :n].T, rhs[:, n : n + ns].T, rhs[:, n + ns :].T
        x0 = g_inv_t(g_x)
        x1 = g_inv_t(c_blk.T)
        # Fᵀ y = −V_pᵀ Uᵀ y / x̄ and Eᵀ y = −V_aᵀ Uᵀ y / x̄
        p0 = g_p + v_p.T @ u_t(x0) / k.scale
        p1 = b_blk.T + v_p.T @ u_t(x1) / k.scale
        lhs = a_blk.T - d_blk.T @ p1 + v_a.T @ u_t(x1) / k.scale
        rhs_l = g_a - d_blk.T @ p0 + v_a.T @ u_t(x0) / k.scale
        lam_l = np.linalg.solve(lhs, rhs_l)
        lam_x = x0 - x1 @ lam_l
        lam_p = p0 - p1 @ lam_l
        return np.concatenate([lam_l, lam_p, lam_x]).T

    def _labour_rows(self) -> np.ndarray:
        """(N, M) the labour-market rows of J (the first one the numéraire)."""
        k = self._k
        n, s, m = k.n, k.s, k.size
        w_hat = np.exp(self.log_w)
        rows = np.einsum(
            "ns,nsm->nm", (k.beta - k.mu) / k.wl[:, None], self.output_jacobian.reshape(n, s, m)
        )
        rows[np.arange(n), np.arange(n)] -= w_hat
        rows[0] = 0.0
        rows[0, :n] = w_hat * k.wl / k.wl.sum()
        return rows

    def _income_jacobian(self) -> np.ndarray:
        """(N, M) ``∂I'/∂u``: labour income, profits and tariff revenue."""
        k = self._k
        n, s, m = k.n, k.s, k.size
        d_income = np.einsum("ns,nsm->nm", k.mu, self.output_jacobian.reshape(n, s, m))
        d_income += self.revenue_jacobian
        d_income[np.arange(n), np.arange(n)] += np.exp(self.log_w) * k.wl
        return d_income

    # ------------------------------------------------------------------ gradients
    def gradient(self, partials: ObjectivePartials) -> np.ndarray:
        """Total derivatives ``dφ_k/dτ'`` of K functions of the equilibrium.

        ``dφ/dτ' = ∂φ/∂τ' − λᵀ ∂F/∂τ'`` with ``Jᵀ λ = ∂φ/∂u`` (module docstring);
        tariffs enter F and φ through

        * the price conditions: ``∂F^P_n^s/∂τ_in^s' = −ω_in^s g_in^s`` (ω = π'
          normalised to sum to one over exporters);
        * output: ``∂Y_i^s'/∂τ_in^s' = −(θ^s + 1) g_in^s Y_in^s'``;
        * tariff revenue: ``∂T_n'/∂τ_in^s' = π_in^s' (g_in^s)² (1 − θ^s τ_in^s') X_n^s'``.

        Parameters
        ----------
        partials : ObjectivePartials
            The partial derivatives of the K functions.

        Returns
        -------
        numpy.ndarray
            (K, N, N, S) ``dφ_k/dτ_in^s'`` [function, exporter, importer, sector];
            zero where there is no trade.
        """
        k = self._k
        n, s = k.n, k.s
        n_obj = partials.log_w.shape[0]
        phi_y = partials.output.reshape(n_obj, n, s)
        phi_t = partials.revenue.reshape(n_obj, n)
        d_u = np.zeros((n_obj, k.size))
        d_u[:, :n] = partials.log_w
        d_u[:, n : n + n * s] = partials.log_p.reshape(n_obj, n * s)
        if partials.expenditure is not None:
            d_u[:, n + n * s :] = partials.expenditure.reshape(n_obj, n * s)
        # (einsum's own loops: these products are too small to gain from threaded BLAS)
        d_u += np.einsum("ok,km->om", phi_y.reshape(n_obj, n * s), self.output_jacobian)
        d_u += np.einsum("on,nm->om", phi_t, self.revenue_jacobian)
        adjoint = self.solve_transposed(d_u)
        lam_l = adjoint[:, :n]
        lam_p = adjoint[:, n : n + n * s].reshape(n_obj, n, s)
        lam_x = adjoint[:, n + n * s :].reshape(n_obj, n, s) / k.scale
        # λᵀ ∂F/∂Y' and λᵀ ∂F/∂T'
        labour = (k.beta - k.mu) / k.wl[:, None]
        bar_y = lam_l[:, :, None] * labour[None]
        bar_y[:, 0, :] = 0.0  # the first row is the numéraire
        bar_y -= np.einsum("ons,nsk,nk->onk", lam_x, k.gamma, 1.0 - k.beta)
        bar_y -= np.einsum("ons,ns->on", lam_x, k.alpha)[:, :, None] * k.mu[None]
        bar_t = -np.einsum("ons,ns->on", lam_x, k.alpha)
        d_y_dtau = -(k.theta + 1.0) * k.g * self.flows  # [i, n, s]
        d_t_dtau = self.pi_new * k.g**2 * (1.0 - k.theta * k.tariff_new) * self.expenditure[None]
        grad = (phi_y - bar_y)[:, :, None, :] * d_y_dtau[None]
        grad += (phi_t - bar_t)[:, None, :, None] * d_t_dtau[None]
        grad += lam_p[:, None, :, :] * (self.weights * k.g)[None]
        return grad
