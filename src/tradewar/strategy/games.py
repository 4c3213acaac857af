"""Escalation games: players move in turn, each by a rule, round after round.

A game starts from a world (a data set, or a scenario's state) and its tariffs.
In each round every player moves once, in order, on its tariffs on the other
players' goods, by its rule:

* ``best-response``: its optimal tariffs given everyone's current tariffs
  (:func:`~tradewar.strategy.optimal.best_response`, government welfare);
* ``tit-for-tat``: it matches the opponent's move since the start, rate and covered
  value (:func:`matched_rise`): the opponent raised its tariffs by Δ on a value C of
  the player's exports, so the player raises its tariffs by Δ on a value min(C, M) of
  its imports M from the opponent, spread over industries in proportion to those
  imports as a scenario's ``coverage_usd`` is (the US covers $250B of China's goods at
  25%; China, importing $130B, covers all of it at 25%);
* ``proportional:K``: by K times the opponent's rate, on the same value;
* ``fixed:R``: to the rate R on every industry (a fixed threat).

The game stops after ``rounds`` rounds, or earlier when a whole round changes no
tariff by more than ``tol`` (it has settled).  It reports the path of tariffs and
payoffs after every move, and, with ``deal=True``, the cooperative outcome of the
players from the game's end (:func:`~tradewar.strategy.questions.cooperative_tariffs`):
"deal vs no deal".
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from tradewar.baseline import Baseline
from tradewar.strategy.errors import StrategyError
from tradewar.strategy.gradients import PayoffFunction
from tradewar.strategy.instruments import check_bounds, country_index, instruments
from tradewar.strategy.optimal import best_response
from tradewar.strategy.results import StrategyResult
from tradewar.strategy.weights import resolve_weights

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "RULES",
    "GameMove",
    "GameResult",
    "Rule",
    "escalation_game",
    "matched_rise",
    "parse_rule",
]

#: The rules a player can follow.
RULES = ("best-response", "tit-for-tat", "proportional", "fixed")


@dataclass(frozen=True, slots=True)
class Rule:
    """How a player moves.

    Parameters
    ----------
    kind : str
        One of :data:`RULES`.
    value : float
        K of ``proportional``, R of ``fixed``; unused otherwise.
    """

    kind: str
    value: float = 0.0

    def __str__(self) -> str:
        return (
            f"{self.kind}:{self.value:g}" if self.kind in ("proportional", "fixed") else self.kind
        )


def parse_rule(text: str | Rule) -> Rule:
    """A rule from its name: ``best-response``, ``tit-for-tat``, ``proportional:K``, ``fixed:R``.

    Parameters
    ----------
    text : str or Rule
        The rule.

    Returns
    -------
    Rule
        The parsed rule.

    Raises
    ------
    StrategyError
        An unknown rule, or a value missing or not a number.
    """
    if isinstance(text, Rule):
        return text
    kind, _, value = str(text).partition(":")
    if kind not in RULES:
        raise StrategyError(f"unknown rule {text!r}: use one of {', '.join(RULES)}")
    if kind in ("proportional", "fixed"):
        try:
            number = float(value)
        except ValueError:
            raise StrategyError(f"rule {kind} needs a number, e.g. '{kind}:0.5'") from None
        if not np.isfinite(number) or number < (0 if kind == "proportional" else -1 + 1e-9):
            raise StrategyError(f"rule {text!r}: the number is out of range")
        return Rule(kind, number)
    if value:
        raise StrategyError(f"rule {kind} takes no number, got {text!r}")
    return Rule(kind)


@dataclass(frozen=True)
class GameMove:
    """One move of an escalation game.

    Parameters
    ----------
    round : int
        The round, from 1.
    player : str
        Who moved.
    rule : str
        By which rule.
    tariffs : dict of str to float
        The player's trade-weighted mean tariff on each opponent after the move.
    welfare : numpy.ndarray
        (N,) Ŵ of every country after the move, relative to the start.
    government : numpy.ndarray
        (N,) Ĝ after the move, relative to the start.
    change : float
        Largest change of the player's tariffs in the move.
    """

    round: int
    player: str
    rule: str
    tariffs: dict[str, float]
    welfare: np.ndarray
    government: np.ndarray
    change: float


@dataclass(frozen=True)
class GameResult:
    """The path of an escalation game, and the deal the players could strike instead.

    Parameters
    ----------
    world : Baseline
        The start.
    players : tuple of str
        The players, in the order they move.
    rules : dict of str to str
        Each player's rule.
    moves : list of GameMove
        Every move.
    tariffs : numpy.ndarray
        (N, N, S) the tariffs at the end.
    settled : bool
        Whether the last round changed no tariff by more than the tolerance.
    message : str
        How the game ended.
    seconds : float
        Wall time.
    deal : StrategyResult or None
        The players' cooperative tariffs from the game's end (threat point), if asked.
    """

    world: Baseline
    players: tuple[str, ...]
    rules: dict[str, str]
    moves: list[GameMove]
    tariffs: np.ndarray
    settled: bool
    message: str
    seconds: float
    deal: StrategyResult | None = field(default=None)

    def path(self) -> pd.DataFrame:
        """The path, one row per move.

        Returns
        -------
        pandas.DataFrame
            ``round``, ``player``, ``rule``, ``change``, the mover's mean tariff on
            each opponent (``tariff_on_X``, percent), and each player's
            ``welfare_pct_X`` and ``government_welfare_pct_X`` relative to the start.
        """
        import pandas as pd

        rows = []
        for move in self.moves:
            row: dict[str, Any] = {
                "round": move.round,
                "player": move.player,
                "rule": move.rule,
                "change": move.change,
            }
            for opponent, rate in move.tariffs.items():
                row[f"tariff_on_{opponent}"] = 100 * rate
            for p in self.players:
                j = self.world.countries.index(p)
                row[f"welfare_pct_{p}"] = 100 * (move.welfare[j] - 1)
                row[f"government_welfare_pct_{p}"] = 100 * (move.government[j] - 1)
            rows.append(row)
        return pd.DataFrame(rows)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready document: the moves, the end, and deal vs no deal.

        Returns
        -------
        dict
            ``players``, ``rules``, ``moves`` (each with ``tariffs`` in percent and
            ``welfare_pct`` and ``government_welfare_pct`` by player), ``settled``,
            ``message``, ``seconds``, ``start_tariffs_pct`` (each player's
            trade-weighted mean tariff on each opponent before any move, as the
            moves' ``tariffs_pct``), and ``deal`` (``welfare_pct`` and
            ``government_welfare_pct`` by player relative to the start, and the
            gains from the game's end) when computed.
        """
        world = self.world
        index = [world.countries.index(p) for p in self.players]

        def by_player(values: np.ndarray) -> dict[str, float]:
            return {
                p: round(100 * (float(values[world.countries.index(p)]) - 1), 6)
                for p in self.players
            }

        document: dict[str, Any] = {
            "world": world.name,
            "players": list(self.players),
            "rules": self.rules,
            "moves": [
                {
                    "round": m.round,
                    "player": m.player,
                    "rule": m.rule,
                    "tariffs_pct": {k: round(100 * v, 6) for k, v in m.tariffs.items()},
                    "welfare_pct": by_player(m.welfare),
                    "government_welfare_pct": by_player(m.government),
                    "change": m.change,
                }
                for m in self.moves
            ],
            "start_tariffs_pct": {
                world.countries[i]: {
                    world.countries[o]: round(100 * v, 6)
                    for o, v in _mean_tariffs(
                        world.tariff, world.trade, i, [o for o in index if o != i]
                    ).items()
                }
                for i in index
            },
            "settled": self.settled,
            "message": self.message,
            "seconds": round(self.seconds, 3),
        }
        if self.deal is not None:
            document["deal"] = {
                "welfare_pct": by_player(self.deal.welfare),
                "government_welfare_pct": by_player(self.deal.government),
                "gain_from_no_deal_pct": {
                    p: round(100 * float(self.deal.gains[world.countries.index(p)]), 6)
                    for p in self.players
                }
                if self.deal.gains is not None
                else {},
                "converged": self.deal.converged,
            }
        return document


