"""General equilibrium of structural gravity, solved by the core engine.

The one-sector model without input–output links is the Armington / Eaton–Kortum
structural gravity model with trade elasticity θ = σ − 1 (Anderson & van
Wincoop 2003; Yotov, Piermartini, Monteiro & Larch 2016, ch. 2).  A change in
trade costs is given as the change in ``log t_ij^{1−σ}`` (the partial effect on
trade, e.g. ``β Δx`` from a PPML estimate); the engine's iceberg change is
``d̂_ij = exp(−Δ_ij / θ)``.

Four solutions:

``conditional``
    the book's *conditional* general equilibrium: outputs and expenditures stay
    at their baseline values; multilateral resistances adjust.
``full``
    the exact *full endowment* general equilibrium: factory-gate prices, outputs
    and expenditures adjust, expenditure a constant multiple of output
    (``deficits="multiplicative"``: ``E_j' = κ φ_j Y_j'`` with ``φ = E/Y`` of the
    baseline and one κ that keeps world expenditure equal to world output, the
    equilibrium ``ge_gravity`` solves) or deficits fixed (``"fixed"``, additive:
    ``E_j' = Y_j' + D_j``).
``book``
    the full endowment general equilibrium as the book's do-file computes it:
    PPML re-estimated on updated flows until its stopping rule on price changes
    holds (:mod:`tradewar.gravity.book`), which is before the fixed point; with
    ``E_j' = φ_j Y_j'``.
``one-step``
    the first round of the book's iteration: conditional multilateral
    resistances, factory-gate prices implied by the change in outward
    resistance (``p̂_i = Π_i / Π_i'``), outputs ``p̂ Y`` and expenditures
    ``φ p̂ Y``; this is what USITC's ``gegravity`` (0.3) reports as its full GE.

Indexes, one definition each, in the book's normalisation (Yotov et al. 2016,
ch. 2, and its do-files: ``OMR_i = Y_i E_R / exp(FE_i)``,
``IMR_j = E_j / (exp(FE_j) E_R)``, world output absorbed; hats are ratios to
the baseline, prices in units of the reference importer's IMR):

* IMR ``P_j^{1−σ} = Σ_i t_ij^{1−σ} Y_i / Π_i^{1−σ}``, fixed for the reference
  importer: the CES consumer price index of j divided by the reference's
  (``imr_pct``);
* OMR ``Π_i^{1−σ} = Σ_j t_ij^{1−σ} E_j / P_j^{1−σ}``, so that
  ``Y_i = (β_i p_i)^{1−σ} Π_i^{1−σ}`` and ``Π̂_i = Ŷ_i^{1/(1−σ)} / p̂_i``: world
  output is not divided out, so the OMR moves with it as the book's does
  (``omr_pct``);
* factory-gate price ``p̂_i`` (``factory_price_pct``);
* real GDP ``Ŷ_i / P̂_i`` (``real_gdp_pct``: the welfare measure of the book and
  of ``gegravity``; tradewar's ``welfare_pct`` is real income ``Ê_i / P̂_i``,
  which differs from it by the change in the deficit, and is ``ge_gravity``'s
  welfare with additive deficits).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np
import pandas as pd

from tradewar.baseline import Baseline
from tradewar.errors import DataError
from tradewar.gravity.book import BookOptions, BookSolution, book_full_ge
from tradewar.model.equilibrium import multiplicative_deficits
from tradewar.model.options import SolverOptions, SolverReport
from tradewar.model.solver import solve_equilibrium
from tradewar.policy.shock import Shock
from tradewar.results import Counterfactual, solve

__all__ = [
    "METHODS",
    "GravityResult",
    "fitted_baseline",
    "gravity_counterfactual",
    "gravity_indexes",
    "gravity_world",
]

Method = Literal["conditional", "full", "book", "one-step"]
METHODS: tuple[str, ...] = ("conditional", "full", "book", "one-step")


def gravity_world(
    countries: list[str] | tuple[str, ...],
    flows: np.ndarray,
    sigma: float,
    *,
    name: str = "gravity",
    usd_per_unit: float | None = None,
) -> Baseline:
    """A one-sector world from an (N, N) matrix of flows [exporter, importer], domestic included.

    Parameters
    ----------
    countries : list of str or tuple of str
        Country labels, N.
    flows : numpy.ndarray
        (N, N) flows [exporter, importer], domestic sales on the diagonal.
    sigma : float
        Elasticity of substitution, > 1 (θ = σ − 1).
    name : str, default "gravity"
        Name of the baseline.
    usd_per_unit : float, optional
        US dollars per unit of the flows (None: no currency unit).

    Returns
    -------
    Baseline
        One sector ``"all"``, no tariffs, no input–output links.

    Raises
    ------
    DataError
        If ``flows`` has the wrong shape or ``sigma`` is not above 1.
    """
    flows = np.asarray(flows, dtype=float)
    n = len(countries)
    if flows.shape != (n, n):
        raise DataError(f"flows have shape {flows.shape}, expected {(n, n)}")
    if sigma <= 1:
        raise DataError(f"the elasticity of substitution must exceed 1, got {sigma}")
    return Baseline(
        countries=tuple(countries),
        sectors=("all",),
        trade=flows[:, :, None],
        tariff=np.zeros((n, n, 1)),
        io_shares=np.zeros((n, 1, 1)),
        va_share=np.ones((n, 1)),
        final_shares=np.ones((n, 1)),
        theta=np.array([sigma - 1.0]),
        name=name,
        usd_per_unit=usd_per_unit,
        check_accounting=True,
    )


def fitted_baseline(
    countries: list[str] | tuple[str, ...],
    cost_term: np.ndarray,
    output: np.ndarray,
    expenditure: np.ndarray,
    sigma: float,
    *,
    options: SolverOptions | None = None,
    name: str = "gravity (fitted)",
) -> Baseline:
    """The baseline of modelled flows, as ``gegravity`` builds it.

    ``X_ij = E_j (Y_i / Y) t_ij^{1−σ} / (Π_i^{1−σ} P_j^{1−σ})`` with the
    multilateral resistances that reproduce output ``Y`` (rescaled to total
    expenditure) and expenditure ``E`` given ``t_ij^{1−σ} = exp(cost_term)``.
    Solved as the engine's conditional equilibrium from flows proportional to
    ``t^{1−σ}``.

    Parameters
    ----------
    countries : list of str or tuple of str
        Country labels, N.
    cost_term : numpy.ndarray
        (N, N) ``log t_ij^{1−σ}`` [exporter, importer]
        (e.g. :meth:`~tradewar.gravity.estimate.GravityEstimates.cost_term`).
    output : numpy.ndarray
        (N,) output ``Y``.
    expenditure : numpy.ndarray
        (N,) expenditure ``E``.
    sigma : float
        Elasticity of substitution, > 1.
    options : SolverOptions, optional
        Options of the equilibrium solver.
    name : str, default "gravity (fitted)"
        Name of the baseline.

    Returns
    -------
    Baseline
        The one-sector world of modelled flows.
    """
    cost = np.exp(np.asarray(cost_term, dtype=float) - np.max(cost_term))
    expenditure = np.asarray(expenditure, dtype=float)
    output = np.asarray(output, dtype=float) * expenditure.sum() / np.sum(output)
    start = cost / cost.sum(axis=0, keepdims=True) * expenditure[None, :]
    world = gravity_world(countries, start, sigma, name=name)
    n = len(countries)
    eqm = solve_equilibrium(
        world, world.tariff, np.ones((n, n, 1)), world.deficit, options, conditional=output
    )
    return gravity_world(countries, eqm.trade[:, :, 0], sigma, name=name)


@dataclass(frozen=True, eq=False)
class GravityResult:
    """Country and bilateral results of a structural gravity counterfactual.

    Parameters
    ----------
    method : str
        ``conditional``, ``full``, ``book`` or ``one-step`` (module docstring).
    reference : str
        The importer whose IMR is the numéraire.
    countries : pandas.DataFrame
        Percent changes by country (see :func:`gravity_indexes`).
    trade : pandas.DataFrame
        Bilateral flows before and after, indexed by (``exporter``, ``importer``):
        ``base``, ``new``, ``change_pct``.
    report : SolverReport
        How the solver converged (for ``book``: ``n_iter`` its re-estimations,
        ``residual`` the larger of its stopping statistics, ``tol`` its threshold).
    book : BookSolution, optional
        The book's iteration, for ``method="book"``.
    """

    method: str
    reference: str
    countries: pd.DataFrame
    trade: pd.DataFrame
    report: SolverReport
    book: BookSolution | None = None


def _pct(x) -> np.ndarray:
    return 100.0 * (np.asarray(x, dtype=float) - 1.0)


def _growth(new: np.ndarray, old: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(old > 0, _pct(new / old), np.nan)


def _tables(
    world: Baseline,
    flows_new: np.ndarray,
    *,
    p_hat: np.ndarray,
    y_hat: np.ndarray,
    e_hat: np.ndarray,
    omr: np.ndarray,
    imr: np.ndarray,
    real_gdp: bool = True,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The country and bilateral tables from the hats of one solution."""
    base = world.trade[:, :, 0]
    domestic, domestic_new = np.diag(base), np.diag(flows_new)
    n = world.n_countries
    countries = pd.DataFrame(
        {
            "factory_price_pct": _pct(p_hat),
            "omr_pct": _pct(omr),
            "imr_pct": _pct(imr),
            "real_gdp_pct": _pct(y_hat / imr) if real_gdp else np.full(n, np.nan),
            "welfare_pct": _pct(e_hat / imr) if real_gdp else np.full(n, np.nan),
            "output_pct": _pct(y_hat),
            "expenditure_pct": _pct(e_hat),
            "exports_pct": _growth(
                flows_new.sum(axis=1) - domestic_new, base.sum(axis=1) - domestic
            ),
            "imports_pct": _growth(
                flows_new.sum(axis=0) - domestic_new, base.sum(axis=0) - domestic
            ),
            "intranational_pct": _growth(domestic_new, domestic),
        },
        index=pd.Index(world.countries, name="country"),
    )
    idx = pd.MultiIndex.from_product(
        [world.countries, world.countries], names=["exporter", "importer"]
    )
    trade = pd.DataFrame({"base": base.ravel(), "new": flows_new.ravel()}, index=idx)
    trade["change_pct"] = _growth(trade["new"].to_numpy(), trade["base"].to_numpy())
    return countries, trade


