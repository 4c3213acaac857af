"""Hostile data files, generated: a one-line DataError or a valid world, never a crash.

Issue 11, item 7.  Hypothesis corrupts saved worlds (``.npz``: bytes flipped,
cut, inserted), writes gravity tables with hostile cells (NaN, infinite, huge,
negative, text, repeated pairs, missing columns) as CSV and Stata files, and
hands PPML estimation data that has crashed its native library (all zeros,
a single flow, infinite regressors).  Each must end in a
:class:`~tradewar.errors.DataError` of one line, or in a world that passes its
own checks (an estimate with finite coefficients), in bounded time.
"""

from __future__ import annotations

import io
import time

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tradewar.errors import DataError
from tradewar.scenario.yaml_lines import MAX_BYTES

pytestmark = pytest.mark.fuzz

BOUND = 30.0


def fuzz(examples: int) -> settings:
    import os

    scale = int(os.environ.get("TRADEWAR_FUZZ_EXAMPLES", "1"))
    return settings(
        max_examples=examples * scale,
        deadline=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )


def _one_line(exc: DataError) -> None:
    text = str(exc)
    assert text and "\n" not in text and "Traceback" not in text
    assert len(text) < 2000


@pytest.fixture(scope="module")
def saved_world(tmp_path_factory) -> bytes:
    from tradewar.data.files.store import save_baseline
    from tradewar.datasets.registry import load_data

    path = tmp_path_factory.mktemp("world") / "toy.npz"
    save_baseline(load_data("toy"), path)
    return path.read_bytes()


corruptions = st.lists(
    st.tuples(
        st.floats(0, 1),
        st.sampled_from(["flip", "cut", "insert", "zero"]),
        st.binary(min_size=1, max_size=8),
    ),
    min_size=1,
    max_size=3,
)


@fuzz(100)
@given(changes=corruptions)
def test_corrupted_saved_worlds(tmp_path_factory, saved_world, changes):
    from tradewar.data.files.store import load_baseline

    data = bytearray(saved_world)
    for where, op, piece in changes:
        at = int(where * max(len(data) - 1, 0))
        if op == "flip" and data:
            data[at] ^= piece[0] or 0xFF
        elif op == "cut":
            data = data[:at]
        elif op == "insert":
            data[at:at] = piece
        else:
            data[at : at + len(piece)] = bytes(len(piece))
    path = tmp_path_factory.mktemp("npz") / "w.npz"
    path.write_bytes(bytes(data))
    started = time.perf_counter()
    try:
        world, _ = load_baseline(path)
    except DataError as exc:
        _one_line(exc)
    else:
        assert np.all(np.isfinite(world.trade))
    assert time.perf_counter() - started < BOUND


cells = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.floats(min_value=0, max_value=1e6),
    st.sampled_from([0.0, -1.0, 1e308, 1e-308, "", "x", "1,5", None]),
)


@st.composite
def gravity_tables(draw) -> pd.DataFrame:
    countries = draw(st.lists(st.sampled_from(["A", "B", "C", "D", "", "a"]), min_size=1,
                              max_size=4, unique=True))  # fmt: skip
    rows = [(e, i) for e in countries for i in countries]
    rows += draw(st.lists(st.sampled_from(rows), max_size=2))  # repeated pairs
    trade = [draw(st.one_of(st.floats(min_value=0.1, max_value=100), cells)) for _ in rows]
    frame = pd.DataFrame(
        {"exporter": [e for e, _ in rows], "importer": [i for _, i in rows], "trade": trade}
    )
    drop = draw(st.sampled_from([None, None, "trade", "importer", "exporter"]))
    return frame.drop(columns=[drop]) if drop else frame


@fuzz(100)
@given(frame=gravity_tables(), suffix=st.sampled_from([".csv", ".dta", ".tsv"]))
def test_hostile_gravity_tables(tmp_path_factory, frame, suffix):
    from tradewar.datasets.registry import load_data

    path = tmp_path_factory.mktemp("gravity") / f"g{suffix}"
    try:
        if suffix == ".dta":
            frame.astype({c: str for c in frame.columns if frame[c].dtype == object}).to_stata(
                path, write_index=False
            )
        else:
            frame.to_csv(path, index=False, sep="\t" if suffix == ".tsv" else ",")
    except (ValueError, TypeError):  # pandas cannot write it: nothing to read
        return
    started = time.perf_counter()
    try:
        world = load_data("gravity", path)
    except DataError as exc:
        _one_line(exc)
    else:
        assert np.all(np.isfinite(world.trade)) and np.all(world.trade >= 0)
    assert time.perf_counter() - started < BOUND


