import json

from typer.testing import CliRunner

from tradewar.cli import app

runner = CliRunner()


def test_replicate_cp2015_json(cp2015_dir):
    result = runner.invoke(app, ["replicate", "cp2015", "--data", str(cp2015_dir), "--json"])
    assert result.exit_code == 0, result.output
    table = json.loads(result.stdout)
    assert set(table) == {"zero_deficits", "with_deficits"}
    mexico = table["zero_deficits"]["Mexico"]
    assert set(mexico) == {"welfare", "terms_of_trade", "volume_of_trade", "real_wage"}
    assert round(mexico["welfare"], 2) == 1.31


def test_replicate_cp2015_table(cp2015_dir):
    result = runner.invoke(app, ["replicate", "cp2015", "--data", str(cp2015_dir)])
    assert result.exit_code == 0, result.output
    assert "Mexico" in result.stdout and "1.31 [1.31]" in result.stdout


def test_missing_data_folder_is_a_clear_error(tmp_path):
    result = runner.invoke(app, ["replicate", "cp2015", "--data", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert "xbilat1993.txt: file not found" in result.output


def test_malformed_file_names_file_and_row(tmp_path, cp2015_dir):
    import shutil

    for f in cp2015_dir.iterdir():
        shutil.copy(f, tmp_path / f.name)
    lines = (tmp_path / "B.txt").read_text().splitlines()
    cells = lines[3].split("\t")
    cells[2] = "abc"
    lines[3] = "\t".join(cells)
    (tmp_path / "B.txt").write_text("\n".join(lines) + "\n")
    result = runner.invoke(app, ["replicate", "cp2015", "--data", str(tmp_path)])
    assert result.exit_code == 1
    assert "B.txt" in result.output and "not a numeric table" in result.output


def test_wrong_shape_is_a_clear_error(tmp_path, cp2015_dir):
    import shutil

    for f in cp2015_dir.iterdir():
        shutil.copy(f, tmp_path / f.name)
    (tmp_path / "T.txt").write_text("1.0\n2.0\n")
    result = runner.invoke(app, ["replicate", "cp2015", "--data", str(tmp_path)])
    assert result.exit_code == 1
    assert "T.txt: expected 20 rows x 1 columns" in result.output


def test_version():
    result = runner.invoke(app, ["version"])
    assert result.exit_code == 0
