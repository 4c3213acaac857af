"""Outputs never destroy the user's files, survive kill -9, and cannot carry formulas or links.

Issue 11, items 1 and 5: ``--out`` writes only into a new, empty or tradewar-made
folder and replaces only tradewar's files, atomically (a complete old or new result
at every moment, leftovers of killed runs removed by the next run, concurrent runs
serialised, the umask respected); spreadsheet cells never start a formula, and the
HTML report links only to http(s) addresses.
"""

from __future__ import annotations

import json
import os
import random
import re
import signal
import stat
import subprocess
import sys
import textwrap
import time
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

import tradewar as tw
from tradewar.atomic import MARKER, OutputError, atomic_folder, atomic_open, check_output_folder
from tradewar.cli.app import app
from tradewar.reports.files import formula_safe, rich_formats_available, write_outputs

runner = CliRunner()

HOSTILE = """\
name: hostile
title: "=cmd|' /C calc'!A0"
baseline: toy
sources:
  - {title: script, url: "javascript:alert(1)"}
  - {title: shouting, url: "JaVaScRiPt:alert(2)"}
  - {title: spaced, url: " javascript:alert(3)"}
  - {title: data, url: "data:text/html,<script>alert(4)</script>"}
  - {title: quote, url: 'https://example.org/"onmouseover="alert(5)'}
  - {title: fine, url: "https://ustr.gov/tariffs?a=1&b=2"}
actions:
  - {date: 2019-01-01, kind: tariff, imposer: HOM, add: 0.1,
     label: '=HYPERLINK("http://evil.example","click")'}
  - {date: 2019-06-01, kind: tariff, imposer: FOR, add: 0.05, label: "@SUM(1+1)"}
  - {date: 2019-09-01, kind: tariff, imposer: ROW, add: 0.02, label: "-2+3"}
"""


@pytest.fixture(scope="module")
def scenario_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("scenario") / "hostile.yaml"
    path.write_text(HOSTILE)
    return path


@pytest.fixture(scope="module")
def result(scenario_file):
    return tw.run_scenario(scenario_file)


def complete(folder: Path, extra: set[str] = frozenset()) -> bool:
    """Whether ``folder`` holds one whole result: its marker, every file it lists, readable."""
    try:
        names = set(json.loads((folder / MARKER).read_text())["files"])
    except (OSError, ValueError):
        return False
    if set(os.listdir(folder)) != names | {MARKER} | set(extra):
        return False
    for name in names:
        path = folder / name
        if name.endswith(".csv"):
            pd.read_csv(path)
        elif name.endswith(".json"):
            json.loads(path.read_text())
        elif name.endswith((".xlsx", ".parquet", ".png")):
            assert path.stat().st_size > 0
            if name.endswith(".xlsx"):
                with zipfile.ZipFile(path) as zf:
                    assert zf.testzip() is None
    return {"countries.csv", "steps.csv", "result.json"} <= names


def leftovers(parent: Path) -> list[str]:
    return sorted(n for n in os.listdir(parent) if ".tradewar-" in n)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else b"<dir>")
        for p in sorted(folder.rglob("*"))
    }


def run_cli(*args: str) -> tuple[int, str]:
    out = runner.invoke(app, ["run", *args])
    return out.exit_code, out.output


# -- refusals ------------------------------------------------------------------------------


def test_a_folder_of_the_users_is_refused_and_kept(scenario_file, tmp_path):
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "keep.txt").write_text("x\n")
    code, output = run_cli(str(scenario_file), "--out", str(folder))
    assert code == 1
    assert "holds files tradewar did not write (keep.txt)" in output
    assert snapshot(folder) == {"keep.txt": b"x\n"}
    assert leftovers(tmp_path) == []


