"""Running scenarios: what each action does, the timeline, and the built-in library."""

import textwrap

import numpy as np
import pytest

from tradewar import Shock, solve
from tradewar.scenario import load_scenario, run_scenario


def write(tmp_path, body, baseline="toy", extra=""):
    path = tmp_path / "s.yaml"
    path.write_text(f"name: t\nbaseline: {baseline}\n{extra}actions:\n" + textwrap.dedent(body))
    return path


def test_tariff_with_covered_share(tmp_path, toy):
    path = write(
        tmp_path,
        """\
      - {date: 2019-01-01, kind: tariff, imposer: HOM, partners: [FOR], sectors: [goods],
         add: 0.2, covered_share: 0.5}
    """,
    )
    result = run_scenario(path)
    tariff = result.final.tariff_new
    assert tariff[1, 0, 0] == pytest.approx(toy.tariff[1, 0, 0] + 0.1)
    assert tariff[2, 0, 0] == pytest.approx(toy.tariff[2, 0, 0])


def test_tariff_with_coverage_in_dollars(tmp_path, toy):
    imports_usd = toy.trade[1, 0, 0] * toy.usd_per_unit
    path = write(
        tmp_path,
        f"""\
      - {{date: 2019-01-01, kind: tariff, imposer: HOM, partners: [FOR], sectors: [goods],
         add: 0.25, coverage_usd: {imports_usd / 4}}}
    """,
    )
    tariff = run_scenario(path).final.tariff_new
    assert tariff[1, 0, 0] == pytest.approx(toy.tariff[1, 0, 0] + 0.25 / 4)


def test_timeline_steps_equal_one_shot_solves(tmp_path, toy):
    path = write(
        tmp_path,
        """\
      - {date: 2019-01-01, kind: tariff, imposer: HOM, partners: [FOR], add: 0.2}
      - {date: 2019-06-01, kind: tariff, imposer: FOR, partners: [HOM], add: 0.3}
    """,
    )
    result = run_scenario(path)
    assert [s.date.isoformat() for s in result.steps] == ["2019-01-01", "2019-06-01"]
    tariff = toy.tariff.copy()
    tariff[1, 0, 0] += 0.2
    first = solve(toy, Shock(tariff=tariff))
    np.testing.assert_allclose(result.steps[0].result.welfare_hat, first.welfare_hat, rtol=1e-9)
    tariff[0, 1, 0] += 0.3
    both = solve(toy, Shock(tariff=tariff))
    np.testing.assert_allclose(result.steps[1].result.welfare_hat, both.welfare_hat, rtol=1e-9)


def test_export_control_blocks_the_share_of_the_flow(tmp_path):
    path = write(
        tmp_path,
        """\
      - {date: 2019-01-01, kind: tariff, imposer: HOM, partners: [FOR], add: 0.2}
      - {date: 2019-01-01, kind: export_control, exporter: HOM, partners: [FOR],
         sectors: [goods], coverage_share: 0.4}
    """,
    )
    result = run_scenario(path)
    without = write(
        tmp_path,
        """\
      - {date: 2019-01-01, kind: tariff, imposer: HOM, partners: [FOR], add: 0.2}
    """,
    )
    reference = run_scenario(without).final.equilibrium.trade[0, 1, 0]
    assert result.final.equilibrium.trade[0, 1, 0] == pytest.approx(0.6 * reference, rel=1e-5)


def test_embargo(tmp_path, toy):
    path = write(
        tmp_path,
        """\
      - {date: 2019-01-01, kind: export_control, exporter: HOM, partners: [FOR],
         sectors: all, coverage_share: 1.0}
    """,
    )
    flows = run_scenario(path).final.equilibrium.trade
    assert flows[0, 1].sum() < 1e-9 * toy.trade[0, 1].sum()
    assert flows[0, 2].sum() > toy.trade[0, 2].sum()  # diverted to ROW


def test_purchase_commitment_meets_its_target(tmp_path, toy):
    path = write(
        tmp_path,
        """\
      - {date: 2019-01-01, kind: tariff, imposer: FOR, partners: [HOM], add: 0.2}
      - {date: 2019-02-01, kind: purchase_commitment, buyer: FOR, seller: HOM,
         sectors: [goods], amount_usd: 3.0e9}
    """,
    )
    result = run_scenario(path)
    flow = result.final.equilibrium.trade[0, 1, 0]
    assert flow == pytest.approx(toy.trade[0, 1, 0] + 3.0, rel=1e-5)
    # bought with an import subsidy: FOR's tariff on those goods falls below its level
    assert result.final.tariff_new[0, 1, 0] < toy.tariff[0, 1, 0] + 0.2