def _mean_tariffs(
    tariffs: np.ndarray, flows: np.ndarray, importer: int, others: list[int]
) -> dict[int, float]:
    out = {}
    for o in others:
        weights = flows[o, importer, :]
        total = weights.sum()
        rates = tariffs[o, importer, :]
        out[o] = float((weights * rates).sum() / total) if total > 0 else float(rates.mean())
    return out


def matched_rise(
    start: np.ndarray,
    profile: np.ndarray,
    flows: np.ndarray,
    player: int,
    opponent: int,
    sectors: Sequence[int],
) -> np.ndarray:
    """The rise of the player's tariffs, by industry, that matches the opponent's move.

    Tariffs are indexed ``[exporter, importer, industry]``; ``x_s`` are the player's
    exports to the opponent in industry s and ``m_s`` its imports from it (the
    world's flows).  Since the start the opponent raised its rate on industry s by
    ``r_s = max(τ_s − τ⁰_s, 0)``.  Its move is a rate and a covered value:

        C = Σ_{s: r_s > 0} x_s      (the value it covers)
        Δ = Σ_s x_s r_s / C         (the trade-weighted rise on that value)

    (for a move of one rate on some industries, Δ is that rate and C their exports;
    the tariff equivalent of the move, ``Σ_s x_s r_s``, is ``Δ · C``).
    The match is the rate Δ on the value min(C, M), M = Σ_s m_s, spread over the
    player's industries in proportion to its imports (as ``coverage_usd`` is spread
    in a scenario): a rise of ``Δ · min(C, M) / M`` on every industry.  The tariff
    equivalent ``Σ_s m_s · rise`` equals ``Δ · min(C, M)``.

    Parameters
    ----------
    start : numpy.ndarray
        The tariffs at the start of the game, ``[exporter, importer, industry]``.
    profile : numpy.ndarray
        The tariffs now.
    flows : numpy.ndarray
        The world's trade flows, ``[exporter, importer, industry]``.
    player : int
        The index of the player that answers.
    opponent : int
        The index of the opponent whose move it answers.
    sectors : sequence of int
        The industries the player taxes.

    Returns
    -------
    numpy.ndarray
        The rise of the player's rates on the opponent's goods, one per industry of
        ``sectors`` (zeros when the opponent raised nothing).
    """
    idx = list(sectors)
    exports = flows[player, opponent, idx]
    imports = flows[opponent, player, idx]
    rose = np.maximum(profile[player, opponent, idx] - start[player, opponent, idx], 0.0)
    equivalent = float((exports * rose).sum())
    hit = float(exports[rose > 0].sum())
    total = float(imports.sum())
    if equivalent <= 0 or hit <= 0 or total <= 0:
        return np.zeros(len(idx))
    rate = equivalent / hit
    covered = min(hit, total)
    return np.full(len(idx), rate * covered / total)