def test_the_current_folder_and_its_parents_are_refused(scenario_file, tmp_path, monkeypatch):
    inner = tmp_path / "a" / "b"
    inner.mkdir(parents=True)
    (inner / "work.txt").write_text("mine")
    monkeypatch.chdir(inner)
    before = snapshot(tmp_path)
    for out in (".", "..", str(tmp_path / "a"), str(inner), "./"):
        code, output = run_cli(str(scenario_file), "--out", out)
        assert code == 1, out
        assert "error:" in output and ("current folder" in output or "'.'" in output), output
    # an empty current folder too: tradewar would have to rename the folder you are in
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.chdir(empty)
    assert run_cli(str(scenario_file), "--out", str(empty))[0] == 1
    assert snapshot(tmp_path) == {**before, "empty": b"<dir>"}


def test_the_scenarios_own_folder_is_refused(tmp_path):
    folder = tmp_path / "work"
    folder.mkdir()
    scenario = folder / "s.yaml"
    scenario.write_text(HOSTILE)
    code, output = run_cli(str(scenario), "--out", str(folder))
    assert code == 1 and "s.yaml" in output
    # even when the folder carries tradewar's marker
    (folder / MARKER).write_text(json.dumps({"generator": "tradewar", "files": []}))
    code, output = run_cli(str(scenario), "--out", str(folder))
    assert code == 1 and f"holds {scenario}" in output
    assert sorted(os.listdir(folder)) == sorted([MARKER, "s.yaml"])
    assert scenario.read_text() == HOSTILE


def test_a_file_is_refused_and_untouched(scenario_file, tmp_path):
    target = tmp_path / "results"
    target.write_text("my notes\n")
    code, output = run_cli(str(scenario_file), "--out", str(target))
    assert code == 1 and "is a file, not a folder" in output
    assert target.read_text() == "my notes\n"
    assert sorted(os.listdir(tmp_path)) == ["results"]


@pytest.mark.parametrize("points_to", ["folder", "file", "nothing"])
def test_a_symbolic_link_is_refused_and_untouched(scenario_file, tmp_path, points_to):
    link = tmp_path / "results"
    if points_to == "folder":
        (tmp_path / "real").mkdir()
        (tmp_path / "real" / "a.txt").write_text("a")
    elif points_to == "file":
        (tmp_path / "real").write_text("a")
    link.symlink_to(tmp_path / "real")
    before = snapshot(tmp_path)
    code, output = run_cli(str(scenario_file), "--out", str(link))
    assert code == 1 and "symbolic link" in output
    assert snapshot(tmp_path) == before
    assert os.readlink(link) == str(tmp_path / "real")


def test_an_unreadable_marker_is_refused(tmp_path):
    folder = tmp_path / "r"
    folder.mkdir()
    (folder / MARKER).write_text("{not json")
    (folder / "data.csv").write_text("1")
    with pytest.raises(OutputError, match="unreadable"):
        check_output_folder(folder)
    (folder / MARKER).write_text(json.dumps({"generator": "tradewar", "files": ["../x"]}))
    with pytest.raises(OutputError, match="unreadable"):
        check_output_folder(folder)


# -- replacing tradewar's folders ----------------------------------------------------------


def test_a_new_or_empty_folder_is_written(result, tmp_path):
    write_outputs(result, tmp_path / "new" / "r")
    assert complete(tmp_path / "new" / "r")
    (tmp_path / "empty").mkdir()
    write_outputs(result, tmp_path / "empty")
    assert complete(tmp_path / "empty")
    assert leftovers(tmp_path) == [] and leftovers(tmp_path / "new") == []


def test_a_rerun_replaces_only_tradewars_files(result, tmp_path):
    out = tmp_path / "r"
    write_outputs(result, out)
    (out / "notes.txt").write_text("my notes")
    (out / "mine").mkdir()
    (out / "mine" / "chart.svg").write_text("<svg/>")
    (out / "link").symlink_to("notes.txt")
    (out / "countries.csv").write_text("edited")  # tradewar's file: replaced
    # a file tradewar wrote last time but not this time goes
    (out / "old.csv").write_text("stale")
    doc = json.loads((out / MARKER).read_text())
    (out / MARKER).write_text(json.dumps({**doc, "files": [*doc["files"], "old.csv"]}))
    write_outputs(result, out)
    assert complete(out, extra={"notes.txt", "mine", "link"})
    assert (out / "notes.txt").read_text() == "my notes"
    assert (out / "mine" / "chart.svg").read_text() == "<svg/>"
    assert os.readlink(out / "link") == "notes.txt"
    assert (out / "countries.csv").read_text() != "edited"
    assert not (out / "old.csv").exists()
    assert leftovers(tmp_path) == []


