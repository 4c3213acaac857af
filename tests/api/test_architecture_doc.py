"""docs/architecture.md stays true: its module names exist, its walk matches the flagship."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
DOC = (ROOT / "docs" / "architecture.md").read_text()
PACKAGES = ("baseline", "data", "datasets", "model", "policy", "results", "scenario", "reports",
            "cli", "gravity", "replication")


def _dotted_names() -> set[str]:
    """Dotted names in backticks that start with a subpackage: ``results.solving.solve_policy``."""
    found = set()
    prose = re.sub(r"```.*?```", "", DOC, flags=re.DOTALL)
    for code in re.findall(r"`([^`]+)`", prose):
        for name in re.findall(r"\b(?:tradewar\.)?([a-z_]+(?:\.[A-Za-z_]+)+)", code):
            if name.split(".")[0] in PACKAGES:
                found.add(name)
    return found


def _resolves(dotted: str) -> bool:
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module("tradewar." + ".".join(parts[:cut]))
        except ImportError:
            continue
        try:
            for attr in parts[cut:]:
                obj = getattr(obj, attr)
        except AttributeError:
            return False
        return True
    return False


def test_every_module_and_name_the_doc_mentions_exists():
    names = _dotted_names()
    assert {"results.solving.solve_policy", "model.price_system.PriceSystem"} <= names
    missing = sorted(name for name in names if not _resolves(name))
    assert not missing, missing


def test_every_file_the_doc_mentions_exists():
    for path in re.findall(r"`((?:src/tradewar/|data/build/)[\w/.-]+\.(?:py|yaml))`", DOC):
        full = ROOT / path if path.startswith("src/") else ROOT / "src" / "tradewar" / path
        assert full.exists(), path


def test_the_quoted_action_is_the_flagships_first():
    flagship = yaml.safe_load(
        (ROOT / "src/tradewar/scenario/library/may-2019.yaml").read_text()
    )
    first = flagship["actions"][0]
    assert first["kind"] == "tariff" and first["imposer"] == "USA" and first["partners"] == ["CHN"]
    assert first["add"] == 0.15 and "coverage_usd" not in first
    assert f"label: {first['label']}" in DOC
    assert f"electronics: {first['covered_share']['electronics']}" in DOC
    assert flagship["start"] == {"scenario": "us-china-2018-2019", "date": "2019-05-09"}


@pytest.mark.slow
def test_the_walk_through_the_electronics_cell_is_what_the_solver_does():
    from tradewar.scenario import run_scenario

    result = run_scenario("may-2019")
    share = result.scenario.actions[0].covered_share["electronics"]
    start, data = result.start_world, result.data_world
    chn, usa = start.country_index("CHN"), start.country_index("USA")
    electronics = start.sector_index("electronics")
    before = start.tariff[chn, usa, electronics]
    after = result.steps[0].result.tariff_new[chn, usa, electronics]
    assert f"τ = {before:.5f}" in DOC
    assert f"{data.tariff[chn, usa, electronics]:.5f} in the 2022 data" in DOC
    assert after == pytest.approx(before + share * 0.15, abs=1e-12)
    assert f"τ' = {before:.5f} + {share} × 0.15 = {after:.5f}" in DOC
    row = result.steps[0].result.trade().loc[("CHN", "USA", "electronics")]
    assert row["tariff_base"] == pytest.approx(before) and row["tariff_new"] == pytest.approx(after)
