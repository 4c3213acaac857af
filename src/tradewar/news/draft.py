"""A draft scenario from a report's events: YAML with a comment for every guess and gap.

Each event that the scenario format can hold becomes an action on the default
world (``baseline: default``): tariffs (increases, cuts, retaliation), export
controls, purchase cuts and commitments, currency moves.  Its countries are
mapped to the world's regions (France → EU, Turkey → ROW) and its products to
the world's sectors.  Above each action stands the sentence it came from; what
the report does not say is written ``FILL-IN`` with a comment saying what to
give, so that ``tradewar validate`` names that line until it is filled in.
Threats are written commented out (uncomment one to model it carried out);
sanctions, talks, deals and market moves are listed as comments, since no
action models them.
"""

from __future__ import annotations

import csv
import json
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from tradewar.news.entities import companies, country_label
from tradewar.news.text import NewsError

if TYPE_CHECKING:
    from tradewar.news.events import Event, Report

__all__ = ["FILL_IN", "draft_scenario"]

#: The placeholder for what the report does not say.
FILL_IN = "FILL-IN"
_GOODS = {
    "agriculture", "mining", "food", "textiles", "wood_paper", "petroleum", "chemicals",
    "plastics_minerals", "metals", "electronics", "electrical", "machinery", "vehicles",
    "other_manufacturing",
}  # fmt: skip
_MODELLED = {
    "tariff_increase", "tariff_cut", "retaliation", "export_control", "purchase_cut",
    "purchase_commitment", "currency_intervention",
}  # fmt: skip


@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    """Country (ISO3) → its region in the default world."""
    text = resources.files("tradewar.data").joinpath("default/regions.csv").read_text("utf-8")
    return {row["country"]: row["region"] for row in csv.DictReader(text.splitlines())}


def _region(code: str | None, gaps: list[str], role: str) -> str:
    """The default world's region of a country, noting a country inside a region."""
    if code is None:
        gaps.append(f"{role}: not determined")
        return FILL_IN
    if code == "EU":
        return "EU"
    regions = _regions()
    region = regions.get(code)
    if region is None:
        gaps.append(
            f"{role}: {country_label(code)} ({code}) is not in the default world's table: "
            "taken as ROW"
        )
        return "ROW"
    if region != code:
        gaps.append(f"{role}: {country_label(code)} ({code}) is part of region {region}")
    return region


def _q(text: str) -> str:
    """A YAML string (JSON quoting is valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _num(value: float) -> str:
    """A number YAML reads as a float."""
    return repr(float(value))


def _comment(text: str, indent: str = "  ") -> list[str]:
    words, lines, line = text.split(), [], ""
    for word in words:
        if len(line) + len(word) > 90 and line:
            lines.append(f"{indent}# {line}")
            line = ""
        line = f"{line} {word}".strip()
    if line:
        lines.append(f"{indent}# {line}")
    return lines


def _sectors(e: Event, goods_only: bool, gaps: list[str]) -> str:
    sectors = [s for s in e.sectors if s in _GOODS] if goods_only else list(e.sectors)
    if not sectors and e.companies:
        sectors = sorted({companies()[c][1] for c in e.companies if c in companies()})
        if sectors:
            gaps.append(f"sectors: from the company table ({', '.join(e.companies)})")
    if not sectors:
        gaps.append("sectors: no product named: all goods")
        return "goods"
    return "[" + ", ".join(sectors) + "]"


def _label(e: Event) -> str:
    from tradewar.news.summary import key_points

    return key_points([e])[0].split(": ", 1)[1][:120]


def _action(e: Event) -> list[str] | None:
    """The YAML lines of an event's action (None when no action models it)."""
    gaps: list[str] = []
    lines: list[str] = []
    date = e.date.isoformat() if e.date else FILL_IN
    if e.date is None:
        gaps.append("date: not determined")
    elif e.date_precision in {"week", "month", "quarter", "year"}:
        gaps.append(f"date: from '{e.date_text}', known to the {e.date_precision} only")
    elif e.date_precision == "report":
        gaps.append("date: the report's date (the sentence gives none)")
    body: list[str] = [f"    label: {_q(_label(e))}"]
    if e.kind in {"tariff_increase", "retaliation", "tariff_cut"}:
        body[:0] = ["    kind: tariff"]
        body.append(f"    imposer: {_region(e.actor, gaps, 'imposer')}")
        body.append(f"    partners: [{_region(e.target, gaps, 'partners')}]")
        body.append(f"    sectors: {_sectors(e, True, gaps)}")
        if e.value_usd is not None:
            body.append(f"    coverage_usd: {_num(e.value_usd)}")
        else:
            gaps.append(
                "coverage: not stated: all imports of these sectors are covered "
                "(give coverage_usd or covered_share)"
            )
        sign = -1.0 if e.kind == "tariff_cut" else 1.0
        if e.status == "reversed":
            body.append(
                f"    add: {FILL_IN}  # lifted, suspended or delayed: give the change "
                "(negative to remove it), or delete this action"
            )
        elif e.rate_from is not None and e.rate_to is not None:
            body.append(f"    add: {_num(round(e.rate_to - e.rate_from, 6))}")
        elif e.rate_change is not None:
            body.append(f"    add: {_num(sign * e.rate_change)}")
        elif e.rate_to is not None:
            body.append(
                f"    set: {_num(e.rate_to)}  # the new rate as stated (it replaces the "
                "whole tariff; give add: for a change on top)"
            )
        else:
            example = "-0.05" if sign < 0 else "0.15"
            body.append(
                f"    add: {FILL_IN}  # the report gives no rate: the change as a "
                f"fraction, e.g. {example}"
            )
    elif e.kind == "export_control":
        if e.status == "reversed":
            return None
        body[:0] = ["    kind: export_control"]
        body.append(f"    exporter: {_region(e.actor, gaps, 'exporter')}")
        body.append(f"    partners: [{_region(e.target, gaps, 'partners')}]")
        body.append(f"    sectors: {_sectors(e, False, gaps)}")
        if e.value_usd is not None:
            body.append(f"    coverage_usd: {_num(e.value_usd)}")
        else:
            body.append(
                f"    coverage_usd: {FILL_IN}  # the value blocked a year (e.g. the "
                "listed firms' purchases), or coverage_share: 0-1"
            )
        body.append("    rents: none  # licences mostly denied: no scarcity rents")
    elif e.kind in {"purchase_cut", "purchase_commitment"}:
        body[:0] = ["    kind: purchase_commitment"]
        body.append(f"    buyer: {_region(e.actor, gaps, 'buyer')}")
        body.append(f"    seller: {_region(e.target, gaps, 'seller')}")
        body.append(f"    sectors: {_sectors(e, True, gaps)}")
        sign = -1.0 if e.kind == "purchase_cut" else 1.0
        if e.value_usd is not None:
            body.append(
                f"    amount_usd: {_num(sign * e.value_usd)}  # a year: check the report's period"
            )
        else:
            what = "negative: the cut" if sign < 0 else "the extra purchases"
            body.append(f"    amount_usd: {FILL_IN}  # USD a year, {what}")
    elif e.kind == "currency_intervention":
        body[:0] = ["    kind: currency"]
        body.append(f"    country: {_region(e.actor, gaps, 'country')}")
        body.append(
            f"    change: {FILL_IN}  # the currency's move against the dollar "
            "(positive: a depreciation); recorded, no real effect by default"
        )
    else:
        return None
    lines += _comment(f'"{e.sentence}"')
    for gap in gaps:
        lines += _comment(f"note: {gap}")
    lines.append(f"  - date: {date}")
    lines += body
    return lines