def _book_tables(world: Baseline, sol: BookSolution) -> tuple[pd.DataFrame, pd.DataFrame]:
    return _tables(
        world,
        sol.flows,
        p_hat=sol.p_hat,
        y_hat=sol.p_hat,
        e_hat=sol.p_hat,
        omr=sol.omr_hat,
        imr=sol.imr_hat,
    )


def _log_cost_change(cf: Counterfactual) -> np.ndarray:
    """``Δ = −θ log d̂``: the change in ``log t^{1−σ}`` of a one-sector counterfactual."""
    return -float(cf.baseline.theta[0]) * np.log(cf.trade_cost_hat[:, :, 0])


def gravity_indexes(cf: Counterfactual, method: Method, reference: str | None = None):
    """The book's indexes from a solved one-sector counterfactual.

    ``cf`` must be a full solve for ``full``, a conditional solve for
    ``conditional`` and ``one-step``; for ``book`` the book's iteration is run
    on ``cf``'s baseline and trade-cost change (its own solution is not used).

    Parameters
    ----------
    cf : Counterfactual
        The solved counterfactual of a one-sector gravity world.
    method : {"conditional", "full", "book", "one-step"}
        The solution it stands for (module docstring).
    reference : str, optional
        The importer whose IMR is fixed (default: the first country).

    Returns
    -------
    countries : pandas.DataFrame
        By country: factory-gate price ``p̂``, OMR ``Π̂ = Ŷ^{1/(1−σ)} / p̂``, IMR
        ``P̂``, real GDP ``Ŷ / P̂`` (the book's welfare), real income ``Ê / P̂``
        (``welfare_pct``, as everywhere in tradewar), output, expenditure,
        foreign exports and imports and intranational trade changes (percent),
        in the normalisation where the reference importer's IMR is fixed; no
        real GDP or welfare for ``conditional``.
    trade : pandas.DataFrame
        Bilateral flows before and after, indexed by (``exporter``, ``importer``):
        ``base``, ``new``, ``change_pct``.
    """
    world, eqm = cf.baseline, cf.equilibrium
    ref = world.country_index(reference) if reference else 0
    if method == "book":
        sol = book_full_ge(
            world.trade[:, :, 0],
            _log_cost_change(cf),
            float(world.theta[0]) + 1.0,
            ref,
            countries=world.countries,
        )
        return _book_tables(world, sol)
    n = world.n_countries
    sigma = float(world.theta[0]) + 1.0
    expenditure = world.expenditure[:, 0]
    imr = eqm.price_hat[:, 0] / eqm.price_hat[ref, 0]
    p_hat = eqm.w_hat / eqm.price_hat[ref, 0]
    flows_new = eqm.trade[:, :, 0]
    if method == "conditional":
        y_hat, omr, e_hat = np.ones(n), 1.0 / p_hat, np.ones(n)
        p_hat = np.ones(n)  # factory-gate prices stay put; p̂ above is the OMR's mirror
    elif method == "one-step":
        y_hat, omr, e_hat = p_hat, 1.0 / p_hat, p_hat
        output = world.gross_output[:, 0]
        scale = output.sum() / (p_hat * output).sum()
        flows_new = flows_new * p_hat[:, None] * p_hat[None, :] * scale
    else:
        y_hat = p_hat
        omr = y_hat ** (1.0 / (1.0 - sigma)) / p_hat
        e_hat = (flows_new.sum(axis=0) / expenditure) / eqm.price_hat[ref, 0]
        flows_new = flows_new / eqm.price_hat[ref, 0]
    return _tables(
        world,
        flows_new,
        p_hat=p_hat,
        y_hat=y_hat,
        e_hat=e_hat,
        omr=omr,
        imr=imr,
        real_gdp=method != "conditional",
    )


