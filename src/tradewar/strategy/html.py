"""Self-contained HTML reports of strategic results: tables and inline SVG charts.

No JavaScript and no dependency: the charts are SVG written here (payoffs by
country; for a trade war the largest tariff change and every player's welfare
round by round; for a game the tariffs and welfare after every move, and deal
vs no deal), so that a report opens offline in any browser.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

import numpy as np

from tradewar.strategy.games import GameResult
from tradewar.strategy.results import StrategyResult

__all__ = ["bar_chart", "line_chart", "report_html"]

_COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f")
_STYLE = """
body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 60em; color: #222; }
table { border-collapse: collapse; margin: 1em 0; }
td, th { border-bottom: 1px solid #ddd; padding: 0.2em 0.8em; text-align: right; }
th:first-child, td:first-child { text-align: left; }
.note { color: #a00; }
svg text { font-size: 11px; }
"""


def _ticks(lo: float, hi: float, n: int = 5) -> list[float]:
    if hi <= lo:
        hi = lo + 1.0
    step = 10 ** np.floor(np.log10((hi - lo) / n))
    for m in (1, 2, 5, 10):
        if (hi - lo) / (step * m) <= n:
            step *= m
            break
    start = np.ceil(lo / step) * step
    return [float(x) for x in np.arange(start, hi + step / 2, step)]


def line_chart(
    series: Mapping[str, Sequence[float]], title: str, ylabel: str, xlabel: str = ""
) -> str:
    """An SVG line chart.

    Parameters
    ----------
    series : mapping of str to sequence of float
        Lines by name, all of one length (x = 1, 2, ...); NaN leaves a gap.
    title : str
        The title.
    ylabel : str
        The label of the y axis.
    xlabel : str, default ""
        The label of the x axis.

    Returns
    -------
    str
        The ``<svg>`` element.
    """
    width, height, left, right, top, bottom = 720, 300, 60, 210, 40, 40
    values = np.array([v for s in series.values() for v in s], dtype=float)
    finite = values[np.isfinite(values)]
    lo, hi = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 1.0)
    if lo == hi:
        lo, hi = lo - 1, hi + 1
    length = max((len(s) for s in series.values()), default=1)

    def x(i: float) -> float:
        return left + (width - left - right) * (i / max(length - 1, 1))

    def y(v: float) -> float:
        return top + (height - top - bottom) * (1 - (v - lo) / (hi - lo))

    parts = [
        f'<svg width="{width}" height="{height}" role="img" aria-label="{html.escape(title)}">',
        f'<text x="{left}" y="16" font-weight="bold">{html.escape(title)}</text>',
    ]
    for tick in _ticks(lo, hi):
        parts.append(
            f'<line x1="{left}" x2="{width - right}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" '
            'stroke="#eee"/>'
            f'<text x="{left - 6}" y="{y(tick) + 4:.1f}" text-anchor="end">{tick:g}</text>'
        )
    every = max(1, length // 10)
    for i in range(0, length, every):
        parts.append(
            f'<text x="{x(i):.1f}" y="{height - bottom + 14}" text-anchor="middle">{i + 1}</text>'
        )
    parts.append(
        f'<text x="12" y="{top + (height - top - bottom) / 2:.0f}" '
        f'transform="rotate(-90 12 {top + (height - top - bottom) / 2:.0f})" '
        f'text-anchor="middle">{html.escape(ylabel)}</text>'
        f'<text x="{(left + width - right) / 2:.0f}" y="{height - 6}" '
        f'text-anchor="middle">{html.escape(xlabel)}</text>'
    )
    for k, (name, values_k) in enumerate(series.items()):
        colour = _COLOURS[k % len(_COLOURS)]
        points = " ".join(
            f"{x(i):.1f},{y(v):.1f}" for i, v in enumerate(values_k) if np.isfinite(v)
        )
        parts.append(
            f'<polyline fill="none" stroke="{colour}" stroke-width="2" points="{points}"/>'
        )
        parts.append(
            f'<text x="{width - right + 8}" y="{top + 14 * k + 10}" fill="{colour}">'
            f"{html.escape(name)}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def bar_chart(categories: Sequence[str], series: Mapping[str, Sequence[float]], title: str) -> str:
    """An SVG chart of grouped horizontal bars.

    Parameters
    ----------
    categories : sequence of str
        The groups (countries).
    series : mapping of str to sequence of float
        Bars by name, one value per group.
    title : str
        The title.

    Returns
    -------
    str
        The ``<svg>`` element.
    """
    width, left, right, bar = 720, 70, 230, 12
    n_series = max(len(series), 1)
    height = 40 + len(categories) * (bar * n_series + 8)
    values = np.array([v for s in series.values() for v in s], dtype=float)
    lo, hi = min(0.0, float(np.nanmin(values))), max(0.0, float(np.nanmax(values)))
    if lo == hi:
        hi = lo + 1.0

    def x(v: float) -> float:
        return left + (width - left - right) * (v - lo) / (hi - lo)

    parts = [
        f'<svg width="{width}" height="{height}" role="img" aria-label="{html.escape(title)}">',
        f'<text x="{left}" y="16" font-weight="bold">{html.escape(title)}</text>',
        f'<line x1="{x(0):.1f}" x2="{x(0):.1f}" y1="24" y2="{height - 8}" stroke="#999"/>',
    ]
    for g, category in enumerate(categories):
        y0 = 30 + g * (bar * n_series + 8)
        parts.append(
            f'<text x="{left - 6}" y="{y0 + bar}" text-anchor="end">{html.escape(category)}</text>'
        )
        for k, values_k in enumerate(series.values()):
            v = float(values_k[g])
            if not np.isfinite(v):
                continue
            a, b = sorted((x(0), x(v)))
            colour = _COLOURS[k % len(_COLOURS)]
            parts.append(
                f'<rect x="{a:.1f}" y="{y0 + k * bar}" width="{max(b - a, 0.5):.1f}" '
                f'height="{bar - 2}" fill="{colour}"><title>{v:+.3f}</title></rect>'
            )
    for k, name in enumerate(series):
        parts.append(
            f'<text x="{width - right + 8}" y="{40 + 14 * k}" fill="{_COLOURS[k % len(_COLOURS)]}">'
            f"{html.escape(name)}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def _page(title: str, body: list[str]) -> str:
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)}</title><style>{_STYLE}</style></head><body>"
        f"<h1>{html.escape(title)}</h1>" + "".join(body) + "</body></html>"
    )


def report_html(result: StrategyResult | GameResult) -> str:
    """A self-contained HTML report of a strategic result.

    Parameters
    ----------
    result : StrategyResult or GameResult
        Optimal, Nash or cooperative tariffs, or an escalation game.

    Returns
    -------
    str
        The HTML document.
    """
    if isinstance(result, GameResult):
        return _game_page(result)
    titles = {
        "optimal": "Optimal tariffs",
        "nash": "Nash tariffs: a trade war",
        "cooperative": "Cooperative tariffs: trade talks",
    }
    frame = result.countries()
    status = "converged" if result.converged else "NOT converged"
    body = [
        f"<p>World: {html.escape(result.world.name)}; weights: {html.escape(result.weights)}; "
        f"players: {html.escape(', '.join(result.players))}; {status} after "
        f"{result.iterations} iteration(s) in {result.seconds:.1f} s"
        + (f"; threat point: {html.escape(result.threat)}" if result.threat else "")
        + "</p>",
        f"<p class='{'' if result.converged else 'note'}'>{html.escape(result.message)}</p>",
    ]
    series = {
        "government welfare, %": list(frame["government_welfare_pct"]),
        "welfare, %": list(frame["welfare_pct"]),
    }
    if "gain_pct" in frame:
        series = {
            "gain from the threat point (government), %": list(frame["gain_pct"]),
            "gain (welfare), %": list(frame["welfare_gain_pct"]),
        }
    body.append(bar_chart(list(frame.index), series, "Payoffs by country"))
    body.append(
        bar_chart(
            list(frame.index),
            {
                "median tariff, %": list(frame["median_tariff_pct"]),
                "before, %": list(frame["median_tariff_base_pct"]),
            },
            "Median tariffs",
        )
    )
    if result.rounds:
        body.append(
            line_chart(
                {
                    "log10 largest tariff change": [
                        np.log10(max(r.max_change, 1e-12)) for r in result.rounds
                    ]
                },
                "Convergence of the best responses",
                "log10 change",
                "round",
            )
        )
        players = [result.world.countries.index(p) for p in result.players]
        body.append(
            line_chart(
                {
                    result.world.countries[j]: [100 * (r.welfare[j] - 1) for r in result.rounds]
                    for j in players
                },
                "Welfare of the players after each round",
                "% change",
                "round",
            )
        )
    body.append(frame.round(3).to_html(classes="countries"))
    return _page(titles.get(result.kind, result.kind), body)


def _game_page(game: GameResult) -> str:
    path = game.path()
    body = [
        f"<p>Start: {html.escape(game.world.name)}; "
        + ", ".join(f"{html.escape(p)} ({html.escape(r)})" for p, r in game.rules.items())
        + f"; {html.escape(game.message)} ({game.seconds:.1f} s)</p>"
    ]
    tariff_series = {}
    for player in game.players:
        for opponent in game.players:
            column = f"tariff_on_{opponent}"
            if opponent == player or column not in path:
                continue
            values = path[column].where(path["player"] == player).ffill()
            tariff_series[f"{player} on {opponent}"] = list(values.fillna(np.nan))
    body.append(line_chart(tariff_series, "Tariffs after each move", "mean tariff, %", "move"))
    body.append(
        line_chart(
            {p: list(path[f"welfare_pct_{p}"]) for p in game.players},
            "Welfare after each move",
            "% change from the start",
            "move",
        )
    )
    if game.deal is not None:
        world = game.world
        last = game.moves[-1]
        body.append(
            bar_chart(
                list(game.players),
                {
                    "no deal (the game's end), %": [
                        100 * (last.welfare[world.countries.index(p)] - 1) for p in game.players
                    ],
                    "deal (cooperative tariffs), %": [
                        100 * (game.deal.welfare[world.countries.index(p)] - 1)
                        for p in game.players
                    ],
                },
                "Deal vs no deal: welfare, % change from the start",
            )
        )
    body.append(path.round(3).to_html(index=False))
    return _page("An escalation game", body)