def draft_scenario(report: Report, name: str | None = None, source: str | None = None) -> str:
    """The YAML text of a draft scenario of the report's events.

    Parameters
    ----------
    report : Report
        A report read by :func:`~tradewar.news.read_report`.
    name : str, optional
        The scenario's name (default: ``news-`` and the report's date).
    source : str, optional
        The file the report came from.

    Returns
    -------
    str
        YAML with comments; ``FILL-IN`` where the report says too little.

    Raises
    ------
    NewsError
        If the report has no events.
    """
    if not report.events:
        raise NewsError("no trade-policy events in the report: no scenario to draft")
    day = report.date.isoformat() if report.date else "undated"
    name = name or f"news-{day}"
    out = [
        f"# Draft scenario written by the news reader from {source or 'a news report'}.",
        "# Review it: each action gives the sentence it comes from and what the reader",
        "# assumed; FILL-IN marks what the report does not say (tradewar validate names",
        "# those lines until they are filled in). Then: tradewar run THIS-FILE",
        f"name: {name}",
        f"title: {_q(report.title or 'News report')}",
        f"description: {_q('Drafted from a news report by tradewar news; review before use.')}",
        "sources:",
        f"  - title: {_q('News report: ' + (report.title or source or 'untitled'))}",
    ]
    if report.date:
        out.append(f"    date: {report.date.isoformat()}")
    out += [
        "baseline: default",
        "# the state the story starts from: data (the 2022 data as they are), pre-war-2017,",
        "# or {scenario: us-china-2018-2019, date: ...} for a story of 2018-2020",
        "start: data",
        "model: {kind: caliendo-parro, deficits: fixed}",
        "actions:",
    ]
    threats: list[str] = []
    others: list[str] = []
    count = 0
    for e in report.events:
        lines = _action(e) if e.kind in _MODELLED else None
        if lines is None:
            when = e.date.isoformat() if e.date else "undated"
            others += _comment(f"{when} {e.kind} ({e.status}): {e.sentence}", indent="")
        elif e.status == "threatened":
            threats += [
                "# " + line if not line.lstrip().startswith("#") else line for line in lines
            ]
        else:
            out += lines
            count += 1
    if count == 0:
        out[-1] = "actions: []  # no event of the report is an action in effect or announced"
    if threats:
        note = "# Threatened, not (yet) in effect: uncomment an action to model it carried out."
        out += ["", note, *threats]
    if others:
        out += ["", "# Events of the report that no action models (kept for the story):", *others]
    if report.unknown:
        out += [
            "",
            "# Names the reader does not know (add them to its tables or fill them in):",
            f"#   {', '.join(report.unknown)}",
        ]
    return "\n".join(out) + "\n"
