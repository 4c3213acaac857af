"""HTML reports of strategic results: self-contained, with valid inline SVG charts."""

import re
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from typer.testing import CliRunner

import tradewar as tw
from tradewar.cli.app import app
from tradewar.strategy.html import bar_chart, line_chart, report_html


def svgs(document):
    found = re.findall(r"<svg.*?</svg>", document, flags=re.S)
    for svg in found:
        ET.fromstring(svg)  # well-formed
    return found


def test_charts_are_svg():
    assert len(svgs(line_chart({"a": [1, 2, np.nan, 4], "b": [0, 0, 0, 0]}, "t", "y"))) == 1
    assert len(svgs(bar_chart(["X", "Y"], {"s": [1.0, -2.0]}, "t & <b>"))) == 1


@pytest.fixture(scope="module")
def world():
    base = tw.synthetic_world(n_countries=3, n_sectors=2, seed=2, io_links=False, balanced=True)
    return base.replace(profit_share=0.2 * base.va_share)


def test_reports_of_a_war_talks_and_a_game(world):
    war = tw.strategy.nash_tariffs(world=world)
    page = report_html(war)
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page and "http" not in page
    assert len(svgs(page)) == 4 and "Convergence" in page
    talks = tw.strategy.cooperative_tariffs(world=world, threat=war)
    assert "gain from the threat point" in report_html(talks)
    game = tw.strategy.escalation_game(world, list(world.countries[:2]), rounds=2)
    page = report_html(game)
    assert len(svgs(page)) == 3 and "Deal vs no deal" in page


def test_report_option(tmp_path):
    path = tmp_path / "usa.html"
    result = CliRunner().invoke(app, ["optimal-tariff", "USA", "--report", str(path)])
    assert result.exit_code == 0, result.output
    assert "Optimal tariffs" in path.read_text()
