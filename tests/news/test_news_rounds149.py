"""The reader's hundred-and-forty-ninth round: the seventy-second and seventy-third sets' misses.

- Standing quotas lifted, ended or eased are opened, a tariff cut ("Washington will lift
  its quotas on Chinese textiles"), as the sets label them; a measure of the conflict's
  (safeguard quotas) lifted stays reversed.
- Countries that "became members of" a bloc join it one by one, the bloc their partner.
- A trade agreement by its name "was signed" is a deal reached (not "The agreement was
  signed in Doha by ...", the deal told before signed again); a preferential trading
  arrangement is a deal.
- Countries exempted from a measure past an aside that names its owner ("Canada and
  Mexico, the United States' partners in ..., are exempted") get its cut; imports "are
  excluded" too.
- Imports limited under safeguard provisions are a quota, a tariff measure.
- Importers made to deposit part of their goods' value ("must deposit half the value of",
  "to lodge cash deposits with customs") pay a charge on imports, a tariff measure (not
  cash deposits posted against anti-dumping duties).
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "1999-11-16"  # a Tuesday

READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_quotas_lifted_are_a_cut() -> None:
    lifted = "WASHINGTON - Washington will lift its quotas on Chinese textiles by 2005."
    event = _one(lifted, "tariff_cut")
    assert (event.actor, event.target, event.status) == ("USA", "CHN", "announced")
    ended = "HANOI - The United States ended its quotas on Vietnamese textiles on Thursday."
    assert _one(ended, "tariff_cut", "2007-01-12").target == "VNM"


def test_safeguard_quotas_lifted_are_reversed() -> None:
    text = "BRUSSELS - The EU lifted the safeguard quotas on Chinese steel on Thursday."
    event = _one(text, "tariff_increase")
    assert event.status == "reversed"


def test_countries_that_became_members_of_a_bloc() -> None:
    text = (
        "LONDON - Britain, Denmark and Ireland became members of the European Economic "
        "Community on Monday, enlarging the Common Market to nine nations."
    )
    deals = _events(text, "1973-01-01", kind="deal_reached")
    assert {(e.actor, e.target) for e in deals} == {("GBR", "EU"), ("DNK", "EU"), ("IRL", "EU")}


def test_an_agreement_by_its_name_was_signed() -> None:
    named = (
        "CANBERRA - The Australia New Zealand Closer Economic Relations Trade Agreement was "
        "signed in Canberra today by the Minister and the New Zealand High Commissioner."
    )
    assert _one(named, "deal_reached", "1983-03-28").actor == "AUS"
    again = (
        "DHAKA - Petrobangla signed a deal with Qatar to buy LNG on Monday. The agreement was "
        "signed in Dhaka in the presence of the state minister."
    )
    assert len(_events(again, "2017-09-25", kind="deal_reached")) <= 1


def test_a_preferential_trading_arrangement_in_force() -> None:
    text = (
        "NEW DELHI - The South Asian Preferential Trading Arrangement (SAPTA) came into "
        "force today."
    )
    assert _one(text, "deal_reached", "1995-12-07").status == "in_effect"


def test_exempt_past_an_owners_aside() -> None:
    text = (
        "WASHINGTON - Clinton on Friday imposed a duty of 19 percent on imports of line pipe. "
        "Canada and Mexico, the United States' partners in the North American Free Trade "
        "Agreement, are exempted from the measure."
    )
    cuts = _events(text, "2000-02-14", kind="tariff_cut")
    assert {(e.actor, e.target) for e in cuts} == {("USA", "CAN"), ("USA", "MEX")}


def test_imports_limited_under_a_safeguard_and_one_supplier_excluded() -> None:
    text = (
        "WASHINGTON - The President today issued a proclamation limiting imports of wheat "
        "gluten, mainly from the European Union and Australia, for three years beginning "
        "June 1, 1998, under the safeguard provisions of the Trade Act of 1974. Imports from "
        "Canada, the largest "
        "supplier, are excluded."
    )
    raised = _events(text, "1998-05-30", kind="tariff_increase")
    assert {e.target for e in raised} == {"EU", "AUS"}
    assert _one(text, "tariff_cut", "1998-05-30").target == "CAN"
    assert not _events(text, "1998-05-30", kind="purchase_cut")


def test_import_deposits_are_a_charge_on_imports() -> None:
    text = (
        "ROME - Italian importers must deposit half the value of a wide range of foreign goods "
        "with the Bank of Italy for six months, without interest."
    )
    assert _one(text, "tariff_increase", "1974-05-08").actor == "ITA"
    lodged = (
        "JOHANNESBURG - South Africa on Wednesday ordered importers of goods from Zimbabwe to "
        "lodge cash deposits with customs before their shipments are cleared."
    )
    assert _one(lodged, "tariff_increase", "1986-08-21").actor == "ZAF"


def test_deposits_posted_against_dumping_duties_are_none() -> None:
    text = (
        "WASHINGTON - The Commerce Department set preliminary anti-dumping duties of 50 "
        "percent on Chinese honey on Monday. Importers will have to post cash deposits once "
        "the decision is published."
    )
    assert len(_events(text, "2001-05-14", kind="tariff_increase")) == 1


def test_a_quota_enlarged_by_a_share_has_no_rate() -> None:
    text = (
        "GENEVA - The six Common Market countries agreed to enlarge their quotas on cotton "
        "goods from Japan by 88 percent over the five years."
    )
    assert _one(text, "tariff_cut", "1962-02-10").rate_change is None