@fuzz(80)
@given(
    content=st.one_of(
        st.binary(max_size=512),
        st.sampled_from([b"", b"\x00" * 100, b"PK\x03\x04" + b"\x00" * 60, b"\xef\xbb\xbf"]),
    ),
    suffix=st.sampled_from([".csv", ".dta", ".parquet", ".npz", ".mat", ".xlsx", ".gz"]),
)
def test_arbitrary_bytes_as_data_files(tmp_path_factory, content, suffix):
    from tradewar.data.files.store import load_baseline
    from tradewar.data.files.tables import read_mat, read_table

    path = tmp_path_factory.mktemp("bytes") / f"f{suffix}"
    path.write_bytes(content)
    started = time.perf_counter()
    try:
        if suffix == ".npz":
            load_baseline(path)
        elif suffix == ".mat":
            read_mat(path, ["A"])
        else:
            read_table(path)
    except DataError as exc:
        _one_line(exc)
    assert time.perf_counter() - started < BOUND


@st.composite
def estimation_data(draw) -> pd.DataFrame:
    pairs = [(e, i) for e in "ABCD" for i in "ABCD"]
    base = draw(st.sampled_from(["zero", "one", "positive", "hostile"]))
    if base == "zero":
        trade = [0.0] * len(pairs)
    elif base == "one":
        trade = [0.0] * len(pairs)
        trade[draw(st.integers(0, len(pairs) - 1))] = 5.0
    else:
        trade = [draw(st.floats(min_value=0, max_value=1e3)) for _ in pairs]
    if base == "hostile":
        for _ in range(draw(st.integers(1, 3))):
            trade[draw(st.integers(0, len(pairs) - 1))] = draw(
                st.sampled_from([np.nan, np.inf, -1.0, 1e300, 0.0])
            )
    distance = [
        draw(st.one_of(st.floats(min_value=0, max_value=10), st.sampled_from([np.nan, np.inf])))
        if draw(st.integers(0, 9)) == 0
        else float(k % 5)
        for k in range(len(pairs))
    ]
    return pd.DataFrame(
        {
            "exporter": [e for e, _ in pairs],
            "importer": [i for _, i in pairs],
            "trade": trade,
            "ln_DIST": distance,
        }
    )


@fuzz(30)
@given(frame=estimation_data())
def test_ppml_on_hostile_data_never_crashes_the_process(frame):
    pytest.importorskip("pyfixest")
    from tradewar.gravity.estimate import estimate_gravity

    started = time.perf_counter()
    try:
        estimates = estimate_gravity(frame, "trade ~ ln_DIST | exporter + importer")
    except DataError as exc:
        _one_line(exc)
    else:
        assert np.all(np.isfinite(estimates.coefficients["estimate"]))
    assert time.perf_counter() - started < BOUND


def test_a_scenario_file_as_large_as_allowed_is_refused_quickly(tmp_path):
    """The size limit is checked before parsing: a huge file costs no parse."""
    from tradewar.errors import ScenarioError
    from tradewar.scenario import load_scenario

    path = tmp_path / "huge.yaml"
    with open(path, "wb") as handle:
        handle.write(b"name: x\n# " + b"x" * 64 + b"\n")
        handle.truncate(MAX_BYTES + 10)
    started = time.perf_counter()
    with pytest.raises(ScenarioError, match="larger than"):
        load_scenario(path)
    assert time.perf_counter() - started < 5


def test_a_zip_bomb_npz_is_refused_before_it_is_unpacked(tmp_path, monkeypatch):
    """A small .npz whose arrays unpack to more than the limit is refused from its index."""
    import tradewar.data.files.store as store

    buffer = io.BytesIO()
    np.savez_compressed(buffer, meta=np.array("{}"), trade=np.zeros(1_000_000))
    path = tmp_path / "bomb.npz"
    path.write_bytes(buffer.getvalue())
    assert path.stat().st_size < 100_000
    monkeypatch.setattr(store, "MAX_NPZ_BYTES", 1_000_000)
    with pytest.raises(DataError, match="GiB unpacked"):
        store.load_baseline(path)