def test_a_users_file_with_the_name_of_an_output_is_refused(result, tmp_path):
    out = tmp_path / "r"
    write_outputs(result, out)
    doc = json.loads((out / MARKER).read_text())
    doc["files"].remove("steps.csv")  # now the user's, as far as tradewar knows
    (out / MARKER).write_text(json.dumps(doc))
    (out / "steps.csv").write_text("mine")
    before = snapshot(out)
    with pytest.raises(OutputError, match=r"steps\.csv there was not written by tradewar"):
        write_outputs(result, out)
    assert snapshot(out) == before
    assert leftovers(tmp_path) == []


def test_a_failed_write_leaves_the_old_result(result, tmp_path, monkeypatch):
    out = tmp_path / "r"
    write_outputs(result, out)
    before = snapshot(out)

    def broken(frame):
        raise OSError("disk full")

    monkeypatch.setattr("tradewar.reports.files.formula_safe", broken)
    with pytest.raises(OSError, match="disk full"):
        write_outputs(result, out)
    assert snapshot(out) == before
    assert leftovers(tmp_path) == []


def test_leftovers_of_killed_runs_are_cleaned_or_restored(result, tmp_path):
    out = tmp_path / "r"
    write_outputs(result, out)
    before = snapshot(out)
    for stale in (".r.tradewar-tmp-dead0001", ".r.tradewar-tmp-dead0002"):
        (tmp_path / stale).mkdir()
        (tmp_path / stale / "countries.csv").write_text("half")
    (tmp_path / ".other.tradewar-tmp-live0001").mkdir()  # another target's: not ours to touch
    write_outputs(result, out)
    assert snapshot(out) == before
    assert leftovers(tmp_path) == [".other.tradewar-tmp-live0001"]
    # killed between the two renames of the fallback: the old folder is put back
    out.rename(tmp_path / ".r.tradewar-old")
    check = tmp_path / "s"
    write_outputs(result, check)  # another target does not touch it
    assert (tmp_path / ".r.tradewar-old").exists()
    write_outputs(result, out)
    assert snapshot(out) == before
    assert leftovers(tmp_path) == [".other.tradewar-tmp-live0001"]


def test_without_an_atomic_swap_the_fallback_replaces_too(result, tmp_path, monkeypatch):
    monkeypatch.setattr("tradewar.atomic._exchange", lambda a, b: False)
    out = tmp_path / "r"
    write_outputs(result, out)
    (out / "keep.txt").write_text("x")
    write_outputs(result, out)
    assert complete(out, extra={"keep.txt"})
    assert leftovers(tmp_path) == []


def test_new_files_and_folders_follow_the_umask(result, tmp_path):
    old = os.umask(0o027)
    try:
        write_outputs(result, tmp_path / "a" / "r")
        with atomic_open(tmp_path / "f.txt", "w") as handle:
            handle.write("x")
    finally:
        os.umask(old)
    out = tmp_path / "a" / "r"
    assert stat.S_IMODE(out.stat().st_mode) == 0o750
    assert stat.S_IMODE((tmp_path / "a").stat().st_mode) == 0o750
    for path in out.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o640, path.name
    assert stat.S_IMODE((tmp_path / "f.txt").stat().st_mode) == 0o640
    old = os.umask(0o002)
    try:
        write_outputs(result, tmp_path / "b")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "b").stat().st_mode) == 0o775
    assert stat.S_IMODE((tmp_path / "b" / "steps.csv").stat().st_mode) == 0o664
    # a replaced folder keeps the permissions its owner gave it
    (tmp_path / "b").chmod(0o700)
    write_outputs(result, tmp_path / "b")
    assert stat.S_IMODE((tmp_path / "b").stat().st_mode) == 0o700


