"""The reader's twenty-seventh round: one test class per class of error, on sentences of its own.

None of these sentences is taken from a labelled set: each class of error that the
latest fresh held-out sets share (events missed) is tested on new wording, other countries
and goods, so that the mechanism is tested, not the sentence.
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2024-03-08"  # a Friday


READ = Round(DAY)
_events, _one = READ.events, READ.one


class TestBansOnACompanysBusiness:
    """Class 1: a ban on a company's app or business (no goods, no "from") is a sanction;
    one put off, delayed or revoked is reversed."""

    def test_a_law_banning_an_app(self):
        event = _one("India's law banning WeChat took effect on Monday.", "sanction")
        assert event.companies == ("Tencent",) or "WeChat" in event.sentence

    def test_a_ban_put_off(self):
        event = _one(
            "The Commerce Department put off for two weeks its ban on new downloads of "
            "ByteDance's TikTok.",
            "sanction",
        )
        assert event.status == "reversed"

    def test_orders_revoked(self):
        event = _one(
            "The president revoked orders from his predecessor that sought to ban TikTok.",
            "sanction",
        )
        assert event.status == "reversed"

    def test_a_company_barred_from_buying_is_a_control(self):
        assert not _events("Washington banned Huawei from buying American chips.", kind="sanction")


class TestOrdersSigned:
    """Class 2: an order signed for a number of a company's goods, or cargoes booked, is a
    purchase commitment announced (deliveries to come)."""

    @pytest.mark.parametrize(
        "text",
        [
            "Kenya Airways signed on Monday for up to 12 Boeing jets.",
            "Garuda signed an order for 40 Boeing 737 jets worth $4 billion.",
        ],
    )
    def test_signed_for(self, text):
        event = _one(text, "purchase_commitment")
        assert event.status == "announced"

    def test_cargoes_booked(self):
        event = _one(
            "Chinese buyers booked dozens of cargoes of Brazilian soybeans this week.",
            "purchase_commitment",
        )
        assert (event.actor, event.target) == ("CHN", "BRA")

    def test_a_law_signed_is_no_order(self):
        assert not _events(
            "The president signed on Monday a law on state aid for 12 airlines.",
            kind="purchase_commitment",
        )


class TestCustomsUnions:
    """Class 3: a customs union that comes into force is a deal reached."""

    def test_in_force(self):
        _one(
            "The customs union between Nicaragua and El Salvador came into force on Monday.",
            "deal_reached",
        )


class TestCentralBanksSellingAndAuctioning:
    """Class 4: a central bank that sells dollars or euros by their codes, in a clause of
    means ("by selling USD 8 billion"), or holds foreign-exchange auctions intervenes; hedge
    funds are private traders, "to hedge" is no one."""

    def test_selling_by_code(self):
        event = _one(
            "The Riksbank will begin on 2 October to reduce its reserve by selling USD 5 billion.",
            "currency_intervention",
        )
        assert (event.actor, event.status) == ("SWE", "announced")

    def test_fx_auctions(self):
        event = _one(
            "The central bank will hold weekly foreign-exchange auctions to supply banks with "
            "dollars.",
            "currency_intervention",
        )
        assert event.status == "announced"

    def test_hedge_funds_are_traders(self):
        assert not _events(
            "Norwegian hedge funds sold dollars on Monday.", kind="currency_intervention"
        )


class TestTalksToCome:
    """Class 5: a state visit to come, talks a party "would begin" or "would open", talks
    agreed "to keep negotiating" or that "will continue", and a next summit "will be held"
    are talks scheduled; a vow that one "would keep negotiating" is none."""

    @pytest.mark.parametrize(
        "text",
        [
            "President Lula is due to arrive in Tokyo on March 20 for a state visit to Japan.",
            "The minister said Chile would begin talks with countries outside the bloc.",
            "USTR said it would open separate talks with Peru and with Colombia.",
            "Chile and Peru agreed to keep negotiating on fisheries.",
            "Chile and Peru will continue to negotiate on the issue.",
            "The next summit will be held in Lima in December.",
        ],
    )
    def test_scheduled(self, text):
        _one(text, "talks_scheduled")

    def test_a_vow_to_keep_negotiating(self):
        assert not _events(
            "Washington raised tariffs on Chilean copper. Santiago said it would keep negotiating.",
            kind="talks_scheduled",
        )
