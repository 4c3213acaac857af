"""The app in a real browser: headless Chromium (Debian's) driven by Playwright.

A ``tradewar serve`` process on loopback; the browser builds a scenario with a US
tariff on China, runs it, checks that the chart and the map show the API's
numbers, compares it with the built-in may-2019 and downloads the CSV.  Every
request the page makes to anything but the server is recorded and refused: the
app works offline.  Screenshots of each page go to ``artifacts/browser/`` (or
``$TRADEWAR_ARTIFACTS``).
"""

from __future__ import annotations

import csv
import io
import os
import shutil
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

#: Set by .ci/run: a missing Chromium fails these tests instead of skipping them.
REQUIRE_ENV = "TRADEWAR_REQUIRE_CHROMIUM"
ROOT = Path(__file__).resolve().parents[2]
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def _chromium() -> str:
    found = os.environ.get("TRADEWAR_CHROMIUM") or next(
        (p for n in ("chromium", "chromium-browser") if (p := shutil.which(n))), None
    )
    if found is None:
        message = "no Chromium (apt-get install chromium, or set TRADEWAR_CHROMIUM)"
        if os.environ.get(REQUIRE_ENV):
            pytest.fail(message)
        pytest.skip(message)
    return found


@pytest.fixture(scope="module")
def artifacts() -> Path:
    folder = Path(os.environ.get("TRADEWAR_ARTIFACTS") or ROOT / "artifacts") / "browser"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """``tradewar serve`` on a free loopback port, with its own data folder."""
    from tradewar.web.server import spawn

    pytest.importorskip("playwright")
    try:
        spawned = spawn(tmp_path_factory.mktemp("serve"), workers=2)
    except RuntimeError as exc:
        pytest.fail(str(exc))
    yield spawned.base
    spawned.stop()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    executable = _chromium()
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=executable, args=ARGS)
        yield launched
        launched.close()


class Page:
    """A page that refuses (and records) every request not to the server, and its errors."""

    def __init__(self, browser, base: str, **context) -> None:
        self.base = base
        self.context = browser.new_context(accept_downloads=True, **context)
        self.page = self.context.new_page()
        self.page.set_default_timeout(120_000)
        self.external: list[str] = []
        self.errors: list[str] = []
        self.page.route("**/*", self._route)
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.on("console", self._console)
        self.page.on(
            "response",
            lambda r: self.errors.append(f"{r.status} {r.url}") if r.status >= 500 else None,
        )

    def _console(self, message) -> None:
        # a 4xx the app answers (the bad name on purpose) is logged by the browser: not an error
        if message.type == "error" and "status of 4" not in message.text:
            self.errors.append(message.text)

    def _route(self, route) -> None:
        url = route.request.url
        if url.startswith((self.base, "data:", "blob:")):
            route.continue_()
        else:
            self.external.append(url)
            route.abort()

    def close(self) -> None:
        self.context.close()


def _api(base: str, path: str):
    import httpx

    answer = httpx.get(f"{base}/api/v1/{path}", timeout=60)
    answer.raise_for_status()
    return answer


def _finished_run(base: str, body: dict, path: str = "runs") -> str:
    """Start a run through the API (or find the identical one) and wait for it: its id."""
    import time

    import httpx

    answer = httpx.post(f"{base}/api/v1/{path}", json=body, timeout=60)
    run = answer.json()["error"]["run"] if answer.status_code == 409 else answer.json()
    while run["status"] in ("queued", "running"):
        time.sleep(0.5)
        run = _api(base, f"runs/{run['id']}").json()
    assert run["status"] == "done", run
    return run["id"]


@pytest.fixture(scope="module")
def may_2019(server):
    """The built-in may-2019, run (its third countries gain and lose; a currency note): its id."""
    return _finished_run(server, {"scenario_id": "may-2019"})


def _dashboard(page, base: str, run_id: str) -> None:
    """Open a run's dashboard and wait for its welfare bars."""
    page.goto(f"{base}/#/runs/{run_id}")
    page.wait_for_selector("#chart-welfare .barlayer")


