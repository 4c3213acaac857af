"""The entry point ``tradewar.results.solving``: its module name, deficits, flow targets."""

from __future__ import annotations

import inspect

import numpy as np
import pytest

import tradewar as tw
from tradewar.model.reconcile import equilibrate
from tradewar.policy.compile import compile_policy


def test_the_module_is_not_shadowed_by_its_function():
    import tradewar.results.solving as solving

    assert inspect.ismodule(solving)
    assert tw.results.solve is solving.solve
    assert inspect.isfunction(tw.results.solve)


def control(share=0.3):
    return tw.export_control(
        exporter="HOM", partners=["FOR"], sectors=["goods"], coverage_share=share
    )


def test_zero_deficits_with_a_flow_target_balances_the_world_once(toy, monkeypatch):
    """The wedge loop solves several times on one balanced world, balanced once."""
    import tradewar.results.solving as solving

    calls = []

    def counted(*args, **kwargs):
        calls.append(1)
        return equilibrate(*args, **kwargs)

    monkeypatch.setattr(solving, "equilibrate", counted)
    policy = [tw.tariff(imposer="HOM", partners=["FOR"], add=0.2), control()]
    counted_run = tw.solve(toy, policy, deficits="zero")
    assert len(calls) == 1
    monkeypatch.undo()

    # the same numbers as the paper's procedure done by hand: balance, then solve
    balanced = equilibrate(toy, np.zeros(toy.n_countries), name=f"{toy.name} (zero deficits)")
    by_hand = tw.solve(balanced, policy, deficits="fixed")
    assert counted_run.baseline.name == balanced.name
    np.testing.assert_allclose(counted_run.baseline.trade, balanced.trade, rtol=1e-14)
    eq, ref = counted_run.equilibrium, by_hand.equilibrium
    np.testing.assert_allclose(eq.w_hat, ref.w_hat, rtol=1e-12)
    np.testing.assert_allclose(eq.trade, ref.trade, rtol=1e-12)
    np.testing.assert_allclose(counted_run.welfare_hat, by_hand.welfare_hat, rtol=1e-12)
    np.testing.assert_allclose(counted_run.tariff_new, by_hand.tariff_new, rtol=1e-12)
    i, n = toy.country_index("HOM"), toy.country_index("FOR")
    free = tw.solve(toy, [tw.tariff(imposer="HOM", partners=["FOR"], add=0.2)], deficits="zero")
    assert eq.trade[i, n, 0] == pytest.approx(0.7 * free.equilibrium.trade[i, n, 0], rel=1e-5)


def test_a_target_the_loop_cannot_meet_raises_target_error(toy, monkeypatch):
    """One outer iteration is too few: TargetError names the action of the target."""
    import tradewar.results.solving as solving

    monkeypatch.setattr(solving, "TARGET_MAX_ITER", 1)
    state = compile_policy(toy, [tw.tariff(imposer="HOM", add=0.1), control(0.5)])
    with pytest.raises(solving.TargetError, match=r"actions\[1\]: the block target") as info:
        solving.solve_policy(toy, state)
    assert info.value.path == ("actions", 1)
    assert info.value.target is state.targets[0]
    assert "% off its target" in str(info.value)
    assert isinstance(info.value, tw.PolicyError)


def test_the_target_loop_meets_the_target_within_its_budget(toy):
    import tradewar.results.solving as solving

    state = compile_policy(toy, [control(0.5)])
    reference = solving.solve_policy(toy, compile_policy(toy, []))
    met = solving.solve_policy(toy, state)
    i, n = toy.country_index("HOM"), toy.country_index("FOR")
    assert met.equilibrium.trade[i, n, 0] == pytest.approx(
        0.5 * reference.equilibrium.trade[i, n, 0], rel=solving.TARGET_RTOL * 10
    )


def test_unknown_deficit_treatment_is_a_value_error(toy):
    with pytest.raises(ValueError, match="deficits must be"):
        tw.solve(toy, deficits="balanced")  # type: ignore[arg-type]
