"""Tariffs of the default world: US and Chinese MFN rates and the US–China trade-war tariffs.

Sources (see the data card):

* US tariffs on Chinese goods and China's on US goods by ICIO sector, from the
  public tariff tracker of M. Waugh (MIT license; USITC/USTR and PIIE data),
  computed by ``scripts/build_us_china_sector_tariffs.py`` into
  ``default/us_china_tariffs.csv``: the rates of March 2020 (after Phase One's
  cut of List 4A), in force through 2022 — trade-weighted about 19.6% on Chinese
  goods and 18.8% on US goods (PIIE reports 19.3% and 21.1%).
* MFN: each side's pre-war (December 2017) rate on the other by sector is used as
  its MFN rate on every partner without a free-trade agreement.  FTA partners
  (typed from the USTR and China MOFCOM lists of agreements in force) pay zero.
* Every other country's tariffs are zero (no typed source yet).

US rates are *effective* (duties collected over imports), not statutory: product
exclusions, duty drawback and preferences make collected duties far smaller than
the statutory rates.  The statutory sector rates are scaled by one factor per
partner group so that the trade-weighted average over the goods imports of the
world built equals :data:`US_EFFECTIVE_RATES`.

China's rates on US goods in 2022 are statutory *net of exclusions*
(:data:`CHN_EFFECTIVE_RATES`): from March 2020 China excluded the trade-war
tariffs for importers who applied ("market-based purchases"), which its farm
imports from the US used almost entirely.  No source publishes what China
collected; the rates are derived in ``docs/research/china_effective_tariffs.md``
(farm goods: the 2022 FAS export mix at MFN plus the 2018 steel/aluminium
retaliation left in force, about 6%; other goods about 10%; all goods about 9%,
against PIIE's statutory 21%).  The part of each sector's trade-war increase
over its 2017 rate that stays in force is one share per group, chosen so that
the trade-weighted average matches.
"""

from __future__ import annotations

from importlib.resources import files

import numpy as np
import pandas as pd

from tradewar.baseline import Baseline

__all__ = [
    "CHN_COLLECTED_RATES",
    "CHN_EFFECTIVE_RATES",
    "CHN_FTA_PARTNERS",
    "USA_FTA_PARTNERS",
    "US_EFFECTIVE_RATES",
    "default_tariffs",
    "us_china_sector_tariffs",
]

#: US free-trade-agreement partners (USTR), ISO3.
USA_FTA_PARTNERS = frozenset(
    {
        "AUS",
        "BHR",
        "CAN",
        "CHL",
        "COL",
        "CRI",
        "DOM",
        "SLV",
        "GTM",
        "HND",
        "NIC",
        "ISR",
        "JOR",
        "KOR",
        "MEX",
        "MAR",
        "OMN",
        "PAN",
        "PER",
        "SGP",
    }
)
#: China's free-trade-agreement partners in force by 2022 (MOFCOM), ISO3.
CHN_FTA_PARTNERS = frozenset(
    {
        "BRN",
        "KHM",
        "IDN",
        "LAO",
        "MYS",
        "MMR",
        "PHL",
        "SGP",
        "THA",
        "VNM",  # ASEAN
        "PAK",
        "CHL",
        "NZL",
        "PER",
        "CRI",
        "ISL",
        "CHE",
        "KOR",
        "AUS",
        "GEO",
        "MDV",
        "MUS",
        "HKG",
        "MAC",
    }
)


#: US duties collected over goods imports, on China and on everyone else.
#: 2022: Treasury customs duties $98.0B (calendar 2022) over Census imports $3,239.7B
#: (3.03%); duties on Chinese goods about $59-64B (CBP: Section 301 duties over $49B in
#: FY2022, plus MFN duties; PPI and CSIS estimates) over $536.8B (Census), about 11.5%;
#: the rest, (98.0 - 61.5) / (3,239.7 - 536.8) = 1.35%.
#: 2017: duties $35.2B over $2,339.6B (1.50%); on China $13.5B over $505.5B (Pew,
#: 2.67%); the rest (35.2 - 13.5) / (2,339.6 - 505.5) = 1.18%.
#: Sources and arithmetic: docs/research/effective_tariffs.md.
US_EFFECTIVE_RATES = {
    2017: {"CHN": 0.0267, "others": 0.0118},
    2022: {"CHN": 0.115, "others": 0.0135},
}


