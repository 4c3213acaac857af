"""The full endowment general equilibrium as Yotov et al. (2016) compute it.

Yotov, Piermartini, Monteiro & Larch (2016), *An Advanced Guide to Trade Policy
Analysis*, ch. 2, solve the full endowment general equilibrium by re-estimating
PPML (exporter and importer fixed effects, the counterfactual trade costs as
offset) on flows updated with the changes in factory-gate prices and
multilateral resistances (their do-file ``TradeWithoutBorder.do``, step III.b).
They stop when the change in factory-gate prices between two rounds is small,
``sd ≤ 0.01`` and ``|max| ≤ 0.01``, which on the trade-without-borders
application is after five re-estimations: before the exact fixed point
(:func:`tradewar.gravity.gravity_counterfactual` with ``method="full"``).

Every PPML step here is solved exactly: a PPML with exporter and importer fixed
effects and an offset fits flows ``π_i χ_j T_ij`` whose row and column sums equal
those of its dependent variable, with the reference importer's effect fixed
(``χ_R = 1``), whatever the dependent variable's cells.  Working with
``T_ij = X_ij exp(Δ_ij)`` (baseline flows times the partial effect) instead of
the levels ``t_ij^{1−σ}`` changes every fixed effect by its baseline value,
which cancels from every index; on the book's fitted baseline the results are
the do-file's.

Notation of the do-file, per round ``s`` (``s = 0``: baseline, ``s = 1``:
conditional GE): fixed effects ``π_s`` (exporter), ``χ_s`` (importer); output
``Y_s``, expenditure ``E_s = φ Y_s`` with ``φ = E/Y`` of the baseline;
the reference importer's expenditure ``E_{R,s}``; resistances
``OMR_s = Y_s E_{R,s} / π_s`` and ``IMR_s = E_s / (χ_s E_{R,s})`` (both to the
power 1 − σ).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from tradewar.errors import ConvergenceError

__all__ = ["BookOptions", "BookSolution", "book_full_ge", "ppml_fixed_effects"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class BookOptions:
    """The stopping rule of the book's iteration and the tolerance of each PPML step.

    Parameters
    ----------
    stop : float, default 0.01
        The do-file's threshold: iterate while the standard deviation or the
        largest value of the change in factory-gate price changes between two
        rounds exceeds it.
    max_rounds : int, default 200
        Most re-estimations before :class:`~tradewar.errors.ConvergenceError`.
    ppml_tol : float, default 1e-13
        Tolerance of each PPML step, the largest relative change of an importer
        effect between two sweeps.
    ppml_max_iter : int, default 100000
        Most sweeps of one PPML step.
    """

    stop: float = 0.01
    max_rounds: int = 200
    ppml_tol: float = 1e-13
    ppml_max_iter: int = 100_000

    def __post_init__(self) -> None:
        for name in ("stop", "ppml_tol"):
            value = getattr(self, name)
            if not (np.isfinite(value) and value > 0):
                raise ValueError(f"BookOptions.{name} must be a positive number, got {value!r}")
        for name in ("max_rounds", "ppml_max_iter"):
            if int(getattr(self, name)) < 1:
                raise ValueError(f"BookOptions.{name} must be at least 1")


@dataclass(frozen=True, eq=False)
class BookSolution:
    """The book's full endowment general equilibrium (hats are ratios to the baseline).

    Parameters
    ----------
    p_hat : numpy.ndarray
        (N,) factory-gate prices ``p̂_i = (π̂_i / Ê_R)^{1/(1−σ)}`` of the last round.
    omr_hat : numpy.ndarray
        (N,) outward multilateral resistances ``Π̂_i = (Ŷ_i Ê_R / π̂_i)^{1/(1−σ)}``.
    imr_hat : numpy.ndarray
        (N,) inward multilateral resistances ``P̂_j = (Ê_j / (χ̂_j Ê_R))^{1/(1−σ)}``
        (``E_j`` of the last round; 1 for the reference importer).
    flows : numpy.ndarray
        (N, N) flows ``X_ij = Y_i' E_j' t_ij'^{1−σ} / (OMR_i IMR_j)`` [exporter, importer],
        with ``Y' = p̂ Y`` and ``E' = φ Y'``.
    conditional_flows : numpy.ndarray
        (N, N) flows of the conditional general equilibrium (round 1).
    rounds : int
        Re-estimations after the conditional one (the do-file's iterations).
    sd : tuple of float
        The standard deviation of the stopping rule, per round.
    largest : tuple of float
        ``|max|`` of the stopping rule, per round.
    ppml_iter : int
        Sweeps of all PPML steps together.
    """

    p_hat: np.ndarray
    omr_hat: np.ndarray
    imr_hat: np.ndarray
    flows: np.ndarray
    conditional_flows: np.ndarray
    rounds: int
    sd: tuple[float, ...]
    largest: tuple[float, ...]
    ppml_iter: int


def ppml_fixed_effects(
    cost: np.ndarray,
    output: np.ndarray,
    expenditure: np.ndarray,
    reference: int,
    *,
    tol: float = 1e-13,
    max_iter: int = 100_000,
    countries: Sequence[str] | None = None,
) -> tuple[np.ndarray, np.ndarray, int]:
    """Exporter and importer fixed effects of a PPML with an offset, solved exactly.

    PPML's first-order conditions with exporter and importer effects make the
    fitted flows ``π_i χ_j T_ij`` add up to the dependent variable's row sums
    ``Y`` and column sums ``E`` (Fally 2015; Yotov et al. 2016, ch. 2):
    ``π_i = Y_i / Σ_j χ_j T_ij`` and ``χ_j = E_j / Σ_i π_i T_ij``, iterated
    (the structural multilateral resistance system), with ``χ_R = 1``.

    Parameters
    ----------
    cost : numpy.ndarray
        (N, N) ``T_ij`` [exporter, importer], the exponentiated offset, positive.
    output : numpy.ndarray
        (N,) row sums ``Y`` of the dependent variable.
    expenditure : numpy.ndarray
        (N,) column sums ``E`` of the dependent variable (``ΣE = ΣY``).
    reference : int
        Index of the importer whose effect is 1.
    tol : float, default 1e-13
        Largest relative change of an importer effect between two sweeps.
    max_iter : int, default 100000
        Most sweeps.
    countries : sequence of str, optional
        Labels of the countries, for the error message.

    Returns
    -------
    pi : numpy.ndarray
        (N,) exporter effects ``exp(FE_i)``.
    chi : numpy.ndarray
        (N,) importer effects ``exp(FE_j)``, ``chi[reference] == 1``.
    n_iter : int
        Sweeps used.

    Raises
    ------
    ConvergenceError
        If the sweeps do not meet ``tol`` within ``max_iter``.
    """
    chi = np.ones(len(output))
    change = np.zeros(len(output))
    for n_iter in range(1, max_iter + 1):
        pi = output / (cost @ chi)
        chi_new = expenditure / (cost.T @ pi)
        chi_new /= chi_new[reference]
        change = np.abs(chi_new / chi - 1.0)
        chi = chi_new
        if change.max() <= tol:
            return output / (cost @ chi), chi, n_iter
    worst = int(np.argmax(change))
    raise ConvergenceError(
        f"PPML fixed effects (importer effects) did not reach {tol:g}",
        residual=float(change[worst]),
        n_iter=max_iter,
        where=str(countries[worst]) if countries is not None else f"importer {worst}",
    )


def _stopping_rule(change: np.ndarray) -> tuple[float, float]:
    """``(sd, |max|)`` of a per-exporter value over the N × N rows of a square data set."""
    n = len(change)
    sd = np.sqrt(n * np.sum((change - change.mean()) ** 2) / (n * n - 1))
    return float(sd), float(abs(change.max()))


def book_full_ge(
    flows: np.ndarray,
    log_cost_change: np.ndarray,
    sigma: float,
    reference: int,
    options: BookOptions | None = None,
    *,
    countries: Sequence[str] | None = None,
) -> BookSolution:
    """The full endowment general equilibrium by the book's iterated PPML.

    Round ``s ≥ 2`` (do-file step III.b): the flows fitted in round ``s − 1``
    are updated for the changes in output and expenditure and in the
    resistances, ``X^s_ij = X̂^{s−1}_ij p̂_i p̂_j / (ΔOMR_i ΔIMR_j)``, then
    re-estimated (``X̂^s``, ``π_s``, ``χ_s``); the round's price change is
    ``p̂^s_i = ((π_s / π_{s−1}) / (E_{R,s} / E_{R,s−1}))^{1/(1−σ)}``.  The do-file
    stops once ``d = p̂^{s−1} − p̂^{s−2}`` has ``sd(d) ≤ stop`` and
    ``|max(d)| ≤ stop`` over the rows of the data (``p̂^0 = 0``), and reports the
    last round ``S``: ``p̂ = ((π_S / π_0) / (E_{R,S} / E_R))^{1/(1−σ)}``,
    ``Y' = p̂ Y``, ``E' = φ Y'``.

    Parameters
    ----------
    flows : numpy.ndarray
        (N, N) baseline flows [exporter, importer], domestic included (the book
        uses the flows fitted by PPML).
    log_cost_change : numpy.ndarray
        (N, N) change in ``log t_ij^{1−σ}`` (zero on the diagonal for borders).
    sigma : float
        Elasticity of substitution, > 1.
    reference : int
        Index of the reference importer (its IMR is fixed; Germany in the book).
    options : BookOptions, optional
        Stopping rule and PPML tolerance.
    countries : sequence of str, optional
        Labels of the countries, for error messages.

    Returns
    -------
    BookSolution
        Prices, resistances and flows of the last round, with the stopping statistics.

    Raises
    ------
    ConvergenceError
        If the stopping rule is not met within ``options.max_rounds`` rounds, or
        a PPML step does not converge.
    """
    opts = options or BookOptions()
    flows = np.asarray(flows, dtype=float)
    power = 1.0 / (1.0 - sigma)
    cost = flows * np.exp(np.asarray(log_cost_change, dtype=float))
    output, expenditure = flows.sum(axis=1), flows.sum(axis=0)
    phi = expenditure / output

    def estimate(target: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, int]:
        pi, chi, sweeps = ppml_fixed_effects(
            cost,
            target.sum(axis=1),
            target.sum(axis=0),
            reference,
            tol=opts.ppml_tol,
            max_iter=opts.ppml_max_iter,
            countries=countries,
        )
        return pi, chi, pi[:, None] * chi[None, :] * cost, sweeps

    # round 0 (baseline, effects 1 relative to themselves) and round 1 (conditional)
    pi, chi, fitted, total = estimate(flows)
    conditional = fitted
    e_ref, y_now, e_now = expenditure[reference], output, expenditure
    price_steps = [np.zeros_like(output), pi**power]
    omr = y_now * e_ref / pi
    imr = e_now / (chi * e_ref)
    omr_step, imr_step = np.ones_like(output), np.ones_like(output)
    sds: list[float] = []
    largest: list[float] = []
    for rounds in range(1, opts.max_rounds + 1):
        step = price_steps[-1]
        target = fitted * step[:, None] * step[None, :] / (omr_step[:, None] * imr_step[None, :])
        pi_new, chi, fitted, sweeps = estimate(target)
        total += sweeps
        y_now = fitted.sum(axis=1)
        e_now = phi * y_now
        e_ref_new = e_now[reference]
        price_steps.append(((pi_new / pi) / (e_ref_new / e_ref)) ** power)
        omr_new = y_now * e_ref_new / pi_new
        imr_new = e_now / (chi * e_ref_new)
        omr_step, imr_step = omr_new / omr, imr_new / imr
        pi, e_ref, omr, imr = pi_new, e_ref_new, omr_new, imr_new
        change = price_steps[-2] - price_steps[-3]
        sd, top = _stopping_rule(change)
        sds.append(sd)
        largest.append(top)
        log.debug("book iteration %d: sd %.3g, max %.3g", rounds, sd, top)
        if sd <= opts.stop and top <= opts.stop:
            break
    else:
        worst = int(np.argmax(np.abs(change)))
        raise ConvergenceError(
            f"the book's iteration did not meet its stopping rule (sd and max of the change "
            f"in price changes ≤ {opts.stop}; last sd {sds[-1]:.2e}, max {largest[-1]:.2e})",
            residual=max(sds[-1], largest[-1]),
            n_iter=opts.max_rounds,
            where=str(countries[worst]) if countries is not None else f"exporter {worst}",
        )
    p_hat = (pi / (e_ref / expenditure[reference])) ** power
    y_new = p_hat * output
    e_new = phi * y_new
    omr_hat = (y_new * e_ref / pi / (output * expenditure[reference])) ** power
    imr_hat = (imr / (expenditure / expenditure[reference])) ** power
    flows_new = (e_new / e_now)[None, :] * fitted
    return BookSolution(
        p_hat=p_hat,
        omr_hat=omr_hat,
        imr_hat=imr_hat,
        flows=flows_new,
        conditional_flows=conditional,
        rounds=rounds,
        sd=tuple(sds),
        largest=tuple(largest),
        ppml_iter=total,
    )
