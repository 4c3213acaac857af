"""Hostile inputs get one located error, in bounded time, never a traceback or a hang.

Issue 11, items 2, 3 and 6: limits on YAML (aliases, nesting, size, encoding),
``extends`` and start-scenario cycles however the path is spelt, a same-date
conflict check in near-linear time, corrupted data files, data that would crash
the estimation library; ``validate`` checks what ``run`` checks (countries of
``focus`` and ``reference``, finite and plausible numbers, booleans that are
not numbers, no-op actions); and ``--json`` errors as JSON objects.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

from tradewar.cli.app import app
from tradewar.errors import DataError, ScenarioError
from tradewar.policy.actions import parse_action
from tradewar.scenario import load_scenario
from tradewar.scenario.timeline import check_scenario
from tradewar.scenario.yaml_lines import MAX_BYTES, load_yaml

runner = CliRunner()

HEADER = "name: test\nbaseline: toy\nactions:\n"

BILLION_LAUGHS = """\
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""


def write(tmp_path: Path, text: str, name: str = "s.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text))
    return path


def problem(path: Path) -> str:
    with pytest.raises(ScenarioError) as info:
        check_scenario(load_scenario(path))
    return str(info.value)


# ---------------------------------------------------------------- YAML, bounded
def test_billion_laughs_is_refused_at_once(tmp_path):
    path = write(tmp_path, BILLION_LAUGHS)
    started = time.perf_counter()
    with pytest.raises(ScenarioError, match=r"s\.yaml:\d+: .*more than 5,000,000 values"):
        load_scenario(path)
    assert time.perf_counter() - started < 2


def test_an_alias_inside_its_own_anchor_is_refused(tmp_path):
    path = write(tmp_path, "name: x\nactions: &a [*a]\n")
    with pytest.raises(ScenarioError, match=r":2: alias \*a is inside its own anchor"):
        load_scenario(path)


def test_deep_nesting_is_a_located_error(tmp_path):
    for text in ("[" * 5000 + "]" * 5000, "a: " + "[" * 70 + "]" * 70):
        path = write(tmp_path, text)
        with pytest.raises(ScenarioError, match=r"s\.yaml:1: .*(nest|depth)"):
            load_scenario(path)


def test_files_that_are_not_utf8_text(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes(b"name: x\ntitle: caf\xe9\n")
    with pytest.raises(ScenarioError, match=r"latin1\.yaml:2: the file is not UTF-8 text"):
        load_scenario(path)
    path.write_bytes("name: x\ntitle: café\n".encode("utf-16"))  # with its byte order mark
    assert load_scenario(path).scenario.title == "café"
    path.write_bytes(b"name: x\ntitle: \x00\n")
    with pytest.raises(ScenarioError, match=r":2: invalid YAML: the character #x0000"):
        load_scenario(path)


def test_a_file_too_large_is_refused_before_it_is_parsed(tmp_path):
    path = tmp_path / "big.yaml"
    with open(path, "wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    with pytest.raises(ScenarioError, match="larger than"):
        load_scenario(path)


def test_yaml_values_and_lines_match_safe_load():
    import yaml

    text = textwrap.dedent(
        """\
        base: &b {p: 1, q: [x, y]}
        merged:
          <<: *b
          q: 2
        dates: [2019-05-10, 1.5e3, 20.8e9, yes, ~, 0x1f]
        list:
          - a
          - {b: 1}
        """
    )
    data, lines = load_yaml(text, "t.yaml")
    assert data == yaml.safe_load(text)
    assert lines[("merged", "q")] == 4
    assert lines[("list", 1)] == 8
    assert lines[("list", 1, "b")] == 8


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a: 1\na: 2\n", r":2: a: duplicate key"),
        ("a:\n  - {b: 1, b: 2}\n", r":2: a\[0\]\.b: duplicate key"),
        ("a: !!python/object:os.system x\n", r":1: unsupported tag"),
        ("a: 2019-13-45\n", r":1: cannot read '2019-13-45'"),
        ("a: " + "9" * 5000 + "\n", r":1: cannot read"),
        ("? [a]\n: 1\n", r":1: a key must be a plain value"),
        ("a: *nowhere\n", r":1: (alias \*nowhere names no anchor|invalid YAML)"),
        ("a: 1\n---\nb: 2\n", r":2: the file holds more than one YAML document"),
        ("a: [1, 2\n", r":2: invalid YAML"),
    ],
)
def test_bad_yaml_is_one_located_error(text, message):
    with pytest.raises(ScenarioError, match=message):
        load_yaml(text, "t.yaml")


# ---------------------------------------------------------------- cycles
def test_extends_cycle_through_any_spelling_of_a_path(tmp_path):
    folder = tmp_path / "dir"
    folder.mkdir()
    write(folder, "name: a\nextends: ../dir/b.yaml\n", "a.yaml")
    write(folder, "name: b\nextends: ./a.yaml\n", "b.yaml")
    os.symlink(folder / "a.yaml", folder / "link.yaml")
    write(folder, "name: c\nextends: link.yaml\n", "c.yaml")
    for name in ("a.yaml", "link.yaml"):
        with pytest.raises(ScenarioError, match=r"b\.yaml:2: extends: circular 'extends'"):
            load_scenario(folder / name)
    with pytest.raises(ScenarioError, match="circular 'extends'"):
        load_scenario(folder / "c.yaml")


def test_a_long_chain_of_extends_is_refused(tmp_path):
    for k in range(40):
        write(tmp_path, f"name: s{k}\nextends: s{k + 1}.yaml\n", f"s{k}.yaml")
    write(tmp_path, "name: s40\nbaseline: toy\n", "s40.yaml")
    with pytest.raises(ScenarioError, match="more than 32 scenarios extend one another"):
        load_scenario(tmp_path / "s0.yaml")


def test_start_scenario_cycle_through_other_spellings(tmp_path):
    folder = tmp_path / "dir"
    folder.mkdir()
    write(
        folder,
        "name: s1\nbaseline: toy\nstart: {scenario: ./s2.yaml, date: 2020-01-01}\n",
        "s1.yaml",
    )
    write(
        folder,
        "name: s2\nbaseline: toy\nstart: {scenario: ../dir/s1.yaml, date: 2020-01-01}\n",
        "s2.yaml",
    )
    assert "start.scenario: circular start scenarios" in problem(folder / "s1.yaml")


# ---------------------------------------------------------------- conflicts, linear
def test_same_date_conflict_check_is_near_linear(tmp_path):
    lines = [HEADER]
    for k in range(20_000):
        partner = ("FOR", "ROW")[k % 2]
        lines.append(
            f"  - {{date: 2019-01-01, kind: tariff, imposer: HOM, partners: {partner}, "
            "sectors: goods, add: 0.0001}\n"
        )
    path = tmp_path / "many.yaml"
    path.write_text("".join(lines))
    started = time.perf_counter()
    check_scenario(load_scenario(path))
    assert time.perf_counter() - started < 30  # 4,000 such actions took 31 s before


def test_conflicts_found_among_many_and_equal_rates_agree(tmp_path):
    body = HEADER + textwrap.dedent(
        """\
          - {date: 2019-01-01, kind: tariff, imposer: HOM, partners: FOR, set: 0.25}
          - {date: 2019-01-01, kind: tariff, imposer: HOM, partners: FOR, set: {goods: 0.25}}
          - {date: 2019-01-01, kind: tariff, imposer: HOM, partners: [FOR, ROW], set: 0.3}
          - {date: 2019-01-01, kind: tariff, imposer: HOM, partners: ROW, add: 0.1}
        """
    )
    text = problem(write(tmp_path, body))
    assert "actions[1]" not in text  # the same rate written as a map agrees
    assert ":6: actions[2].set: contradicts action 0" in text
    assert ":7: actions[3]: action 2 on the same date sets tariffs that this one changes" in text


# ---------------------------------------------------------------- validate = run's checks
@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ("focus: [HOM, Narnia]\n", r":\d+: focus\[1\]: .*Narnia"),
        ("focus: [HOM, HOM]\n", r"focus: names one country twice"),
        ("model: {kind: armington, reference: HOM}\n", r"model\.reference: .*gravity"),
        ("remove_actions: [x]\n", r":\d+: remove_actions: .*needs 'extends'"),
        ("model: {elasticities: .nan}\n", r"model\.elasticities"),
        ("model: {elasticities: 1e6}\n", r"implausible"),
    ],
)
def test_validate_checks_scenario_fields(tmp_path, extra, message):
    path = write(tmp_path, "name: test\nbaseline: toy\n" + extra)
    with pytest.raises(ScenarioError, match=message):
        check_scenario(load_scenario(path))