def escalation_game(
    world: Baseline,
    players: Sequence[str],
    *,
    rounds: int = 10,
    rules: Mapping[str, str | Rule] | None = None,
    weights: Any = "plain",
    industries: Sequence[str] | None = None,
    bounds: tuple[float, float] = (0.0, 10.0),
    tol: float = 1e-3,
    deal: bool = True,
    callback: Callable[[GameMove], None] | None = None,
) -> GameResult:
    """Play an escalation game between the players on a world.

    Parameters
    ----------
    world : Baseline
        The start (its model applied; e.g. :func:`~tradewar.strategy.questions.scenario_world`).
    players : sequence of str
        Two or more players, in the order they move.
    rounds : int, default 10
        Most rounds.
    rules : mapping of str to str or Rule, optional
        Each player's rule (module docstring); ``best-response`` for those not named.
    weights : str, array-like or None, default "plain"
        Political-economy weights of the best responses and the deal.
    industries : sequence of str, optional
        The industries the players tax; the goods sectors when None.
    bounds : tuple of float, default (0, 10)
        Bounds of every rate.
    tol : float, default 1e-3
        The game has settled when a round changes no tariff by more than this.
    deal : bool, default True
        Also compute the players' cooperative tariffs from the game's end.
    callback : callable, optional
        Called with each :class:`GameMove` as it is made (progress).

    Returns
    -------
    GameResult
        The path, the end, and the deal.

    Raises
    ------
    StrategyError
        Fewer than two players, unknown players or rules, a rule for a non-player,
        bad bounds or rounds.
    """
    started = time.perf_counter()
    index = [country_index(world, str(p)) for p in players]
    if len(index) < 2 or len(set(index)) != len(index):
        raise StrategyError("a game needs two or more different players")
    if rounds < 1:
        raise StrategyError("a game needs at least one round")
    lower, upper = check_bounds(bounds)
    names = [world.countries[i] for i in index]
    parsed: dict[str, Rule] = {n: Rule("best-response") for n in names}
    for name, rule in (rules or {}).items():
        key = world.countries[country_index(world, str(name))]
        if key not in parsed:
            raise StrategyError(f"a rule is given for {name}, which is not a player")
        parsed[key] = parse_rule(rule)
    payoff = PayoffFunction(world, resolve_weights(world, weights))
    flows = world.trade
    sectors = (
        list(world.goods_indices)
        if industries is None
        else [world.sectors.index(s) if s in world.sectors else -1 for s in industries]
    )
    if -1 in sectors:
        bad = next(s for s in industries or [] if s not in world.sectors)
        raise StrategyError(f"unknown industry {bad!r}")
    profile = np.array(world.tariff, dtype=float)
    start = profile.copy()
    ins = {
        i: instruments(
            world,
            i,
            partners=[world.countries[o] for o in index if o != i],
            industries=[world.sectors[s] for s in sectors],
            bounds=(lower, upper),
        )
        for i in index
    }
    values: dict[int, np.ndarray | None] = {i: None for i in index}
    moves: list[GameMove] = []
    settled, message = False, ""
    for r in range(1, rounds + 1):
        largest = 0.0
        for i in index:
            rule = parsed[world.countries[i]]
            others = [o for o in index if o != i]
            before = profile.copy()
            if rule.kind == "best-response":
                response = best_response(payoff, ins[i], profile, start=values[i])
                values[i] = response.values
                profile = response.tariffs
            else:
                for o in others:
                    if rule.kind == "fixed":
                        new = np.full(len(sectors), rule.value)
                    else:
                        factor = 1.0 if rule.kind == "tit-for-tat" else rule.value
                        new = start[o, i, sectors] + factor * matched_rise(
                            start, profile, flows, i, o, sectors
                        )
                    profile[o, i, sectors] = np.clip(new, lower, upper)
            change = float(np.abs(profile - before).max())
            largest = max(largest, change)
            result = payoff.payoffs(profile)
            moves.append(
                GameMove(
                    round=r,
                    player=world.countries[i],
                    rule=str(rule),
                    tariffs={
                        world.countries[o]: v
                        for o, v in _mean_tariffs(profile, flows, i, others).items()
                    },
                    welfare=result.welfare,
                    government=result.government,
                    change=change,
                )
            )
            if callback is not None:
                callback(moves[-1])
        if largest <= tol:
            settled = True
            message = f"settled in round {r}: no move changed a tariff by more than {tol:g}"
            break
    if not settled:
        message = (
            f"not settled after {rounds} rounds (the last round changed a tariff by {largest:.2e})"
        )
    outcome = None
    if deal:
        from tradewar.strategy.questions import cooperative_tariffs

        outcome = cooperative_tariffs(
            world=world,
            model=None,
            weights=payoff.weights,
            players=names,
            threat=profile,
            industries=[world.sectors[s] for s in sectors],
            bounds=(lower, upper),
        )
    return GameResult(
        world=world,
        players=tuple(names),
        rules={k: str(v) for k, v in parsed.items()},
        moves=moves,
        tariffs=profile,
        settled=settled,
        message=message,
        seconds=time.perf_counter() - started,
        deal=outcome,
    )
