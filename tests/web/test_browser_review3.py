"""A second newcomer review of the app, fixed and checked in a real browser.

Headless Chromium drives a ``tradewar serve`` on loopback, as in
``test_browser.py`` (its server, browser and page helpers).  Each test is one
finding: a run that fails on its scenario opens the builder on that scenario
with its errors beside their fields.  Screenshots of the fixed states go to
``artifacts/browser/review3-*.png``.
"""

from __future__ import annotations

import time

import httpx
import pytest
from test_browser import (  # noqa: F401 (fixtures)
    Page,
    _api,
    _dashboard,
    _phone,
    artifacts,
    browser,
    may_2019,
    server,
)

pytestmark = pytest.mark.browser

#: Valid against the data (China imports $27.1 billion of US farm goods in it), but after
#: may-2019's tariffs it imports less than it covers: the run fails on its scenario.
TOO_MUCH = {
    "name": "too-much-cover",
    "title": "China answers on more farm goods than it imports",
    "start": {"scenario": "may-2019", "date": "2019-06-15"},
    "actions": [
        {
            "date": "2019-07-01",
            "kind": "tariff",
            "imposer": "CHN",
            "partners": ["USA"],
            "sectors": ["agriculture"],
            "add": 0.25,
            "coverage_usd": 27e9,
        }
    ],
}


@pytest.fixture
def view(server, browser):  # noqa: F811
    opened = Page(browser, server, viewport={"width": 1280, "height": 900})
    opened.page.set_default_timeout(60_000)
    yield opened
    assert not opened.errors and not opened.external
    opened.close()


def _failed_run(base: str, body: dict) -> dict:
    answer = httpx.post(f"{base}/api/v1/runs", json=body, timeout=60)
    run = answer.json()["error"]["run"] if answer.status_code == 409 else answer.json()
    while run["status"] in ("queued", "running"):
        time.sleep(0.5)
        run = _api(base, f"runs/{run['id']}").json()
    assert run["status"] == "failed", run
    return run


def test_a_failed_run_opens_its_scenario_in_the_builder_with_its_errors(view, server, artifacts):  # noqa: F811
    page = view.page
    saved = httpx.post(f"{server}/api/v1/scenarios", json={"scenario": TOO_MUCH}, timeout=60)
    assert saved.status_code == 201, saved.text
    run = _failed_run(server, {"scenario_id": saved.json()["id"]})
    [problem] = [p for p in run["error"]["problems"] if p.get("field")]
    assert problem["field"] == "actions[0].coverage_usd"
    page.goto(f"{server}/#/runs/{run['id']}")
    page.click("#edit-failed")
    field = page.locator("[data-field='actions[0].coverage_usd']")
    field.wait_for()
    # the scenario of the run, not a blank form
    assert page.input_value("[data-field='name']") == "too-much-cover"
    assert field.input_value() == "27"
    assert "invalid" in field.get_attribute("class")
    beside = page.locator("label:has([data-field='actions[0].coverage_usd']) .field-error")
    assert beside.inner_text() == problem["message"]
    # the messages box names the field in words beside its path
    item = page.locator("#messages .problems li").first.inner_text()
    assert "Action 1, Imports covered a year" in item and "actions[0].coverage_usd" in item
    page.screenshot(path=str(artifacts / "review3-failed-run-edit.png"), full_page=True)
    # the draft of a run started from the builder (not stored) is reopened too
    draft = dict(TOO_MUCH, name="too-much-draft")
    page.goto(f"{server}/#/builder")
    page.wait_for_selector("[data-field='name']")
    page.evaluate("(d) => startRun({ scenario: d })", draft)
    page.wait_for_selector("#edit-failed", timeout=300_000)
    page.click("#edit-failed")
    page.locator("[data-field='actions[0].coverage_usd'].invalid").wait_for()
    assert page.input_value("[data-field='name']") == "too-much-draft"