def test_focus_by_name_becomes_its_code(tmp_path):
    body = "name: test\nbaseline: toy\nfocus: [HOM, FOR]\n"
    loaded = load_scenario(write(tmp_path, body))
    check_scenario(loaded)
    assert loaded.scenario.focus == ("HOM", "FOR")


@pytest.mark.parametrize(
    ("action", "message"),
    [
        ("add: .nan", r"actions\[0\]\.add: must be a finite number, got nan"),
        ("add: .inf", r"actions\[0\]\.add: must be a finite number, got inf"),
        ("set: {goods: -.inf}", r"actions\[0\]\.set\.goods: must be a finite number"),
        ("add: yes", r"actions\[0\]\.add: must be a number, got True"),
        ("add: 25", r"actions\[0\]\.add: 25 is implausible: rates are fractions"),
        ("add: 0.1, partners: []", r"actions\[0\]\.partners: names nothing"),
        ("add: 0.1, sectors: []", r"actions\[0\]\.sectors: names nothing"),
        ("add: 0.1, coverage_usd: 1e30", r"actions\[0\]\.coverage_usd: 1e\+30 is implausible"),
        ("add: 0.1, covered_share: .nan", r"actions\[0\]\.covered_share: must be a finite number"),
    ],
)
def test_tariff_numbers_are_finite_plausible_and_not_booleans(tmp_path, action, message):
    body = HEADER + f"  - {{date: 2019-01-01, kind: tariff, imposer: HOM, {action}}}\n"
    with pytest.raises(ScenarioError, match=r"s\.yaml:4: " + message):
        load_scenario(write(tmp_path, body))


