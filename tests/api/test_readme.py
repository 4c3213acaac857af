"""The README's Python example runs as written (names only, no array indices)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[2] / "README.md"


def python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)


def test_the_python_example_uses_names_and_runs():
    pytest.importorskip("xarray")
    blocks = python_blocks()
    assert blocks, "the README has no Python example"
    code = blocks[0]
    assert not re.search(r"\[\s*\d+\s*,\s*\d+", code), "the example indexes arrays by position"
    namespace: dict = {}
    exec(compile(code, str(README), "exec"), namespace)
    result = namespace["result"]
    assert result.report.converged
    assert result.countries().loc["CHN", "welfare_pct"] < 0


def test_the_flagship_output_in_the_readme_is_what_run_prints():
    """The README's printed rows of `tradewar run may-2019` are the current numbers."""
    from typer.testing import CliRunner

    from tradewar.cli.app import app

    text = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    out = CliRunner().invoke(app, ["run", "may-2019"], env={"COLUMNS": "170"})
    assert out.exit_code == 0, out.output
    printed = {line.split("│")[1].strip(): line for line in out.output.splitlines() if "│" in line}
    seen = set()
    for line in text.splitlines():
        cells = line.split("│")
        if line.startswith("│ ") and len(cells) > 8 and cells[1].strip() in ("USA", "CHN"):
            assert line == printed[cells[1].strip()], cells[1]
            seen.add(cells[1].strip())
    assert seen == {"USA", "CHN"}
