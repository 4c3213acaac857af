"""What a newcomer's review of the app found, checked in a real browser.

Headless Chromium (Debian's) drives a ``tradewar serve`` on loopback, as in
``test_browser.py`` (its server, browser and page helpers).  Each test is one
finding of the review: importing an invalid scenario file loads it and shows every
error (it used to freeze the tab), the dashboard's winners and losers, the news
draft's hints, phone layouts, the Strategy page reopened by its address, the
game's tariff chart, plain words for codes and solver messages, the start's year,
and small things (the report box, unknown addresses, the Compare table's units).
Screenshots of the fixed states go to ``artifacts/browser/review-*.png``.
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

#: A second action whose coverage exceeds China's imports; the form showed one action.
TWO_ACTIONS = """\
name: two-actions
title: Second action bad
baseline: default
start: data
actions:
- date: '2019-05-10'
  kind: tariff
  imposer: USA
  partners: [CHN]
  sectors: [electronics]
  add: 0.25
- date: '2019-06-01'
  kind: tariff
  imposer: CHN
  partners: [USA]
  sectors: [agriculture]
  add: 0.25
  coverage_usd: 60000000000
"""

#: A misspelt top-level key: a field the form has no place for.
TYPO = """\
name: typo
titel: Typo in a key
baseline: default
start: data
actions:
- date: '2019-05-10'
  kind: tariff
  imposer: USA
  partners: [CHN]
  sectors: [electronics]
  add: 0.25
