"""A self-contained HTML report of a scenario (works offline).

Plotly's JavaScript is embedded once; the world map is a choropleth drawn from a
GeoJSON shipped with tradewar (``world.geojson``: Natural Earth 1:10m countries,
public domain, simplified by ``scripts/build_world_map.py``), with Plotly's own
base map switched off, so nothing is fetched over the network.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Hashable
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import pandas as pd

from tradewar.atomic import atomic_open, check_output_file
from tradewar.reports.tables import (
    bilateral_by_sector,
    country_table,
    third_countries,
)
from tradewar.scenario.timeline import ScenarioResult

__all__ = ["is_report", "map_values", "render_report", "source_link", "write_report"]

#: The tag that marks an HTML file as a tradewar report (one tradewar may replace).
GENERATOR = '<meta name="generator" content="tradewar">'

#: An http(s) address of the characters RFC 3986 allows (no spaces, quotes or brackets).
_LINK = re.compile(r"https?://[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+", re.IGNORECASE)


def source_link(url: str) -> str:
    """A source's address as HTML: a link for ``http(s)://`` addresses, else plain text.

    Other schemes (``javascript:``, ``data:``, ``file:`` ...) and addresses with
    characters no URL has (spaces, quotes, angle brackets, control characters)
    are shown as escaped text, never as links.

    Parameters
    ----------
    url : str
        The address given in the scenario file.

    Returns
    -------
    str
        Escaped HTML.

    Examples
    --------
    >>> source_link("javascript:alert(1)")
    'javascript:alert(1)'
    >>> source_link("https://ustr.gov/a?b=1&c=2")
    '<a href="https://ustr.gov/a?b=1&amp;c=2" rel="noopener noreferrer">https://ustr.gov/a?b=1&amp;c=2</a>'
    """
    text = html.escape(url)
    if _LINK.fullmatch(url) is None:
        return text
    return f'<a href="{text}" rel="noopener noreferrer">{text}</a>'


def is_report(path: str | Path) -> bool:
    """Whether the file at ``path`` is a tradewar report (its head carries :data:`GENERATOR`).

    Reports of earlier versions, without the tag, are known by their title.

    Parameters
    ----------
    path : str or Path
        An existing file.

    Returns
    -------
    bool
        True when tradewar wrote it (and may replace it).
    """
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    # reports written before the generator tag end their title with "— tradewar"
    return GENERATOR.encode() in head or "— tradewar</title>".encode() in head


@lru_cache(maxsize=1)
def _world_geojson() -> dict:
    return json.loads((files("tradewar.reports") / "world.geojson").read_text())


def map_values(result: ScenarioResult, column: str = "welfare_pct") -> pd.Series:
    """A value per ISO3 country for the map: each region's value spread to its members.

    For the default world the regions are expanded with its shipped mapping
    (only the 80 ICIO countries get a value); other worlds' labels are used as
    ISO3 codes when they are ones.

    Parameters
    ----------
    result : ScenarioResult
        The solved scenario.
    column : str, default "welfare_pct"
        A column of :func:`~tradewar.reports.tables.country_table`.

    Returns
    -------
    pandas.Series
        Values by ISO3 code.
    """
    from tradewar.data.build.default_world import default_mapping

    values = country_table(result)[column]
    known = {f["id"] for f in _world_geojson()["features"]}
    out: dict[Hashable, Any] = {}
    world = result.start_world
    if set(world.countries) <= set(default_mapping("regions").values()):
        for country, region in default_mapping("regions").items():
            if region in values.index:
                out[country] = values[region]
    else:
        for code, value in values.items():
            if code in known:
                out[code] = value
    return pd.Series(out, name=column)


#: An empty base map: Plotly fetches its topojson for any choropleth, even with the
#: base layers off; pre-loading an empty one keeps the report offline.
_EMPTY_TOPOJSON = json.dumps(
    {
        "type": "Topology",
        "arcs": [],
        "objects": {
            name: {"type": "GeometryCollection", "geometries": []}
            for name in ("land", "ocean", "lakes", "rivers", "coastlines", "countries", "subunits")
        },
    }
)
_OFFLINE_GEO = (
    "<script>window.PlotlyGeoAssets = window.PlotlyGeoAssets || {topojson: {}};"
    f"for (const k of ['world_110m', 'world_50m', 'un/world_110m']) "
    f"{{ window.PlotlyGeoAssets.topojson[k] = {_EMPTY_TOPOJSON}; }}</script>"
)


def _figure_html(fig, include_js: bool, div_id: str) -> str:
    return fig.to_html(
        full_html=False,
        include_plotlyjs=include_js,
        div_id=div_id,
        config={"displaylogo": False, "responsive": True},
    )


def render_report(result: ScenarioResult) -> str:
    """The report as one HTML string.

    Parameters
    ----------
    result : ScenarioResult
        The solved scenario.

    Returns
    -------
    str
        A complete HTML document.
    """
    from tradewar.extras import require

    px = require("plotly.express", "report")
    go = require("plotly.graph_objects", "report")

    sc = result.scenario
    table = country_table(result)
    parts = []

    ordered = table.sort_values("welfare_pct")
    bars = go.Figure(
        go.Bar(
            x=ordered["welfare_pct"],
            y=ordered.index,
            orientation="h",
            marker_color=["#2a9d8f" if v >= 0 else "#e76f51" for v in ordered["welfare_pct"]],
            hovertemplate="%{y}: %{x:.3f}%<extra></extra>",
        )
    )
    bars.update_layout(
        title="Welfare (real income), % change from the start",
        height=max(350, 22 * len(ordered) + 120),
        margin={"l": 80},
    )
    parts.append(("Welfare by country", _figure_html(bars, include_js=True, div_id="welfare")))

    values = map_values(result)
    if not values.empty:
        bound = float(max(abs(values.min()), abs(values.max()), 1e-6))
        fig = px.choropleth(
            locations=values.index,
            color=values.values,
            geojson=_world_geojson(),
            featureidkey="id",
            color_continuous_scale="RdBu",
            range_color=(-bound, bound),
            labels={"color": "welfare %"},
        )
        everywhere = [f["id"] for f in _world_geojson()["features"]]
        fig.add_trace(
            go.Choropleth(
                locations=everywhere,
                z=[0] * len(everywhere),
                geojson=_world_geojson(),
                featureidkey="id",
                colorscale=[[0, "#e9ecef"], [1, "#e9ecef"]],
                showscale=False,
                hoverinfo="skip",
                marker_line_color="white",
                marker_line_width=0.3,
            )
        )
        fig.data = (fig.data[-1], *fig.data[:-1])  # the grey base map underneath
        fig.update_geos(
            visible=False, showframe=False, projection_type="natural earth", lataxis_range=[-58, 85]
        )
        fig.update_layout(
            title="World map of welfare changes (%)",
            height=520,
            margin={"l": 0, "r": 0, "t": 50, "b": 0},
        )
        parts.append(("World map", _figure_html(fig, include_js=False, div_id="map")))

    if len(result.steps) > 1:
        path = go.Figure()
        codes = (
            list(result.focus or ())
            + list(third_countries(result).index[:2])
            + list(third_countries(result).index[-2:])
        )
        for code in dict.fromkeys(codes):
            k = result.start_world.country_index(code)
            path.add_trace(
                go.Scatter(
                    x=[s.date.isoformat() if s.date else None for s in result.steps],
                    y=[s.result.countries()["welfare_pct"].iloc[k] for s in result.steps],
                    mode="lines+markers",
                    name=code,
                    text=[html.escape("; ".join(s.labels)) for s in result.steps],
                    hovertemplate="%{x}: %{y:.3f}%<br>%{text}<extra>" + code + "</extra>",
                )
            )
        path.update_layout(title="The path: welfare after each date (%)", height=420)
        parts.append(("Timeline", _figure_html(path, include_js=False, div_id="timeline")))

    pair = bilateral_by_sector(result)
    if pair is not None and not pair.empty and result.focus is not None:
        a, b = result.focus
        fig = go.Figure()
        for src, dst in ((a, b), (b, a)):
            rows = pair[(pair["exporter"] == src) & (pair["importer"] == dst)]
            fig.add_trace(go.Bar(x=rows["sector"], y=rows["change_pct"], name=f"{src} → {dst}"))
        fig.update_layout(title=f"{a}-{b} trade by sector, % change", barmode="group", height=420)
        parts.append((f"{a}-{b} trade", _figure_html(fig, include_js=False, div_id="bilateral")))

    timeline = "".join(
        f"<tr><td>{s.date or 'start'}</td><td>{html.escape('; '.join(s.labels))}</td></tr>"
        for s in result.steps
    )
    sources = "".join(
        f"<li>{html.escape(src.title)}"
        + (f" ({html.escape(str(src.date))})" if src.date else "")
        + (f" — {source_link(src.url)}" if src.url else "")
        + "</li>"
        for src in sc.sources
    )
    headline = _table_html(table)
    third = _table_html(third_countries(result))
    sections = "".join(f"<section><h2>{html.escape(t)}</h2>{body}</section>" for t, body in parts)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
{GENERATOR}
<title>{html.escape(sc.title or sc.name)} — tradewar</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 1100px; margin: 2em auto; color: #222; }}
table.table {{ border-collapse: collapse; font-size: 0.9em; }}
table.table td, table.table th {{ padding: 3px 8px; border-bottom: 1px solid #ddd;
  text-align: right; }}
section {{ margin-top: 2em; }}
.meta {{ color: #555; }}
</style></head><body>
{_OFFLINE_GEO}
<h1>{html.escape(sc.title or sc.name)}</h1>
<p>{html.escape(sc.description)}</p>
<p class="meta">World: {html.escape(result.data_world.name)}; start:
{html.escape(result.start_world.name)}; model: {sc.model.kind}, deficits {sc.model.deficits};
{len(result.steps)} step(s), each a long-run comparative static. Changes are relative to
the start. Made with tradewar.</p>
<section><h2>Timeline</h2><table class="table"><tr><th>date</th><th>actions</th></tr>
{timeline}</table></section>
<section><h2>Headline (final state)</h2>{headline}</section>
{sections}
<section><h2>Third countries</h2>{third}</section>
<section><h2>Sources</h2><ul>{sources}</ul></section>
</body></html>
"""


