"""The scenario draft: validate names every FILL-IN; filled in, it validates and runs."""

from __future__ import annotations

import re

import pytest
import yaml

from tradewar.errors import ScenarioError
from tradewar.news import example_report, read_report
from tradewar.scenario import load_scenario
from tradewar.scenario.timeline import check_scenario

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")


@pytest.fixture(scope="module")
def draft() -> str:
    text, date = example_report()
    return read_report(text, date).to_scenario(source="example.txt")


def test_the_draft_gives_each_action_its_sentence_and_what_is_missing(draft):
    doc = yaml.safe_load(draft)
    kinds = [a["kind"] for a in doc["actions"]]
    assert kinds == ["tariff", "currency", "purchase_commitment", "export_control", "tariff"]
    hike = doc["actions"][0]
    assert (hike["imposer"], hike["partners"], hike["coverage_usd"]) == ("USA", ["CHN"], 200e9)
    assert str(hike["date"]) == "2019-05-10"
    assert '# "Last week, the U.S. increased tariffs on $200 billion in Chinese goods."' in draft
    assert "# note: date: from 'last week', known to the week only" in draft
    assert draft.count(": FILL-IN") == 5  # two rates, the yuan's move, the pork cut, Huawei
    assert "talks_stalled" in draft and "market_reaction" in draft  # kept as comments


def test_validate_names_the_lines_to_fill_in(tmp_path, draft):
    path = tmp_path / "draft.yaml"
    path.write_text(draft, encoding="utf-8")
    with pytest.raises(ScenarioError) as info:
        check_scenario(load_scenario(path))
    lines = {n + 1 for n, line in enumerate(draft.splitlines()) if ": FILL-IN" in line}
    assert {p[0] for p in info.value.problems} <= lines
    assert info.value.line in lines


def test_filled_in_the_draft_validates_and_runs(tmp_path, draft):
    values = iter(["0.15", "0.025", "-10000000.0", "11000000000.0", "0.10"])
    filled = re.sub(r": FILL-IN", lambda _: ": " + next(values), draft)
    path = tmp_path / "filled.yaml"
    path.write_text(filled, encoding="utf-8")
    loaded = load_scenario(path)
    check_scenario(loaded)
    from tradewar.scenario import run_scenario

    result = run_scenario(loaded)
    assert len(result.steps) >= 2
    welfare = result.countries()["welfare_pct"] if hasattr(result, "countries") else None
    assert welfare is None or welfare.notna().all()


def test_threats_are_drafted_commented_out():
    report = read_report(
        "President Donald Trump threatened on Thursday to impose a 5% tariff on all goods from "
        "Mexico from June 10. The peso slumped 2.5% against the dollar.",
        date="2019-05-31",
    )
    draft = report.to_scenario()
    doc = yaml.safe_load(draft)
    assert doc["actions"] == []
    assert "#   - date: 2019-06-10" in draft
    assert "#     add: 0.05" in draft