#: China's tariffs on US goods in 2022, statutory net of exclusions, import-weighted:
#: farm goods (agriculture and food) about 6% (4-10%), other goods about 10%; all goods
#: about 9% (6-13%) against a statutory 21.1% (PIIE).  2017 rates are MFN (no
#: retaliation; PIIE 8.0%) and stay as they are.  Derivation and sources:
#: docs/research/china_effective_tariffs.md.
CHN_EFFECTIVE_RATES = {
    2022: {"farm": 0.06, "other": 0.10},
}
#: China's customs duties over its goods imports: 2017, 304.8bn yuan (IMF GFS) at 6.75
#: yuan per dollar over $1.84T of imports (2.45%); for 2022, 2021's 280.62bn yuan (GAC, 24 Jan
#: 2022; January-July 2022 ran 3.4% below 2021, MOF) at 6.45 over $2.69T (1.62%).  Far below
#: the statutory MFN rates: processing trade and bonded zones pay no duty.  Sources:
#: docs/research/china_effective_tariffs.md, section 1.4.
CHN_COLLECTED_RATES = {2017: 0.0245, 2022: 0.0162}
#: The sectors of the farm group (ICIO codes of agriculture, fishing and food).
FARM_SECTORS = frozenset({"A01_02", "A01", "A02", "A03", "C10T12"})


def us_china_sector_tariffs() -> pd.DataFrame:
    """The shipped table: ICIO sector → US/China tariffs on each other in 2017 and 2022."""
    path = files("tradewar.data") / "default" / "us_china_tariffs.csv"
    with path.open() as handle:
        return pd.read_csv(handle, index_col="sector")


def default_tariffs(baseline: Baseline, year: int = 2022, *, effective: bool = True) -> np.ndarray:
    """Tariff array for a baseline with ICIO sector codes and ISO3 countries.

    Sectors missing from the table (services) and countries other than the US
    and China get zero.  ``year`` 2017 gives the pre-war state, 2022 the state
    after Phase One.

    Parameters
    ----------
    baseline : Baseline
        A world with ICIO sector codes and ISO3 country codes.
    year : int, default 2022
        2017 (before the trade war) or 2022 (after Phase One).
    effective : bool, default True
        Scale the US rates to the duties collected (:data:`US_EFFECTIVE_RATES`);
        False keeps the statutory rates.

    Returns
    -------
    numpy.ndarray
        (N, N, S) ad valorem tariffs, ``[exporter, importer, sector]``.
    """
    table = us_china_sector_tariffs()
    tariff = np.zeros(baseline.trade.shape)
    countries = baseline.countries
    if "USA" not in countries or "CHN" not in countries:
        return tariff
    usa, chn = countries.index("USA"), countries.index("CHN")
    for s, sector in enumerate(baseline.sectors):
        if sector not in table.index:
            continue
        row = table.loc[sector]
        assert isinstance(row, pd.Series)  # one row per sector
        for importer, exporter_rate, partners in (
            (usa, "usa_on_chn", USA_FTA_PARTNERS),
            (chn, "chn_on_usa", CHN_FTA_PARTNERS),
        ):
            mfn = float(row[f"{exporter_rate}_2017"])
            for i, code in enumerate(countries):
                if i != importer and code not in partners:
                    tariff[i, importer, s] = mfn
        tariff[chn, usa, s] = float(row[f"usa_on_chn_{year}"])
        tariff[usa, chn, s] = float(row[f"chn_on_usa_{year}"])
    if effective:
        _scale_to_effective(baseline, tariff, usa, chn, US_EFFECTIVE_RATES[year])
        if year in CHN_EFFECTIVE_RATES:
            _net_of_exclusions(baseline, table, tariff, usa, chn, CHN_EFFECTIVE_RATES[year])
        _collected_mfn(baseline, table, tariff, usa, chn, CHN_COLLECTED_RATES[year])
    return tariff


