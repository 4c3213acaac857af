"""The Strategy page in a real browser: headless Chromium (Debian's) driven by Playwright.

The US optimal tariffs on Ossa's data (about a second), then a game of two players and one
round with the deal: the heat map, the bars and the path render, and the numbers the page
shows are the API's.  A bad rule is shown beside its field.  Every request to anything but
the server is refused (the app works offline).  Screenshots of each state go to
``artifacts/browser/`` (or ``$TRADEWAR_ARTIFACTS``), on a laptop and on a phone.
"""

from __future__ import annotations

import statistics

import pytest
from test_browser import Page, _api, _phone, artifacts, browser, server  # noqa: F401 (fixtures)

pytestmark = pytest.mark.browser


def _trace(page, div: str, trace: int) -> dict:
    """A Plotly trace's data as the page holds it."""
    return page.evaluate(
        f"() => {{ const d = document.getElementById('{div}').data[{trace}];"
        " return {x: d.x, y: d.y, z: d.z || null}; }"
    )


def _run_id(page, before: str = "") -> str:
    """The run the page follows once it has started one (other than ``before``)."""
    page.wait_for_function(
        "before => /^#\\/strategy\\/[0-9a-f]+$/.test(location.hash)"
        " && !location.hash.endsWith('/' + before)",
        arg=before,
    )
    return page.url.rsplit("/", 1)[1]


def _solve(page, base: str, charts: tuple[str, str], before: str = "") -> tuple[str, dict]:
    """Run the page's question and wait for its two charts: the run's id and the API's result."""
    page.click("#st-run")
    run_id = _run_id(page, before)
    page.wait_for_selector(charts[0], timeout=120_000)
    page.wait_for_selector(charts[1])
    return run_id, _api(base, f"runs/{run_id}/result").json()


def test_optimal_tariffs_and_a_game_on_the_strategy_page(server, browser, artifacts):  # noqa: F811
    view = Page(browser, server, viewport={"width": 1280, "height": 900})
    page = view.page
    page.goto(f"{server}/#/strategy")
    page.wait_for_selector("#st-country option[value='USA']", state="attached")
    assert page.locator("nav a.active").inner_text() == "Strategy"
    page.screenshot(path=artifacts / "strategy.png", full_page=True)

    # the US optimal tariffs on Ossa's data: heat map partner x industry, bars, table
    run_id, result = _solve(page, server, ("#chart-tariffs .hm", "#chart-payoffs .barlayer"))
    assert result["kind"] == "optimal" and result["players"] == ["USA"]
    heat = _trace(page, "chart-tariffs", 0)
    partners = list(result["tariffs"]["USA"])
    industries = list(result["tariffs"]["USA"][partners[0]])
    assert heat["y"] == partners and heat["x"] == industries and len(industries) == 33
    expected = [100 * result["tariffs"]["USA"][p][s] for p in partners for s in industries]
    assert [v for row in heat["z"] for v in row] == pytest.approx(expected, abs=1e-9)
    welfare, government = _trace(page, "chart-payoffs", 0), _trace(page, "chart-payoffs", 1)
    shown = dict(zip(welfare["y"], welfare["x"], strict=True))
    assert shown == pytest.approx(result["welfare_pct"], abs=1e-12)
    shown = dict(zip(government["y"], government["x"], strict=True))
    assert shown == pytest.approx(result["government_welfare_pct"], abs=1e-12)
    row = page.locator("#st-table tr[data-country='USA']")
    assert row.locator("td[data-key='welfare_pct']").inner_text() == (
        f"{result['welfare_pct']['USA']:+.3f}"
    )
    assert row.locator("td[data-key='median_tariff_pct']").inner_text() == (
        f"{result['median_tariff_pct']['USA']:.1f}"
    )
    page.screenshot(path=artifacts / "strategy-optimal.png", full_page=True)

    # a bad rule: the API's message beside the field at fault
    page.select_option("#st-question", "game")
    page.select_option("#st-rule-1", "proportional")
    page.fill("#st-rule-value-1", "-2")
    page.click("#st-run")
    error = page.locator("label[data-for='rules.CHN'] .field-error")
    error.wait_for()
    assert "out of range" in error.inner_text()
    assert "invalid" in page.locator("#st-rule-1").get_attribute("class")
    page.screenshot(path=artifacts / "strategy-error.png", full_page=True)

    # a game of two players, one round, and the deal: the path and deal vs no deal
    page.select_option("#st-rule-1", "tit-for-tat")
    page.fill("#st-rounds", "1")
    charts = ("#chart-game-welfare .scatterlayer", "#chart-deal .barlayer")
    game_id, game = _solve(page, server, charts, before=run_id)
    assert game["players"] == ["USA", "CHN"] and len(game["moves"]) == 2
    assert game["rules"] == {"USA": "best-response", "CHN": "tit-for-tat"}
    for i, player in enumerate(game["players"]):
        line = _trace(page, "chart-game-welfare", i)
        assert line["y"] == pytest.approx([m["welfare_pct"][player] for m in game["moves"]])
    us_on_china = _trace(page, "chart-game-tariffs", 0)
    # from the data's tariffs, the US moved first; its tariff on China holds through China's answer
    first = game["moves"][0]["tariffs_pct"]["CHN"]
    start = game["start_tariffs_pct"]["USA"]["CHN"]
    assert us_on_china["y"] == pytest.approx([start, first, first])
    deal = _trace(page, "chart-deal", 1)
    assert deal["y"] == pytest.approx([game["deal"]["welfare_pct"][p] for p in game["players"]])
    gain = page.locator("#game-deal tr[data-country='CHN'] td[data-key='gain']").inner_text()
    assert gain == f"{game['deal']['gain_from_no_deal_pct']['CHN']:+.3f}"
    page.screenshot(path=artifacts / "strategy-game.png", full_page=True)

    # the game from the list of runs: the same page of results
    page.goto(f"{server}/#/runs/{game_id}")
    page.wait_for_selector("#chart-deal .barlayer", timeout=60_000)
    assert view.external == [], view.external
    assert view.errors == [], view.errors
    view.close()


def test_a_trade_war_reads_on_a_phone(server, browser, artifacts):  # noqa: F811
    view = _phone(browser, server)
    page = view.page
    page.goto(f"{server}/#/strategy")
    page.wait_for_selector("#st-country option[value='USA']", state="attached")
    page.select_option("#st-question", "nash")
    page.wait_for_selector("#st-players input[value='USA']:checked")
    page.select_option("#st-against", "players")
    page.select_option("#st-form", "mfn")
    page.screenshot(path=artifacts / "strategy-phone.png", full_page=True)
    _, result = _solve(page, server, ("#chart-tariffs .hm", "#chart-rounds .scatterlayer"))
    assert result["kind"] == "nash" and sorted(result["players"]) == ["CHN", "USA"]
    heat = _trace(page, "chart-tariffs", 0)
    assert heat["y"] == result["players"] and heat["x"] == list(result["welfare_pct"])
    us = heat["z"][heat["y"].index("USA")]
    median = statistics.median(100 * v for v in result["tariffs"]["USA"]["CHN"].values())
    assert us[heat["x"].index("CHN")] == pytest.approx(median, abs=1e-9)
    assert us[heat["x"].index("USA")] is None
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= 390 + 1, f"the page is {width} px wide on a 390 px screen"
    page.screenshot(path=artifacts / "strategy-nash-phone.png", full_page=True)
    assert view.external == [] and view.errors == [], (view.external, view.errors)
    view.close()
