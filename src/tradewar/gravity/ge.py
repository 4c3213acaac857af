"""General equilibrium of structural gravity, solved by the core engine.

The one-sector model without input–output links is the Armington / Eaton–Kortum
structural gravity model with trade elasticity θ = σ − 1 (Anderson & van
Wincoop 2003; Yotov, Piermartini, Monteiro & Larch 2016, ch. 2).  A change in
trade costs is given as the change in ``log t_ij^{1−σ}`` (the partial effect on
trade, e.g. ``β Δx`` from a PPML estimate); the engine's iceberg change is
``d̂_ij = exp(−Δ_ij / θ)``.  Results are reported in the book's normalisation:
the inward multilateral resistance (IMR) of a reference importer is fixed.

Three solutions, all from :func:`tradewar.model.solver.solve_equilibrium`:

``conditional``
    the book's *conditional* general equilibrium: outputs and expenditures stay
    at their baseline values; multilateral resistances adjust.
``full``
    the *full endowment* general equilibrium: factory-gate prices, outputs and
    expenditures adjust, expenditure a constant multiple of output
    (``deficits="multiplicative"``, as ``ge_gravity``) or with deficits fixed
    (``"fixed"``).  The book's iterative procedure converges to it.
``one-step``
    the first round of the book's iteration: conditional multilateral
    resistances, factory-gate prices implied by the change in outward
    resistance (``p̂_i = Π_i / Π_i'``), outputs ``p̂ Y`` and expenditures
    ``φ p̂ Y``; this is what USITC's ``gegravity`` (0.3) reports as its full GE.

Indexes (for every country i; hats are ratios to the baseline):
factory-gate price ``p̂_i``; IMR ``P̂_i``; OMR ``Π̂_i`` from
``Y_i/Y = (β_i p_i)^{1−σ} Π_i^{1−σ}``; real GDP ``Ŷ_i / P̂_i`` (``real_gdp_pct``:
the welfare measure of the book and of ``gegravity``; tradewar's ``welfare_pct``
is real income, which differs from it by the change in the deficit).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np
import pandas as pd

from tradewar.baseline import Baseline
from tradewar.errors import DataError
from tradewar.model.options import SolverOptions, SolverReport
from tradewar.model.solver import solve_equilibrium
from tradewar.policy.shock import Shock
from tradewar.results import Counterfactual, solve

__all__ = [
    "GravityResult",
    "fitted_baseline",
    "gravity_counterfactual",
    "gravity_indexes",
    "gravity_world",
]

Method = Literal["conditional", "full", "one-step"]


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
        ``conditional``, ``full`` or ``one-step`` (module docstring).
    reference : str
        The importer whose IMR is the numéraire.
    countries : pandas.DataFrame
        Percent changes by country (see :func:`gravity_indexes`).
    trade : pandas.DataFrame
        Bilateral flows before and after, indexed by (``exporter``, ``importer``):
        ``base``, ``new``, ``change_pct``.
    report : SolverReport
        How the solver converged.
    """

    method: str
    reference: str
    countries: pd.DataFrame
    trade: pd.DataFrame
    report: SolverReport


def _omr(p_hat: np.ndarray, y_hat: np.ndarray, output: np.ndarray, sigma: float) -> np.ndarray:
    """Π̂_i from ``Y_i/Y = (β_i p_i)^{1−σ} Π_i^{1−σ}``."""
    share_hat = y_hat / ((y_hat * output).sum() / output.sum())
    return share_hat ** (1.0 / (1.0 - sigma)) / p_hat


