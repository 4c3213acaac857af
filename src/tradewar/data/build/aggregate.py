"""Aggregate a baseline to chosen regions and sectors, preserving every accounting identity.

Flows, value added, tariff revenue, intermediate purchases and final spending
are summed; shares are then recomputed from the sums:

* tariffs: trade-weighted means (so tariff revenue is unchanged);
* value-added shares: summed value added over summed gross output;
* input–output shares: summed intermediate purchases of each input group by
  each output group, over their total;
* final-demand shares: summed final spending over summed income;
* trade elasticities: means weighted by international trade (gross output
  where a group has none) — an approximation: the aggregate of CES sectors is
  not CES, so counterfactuals on an aggregated world differ (a little) from
  counterfactuals on the detailed one.

Flows inside a region become its domestic sales.  Because every total is a sum,
the goods-market identity, income = value added + revenue + deficit, and
deficits summing to zero hold in the aggregate whenever they hold in the detail
(tested).
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from pathlib import Path

import numpy as np

from tradewar.baseline import Baseline
from tradewar.data.countries import resolve_country
from tradewar.errors import DataError

__all__ = ["aggregate", "read_mapping"]


def read_mapping(path: str | Path) -> dict[str, str]:
    """Read a two-column CSV mapping (member, group); a header row is allowed.

    Parameters
    ----------
    path : str or Path
        The CSV file.

    Returns
    -------
    dict of str to str
        Member → group, in the file's order.

    Raises
    ------
    DataError
        Missing file, a row without two fields, or a member assigned twice
        (naming the file, row and member).
    """
    path = Path(path)
    if not path.is_file():
        raise DataError(f"{path}: mapping file not found")
    mapping: dict[str, str] = {}
    with path.open(newline="", encoding="utf-8-sig") as handle:
        for row_no, row in enumerate(csv.reader(handle), start=1):
            if not row or all(not cell.strip() for cell in row):
                continue
            if len(row) < 2 or not row[0].strip() or not row[1].strip():
                raise DataError(f"{path}, row {row_no}: expected two fields (member, group)")
            member, group = row[0].strip(), row[1].strip()
            if row_no == 1 and member.lower() in {"member", "country", "sector", "code", "from"}:
                continue  # header
            if member in mapping:
                raise DataError(
                    f"{path}, row {row_no}: {member!r} is assigned twice "
                    f"({mapping[member]!r} and {group!r})"
                )
            mapping[member] = group
    if not mapping:
        raise DataError(f"{path}: the mapping is empty")
    return mapping


def _groups(
    labels: tuple[str, ...], mapping: Mapping[str, str], kind: str, resolve: bool
) -> tuple[list[str], np.ndarray]:
    """Group labels and a (members, groups) 0/1 matrix, checking coverage."""
    assignment: dict[str, str] = {}
    for member, group in mapping.items():
        key = member
        if key not in labels and resolve:
            key = resolve_country(member, known=labels)
        if key not in labels:
            import difflib

            close = difflib.get_close_matches(member, labels, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise DataError(f"{kind} mapping: unknown {kind} {member!r}{hint}")
        if key in assignment:
            raise DataError(
                f"{kind} mapping: {kind} {key!r} is assigned twice "
                f"({assignment[key]!r} and {group!r})"
            )
        assignment[key] = str(group)
    missing = [label for label in labels if label not in assignment]
    if missing:
        shown = ", ".join(missing[:10]) + (" ..." if len(missing) > 10 else "")
        raise DataError(f"{kind} mapping leaves {len(missing)} {kind}(s) unassigned: {shown}")
    groups = list(dict.fromkeys(str(g) for g in mapping.values()))
    member_of = np.zeros((len(labels), len(groups)))
    for i, label in enumerate(labels):
        member_of[i, groups.index(assignment[label])] = 1.0
    return groups, member_of


def _weighted_group_mean(values: np.ndarray, groups: np.ndarray, weights: np.ndarray):
    """Mean of ``values`` within each group weighted by ``weights`` (plain mean if no weight)."""
    num, den = groups.T @ (weights * values), groups.T @ weights
    plain = (groups.T @ values) / groups.sum(axis=0)
    return np.divide(num, den, out=plain.copy(), where=den > 0)


def aggregate(
    baseline: Baseline,
    regions: Mapping[str, str] | str | Path | None = None,
    sectors: Mapping[str, str] | str | Path | None = None,
    *,
    name: str | None = None,
) -> Baseline:
    """Aggregate countries into regions and sectors into sector groups.

    Parameters
    ----------
    baseline : Baseline
        The detailed world.
    regions : Mapping of str to str, str or Path, optional
        Country → region (a dict or a two-column CSV path); countries may
        be given by code or by name (resolved with ``country_converter``).
        None keeps the countries.
    sectors : Mapping of str to str, str or Path, optional
        Sector → sector group (dict or CSV path); None keeps the sectors.
    name : str, optional
        Name of the aggregated baseline (default: the detailed one's name with
        `` (aggregated)``).

    Returns
    -------
    Baseline
        The aggregated world.

    Raises
    ------
    DataError
        A mapping that names an unknown country or sector, leaves one
        unassigned or assigns one twice.
    """
    if isinstance(regions, (str, Path)):
        regions = read_mapping(regions)
    if isinstance(sectors, (str, Path)):
        sectors = read_mapping(sectors)
    regions = regions or {c: c for c in baseline.countries}
    sectors = sectors or {s: s for s in baseline.sectors}
    region_labels, r = _groups(baseline.countries, regions, "country", resolve=True)
    sector_labels, g = _groups(baseline.sectors, sectors, "sector", resolve=False)

    b = baseline
    trade = np.einsum("ins,iI,nN,sS->INS", b.trade, r, r, g, optimize=True)
    revenue_flows = np.einsum("ins,iI,nN,sS->INS", b.trade * b.tariff, r, r, g, optimize=True)
    tariff = np.divide(revenue_flows, trade, out=np.zeros_like(trade), where=trade > 0)

    output = np.einsum("ns,nN,sS->NS", b.gross_output, r, g)
    value_added = np.einsum("ns,nN,sS->NS", b.value_added_by_sector, r, g)
    va_share = np.divide(value_added, output, out=np.ones_like(output), where=output > 0)

    profits = np.einsum("ns,nN,sS->NS", b.profit_share * b.gross_output, r, g)
    profit_share = np.divide(profits, output, out=np.zeros_like(output), where=output > 0)

    purchases = b.io_shares * ((1.0 - b.va_share) * b.gross_output)[:, None, :]  # [n, k, s]
    purchases = np.einsum("nks,nN,kK,sS->NKS", purchases, r, g, g, optimize=True)
    totals = purchases.sum(axis=1, keepdims=True)
    io_shares = np.divide(purchases, totals, out=np.zeros_like(purchases), where=totals > 0)

    final = np.einsum("ns,nN,sS->NS", b.final_shares * b.income[:, None], r, g)
    final_totals = final.sum(axis=1, keepdims=True)
    if (final_totals <= 0).any():
        bad = region_labels[int(np.argmin(final_totals))]
        raise DataError(f"aggregation: region {bad} has no final spending")
    final_shares = final / final_totals

    international = b.trade.sum(axis=(0, 1)) - np.einsum("nns->s", b.trade)
    theta = _weighted_group_mean(b.theta, g, international)
    no_trade = g.T @ international <= 0
    theta[no_trade] = _weighted_group_mean(b.theta, g, b.gross_output.sum(axis=0))[no_trade]

    return Baseline(
        countries=tuple(region_labels),
        sectors=tuple(sector_labels),
        trade=trade,
        tariff=tariff,
        io_shares=io_shares,
        va_share=va_share,
        final_shares=final_shares,
        theta=theta,
        name=name or f"{baseline.name} (aggregated)",
        description=baseline.description,
        usd_per_unit=baseline.usd_per_unit,
        profit_share=profit_share,
        goods=tuple(
            label
            for j, label in enumerate(sector_labels)
            if baseline.goods
            and all(baseline.sectors[s] in baseline.goods for s in np.flatnonzero(g[:, j]))
        ),
        check_accounting=baseline.check_accounting,
    )
