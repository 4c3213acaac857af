"""Actions from Python: builders and ``parse_action`` give located one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import tradewar as tw
from tradewar.errors import PolicyError
from tradewar.policy.actions import parse_action

SCHEMA = Path(__file__).resolve().parents[2] / "docs" / "scenario.schema.json"


def _error(make) -> PolicyError:
    """The PolicyError ``make()`` raises, checked to be one line."""
    with pytest.raises(PolicyError) as info:
        make()
    assert "\n" not in str(info.value)
    return info.value


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (
            lambda: tw.tariff(imposer="USA", ad=0.1),
            "tariff.ad: unknown field 'ad'; did you mean 'add'?",
        ),
        (
            lambda: tw.tariff(imposer="USA", rate=0.1),
            "tariff.rate: unknown field 'rate'; did you mean 'set' or 'add'?",
        ),
        (
            lambda: tw.tariff(imposer="USA", partner=["CHN"], add=0.1),
            "tariff.partner: unknown field 'partner'; did you mean 'partners'?",
        ),
        (
            lambda: tw.tariff(imposer="USA", set=0.1, add=0.1),
            "tariff: give exactly one of 'set' and 'add'",
        ),
        (
            lambda: tw.tariff(imposer="USA", add="x"),
            "tariff.add: expected a number or a mapping of sector to number, got 'x'",
        ),
        (
            lambda: tw.tariff(imposer="USA", partners=3, add=0.1),
            "tariff.partners: expected a country, a list of countries or 'all', got 3",
        ),
        (
            lambda: tw.tariff(imposer="USA", partners=["CHN", 3], add=0.1),
            "tariff.partners[1]: must be a valid string, got 3",
        ),
        (
            lambda: tw.tariff(imposer="USA", add={"food": "x"}),
            "tariff.add.food: must be a valid number, got 'x'",
        ),
        (
            lambda: tw.tariff(imposer="USA", add=0.1, coverage_usd=-5),
            "tariff.coverage_usd: must be greater than 0, got -5 (-$5)",
        ),
        (
            lambda: tw.tariff(imposer="USA", add=0.1, coverage_usd=-10e9),
            "tariff.coverage_usd: must be greater than 0, got -10000000000.0 (-$10.0 billion)",
        ),
        (
            lambda: tw.tariff(imposer="USA", add=0.1, covered_share=-0.2),
            "tariff: 'covered_share' is a share of the imports, from 0 to 1 (0.5 is half), "
            "got -0.2",
        ),
        (
            lambda: tw.export_control("USA", coverage_share=1.5),
            "export_control.coverage_share: must be less than or equal to 1, got 1.5",
        ),
        (
            lambda: tw.trade_cost(exporters="USA", change=0.1),
            "trade_cost.importers: required, but not given",
        ),
        (
            lambda: tw.purchase_commitment("CHN", "USA", amount_usd=0),
            "purchase_commitment.amount_usd: 'amount_usd' must not be zero",
        ),
        (lambda: tw.currency("CHN", -2), "currency.change: must be greater than -1, got -2"),
        (
            lambda: parse_action({"kind": "tariff", "imposr": "USA", "add": 0.1}),
            "tariff.imposr: unknown field 'imposr'; did you mean 'imposer'?",
        ),
    ],
)
def test_builders_raise_located_policy_errors(make, message):
    assert str(_error(make)) == message


def test_the_error_keeps_its_path():
    error = _error(lambda: tw.tariff(imposer="USA", ad=0.1))
    assert error.path == ("tariff", "ad")
    assert error.message == "unknown field 'ad'; did you mean 'add'?"


def test_parse_action_names_the_kind_and_takes_a_path():
    assert str(_error(lambda: parse_action({"kind": "tarif", "imposer": "USA"}))) == (
        "kind: unknown kind 'tarif'; did you mean 'tariff'?"
    )
    assert "missing 'kind', one of 'tariff'" in str(_error(lambda: parse_action({"add": 0.1})))
    assert str(_error(lambda: parse_action({"kind": "tariff", "ad": 0.1}, path=("x", 2)))) == (
        "x[2].ad: unknown field 'ad'; did you mean 'add'?"
    )
    assert "an action is a mapping" in str(_error(lambda: parse_action("tariff")))


def test_compile_locates_dict_errors_in_the_list(toy):
    actions = [
        {"kind": "tariff", "imposer": "HOM", "add": 0.1},
        {"kind": "tariff", "imposer": "HOM", "ad": 0.1},
    ]
    error = _error(lambda: tw.compile_policy(toy, actions))
    assert str(error) == "actions[1].ad: unknown field 'ad'; did you mean 'add'?"
    assert error.path == ("actions", 1, "ad")
    error = _error(lambda: tw.compile_policy(toy, [{"kind": "tarrif", "imposer": "HOM"}]))
    assert str(error) == "actions[0].kind: unknown kind 'tarrif'; did you mean 'tariff'?"


def test_a_single_name_is_a_list_of_one():
    assert tw.tariff(imposer="USA", partners="CHN", add=0.1).partners == ["CHN"]
    assert tw.tariff(imposer="USA", sectors="food", add=0.1).sectors == ["food"]
    assert tw.trade_cost(exporters="USA", importers="China", change=0.1).importers == ["China"]
    assert tw.export_control("USA", partners="CHN", tariff_equivalent=1).partners == ["CHN"]
    assert tw.purchase_commitment("CHN", "USA", sectors="food", amount_usd=1e9).sectors == ["food"]


def test_keywords_stay_keywords():
    assert tw.tariff(imposer="USA", partners="all", sectors="goods", add=0.1).partners == "all"
    assert tw.tariff(imposer="USA", sectors="all", add=0.1).sectors == "all"
    # "goods" is a keyword of sectors only: as partners it is a country name
    assert tw.tariff(imposer="USA", partners="goods", add=0.1).partners == ["goods"]


def test_a_single_name_solves_like_its_list(toy):
    one = tw.compile_policy(toy, [tw.tariff(imposer="HOM", partners="FOR", add=0.1)])
    listed = tw.compile_policy(toy, [tw.tariff(imposer="HOM", partners=["FOR"], add=0.1)])
    assert (one.tariff == listed.tariff).all()


def test_the_json_schema_admits_a_single_name():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    base = {"name": "x", "baseline": "toy"}
    action = {"date": "2019-05-10", "kind": "tariff", "imposer": "HOM", "add": 0.1}
    for partners in ("FOR", ["FOR"], "all"):
        jsonschema.validate({**base, "actions": [{**action, "partners": partners}]}, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**base, "actions": [{**action, "partners": 3}]}, schema)
