"""The replication data shipped with tradewar: files, cards, loading by name, the resolver."""

from __future__ import annotations

import fnmatch
import gzip
import hashlib
import re
import tomllib
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import tradewar as tw
from conftest import copy_originals
from tradewar.baseline import Baseline
from tradewar.data.files.tables import read_table
from tradewar.data.sources.builtin import BUILTIN_DATA, builtin_dir, find_file, locate
from tradewar.errors import DataError

ROOT = Path(__file__).resolve().parents[2]
NAMES = list(BUILTIN_DATA)


def _card_files(card: str) -> dict[str, tuple[str, int, str]]:
    """``original -> (shipped, bytes, sha256)`` from the card's table of shipped files."""
    rows = re.findall(r"^\| `([^`]+)` \| `([^`]+)` \| ([\d,]+) \| `([0-9a-f]{64})` \|$", card, re.M)
    return {orig: (shipped, int(size.replace(",", "")), sha) for orig, shipped, size, sha in rows}


@pytest.mark.parametrize("name", NAMES)
def test_shipped_files_are_the_originals_named_in_the_card(name):
    """Every file decompresses to the original whose SHA-256 the card gives."""
    folder = builtin_dir(name)
    card = tw.datasets.data_card(name)
    files = _card_files(card)
    assert set(files) == set(BUILTIN_DATA[name].files)
    shipped = {p.name for p in folder.iterdir()} - {"card.md"}
    assert shipped == {s for s, _, _ in files.values()}
    for original, (packed, size, sha) in files.items():
        data = (folder / packed).read_bytes()
        if packed.endswith(".gz"):
            data = gzip.decompress(data)
        else:
            assert packed == original  # compressed formats (.mat, .xlsx) ship as they are
        assert len(data) == size and hashlib.sha256(data).hexdigest() == sha, original


@pytest.mark.parametrize("name", NAMES)
def test_every_card_says_source_licence_units_orientation_citation(name):
    card = tw.datasets.data_card(name)
    for word in ("Source", "Licence", "Citation", "orientation", "units"):
        assert word.lower() in card.lower(), f"{name}: the card says nothing of {word}"
    assert "Licence**: " in card


