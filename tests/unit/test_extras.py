"""Optional dependencies: a missing one is named, in one line, with its extra."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from tradewar.cli.app import app
from tradewar.errors import MissingExtraError
from tradewar.extras import require


def test_require_names_the_extra():
    with pytest.raises(MissingExtraError, match=r"pip install 'tradewar\[report\]'"):
        require("surely_not_an_installed_module", "report")
    assert require("json", "report").dumps([]) == "[]"


def test_out_without_the_report_extra_writes_csv_and_json_and_says_so(tmp_path, monkeypatch):
    import tradewar.reports.files as files

    monkeypatch.setattr(files, "rich_formats_available", lambda: False)
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["run", "may-2019", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "pip install 'tradewar[report]'" in result.output
    names = {p.name for p in out.iterdir()}
    assert {"countries.csv", "result.json"} <= names
    assert not any(n.endswith((".xlsx", ".parquet", ".png")) for n in names)