@pytest.mark.parametrize(
    ("action", "message"),
    [
        (
            "kind: trade_cost, exporters: HOM, importers: FOR, partial_effect: 1e6",
            r"partial_effect: 1e\+06 is implausible",
        ),
        ("kind: trade_cost, exporters: HOM, importers: FOR, change: .nan", r"change: must be"),
        ("kind: currency, country: HOM, change: on", r"change: must be a number, got True"),
        (
            "kind: purchase_commitment, buyer: HOM, seller: FOR, amount_usd: .inf",
            r"amount_usd: must be a finite number",
        ),
        (
            "kind: tariff, imposer: HOM, add: 0.1, label: x}\n  - {date: 20190101, kind: tariff, "
            "imposer: HOM, add: 0.1",
            r"actions\[1\]\.date: a date is written",
        ),
    ],
)
def test_other_actions_numbers(tmp_path, action, message):
    body = HEADER + f"  - {{date: 2019-01-01, {action}}}\n"
    with pytest.raises(ScenarioError, match=message):
        load_scenario(write(tmp_path, body))


def test_numerals_without_a_signed_exponent_are_numbers():
    action = parse_action(
        {"kind": "tariff", "imposer": "HOM", "add": 0.1, "coverage_usd": "20.8e9"}
    )
    assert action.coverage_usd == 20.8e9


def test_no_op_actions_are_errors(tmp_path):
    body = HEADER + (
        "  - {date: 2019-01-01, kind: trade_cost, exporters: HOM, importers: HOM, change: 0.1}\n"
    )
    assert "actions[0].importers: acts on no trade" in problem(write(tmp_path, body))


