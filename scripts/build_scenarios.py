"""Write the built-in scenarios of the 2018-2019 trade war with sector coverage shares.

The tariff lists are known by their value and rate ($34B at 25%, ...); which sectors
they cover comes from the public tariff tracker of M. Waugh (MIT license; USITC/USTR and
PIIE data), the built-in data set us-china-tariffs (its card: `tradewar data
show us-china-tariffs`): the trade-weighted tariff by NAICS-3 sector and month. A list with rate
r that moves a sector's average tariff by d covers the share d / r of that sector's
imports. NAICS-3 sectors map to ICIO sectors (scripts/build_us_china_sector_tariffs.py)
and on to the sectors of the default world (src/tradewar/data/default/sectors.csv),
weighted by 2017 US-China trade.

Output: src/tradewar/scenario/library/us-china-2018-2019.yaml, phase-one-2020.yaml and
may-2019.yaml (the files say they are generated; edit this script, not them).

Run: python scripts/build_scenarios.py [--data FOLDER]  (default: the built-in us-china-tariffs)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd
import yaml

from tradewar.data.sources.builtin import find_file, locate

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from build_us_china_sector_tariffs import NAICS_TO_ICIO  # noqa: E402

LIBRARY = ROOT / "src" / "tradewar" / "scenario" / "library"
TRACKER = "M. Waugh, US-China tariff tracker (USITC/USTR and PIIE data), MIT license"

#: (date, month before, month after, nominal rate change, label, value in USD)
US_LISTS = [
    ("2018-07-06", "2018-06-01", "2018-07-01", 0.25, "List 1: $34B at 25%", 34e9),
    ("2018-08-23", "2018-08-01", "2018-09-01", 0.25, "List 2: $16B at 25%", 16e9),
    ("2018-09-24", "2018-09-01", "2018-10-01", 0.10, "List 3: $200B at 10%", 200e9),
    ("2019-05-10", "2019-05-01", "2019-06-01", 0.15, "List 3 raised to 25%", 200e9),
    ("2019-09-01", "2019-08-01", "2019-09-01", 0.15, "List 4A: $120B at 15%", 120e9),
    ("2020-02-14", "2020-01-01", "2020-02-01", -0.075, "List 4A cut to 7.5%", 120e9),
]
CHINA_LISTS = [
    ("2018-07-06", "2018-06-01", "2018-07-01", 0.25, "China: $34B at 25%", 34e9),
    ("2018-08-23", "2018-08-01", "2018-09-01", 0.25, "China: $16B at 25%", 16e9),
    ("2018-09-24", "2018-09-01", "2018-10-01", 0.10, "China: $60B at 5-10%", 60e9),
    ("2019-01-01", "2018-12-01", "2019-01-01", -0.25, "China suspends extra auto tariffs", None),
    ("2019-06-01", "2019-05-01", "2019-06-01", 0.15, "China: $60B raised to 5-25%", 60e9),
    ("2019-09-01", "2019-08-01", "2019-09-01", 0.10, "China: $75B at 5-10%", 75e9),
]
#: Share of the US lists' statutory increase that was collected (exclusions, drawback,
#: first-sale and de minimis entries): the effective US tariff on Chinese goods rose from
#: 2.67% (2017: $13.5B of duties on $505.5B, Pew) to about 11.5% (2022: about $61.5B on
#: $536.8B; docs/research/effective_tariffs.md), 8.8 points, while the statutory
#: trade-weighted average rose from 3.1% (January 2018) to 19.3% (February 2020),
#: 16.2 points (Bown, PIIE).  The covered shares of the US lists are scaled by it, so
#: that the timeline rebuilds the default world's effective tariffs.  China's lists are
#: statutory, as they were in force in 2018-19; from 2 March 2020 China excluded them for
#: importers who applied, which phase-one-2020 models by setting China's rates to the
#: default world's (statutory net of exclusions; docs/research/china_effective_tariffs.md).
US_COLLECTED_SHARE = round((0.115 - 0.0267) / (0.193 - 0.031), 4)
#: Share of its Phase One purchase commitments (the level, 2020-21) that China carried out:
#: 58% (C. P. Bown, "China bought none of the extra $200 billion of US exports in Trump's
#: trade deal", PIIE, 2022, US export data).
PHASE_ONE_COMPLIANCE = 0.58
#: US services exports to China in 2017, the Phase One baseline (BEA, as reported by USTR's
#: China page: about $57.6 billion).
SERVICES_2017_USD = 57.6e9

#: Huawei's purchases from US suppliers in 2018 (Reuters, 2019-05-17: about $11 billion).
HUAWEI_US_PURCHASES = 11e9

SOURCES_2018 = [
    {
        "title": "USTR, Section 301 investigation: tariff actions on Chinese goods (Lists 1-4A)",
        "url": "https://ustr.gov/issue-areas/enforcement/section-301-investigations/tariff-actions",
        "date": "2020-01-15",
    },
    {
        "title": "C. P. Bown, US-China Trade War Tariffs: An Up-to-Date Chart, PIIE",
        "url": "https://www.piie.com/research/piie-charts/us-china-trade-war-tariffs-date-chart",
        "date": "2020-02-14",
    },
    {"title": TRACKER + " (sector coverage of each list)"},
    {
        "title": "US Department of Commerce, BIS: Addition of Huawei Technologies and 68 non-US "
        "affiliates to the Entity List (Federal Register, 21 May 2019)",
        "date": "2019-05-16",
    },
    {
        "title": "Reuters: Huawei spent about $11 billion of its $70 billion component purchases "
        "in 2018 with US suppliers",
        "date": "2019-05-17",
    },
]


def group_of() -> dict[str, str]:
    table = pd.read_csv(ROOT / "src" / "tradewar" / "data" / "default" / "sectors.csv")
    return dict(zip(table["sector"], table["group"], strict=True))


def coverage(path: Path, before: str, after: str, rate: float) -> dict[str, float]:
    """Covered share of each default sector: trade-weighted tariff change / list rate."""
    frame = pd.read_csv(path, dtype={"naics3": str})
    frame = frame[frame["naics3"].isin(NAICS_TO_ICIO)]
    weights = frame[frame["time"].str.startswith("2017")].groupby("naics3")["china_trade"].sum()
    wide = frame.pivot(index="time", columns="naics3", values="tariff_trd_w_avg") / 100.0
    change = (wide.loc[after] - wide.loc[before]).fillna(0.0)
    groups = group_of()
    num: dict[str, float] = {}
    den: dict[str, float] = {}
    for naics, delta in change.items():
        group = groups[NAICS_TO_ICIO[naics][0]]
        num[group] = num.get(group, 0.0) + weights.get(naics, 0.0) * delta
        den[group] = den.get(group, 0.0) + weights.get(naics, 0.0)
    out = {}
    for group in num:
        share = num[group] / den[group] / rate if den[group] > 0 else 0.0
        if share > 1.0005:
            print(f"  note: {group} moved {share:.2f} x the list rate; capped at 1")
        if share > 5e-4:
            out[group] = round(float(min(share, 1.0)), 4)
    return out


def tariff_actions(
    path: Path, lists, imposer: str, partner: str, collected: float = 1.0
) -> list[dict]:
    actions = []
    for date, before, after, rate, label, value in lists:
        shares = {
            group: round(share * collected, 4)
            for group, share in coverage(path, before, after, rate).items()
        }
        if not shares:
            continue
        action = {
            "date": date,
            "kind": "tariff",
            "label": label,
            "imposer": imposer,
            "partners": [partner],
            "sectors": sorted(shares),
            "add": rate,
            "covered_share": shares,
        }
        if value:
            action["note"] = f"nominal coverage ${value / 1e9:,.0f} billion"
        if collected < 1.0:
            action["note"] = (
                action.get("note", "") + f"; covered shares x {collected} (duties collected)"
            ).lstrip("; ")
        actions.append(action)
    return actions


def phase_one_sectors(path: Path) -> dict[str, list[str]]:
    """Default-world sectors of each Phase One category, from the HS4 codes of Annex 6.1.

    Each sector goes to the category with most of its HS4 codes, so that the
    categories' purchase targets fall on separate flows.
    """
    from collections import Counter

    from tradewar.data.build.product_tariffs import _map_products, hs_to_icio

    annex = pd.read_csv(path, dtype=str)
    groups = group_of()
    icio = _map_products(annex["hs4"].str.zfill(4), hs_to_icio())
    counts: dict[str, Counter] = {}
    for category, sector in zip(annex["high_catagory"], icio, strict=True):
        if sector is not None and isinstance(category, str):
            counts.setdefault(groups[sector], Counter())[category] += 1
    out: dict[str, list[str]] = {}
    for group, by_category in sorted(counts.items()):
        out.setdefault(by_category.most_common(1)[0][0], []).append(group)
    return out


def china_mfn_cuts_2018(world) -> list[dict]:
    """China's MFN cuts of 2018 on each partner of the default world: its 2022 rates less 2017's.

    China cut its MFN tariffs on 1 July 2018 (consumer goods; cars from 25% to 15%) and on
    1 November 2018 (1,585 tariff lines); the default world's China rates carry them as the
    fall in its duties collected over imports (2.45% in 2017, 1.62% in 2021).  The US gets
    the cut of a partner that pays only MFN rates (Brazil): its retaliation is separate.
    """
    from tradewar.data.build.start_states import start_state_tariffs

    pre_war = start_state_tariffs(world, "pre-war-2017")
    chn, usa = world.country_index("CHN"), world.country_index("USA")
    goods = list(world.goods_indices)
    sectors = [world.sectors[s] for s in goods]
    cuts = {
        code: world.tariff[i, chn, goods] - pre_war[i, chn, goods]
        for i, code in enumerate(world.countries)
        if i not in (chn, usa)
    }
    cuts["USA"] = cuts["BRA"]
    actions = []
    for code, cut in cuts.items():
        if not (cut < -1e-6).any():
            continue  # free-trade partners pay nothing either way
        actions.append(
            {
                "date": "2018-11-01",
                "kind": "tariff",
                "label": f"China's MFN cuts of 2018 ({code})",
                "imposer": "CHN",
                "partners": [code],
                "sectors": sectors,
                "add": {name: round(float(c), 5) for name, c in zip(sectors, cut, strict=True)},
                "note": (
                    "China's MFN cuts of 1 July and 1 November 2018 (State Council Tariff "
                    "Commission): duties collected over imports from 2.45% (2017, IMF GFS) "
                    "to 1.62% (2021, GAC)"
                ),
            }
        )
    return actions


def write(name: str, scenario: dict) -> None:
    path = LIBRARY / f"{name}.yaml"
    header = (
        "# Generated by scripts/build_scenarios.py from the public tariff tracker; "
        "edit the script, not this file.\n"
    )
    path.write_text(
        header + yaml.safe_dump(scenario, sort_keys=False, allow_unicode=True, width=100)
    )
    print(f"wrote {path}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=locate("us-china-tariffs"))
    args = parser.parse_args()
    us = tariff_actions(
        find_file(args.data, "imports_by_naics.csv"), US_LISTS, "USA", "CHN", US_COLLECTED_SHARE
    )
    china = tariff_actions(find_file(args.data, "exports_by_naics.csv"), CHINA_LISTS, "CHN", "USA")
    huawei = {
        "date": "2019-05-16",
        "kind": "export_control",
        "label": "Huawei Entity List",
        "exporter": "USA",
        "partners": ["CHN"],
        "sectors": ["electronics"],
        "coverage_usd": HUAWEI_US_PURCHASES,
        "rents": "none",
        "note": "Huawei's ~$11 billion a year of US purchases (Reuters), blocked from the "
        "flow of the state the control applies to; licences were mostly denied, so no "
        "scarcity rents are collected: the wedge stands for the costs of compliance and "
        "of rerouting",
    }
    from tradewar.datasets import load_data

    world = load_data("default")
    mfn_cuts = china_mfn_cuts_2018(world)
    actions = sorted(us + china + [huawei] + mfn_cuts, key=lambda a: a["date"])
    write(
        "us-china-2018-2019",
        {
            "name": "us-china-2018-2019",
            "title": "The US-China trade war, 2018-2020",
            "description": (
                "Section 301 Lists 1-4A and China's retaliation, from the pre-war tariffs of 2017 "
                "to the Phase One cut of February 2020, with Huawei's listing on the Entity List. "
                "Each list covers the share of each sector's imports implied by the public tariff "
                "tracker."
            ),
            "sources": SOURCES_2018,
            "baseline": "default",
            "start": "pre-war-2017",
            "actions": actions,
        },
    )
    may = [
        a
        for a in actions
        if a["label"]
        in ("List 3 raised to 25%", "China: $60B raised to 5-25%", "Huawei Entity List")
    ]
    may += [
        {
            "date": "2019-05-17",
            "kind": "purchase_commitment",
            "label": "China cuts US pork orders",
            "buyer": "CHN",
            "seller": "USA",
            "sectors": ["food"],
            "amount_usd": -1.0e7,
            "note": "USDA export sales: about 3,250 tonnes of US pork cancelled (~$10 million)",
        },
        {
            "date": "2019-05-17",
            "kind": "currency",
            "label": "China props up the yuan",
            "country": "CHN",
            "change": 0.025,
            "note": (
                "the yuan fell about 2.5% against the dollar in May 2019 (6.74 to 6.91 per "
                "dollar) and the PBoC slowed the fall; a nominal move, recorded with no real "
                "effect (model_as: trade_balance or tariff_equivalent to model one)"
            ),
        },
    ]
    categories = phase_one_sectors(find_file(args.data, "annex-6-1.csv"))
    goals = pd.read_csv(find_file(args.data, "phaseone-goals.csv")).dropna(subset=["Goals"])
    purchases = []
    for row in goals.itertuples():
        reference = round(float(row._2), -7)
        purchases.append(
            {
                "date": "2020-02-14",
                "kind": "purchase_commitment",
                "label": f"Phase One purchases: {row.high_catagory[3:].lower()}",
                "buyer": "CHN",
                "seller": "USA",
                "sectors": categories[row.high_catagory],
                "level_usd": reference + float(row.Goals),
                "reference_year": 2017,
                "reference_usd": reference,
                "compliance": PHASE_ONE_COMPLIANCE,
                "note": (
                    f"2020 goal: 2017 purchases of ${reference / 1e9:,.1f} billion plus "
                    f"${float(row.Goals) / 1e9:,.1f} billion; {PHASE_ONE_COMPLIANCE:.0%} of "
                    "the level carried out (PIIE)"
                ),
            }
        )
    purchases.append(
        {
            "date": "2020-02-14",
            "kind": "purchase_commitment",
            "label": "Phase One purchases: services",
            "buyer": "CHN",
            "seller": "USA",
            "sectors": ["services", "trade_transport"],
            "level_usd": SERVICES_2017_USD + 12.8e9,
            "reference_year": 2017,
            "reference_usd": SERVICES_2017_USD,
            "compliance": PHASE_ONE_COMPLIANCE,
            "note": (
                "2020 goal: 2017 US services exports to China of $57.6 billion (BEA, as "
                "reported by USTR) plus $12.8 billion (Annex 6.1); the goods compliance "
                "share (PIIE) assumed for services"
            ),
        }
    )
    usa, chn = world.country_index("USA"), world.country_index("CHN")
    exclusions = {
        "date": "2020-03-02",
        "kind": "tariff",
        "label": "China's exclusion process for US goods",
        "imposer": "CHN",
        "partners": ["USA"],
        "sectors": [world.sectors[s] for s in world.goods_indices],
        "set": {
            world.sectors[s]: round(float(world.tariff[usa, chn, s]), 4)
            for s in world.goods_indices
        },
        "note": (
            "from 2 March 2020 importers could apply to be excluded from the retaliatory "
            "tariffs for market-based purchases (State Council Tariff Commission); China's "
            "rates become the default world's, statutory net of exclusions (farm goods back "
            "to their 2017 rates; about 9% on all US goods against 21% statutory: "
            "docs/research/china_effective_tariffs.md)"
        ),
    }
    china_75b = next(a for a in china if a["label"] == "China: $75B at 5-10%")
    list_4a_cut = next(a for a in us if a["label"] == "List 4A cut to 7.5%")
    write(
        "phase-one-2020",
        {
            "name": "phase-one-2020",
            "title": "The Phase One deal, 2020",
            "description": (
                "The US-China Economic and Trade Agreement signed on 15 January 2020: from "
                "14 February the US halves List 4A to 7.5% and keeps List 4B suspended, "
                "China halves its tariffs on the $75B tranche, and China commits to buy "
                "$200 billion more of US goods and services over 2020-21 than in 2017 "
                "(the 2020 goals here, as levels against 2017 measured in the pre-war "
                "start), of which it bought 58% (PIIE); from 2 March China excludes its "
                "retaliatory tariffs for importers who apply, which brings its rates to the "
                "2022 data's. Starts from the trade war at the end of 2019."
            ),
            "sources": [
                {
                    "title": "Economic and Trade Agreement between the United States of America "
                    "and the People's Republic of China (Phase One), Chapter 6 and Annex 6.1",
                    "date": "2020-01-15",
                },
                {
                    "title": "C. P. Bown, US-China phase one tracker: China's purchases of US "
                    "goods, PIIE (2020 goals by category)"
                },
                {
                    "title": "C. P. Bown, China bought none of the extra $200 billion of US "
                    "exports in Trump's trade deal, PIIE (58% of the commitment carried out)",
                    "url": "https://www.piie.com/blogs/realtime-economics/china-bought-none-"
                    "extra-200-billion-us-exports-trumps-trade-deal",
                    "date": "2022-03-08",
                },
                {
                    "title": "USDA FAS GAIN: China: Updated Guidance on China's Retaliatory "
                    "Tariffs and Tariff Exclusions Process for US Products",
                    "date": "2020-08-07",
                },
                {
                    "title": "USTR, The People's Republic of China: US services exports to China "
                    "of $57.6 billion in 2017 (BEA)",
                    "url": "https://ustr.gov/countries-regions/china-mongolia-taiwan/"
                    "peoples-republic-china",
                },
                *SOURCES_2018[:3],
            ],
            "baseline": "default",
            "start": {"scenario": "us-china-2018-2019", "date": "2019-12-31"},
            "actions": [
                {**list_4a_cut, "label": "List 4A halved to 7.5%"},
                {
                    **china_75b,
                    "date": "2020-02-14",
                    "label": "China halves the $75B tranche",
                    "add": -china_75b["add"] / 2,
                },
                exclusions,
                *purchases,
            ],
        },
    )
    write(
        "may-2019",
        {
            "name": "may-2019",
            "title": "May 2019: US-China trade talks stall",
            "description": (
                "The events of the news report of 17 May 2019: the US raises tariffs on $200B of "
                "Chinese goods from 10% to 25%; China retaliates on $60B of US goods; the US "
                "blacklists Huawei; China cuts US pork orders and props up its currency. Starts "
                "from the state of the trade war on 9 May 2019."
            ),
            "sources": [
                {
                    "title": "CNBC: US trade talks with China have stalled: Sources (the news "
                    "report the project starts from)",
                    "date": "2019-05-17",
                },
                *SOURCES_2018,
            ],
            "baseline": "default",
            "start": {"scenario": "us-china-2018-2019", "date": "2019-05-09"},
            "actions": sorted(may, key=lambda a: a["date"]),
        },
    )


if __name__ == "__main__":
    main()
