"""Static charts (PNG, matplotlib) of a scenario's results.

Only matplotlib's object API (``Figure``): no pyplot, no backend switch, nothing
changes in the user's process (notebook plots keep their backend).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from tradewar.scenario.timeline import ScenarioResult

__all__ = ["write_charts"]


def write_charts(result: ScenarioResult, folder: Path) -> list[Path]:
    """Welfare by country, the path over time, and the focus pair's trade by sector.

    Parameters
    ----------
    result : ScenarioResult
        The solved scenario.
    folder : Path
        Where the PNG files go (``welfare.png``; ``timeline.png`` with several
        steps; ``bilateral.png`` with a focus pair).

    Returns
    -------
    list of Path
        The files written.
    """
    from tradewar.extras import require
    from tradewar.reports.tables import bilateral_by_sector, country_table

    Figure = require("matplotlib.figure", "report").Figure
    written = []
    table = country_table(result).sort_values("welfare_pct")
    fig = Figure(figsize=(8, 0.35 * len(table) + 1.5))
    ax = fig.subplots()
    colors = np.where(table["welfare_pct"] >= 0, "#2a9d8f", "#e76f51")
    ax.barh(table.index, table["welfare_pct"], color=colors)
    ax.axvline(0, color="black", lw=0.8)
    ax.set_xlabel("welfare change (%)")
    ax.set_title(f"{result.scenario.title or result.scenario.name}: welfare by country")
    fig.tight_layout()
    written.append(folder / "welfare.png")
    fig.savefig(written[-1], dpi=120)

    if len(result.steps) > 1:
        fig = Figure(figsize=(9, 4.5))
        ax = fig.subplots()
        dates = [s.date for s in result.steps]
        countries = list(result.focus or ()) or list(table.index[:2])
        extremes = list(table.index[:2]) + list(table.index[-2:])
        for code in dict.fromkeys(countries + extremes):
            k = result.start_world.country_index(code)
            ax.plot(
                dates,
                [s.result.countries()["welfare_pct"].iloc[k] for s in result.steps],
                marker="o",
                label=code,
            )
        ax.axhline(0, color="black", lw=0.8)
        ax.set_ylabel("welfare change from the start (%)")
        ax.set_title("The path")
        ax.legend()
        fig.autofmt_xdate()
        fig.tight_layout()
        written.append(folder / "timeline.png")
        fig.savefig(written[-1], dpi=120)

    pair = bilateral_by_sector(result)
    if pair is not None and not pair.empty and result.focus is not None:
        a, b = result.focus
        fig = Figure(figsize=(11, 5))
        axes = fig.subplots(1, 2, sharey=True)
        for ax, (src, dst) in zip(axes, ((a, b), (b, a)), strict=True):
            rows = pair[(pair["exporter"] == src) & (pair["importer"] == dst)]
            ax.barh(rows["sector"], rows["change_pct"], color="#264653")
            ax.axvline(0, color="black", lw=0.8)
            ax.set_title(f"{src} exports to {dst} (%)")
        fig.tight_layout()
        written.append(folder / "bilateral.png")
        fig.savefig(written[-1], dpi=120)
    return written