def test_an_action_dated_before_the_start_is_an_error(tmp_path):
    write(
        tmp_path,
        HEADER + "  - {date: 2019-06-01, kind: tariff, imposer: HOM, add: 0.1}\n",
        "a.yaml",
    )
    body = (
        "name: later\nbaseline: toy\nstart: {scenario: a.yaml, date: 2019-07-01}\nactions:\n"
        "  - {date: 2019-05-01, kind: tariff, imposer: FOR, add: 0.1}\n"
    )
    text = problem(write(tmp_path, body, "later.yaml"))
    assert "later.yaml:5: actions[0].date: 2019-05-01 is before the start (2019-07-01)" in text


def test_errors_name_user_fields_not_internal_arrays(tmp_path):
    body = (
        HEADER
        + "  - {date: 2019-01-01, kind: trade_cost, exporters: HOM, importers: FOR, change: .nan}\n"
    )
    with pytest.raises(ScenarioError) as info:
        load_scenario(write(tmp_path, body))
    text = str(info.value)
    assert "trade_cost_hat" not in text and "np.float64" not in text


# ---------------------------------------------------------------- data files
@pytest.fixture
def npz_files(tmp_path):
    import io

    from tradewar.data.files.store import save_baseline
    from tradewar.datasets.registry import load_data

    good = save_baseline(load_data("toy"), tmp_path / "good.npz")
    raw = good.read_bytes()
    files = {
        "empty": b"",
        "text": b"hello\n",
        "truncated": raw[: len(raw) // 2],
        "zip junk": b"PK\x03\x04" + bytes(range(256)),
        "flipped": raw[:200] + bytes([raw[200] ^ 0xFF]) + raw[201:],
    }
    buffer = io.BytesIO()
    np.savez(buffer, trade=np.ones((2, 2, 1)))
    files["no metadata"] = buffer.getvalue()
    out = {}
    for name, data in files.items():
        path = tmp_path / f"{name.replace(' ', '_')}.npz"
        path.write_bytes(data)
        out[name] = path
    return out


def test_corrupted_npz_files_are_data_errors(npz_files):
    from tradewar.data.files.store import load_baseline

    for name, path in npz_files.items():
        with pytest.raises(DataError, match=r"not a tradewar baseline file|is empty") as info:
            load_baseline(path)
        assert "\n" not in str(info.value), name


@pytest.mark.parametrize("suffix", [".csv", ".dta", ".parquet", ".tsv"])
@pytest.mark.parametrize("content", [b"", b"\x00" * 64, bytes(range(256)) * 8, b"a,b\n1"])
def test_corrupted_tables_are_data_errors(tmp_path, suffix, content):
    from tradewar.data.files.tables import read_table

    path = tmp_path / f"t{suffix}"
    path.write_bytes(content)
    try:
        read_table(path)
    except DataError as exc:
        assert "\n" not in str(exc)


def _gravity_frame(trade):
    pairs = [(e, i) for e in "ABCDE" for i in "ABCDE"]
    return pd.DataFrame(
        {
            "exporter": [e for e, _ in pairs],
            "importer": [i for _, i in pairs],
            "trade": trade,
            "ln_DIST": np.log1p(np.arange(len(pairs), dtype=float)),
        }
    )


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda f: f.assign(trade=0.0), "zero everywhere"),
        (lambda f: f.assign(ln_DIST=np.nan), "no row has a value"),
        (lambda f: f.assign(trade=[5.0] + [0.0] * 24), "too few to estimate"),
        (lambda f: f.assign(ln_DIST=np.r_[np.inf, np.ones(24)]), "'ln_DIST' is infinite"),
        (lambda f: f.assign(trade=np.r_[np.inf, np.ones(24)]), "'trade' is infinite for A -> A"),
    ],
)
def test_gravity_data_that_would_crash_pyfixest_is_refused_before_it(change, message):
    pytest.importorskip("pyfixest")
    from tradewar.gravity.estimate import estimate_gravity

    frame = change(_gravity_frame(np.linspace(1, 50, 25)))
    with pytest.raises(DataError, match=message):
        estimate_gravity(frame, "trade ~ ln_DIST | exporter + importer")