def test_atomic_folder_writes_nothing_on_error(tmp_path):
    with pytest.raises(RuntimeError), atomic_folder(tmp_path / "r") as folder:
        (folder / "a.txt").write_text("a")
        raise RuntimeError
    assert os.listdir(tmp_path) == []


# -- kill -9 and concurrency ---------------------------------------------------------------

WRITER = textwrap.dedent(
    """\
    import sys, time
    from pathlib import Path
    import tradewar as tw
    import tradewar.atomic
    from tradewar.reports.files import write_outputs

    scenario, out, mode = sys.argv[1:4]
    if mode == "fallback":
        tradewar.atomic._exchange = lambda a, b: False
    result = tw.run_scenario(scenario)
    print("ready", flush=True)
    if mode == "once":
        go = Path(sys.argv[4])
        while not go.exists():
            time.sleep(0.005)
        write_outputs(result, out)
    else:
        while True:
            write_outputs(result, out)
    """
)


def _writer(tmp_path: Path, *args: str) -> subprocess.Popen:
    script = tmp_path / "writer.py"
    if not script.exists():
        script.write_text(WRITER)
    return subprocess.Popen([sys.executable, str(script), *args], stdout=subprocess.PIPE, text=True)


@pytest.mark.parametrize(("mode", "trials"), [("swap", 8), ("fallback", 4)])
def test_kill_9_at_any_moment_leaves_a_complete_result(
    result, scenario_file, tmp_path, mode, trials
):
    work = tmp_path / "work"
    work.mkdir()
    out = work / "r"
    write_outputs(result, out)
    (out / "keep.txt").write_text("mine")
    start = time.perf_counter()
    write_outputs(result, out)
    one_write = time.perf_counter() - start
    moments = random.Random(11).sample(range(1000), trials)
    for k in moments:
        child = _writer(tmp_path, str(scenario_file), str(out), mode)
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        time.sleep(k / 1000 * 2.5 * one_write)  # somewhere in the first writes
        child.send_signal(signal.SIGKILL)
        child.wait()
        if mode == "swap":
            assert complete(out, extra={"keep.txt"}), (k, os.listdir(work))
        else:  # the old folder may be aside for a moment: complete there, put back next run
            aside = work / ".r.tradewar-old"
            assert complete(out, {"keep.txt"}) or complete(aside, {"keep.txt"}), k
    write_outputs(result, out)
    assert complete(out, extra={"keep.txt"})
    assert (out / "keep.txt").read_text() == "mine"
    assert leftovers(work) == []


def test_concurrent_runs_into_one_folder_end_with_one_result(scenario_file, tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    out, go = work / "r", tmp_path / "go"
    children = [_writer(tmp_path, str(scenario_file), str(out), "once", str(go)) for _ in range(8)]
    for child in children:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    go.touch()
    codes = [child.wait(timeout=120) for child in children]
    assert codes == [0] * len(children)
    assert complete(out)
    assert leftovers(work) == []


# -- the HTML report's file ----------------------------------------------------------------


def test_the_report_replaces_only_a_report(result, scenario_file, tmp_path):
    pytest.importorskip("plotly")
    mine = tmp_path / "notes.html"
    mine.write_text("<html>my notes</html>")
    out = runner.invoke(app, ["report", str(scenario_file), "--out", str(mine)])
    assert out.exit_code == 1 and "tradewar did not write it" in out.output
    assert mine.read_text() == "<html>my notes</html>"
    for target in (tmp_path, tmp_path / "link.html"):
        if target.name == "link.html":
            target.symlink_to(mine)
        out = runner.invoke(app, ["report", str(scenario_file), "--out", str(target)])
        assert out.exit_code == 1, target
    assert mine.read_text() == "<html>my notes</html>"
    report = tmp_path / "report.html"
    report.write_text(  # one written before reports carried their generator tag
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n'
        "<title>May 2019 — tradewar</title>",
        encoding="utf-8",
    )
    (tmp_path / ".report.html.tradewar-tmp-dead0001").write_text("half")  # a killed write
    for _ in range(2):  # a tradewar report is replaced
        out = runner.invoke(app, ["report", str(scenario_file), "--out", str(report)])
        assert out.exit_code == 0, out.output
    assert '<meta name="generator" content="tradewar">' in report.read_text()
    assert leftovers(tmp_path) == []


# -- formulas and links --------------------------------------------------------------------


def test_formula_safe_quotes_text_cells_only():
    frame = pd.DataFrame(
        {
            "label": ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "\uff1dA1", "ok", None],
            "value": [-1.0, 2.0, -3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0],
            "count": range(9),
            "=bad": ["a"] * 9,
        }
    )
    safe = formula_safe(frame)
    assert safe["label"].tolist()[:7] == [
        "'=1+1",
        "'+1",
        "'-1",
        "'@SUM(A1)",
        "'\tx",
        "'\rx",
        "'\uff1dA1",
    ]
    assert safe["label"].iloc[7] == "ok" and pd.isna(safe["label"].iloc[8])
    assert safe["label"].dtype == frame["label"].dtype
    pd.testing.assert_series_equal(safe["value"], frame["value"])
    pd.testing.assert_series_equal(safe["count"], frame["count"])
    assert list(safe.columns) == ["label", "value", "count", "'=bad"]
    assert frame["label"].iloc[0] == "=1+1"  # the input is not changed
    plain = pd.DataFrame({"country": ["HOM"], "x": [-1.0]})
    assert formula_safe(plain) is plain


