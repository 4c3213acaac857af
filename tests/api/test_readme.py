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