def gravity_indexes(cf: Counterfactual, method: Method, reference: str | None = None):
    """The book's indexes from a solved one-sector counterfactual.

    ``cf`` must be a full solve for ``full`` and a conditional solve otherwise.

    Parameters
    ----------
    cf : Counterfactual
        The solved counterfactual of a one-sector gravity world.
    method : {"conditional", "full", "one-step"}
        The solution it stands for (module docstring).
    reference : str, optional
        The importer whose IMR is fixed (default: the first country).

    Returns
    -------
    countries : pandas.DataFrame
        By country: factory-gate price, OMR, IMR, real GDP (welfare), output,
        expenditure, foreign exports and imports and intranational trade changes
        (percent), in the normalisation where the reference importer's IMR is fixed.
    trade : pandas.DataFrame
        Bilateral flows before and after, indexed by (``exporter``, ``importer``):
        ``base``, ``new``, ``change_pct``.
    """
    world, eqm = cf.baseline, cf.equilibrium
    n = world.n_countries
    sigma = float(world.theta[0]) + 1.0
    ref = world.country_index(reference) if reference else 0
    output = world.gross_output[:, 0]
    expenditure = world.expenditure[:, 0]
    imr = eqm.price_hat[:, 0] / eqm.price_hat[ref, 0]
    p_hat = eqm.w_hat / eqm.price_hat[ref, 0]
    flows_new = eqm.trade[:, :, 0]
    if method == "conditional":
        y_hat, omr, e_hat = np.ones(n), 1.0 / p_hat, np.ones(n)
    elif method == "one-step":
        y_hat, omr, e_hat = p_hat, 1.0 / p_hat, p_hat
        scale = output.sum() / (p_hat * output).sum()
        flows_new = flows_new * p_hat[:, None] * p_hat[None, :] * scale
    else:
        y_hat = p_hat
        omr = _omr(p_hat, y_hat, output, sigma)
        e_hat = (flows_new.sum(axis=0) / expenditure) / eqm.price_hat[ref, 0]
        flows_new = flows_new / eqm.price_hat[ref, 0]
    base = world.trade[:, :, 0]
    domestic, domestic_new = np.diag(base), np.diag(flows_new)

    def pct(x: np.ndarray) -> np.ndarray:
        return 100.0 * (np.asarray(x) - 1.0)

    def growth(new: np.ndarray, old: np.ndarray) -> np.ndarray:
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(old > 0, pct(new / old), np.nan)

    countries = pd.DataFrame(
        {
            "factory_price_pct": pct(p_hat) if method != "conditional" else np.zeros(n),
            "omr_pct": pct(omr),
            "imr_pct": pct(imr),
            "real_gdp_pct": pct(y_hat / imr) if method != "conditional" else np.full(n, np.nan),
            "output_pct": pct(y_hat),
            "expenditure_pct": pct(e_hat),
            "exports_pct": growth(
                flows_new.sum(axis=1) - domestic_new, base.sum(axis=1) - domestic
            ),
            "imports_pct": growth(
                flows_new.sum(axis=0) - domestic_new, base.sum(axis=0) - domestic
            ),
            "intranational_pct": growth(domestic_new, domestic),
        },
        index=pd.Index(world.countries, name="country"),
    )
    idx = pd.MultiIndex.from_product(
        [world.countries, world.countries], names=["exporter", "importer"]
    )
    trade = pd.DataFrame({"base": base.ravel(), "new": flows_new.ravel()}, index=idx)
    trade["change_pct"] = growth(trade["new"].to_numpy(), trade["base"].to_numpy())
    return countries, trade


def gravity_counterfactual(
    world: Baseline,
    log_cost_change: np.ndarray,
    *,
    method: Method = "full",
    reference: str | None = None,
    deficits: Literal["multiplicative", "fixed"] = "multiplicative",
    options: SolverOptions | None = None,
) -> GravityResult:
    """Solve a change in trade costs in a one-sector gravity world.

    Parameters
    ----------
    world : Baseline
        A one-sector baseline without input–output links.
    log_cost_change : numpy.ndarray
        (N, N) change in ``log t_ij^{1−σ}`` [exporter, importer]
        (positive: more trade).
    method : {"full", "conditional", "one-step"}, default "full"
        The solution (module docstring).
    reference : str, optional
        The importer whose IMR is the numéraire (default: the first).
    deficits : {"multiplicative", "fixed"}, default "multiplicative"
        ``multiplicative`` (E = φY) or ``fixed``, for ``full``.
    options : SolverOptions, optional
        Options of the equilibrium solver.

    Returns
    -------
    GravityResult
        Country indexes and bilateral flows.

    Raises
    ------
    DataError
        If the world is not a one-sector world without input–output links, or
        ``log_cost_change`` is not a finite (N, N) array.
    """
    if world.n_sectors != 1 or np.any(world.va_share != 1):
        raise DataError("structural gravity needs a one-sector world without input-output links")
    if method not in ("conditional", "full", "one-step"):
        raise ValueError(f"method must be 'conditional', 'full' or 'one-step', not {method!r}")
    n = world.n_countries
    delta = np.asarray(log_cost_change, dtype=float)
    if delta.shape != (n, n) or not np.all(np.isfinite(delta)):
        raise DataError(f"log_cost_change must be a finite ({n}, {n}) array")
    d_hat = np.exp(-delta / float(world.theta[0]))[:, :, None]
    cf = solve(
        world,
        Shock(trade_cost_hat=d_hat),
        deficits=deficits if method == "full" else "fixed",
        options=options,
        conditional=method != "full",
    )
    countries, trade = gravity_indexes(cf, method, reference)
    ref = reference or world.countries[0]
    return GravityResult(
        method=method, reference=ref, countries=countries, trade=trade, report=cf.report
    )