def test_gravity_estimate_cli_on_all_zero_trade_exits_cleanly(tmp_path):
    pytest.importorskip("pyfixest")
    path = tmp_path / "zero.csv"
    _gravity_frame(0.0).to_csv(path, index=False)
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "tradewar",
            "gravity",
            "estimate",
            str(path),
            "--formula",
            "trade ~ ln_DIST | exporter + importer",
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 1, out.stderr
    assert json.loads(out.stdout)["message"].endswith("there is no trade to fit")


def test_ppml_slopes_do_not_depend_on_the_units_of_trade():
    pytest.importorskip("pyfixest")
    from tradewar.gravity.estimate import estimate_gravity

    rng = np.random.default_rng(0)
    frame = _gravity_frame(np.exp(rng.normal(size=25)) * 100)
    base = estimate_gravity(frame, "trade ~ ln_DIST | exporter + importer")
    for scale in (1e-200, 1e200):
        scaled = estimate_gravity(
            frame.assign(trade=frame["trade"] * scale), "trade ~ ln_DIST | exporter + importer"
        )
        assert scaled.beta["ln_DIST"] == pytest.approx(base.beta["ln_DIST"], rel=1e-6)
        np.testing.assert_allclose(scaled.fitted / scale, base.fitted, rtol=1e-6)


# ---------------------------------------------------------------- --json errors
def test_json_errors_are_objects_on_stdout(tmp_path):
    path = write(
        tmp_path, HEADER + "  - {date: 2019-01-01, kind: tariff, imposer: Narnia, add: 0.1}\n"
    )
    for command in (["run", str(path), "--json"], ["validate", str(path), "--json"]):
        out = runner.invoke(app, command)
        assert out.exit_code == 1
        doc = json.loads(out.stdout)
        assert doc["error"] == "ScenarioError"
        assert doc["file"] == str(path)
        assert doc["line"] == 4
        assert doc["field"] == "actions[0].imposer"
        assert "Narnia" in doc["message"]
    out = runner.invoke(app, ["compare", str(path), "toy-nothing", "--json"])
    assert out.exit_code == 1 and json.loads(out.stdout)["error"] == "ScenarioError"


def test_json_usage_errors_and_unforeseen_errors_from_the_script(tmp_path):
    out = subprocess.run(
        [sys.executable, "-m", "tradewar", "run", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 2
    assert json.loads(out.stdout)["error"] == "UsageError"
    out = subprocess.run(
        [sys.executable, "-m", "tradewar", "validate", str(tmp_path / "missing.yaml")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert out.stderr.count("\n") == 1


def test_a_timeline_of_more_dates_than_steps_allowed_is_refused(tmp_path, monkeypatch):
    import tradewar.scenario.timeline as timeline

    monkeypatch.setattr(timeline, "MAX_STEPS", 3)
    body = HEADER + "".join(
        f"  - {{date: 2019-0{k}-01, kind: tariff, imposer: HOM, add: 0.01}}\n" for k in range(1, 5)
    )
    assert "actions: 4 dates, each a step to solve: at most 3" in problem(write(tmp_path, body))


def test_an_action_dated_within_a_named_start_states_year_is_an_error(tmp_path):
    """start: pre-war-2017 holds the policy of 2017: an action of 2017 is before it."""
    body = (
        "name: early\nbaseline: default\nstart: pre-war-2017\nactions:\n"
        "  - {date: 2017-06-01, kind: tariff, imposer: USA, partners: [CHN], add: 0.1}\n"
    )
    text = problem(write(tmp_path, body, "early.yaml"))
    assert "early.yaml:5: actions[0].date: 2017-06-01 is before the start (pre-war-2017" in text