"""

#: A key no field of the form is named after, and nothing in its message names one either.
UNKNOWN = TYPO.replace("titel: Typo in a key", "title: Unknown key\nzzz: 1")


def _import(page, tmp_path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    page.set_input_files("#import-file", str(path))


@pytest.fixture
def view(server, browser):  # noqa: F811
    opened = Page(browser, server, viewport={"width": 1280, "height": 900})
    opened.page.set_default_timeout(30_000)
    yield opened
    opened.close()


def test_an_invalid_file_is_loaded_with_every_error_shown(view, server, artifacts, tmp_path):  # noqa: F811
    page = view.page
    page.goto(f"{server}/#/builder")
    page.wait_for_selector("[data-field='actions[0].imposer']")
    assert page.locator(".card.action").count() == 1

    # an error in actions[1] while the form shows one action: the file is loaded, the error
    # is beside the second action's field and in the messages box
    _import(page, tmp_path, "two.yaml", TWO_ACTIONS)
    page.wait_for_selector("#messages .problems")
    assert page.locator(".card.action").count() == 2
    assert page.input_value("[data-field='actions[1].imposer']") == "CHN"
    assert page.input_value("[data-field='name']") == "two-actions"
    beside = page.locator("label[data-for='actions[1].coverage_usd'] .field-error")
    assert "agriculture" in beside.inner_text()
    assert "actions[1].coverage_usd" in page.locator("#messages .problems").inner_text()
    page.screenshot(path=artifacts / "review-import-two-actions.png", full_page=True)

    # a misspelt key: its error names the field meant, shown there and in the box
    _import(page, tmp_path, "typo.yaml", TYPO)
    page.wait_for_selector("#messages .problems:has-text('titel')")
    assert page.input_value("[data-field='name']") == "typo"
    assert "title" in page.locator("label[data-for='title'] .field-error").inner_text()

    # a key with no field at all: in the messages box, said to be off the form
    _import(page, tmp_path, "unknown.yaml", UNKNOWN)
    page.wait_for_selector("#messages .problems:has-text('zzz')")
    assert "not on the form" in page.locator("#messages .problems").inner_text()
    assert page.input_value("[data-field='title']") == "Unknown key"
    page.screenshot(path=artifacts / "review-import-typo.png", full_page=True)

    # a valid file still imports as before
    _import(page, tmp_path, "ok.yaml", TYPO.replace("titel:", "title:"))
    page.wait_for_selector("#messages .ok:has-text('Imported ok.yaml')")
    assert not view.errors and not view.external


def test_the_api_reads_an_invalid_file_as_data_and_refuses_what_is_not_yaml(server):  # noqa: F811
    import httpx

    url = f"{server}/api/v1/scenarios/read"
    read = httpx.post(url, json={"yaml": TYPO}, timeout=30)
    assert read.status_code == 200
    assert read.json()["scenario"]["titel"] == "Typo in a key"
    assert read.json()["scenario"]["actions"][0]["date"] == "2019-05-10"
    bad = httpx.post(url, json={"yaml": "name: [unclosed"}, timeout=30)
    assert bad.status_code == 422 and bad.json()["error"]["title"] == "invalid YAML"
    listed = httpx.post(url, json={"yaml": "- a\n- b\n"}, timeout=30)
    assert listed.status_code == 422 and "mapping" in listed.json()["error"]["detail"]
    data = httpx.post(url, json={"scenario": {"name": "x"}}, timeout=30)
    assert data.status_code == 422 and "yaml" in data.json()["error"]["detail"]


def test_winners_gained_and_losers_lost(view, server, may_2019, artifacts):  # noqa: F811
    page = view.page
    third = _api(server, f"runs/{may_2019}/summary").json()["third"]
    _dashboard(page, server, may_2019)
    for box, sign in (("winners", 1), ("losers", -1)):
        rows = page.locator(f"#{box} tr[data-country]")
        side = [r for r in third if sign * r["welfare_pct"] > 0]
        expected = sorted(side, key=lambda r: -sign * r["welfare_pct"])[:5]
        assert [r["country"] for r in expected], box  # may-2019 has both
        assert rows.evaluate_all("rs => rs.map((r) => r.dataset.country)") == [
            r["country"] for r in expected
        ]
    page.locator("#losers").screenshot(path=artifacts / "review-losers.png")

    # a world where every third country gains: no losers, said in words
    def everyone_gains(route):
        summary = route.fetch().json()
        for row in summary["third"]:
            row["welfare_pct"] = abs(row["welfare_pct"]) + 0.001
        route.fulfill(json=summary)

    page.route("**/summary", everyone_gains)
    page.goto(f"{server}/#/library")
    page.wait_for_selector("article.scenario")
    _dashboard(page, server, may_2019)
    assert page.locator("#losers tr[data-country]").count() == 0
    assert "None" in page.locator("#losers").inner_text()
    assert page.locator("#winners tr[data-country]").count() == 5


def test_the_news_draft_s_hints_use_the_units_of_the_builder_s_fields(view, server, artifacts):  # noqa: F811
    page = view.page
    page.goto(f"{server}/#/news")
    page.click("#news-example")
    page.wait_for_function("() => document.getElementById('news-text').value.length > 100")
    page.click("#news-read")
    page.wait_for_selector("#news-builder")
    page.click("#news-builder")
    page.wait_for_selector(".fill-note")
    notes = dict(
        zip(
            page.locator("#builder [data-field].fill-in").evaluate_all(
                "es => es.map((e) => e.dataset.field)"
            ),
            page.locator(".fill-note").all_inner_texts(),
            strict=True,
        )
    )
    listed = page.locator("#open-fields li").all_inner_texts()
    assert notes and listed
    for text in [*notes.values(), *listed]:
        # the form takes percent and billions: no fractions, 0-1 shares or raw dollars
        assert "fraction" not in text and "0-1" not in text and "USD" not in text, text
    tariffs = [t for f, t in notes.items() if f.endswith(".add")]
    assert tariffs and all("e.g. 15" in t and "percentage points" in t for t in tariffs), tariffs
    money = [t for f, t in notes.items() if f.endswith("_usd")]
    assert money and all("billion" in t for t in money), money
    page.locator("label:has(.fill-note)").first.screenshot(path=artifacts / "review-news-hint.png")


def _labels(page, div: str, axis: str = "y") -> list[str]:
    """The tick labels a chart shows on an axis."""
    return page.locator(f"#{div} .{axis}tick text").evaluate_all(
        "ts => ts.map((t) => t.textContent)"
    )


def test_phone_layouts_label_every_bar_and_fit_the_screen(server, browser, may_2019, artifacts):  # noqa: F811
    phone = Page(browser, server, viewport={"width": 390, "height": 844}, is_mobile=True)
    page = phone.page
    page.set_default_timeout(60_000)
    summary = _api(server, f"runs/{may_2019}/summary").json()
    a = summary["focus"][0]
    sectors = list(dict.fromkeys(r["sector"] for r in summary["bilateral"] if r["exporter"] == a))
    _dashboard(page, server, may_2019)
    page.wait_for_selector("#chart-bilateral .barlayer")
    assert _labels(page, "chart-bilateral") == sectors
    page.locator("#chart-bilateral").screenshot(path=artifacts / "review-phone-sectors.png")

    other = _finished_run(server, {"scenario_id": "phase-one-2020"})
    page.goto(f"{server}/#/compare/{may_2019}/{other}")
    page.wait_for_selector("#chart-compare .barlayer")
    countries = page.locator("#comparison tr[data-country]").evaluate_all(
        "rs => rs.map((r) => r.dataset.country)"
    )
    assert _labels(page, "chart-compare") == countries
    heads = page.locator("#comparison th").all_inner_texts()[1:]
    assert heads and all("%" in t for t in heads), heads
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.screenshot(path=artifacts / "review-phone-compare.png", full_page=True)
    assert not phone.errors and not phone.external
    phone.close()


def test_a_game_reopened_by_its_address_shows_its_own_question(view, server, artifacts):  # noqa: F811
    page = view.page
    body = {
        "data": "ossa2014",
        "players": ["USA", "CHN"],
        "rules": {"USA": "best-response", "CHN": "tit-for-tat"},
        "rounds": 1,
        "deal": False,
    }
    import httpx

    answer = httpx.post(f"{server}/api/v1/runs/game", json=body, timeout=60)
    run = answer.json()["error"]["run"] if answer.status_code == 409 else answer.json()
    page.goto(f"{server}/#/strategy/{run['id']}")
    page.wait_for_selector("#chart-game-tariffs .scatterlayer", timeout=120_000)
    page.wait_for_function("() => document.getElementById('st-rule-1')?.value === 'tit-for-tat'")
    assert page.input_value("#st-question") == "game"
    assert page.locator("#st-optimal, #st-country:visible").count() == 0
    assert [page.input_value(f"#st-mover-{i}") for i in (0, 1)] == ["USA", "CHN"]
    assert page.input_value("#st-rule-0") == "best-response"
    page.screenshot(path=artifacts / "review-game-reopened.png", full_page=True)


def test_a_mistyped_address_says_page_not_found_with_links(view, server, artifacts):  # noqa: F811
    page = view.page
    page.goto(f"{server}/#/build")
    page.wait_for_selector("#not-found")
    assert page.locator("h1").inner_text() == "Page not found"
    assert "#/build" in page.locator("#not-found").inner_text()
    links = page.locator("#view li a").evaluate_all("as => as.map((a) => a.getAttribute('href'))")
    assert "#/builder" in links and "#/library" in links
    page.screenshot(path=artifacts / "review-not-found.png")
