"""A start chain walked once (scenario.start.start_program) and built on several worlds."""

from __future__ import annotations

import textwrap

import numpy as np

from tradewar.scenario import load_scenario
from tradewar.scenario.start import start_program, start_state
from tradewar.scenario.world import build_setup


def test_may_2019_starts_from_a_named_state_and_dated_actions():
    loaded = load_scenario("may-2019")
    program = start_program(loaded, (loaded.source,))
    assert program.base.state == "pre-war-2017"
    assert program.steps and all(action.date is not None for _, _, action in program.steps)
    world, _ = build_setup(loaded)
    built = program.build(world)
    direct = start_state(loaded, world, (loaded.source,))
    np.testing.assert_array_equal(built.tariff, direct.tariff)
    assert len(built.targets) == len(direct.targets)
    # the same program on a world with other elasticities: the same tariffs
    again = program.build(world.replace(theta=2.0 * world.theta))
    np.testing.assert_array_equal(again.tariff, built.tariff)


def test_a_start_scenario_is_found_beside_the_file(tmp_path):
    # start scenarios named by a relative path are found beside the scenario that names them
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "first.yaml").write_text(
        textwrap.dedent(
            """\
            name: first
            baseline: toy
            actions:
            - {date: 2020-01-01, kind: tariff, imposer: HOM, partners: [FOR], add: 0.1}
            - {date: 2020-09-01, kind: tariff, imposer: FOR, partners: [HOM], add: 0.1}
            """
        )
    )
    (tmp_path / "sub" / "second.yaml").write_text(
        textwrap.dedent(
            """\
            name: second
            baseline: toy
            start: {scenario: first.yaml, date: 2020-06-01}
            actions:
            - {date: 2020-07-01, kind: tariff, imposer: FOR, partners: [HOM], add: 0.2}
            """
        )
    )
    loaded = load_scenario(str(tmp_path / "sub" / "second.yaml"))
    program = start_program(loaded, (loaded.source,))
    assert program.base.state == "data"
    assert [(file.scenario.name, i) for file, i, _ in program.steps] == [("first", 0)]