def _book_report(sol: BookSolution, opts: BookOptions, seconds: float) -> SolverReport:
    return SolverReport(
        converged=True,
        n_iter=sol.rounds,
        price_iter=sol.ppml_iter,
        residual=max(sol.sd[-1], sol.largest[-1]),
        trade_balance_residual=float("nan"),
        seconds=seconds,
        tol=opts.stop,
    )


def gravity_counterfactual(
    world: Baseline,
    log_cost_change: np.ndarray,
    *,
    method: Method = "full",
    reference: str | None = None,
    deficits: Literal["multiplicative", "fixed"] = "multiplicative",
    options: SolverOptions | None = None,
    book_options: BookOptions | None = None,
) -> GravityResult:
    """Solve a change in trade costs in a one-sector gravity world.

    Parameters
    ----------
    world : Baseline
        A one-sector baseline without input–output links.
    log_cost_change : numpy.ndarray
        (N, N) change in ``log t_ij^{1−σ}`` [exporter, importer]
        (positive: more trade).
    method : {"full", "conditional", "book", "one-step"}, default "full"
        The solution (module docstring).
    reference : str, optional
        The importer whose IMR is the numéraire (default: the first).
    deficits : {"multiplicative", "fixed"}, default "multiplicative"
        For ``full``: ``multiplicative`` (``E' = κφY'``,
        :func:`~tradewar.model.equilibrium.multiplicative_deficits`)
        or ``fixed`` (additive, ``E' = Y' + D``).  ``book`` is multiplicative
        (``E' = φY'``).
    options : SolverOptions, optional
        Options of the equilibrium solver.
    book_options : BookOptions, optional
        Stopping rule and PPML tolerance of ``book``.

    Returns
    -------
    GravityResult
        Country indexes and bilateral flows.

    Raises
    ------
    DataError
        If the world is not a one-sector world without input–output links, or
        ``log_cost_change`` is not a finite (N, N) array.
    ValueError
        An unknown method, or ``book`` with fixed deficits.
    ConvergenceError
        If the solver, or the book's iteration, does not converge.
    """
    import time

    if world.n_sectors != 1 or np.any(world.va_share != 1):
        raise DataError("structural gravity needs a one-sector world without input-output links")
    if method not in METHODS:
        raise ValueError(f"method must be one of {', '.join(METHODS)}, not {method!r}")
    if method == "book" and deficits != "multiplicative":
        raise ValueError("the book's iteration keeps expenditure a multiple of output (E = φY)")
    n = world.n_countries
    delta = np.asarray(log_cost_change, dtype=float)
    if delta.shape != (n, n) or not np.all(np.isfinite(delta)):
        raise DataError(f"log_cost_change must be a finite ({n}, {n}) array")
    ref = reference or world.countries[0]
    if method == "book":
        opts = book_options or BookOptions()
        start = time.perf_counter()
        sol = book_full_ge(
            world.trade[:, :, 0],
            delta,
            float(world.theta[0]) + 1.0,
            world.country_index(ref),
            opts,
            countries=world.countries,
        )
        countries, trade = _book_tables(world, sol)
        report = _book_report(sol, opts, time.perf_counter() - start)
        return GravityResult(method, ref, countries, trade, report, book=sol)
    d_hat = np.exp(-delta / float(world.theta[0]))[:, :, None]
    if method == "full" and deficits == "multiplicative":
        eqm = solve_equilibrium(world, world.tariff, d_hat, multiplicative_deficits(world), options)
        cf = Counterfactual(
            baseline=world,
            tariff_new=world.tariff,
            trade_cost_hat=d_hat,
            equilibrium=eqm,
            deficits="multiplicative",
        )
    else:
        cf = solve(
            world,
            Shock(trade_cost_hat=d_hat),
            deficits=deficits if method == "full" else "fixed",
            options=options,
            conditional=method != "full",
        )
    countries, trade = gravity_indexes(cf, method, reference)
    return GravityResult(method, ref, countries, trade, cf.report)