def _collected_mfn(
    baseline: Baseline,
    table: pd.DataFrame,
    tariff: np.ndarray,
    usa: int,
    chn: int,
    target: float,
) -> None:
    """Scale China's MFN rates on every partner (in place) to its duties collected.

    China's rate on partner ``i`` in sector ``s`` is ``f mfn_s`` plus, for the
    US, its trade-war increment net of exclusions; ``f`` in [0, 1] makes the
    average over China's goods imports (free-trade partners at zero) ``target``.
    """
    goods = np.array(baseline.goods_indices, dtype=int)
    mfn = np.array(
        [table["chn_on_usa_2017"].get(sector, 0.0) for sector in baseline.sectors], dtype=float
    )[goods]
    exporters = np.array([i for i in range(baseline.n_countries) if i != chn], dtype=int)
    charged = tariff[exporters][:, chn][:, goods] > 0
    base = np.where(charged, mfn[None, :], 0.0)
    flows = baseline.trade[exporters][:, chn][:, goods]
    increment = tariff[exporters][:, chn][:, goods] - base
    if flows.sum() <= 0 or (flows * base).sum() <= 0:
        return
    factor = (target * flows.sum() - (flows * increment).sum()) / (flows * base).sum()
    factor = float(np.clip(factor, 0.0, 1.0))
    tariff[np.ix_(exporters, np.array([chn]), goods)] = (factor * base + increment)[:, None, :]


def _net_of_exclusions(
    baseline: Baseline,
    table: pd.DataFrame,
    tariff: np.ndarray,
    usa: int,
    chn: int,
    rates: dict[str, float],
) -> None:
    """Keep a share of China's trade-war increase on US goods, per group, to meet ``rates``.

    For each group (farm goods, other goods) the rate of sector ``s`` becomes
    ``mfn_s + k (statutory_s - mfn_s)``, with ``k`` in [0, 1] such that the
    average over the group's US exports to China equals the group's rate.
    """
    mfn = np.array(
        [table["chn_on_usa_2017"].get(sector, 0.0) for sector in baseline.sectors], dtype=float
    )
    goods = np.array(baseline.goods_indices, dtype=int)
    farm = np.array([s in FARM_SECTORS for s in baseline.sectors])[goods]
    for group, target in (("farm", rates["farm"]), ("other", rates["other"])):
        cells = goods[farm] if group == "farm" else goods[~farm]
        flows = baseline.trade[usa, chn, cells]
        if flows.sum() <= 0:
            continue
        base = float(flows @ mfn[cells]) / flows.sum()
        rise = float(flows @ (tariff[usa, chn, cells] - mfn[cells])) / flows.sum()
        share = float(np.clip((target - base) / rise, 0.0, 1.0)) if rise > 0 else 0.0
        tariff[usa, chn, cells] = mfn[cells] + share * (tariff[usa, chn, cells] - mfn[cells])


def _scale_to_effective(
    baseline: Baseline, tariff: np.ndarray, usa: int, chn: int, rates: dict[str, float]
) -> None:
    """Scale US tariffs (in place) so that their import-weighted averages equal ``rates``.

    The averages are over the goods imports of ``baseline`` from China and from
    every other partner (free-trade partners included, at zero).
    """
    goods = np.array(baseline.goods_indices, dtype=int)
    others = [i for i in range(baseline.n_countries) if i not in (usa, chn)]
    for exporters, target in (([chn], rates["CHN"]), (others, rates["others"])):
        flows = baseline.trade[exporters][:, usa][:, goods]
        rate = tariff[exporters][:, usa][:, goods]
        average = float((flows * rate).sum() / flows.sum()) if flows.sum() > 0 else 0.0
        if average > 0:
            tariff[np.asarray(exporters), usa, :] *= target / average
