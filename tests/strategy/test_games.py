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


@pytest.mark.parametrize(("threat", "answer"), [("USA", "CHN"), ("CHN", "USA")])
def test_tit_for_tat_matches_rate_and_covered_value(world, threat, answer):
    """The answer: the threat's rate on min(its covered value, the answerer's imports)."""
    game = escalation_game(
        world,
        [threat, answer],
        rounds=3,
        rules={threat: "fixed:0.3", answer: "tit-for-tat"},
        deal=False,
    )
    assert game.settled and [m.player for m in game.moves[:2]] == [threat, answer]
    t, a = world.countries.index(threat), world.countries.index(answer)
    goods = world.goods_indices
    np.testing.assert_allclose(game.tariffs[a, t, goods], 0.3)
    flows = world.trade
    exports = flows[a, t, goods]  # the answerer's goods the threat taxes
    imports = flows[t, a, goods]  # the answerer's imports from the threat
    rose = np.maximum(game.tariffs[a, t, goods] - world.tariff[a, t, goods], 0.0)
    hit = exports[rose > 0].sum()  # the value the threat covers (30% is below a few rates)
    assert 0 < hit < exports.sum()
    rate = (exports * rose).sum() / hit
    covered = min(hit, imports.sum())
    answered = game.tariffs[t, a, goods] - world.tariff[t, a, goods]
    # the same rate on the same value, or on all the answerer's imports when they are fewer
    np.testing.assert_allclose((imports * answered).sum(), rate * covered, rtol=1e-12)
    np.testing.assert_allclose(answered, answered[0])  # spread as coverage_usd is
    if hit > imports.sum():
        np.testing.assert_allclose(answered, rate)  # every import covered at the full rate
    # the rest of the world keeps its tariffs
    others = [world.countries.index(c) for c in ("BRA", "EU", "IND", "JPN", "ROW")]
    np.testing.assert_array_equal(game.tariffs[:, others, :], world.tariff[:, others, :])


def test_proportional_answer_scales_the_rate(world):
    us, cn = world.countries.index("USA"), world.countries.index("CHN")
    goods = world.goods_indices
    rises = {
        rule: escalation_game(
            world, ["USA", "CHN"], rounds=2, rules={"USA": "fixed:0.3", "CHN": rule}, deal=False
        ).tariffs[us, cn, goods]
        - world.tariff[us, cn, goods]
        for rule in ("proportional:0.5", "tit-for-tat")
    }
    np.testing.assert_allclose(rises["proportional:0.5"], 0.5 * rises["tit-for-tat"])


def test_best_responses_settle_and_a_deal_beats_no_deal(world):
    told = []
    game = escalation_game(world, ["USA", "CHN"], rounds=8, callback=told.append)
    assert game.settled, game.message
    assert told == game.moves  # every move reported as it is made
    path = game.path()
    assert list(path["player"][:2]) == ["USA", "CHN"] and "tariff_on_CHN" in path
    doc = game.to_dict()
    us, cn = world.countries.index("USA"), world.countries.index("CHN")
    imports = world.trade[cn, us]
    start = 100 * (imports * world.tariff[cn, us]).sum() / imports.sum()
    assert doc["start_tariffs_pct"]["USA"]["CHN"] == pytest.approx(start, abs=1e-5)
    assert set(doc["start_tariffs_pct"]) == {"USA", "CHN"}
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