def test_trade_cost_partial_effect(tmp_path, toy):
    path = write(
        tmp_path,
        """\
      - {date: 2019-01-01, kind: trade_cost, exporters: [HOM], importers: [FOR],
         sectors: [goods], partial_effect: -0.5}
    """,
    )
    d_hat = run_scenario(path).final.trade_cost_hat
    assert d_hat[0, 1, 0] == pytest.approx(np.exp(0.5 / toy.theta[0]))
    assert d_hat[1, 0, 0] == 1.0


def test_a_currency_move_asked_as_a_tariff_equivalent_is_a_tariff_plus_an_export_subsidy(
    tmp_path, toy
):
    path = write(
        tmp_path,
        """\
      - {date: 2019-01-01, kind: currency, country: FOR, change: 0.1,
         model_as: tariff_equivalent}
    """,
    )
    final = run_scenario(path).final
    assert final.tariff_new[0, 1, 0] == pytest.approx((1 + toy.tariff[0, 1, 0]) * 1.1 - 1)
    assert final.export_tax[1, 0, 1] == pytest.approx(1 / 1.1 - 1)


def test_a_currency_move_is_recorded_with_no_real_effect(tmp_path, toy):
    """A nominal move changes nothing real: no phantom revenue, no welfare change."""
    path = write(
        tmp_path,
        """\
      - {date: 2019-01-01, kind: currency, country: FOR, change: 0.025, label: yuan}
    """,
    )
    result = run_scenario(path)
    table = result.final.countries()
    np.testing.assert_allclose(table["welfare_pct"], 0.0, atol=1e-9)
    np.testing.assert_allclose(table["export_tax_revenue_new"], 0.0)
    assert result.notes == [
        "2019-01-01: yuan: FOR's currency depreciates 2.5%: recorded, with no effect on the "
        "results: in this model a change in the exchange rate alone does not change trade for "
        "long (model_as: trade_balance or tariff_equivalent models a real effect)"
    ]


def test_a_currency_move_stated_as_a_trade_balance_change(tmp_path, toy):
    """A surplus raised by $5B a year: the country's balance moves by exactly that."""
    path = write(
        tmp_path,
        """\
      - {date: 2019-01-01, kind: currency, country: FOR, change: 0.1,
         model_as: trade_balance, balance_change_usd: 5.0e9}
    """,
    )
    result = run_scenario(path)
    eqm, base = result.final.equilibrium, result.start_world
    k = base.country_index("FOR")
    surplus = lambda trade: trade[k].sum() - trade[:, k].sum()  # noqa: E731
    change = (surplus(eqm.trade) - surplus(base.trade)) * base.usd_per_unit
    assert change == pytest.approx(5.0e9, rel=1e-6)
    assert eqm.deficit.sum() == pytest.approx(0.0, abs=1e-9)
    # spending less than it earns makes the country poorer today
    assert result.final.countries().loc["FOR", "welfare_pct"] < 0


def test_purchase_commitments_with_partial_compliance(tmp_path, toy):
    full = write(
        tmp_path,
        """\
      - {date: 2020-02-14, kind: purchase_commitment, buyer: HOM, seller: FOR,
         sectors: [goods], amount_usd: 2.0e9}
    """,
    )
    partial = tmp_path / "partial.yaml"
    partial.write_text(
        full.read_text().replace("amount_usd: 2.0e9", "amount_usd: 5.0e9, compliance: 0.4")
    )
    i, n = toy.country_index("FOR"), toy.country_index("HOM")
    bought = [run_scenario(p).final.equilibrium.trade[i, n, 0] for p in (full, partial)]
    assert bought[0] == pytest.approx(bought[1], rel=1e-5)


def test_start_from_actions_and_from_another_scenario(tmp_path, toy):
    path = write(
        tmp_path,
        """\
      - {date: 2020-01-01, kind: tariff, imposer: HOM, partners: [FOR], add: 0.1}
    """,
        extra="start:\n  actions:\n    - {date: 2019-01-01, kind: tariff, imposer: FOR, "
        "partners: [HOM], add: 0.3}\n",
    )
    result = run_scenario(path)
    assert result.start_world.tariff[0, 1, 0] == pytest.approx(toy.tariff[0, 1, 0] + 0.3)
    result.start_world.check_identities(rtol=1e-8)


