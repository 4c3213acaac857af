"""The rest of a newcomer's review of the app, checked in a real browser.

Headless Chromium (Debian's) drives a ``tradewar serve`` on loopback, as in
``test_browser.py`` (its server, browser and page helpers).  Each test is one
finding: the game's tariff chart starts from the data's own tariffs, Ossa's
industries are named, the solver's message is said in words, the dashboard's
notes are plain, the start's year is named (and an earlier action warned of),
and the news report is shown whole.  Screenshots of the fixed states go to
``artifacts/browser/review2-*.png``.
"""

from __future__ import annotations

import pytest
from test_browser import (  # noqa: F401 (fixtures)
    Page,
    _api,
    _dashboard,
    _finished_run,
    artifacts,
    browser,
    may_2019,
    server,
)

pytestmark = pytest.mark.browser


@pytest.fixture
def view(server, browser):  # noqa: F811
    opened = Page(browser, server, viewport={"width": 1280, "height": 900})
    opened.page.set_default_timeout(60_000)
    yield opened
    assert not opened.errors and not opened.external
    opened.close()


def _trace(page, div: str, trace: int) -> dict:
    return page.evaluate(
        f"() => {{ const d = document.getElementById('{div}'); const t = d.data[{trace}];"
        " return {x: t.x, y: t.y, name: t.name, yaxis: d.layout.yaxis}; }"
    )


def test_the_game_s_tariff_chart_starts_from_the_data_s_tariffs(view, server, artifacts):  # noqa: F811
    page = view.page
    body = {
        "data": "ossa2014",
        "players": ["USA", "CHN"],
        "rules": {"USA": "best-response", "CHN": "tit-for-tat"},
        "rounds": 2,
        "deal": False,
    }
    run = _finished_run(server, body, "runs/game")
    doc = _api(server, f"runs/{run}/result").json()
    start = doc["start_tariffs_pct"]
    page.goto(f"{server}/#/strategy/{run}")
    page.wait_for_selector("#chart-game-tariffs .scatterlayer")
    for k, (p, o) in enumerate((("USA", "CHN"), ("CHN", "USA"))):
        trace = _trace(page, "chart-game-tariffs", k)
        assert trace["name"] == f"{p} on {o}"
        assert trace["x"][0] == "start" and len(trace["x"]) == len(doc["moves"]) + 1
        assert trace["y"][0] == pytest.approx(start[p][o])
        # the line moves only at the player's own moves, from the start's value
        now = start[p][o]
        for move, shown in zip(doc["moves"], trace["y"][1:], strict=True):
            now = move["tariffs_pct"][o] if move["player"] == p else now
            assert shown == pytest.approx(now)
    assert trace["yaxis"]["rangemode"] == "tozero"
    ticks = page.locator("#chart-game-tariffs .ytick text").evaluate_all(
        "ts => ts.map((t) => t.textContent)"
    )
    assert ticks[0] == "0", ticks
    caption = page.locator("#game-tariffs-caption").inner_text()
    assert "trade-weighted mean tariff" in caption and "data's own tariffs" in caption
    page.locator("#chart-game-tariffs").locator("..").screenshot(
        path=artifacts / "review2-game-tariffs.png"
    )


@pytest.fixture(scope="module")
def optimal_us(server):  # noqa: F811
    """The US optimal tariffs on Ossa's data (about a second): the run's id."""
    return _finished_run(server, {"data": "ossa2014", "country": "USA"}, "runs/optimal-tariff")


def test_the_api_names_ossa_s_industries(server):  # noqa: F811
    ossa = _api(server, "datasets/ossa2014").json()
    names = ossa["sector_names"]
    assert list(names) == ossa["sectors"] and len(names) == 33
    assert names["v_f"] == "Vegetables, fruit, nuts" and names["ele"] == "Electronic equipment"
    # the default world's sector codes are words already: no names given
    assert _api(server, "datasets/default").json()["sector_names"] is None


def test_the_strategy_heat_map_names_ossa_s_industries(view, server, optimal_us, artifacts):  # noqa: F811
    page = view.page
    names = _api(server, "datasets/ossa2014").json()["sector_names"]
    page.goto(f"{server}/#/strategy/{optimal_us}")
    page.wait_for_selector("#chart-tariffs .hm")
    ticks = page.locator("#chart-tariffs .xtick text").evaluate_all(
        "ts => ts.map((t) => t.textContent)"
    )
    assert len(ticks) == 33
    assert not set(ticks) & set(names), ticks  # no raw code (ric, v_f ...)
    assert "Vegetables, fruit, nuts" in ticks and "Electronic equipment" in ticks
    assert "Cattle, sheep, goats, horses" in ticks  # a space after each comma
    assert "Cereal grains, other" in ticks and not any("nec" in t.split() for t in ticks)
    page.locator("#chart-tariffs").screenshot(path=artifacts / "review2-industry-names.png")


