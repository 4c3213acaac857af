"""The US tariff history of 2025-26 (us-china-2025, ieepa-ruling-2026, section-301-2026) against
the trackers.

The measure: the US goods-import-weighted average tariff "before substitution", with the
start world's imports as fixed weights (:func:`tradewar.scenario.tariff_path`), the concept of
the Budget Lab at Yale's "State of U.S. Tariffs" reports (statutory rates on 2024 imports,
MFN included).  The figures compared are the headline ones gathered, with their sources, in
docs/research/tariffs_2025_2026.md, section 6, and docs/research/tariffs_2026_h2.md, section 4;
the tags [S..] are those notes'.

Levels or increases?  Our start is the data year as collected: 3.0% (duties over imports,
2022 weights), against Yale's 2.4% for 2024.  Both are checked, within 2 points: the level
(what the issue asks for) and the increase over each series' own start (which removes the
0.6-point gap of the starts).  Each checkpoint passes both ways; the largest gaps are the
China escalation (level +1.6: our 2022 weights give China 16% of US goods imports, 13% in
2024) and Geneva (increase -1.9).
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

from tradewar.cli.app import app
from tradewar.scenario import load_scenario, run_scenario, tariff_path

YALE_START = 2.4  # [S106]: 17.4% on 4 Sep 2025 = +15.0 points over 2024
TOLERANCE = 2.0  # points


@pytest.fixture(scope="module")
def history():
    return run_scenario("ieepa-ruling-2026")


@pytest.fixture(scope="module")
def path(history):
    return tariff_path(history)


def _labels(name: str, prefix: str) -> list[str]:
    return [
        a.label
        for a in load_scenario(name).scenario.actions
        if a.label is not None and a.label.startswith(prefix)
    ]


def _variant(remove: list[str]) -> pd.DataFrame:
    """The history with some actions taken out, as a tariff path."""
    result = run_scenario(
        {"name": "variant", "extends": "ieepa-ruling-2026", "remove_actions": remove}
    )
    return tariff_path(result)


def _on(path: pd.DataFrame, day: str) -> pd.Series:
    """The state in force on ``day`` (the last step on or before it)."""
    return path.loc[: pd.Timestamp(day)].iloc[-1]


def _check(model_level: float, model_start: float, yale: float) -> None:
    assert model_level == pytest.approx(yale, abs=TOLERANCE)
    assert model_level - model_start == pytest.approx(yale - YALE_START, abs=TOLERANCE)


# --------------------------------------------------------------- the checkpoints
def test_liberation_day_package(path):
    # Yale Budget Lab, "Where We Stand: ... All US Tariffs Enacted in 2025 Through April 2"
    # (2 Apr 2025) [S113]: 22.5% with the 2 April package (Annex I rates, China 34% + 20%,
    # autos).  The package never stood alone: on 9 Apr, when the Annex I rates took effect,
    # China's rate was already 84% (EO 14259), so we take that order out.
    (label,) = _labels("us-china-2025", "US reciprocal tariff on China raised to 84%")
    variant = _variant([label])
    _check(_on(variant, "2025-04-09")["before_pct"], path.attrs["start_pct"], 22.5)


def test_china_escalation(path):
    # Yale Budget Lab, "State of U.S. Tariffs: April 15, 2025" [S116]: 28% with China at 145%
    # (125% reciprocal + 20% fentanyl), everyone else at 10% and the electronics carve-out,
    # which the model applies from 5 Apr (the memo of 11 Apr was retroactive).  The report of
    # 9-10 Apr, before the carve-out, said 27% [S115].
    _check(_on(path, "2025-04-10")["before_pct"], path.attrs["start_pct"], 28.0)


def test_geneva_truce(path):
    # Yale Budget Lab, "State of U.S. Tariffs: May 12, 2025" [S117]: 17.8% after the Geneva
    # Joint Statement (China 30%), with the UK deal.
    _check(_on(path, "2025-05-14")["before_pct"], path.attrs["start_pct"], 17.8)


def test_country_rates_of_august(path):
    # Yale Budget Lab, "State of U.S. Tariffs: September 4, 2025" [S106]: 17.4% with the
    # country rates of 7 Aug, India 50%, Brazil 50%, copper and metals at 50%.
    _check(_on(path, "2025-09-04")["before_pct"], path.attrs["start_pct"], 17.4)


def test_end_of_2025(path):
    # Mint/WSJ, 26 Nov 2025, citing the Budget Lab [S127]: "a bit under 16.8%" after the
    # Busan cut, the farm exemptions and the Korea and Swiss deals.
    _check(_on(path, "2025-11-30")["before_pct"], path.attrs["start_pct"], 16.8)


def test_before_the_ruling(path):
    # Yale Budget Lab, "State of U.S. Tariffs: SCOTUS Ruling Update" (20 Feb 2026) [S105]:
    # 16.9% with everything in force before the ruling.
    _check(_on(path, "2026-02-19")["before_pct"], path.attrs["start_pct"], 16.9)


def test_the_ruling_without_section_122(path):
    # Same report [S105]: 9.1% once the IEEPA tariffs are gone, before any replacement.  The
    # model dates the ruling and Section 122 on the same day (24 Feb, when collection stopped
    # and the surcharge began), so the check takes Section 122 out.
    variant = _variant(_labels("ieepa-ruling-2026", "Section 122"))
    _check(_on(variant, "2026-02-24")["before_pct"], path.attrs["start_pct"], 9.1)


def test_the_ruling_with_section_122(path):
    # WSJ (Chao Deng) citing the Budget Lab [S129]: 13.7% with Section 122.  Another account of
    # the same estimate gives 15.4% [S130] and Marketplace "about 15%" [S128]: the sources
    # conflict (research note, section 6), and the model (12.6%) sits nearer 13.7.
    _check(_on(path, "2026-02-24")["before_pct"], path.attrs["start_pct"], 13.7)


def test_the_ruling_lowers_the_average_and_so_does_the_lapse(path):
    before, after = _on(path, "2026-02-19"), _on(path, "2026-02-24")
    assert after["before_pct"] < before["before_pct"] - 3
    assert after["after_pct"] < before["after_pct"]
    lapse = _on(path, "2026-07-24")
    assert lapse["before_pct"] < after["before_pct"] - 2
    # what is left is Section 232 (and the start's Section 301): above the start
    assert path.attrs["start_pct"] + 4 < lapse["before_pct"] < after["before_pct"]


def test_china_only_against_the_budget_lab_tracker(history):
    # The Budget Lab's daily statutory tracker, China only (fork arifshehab/tariff-rate-tracker
    # of 29 Jun 2026, 2024 weights; research note section 6) [S40b]: 116.7% on 10 Apr 2025,
    # 40.6% after Geneva, 34.7% after Busan, 22.7% with Section 122, 18.5% after it lapses.
    china = tariff_path(history, partners="CHN")
    for day, tracker in (
        ("2025-04-10", 116.7),
        ("2025-05-14", 40.6),
        ("2025-11-10", 34.7),
        ("2026-02-24", 22.7),
        ("2026-07-24", 18.5),
    ):
        assert _on(china, day)["before_pct"] == pytest.approx(tracker, abs=6.0), day


@pytest.fixture(scope="module")
def late_2026():
    return run_scenario("section-301-2026")


def test_section_301_replaces_section_122(late_2026, path):
    # The Budget Lab at Yale, "State of U.S. Tariffs": 12.50% at the end of 2026 in its vintage
    # of 24 Jul 2026 [S139], and "The average statutory tariff rate now stands at 11.2%" on
    # 9 Nov 2026 [S137] (the fall between them is not explained in any file found;
    # docs/research/tariffs_2026_h2_averages.md).  Both hold the Section 232 pharmaceutical
    # and Section 338 Canada tariffs (about 0.3 points each), which the scenario leaves out.
    # The model gives 11.5%.
    late = tariff_path(late_2026)
    _check(_on(late, "2026-07-24")["before_pct"], late.attrs["start_pct"], 12.5)
    _check(_on(late, "2026-11-09")["before_pct"], late.attrs["start_pct"], 11.2)
    # the calibration target of the covered shares: the forced-labour tariffs add 2.74 points
    # to the average that the lapse of Section 122 left (12.50 with them, 9.77 without [S139])
    brazil = _on(late, "2026-07-22")["before_pct"] - _on(late, "2026-06-08")["before_pct"]
    added = _on(late, "2026-07-24")["before_pct"] - _on(path, "2026-07-24")["before_pct"]
    assert added - brazil == pytest.approx(12.50 - 9.77, abs=0.05)


def test_china_pays_its_forced_labour_rate_on_top_of_section_301(late_2026, history):
    # 9903.05.31: 12.5% on goods of China [S134], where Section 122 charged 10%.  Not a
    # target of the calibration (which is the all-partner 2.74 points): the Budget Lab puts
    # the forced-labour tariffs' addition to the China average at 5.68 points (27.57 with,
    # 21.89 without [S139]); the model, 5.4.
    late, before = tariff_path(late_2026, partners="CHN"), tariff_path(history, partners="CHN")
    added = _on(late, "2026-07-24")["before_pct"] - _on(before, "2026-07-24")["before_pct"]
    assert added == pytest.approx(27.57 - 21.89, abs=1.0)
    # against Section 122's 10% on the same goods: 0.76 x 12.5 / 10 of its addition
    surcharge = _on(before, "2026-06-08")["before_pct"] - _on(before, "2026-07-24")["before_pct"]
    assert added == pytest.approx(0.76 * 1.25 * surcharge, rel=0.05)
    # Brazil's 25% under its own Section 301 [S136] spares about 2,100 HTS-8 lines, energy,
    # aircraft and Section 232 metals among them: its average rises by 25% of a fifth to a
    # half of its goods
    brazil = tariff_path(late_2026, partners="BRA")
    rise = _on(brazil, "2026-07-22")["before_pct"] - _on(brazil, "2026-06-08")["before_pct"]
    assert 0.2 * 25 < rise < 0.5 * 25


def test_the_caps_add_nothing_where_the_mfn_rate_is_above_them(late_2026):
    # EU, Taiwan: 10% all-in; Japan, Korea: 12.5% all-in (net of MFN) [S132, S135]
    start, usa = late_2026.start_world, late_2026.start_world.country_index("USA")
    textiles = start.sector_index("textiles")
    before = next(s for s in late_2026.steps if str(s.date) == "2026-06-08").result.tariff_new
    after = next(s for s in late_2026.steps if str(s.date) == "2026-07-24").result.tariff_new
    for partner, cap in (("EU", 0.10), ("TWN", 0.10), ("JPN", 0.125)):
        i = start.country_index(partner)
        assert start.tariff[i, usa, textiles] > cap  # MFN on textiles is 14%
        # the surcharge goes, nothing comes back on textiles
        assert after[i, usa, textiles] < before[i, usa, textiles]
        assert after[i, usa, textiles] == pytest.approx(start.tariff[i, usa, textiles], abs=0.02)


# ----------------------------------------------------------------- the scenarios
@pytest.mark.parametrize("name", ["us-china-2025", "ieepa-ruling-2026", "section-301-2026"])
def test_the_scenarios_solve_with_finite_welfare(name, history, late_2026):
    result = {"ieepa-ruling-2026": history, "section-301-2026": late_2026}.get(name)
    result = result or run_scenario(name)
    assert len(result.steps) >= 25
    for step in result.steps:
        assert step.result.report.converged, step.date
        assert np.isfinite(step.result.welfare_hat).all(), step.date
        assert np.isfinite(step.result.countries()["welfare_pct"]).all(), step.date


def test_the_cli_runs_the_history():
    out = CliRunner().invoke(app, ["run", "ieepa-ruling-2026"])
    assert out.exit_code == 0, out.output
    assert "2026-02-24" in out.output and "Supreme Court: IEEPA tariffs void" in out.output


def test_the_ruling_leaves_no_us_tariff_below_the_start(history):
    # every IEEPA addition is struck down exactly: nothing is taken off twice
    start, usa = history.start_world, history.start_world.country_index("USA")
    goods = start.goods_indices
    for step in history.steps:
        gap = step.result.tariff_new[:, usa, goods] - start.tariff[:, usa, goods]
        assert gap.min() > -1e-3, step.date


def test_every_action_is_labelled_dated_and_sourced():
    for name in ("us-china-2025", "ieepa-ruling-2026", "section-301-2026"):
        sc = load_scenario(name).scenario
        cited = {re.match(r"\[(S\d+b?)\]", s.title).group(1) for s in sc.sources}
        for action in sc.actions:
            assert action.date is not None and action.label and action.note, action
            tags = set()
            for group in re.findall(r"\[([^\]]*S\d[^\]]*)\]", action.note):
                for part in group.split(","):
                    if m := re.fullmatch(r"\s*S(\d+)-S(\d+)\s*", part):
                        tags |= {f"S{i}" for i in range(int(m[1]), int(m[2]) + 1)}
                    elif m := re.fullmatch(r"\s*(S\d+b?)\s*", part):
                        tags.add(m[1])
            assert tags, f"{action.label}: no source tag"
            assert tags <= cited, f"{action.label}: {sorted(tags - cited)} not in sources"


# ------------------------------------------------------------------ tariff_path
def test_tariff_path_table(history, path):
    assert list(path.columns) == ["labels", "before_pct", "after_pct", "change_pp"]
    assert path.index.name == "date" and len(path) == len(history.steps)
    assert path.index.is_monotonic_increasing
    assert path.attrs["start_pct"] == pytest.approx(3.04, abs=0.05)  # 2022: 3.03% [docs]
    np.testing.assert_allclose(path["change_pp"], path["before_pct"] - path.attrs["start_pct"])
    assert "Geneva" in path.loc["2025-05-14", "labels"]
    # starting from the data year, the data world's weights are the start's
    pd.testing.assert_frame_equal(tariff_path(history, weights="data"), path, check_like=True)


def test_tariff_path_weights_by_partner(history, path):
    start, usa = history.start_world, history.start_world.country_index("USA")
    goods = start.goods_indices
    totals = {
        c: float(start.trade[i, usa, goods].sum())
        for i, c in enumerate(start.countries)
        if c != "USA"
    }
    same = tariff_path(history, weights={c: 2 * v for c, v in totals.items()})
    np.testing.assert_allclose(same["before_pct"], path["before_pct"])
    # all weight on China: the China-only path
    china_only = tariff_path(history, weights={c: float(c == "CHN") for c in totals})
    np.testing.assert_allclose(
        china_only["before_pct"], tariff_path(history, partners=["CHN"])["before_pct"]
    )
    # a table of weights by partner and sector: the start's own flows give the default path
    table = pd.DataFrame(
        start.trade[:, usa, goods],
        index=list(start.countries),
        columns=[start.sectors[s] for s in goods],
    )
    np.testing.assert_allclose(tariff_path(history, weights=table)["after_pct"], path["after_pct"])
    with pytest.raises(ValueError, match="missing"):
        tariff_path(history, weights={"CHN": 1.0})
    with pytest.raises(ValueError, match="importer"):
        tariff_path(history, importer="XXX")
    with pytest.raises(ValueError, match="weights"):
        tariff_path(history, weights="later")
