"""The reader's hundred-and-forty-seventh round: the sixty-ninth set's misses.

- Aid stopped past the aid's own noun ("suspended its aid programme and defence
  co-operation with Fiji") is a sanction, and aid cut off is no export control of its own
  ("has cut off economic and military aid to Pakistan").
- A council that adopted "a panel report finding that" a measure discriminated rules it
  broke the rules, with each complainant.
- Duties told with what is left and whose ("Remaining Australian tariffs on Thai clothing
  and textiles will be phased out by 2015") are a cut; "remaining" before them keeps nothing.
- A cut "to a maximum of about 50 percent" names the rate after, not a change.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "1987-05-21"  # a Thursday

READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_an_aid_programme_suspended_with_a_country() -> None:
    text = (
        "WELLINGTON - New Zealand has suspended its aid programme and defence co-operation "
        "with Fiji, the prime minister said on Thursday."
    )
    event = _one(text, "sanction")
    assert (event.actor, event.target) == ("NZL", "FJI")


def test_aid_cut_off_is_no_export_control() -> None:
    text = (
        "WASHINGTON - The United States has cut off economic and military aid to Pakistan, "
        "the State Department said on Friday."
    )
    assert _one(text, "sanction", "1979-04-07").target == "PAK"
    assert not _events(text, "1979-04-07", kind="export_control")


def test_a_panel_report_finding_a_breach() -> None:
    text = (
        "GENEVA - The GATT council on Wednesday adopted a panel report finding that a U.S. tax "
        "on imported petroleum discriminated against oil from Canada and Mexico."
    )
    broken = _events(text, "1987-06-18", kind="deal_broken")
    assert {(e.actor, e.target) for e in broken} == {("USA", "CAN"), ("USA", "MEX")}


def test_remaining_tariffs_phased_out() -> None:
    text = (
        "BANGKOK - The free trade agreement took effect on Saturday. Remaining Australian "
        "tariffs on Thai clothing and textiles will be phased out by 2015."
    )
    event = _one(text, "tariff_cut", "2005-01-04")
    assert (event.actor, event.target, event.status) == ("AUS", "THA", "announced")


def test_a_cut_to_a_maximum_is_its_rate_after() -> None:
    text = (
        "CARACAS - Venezuela cut its tariffs on Monday, and officials said tariffs would be cut "
        "further, to a maximum of about 50 percent by next year."
    )
    cuts = _events(text, "1989-03-14", kind="tariff_cut")
    assert any(c.rate_to == pytest.approx(0.5) and c.rate_change is None for c in cuts)
