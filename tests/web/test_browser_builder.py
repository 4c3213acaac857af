"""The scenario builder's forms in a real browser: what used to need YAML.

Headless Chromium (Debian's) drives a ``tradewar serve`` on loopback, as in
``test_browser.py`` (its server, browser and page helpers).  The builder makes a
scenario that starts from may-2019's state on a date, with a tariff whose rise
differs by sector and a trade-cost action; the API's errors land beside the
field at fault; the YAML it exports is the scenario, and imported again it gives
the same form; the run's dashboard shows the API's numbers.  A second scenario
estimates trade costs from a gravity table (the ``trade_costs`` section) and
removes borders through a regressor, as ``examples/trade-without-borders.yaml``
does; its result is that file's.  Screenshots go to ``artifacts/browser/``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from test_browser import (  # noqa: F401 (fixtures)
    Page,
    _api,
    _chart,
    _run_and_read,
    artifacts,
    browser,
    server,
)

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]

#: Every field of the form and its value: an input's text, a select's choices, a box's tick.
FORM_VALUES = """() => Object.fromEntries([...document.querySelectorAll(
  '#builder input[data-field], #builder select[data-field]')].map((e) => [e.dataset.field,
  e.type === 'checkbox' ? e.checked : e.multiple ? [...e.selectedOptions].map((o) => o.value)
  : e.value]))"""


def _field(name: str) -> str:
    return f"[data-field='{name}']"


def _error_at(page, name: str) -> str:
    """The error the builder shows beside a field (in its label or its box)."""
    where = page.locator(
        f"label[data-for='{name}'] .field-error, fieldset[data-field='{name}'] > .field-error"
    )
    where.first.wait_for()
    return where.first.inner_text()


def _new_builder(chromium, base: str, name: str, title: str) -> Page:
    """A page on a new scenario in the builder, named and titled."""
    view = Page(chromium, base, viewport={"width": 1280, "height": 900})
    view.page.goto(f"{base}/#/builder")
    view.page.wait_for_selector(_field("actions[0].imposer"))
    view.page.fill(_field("name"), name)
    view.page.fill(_field("title"), title)
    return view


def _check(page) -> None:
    page.click("#validate")
    page.wait_for_selector("#messages .ok, #messages .problems")


def _round_trip(page, base: str, tmp_path: Path, shot: Path) -> dict:
    """Export the YAML, open a new builder, import it: the form is the same; the exported data."""
    before = page.evaluate(FORM_VALUES)
    with page.expect_download() as info:
        page.click("#export")
    path = tmp_path / info.value.suggested_filename
    info.value.save_as(path)
    exported = yaml.safe_load(path.read_text(encoding="utf-8"))
    page.goto(f"{base}/#/library")
    page.wait_for_selector("article.scenario")
    page.goto(f"{base}/#/builder")
    page.wait_for_selector(_field("actions[0].imposer"))
    assert page.evaluate(FORM_VALUES) != before  # a blank builder
    page.set_input_files("#import-file", str(path))
    page.wait_for_selector("#messages .ok:has-text('Imported')")
    after = page.evaluate(FORM_VALUES)
    assert after == before
    page.screenshot(path=shot, full_page=True)
    return exported


def test_a_per_sector_tariff_from_may_2019_s_state_and_a_trade_cost(
    server,  # noqa: F811
    browser,  # noqa: F811
    artifacts,  # noqa: F811
    tmp_path,
):
    view = _new_builder(
        browser, server, "electronics-after-may-2019", "Electronics tariffs after May 2019"
    )
    page = view.page

    # the start: may-2019's state on 15 June 2019 (its actions run to 1 June)
    page.select_option(_field("start"), "scenario")
    page.wait_for_selector(_field("start.scenario"))
    page.select_option(_field("start.scenario"), "may-2019")
    page.fill(_field("start.date"), "2019-06-15")

    # a US tariff on China that rises by a different amount in each of three sectors
    page.fill(_field("actions[0].date"), "2019-07-01")
    page.fill(_field("actions[0].label"), "US tariffs by sector")
    page.select_option(_field("actions[0].sectors"), ["electronics", "electrical", "machinery"])
    page.select_option(_field("actions[0].add_by"), "sector")
    page.wait_for_selector(_field("actions[0].add.electronics"))
    sectors = page.eval_on_selector_all(
        "fieldset[data-field='actions[0].add'] input", "els => els.map(e => e.dataset.field)"
    )
    assert sectors == [f"actions[0].add.{s}" for s in ("electronics", "electrical", "machinery")]
    for sector, points in {"electronics": "25", "electrical": "15", "machinery": "1500"}.items():
        page.fill(_field(f"actions[0].add.{sector}"), points)

    # a trade-cost action: China's and the US's goods trade falls by a partial effect
    page.click("#add-action")
    page.select_option(_field("actions[1].kind"), "trade_cost")
    page.wait_for_selector(_field("actions[1].measure_mode"))
    page.select_option(_field("actions[1].exporters"), ["CHN"])
    page.select_option(_field("actions[1].importers"), ["USA"])
    page.select_option(_field("actions[1].sectors"), ["goods"])
    page.select_option(_field("actions[1].measure_mode"), "partial_effect")
    page.fill(_field("actions[1].partial_effect"), "-0.2")
    page.check(_field("actions[1].symmetric"))
    page.fill(_field("actions[1].date"), "2019-08-01")
    page.fill(_field("actions[1].label"), "Supply chains move out")

    # the API's errors, beside the field at fault: 1500 points, then a start before may-2019's
    _check(page)
    assert "implausible" in _error_at(page, "actions[0].add")
    page.screenshot(path=artifacts / "builder-sector-error.png", full_page=True)
    page.fill(_field("actions[0].add.machinery"), "10")
    page.fill(_field("start.date"), "2019-01-01")
    _check(page)
    assert "may-2019's own start" in _error_at(page, "start.date")
    page.fill(_field("start.date"), "2019-06-15")
    _check(page)
    assert page.locator("#messages .ok").inner_text() == "Valid: 2 action(s)."
    page.screenshot(path=artifacts / "builder-sectors.png", full_page=True)
    page.set_viewport_size({"width": 390, "height": 844})  # the same form on a phone
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= 390 + 1, f"the builder is {width} px wide on a 390 px screen"
    page.screenshot(path=artifacts / "builder-phone.png", full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})

    exported = _round_trip(page, server, tmp_path, artifacts / "builder-imported.png")
    assert exported["start"] == {"scenario": "may-2019", "date": "2019-06-15"}
    tariff, cost = exported["actions"]
    assert tariff["add"] == {"electronics": 0.25, "electrical": 0.15, "machinery": 0.1}
    assert tariff["sectors"] == ["electronics", "electrical", "machinery"]
    assert {k: cost[k] for k in ("kind", "exporters", "importers", "sectors")} == {
        "kind": "trade_cost",
        "exporters": ["CHN"],
        "importers": ["USA"],
        "sectors": "goods",
    }
    assert cost["partial_effect"] == -0.2 and cost["symmetric"] is True

    run_id, summary = _run_and_read(page, server)
    run = _api(server, f"runs/{run_id}").json()
    assert run["scenario_name"] == "electronics-after-may-2019"
    assert [s["date"] for s in summary["steps"]] == ["2019-07-01", "2019-08-01"]
    timeline = page.evaluate(
        "() => Object.fromEntries(document.getElementById('chart-timeline').data"
        ".map((t) => [t.name, t.y]))"
    )
    for code, values in timeline.items():
        assert values == pytest.approx([s["welfare_pct"][code] for s in summary["steps"]])
    china = next(r for r in summary["countries"] if r["country"] == "CHN")
    assert china["welfare_pct"] < 0
    page.screenshot(path=artifacts / "dashboard-builder.png", full_page=True)
    assert view.external == [] and view.errors == [], (view.external, view.errors)
    view.close()


def test_trade_costs_estimated_from_a_gravity_table_and_a_border_removed(
    server,  # noqa: F811
    browser,  # noqa: F811
    artifacts,  # noqa: F811
    tmp_path,
):
    import tradewar as tw
    from tradewar.reports.tables import country_table

    view = _new_builder(
        browser, server, "borders-removed", "Trade without borders, built in the browser"
    )
    page = view.page

    # the trade_costs section: the book's data and formula, sigma 7, the book's GE
    page.check(_field("trade_costs_on"))
    page.wait_for_selector(_field("trade_costs.formula"))
    page.select_option(_field("trade_costs.dataset"), "yotov2016")
    page.fill(
        _field("trade_costs.formula"),
        "trade ~ ln_DIST + CNTG + INTL_BRDR | exporter + importer",
    )
    page.select_option(_field("trade_costs.flows"), "fitted")
    page.select_option(_field("model.ge"), "book")
    page.select_option(_field("model.deficits"), "multiplicative")
    # the table's countries are offered by name (GET /datasets/yotov2016 lists them)
    page.select_option(_field("model.reference"), "DEU")

    # the action: a trade cost on every pair, the border regressor set to zero
    page.select_option(_field("actions[0].kind"), "trade_cost")
    exporters = page.locator(_field("actions[0].exporters"))
    assert "DEU – Germany" in exporters.inner_text()
    exporters.select_option("all")
    page.select_option(_field("actions[0].importers"), "all")
    page.select_option(_field("actions[0].measure_mode"), "regressors")
    page.click("[data-add='actions[0].regressors']")
    name = page.locator("fieldset[data-field='actions[0].regressors'] input[data-name]")
    assert name.input_value() == "ln_DIST"  # the formula's first variable
    name.fill("INTL_BRDR")
    name.press("Tab")
    page.wait_for_selector(_field("actions[0].regressors.INTL_BRDR"))
    page.fill(_field("actions[0].regressors.INTL_BRDR"), "0")
    page.fill(_field("actions[0].date"), "2006-12-31")
    page.fill(_field("actions[0].label"), "International borders removed")

    # no elasticity yet: the error stands beside the sigma field
    _check(page)
    assert "'sigma' and 'theta'" in _error_at(page, "trade_costs.sigma")
    page.fill(_field("trade_costs.sigma"), "7")
    _check(page)
    assert page.locator("#messages .ok").inner_text() == "Valid: 1 action(s)."
    page.screenshot(path=artifacts / "builder-gravity.png", full_page=True)

    exported = _round_trip(page, server, tmp_path, artifacts / "builder-gravity-imported.png")
    example = yaml.safe_load((ROOT / "examples" / "trade-without-borders.yaml").read_text())
    assert exported["trade_costs"] == example["trade_costs"]
    assert exported["model"] == {**example["model"], "kind": "gravity"}
    assert exported["actions"][0]["regressors"] == {"INTL_BRDR": 0}

    _, summary = _run_and_read(page, server)
    # the table tradewar run prints for the example file
    expected = country_table(tw.run_scenario(ROOT / "examples" / "trade-without-borders.yaml"))
    welfare = expected["welfare_pct"]
    assert {r["country"]: r["welfare_pct"] for r in summary["countries"]} == pytest.approx(
        welfare.to_dict(), rel=1e-9, abs=1e-9
    )
    page.screenshot(path=artifacts / "dashboard-gravity.png", full_page=True)

    # a copy of a built-in scenario starts as it does until another start is chosen
    page.goto(f"{server}/#/builder/may-2019")
    page.wait_for_selector(_field("extends"))
    assert page.input_value(_field("start")) == "inherit"
    assert view.external == [] and view.errors == [], (view.external, view.errors)
    view.close()