def _phone(browser, base: str) -> Page:
    """A page on a phone's screen: 390 x 844, touch, twice the pixels."""
    return Page(
        browser,
        base,
        viewport={"width": 390, "height": 844},
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
    )


def test_build_run_read_compare_and_download_in_the_browser(server, browser, artifacts):
    view = Page(browser, server, viewport={"width": 1280, "height": 900})
    page = view.page

    page.goto(f"{server}/#/library")
    page.wait_for_selector("article.scenario[data-id='may-2019']")
    assert page.locator("article.scenario").count() >= 5
    page.screenshot(path=artifacts / "library.png", full_page=True)

    # build: a US tariff on China (the builder's first action), 25 points on all goods
    page.goto(f"{server}/#/builder")
    page.wait_for_selector("[data-field='actions[0].imposer']")
    page.fill("[data-field='name']", "Not A Name")
    page.click("#validate")
    error = page.locator("label[data-for='name'] .field-error")
    error.wait_for()
    assert any(w in error.inner_text() for w in ("pattern", "match", "lowercase letters"))
    page.screenshot(path=artifacts / "builder-error.png", full_page=True)
    page.fill("[data-field='name']", "us-tariff-25-on-china")
    page.fill("[data-field='title']", "US tariff of 25 points on China")
    page.select_option("[data-field='actions[0].imposer']", "USA")
    page.select_option("[data-field='actions[0].partners']", ["CHN"])
    page.fill("[data-field='actions[0].add']", "25")
    page.fill("[data-field='actions[0].date']", "2025-04-01")
    page.click("#validate")
    page.wait_for_selector("#messages .ok")
    page.screenshot(path=artifacts / "builder.png", full_page=True)

    # run it: the dashboard's chart and map hold the API's numbers
    run_id, summary = _run_and_read(page, server)
    welfare = {r["country"]: r["welfare_pct"] for r in summary["countries"]}
    assert summary["map"]["CHN"] < 0
    assert page.locator("#chart-map path.choroplethlocation").count() > 150
    page.screenshot(path=artifacts / "dashboard.png", full_page=True)

    # download the CSV: the API's file
    with page.expect_download() as info:
        page.click("button[data-file='countries.csv']")
    path = info.value.path()
    rows = list(csv.DictReader(io.StringIO(Path(path).read_text())))
    assert {r["country"]: float(r["welfare_pct"]) for r in rows} == pytest.approx(welfare)
    assert info.value.suggested_filename == "us-tariff-25-on-china-countries.csv"

    # compare with the built-in may-2019 (run for it if needed)
    page.select_option("#compare-with", "may-2019")
    page.wait_for_url("**/#/compare/*/*", timeout=180_000)
    page.wait_for_selector("#comparison tr[data-country='USA']")
    page.wait_for_selector("#chart-compare .barlayer")
    a, b = page.url.rsplit("/", 2)[1:]
    assert a == run_id
    compared = _api(server, f"compare?a={a}&b={b}").json()
    row = next(r for r in compared["countries"] if r["country"] == "USA")
    cells = page.locator("#comparison tr[data-country='USA'] td").all_inner_texts()
    assert cells[1:4] == [
        f"{row[k]:+.3f}" for k in ("welfare_pct_a", "welfare_pct_b", "welfare_pct_diff")
    ]
    page.screenshot(path=artifacts / "compare.png", full_page=True)

    page.goto(f"{server}/#/runs")
    page.wait_for_selector("table.data a")
    page.screenshot(path=artifacts / "runs.png", full_page=True)
    assert view.external == [], view.external
    assert view.errors == [], view.errors
    view.close()