def test_no_spreadsheet_cell_becomes_a_formula(result, tmp_path):
    out = write_outputs(result, tmp_path / "r")
    starts = ("=", "+", "-", "@", "\t", "\r")
    raw = (out / "steps.csv").read_text()
    assert "'=HYPERLINK" in raw and "'@SUM(1+1)" in raw and "'-2+3" in raw
    for name in ("countries", "sectors", "trade", "steps"):
        frame = pd.read_csv(out / f"{name}.csv", dtype=str, keep_default_na=False)
        for column in frame.columns:
            numeric = pd.to_numeric(frame[column], errors="coerce").notna() | (frame[column] == "")
            assert not frame[column][~numeric].str.startswith(starts).any(), (name, column)
    # the library's numbers are untouched (negative ones too)
    steps = pd.read_csv(out / "steps.csv")
    assert (steps["welfare_pct"] < 0).any()
    if not rich_formats_available():
        pytest.skip("Excel needs the report extra")
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.load_workbook(out / "hostile.xlsx")
    seen = set()
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    assert not cell.value.startswith(starts), (sheet.title, cell.coordinate)
                    seen.add(cell.value)
                elif cell.value is not None:
                    assert isinstance(cell.value, int | float)
    assert '\'=HYPERLINK("http://evil.example","click")' in seen
    # Parquet keeps the labels as they are (a typed format, nothing to run)
    if rich_formats_available():
        labels = pd.read_parquet(out / "steps.parquet")["actions"]
        assert labels.str.startswith("=HYPERLINK").any()


def test_the_report_links_only_to_http_sources(result):
    pytest.importorskip("plotly")
    from tradewar.reports.html import render_report, source_link

    page = render_report(result)
    markup = re.sub(r"<script\b.*?</script>", "", page, flags=re.DOTALL | re.IGNORECASE)
    hrefs = re.findall(r"href\s*=\s*[\"']?([^\"' >]*)", markup, flags=re.IGNORECASE)
    assert hrefs == ["https://ustr.gov/tariffs?a=1&amp;b=2"]
    sources = page[page.index("<h2>Sources</h2>") :]
    assert "javascript:alert(1)" in sources and "JaVaScRiPt:alert(2)" in sources
    assert "data:text/html,&lt;script&gt;alert(4)&lt;/script&gt;" in sources
    assert "<script>alert" not in page
    assert "&quot;onmouseover=&quot;alert(5)" in sources and '"onmouseover' not in page
    assert source_link("https://example.org/a b") == "https://example.org/a b"
    assert source_link("http://example.org/").startswith('<a href="http://example.org/"')
    assert source_link("ftp://example.org/") == "ftp://example.org/"