def test_model_options(tmp_path):
    path = write(
        tmp_path,
        """\
      - {date: 2019-01-01, kind: tariff, imposer: HOM, partners: [FOR], add: 0.2}
    """,
        extra="model: {kind: armington, elasticities: {goods: 6.0}, deficits: zero}\n",
    )
    result = run_scenario(path)
    world = result.data_world
    assert world.theta[world.sector_index("goods")] == 6.0
    assert np.all(world.va_share == 1.0)
    np.testing.assert_allclose(world.deficit, 0.0, atol=1e-7)


def test_us_china_2018_2019_returns_to_the_data_year_tariffs():
    """From the pre-war state, the lists rebuild the US tariffs of the 2022 data; China's
    statutory 2019 rates (PIIE: 21.1%) fall to the data's with its exclusions of 2020."""
    result = run_scenario("us-china-2018-2019")
    world = result.data_world
    usa, chn = world.country_index("USA"), world.country_index("CHN")
    goods = world.goods_indices
    weights = world.trade[chn, usa, goods]
    final = result.final.tariff_new
    average = lambda t, i, n, w: float((t[i, n, goods] * w).sum() / w.sum())  # noqa: E731
    assert average(final, chn, usa, weights) == pytest.approx(
        average(world.tariff, chn, usa, weights), abs=0.01
    )
    # China's retaliation: 21.1% on US goods against 6.1% on everyone else's (PIIE, 2020);
    # here its MFN part is at its duties collected, so the premium is what is compared
    weights = world.trade[usa, chn, goods]
    bra = world.country_index("BRA")
    premium = average(final, usa, chn, weights) - average(final, bra, chn, weights)
    assert premium == pytest.approx(0.211 - 0.061, abs=0.02)
    # China's MFN cuts of 2018 bring its rates on everyone else to the data year's
    for code in ("JPN", "EU", "BRA", "ROW"):
        i = world.country_index(code)
        np.testing.assert_allclose(final[i, chn, goods], world.tariff[i, chn, goods], atol=1e-4)
    # Phase One's tariff actions (its purchases are subsidies the solve adds to tariff_new)
    deal = load_scenario("phase-one-2020").scenario
    tariffs_only = [a for a in deal.actions if a.kind == "tariff"]
    phase_one = run_scenario(deal.model_copy(update={"actions": tariffs_only})).final.tariff_new
    np.testing.assert_allclose(phase_one[usa, chn, goods], world.tariff[usa, chn, goods], atol=1e-4)
    assert average(phase_one, chn, usa, world.trade[chn, usa, goods]) == pytest.approx(
        average(world.tariff, chn, usa, world.trade[chn, usa, goods]), abs=0.01
    )
    table = result.final.countries()
    # both belligerents lose; Vietnam and Mexico gain from trade diversion
    assert table.loc["USA", "welfare_pct"] < 0 and table.loc["CHN", "welfare_pct"] < 0
    assert table.loc["CHN", "welfare_pct"] < table.loc["USA", "welfare_pct"]
    assert table.loc["VNM", "welfare_pct"] > 0 and table.loc["MEX", "welfare_pct"] > 0
    assert result.start_world.tariff[chn, usa, goods].max() < 0.25


@pytest.mark.parametrize(
    "name",
    ["may-2019", "phase-one-2020", "us-china-2025", "ieepa-ruling-2026", "section-301-2026"],
)
def test_builtin_scenarios_run(name):
    result = run_scenario(name)
    assert result.steps and all(s.result.report.converged for s in result.steps)
    for step in result.steps:
        assert np.isfinite(step.result.welfare_hat).all()


def test_may_2019_tells_the_story():
    result = run_scenario("may-2019")
    labels = [label for step in result.steps for label in step.labels]
    assert "List 3 raised to 25%" in labels and "Huawei Entity List" in labels
    start = result.start_world
    usa, chn = start.country_index("USA"), start.country_index("CHN")
    electronics = start.sector_index("electronics")
    before = result.steps[0].result.equilibrium.trade[usa, chn, electronics]
    after = result.steps[1].result.equilibrium.trade[usa, chn, electronics]
    # the Huawei ban blocks its ~$11B a year of US purchases, measured in this state
    blocked = (before - after) * start.usd_per_unit
    assert blocked == pytest.approx(11e9, rel=0.02)
    loaded = load_scenario("may-2019")
    assert loaded.scenario.start.scenario == "us-china-2018-2019"