def test_the_dashboard_reads_on_a_phone(server, browser, artifacts):
    view = _phone(browser, server)
    page = view.page
    started = _api_post(server, {"scenario_id": "may-2019"})
    page.goto(f"{server}/#/runs/{started['id']}")
    page.wait_for_selector("#chart-map .choroplethlayer", timeout=180_000)
    page.wait_for_selector("#chart-timeline .scatterlayer")
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= 390 + 1, f"the page is {width} px wide on a 390 px screen"
    page.screenshot(path=artifacts / "dashboard-phone.png", full_page=True)
    page.goto(f"{server}/#/library")
    page.wait_for_selector("article.scenario")
    page.screenshot(path=artifacts / "library-phone.png", full_page=False)
    assert view.external == [] and view.errors == [], (view.external, view.errors)
    view.close()


def _api_post(base: str, body: dict) -> dict:
    import httpx

    answer = httpx.post(f"{base}/api/v1/runs", json=body, timeout=60)
    if answer.status_code == 409:
        return answer.json()["error"]["run"]
    answer.raise_for_status()
    return answer.json()


def _chart(page, div: str, trace: int, keys: str, values: str) -> dict:
    """A Plotly trace's points as {key: value}."""
    return page.evaluate(
        f"() => {{ const d = document.getElementById('{div}').data[{trace}];"
        f" return Object.fromEntries(d.{keys}.map((k, i) => [k, d.{values}[i]])); }}"
    )


def _run_and_read(page, base: str) -> tuple[str, dict]:
    """Run the builder's scenario; its dashboard holds the API's numbers: its id and summary."""
    page.click("#run")
    page.wait_for_url("**/#/runs/*")
    run_id = page.url.rsplit("/", 1)[1]
    page.wait_for_selector("#chart-map .choroplethlayer", timeout=300_000)
    page.wait_for_selector("#chart-welfare .barlayer")
    summary = _api(base, f"runs/{run_id}/summary").json()
    welfare = {r["country"]: r["welfare_pct"] for r in summary["countries"]}
    assert _chart(page, "chart-welfare", 0, "y", "x") == pytest.approx(welfare, abs=1e-12)
    shown = _chart(page, "chart-map", 1, "locations", "z")
    assert shown == pytest.approx(summary["map"], abs=1e-12)
    for code, value in welfare.items():
        cell = page.locator(f"#headline tr[data-country='{code}'] td").nth(1).inner_text()
        assert cell == f"{value:+.3f}", code
    return run_id, summary


def test_read_the_news_see_the_events_and_run_the_draft(server, browser, artifacts):
    import httpx

    from tradewar.news import example_report

    text, date = example_report()
    answer = httpx.post(
        f"{server}/api/v1/news", json={"text": text, "date": date.isoformat()}, timeout=60
    ).json()
    events, read = answer["report"]["events"], answer["text"]
    view = Page(browser, server, viewport={"width": 1280, "height": 900})
    page = view.page

    # paste the report that ships with tradewar: every event is marked in the text
    page.goto(f"{server}/#/news")
    page.fill("#news-text", text)
    page.fill("#news-date", date.isoformat())
    page.click("#news-read")
    page.wait_for_selector("#events tr[data-event]")
    assert page.locator("#events tr[data-event]").count() == len(events) >= 8
    marked = page.evaluate(
        "() => { const out = {}; for (const m of document.querySelectorAll('mark.event'))"
        " for (const i of m.dataset.events.split(' '))"
        " (out[i] = out[i] || []).push(m.firstChild.textContent); return out; }"
    )
    for i, event in enumerate(events):
        covered = sorted({k for a, b in event["mentions"] for k in range(a, b)})
        assert "".join(marked[str(i)]) == "".join(read[k] for k in covered), event["kind"]
    tariff = next(i for i, e in enumerate(events) if e["kind"] == "tariff_increase")
    page.locator(f"mark.event[data-events~='{tariff}']").first.click()
    row = page.locator(f"#event-{tariff}")
    assert "selected" in row.get_attribute("class") and "$200.0B" in row.inner_text()
    page.screenshot(path=artifacts / "news.png", full_page=True)

    # the draft in the builder: the fields the report does not give are flagged
    page.click("#news-builder")
    page.wait_for_selector("#open-fields .fill-box")
    flagged = page.eval_on_selector_all(".fill-in", "els => els.map(e => e.dataset.field)")
    assert flagged == [p["field"] for p in answer["draft"]["fill_in"]]
    assert "no rate" in page.locator("label[data-for='actions[0].add'] .fill-note").inner_text()
    page.screenshot(path=artifacts / "news-draft.png", full_page=True)
    for field, value in {
        "actions[0].add": "10",
        "actions[1].change": "2",
        "actions[2].amount_usd": "-1",
        "actions[3].coverage_usd": "5",
        "actions[4].add": "10",
    }.items():
        page.fill(f"[data-field='{field}']", value)
    assert page.locator(".fill-in").count() == 0 and page.locator("#open-fields li").count() == 0
    page.click("#validate")
    page.wait_for_selector("#messages .ok")

    # and run it
    page.click("#run")
    page.wait_for_url("**/#/runs/*")
    page.wait_for_selector("#chart-welfare .barlayer", timeout=180_000)
    run = _api(server, f"runs/{page.url.rsplit('/', 1)[1]}").json()
    assert run["scenario_name"] == answer["draft"]["scenario"]["name"]
    page.screenshot(path=artifacts / "news-run.png", full_page=True)
    assert view.external == [] and view.errors == [], (view.external, view.errors)
    view.close()