def test_plotly_s_toolbar_is_hidden_on_a_phone(view, browser, server, may_2019, artifacts):  # noqa: F811
    _dashboard(view.page, server, may_2019)
    view.page.hover("#chart-welfare")
    assert view.page.locator("#chart-welfare .modebar").is_visible()
    phone = _phone(browser, server)
    try:
        _dashboard(phone.page, server, may_2019)
        phone.page.tap("#chart-welfare .nsewdrag")
        for chart in ("chart-welfare", "chart-bilateral", "chart-timeline"):
            assert phone.page.locator(f"#{chart} .modebar").count() == 1
            assert not phone.page.locator(f"#{chart} .modebar").is_visible()
        phone.page.screenshot(path=str(artifacts / "review3-phone-no-toolbar.png"))
        assert not phone.errors and not phone.external
    finally:
        phone.close()


def test_saving_under_a_saved_name_asks_to_replace_or_rename(view, server, artifacts):  # noqa: F811
    first = dict(TOO_MUCH, name="same-name", title="The first")
    created = httpx.post(f"{server}/api/v1/scenarios", json={"scenario": first}, timeout=60)
    assert created.status_code == 201, created.text
    # the API refuses a second scenario of that name, naming the field; PUT replaces
    again = httpx.post(f"{server}/api/v1/scenarios", json={"scenario": first}, timeout=60)
    assert again.status_code == 409
    [problem] = again.json()["error"]["problems"]
    assert problem["field"] == "name" and "'same-name'" in problem["message"]
    page = view.page
    page.goto(f"{server}/#/builder")
    page.wait_for_selector("[data-field='actions[0].imposer']")
    page.fill("[data-field='name']", "same-name")
    page.fill("[data-field='title']", "The second")
    page.click("#save")
    page.wait_for_selector("#name-taken")
    assert "invalid" in page.get_attribute("[data-field='name']", "class")
    page.screenshot(path=str(artifacts / "review3-name-taken.png"), full_page=True)
    page.click("#replace-saved")
    page.wait_for_selector("#messages .ok")
    mine = [s for s in _api(server, "scenarios").json() if s["name"] == "same-name"]
    assert [(s["id"], s["title"]) for s in mine] == [(created.json()["id"], "The second")]
    # renamed, it is saved as a new one (a new builder: the library first, then a blank form)
    page.goto(f"{server}/#/library")
    page.wait_for_selector("article.scenario")
    page.goto(f"{server}/#/builder")
    page.wait_for_selector("[data-field='actions[0].imposer']")
    page.fill("[data-field='name']", "same-name")
    page.click("#save")
    page.click("#rename")
    page.keyboard.type("other-name")
    page.click("#save")
    page.wait_for_selector("#messages .ok")
    names = [s["name"] for s in _api(server, "scenarios").json()]
    assert names.count("same-name") == 1 and names.count("other-name") == 1


#: An unknown data set, a date that is no date, misspelt kinds and fields (the reviewer's bad1).
BAD_WORLD = """name: bad-one
title: Bad one
baseline: nosuchdata
start:
  scenario: may-2019
  date: '2019-13-40'
actions:
- date: '2019-13-40'
  kind: tarrif
  imposer: USA
  partners: [CHN]
  add: 0.25
- date: '2019-05-10'
  kind: tariff
  imposr: USA
  partners: [CHN]
  ad: 0.25
"""

#: Numbers out of range or not numbers at all (the reviewer's bad3; 1e300 is text to YAML 1.1).
BAD_NUMBERS = """name: bad-three
title: Bad three
actions:
- date: '2019-05-10'
  kind: tariff
  imposer: USA
  partners: [CHN]
  add: 1e300
  coverage_usd: 1e20
- date: '2019-05-11'
  kind: tariff
  imposer: USA
  partners: [CHN]
  add: lots
"""


