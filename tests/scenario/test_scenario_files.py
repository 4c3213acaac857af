"""Scenario files: fields, names and contradictions rejected with file, line and field."""

import json
import textwrap

import pytest

from tradewar.errors import ScenarioError
from tradewar.scenario import builtin_scenarios, json_schema, load_scenario
from tradewar.scenario.timeline import check_scenario


def write(tmp_path, text, name="s.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text))
    return path


HEADER = """\
name: test
baseline: toy
actions:
"""


def check(path):
    return check_scenario(load_scenario(path))


def test_every_builtin_scenario_validates():
    names = set(builtin_scenarios())
    assert {
        "us-china-2018-2019",
        "may-2019",
        "phase-one-2020",
        "us-china-2025",
        "ieepa-ruling-2026",
        "section-301-2026",
    } <= names
    for name in names:
        loaded = load_scenario(name)
        assert loaded.scenario.sources, f"{name} cites no source"
        check_scenario(loaded)


def test_json_schema_exports():
    schema = json_schema()
    assert schema["title"] == "tradewar scenario"
    text = json.dumps(schema)
    for kind in ("tariff", "export_control", "trade_cost", "purchase_commitment", "currency"):
        assert kind in text


def test_unknown_kind_names_line_and_field(tmp_path):
    path = write(
        tmp_path,
        HEADER
        + """\
      - date: 2019-05-10
        kind: tarif
        imposer: HOM
    """,
    )
    with pytest.raises(ScenarioError) as info:
        load_scenario(path)
    assert f"{path}:5: actions[0].kind" in str(info.value)
    assert info.value.line == 5


def test_missing_required_field(tmp_path):
    path = write(
        tmp_path,
        HEADER
        + """\
      - date: 2019-05-10
        kind: tariff
        partners: [FOR]
        add: 0.1
    """,
    )
    with pytest.raises(ScenarioError, match=r"actions\[0\].imposer: required, but not given"):
        load_scenario(path)


def test_a_start_mapping_gets_its_own_error_not_the_string_branchs(tmp_path):
    path = write(tmp_path, "name: test\nbaseline: toy\nstart:\n  scenario: may-2019\n")
    with pytest.raises(ScenarioError) as caught:
        load_scenario(path)
    assert [(line, field, msg) for line, field, msg in caught.value.problems] == [
        (3, "start", "'scenario' needs 'date'")
    ]
    # a scalar of the wrong kind still gets the union's errors
    path = write(tmp_path, "name: test\nbaseline: toy\nstart: [1, 2]\n")
    with pytest.raises(ScenarioError, match="start"):
        load_scenario(path)


def test_a_bad_name_is_told_in_words_not_as_a_pattern(tmp_path):
    path = write(tmp_path, "name: My Scenario\nbaseline: toy\nactions: []\n")
    with pytest.raises(ScenarioError, match="lowercase letters, digits and dashes") as caught:
        load_scenario(path)
    assert "^[a-z0-9]" not in str(caught.value) and "'My Scenario'" in str(caught.value)


def test_unknown_country_suggests_the_nearest(tmp_path):
    path = write(
        tmp_path,
        HEADER
        + """\
      - date: 2019-05-10
        kind: tariff
        imposer: HOM
        partners: [FRO]
        add: 0.1
    """,
    )
    with pytest.raises(ScenarioError) as info:
        check(path)
    message = str(info.value)
    assert ":7: actions[0].partners[0]:" in message
    assert "did you mean" in message and "'FOR'" in message


def test_unknown_sector_suggests_the_nearest(tmp_path):
    path = write(
        tmp_path,
        HEADER
        + """\
      - date: 2019-05-10
        kind: tariff
        imposer: HOM
        sectors: [good]
        add: 0.1
    """,
    )
    with pytest.raises(ScenarioError, match=r":7: actions\[0\].sectors\[0\]: .*'goods'"):
        check(path)


def test_country_by_name_is_accepted(tmp_path):
    world_file = write(
        tmp_path,
        """\
      name: named
      baseline: default
      actions:
        - {date: 2019-05-10, kind: tariff, imposer: United States, partners: [China], add: 0.1}
    """,
    )
    check(world_file)


def test_rate_below_minus_100_percent(tmp_path):
    path = write(
        tmp_path,
        HEADER
        + """\
      - {date: 2019-05-10, kind: tariff, imposer: HOM, set: -1.5}
    """,
    )
    with pytest.raises(ScenarioError, match=r":4: actions\[0\]\.set: must be above -1"):
        load_scenario(path)
    path = write(
        tmp_path,
        HEADER
        + """\
      - {date: 2019-05-10, kind: tariff, imposer: HOM, add: -2.0}
    """,
    )
    with pytest.raises(ScenarioError, match=r"actions\[0\].add: the resulting tariff"):
        check(path)


def test_same_date_contradiction(tmp_path):
    path = write(
        tmp_path,
        HEADER
        + """\
      - {date: 2019-05-10, kind: tariff, imposer: HOM, partners: [FOR], set: 0.25}
      - {date: 2019-05-10, kind: tariff, imposer: HOM, partners: [FOR, ROW], set: 0.10}
    """,
    )
    with pytest.raises(ScenarioError, match=r":5: actions\[1\].set: contradicts action 0"):
        check(path)


def test_set_and_add_on_the_same_date_are_ambiguous(tmp_path):
    path = write(
        tmp_path,
        HEADER
        + """\
      - {date: 2019-05-10, kind: tariff, imposer: HOM, partners: [FOR], set: 0.25}
      - {date: 2019-05-10, kind: tariff, imposer: HOM, partners: [FOR], add: 0.10}
    """,
    )
    with pytest.raises(ScenarioError, match="order is ambiguous"):
        check(path)


def test_coverage_larger_than_trade(tmp_path):
    path = write(
        tmp_path,
        HEADER
        + """\
      - {date: 2019-05-10, kind: tariff, imposer: HOM, partners: [FOR], sectors: [goods],
         add: 0.25, coverage_usd: 5.0e13}
    """,
    )
    with pytest.raises(ScenarioError, match=r"actions\[0\].coverage_usd: covers .* imports only"):
        check(path)


def test_purchase_commitment_that_cannot_be_met(tmp_path):
    path = write(
        tmp_path,
        HEADER
        + """\
      - {date: 2019-05-10, kind: purchase_commitment, buyer: FOR, seller: HOM,
         sectors: [goods], amount_usd: -5.0e13}
    """,
    )
    with pytest.raises(ScenarioError, match=r"actions\[0\].amount_usd: a cut of .* exceeds"):
        check(path)


def test_extends_and_remove_actions(tmp_path):
    write(
        tmp_path,
        HEADER
        + """\
      - {date: 2019-05-10, kind: tariff, imposer: HOM, partners: [FOR], add: 0.1, label: war}
      - {date: 2019-06-10, kind: tariff, imposer: HOM, partners: [FOR], add: -0.1, label: deal}
    """,
        name="base.yaml",
    )
    child = write(
        tmp_path,
        """\
      name: no-deal
      extends: base.yaml
      remove_actions: [deal]
      actions:
        - {date: 2019-07-01, kind: tariff, imposer: FOR, partners: [HOM], add: 0.1}
    """,
        name="child.yaml",
    )
    loaded = load_scenario(child)
    labels = [a.label for a in loaded.scenario.actions]
    assert labels == ["war", None]
    assert loaded.scenario.name == "no-deal"


def test_errors_in_inherited_actions_point_to_the_parent_file(tmp_path):
    parent = write(
        tmp_path,
        HEADER
        + """\
      - {date: 2019-05-10, kind: tariff, imposer: HOMM, add: 0.1}
    """,
        name="parent.yaml",
    )
    child = write(tmp_path, "name: child\nextends: parent.yaml\n", name="child.yaml")
    with pytest.raises(ScenarioError) as info:
        check(child)
    assert str(parent) in str(info.value) and ":4:" in str(info.value)


def test_circular_extends(tmp_path):
    write(tmp_path, "name: a\nextends: b.yaml\n", name="a.yaml")
    write(tmp_path, "name: b\nextends: a.yaml\n", name="b.yaml")
    with pytest.raises(ScenarioError, match="circular"):
        load_scenario(tmp_path / "a.yaml")


def test_yaml_syntax_error_has_a_line(tmp_path):
    path = write(tmp_path, "name: x\nactions: [\n  - oops: 1\n")
    with pytest.raises(ScenarioError, match="invalid YAML") as info:
        load_scenario(path)
    assert info.value.line is not None


def test_duplicate_keys(tmp_path):
    path = write(tmp_path, "name: x\nname: y\n")
    with pytest.raises(ScenarioError, match=":2: name: duplicate key"):
        load_scenario(path)


def test_unknown_builtin_suggests():
    with pytest.raises(ScenarioError, match="did you mean 'may-2019'"):
        load_scenario("may-2018")


def test_unknown_field_is_rejected(tmp_path):
    path = write(tmp_path, "name: x\nbaseline: toy\ntariff: 3\n")
    with pytest.raises(ScenarioError, match=":3: tariff: unknown field 'tariff'"):
        load_scenario(path)


def test_misspelt_fields_get_the_nearest_name(tmp_path):
    path = write(
        tmp_path,
        "name: x\nbaseline: toy\nmodle: {kind: armington}\nactions:\n"
        "  - {date: 2019-01-01, kind: tariff, imposer: HOM, ad: 0.1}\n",
    )
    with pytest.raises(ScenarioError) as info:
        load_scenario(path)
    message = str(info.value)
    assert ":5: actions[0].ad: unknown field 'ad'; did you mean 'add'?" in message
    assert ":3: modle: unknown field 'modle'; did you mean 'model'?" in message


def test_usd_amounts_need_a_currency_unit(tmp_path):
    gravity = tmp_path / "g.csv"
    gravity.write_text("exporter,importer,trade\nA,A,10\nA,B,2\nB,A,3\nB,B,20\n")
    path = write(
        tmp_path,
        f"""\
      name: g
      baseline: {{format: gravity, path: {gravity}}}
      actions:
        - {{date: 2019-05-10, kind: purchase_commitment, buyer: A, seller: B, sectors: all,
           amount_usd: 1.0e9}}
    """,
    )
    with pytest.raises(ScenarioError, match="has no currency unit"):
        check(path)


def test_examples_validate():
    from pathlib import Path

    examples = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.yaml"))
    assert examples
    for path in examples:
        check_scenario(load_scenario(path))  # gravity examples name built-in data sets


def test_committed_json_schema_is_current():
    from pathlib import Path

    committed = Path(__file__).resolve().parents[2] / "docs" / "scenario.schema.json"
    assert json.loads(committed.read_text()) == json.loads(json.dumps(json_schema()))