def test_the_wheel_carries_every_shipped_file():
    """pyproject's package-data patterns match every file of the built-in data."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    patterns = config["tool"]["setuptools"]["package-data"]["tradewar"]
    package = ROOT / "src" / "tradewar"
    shipped = [*(package / "data" / "builtin").rglob("*"), *(package / "replication").rglob("*")]
    for path in shipped:
        if path.is_file() and path.suffix not in {".py", ".pyc"}:
            relative = path.relative_to(package).as_posix()
            assert any(fnmatch.fnmatch(relative, p) for p in patterns), relative


def test_shipped_data_stay_small():
    total = sum(p.stat().st_size for p in (builtin_dir("cp2015").parent).rglob("*") if p.is_file())
    assert total < 2_000_000


@pytest.mark.parametrize(
    ("name", "kind", "shape"),
    [
        ("cp2015", Baseline, (31, 40)),
        ("ossa2014", Baseline, (7, 33)),
        ("wiod2014-16s", Baseline, (44, 16)),
        ("yotov2016", pd.DataFrame, (4761, 153)),
        ("gegravity-sample", pd.DataFrame, (900, 11)),
        ("gravity-wiod0014", pd.DataFrame, (7744, 9)),
    ],
)
def test_load_by_name_gives_the_natural_object(name, kind, shape):
    data = tw.datasets.load(name)
    assert isinstance(data, kind)
    if isinstance(data, Baseline):
        assert (data.n_countries, data.n_sectors) == shape
        data.check_identities(rtol=1e-8)
    else:
        assert data.shape == shape
        world = tw.datasets.load_data(name)  # the same table as a one-sector world
        assert world.n_sectors == 1 and world.name == name
        world.check_identities(rtol=1e-9)


def test_gravity_worlds_take_their_papers_elasticity_and_year():
    assert tw.datasets.load_data("yotov2016").theta[0] == 6.0  # sigma 7
    assert tw.datasets.load_data("gegravity-sample").theta[0] == 4.0  # sigma 5
    wiod = tw.datasets.load_data("gravity-wiod0014")  # ge_gravity's baseline year, 2000
    frame = tw.datasets.load("gravity-wiod0014")
    row = frame[(frame.exporter == "DEU") & (frame.importer == "POL") & (frame.year == 2000)]
    i, n = wiod.country_index("DEU"), wiod.country_index("POL")
    assert wiod.trade[i, n, 0] == pytest.approx(float(row["trade"].iloc[0]))


def test_names_catalog_and_a_misspelt_name():
    loadable = [n for n in NAMES if BUILTIN_DATA[n].kind != "files"]
    assert {"default", "toy", *loadable} <= set(tw.datasets.names())
    assert "us-china-tariffs" in tw.datasets.catalog().index  # build inputs, listed
    assert "gravity" not in tw.datasets.names()  # a format needs a path
    table = tw.datasets.catalog()
    assert table.loc["yotov2016", "returns"] == "DataFrame"
    assert table.loc["cp2015", "kind"] == "replication"
    with pytest.raises(DataError, match="did you mean 'yotov2016'"):
        tw.datasets.load("yotov2061")
    with pytest.raises(DataError, match="did you mean 'gegravity-sample'"):
        tw.datasets.locate("gegravity_smaple")
    assert tw.datasets.load("gegravity_sample").shape == (900, 11)  # _ and - alike


def test_locate_paths_names_and_tables(tmp_path):
    assert locate("cp2015") == builtin_dir("cp2015")
    assert locate("yotov2016").name == "1_TradeWithoutBorder.dta.gz"  # a table: its file
    assert locate("cp2015", "B.txt").name == "B.txt.gz"
    assert locate(tmp_path) == tmp_path  # a path that exists is itself
    (tmp_path / "x.csv").write_text("a\n1\n")
    assert find_file(tmp_path, "x.csv") == tmp_path / "x.csv"
    assert find_file(tmp_path, "y.csv") == tmp_path / "y.csv"  # missing: the reader says so


def test_trade_war_data_folders_come_first(tmp_path, monkeypatch):
    """TRADEWAR_DATA: other copies of a data set, and data sets that do not ship."""
    copy = copy_originals(builtin_dir("gegravity-sample"), tmp_path / "gegravity_sample")
    frame = pd.read_csv(copy / "sample_data_set.dlm")
    frame.loc[0, "trade"] += 1.0
    frame.to_csv(copy / "sample_data_set.dlm", index=False)
    (tmp_path / "my_tables").mkdir()
    monkeypatch.setenv("TRADEWAR_DATA", str(tmp_path))
    assert locate("gegravity-sample") == copy / "sample_data_set.dlm"
    assert tw.datasets.load("gegravity-sample").loc[0, "trade"] == frame.loc[0, "trade"]
    assert locate("my_tables") == tmp_path / "my_tables"
    with pytest.raises(DataError, match="not under TRADEWAR_DATA"):
        locate("nothing-here")


def test_another_copy_of_a_world_reads_alike(tmp_path):
    copy = copy_originals(builtin_dir("cp2015"), tmp_path / "cp2015")
    ours, theirs = tw.datasets.load_data("cp2015"), tw.datasets.load_data("cp2015", copy)
    np.testing.assert_array_equal(ours.trade, theirs.trade)


@pytest.mark.parametrize("suffix", [".csv", ".dta", ".dlm"])
def test_read_table_sees_through_gzip(tmp_path, suffix):
    frame = pd.DataFrame({"exporter": ["A", "B"], "importer": ["B", "A"], "trade": [1.0, 2.0]})
    plain = tmp_path / f"t{suffix}"
    if suffix == ".dta":
        frame.to_stata(plain, write_index=False)
    else:
        frame.to_csv(plain, index=False)
    packed = tmp_path / f"t{suffix}.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    pd.testing.assert_frame_equal(read_table(packed), read_table(plain))


def test_the_catalog_gives_each_worlds_year():
    """The year of each world's flows, as its data card says (None for formats and toys)."""
    years = tw.datasets.catalog()["year"]
    expected = {
        "default": 2022,  # OECD ICIO 2022 (docs/data_card_default.md)
        "cp2015": 1993,  # Caliendo & Parro's NAFTA base year
        "ossa2014": 2007,  # Ossa's GTAP-based data
        "wiod2014-16s": 2014,
        "yotov2016": 2006,
        "gegravity-sample": 2006,
        "gravity-wiod0014": 2000,  # the first year of the panel, the world's
    }
    for name, year in expected.items():
        assert years[name] == year, name
    assert all(years[n] != years[n] for n in ("toy", "npz", "gravity"))  # NaN: none
