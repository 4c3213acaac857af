"""Loaders of the public sources, on the data shipped with tradewar and on small fixtures."""

import numpy as np
import pandas as pd
import pytest

from conftest import shared_path
from tradewar import DataError
from tradewar.data.sources.gravity import read_gravity
from tradewar.data.sources.icio import read_icio_csv
from tradewar.data.sources.ossa2014 import read_ossa2014, read_ossa2014_arrays
from tradewar.data.sources.wiod import read_wiod
from tradewar.data.sources.wiod2014_16s import read_wiod2014_16s
from tradewar.datasets import reconcile


# --------------------------------------------------------------------- ICIO CSV
def write_icio(path, countries=("AAA", "CN1", "CN2"), sectors=("A01", "C26")):
    labels = [f"{c}_{s}" for c in countries for s in sectors]
    rng = np.random.default_rng(0)
    z = rng.uniform(1, 10, size=(len(labels), len(labels)))
    fd_cols = [f"{c}_{fd}" for c in countries for fd in ("HFCE", "GGFC", "GFCF", "INVNT")]
    fd = rng.uniform(5, 20, size=(len(labels), len(fd_cols)))
    fd[0, 3] = -2.0  # an inventory draw-down
    table = pd.DataFrame(np.hstack([z, fd]), index=labels, columns=labels + fd_cols)
    table["OUT"] = table.sum(axis=1)
    va = table["OUT"].to_numpy()[: len(labels)] - z.sum(axis=0)
    extra = pd.DataFrame(
        [
            np.r_[np.zeros(len(labels)), np.zeros(len(fd_cols)), 0.0],
            np.r_[va, np.zeros(len(fd_cols)), 0.0],
            np.r_[table["OUT"].to_numpy(), np.zeros(len(fd_cols)), 0.0],
        ],
        index=["TLS", "VA", "OUT"],
        columns=table.columns,
    )
    pd.concat([table, extra]).to_csv(path)
    return z, fd


def test_icio_csv_merges_split_china_and_uses_final_demand(tmp_path):
    path = tmp_path / "icio.csv"
    z, fd = write_icio(path)
    world = read_icio_csv(path)
    assert world.countries == ("AAA", "CHN")
    assert world.sectors == ("A01", "C26")
    world.check_identities(rtol=1e-9)
    # AAA's A01 sold to CHN: intermediate to CN1 and CN2 users, plus their final demand
    inter = z[0, 2:].sum()
    final = fd[0, 4:12].sum()
    np.testing.assert_allclose(world.trade[0, 1, 0], inter + final)
    # final demand nets inventory changes (the negative cell) across categories
    np.testing.assert_allclose(world.trade[0, 0, 0], z[0, :2].sum() + fd[0, :4].sum())


def test_icio_csv_without_out_column(tmp_path):
    path = tmp_path / "bad.csv"
    pd.DataFrame({"AAA_A01": [1.0]}, index=["AAA_A01"]).to_csv(path)
    with pytest.raises(DataError, match="no 'OUT'"):
        read_icio_csv(path)


def test_icio_csv_rows_and_columns_differ(tmp_path):
    path = tmp_path / "bad.csv"
    pd.DataFrame({"AAA_A01": [1.0], "AAA_HFCE": [1.0], "OUT": [2.0]}, index=["BBB_A01"]).to_csv(
        path
    )
    with pytest.raises(DataError, match="industry rows and columns differ"):
        read_icio_csv(path)


def test_icio_csv_non_numeric(tmp_path):
    path = tmp_path / "bad.csv"
    pd.DataFrame({"AAA_A01": ["x"], "AAA_HFCE": [1.0], "OUT": [2.0]}, index=["AAA_A01"]).to_csv(
        path
    )
    with pytest.raises(DataError, match="non-numeric"):
        read_icio_csv(path)


# ------------------------------------------------------------------------- WIOD
def write_wiod(path, countries=("AUS", "USA"), s=3, year=2014):
    rng = np.random.default_rng(1)
    rows = []
    for c in countries:
        for r in range(1, s + 1):
            row = {
                "IndustryCode": f"I{r}",
                "IndustryDescription": f"industry {r}",
                "Country": c,
                "RNr": r,
                "Year": year,
            }
            for d in countries:
                for k in range(1, s + 6):
                    row[f"{d}{k}"] = rng.uniform(1, 10) if k != s + 5 else rng.uniform(-1, 1)
            rows.append(row)
    frame = pd.DataFrame(rows)
    go = {
        "IndustryCode": "GO",
        "IndustryDescription": "Output",
        "Country": "TOT",
        "RNr": 73,
        "Year": year,
    }
    frame = pd.concat([frame, pd.DataFrame([go])], ignore_index=True)
    frame["TOT"] = 0.0
    frame.to_csv(path, index=False)
    return frame


def test_wiod_long_wide_table(tmp_path):
    path = tmp_path / "wiot14.csv"
    frame = write_wiod(path)
    world = read_wiod(path)
    assert world.countries == ("AUS", "USA")
    assert world.sectors == ("I1", "I2", "I3")
    world.check_identities(rtol=1e-8)
    # AUS industry 2 sells to USA: intermediates to USA's 3 industries + 5 final columns (>= 0)
    row = frame[(frame.Country == "AUS") & (frame.RNr == 2)].iloc[0]
    inter = sum(row[f"USA{k}"] for k in range(1, 4))
    final = sum(row[f"USA{k}"] for k in range(4, 9))  # inventories netted
    np.testing.assert_allclose(world.trade[0, 1, 1], inter + final)


