"""The governments' payoffs at an equilibrium, and their partial derivatives.

Two payoffs per country n (Ossa 2014, section I):

* welfare, real income ``Ŵ_n = Î_n / P̂_n`` with ``P̂_n = Π_s (P̂_n^s)^{α_n^s}``;
* government welfare ``Ĝ_n = [Σ_s λ_n^s E_n^s' / Σ_s λ_n^s E_n^s] / P̂_n``, the
  real incomes of the industries weighted by political-economy weights λ
  (:func:`tradewar.model.welfare.industry_income`); with all λ = 1, Ĝ = Ŵ.

Governments maximise ``log Ĝ``; :func:`government_partials` gives its partial
derivatives in the variables of :class:`~tradewar.model.sensitivity.ObjectivePartials`,
from which :mod:`tradewar.strategy.gradients` builds the total derivatives
with respect to tariffs.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from tradewar.baseline import Baseline
from tradewar.model.equilibrium import Equilibrium
from tradewar.model.sensitivity import ObjectivePartials
from tradewar.model.welfare import government_welfare_hat, industry_income, real_income_hat

__all__ = ["Payoffs", "government_partials", "payoffs", "welfare_partials"]


@dataclass(frozen=True, slots=True)
class Payoffs:
    """Every country's payoffs at an equilibrium, as changes from the baseline.

    Parameters
    ----------
    welfare : numpy.ndarray
        (N,) Ŵ, real income.
    government : numpy.ndarray
        (N,) Ĝ, government welfare.
    """

    welfare: np.ndarray
    government: np.ndarray


def _price_index_hat(world: Baseline, equilibrium: Equilibrium) -> np.ndarray:
    return np.exp((world.final_shares * np.log(equilibrium.price_hat)).sum(axis=1))


def _profit_share(world: Baseline) -> np.ndarray:
    return world.profit_share if world.profit_share is not None else np.zeros_like(world.va_share)


def _industry_income_new(world: Baseline, equilibrium: Equilibrium) -> np.ndarray:
    """(N, S) the industries' incomes E' at the equilibrium (:func:`industry_income`)."""
    return industry_income(
        world.va_share,
        _profit_share(world),
        equilibrium.output,
        equilibrium.tariff_revenue,
        equilibrium.deficit,
    )


def payoffs(world: Baseline, equilibrium: Equilibrium, weights: np.ndarray) -> Payoffs:
    """Welfare and government welfare of every country at an equilibrium.

    Parameters
    ----------
    world : Baseline
        The world the equilibrium is a change of.
    equilibrium : Equilibrium
        The solved counterfactual.
    weights : numpy.ndarray
        (N, S) political-economy weights λ.

    Returns
    -------
    Payoffs
        Ŵ and Ĝ, (N,) each.
    """
    price_hat = _price_index_hat(world, equilibrium)
    base = industry_income(
        world.va_share,
        _profit_share(world),
        world.gross_output,
        world.tariff_revenue,
        world.deficit,
    )
    new = _industry_income_new(world, equilibrium)
    return Payoffs(
        welfare=real_income_hat(equilibrium.income, world.income, price_hat),
        government=government_welfare_hat(weights, base, new, price_hat),
    )


def _own_partials(world: Baseline, countries: np.ndarray) -> ObjectivePartials:
    """The partials of K functions of each one's own country, ``−α_n`` in ``log P̂_n`` filled in.

    Both payoffs depend on the price index only through ``−Σ_s α_n^s log P̂_n^s``;
    the other partials are zero here, for :func:`government_partials` and
    :func:`welfare_partials` to fill in at ``[k, countries[k]]``.
    """
    k, n, s = countries.size, world.n_countries, world.n_sectors
    out = ObjectivePartials(
        log_w=np.zeros((k, n)),
        log_p=np.zeros((k, n, s)),
        output=np.zeros((k, n, s)),
        revenue=np.zeros((k, n)),
    )
    out.log_p[np.arange(k), countries] = -world.final_shares[countries]
    return out


def government_partials(
    world: Baseline, equilibrium: Equilibrium, weights: np.ndarray, countries: np.ndarray
) -> ObjectivePartials:
    """Partial derivatives of ``log Ĝ_n`` for the given countries.

    With ``H_n = Σ_s λ_n^s E_n^s'``, ``LY_n^s = (β − μ) Y_n^s'`` and
    ``λ̄_n = Σ_s λ_n^s LY_n^s / Σ_s LY_n^s`` (the weight of an average worker):

    * ``∂ log Ĝ_n / ∂ log P̂_n^s = −α_n^s``;
    * ``∂ log Ĝ_n / ∂T_n' = λ̄_n / H_n``;
    * ``∂ log Ĝ_n / ∂Y_n^s' = [λ_n^s β_n^s + (T_n' + D_n') (β − μ)_n^s (λ_n^s − λ̄_n)
      / Σ_k LY_n^k] / H_n``.

    Parameters
    ----------
    world : Baseline
        The world the equilibrium is a change of.
    equilibrium : Equilibrium
        The solved counterfactual.
    weights : numpy.ndarray
        (N, S) political-economy weights λ.
    countries : numpy.ndarray
        (K,) indices of the countries whose ``log Ĝ`` to differentiate.

    Returns
    -------
    ObjectivePartials
        K functions.
    """
    c = np.asarray(countries, dtype=int)
    out = _own_partials(world, c)
    labour_share = world.va_share - _profit_share(world)
    held = (weights * _industry_income_new(world, equilibrium)).sum(axis=1)
    labour = labour_share * equilibrium.output
    labour_total = labour.sum(axis=1)
    mean_weight = (weights * labour).sum(axis=1) / labour_total
    transfers = equilibrium.tariff_revenue + equilibrium.deficit
    rows = np.arange(c.size)
    out.revenue[rows, c] = mean_weight[c] / held[c]
    out.output[rows, c] = (
        weights[c] * world.va_share[c]
        + (transfers[c] / labour_total[c])[:, None]
        * labour_share[c]
        * (weights[c] - mean_weight[c][:, None])
    ) / held[c][:, None]
    return out


def welfare_partials(
    world: Baseline, equilibrium: Equilibrium, countries: np.ndarray
) -> ObjectivePartials:
    """Partial derivatives of ``log Ŵ_n = log I_n' − log I_n − Σ_s α_n^s log P̂_n^s``.

    With ``I_n' = ŵ_n w_n L_n + Σ_s μ_n^s Y_n^s' + T_n' + D_n'``:
    ``∂/∂ log ŵ_n = ŵ_n w_n L_n / I_n'``, ``∂/∂Y_n^s' = μ_n^s / I_n'``,
    ``∂/∂T_n' = 1 / I_n'``, ``∂/∂ log P̂_n^s = −α_n^s``.

    Parameters
    ----------
    world : Baseline
        The world the equilibrium is a change of.
    equilibrium : Equilibrium
        The solved counterfactual.
    countries : numpy.ndarray
        (K,) indices of the countries whose ``log Ŵ`` to differentiate.

    Returns
    -------
    ObjectivePartials
        K functions.
    """
    c = np.asarray(countries, dtype=int)
    out = _own_partials(world, c)
    income = equilibrium.income
    rows = np.arange(c.size)
    out.log_w[rows, c] = equilibrium.w_hat[c] * world.labour_income[c] / income[c]
    out.output[rows, c] = _profit_share(world)[c] / income[c][:, None]
    out.revenue[rows, c] = 1.0 / income[c]
    return out
