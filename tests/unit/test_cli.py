import json

from typer.testing import CliRunner

from tradewar.cli import app

runner = CliRunner()


def test_replicate_cp2015_json():
    """No --data: the files shipped with tradewar."""
    result = runner.invoke(app, ["replicate", "cp2015", "--json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["matches"] and doc["n_numbers"] == 27 and doc["n_off"] == 0
    mexico = {
        c["column"]: c
        for c in doc["comparisons"]
        if c["row"] == "Mexico" and c["table"] == "Table 2, zero aggregate deficits"
    }
    assert set(mexico) == {"welfare", "terms_of_trade", "volume_of_trade", "real_wage"}
    assert mexico["welfare"]["published"] == 1.31
    assert round(mexico["welfare"]["ours"], 2) == 1.31


def test_replicate_cp2015_table(cp2015_dir):
    result = runner.invoke(app, ["replicate", "cp2015", "--data", str(cp2015_dir)])
    assert result.exit_code == 0, result.output
    assert "Mexico" in result.stdout and "1.31211 [1.31]" in result.stdout
    assert "27 of 27 numbers match their published precision" in result.stdout


def test_missing_data_folder_is_a_clear_error(tmp_path):
    result = runner.invoke(app, ["replicate", "cp2015", "--data", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert "not a path that exists" in result.output
    result = runner.invoke(app, ["replicate", "cp2015", "--data", str(tmp_path)])
    assert result.exit_code == 1
    assert "xbilat1993.txt: file not found" in result.output


def test_malformed_file_names_file_and_row(tmp_path, cp2015_dir):
    from conftest import copy_originals

    copy_originals(cp2015_dir, tmp_path)
    lines = (tmp_path / "B.txt").read_text().splitlines()
    cells = lines[3].split("\t")
    cells[2] = "abc"
    lines[3] = "\t".join(cells)
    (tmp_path / "B.txt").write_text("\n".join(lines) + "\n")
    result = runner.invoke(app, ["replicate", "cp2015", "--data", str(tmp_path)])
    assert result.exit_code == 1
    assert "B.txt" in result.output and "not a numeric table" in result.output


def test_wrong_shape_is_a_clear_error(tmp_path, cp2015_dir):
    from conftest import copy_originals

    copy_originals(cp2015_dir, tmp_path)
    (tmp_path / "T.txt").write_text("1.0\n2.0\n")
    result = runner.invoke(app, ["replicate", "cp2015", "--data", str(tmp_path)])
    assert result.exit_code == 1
    assert "T.txt: expected 20 rows x 1 columns" in result.output


def test_version():
    result = runner.invoke(app, ["version"])
    assert result.exit_code == 0