def test_a_monte_carlo_and_a_sweep_render_the_api_s_numbers(server, browser, artifacts):
    view = Page(browser, server, viewport={"width": 1280, "height": 900})
    page = view.page

    page.goto(f"{server}/#/uncertainty/may-2019")
    page.wait_for_selector("#sweep-params option", state="attached")
    page.fill("#mc-draws", "32")
    page.screenshot(path=artifacts / "uncertainty.png", full_page=True)
    page.click("#mc-run")
    page.wait_for_url("**/#/runs/*")
    page.wait_for_selector("#chart-mc .scatterlayer", timeout=180_000)
    result = _api(server, f"runs/{page.url.rsplit('/', 1)[1]}/result").json()
    assert result["draws"] == 32
    medians = {c: m["welfare_pct"]["median"] for c, m in result["countries"].items()}
    assert _chart(page, "chart-mc", 0, "y", "x") == pytest.approx(medians, abs=1e-12)
    p95 = _chart(page, "chart-mc", 0, "y", "error_x.array")
    assert p95["USA"] == pytest.approx(
        result["countries"]["USA"]["welfare_pct"]["p95"] - medians["USA"]
    )
    usa = page.locator("#mc-table tr[data-country='USA'] td[data-key='median']").inner_text()
    assert usa == f"{medians['USA']:+.3f}"
    page.screenshot(path=artifacts / "monte-carlo.png", full_page=True)

    # a 2 x 2 sweep of both sides' tariffs: the heat map and the payoff matrix
    page.goto(f"{server}/#/uncertainty/may-2019")
    page.wait_for_selector("#sweep-params option", state="attached")
    page.fill("#sweep-param-0", "actions[0].add")
    page.fill("#sweep-values-0", "0, 0.3")
    page.fill("#sweep-param-1", "theta")
    page.fill("#sweep-values-1", "3:5:2")
    page.click("#sweep-run")
    page.wait_for_url("**/#/runs/*")
    page.wait_for_selector("#chart-heatmap .hm", timeout=180_000)
    grid = _api(server, f"runs/{page.url.rsplit('/', 1)[1]}/result").json()
    assert grid["values"] == [[0.0, 0.3], [3.0, 5.0]]
    corner = grid["points"][3]["countries"]  # actions[0].add 0.3, theta 5
    cell = page.locator("#payoff td[data-i='1'][data-j='1']").inner_text()
    assert cell == f"{corner['USA']['welfare_pct']:+.3f} / {corner['CHN']['welfare_pct']:+.3f}"
    page.screenshot(path=artifacts / "sweep.png", full_page=True)
    assert view.external == [] and view.errors == [], (view.external, view.errors)
    view.close()
