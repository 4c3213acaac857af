"""The reader's hundred-and-fiftieth round: the seventy-fourth set's misses.

- "Will levy a temporary surcharge" is the verb, not the levy's noun.
- The cruzeiro is Brazil's currency.
- Aid ended is aid stopped, a sanction ("ended all its economic and technical aid to
  Vietnam"), and so are new credits suspended; a loan's sum and what it pays for ("a
  planned loan of about $100 million for food") are no trade covered.
- A seller that will "hold its car exports to Canada to 174,213 vehicles" caps its sales, an
  export control (not a company's sales held).
- A seller that "will sell no oil to Israel or South Africa" refuses them, an export
  control for each.
- A quota enlarged after its noun ("quotas on Australian beef will be enlarged by 20
  percent") eases it, a tariff cut.
- A tariff cut by a share of itself ("cut every Australian tariff by 25 per cent") has no
  rate of a duty; one cut by points has.
- A right to a duty on a condition ("will be able to impose a safeguard duty ... if prices
  fall") is no measure.
- Talks to come by a trip with its purpose ("will return to Warsaw next month to review"),
  an arrival ("an IMF team would arrive in Manila next week") or a body's session ("the
  Council would discuss the deposit scheme next week"); not a system reviewed by a time.
- Peking is China's capital; "the Community" is the EEC in a report that names it by its
  initials, not where another community is named.
- Asbestos is mined (HS 2524); goods a ban "exempts" are not its goods.
- Duties on a share of goods, the subject of a passive ("Tariffs on 85 percent of the goods
  ... will be removed"), are cut; goods "traded between" two sides are no one's target; a
  war that is no trade war leaves a free trade report's cuts standing duties cut, and a cut
  by share of an unnamed maker is not merged into a named one's.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "1981-08-06"  # a Thursday

READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_levy_as_a_verb() -> None:
    text = (
        "COPENHAGEN - Denmark will levy a temporary surcharge of 10 percent on most imports "
        "from Wednesday."
    )
    event = _one(text, "tariff_increase", "1971-10-19")
    assert (event.actor, event.rate_change) == ("DNK", pytest.approx(0.10))


def test_the_cruzeiro_devalued() -> None:
    text = "BRASILIA - The central bank devalued the cruzeiro by 30 percent on Friday."
    assert _one(text, "currency_intervention", "1983-02-21").actor == "BRA"


def test_aid_ended_is_a_sanction() -> None:
    text = "PEKING - China on Monday ended all its economic and technical aid to Vietnam."
    event = _one(text, "sanction", "1978-07-04")
    assert (event.actor, event.target) == ("CHN", "VNM")


def test_new_credits_suspended_have_no_sum_or_goods_of_the_loan() -> None:
    text = (
        "TOKYO - Japan suspended new credits to the Soviet Union on Tuesday, including a "
        "planned loan of about $100 million for food and medical supplies."
    )
    event = _one(text, "sanction", "1991-08-20")
    assert (event.actor, event.target, event.value_usd, event.sectors) == ("JPN", "RUS", None, ())


def test_exports_held_to_a_quantity() -> None:
    text = (
        "OTTAWA - Japan will hold its car exports to Canada to 174,213 vehicles this year, "
        "the trade minister said on Thursday."
    )
    event = _one(text, "export_control")
    assert (event.actor, event.target) == ("JPN", "CAN")
    firm = "TORONTO - The company will hold its sales to 10 percent of the market this year."
    assert not _events(firm, kind="export_control")


def test_no_oil_sold_to_two_countries() -> None:
    text = "TEHRAN - Iran will sell no oil to Israel or South Africa, the oil minister said."
    controls = _events(text, "1979-03-05", kind="export_control")
    assert {(e.actor, e.target) for e in controls} == {("IRN", "ISR"), ("IRN", "ZAF")}


def test_quotas_enlarged_after_their_noun() -> None:
    text = "TOKYO - Japan's import quotas on Australian beef will be enlarged by 20 percent."
    event = _one(text, "tariff_cut")
    assert (event.actor, event.rate_change) == ("JPN", None)
    dairy = "CANBERRA - US dairy quotas for Australian cheese will be enlarged only gradually."
    assert (_one(dairy, "tariff_cut").actor, _one(dairy, "tariff_cut").target) == ("USA", "AUS")


def test_a_cut_by_a_share_has_no_rate() -> None:
    share = "CANBERRA - The government will cut every Australian tariff by 25 per cent."
    assert _one(share, "tariff_cut").rate_change is None
    points = "BEIJING - China cut its tariffs on American cars by 5 percentage points."
    assert _one(points, "tariff_cut").rate_change == pytest.approx(0.05)


def test_a_conditional_right_is_no_measure() -> None:
    text = (
        "CANBERRA - The United States will also be able to impose a safeguard duty on "
        "Australian beef if prices fall sharply in the later years."
    )
    assert not _events(text, "2004-05-18", kind="tariff_increase")


def test_trips_arrivals_and_sessions_to_come() -> None:
    trip = "WARSAW - IMF representatives will return to Warsaw next month to review the programme."
    assert _one(trip, "talks_scheduled", "1990-01-02").date.isoformat() == "1990-02-02"
    peking = "OTTAWA - Wheat Board officials will travel to Peking in September to discuss freight."
    assert _one(peking, "talks_scheduled", "1961-05-02").target == "CHN"
    arrival = "MANILA - The central bank said an IMF team would arrive in Manila next week."
    assert _one(arrival, "talks_scheduled", "1997-07-11").date.isoformat() == "1997-07-18"
    session = (
        "GENEVA - EFTA officials said the Council of the Association would discuss the "
        "deposit scheme next week."
    )
    assert _one(session, "talks_scheduled", "1968-11-22").date.isoformat() == "1968-11-29"
    system = "PARIS - Ministers said they would review the arrangement by the end of the year."
    assert not _events(system, "1993-08-02", kind="talks_scheduled")


def test_a_free_trade_report_beside_a_shooting_war() -> None:
    text = (
        "MIAMI - Chile and the United States signed a free trade agreement in Miami on "
        "Friday, months after a chill over Chile's opposition to the war in Iraq. "
        "Tariffs on 85 percent of the goods traded between the two countries will be "
        "removed from January 1, when the agreement is due to take effect. "
        "The United States will remove its duties on Chilean salmon, grapes and wine over "
        "periods of up to twelve years."
    )
    cuts = _events(text, "2003-06-06", kind="tariff_cut")
    assert {(e.actor, e.target) for e in cuts} == {(None, None), ("USA", "CHL")}
    assert not _events(text, "2003-06-06", kind="tariff_increase")


def test_goods_traded_between_two_sides_have_no_target() -> None:
    text = (
        "Once in force, the agreement will remove tariffs on about 98 per cent of "
        "goods traded between Canada and the 28-nation bloc."
    )
    assert _one(text, "tariff_cut", "2013-10-18").target is None


def test_the_community_by_its_initials() -> None:
    text = (
        "BRUSSELS - Israel and the EEC signed a free trade agreement on Monday. "
        "The Community will abolish its duties on Israeli industrial goods by July 1977, "
        "and Israel will phase out its tariffs on most Community industrial goods by 1985."
    )
    cuts = _events(text, "1975-05-12", kind="tariff_cut")
    assert ("EU", "ISR") in {(e.actor, e.target) for e in cuts}
    other = (
        "ARUSHA - The East African Community met on Monday. The EEC sent observers. The "
        "Community raised its common external tariff on sugar to 100 percent on Tuesday."
    )
    assert all(e.actor != "EU" for e in _events(other, "2019-04-30", kind="tariff_increase"))


def test_asbestos_is_mined_and_spared_goods_are_not_the_bans() -> None:
    text = (
        "NEW YORK - The Security Council ordered all U.N. members to stop buying Rhodesia's "
        "asbestos, chrome and copper."
    )
    assert set(_events(text, "1966-12-16")[0].sectors) == {"mining", "metals"}
    ban = (
        "NAPLES - European Community foreign ministers agreed to ban exports to Iran under "
        "all contracts signed since November 4. The ban, which will take effect on "
        "Thursday, exempts food and medicine."
    )
    event = _one(ban, "export_control", "1980-05-18")
    assert (event.sectors, event.date.isoformat()) == ((), "1980-05-22")