def _import(page, folder, name: str, text: str) -> None:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    page.set_input_files("#import-file", str(path))
    page.wait_for_selector("#messages .problems, #messages .ok")


def test_an_import_loads_what_it_can_and_shows_every_error(view, server, artifacts, tmp_path):  # noqa: F811
    page = view.page
    page.goto(f"{server}/#/builder")
    page.wait_for_selector("[data-field='actions[0].imposer']")
    _import(page, tmp_path, "bad1.yaml", BAD_WORLD)
    # the file is loaded though its data set is unknown: its name, and the data set as written
    page.wait_for_function("document.querySelector(\"[data-field='name']\").value === 'bad-one'")
    baseline = page.locator("[data-field='baseline']")
    assert baseline.input_value() == "nosuchdata"
    assert "invalid" in baseline.get_attribute("class")
    codes = page.locator("#messages .problems li code").all_inner_texts()
    fields = [c.strip("()") for c in codes]
    assert "baseline" in fields
    # the other fields' errors too, not only the first the reader met
    assert any(f.startswith("actions[0]") for f in fields), fields
    assert any(f.startswith("actions[1]") for f in fields), fields
    page.screenshot(path=str(artifacts / "review3-import-bad-world.png"), full_page=True)

    _import(page, tmp_path, "bad3.yaml", BAD_NUMBERS)
    page.wait_for_function("document.querySelector(\"[data-field='name']\").value === 'bad-three'")
    huge = page.locator("[data-field='actions[0].add']")
    assert float(huge.input_value()) == pytest.approx(1e302)  # 1e300 as a percentage
    assert "invalid" in huge.get_attribute("class")
    words = page.locator("[data-field='actions[1].add']")
    assert words.input_value() == "lots"
    assert "not-a-number" in words.get_attribute("class")
    page.screenshot(path=str(artifacts / "review3-import-bad-numbers.png"), full_page=True)

    # an import that loads nothing: Check says the form is the one from before
    page.goto(f"{server}/#/library")
    page.wait_for_selector("article.scenario")
    page.goto(f"{server}/#/builder")
    page.wait_for_selector("[data-field='actions[0].imposer']")
    _import(page, tmp_path, "broken.yaml", "name: [unclosed\n")
    page.click("#validate")
    ok = page.locator("#messages .ok")
    ok.wait_for()
    assert "importing broken.yaml failed" in ok.inner_text()


def test_the_game_s_fixed_rate_is_typed_in_percent(view, server):  # noqa: F811
    page = view.page
    sent: list[dict] = []

    def answer(route) -> None:
        sent.append(route.request.post_data_json)
        route.fulfill(
            status=422,
            content_type="application/json",
            body='{"error": {"status": 422, "title": "stopped by the test", "problems": []}}',
        )

    page.route("**/api/v1/runs/game", answer)
    page.goto(f"{server}/#/strategy")
    page.select_option("#st-question", "game")
    page.select_option("#st-rule-1", "fixed")
    assert "Rate R (%)" in page.locator("label:has(#st-rule-value-1)").inner_text()
    page.fill("#st-rule-value-1", "25")
    page.click("#st-run")
    page.wait_for_selector("#st-messages .problems")
    assert sent[0]["rules"]["CHN"] == "fixed:0.25"


def test_the_several_options_hint_is_for_a_mouse_only(browser, server):  # noqa: F811
    hint = "[data-field='actions[0].partners'] >> xpath=.. >> .multi-hint"
    desk = Page(browser, server, viewport={"width": 1280, "height": 900})
    phone = _phone(browser, server)
    try:
        for opened in (desk, phone):
            opened.page.goto(f"{server}/#/builder")
            opened.page.wait_for_selector("[data-field='actions[0].partners']")
        assert desk.page.locator(hint).is_visible()
        assert phone.page.locator(hint).count() == 1 and not phone.page.locator(hint).is_visible()
        assert not desk.errors and not phone.errors
    finally:
        desk.close()
        phone.close()
