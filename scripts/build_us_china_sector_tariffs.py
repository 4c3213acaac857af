"""Build the US-China bilateral tariffs by ICIO sector shipped with the default world.

Source: the public tariff tracker of M. Waugh (MIT license; USITC/USTR and PIIE data),
the built-in data set us-china-tariffs (`tradewar data show us-china-tariffs`):
trade-weighted tariffs (MFN plus Section 301 and
China's retaliation) by NAICS-3 sector and month, with each month's US-China trade.

Output: src/tradewar/data/default/us_china_tariffs.csv with, for every ICIO sector,
the US tariff on Chinese goods and China's tariff on US goods (fractions) in
December 2017 (before the trade war: MFN rates) and March 2020 (after the Phase One
cut of List 4A on 2020-02-14: the rates in force through 2022). Each ICIO sector
takes the average of the NAICS-3 sectors mapped to it, weighted by that month's
US-China trade. The NAICS-3 -> ICIO mapping below was written by the tradewar team.

Run: python scripts/build_us_china_sector_tariffs.py [--data FOLDER]
(default: the built-in us-china-tariffs)
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

from tradewar.data.sources.builtin import find_file, locate

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "tradewar" / "data" / "default" / "us_china_tariffs.csv"

#: NAICS-3 (goods) -> ICIO 2025 sectors it covers.
NAICS_TO_ICIO = {
    "111": ["A01"],
    "112": ["A01"],
    "113": ["A02"],
    "114": ["A03"],
    "211": ["B06"],
    "212": ["B05", "B07", "B08"],
    "311": ["C10T12"],
    "312": ["C10T12"],
    "313": ["C13T15"],
    "314": ["C13T15"],
    "315": ["C13T15"],
    "316": ["C13T15"],
    "321": ["C16"],
    "322": ["C17_18"],
    "323": ["C17_18"],
    "324": ["C19"],
    "325": ["C20", "C21"],
    "326": ["C22"],
    "327": ["C23"],
    "331": ["C24A", "C24B"],
    "332": ["C25"],
    "333": ["C28"],
    "334": ["C26"],
    "335": ["C27"],
    "336": ["C29", "C301", "C302T309"],
    "337": ["C31T33"],
    "339": ["C31T33"],
}
DATES = {"2017": "2017-12-01", "2022": "2020-03-01"}


def sector_rates(path: Path, date: str) -> pd.Series:
    """Trade-weighted tariff by ICIO sector on one date, from a tracker NAICS-3 file."""
    frame = pd.read_csv(path, dtype={"naics3": str})
    frame = frame[(frame["time"] == date) & frame["naics3"].isin(NAICS_TO_ICIO)]
    rows = []
    for _, row in frame.iterrows():
        for sector in NAICS_TO_ICIO[row["naics3"]]:
            rows.append((sector, row["tariff_trd_w_avg"] / 100.0, row["china_trade"]))
    long = pd.DataFrame(rows, columns=["sector", "tariff", "weight"]).dropna()
    long["weighted"] = long["tariff"] * long["weight"]
    sums = long.groupby("sector")[["weighted", "weight"]].sum()
    plain = long.groupby("sector")["tariff"].mean()
    return (sums["weighted"] / sums["weight"]).where(sums["weight"] > 0, plain)


def main() -> None:
    """Write the table and print it."""
    parser = argparse.ArgumentParser(description=__doc__)
    default = locate("us-china-tariffs")
    parser.add_argument("--data", type=Path, default=default)
    args = parser.parse_args()
    columns = {}
    for year, date in DATES.items():
        columns[f"usa_on_chn_{year}"] = sector_rates(
            find_file(args.data, "imports_by_naics.csv"), date
        )
        columns[f"chn_on_usa_{year}"] = sector_rates(
            find_file(args.data, "exports_by_naics.csv"), date
        )
    table = pd.DataFrame(columns).rename_axis("sector").round(5).sort_index()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    table.to_csv(OUT)
    print(f"wrote {OUT} ({len(table)} sectors)")
    print(table.to_string())


if __name__ == "__main__":
    main()