def test_ossa_model_kind(tmp_path):
    path = write(
        tmp_path,
        """\
      - {date: 2019-01-01, kind: tariff, imposer: HOM, partners: [FOR], add: 0.3}
    """,
        extra="model: {kind: ossa}\n",
    )
    result = run_scenario(path)
    world = result.data_world
    np.testing.assert_allclose(world.profit_share, np.broadcast_to(1 / (world.theta + 1), (3, 2)))
    assert result.final.report.converged


def test_ossa_data_with_the_ossa_model(tmp_path):
    from conftest import shared_path

    folder = shared_path("ossa2014")
    path = tmp_path / "ossa.yaml"
    path.write_text(
        textwrap.dedent(f"""\
        name: ossa-us-china
        baseline: {{format: ossa2014, path: {folder}}}
        model: {{kind: ossa}}
        actions:
          - {{date: 2019-01-01, kind: tariff, imposer: USA, partners: [CHN], add: 0.25}}
          - {{date: 2019-01-01, kind: tariff, imposer: CHN, partners: [USA], add: 0.25}}
    """)
    )
    table = run_scenario(path).final.countries()
    assert table.loc["USA", "welfare_pct"] < 0 and table.loc["CHN", "welfare_pct"] < 0


def test_a_failing_step_names_the_actions_of_its_date(tmp_path, monkeypatch):
    """The error points at the actions of the step that failed, with their lines."""
    import tradewar.scenario.timeline as timeline
    from tradewar.errors import EquilibriumError, ScenarioError

    path = write(
        tmp_path,
        """\
      - {date: 2019-01-01, kind: tariff, imposer: HOM, partners: [FOR], add: 0.1}
      - {date: 2019-06-01, kind: tariff, imposer: FOR, partners: [HOM], add: 0.1}
      - {date: 2019-06-01, kind: tariff, imposer: ROW, partners: [HOM], add: 0.1}
    """,
    )
    real = timeline.solve_policy
    calls = []

    def failing_second_step(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise EquilibriumError("no equilibrium")
        return real(*args, **kwargs)

    monkeypatch.setattr(timeline, "solve_policy", failing_second_step)
    with pytest.raises(ScenarioError) as info:
        run_scenario(path)
    message = str(info.value)
    assert "s.yaml:5: actions[1]: on 2019-06-01" in message
    assert "s.yaml:6: actions[2]: on 2019-06-01" in message
    assert "actions[0]" not in message


# ------------------------------------------------------------------ failure paths


def test_a_target_the_loop_cannot_meet_names_its_action(tmp_path, monkeypatch):
    """The wedge loop runs out (one outer iteration): a located error at the action."""
    import tradewar.results.solving as solving
    from tradewar.errors import ScenarioError

    monkeypatch.setattr(solving, "TARGET_MAX_ITER", 1)
    path = write(
        tmp_path,
        """\
      - {date: 2019-01-01, kind: tariff, imposer: HOM, partners: [FOR], add: 0.2}
      - {date: 2019-03-01, kind: export_control, exporter: HOM, partners: [FOR],
         sectors: [goods], coverage_share: 0.4}
    """,
    )
    with pytest.raises(ScenarioError) as info:
        run_scenario(path)
    message = str(info.value)
    assert "s.yaml:5: actions[1]: on 2019-03-01: the block target" in message
    assert "cannot be met" in message and "actions[0]" not in message


def test_a_start_target_the_loop_cannot_meet_names_the_start(tmp_path, monkeypatch):
    import tradewar.results.solving as solving
    from tradewar.errors import ScenarioError

    monkeypatch.setattr(solving, "TARGET_MAX_ITER", 1)
    path = write(
        tmp_path,
        """\
      - {date: 2020-01-01, kind: tariff, imposer: HOM, partners: [FOR], add: 0.1}
    """,
        extra="start:\n  actions:\n    - {date: 2019-01-01, kind: export_control, exporter: HOM, "
        "partners: [FOR], sectors: [goods], coverage_share: 0.4, rents: none}\n",
    )
    with pytest.raises(ScenarioError, match=r"s\.yaml:3: start: the block target .* cannot be met"):
        run_scenario(path)


@pytest.mark.parametrize(
    "action",
    [
        "{date: 2019-01-01, kind: currency, country: FOR, change: 0.1, "
        "model_as: tariff_equivalent}",
        "{date: 2019-01-01, kind: tariff, imposer: FOR, partners: [HOM], add: 0.1}, "
        "{date: 2019-01-01, kind: currency, country: HOM, change: -0.05, "
        "model_as: tariff_equivalent}",
    ],
)
def test_a_start_state_cannot_hold_export_taxes_or_currency_moves(tmp_path, action):
    from tradewar.errors import ScenarioError

    path = write(
        tmp_path,
        """\
      - {date: 2020-01-01, kind: tariff, imposer: HOM, partners: [FOR], add: 0.1}
    """,
        extra=f"start:\n  actions: [{action}]\n",
    )
    with pytest.raises(
        ScenarioError, match=r"s\.yaml:3: start: a start state cannot hold export taxes"
    ):
        run_scenario(path)


def test_a_start_state_that_cannot_be_solved_is_located(tmp_path):
    """A start off the data is solved first; its failure names the start, not a step."""
    from tradewar import SolverOptions
    from tradewar.errors import ScenarioError

    path = write(
        tmp_path,
        """\
      - {date: 2020-01-01, kind: tariff, imposer: HOM, partners: [FOR], add: 0.1}
    """,
        extra="start:\n  actions:\n    - {date: 2019-01-01, kind: tariff, imposer: FOR, "
        "partners: [HOM], add: 0.3}\n",
    )
    with pytest.raises(
        ScenarioError, match=r"s\.yaml:3: start: the start state cannot be solved: .*wages"
    ) as info:
        run_scenario(path, options=SolverOptions(max_iter=1))
    assert "actions[0]" not in str(info.value)


def _start_from(path, other, date="2019-06-01", own="2020-01-01"):
    path.write_text(
        "name: t\nbaseline: toy\n"
        f"start: {{scenario: {other}, date: {date}}}\n"
        "actions:\n"
        f"  - {{date: {own}, kind: tariff, imposer: HOM, partners: [FOR], add: 0.1}}\n"
    )
    return path


def test_a_scenario_that_starts_from_itself_is_circular(tmp_path):
    from tradewar.errors import ScenarioError

    path = tmp_path / "self.yaml"
    _start_from(path, path)
    with pytest.raises(ScenarioError, match=r"self\.yaml:3: start\.scenario: circular"):
        run_scenario(path)


def test_circular_start_scenarios_are_located_where_the_circle_closes(tmp_path):
    """a → b → c → a: the error is raised in the file that closes the circle."""
    from tradewar.errors import ScenarioError

    a, b, c = (tmp_path / f"{name}.yaml" for name in "abc")
    _start_from(a, b)
    _start_from(b, c)
    _start_from(c, a)
    with pytest.raises(ScenarioError, match=r"c\.yaml:3: start\.scenario: circular") as info:
        run_scenario(a)
    assert str(info.value).startswith(str(c))
    assert "(a.yaml -> b.yaml -> c.yaml -> a.yaml)" in str(info.value)


def test_a_chain_of_start_scenarios_applies_the_actions_up_to_each_date(tmp_path, toy):
    """c starts from b on a date, b from a data-world scenario on another: no circle."""
    a = write(
        tmp_path,
        """\
      - {date: 2019-01-01, kind: tariff, imposer: FOR, partners: [HOM], add: 0.3}
      - {date: 2019-09-01, kind: tariff, imposer: FOR, partners: [HOM], add: 0.2}
    """,
    )
    b = _start_from(tmp_path / "b.yaml", a, date="2019-06-01")
    c = _start_from(tmp_path / "c.yaml", b, date="2021-01-01", own="2021-06-01")
    result = run_scenario(c)
    # a's first action (before 2019-06-01), then b's own (before 2021-01-01)
    assert result.start_world.tariff[0, 1, 0] == pytest.approx(toy.tariff[0, 1, 0] + 0.3)
    assert result.start_world.tariff[1, 0, 0] == pytest.approx(toy.tariff[1, 0, 0] + 0.1)


def test_a_scenario_without_actions_that_cannot_be_solved_is_located(tmp_path, monkeypatch):
    """Its only solve is its start: the error is a located ScenarioError, not a bare one."""
    import tradewar.scenario.timeline as timeline
    from tradewar.errors import ConvergenceError, ScenarioError

    def failing(*args, **kwargs):
        raise ConvergenceError("wages did not converge", residual=1.0, n_iter=3, where="HOM")

    monkeypatch.setattr(timeline, "solve", failing)
    path = tmp_path / "empty.yaml"
    path.write_text("name: t\nbaseline: toy\nactions: []\n")
    with pytest.raises(
        ScenarioError,
        match=r"empty\.yaml:2: baseline: a scenario without actions is its start, which cannot",
    ):
        run_scenario(path)
    started = tmp_path / "started.yaml"
    started.write_text(
        "name: t\nbaseline: toy\nstart:\n  actions:\n"
        "    - {date: 2019-01-01, kind: tariff, imposer: FOR, partners: [HOM], add: 0.3}\n"
        "actions: []\n"
    )
    with pytest.raises(ScenarioError, match=r"started\.yaml:3: start: a scenario without"):
        run_scenario(started)


def test_the_pre_war_start_reproduces_2017_us_imports_from_china():
    """Undoing the trade war on the 2022 world gives back 2017's US imports from China.

    Census, 2017: US goods imports from China $505.5B of $2,339.6B (21.6%).  The
    model's levels are in 2022 dollars, so they are compared at the 2017 scale of
    total US goods imports.  (US exports to China do not match yet: China's tariffs
    are statutory, an upper bound; see docs/research/effective_tariffs.md.)
    """
    result = run_scenario({"name": "pre-war", "baseline": "default", "start": "pre-war-2017"})
    world = result.start_world
    usa, chn = world.country_index("USA"), world.country_index("CHN")
    goods = world.goods_indices
    imports = world.trade[:, usa][:, goods].sum(axis=1)
    imports[usa] = 0.0
    share = imports[chn] / imports.sum()
    assert share == pytest.approx(0.216, rel=0.10)
    assert imports[chn] * 2339.6 / imports.sum() == pytest.approx(505.5, rel=0.10)
    data = result.data_world
    before = data.trade[chn, usa, goods].sum() / (
        data.trade[:, usa][:, goods].sum() - data.trade[usa, usa, goods].sum()
    )
    assert before == pytest.approx(0.165, abs=0.01)  # 2022 (Census): 16.5%


def test_purchase_commitments_stated_as_a_level(tmp_path, toy):
    """A committed level a year, carried out in part: the flow ends at compliance × level."""
    i, n = toy.country_index("FOR"), toy.country_index("HOM")
    level = 1.3 * toy.trade[i, n, 0] * toy.usd_per_unit
    path = write(
        tmp_path,
        f"""\
      - {{date: 2020-02-14, kind: purchase_commitment, buyer: HOM, seller: FOR,
         sectors: [goods], level_usd: {level}, compliance: 0.9}}
    """,
    )
    bought = run_scenario(path).final.equilibrium.trade[i, n, 0] * toy.usd_per_unit
    assert bought == pytest.approx(0.9 * level, rel=1e-5)


def test_a_level_stated_against_2017_is_measured_in_the_pre_war_start(tmp_path):
    """Phase One style: 2017 purchases x (level / 2017 purchases) x compliance, in model flows."""
    from tradewar.scenario.start import reference_worlds
    from tradewar.scenario.timeline import as_scenario_file

    path = write(
        tmp_path,
        """\
      - {date: 2020-02-14, kind: purchase_commitment, buyer: CHN, seller: USA,
         sectors: [agriculture], level_usd: 33.5e9, reference_year: 2017,
         reference_usd: 21.0e9, compliance: 0.58}
    """,
        baseline="default",
    )
    result = run_scenario(path)
    world = result.data_world
    usa, chn = world.country_index("USA"), world.country_index("CHN")
    agriculture = world.sector_index("agriculture")
    pre_war = reference_worlds(as_scenario_file(path), world)(2017)
    electronics = world.sector_index("electronics")
    assert pre_war.tariff[chn, usa, electronics] < world.tariff[chn, usa, electronics]
    bought = result.final.equilibrium.trade[usa, chn, agriculture]
    expected = 0.58 * 33.5 / 21.0 * pre_war.trade[usa, chn, agriculture]
    assert bought == pytest.approx(expected, rel=1e-5)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ("level_usd: 1.0e9, reference_year: 2017", "give 'reference_year' and 'reference_usd'"),
        ("amount_usd: 1.0e9, reference_year: 2017, reference_usd: 1.0e9", "goes with 'level_usd'"),
        (
            "level_usd: 1.0e9, reference_year: 1999, reference_usd: 1.0e9",
            "reference_year: no policy state of 1999",
        ),
    ],
)
def test_reference_years_are_checked(tmp_path, fields, message):
    from tradewar.errors import ScenarioError

    path = write(
        tmp_path,
        f"""\
      - {{date: 2020-02-14, kind: purchase_commitment, buyer: CHN, seller: USA,
         sectors: [agriculture], {fields}}}
    """,
        baseline="default",
    )
    with pytest.raises(ScenarioError, match=message):
        run_scenario(path)
