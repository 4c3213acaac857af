from typer.testing import CliRunner

from conftest import data_path
from tradewar.cli import app
from tradewar.data.files.store import load_baseline

runner = CliRunner()


def test_data_list():
    result = runner.invoke(app, ["data", "list"])
    assert result.exit_code == 0
    for name in ("default", "cp2015", "gravity", "icio-csv", "wiod", "ossa2014", "yotov2016"):
        assert name in result.stdout
    assert "replication data" in result.stdout and "DataFrame" in result.stdout


def test_data_show_a_replication_data_set_shows_its_card():
    result = runner.invoke(app, ["data", "show", "cp2015"])
    assert result.exit_code == 0, result.output
    assert "31 countries x 40 sectors" in result.stdout
    assert "Data card: cp2015" in result.stdout and "Licence" in result.stdout
    assert "Caliendo" in result.stdout and "importer" in result.stdout
    table = runner.invoke(app, ["data", "show", "yotov2016"])
    assert table.exit_code == 0, table.output
    assert "69 countries x 1 sectors" in table.stdout and "CC BY 4.0" in table.stdout


def test_data_show_default():
    result = runner.invoke(app, ["data", "show", "default"])
    assert result.exit_code == 0, result.output
    assert "17 countries x 17 sectors" in result.stdout
    assert "Data card" in result.stdout and "OECD" in result.stdout
    assert "USA" in result.stdout and "world" in result.stdout


def test_data_show_unknown_name_suggests():
    result = runner.invoke(app, ["data", "show", "defualt"])
    assert result.exit_code == 1
    assert "did you mean 'default'" in result.output
    result = runner.invoke(app, ["data", "show", "cp2016"])
    assert result.exit_code == 1
    assert "did you mean 'cp2015'" in result.output and len(result.output.splitlines()) == 1


def test_data_show_format_needs_path():
    result = runner.invoke(app, ["data", "show", "gravity"])
    assert result.exit_code == 1
    assert "give its path" in result.output


def test_data_build_aggregates_and_writes(tmp_path):
    regions = tmp_path / "regions.csv"
    regions.write_text("country,region\nHOM,North\nFOR,North\nROW,South\n")
    out = tmp_path / "north_south.npz"
    result = runner.invoke(
        app, ["data", "build", "--from", "toy", "--regions", str(regions), "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    world, card = load_baseline(out)
    assert world.countries == ("North", "South")
    assert "Aggregated to 2 x 2" in card


def test_data_build_with_a_bad_mapping_writes_nothing(tmp_path):
    regions = tmp_path / "regions.csv"
    regions.write_text("country,region\nHOM,North\nFOR,North\n")
    out = tmp_path / "out.npz"
    result = runner.invoke(
        app, ["data", "build", "--from", "toy", "--regions", str(regions), "--out", str(out)]
    )
    assert result.exit_code == 1
    assert "unassigned: ROW" in result.output
    assert not out.exists()


def test_data_build_from_a_gravity_file(tmp_path):
    out = tmp_path / "g.npz"
    path = data_path("gegravity-sample", "sample_data_set.dlm")  # shipped gzipped
    result = runner.invoke(
        app, ["data", "build", "--from", "gravity", "--path", str(path), "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert load_baseline(out)[0].n_countries == 30
    shown = runner.invoke(app, ["data", "show", str(out)])
    assert shown.exit_code == 0 and "30 countries x 1 sectors" in shown.stdout
