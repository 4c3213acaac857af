"""Charts of sweeps and sensitivities: heat maps and tornadoes (PNG, ``report`` extra)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from tradewar.extras import require

__all__ = ["heatmap", "tornado_chart"]


def _pyplot():
    require("matplotlib", "report")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def heatmap(table: pd.DataFrame, path: str, title: str) -> str:
    """A heat map of a two-parameter table, each cell labelled with its value.

    Parameters
    ----------
    table : pandas.DataFrame
        Rows: the first parameter's values; columns: the second's.
    path : str
        The PNG file.
    title : str
        The chart's title.

    Returns
    -------
    str
        ``path``.
    """
    plt = _pyplot()
    values = table.to_numpy(dtype=float)
    limit = float(np.nanmax(np.abs(values))) if np.isfinite(values).any() else 1.0
    fig, ax = plt.subplots(figsize=(1.0 + 0.7 * values.shape[1], 1.0 + 0.5 * values.shape[0]))
    image = ax.imshow(values, cmap="RdBu", vmin=-limit, vmax=limit, origin="lower", aspect="auto")
    ax.set_xticks(range(values.shape[1]), [f"{v:g}" for v in table.columns])
    ax.set_yticks(range(values.shape[0]), [f"{v:g}" for v in table.index])
    ax.set_xlabel(str(table.columns.name))
    ax.set_ylabel(str(table.index.name))
    for (r, c), v in np.ndenumerate(values):
        if np.isfinite(v):
            ax.text(c, r, f"{v:+.3f}", ha="center", va="center", fontsize=7)
    fig.colorbar(image, ax=ax)
    ax.set_title(title)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return path


def tornado_chart(table: pd.DataFrame, path: str) -> str:
    """A tornado chart: each sector's result at its low and high θ around the centre.

    Parameters
    ----------
    table : pandas.DataFrame
        :meth:`TornadoResult.table` (largest swing first).
    path : str
        The PNG file.

    Returns
    -------
    str
        ``path``.
    """
    plt = _pyplot()
    centre = float(table.attrs.get("central", 0.0))
    rows = table.iloc[::-1]
    fig, ax = plt.subplots(figsize=(7, 1.0 + 0.35 * len(rows)))
    y = np.arange(len(rows))
    ax.barh(y, rows["at_low"] - centre, left=centre, color="#4c72b0", label="θ low")
    ax.barh(y, rows["at_high"] - centre, left=centre, color="#dd8452", label="θ high")
    ax.axvline(centre, color="black", linewidth=0.8)
    ax.set_yticks(y, [str(s) for s in rows.index])
    ax.set_title(str(table.attrs.get("headline", "")))
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return path