def test_the_solver_s_verdict_is_said_in_words(view, server, optimal_us, artifacts):  # noqa: F811
    page = view.page
    doc = _api(server, f"runs/{optimal_us}/result").json()
    assert doc["converged"] and "CONVERGENCE" in doc["message"]
    page.goto(f"{server}/#/strategy/{optimal_us}")
    page.wait_for_selector("#st-solver")
    note = page.locator("#st-solver")
    assert note.locator("p").inner_text().startswith("Converged: the solver met its tolerance")
    # the raw message only in a tooltip and behind a click
    assert "CONVERGENCE" not in page.locator("#st-result").inner_text()
    assert note.get_attribute("title") == doc["message"]
    note.locator("summary").click()
    assert doc["message"] in note.locator("code").inner_text()
    note.screenshot(path=artifacts / "review2-solver-words.png")

    # a result that did not converge says so in words, the message kept behind the click
    def unconverged(route):
        result = route.fetch().json()
        result.update(converged=False, message="ABNORMAL_TERMINATION_IN_LNSRCH")
        route.fulfill(json=result)

    page.route("**/result", unconverged)
    page.goto(f"{server}/#/library")
    page.wait_for_selector("article.scenario")
    page.goto(f"{server}/#/strategy/{optimal_us}")
    page.wait_for_selector("#st-solver")
    assert page.locator("#st-solver p").inner_text().startswith("Did not converge")
    assert "did not converge" in page.locator("#st-result .problems").inner_text()
    assert "ABNORMAL" not in page.locator("#st-result").inner_text()


def test_the_dashboard_s_currency_note_is_in_plain_words(view, server, may_2019, artifacts):  # noqa: F811
    page = view.page
    notes = _api(server, f"runs/{may_2019}/summary").json()["notes"]
    assert any("model_as" in n for n in notes), notes  # the scenario layer's wording
    _dashboard(page, server, may_2019)
    note = page.locator("li:has-text('depreciates')")
    assert note.count() == 1
    shown = note.inner_text()
    assert "model_as" not in shown and "nominal" not in shown
    assert "China props up the yuan" in shown and "depreciates 2.5%" in shown
    assert "no effect on the results" in shown and "exchange rate" in shown
    page.locator("#notes").screenshot(path=artifacts / "review2-currency-note.png")


def test_a_third_country_s_zero_tariff_revenue_is_explained(view, server, may_2019, artifacts):  # noqa: F811
    page = view.page
    countries = _api(server, f"runs/{may_2019}/summary").json()["countries"]
    none = {r["country"] for r in countries if abs(r["tariff_revenue_usd"]) < 0.5}
    assert none and not none & {"USA", "CHN"}, none
    _dashboard(page, server, may_2019)
    note = page.locator("p:has-text('Tariff revenue $0')")
    assert note.count() == 1
    text = note.inner_text()
    listed = set(text.split("(", 1)[1].split(")", 1)[0].split(", "))
    assert listed == none
    # docs/data.md: the default world carries the US's and China's tariffs; the others' are zero
    assert "only the US's and China's tariffs" in text and "set to zero" in text
    note.scroll_into_view_if_needed()
    page.screenshot(path=artifacts / "review2-revenue-note.png")


def test_the_api_gives_the_data_s_year(server):  # noqa: F811
    years = {n: _api(server, f"datasets/{n}").json()["year"] for n in ("default", "ossa2014")}
    assert years == {"default": 2022, "ossa2014": 2007}  # not 2014, the paper's year
    assert _api(server, "datasets/cp2015").json()["year"] == 1993
    assert _api(server, "datasets/toy").json()["year"] is None


def test_the_start_names_the_data_year_and_warns_of_earlier_actions(view, server, artifacts):  # noqa: F811
    page = view.page
    page.goto(f"{server}/#/builder")
    date = "[data-field='actions[0].date']"
    page.wait_for_selector(date)
    start = page.locator("[data-field='start'] option[value='data']").inner_text()
    assert start == "the data year (2022) as it is"
    warning = page.locator("label[data-for='actions[0].date'] .field-warning")
    assert warning.is_hidden()  # today is after 2022

    page.fill(date, "2019-05-10")
    assert warning.is_visible()
    assert "Before the data year 2022" in warning.inner_text()
    page.locator(".card.action").first.screenshot(path=artifacts / "review2-early-action.png")
    # a warning, not an error: the scenario is still valid
    page.click("#validate")
    page.wait_for_selector("#messages .ok:has-text('Valid')")
    assert page.locator(".field-error").count() == 0
    assert warning.is_visible()

    page.fill(date, "2022-01-01")
    assert warning.is_hidden()
    page.fill(date, "2019-05-10")
    # a start of 2017 (the pre-war state): 2019 is after it
    page.select_option("[data-field='start']", "pre-war-2017")
    page.wait_for_selector("label[data-for='actions[0].date'] .field-warning", state="hidden")
    assert page.input_value(date) == "2019-05-10"


def test_the_news_report_is_shown_whole(view, server, artifacts):  # noqa: F811
    page = view.page
    page.goto(f"{server}/#/news")
    page.click("#news-example")
    page.wait_for_function("() => document.getElementById('news-text').value.length > 100")
    page.click("#news-read")
    page.wait_for_selector("#report-text mark.event")
    box = page.locator("#report-text")
    # nothing hidden below the box's edge (a hidden end had no visible scrollbar)
    assert box.evaluate("b => b.scrollHeight <= b.clientHeight + 1")
    end = page.evaluate("() => document.getElementById('news-text').value.trim().slice(-30)")
    assert end in box.inner_text()
    box.screenshot(path=artifacts / "review2-news-report.png")
