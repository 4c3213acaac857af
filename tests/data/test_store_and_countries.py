import numpy as np
import pytest

from tradewar import DataError
from tradewar.data.countries import country_name, resolve_country
from tradewar.data.files.store import load_baseline, save_baseline


def test_round_trip(tmp_path, toy):
    path = save_baseline(toy, tmp_path / "toy.npz", card="# card\n")
    loaded, card = load_baseline(path)
    assert loaded.countries == toy.countries
    np.testing.assert_array_equal(loaded.trade, toy.trade)
    assert card == "# card\n"


def test_failed_write_leaves_nothing(tmp_path, toy, monkeypatch):
    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(np, "savez_compressed", boom)
    with pytest.raises(OSError):
        save_baseline(toy, tmp_path / "out.npz")
    assert list(tmp_path.iterdir()) == []


def test_not_a_baseline_file(tmp_path):
    path = tmp_path / "x.npz"
    path.write_bytes(b"garbage")
    with pytest.raises(DataError, match="not a tradewar baseline"):
        load_baseline(path)


def test_country_resolution():
    assert resolve_country("China") == "CHN"
    assert resolve_country("usa") == "USA"
    assert resolve_country("Viet Nam") == "VNM"
    assert country_name("TWN") == "Taiwan"
    with pytest.raises(DataError, match="did you mean 'China'"):
        resolve_country("Chnia")
    with pytest.raises(DataError, match="not in this data set"):
        resolve_country("France", known=("USA", "CHN"))
