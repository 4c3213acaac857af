import pandas as pd
import pytest

from conftest import shared_path
from tradewar import DataError
from tradewar.data.build.product_tariffs import (
    hs_to_icio,
    read_concordance,
    read_tariff_schedule,
    sector_tariffs,
)


def schedule(tmp_path, rows):
    path = tmp_path / "schedule.csv"
    pd.DataFrame(rows, columns=["hs6", "time_of_tariff", "tariff"]).to_csv(path, index=False)
    return read_tariff_schedule(path)


def test_trade_weighted_sector_tariffs_by_date(tmp_path):
    s = schedule(
        tmp_path,
        [
            ("847130", "2018-01-01", 0.0),  # laptops -> C26
            ("847130", "2019-09-01", 15.0),
            ("851712", "2018-01-01", 0.0),  # phones -> C26
            ("870323", "2018-01-01", 2.5),  # cars -> C29
            ("870323", "2018-07-06", 27.5),
        ],
    )
    weights = {"847130": 300.0, "851712": 100.0, "870323": 50.0}
    out = sector_tariffs(
        s, hs_to_icio(), weights=weights, dates=["2018-06-01", "2019-12-31"]
    ).set_index(["date", "sector"])
    assert out.loc[(pd.Timestamp("2018-06-01"), "C26"), "tariff"] == pytest.approx(0.0)
    assert out.loc[(pd.Timestamp("2018-06-01"), "C29"), "tariff"] == pytest.approx(0.025)
    assert out.loc[(pd.Timestamp("2019-12-31"), "C26"), "tariff"] == pytest.approx(0.15 * 300 / 400)
    assert out.loc[(pd.Timestamp("2019-12-31"), "C29"), "tariff"] == pytest.approx(0.275)
    assert out.loc[(pd.Timestamp("2019-12-31"), "C26"), "products"] == 2


def test_simple_average_without_weights(tmp_path):
    s = schedule(tmp_path, [("847130", "2018-01-01", 10.0), ("851712", "2018-01-01", 20.0)])
    out = sector_tariffs(s, hs_to_icio())
    assert out["tariff"].iloc[0] == pytest.approx(0.15)


def test_heading_exceptions_beat_chapters():
    concordance = hs_to_icio()
    assert concordance["85"] == "C27"
    assert concordance["8517"] == "C26"
    assert concordance["27"] == "C19" and concordance["2709"] == "B06"


def test_bad_schedule_rows(tmp_path):
    path = tmp_path / "s.csv"
    pd.DataFrame({"hs6": ["010121"], "time_of_tariff": ["not a date"], "tariff": [1.0]}).to_csv(
        path, index=False
    )
    with pytest.raises(DataError, match=r"row 2: column 'time_of_tariff' is not a date"):
        read_tariff_schedule(path)
    pd.DataFrame({"hs6": ["010121"], "time_of_tariff": ["2018-01-01"], "tariff": [-3.0]}).to_csv(
        path, index=False
    )
    with pytest.raises(DataError, match="negative"):
        read_tariff_schedule(path)
    pd.DataFrame({"hs6": ["010121"], "time_of_tariff": ["2018-01-01"]}).to_csv(path, index=False)
    with pytest.raises(DataError, match=r"missing column.*'tariff'"):
        read_tariff_schedule(path)


def test_us_section_301_schedule():
    s = read_tariff_schedule(shared_path("us_china_tariffs", "us_tariffs_2020.csv"))
    assert s.attrs["dropped_rows"] > 0
    out = sector_tariffs(s, hs_to_icio(), dates=["2018-01-01", "2019-06-01", "2020-02-14"])
    mean = out.groupby("date")["tariff"].mean()
    # the trade war raised US tariffs on Chinese goods from MFN levels to about 20-25%
    assert mean[pd.Timestamp("2018-01-01")] < 0.06
    assert mean[pd.Timestamp("2019-06-01")] > 0.15
    assert out.attrs["unmapped_products"] == 0


def test_chinese_retaliation_schedule_with_wits_concordance():
    s = read_tariff_schedule(shared_path("us_china_tariffs", "new_tariff_list_2020.csv"))
    wits = read_concordance(
        shared_path("us_china_tariffs", "isic_hs6_WITS.csv"),
        product="HS - Combined  Product Code",
        sector="ISIC Revision 3 Product Code",
        encoding="latin-1",
    )
    divisions = {code: isic[:2] for code, isic in wits.items()}
    out = sector_tariffs(s, divisions, dates=["2018-01-01", "2019-12-26"])
    by_date = out.pivot(index="sector", columns="date", values="tariff")
    # agriculture (ISIC 01) was a main target of China's retaliation
    assert (
        by_date.loc["01", pd.Timestamp("2019-12-26")]
        > by_date.loc["01", pd.Timestamp("2018-01-01")] + 0.1
    )


def test_conflicting_concordance(tmp_path):
    path = tmp_path / "c.csv"
    pd.DataFrame({"hs": ["01", "01"], "sector": ["A", "B"]}).to_csv(path, index=False)
    with pytest.raises(DataError, match="product 01 is mapped to several sectors"):
        read_concordance(path, product="hs", sector="sector")
