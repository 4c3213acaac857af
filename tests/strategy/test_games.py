"""Escalation games (tradewar.strategy.games) and the tradewar game command."""

import json

import numpy as np
import pytest
from typer.testing import CliRunner

import tradewar as tw
from tradewar.cli.app import app
from tradewar.strategy import StrategyError, escalation_game
from tradewar.strategy.games import parse_rule


@pytest.fixture(scope="module")
def world():
    return tw.strategy.strategy_world()


def test_tit_for_tat_answers_a_fixed_threat(world):
    game = escalation_game(
        world,
        ["USA", "CHN"],
        rounds=3,
        rules={"USA": "fixed:0.3", "CHN": "tit-for-tat"},
        deal=False,
    )
    assert game.settled and [m.player for m in game.moves[:2]] == ["USA", "CHN"]
    us, cn = world.countries.index("USA"), world.countries.index("CHN")
    goods = world.goods_indices
    np.testing.assert_allclose(game.tariffs[cn, us, goods], 0.3)
    flows = world.trade
    rise = (flows[cn, us] * (game.tariffs[cn, us] - world.tariff[cn, us])).sum() / flows[
        cn, us
    ].sum()
    share = min(1.0, flows[cn, us].sum() / flows[us, cn].sum())
    np.testing.assert_allclose(
        game.tariffs[us, cn, goods], world.tariff[us, cn, goods] + rise * share
    )
    # the rest of the world keeps its tariffs
    others = [world.countries.index(c) for c in ("BRA", "EU", "IND", "JPN", "ROW")]
    np.testing.assert_array_equal(game.tariffs[:, others, :], world.tariff[:, others, :])


def test_best_responses_settle_and_a_deal_beats_no_deal(world):
    game = escalation_game(world, ["USA", "CHN"], rounds=8)
    assert game.settled, game.message
    path = game.path()
    assert list(path["player"][:2]) == ["USA", "CHN"] and "tariff_on_CHN" in path
    doc = game.to_dict()
    gains = doc["deal"]["gain_from_no_deal_pct"]
    assert doc["deal"]["converged"] and min(gains.values()) > 0
    assert abs(gains["USA"] - gains["CHN"]) < 1e-2


@pytest.mark.parametrize(
    ("players", "rules", "message"),
    [
        (["USA"], None, "two or more"),
        (["USA", "CHN"], {"CHN": "revenge"}, "unknown rule"),
        (["USA", "CHN"], {"EU": "tit-for-tat"}, "not a player"),
        (["USA", "CHN"], {"CHN": "proportional:x"}, "needs a number"),
        (["USA", "XYZ"], None, "unknown country"),
    ],
)
def test_bad_games(world, players, rules, message):
    with pytest.raises(StrategyError, match=message):
        escalation_game(world, players, rules=rules, deal=False)


def test_rules_parse():
    assert str(parse_rule("proportional:0.5")) == "proportional:0.5"
    assert parse_rule("best-response").kind == "best-response"
    with pytest.raises(StrategyError):
        parse_rule("tit-for-tat:2")


def test_game_command():
    runner = CliRunner()
    result = runner.invoke(
        app,
        [
            "game",
            "may-2019",
            "--players",
            "USA,CHN",
            "--rounds",
            "2",
            "--rule",
            "CHN=tit-for-tat",
            "--no-deal",
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["players"] == ["USA", "CHN"] and doc["rules"]["CHN"] == "tit-for-tat"
    assert doc["moves"] and "deal" not in doc
    bad = runner.invoke(app, ["game", "may-2019", "--rule", "CHN"])
    assert bad.exit_code == 1 and "PLAYER=RULE" in bad.output