def write_report(result: ScenarioResult, out: str | Path) -> Path:
    """Write the HTML report (atomically), never over a file tradewar did not write.

    Parameters
    ----------
    result : ScenarioResult
        The solved scenario.
    out : str or Path
        The HTML file.

    Returns
    -------
    Path
        ``out``.

    Raises
    ------
    tradewar.atomic.OutputError
        If ``out`` is a folder, a symbolic link or a file that is not a tradewar report.
    """
    check_output_file(out, replace_if=is_report)
    text = render_report(result)
    with atomic_open(out, "w", encoding="utf-8", replace_if=is_report) as handle:
        handle.write(text)
    return Path(out)


def _column_label(name: str) -> str:
    """A column's name as a reader sees it: ``tariff_revenue_usd`` is "tariff revenue, $"."""
    words = str(name).split("_")
    unit = {"pct": "%", "usd": "$"}.get(words[-1])
    return " ".join(words[:-1]) + f", {unit}" if unit else " ".join(words)


def _cell(column: str, value: object) -> str:
    """A number as the report prints it: dollars in billions, the rest to 3 decimals."""
    if not isinstance(value, int | float) or value != value:  # NaN: not defined here
        return "–" if not isinstance(value, str) else html.escape(value)
    if str(column).endswith("_usd"):
        return f"{value / 1e9:,.1f}B"
    return f"{value:,.3f}"


def _table_html(frame: Any) -> str:
    """A results table as HTML: labelled columns, formatted numbers, scrolling sideways."""
    formatters = {c: (lambda v, c=c: _cell(c, v)) for c in frame.columns}
    body = frame.to_html(classes="table", border=0, formatters=formatters, escape=False, na_rep="–")
    for column in frame.columns:
        body = body.replace(f"<th>{column}</th>", f"<th>{html.escape(_column_label(column))}</th>")
    return f'<div style="overflow-x: auto">{body}</div>'