def test_wiod_parquet_and_dta(tmp_path):
    frame = write_wiod(tmp_path / "w.csv")
    frame.to_parquet(tmp_path / "w.parquet")
    frame.to_stata(tmp_path / "w.dta", write_index=False)
    a = read_wiod(tmp_path / "w.parquet")
    b = read_wiod(tmp_path / "w.dta")
    np.testing.assert_allclose(a.trade, b.trade)


def test_wiod_missing_column(tmp_path):
    path = tmp_path / "w.csv"
    write_wiod(path).drop(columns=["USA5"]).to_csv(path, index=False)
    with pytest.raises(DataError, match="missing value column USA5"):
        read_wiod(path)


def test_wiod_several_years_need_a_choice(tmp_path):
    a = write_wiod(tmp_path / "a.csv", year=2013)
    b = write_wiod(tmp_path / "b.csv", year=2014)
    pd.concat([a, b]).to_csv(tmp_path / "ab.csv", index=False)
    with pytest.raises(DataError, match="several years"):
        read_wiod(tmp_path / "ab.csv")
    assert read_wiod(tmp_path / "ab.csv", year=2013).n_countries == 2


# ---------------------------------------------------------------------- gravity
def test_gravity_files_shipped_with_tradewar():
    sample = read_gravity(shared_path("gegravity_sample", "sample_data_set.dlm"))
    assert sample.n_countries == 30 and sample.n_sectors == 1
    sample.check_identities(rtol=1e-9)
    wiod = read_gravity(shared_path("gravity_wiod0014", "TradeData0014.csv"), select_year=2000)
    assert wiod.n_countries == 44
    yotov = read_gravity(shared_path("yotov2016", "1_TradeWithoutBorder.dta"))
    assert yotov.n_countries == 69
    frame = pd.read_csv(
        shared_path("gegravity_sample", "sample_data_set.dlm"), sep=None, engine="python"
    )
    row = frame[(frame.exporter == "USA") & (frame.importer == "CHN")].iloc[0]
    i, n = sample.country_index("USA"), sample.country_index("CHN")
    assert sample.trade[i, n, 0] == pytest.approx(row["trade"])


@pytest.mark.parametrize(
    ("frame", "message"),
    [
        (pd.DataFrame({"exporter": ["A"], "importer": ["A"]}), "missing column.*'trade'"),
        (
            pd.DataFrame({"exporter": ["A", "A"], "importer": ["A", "B"], "trade": [1.0, -2.0]}),
            "missing or negative for exporter A, importer B",
        ),
        (
            pd.DataFrame({"exporter": ["A", "A"], "importer": ["A", "A"], "trade": [1.0, 2.0]}),
            "pair A -> A appears twice",
        ),
        (
            pd.DataFrame(
                {"exporter": ["A", "A", "B"], "importer": ["A", "B", "A"], "trade": [1.0, 2.0, 3.0]}
            ),
            "no domestic flow .* for B",
        ),
    ],
)
def test_gravity_bad_input(tmp_path, frame, message):
    path = tmp_path / "g.csv"
    frame.to_csv(path, index=False)
    with pytest.raises(DataError, match=message):
        read_gravity(path)


def test_gravity_unknown_extension(tmp_path):
    path = tmp_path / "g.xyz"
    path.write_text("x")
    with pytest.raises(DataError, match="unknown file type"):
        read_gravity(path)


# ------------------------------------------------------------------ Ossa (2014)
def test_ossa_data_mat_and_csv_agree():
    folder = shared_path("ossa2014")
    mat = read_ossa2014_arrays(folder)
    raw = read_ossa2014_arrays(folder, raw=True)
    # the CSV files hold the raw data
    (folder / "DATA.mat").exists()
    assert mat["trade"].shape == (7, 7, 33)
    assert raw["trade"].shape == (7, 7, 33)
    world = reconcile(read_ossa2014(folder))
    assert world.countries == ("BRA", "CHN", "EU", "IND", "JPN", "ROW", "USA")
    world.check_identities(rtol=1e-8)
    # purged trade: net exports close to zero
    assert np.abs(world.deficit).max() < 1e-6 * world.value_added.sum()
    np.testing.assert_allclose(world.theta, mat["sigma"] - 1.0)


def test_ossa_csv_fallback(tmp_path):
    import shutil

    folder = shared_path("ossa2014")
    for name in ("trade_ijs.csv", "tariff_ijs.csv", "sigma_s.csv"):
        shutil.copy(shared_path("ossa2014", name), tmp_path)  # as shipped: gzipped
    from_csv = read_ossa2014_arrays(tmp_path)
    from_mat = read_ossa2014_arrays(folder, raw=True)
    np.testing.assert_allclose(from_csv["trade"], from_mat["trade"], rtol=1e-5)


# ----------------------------------------------------------- WIOD 2014, 16 sectors
def test_wiod_16_sectors():
    world = reconcile(read_wiod2014_16s(shared_path("wiod2014_16s")))
    assert world.n_countries == 44 and world.n_sectors == 16
    world.check_identities(rtol=1e-8)
    usa, chn = world.country_index("USA"), world.country_index("CHN")
    assert world.tariff[chn, usa].max() > 0
    assert (world.theta > 0).all()
