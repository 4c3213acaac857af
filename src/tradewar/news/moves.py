"""Triggers of the events that are not measures on goods: currencies, markets, talks, deals.

Helpers of :func:`~tradewar.news.triggers.triggers`: a currency with a verb that moves it
on purpose (*propped up the yuan*) is an intervention, a market or currency with a verb
of movement (*the real weakened*, *Canola futures in Winnipeg slumped*) a market
reaction; talks take the polarity of their verb (*held*, *stalled*, *will resume*), and a
verb that ends them when they are its object (*ending all trade negotiations*) stalls
them; a deal is reached or broken by the verb before it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from tradewar.news import grammar as gr
from tradewar.news import lexicon as lx
from tradewar.news import marketwords as mw
from tradewar.news.entities import amount_currency, bare_currencies, gazetteer
from tradewar.news.records import Segment, Sentence, Trigger

__all__ = ["currency_and_market", "talks_and_deals"]


def _nearest(positions: list[int], to: int, before: int, after: int) -> int | None:
    prior = [p for p in positions if to - before <= p < to]
    if prior:
        return max(prior)
    later = [p for p in positions if to < p <= to + after]
    return min(later) if later else None


def currency_and_market(s: Sentence, seg: Segment, currency_context: bool = False) -> list[Trigger]:
    """A currency intervention, else the market reactions of a clause.

    Parameters
    ----------
    s : Sentence
        The sentence.
    seg : Segment
        One of its clauses.
    currency_context : bool, optional
        Whether the report's headline or lead is about a currency.

    Returns
    -------
    list of Trigger
        One intervention, or one reaction per market that moves.
    """
    low = s.lower
    a, b = seg.start, seg.end
    rng = range(a, b)
    found: list[Trigger] = []
    currencies = [m.start for m in s.marks if m.type == "currency" and a <= m.start < b]
    currencies += [i for i in rng if low[i] in lx.CURRENCY_NOUNS]
    # "The Israel pound was devalued yesterday": a currency's name after its country's
    currencies += [
        i
        for i in rng
        if low[i] in _MONEY_NAMES and any(m.type == "country" and m.end == i for m in s.marks)
    ]
    currencies = [c for c in currencies if not _goods_worth(low, c)]
    cverbs = [m.start for m in s.phrases("currency_verb", a, b)]
    cverbs += [
        i
        for i in rng
        if low[i] in lx.CURRENCY_VERBS
        and (
            low[i] not in {"set", "let", "allow", "allowed"}
            or any(
                low[k] in {"midpoint", "fixing", "weaken", "fall", "depreciate", "slide", "weaker"}
                or k in currencies
                for k in range(i + 1, min(b, i + 9))  # "set a stronger-than-expected midpoint"
            )
        )
    ]
    # "sold about $40 million on Thursday to halt a run on the sucre": a run stopped
    cverbs += [
        i
        for i in rng
        if low[i] in _RUN_STOPS
        and low[i + 1 : i + 4] == ["a", "run", "on"]
        and any(c in (i + 4, i + 5) for c in currencies)
    ]
    # "would hold the manat stable at the new rate", "would keep the official exchange rate
    # at 6.96 bolivianos per dollar": a level defended
    cverbs += [
        i
        for i in rng
        if low[i] in mw.HOLD_VERBS
        and any(i < c <= i + 3 for c in currencies)
        and (
            {"stable", "steady"} & set(low[i + 1 : min(b, i + 6)])
            or (low[i + 1 : i + 5].count("exchange") and "rate" in low[i + 1 : i + 6])
        )
    ]
    # "adopted a market-based exchange rate for the taka", "began using an official exchange
    # rate of 15,000 pounds to the dollar": a new exchange-rate regime
    cverbs += [
        i
        for i in rng
        if low[i] in _REGIME_VERBS
        and any(
            low[k : k + 2] == ["exchange", "rate"] and set(low[i + 1 : k]) & _REGIMES
            for k in range(i + 1, min(b - 1, i + 6))
        )
    ]
    # "Malaysia fixed the ringgit at 3.80 to the U.S. dollar", "fixed the exchange rate at
    # 25,000 sucres per dollar", "fixing the value of the kwacha at eight to the dollar": a
    # rate fixed
    cverbs += [
        i
        for i in rng
        if low[i] in _FIXERS
        # (not a regime's standing rule: "the convertibility plan, which fixes the peso at one
        # to the dollar")
        and low[i - 1 : i] not in (["which"], ["that"])
        and (
            any(i < c <= i + 3 for c in currencies)
            or low[i + 1 : i + 4] == ["the", "exchange", "rate"]
            or (low[i + 1 : i + 4] == ["the", "value", "of"] and i + 5 in currencies)
        )
        and "at" in low[i + 2 : i + 8]
        and any(w[:1].isdigit() or w in _RATE_WORDS for w in low[i + 3 : i + 10])
    ]
    # "West Germany said the mark, too, was convertible for non-residents from today", "the
    # zloty was made convertible on Monday": a currency made convertible, dated (not "the
    # rupee is not fully convertible", a standing trait)
    # ("made its national currency, the sum, freely convertible for current account
    # transactions": made so, past an adverb, is the act itself)
    made = [
        i
        for i in rng
        if low[i] == "convertible"
        and low[i - 1] in {"freely", "fully"}
        and low[max(a, i - 10) : i].count("made")
    ]
    convertible = [
        i
        for i in rng
        if low[i] == "convertible"
        and (low[i - 1] in {"was", "became", "made", "become", "becomes"} or i in made)
        and (
            any(i - 6 <= c < i for c in currencies)
            or bool(set(low[max(a, i - 6) : i]) & {"mark", "sterling", "pound", "franc"})
        )
        and (any(i < start < b for _, start, _ in s.dates) or i in made)
    ]
    # "Ecuador would replace its currency, the sucre, with the U.S. dollar", "Bulgaria adopted
    # the euro on Thursday": a currency given up for another's
    cverbs += [
        i
        for i in rng
        if (
            low[i] in _REPLACED
            and low[i + 1 : i + 3] == ["its", "currency"]
            and "with" in low[i + 3 : i + 10]
        )
        or (
            low[i] in _ADOPTED_CURRENCY
            and low[i + 1 : i + 3] in (["the", "euro"], ["the", "dollar"])
        )
    ]
    # "Estonia replaced the Soviet rouble with its own currency, the kroon", "Kazakhstan
    # introduced its own currency, the tenge", "Uzbekistan left the rouble zone": a currency
    # of its own
    own = [
        i
        for i in rng
        if (
            low[i] in _REPLACED
            and any(
                low[k : k + 4] == ["with", "its", "own", "currency"]
                for k in range(i + 2, min(b, i + 8))
            )
        )
        # (not a participle after the step: "left the rouble zone ..., introducing a coupon
        # currency", one step)
        or (
            low[i] in _INTRODUCED
            and not low[i].endswith("ing")
            and (
                low[i + 1 : i + 4] in _OWN_CURRENCY
                # "Uzbekistan issued its own sum-coupons on the same day"
                or (
                    low[i + 1 : i + 3] == ["its", "own"]
                    and any(w.startswith("coupon") for w in low[i + 3 : i + 6])
                )
            )
        )
        # ("Guinea has left the franc zone", "quits the sterling area")
        or (
            low[i] in _LEAVE_ZONE
            and low[i + 2 : i + 3] in (["rouble"], ["franc"], ["sterling"], ["escudo"])
            and low[i + 3 : i + 4] in (["zone"], ["area"])
        )
        # "Guinea ... put its own currency, the Guinean franc, into circulation", "Malaysia
        # and Singapore today put their own currencies into circulation"
        # ("Lithuania put its own national currency, the litas, into circulation")
        or (
            low[i] in {"put", "puts"}
            and low[i + 1 : i + 3] in (["its", "own"], ["their", "own"])
            and bool({"currency", "currencies"} & set(low[i + 3 : i + 5]))
            and "circulation" in low[i + 4 : min(b, i + 14)]
        )
        or _new_currency(low, i, b, currencies)
        or _into_circulation(low, i, a, b, currencies)
    ]
    # "The French franc left the joint float of European currencies", "introduced a currency
    # board", "ended their monetary union", "tied their currencies to it", "withdrew all
    # banknotes printed before 1993 from circulation": a currency's regime changed
    own += [
        i
        for i in rng
        if (low[i] in _LEAVE_ZONE and set(low[i + 1 : i + 4]) & _JOINT_REGIMES)
        or (low[i] in _INTRODUCED and low[i + 1 : i + 4] == ["a", "currency", "board"])
        or (
            low[i] in lx.forms("end") | {"dissolved", "dissolve", "dissolves"}
            and low[i + 2 : i + 4] in (["monetary", "union"], ["currency", "union"])
        )
        or (
            low[i] in _TIED
            and low[i + 1 : i + 3] in (["their", "currencies"], ["its", "currency"])
            and low[i + 3 : i + 4] == ["to"]
        )
        or (
            low[i] in lx.forms("withdraw") | {"withdrew", "withdrawn"}
            # (past the notes' values: "withdrew all 50- and 100-rouble banknotes")
            and {"banknotes", "notes"} & set(low[i + 1 : i + 9])
            and "circulation" in low[i + 4 : min(b, i + 12)]
        )
    ]
    # "The Government has authorised the use of foreign currencies for all transactions":
    # other currencies made legal tender
    used = (
        own
        + convertible
        + [
            i
            for i in rng
            if low[i] in _LEGALISED
            and low[i + 1 : i + 4] == ["the", "use", "of"]
            and low[i + 4 : i + 6] in (["foreign", "currencies"], ["foreign", "currency"])
        ]
    )
    # "floated the pound": its peg given up
    cverbs += [
        i for i in rng if low[i] in mw.FLOAT_VERBS and any(i < c <= i + 3 for c in currencies)
    ]
    # "widened the band within which commercial banks may trade the dong against the US
    # dollar to 10 percent": a currency's trading band moved (its name past the band's clause)
    band = [
        (i, c)
        for i in rng
        if low[i] in _BAND_MOVES
        and "band" in low[i + 1 : i + 4]
        # (the verb, not an adjective: "keep the franc inside the narrow band")
        and low[i - 1 : i] not in (["the"], ["a"], ["its"], ["their"])
        for c in currencies
        if i + 3 < c <= i + 14
    ]
    if band:
        return [Trigger("currency_intervention", band[0][0], band[0][1])]
    if used:
        return [Trigger("currency_intervention", used[0], used[0])]
    # (a verb is no currency of its own: "fixing the value of the kwacha", not the fixing)
    currencies = [c for c in currencies if c not in cverbs] or currencies
    if currencies and cverbs:
        head = _nearest(cverbs, min(currencies), before=8, after=3)
        if head is not None:
            # "would no longer defend the baht", "abandoned the manat's peg": the defence
            # given up (a float is a regime put in place, in effect: "floated the pound", as
            # seven of the eleven floats the sets label are)
            given_up = low[max(a, head - 2) : head] == ["no", "longer"] or any(
                low[k] in mw.REGIME_ENDS for k in range(max(a, head - 5), head)
            )
            return [Trigger("currency_intervention", head, min(currencies), reversed=given_up)]
    # selling dollars or spending reserves is an intervention whatever currency it defends,
    # when a government or central bank does it: "The Reserve Bank of India sold dollars"
    for m in s.phrases("currency_verb", a, b):
        words = " ".join(low[m.start : m.end])
        if words in lx.CURRENCY_TRADES and _official(s, a, m.start):
            return [Trigger("currency_intervention", m.start, m.start)]
    official = _official_intervention(s, a, b, set(currencies))
    if official is not None:
        return [official]
    swap = _swap_for_currency(s, a, b)
    if swap is not None:
        return [swap]
    settled = _settlement_channel(s, a, b)
    if settled is not None:
        return [settled]
    controlled = _capital_controls(s, a, b)
    if controlled is not None:
        return [controlled]
    rise = _rate_rise_for_currency(s, a, b, currency_context)
    if rise is not None:
        return [rise]
    names = {m.start for m in s.marks if m.type in {"company", "country", "market"}}
    moves = [
        i
        for i in rng
        if low[i] in lx.MARKET_MOVES
        # a noun, not a move: "a sharp drop", "fishing firm Nissui"
        and not (i > 0 and low[i - 1] in {"a", "an", "the", "its", "their", "this", "that"})
        and i + 1 not in names
    ]
    moves += [m.start for m in s.phrases("market_move", a, b)]
    # "the dollar traded at about 60,000 pounds on Wednesday": a price of the day, a level
    # with a date (and "fetched", a move of its own: lexicon)
    # ("changed hands at around 815 to 820 kyat on Monday" too)
    moves += [
        i
        for i in rng
        if (
            (low[i] in {"traded", "trading"} and low[i + 1 : i + 2] == ["at"])
            or (low[i] == "changed" and low[i + 1 : i + 3] == ["hands", "at"])
        )
        # the dollar priced in the local currency (a currency's own level "per dollar" is
        # mostly left out by the sets)
        # ("On the parallel market, dollars changed hands at 30 kwacha or more on Saturday")
        and bool({"dollar", "dollars"} & set(low[max(a, i - 3) : i]))
        and any(w[:1].isdigit() for w in low[i + 1 : i + 7])
        and (any(i < start < b for _, start, _ in s.dates) or _street_market(low))
    ]
    # "The som traded at about 99 per dollar on Friday, compared with 84.8 before ...", "The
    # dram traded at about 525 per dollar ..., down from about 475": a currency's level with
    # the level it moved from
    moves += [
        i
        for i in rng
        if low[i] == "traded"
        and low[i + 1 : i + 2] == ["at"]
        and any(m.type == "currency" and i - 3 <= m.end - 1 < i for m in s.marks)
        and any(low[k] in {"per", "to", "against"} for k in range(i + 2, min(b, i + 6)))
        and _moved_from(low, i + 2, len(low))
    ]
    # "The yuan nonetheless eased": a currency's own verb, past an adverb
    moves += [
        i
        for i in rng
        if low[i] in mw.CURRENCY_MOVES
        and any(m.type == "currency" and i - 3 <= m.end - 1 < i for m in s.marks)
    ]
    # "Milling wheat futures on Euronext in Paris eased 0.4% on Thursday": futures, prices or
    # shares that eased by a percentage
    moves += [
        i
        for i in rng
        if low[i] in mw.CURRENCY_MOVES
        and any(p.type == "percent" and i < p.start <= i + 3 for p in s.marks)
        and set(low[max(a, i - 8) : i]) & {"futures", "prices", "shares", "stocks", "index"}
    ]
    # "Wheat futures on the Winnipeg Grain Exchange eased by about a cent a bushel", "shares
    # of East African Breweries eased today", "other oil shares eased.": futures, shares or stocks
    # that eased on the day, by a price or with no object (not "eased curbs on shares")
    moves += [
        i
        for i in rng
        if low[i] in mw.CURRENCY_MOVES
        and set(low[max(a, i - 8) : i]) & {"futures", "shares", "stocks"}
        and (i + 1 >= b or low[i + 1] in _EASED_HOW or low[i + 1][:1].isdigit())
        and not set(low[max(a, i - 8) : i]) & {"had", "have", "has", "would", "could", "will"}
        # (one move a sentence: "Anglo-Iranian Oil shares fell 3s. 9d. ..., and other oil
        # shares eased" is one market line)
        and not any(w in lx.MARKET_MOVES for w in low)
    ]
    # "The rupee ended 0.1% weaker", "the index closed 2% higher"
    moves += [
        i
        for i in rng
        if low[i] in lx.MARKET_CLOSES
        and any(w in lx.MARKET_ENDS for w in low[i + 1 : min(b, i + 5)])
    ]
    # "The peso closed at a record low of 39.25 per dollar": a close at a record
    moves += [
        i
        for i in rng
        if low[i] in lx.MARKET_CLOSES
        and low[i + 1 : i + 3] == ["at", "a"]
        and low[i + 3 : i + 4] in (["record"], ["new"], ["fresh"])
        and set(low[i + 4 : i + 6]) & {"low", "high", "lows", "highs"}
    ]
    # "The rupee ended at 61.15 per dollar on Tuesday": a currency's close at its level
    moves += [
        i
        for i in rng
        if low[i] in {"ended", "closed", "finished", "settled"}
        and low[i + 1 : i + 2] == ["at"]
        and low[i + 3 : i + 4] == ["per"]
        and any(m.type == "currency" and i - 2 <= m.end <= i for m in s.marks)
        and not {"unchanged", "little", "flat", "steady"} & set(low[i + 4 : b])
    ]
    # "the yuan closed at 6.7976 per dollar on Monday, up 0.4% from Friday": a close with its
    # change after a comma
    moves += [
        i
        for i in rng
        if low[i] in lx.MARKET_CLOSES
        and low[i + 1 : i + 2] == ["at"]
        and (
            # "The pound closed at 6.30 to the dollar on Monday, from 6.18 on Thursday"
            any(
                low[k] == "from" and any(c.isdigit() for c in low[k + 1 : k + 2][0])
                for k in range(i + 3, min(b - 1, i + 12))
            )
            or any(
                low[k] in {"up", "down"}
                and low[k - 1] == ","
                and (
                    any(p.type == "percent" and k < p.start <= k + 2 for p in s.marks)
                    # "The shilling closed at 98.25 per dollar on Wednesday, down from 97.80";
                    # "The dram traded at about 525 per dollar on the NASDAQ OMX Armenia
                    # platform on Tuesday afternoon, down from about 475"
                    or (
                        low[k + 1 : k + 2] == ["from"]
                        and any(c.isdigit() for w in low[k + 2 : min(b, k + 4)] for c in w[:1])
                    )
                )
                for k in range(i + 2, min(b, i + 18))
            )
        )
    ]
    # not the currency a move is measured against ("plunged 9 percent against the euro")
    subjects = [
        m.start
        for m in s.marks
        if m.type in {"market", "currency"}
        and a <= m.start < b
        and not (m.type == "currency" and set(low[max(a, m.start - 2) : m.start]) & _COUNTER)
    ]
    subjects += [i for i in rng if low[i] in lx.MARKET_NOUNS]
    # "The currency weakened 0.8 percent on Tuesday": a currency named before, as "the
    # currency" (its country is the report's, found when the events merge)
    subjects += [
        i
        for i in rng
        if low[i] == "currency"
        and (
            low[i - 1 : i] in (["the"], ["local"])
            # "Iran's currency plunged to a record low"
            or (
                low[i - 1 : i] == ["'s"]
                and any(m.type == "country" and m.end == i - 1 for m in s.marks)
            )
        )
        and i + 1 in moves  # not "the currency market", "the currency controls"
    ]
    subjects += [m.start for m in s.phrases("market_name", a, b)]
    # "On the parallel market, dollars changed hands at 30 kwacha": dollars priced in the
    # local currency, the subject of the day's price
    # (not "demand for dollars rises each winter")
    subjects += [
        i
        for i in rng
        if low[i] == "dollars" and i + 1 in moves and low[i + 1] in {"changed", "traded"}
    ]
    # a commodity's prices: "Oil prices rose", "Russian wheat export prices fell" (not
    # "consumer prices", nor "as prices for oil and gas slumped", a background)
    subjects += [
        i
        for i in rng
        if low[i] == "prices"
        and any(m.type == "product" and i - 3 <= m.end - 1 < i for m in s.marks)
        and not {"consumer", "retail", "imported"} & set(low[max(a, i - 3) : i])
        # "to buy televisions and computers before prices rise": a clause of its own
        and low[i - 1] not in {"before", "until", "as", "when"}
    ]
    # "Gold rose in London to its highest price in more than a year", "Gold rose to a record
    # above $3,200 an ounce": gold's price opening its clause and moving on the day
    subjects += [i for i in rng if low[i] == "gold" and i == a and i + 1 in moves]
    # "Oil prices rose, with Brent crude up 1.4 percent": the world's oil price opening its
    # clause and moving on the day (not "as oil prices slumped", "Oil prices have fallen")
    subjects += [
        i
        for i in rng
        if low[i] == "prices" and i - 1 == a and low[a] in {"oil", "crude"} and i + 1 in moves
    ]
    # "Prices for yellow peas at Saskatchewan elevators fell by about 10 per cent": a
    # commodity's prices named after them, moving by a percentage
    subjects += [
        i
        for i in rng
        if low[i] == "prices"
        and low[i + 1 : i + 2] in (["for"], ["of"])
        and not {"as", "after", "when", "while", "since"} & set(low[max(a, i - 2) : i])
        and any(m.type == "product" and i + 2 <= m.start <= i + 4 for m in s.marks)
        and (
            any(p.type == "percent" and i < p.start < b for p in s.marks) or _by_a_share(low, i, b)
        )
    ]
    # "Raw jute prices in Narayanganj fell by Tk 100 to Tk 150 a maund this week", "Thai 5%
    # broken white rice fell to $430 a tonne this week": a commodity's price on a market,
    # moved by an amount on a day (the goods word before "prices" is no goods of a measure)
    # (a subject left before a relative clause the clauses split at: "Cobalt prices, which
    # had risen on fears of tighter supply, eased about 2 percent")
    held_back = range(max(0, a - 8), a) if a > 1 and low[a - 1 : a + 1] == [",", "which"] else []
    priced = {
        i: move
        for i in itertools.chain(held_back, rng)
        if (move := _commodity_move(s, i, b, moves)) is not None
    }
    subjects += list(priced)
    # "Cobalt prices, which had risen on fears of tighter supply, eased 2 percent": the
    # move of the aside is background; "doubled to about 10 somoni a cylinder": a move
    aside = {k for i, move in priced.items() for k in moves if i < k < move}
    moves = sorted((set(moves) - aside) | set(priced.values()))
    # "Prices paid to growers for green vanilla in the Sava region fell by about a fifth",
    # "Prices paid by exporters for sunflower seeds in the port of Odessa fell by about $10 a
    # tonne", "Prices that exporters pay for wheat in Ukraine's Black Sea ports rose by about
    # $5 a tonne"
    subjects += [
        i
        for i in rng
        if low[i] == "prices"
        and (
            low[i + 1 : i + 3] in (["paid", "to"], ["paid", "by"])
            or (low[i + 1 : i + 2] == ["that"] and low[i + 3 : i + 4] in (["pay"], ["paid"]))
        )
        and "for" in low[i + 3 : i + 6]
        and any(m.type == "product" and i + 4 <= m.start <= i + 9 for m in s.marks)
        and (
            any(p.type == "percent" and i < p.start < b for p in s.marks)
            or _by_a_share(low, i, b)
            or any(
                low[k : k + 2] == ["a", "tonne"] or low[k : k + 2] == ["a", "ton"]
                for k in range(i + 6, b)
            )
        )
    ]
    # a company whose shares move by a percentage or on an exchange: "while Whirlpool jumped
    # 6% in New York", "BMW and Daimler rose in Frankfurt", "Matson fell as much as 3.5
    # percent in early New York trading"
    subjects += [
        m.start
        for m in s.marks
        if m.type == "company"
        and a <= m.start < b
        and m.end in moves
        and any(
            (p.type == "percent" and m.end < p.start <= m.end + 3 + 2 * _as_much_as(low, m.end))
            # (past an amount in units: "Norsk Hydro gained 4 crowns in Oslo")
            or (
                p.type in {"country", "market"}
                and low[p.start - 1] in {"in", "on"}
                and p.start == m.end + 4
                and low[m.end + 1][:1].isdigit()
                and low[m.end + 2] in _PRICE_UNITS
            )
            # (past a move of two words: "while BP and Shell were weaker in London")
            or (
                p.type in {"country", "market"}
                and low[p.start - 1] == "in"
                and (
                    p.start == m.end + 2 or (p.start == m.end + 3 and low[m.end] in {"were", "was"})
                )
            )
            for p in s.marks
        )
    ]
    # "while AvtoVAZ, maker of Lada cars, slipped 1.1 percent": a company past its apposition
    subjects += [
        m.start
        for m in s.marks
        if m.type == "company"
        and a <= m.start < b
        and (verb := _past_apposition(low, m.end, b)) in moves
        and any(p.type == "percent" and verb < p.start <= verb + 3 for p in s.marks)
    ]
    # "Fonterra units fell 8.3 per cent on the NZX", "Toyota shares rose 2%": a company's
    # shares by its name before them
    # "TSMC's Taiwan-listed stock climbed 4.9%": past its listing
    subjects += [
        m.start
        for m in s.marks
        if m.type == "company"
        and a <= m.start < b
        and low[(past := _past_listing(low, m.end)) : past + 1]
        in (["units"], ["shares"], ["stock"])
        and past + 1 in moves
        and (
            any(p.type == "percent" and past + 1 < p.start <= past + 4 for p in s.marks)
            or _moved_by_a_price(low, past + 1)
        )
    ]
    # "Shares of Gokaldas Exports, a garment maker that sells mainly to US retailers, rose
    # 3.1 per cent": the subject stands before an apposition the clauses split at
    lo = min([a, *priced])
    if a > 1 and low[a - 1] == "," and low[a] in {"a", "an"}:
        held = [
            p
            for p in (m.start for m in s.marks if m.type == "company")
            if max(0, a - 8) <= p < a and low[max(0, p - 2) : p] == ["shares", "of"]
        ]
        subjects += held
        lo = min([lo, *held])
    # "The rouble, which briefly firmed after the announcement, fell as much as 19 percent":
    # a currency or market left before a relative clause the clauses split inside, moving
    # right past the clause's closing comma (the clause's own move is background)
    relative = [
        m.start
        for m in s.marks
        if m.type in {"currency", "market"}
        and max(0, a - 16) <= m.start < a
        and low[m.end : m.end + 2] == [",", "which"]
        and (shut := next((k for k in range(m.end + 2, b) if low[k] == ","), None)) is not None
        and shut >= a
        and shut + 1 in moves
    ]
    subjects += relative[:1]
    lo = min([lo, *relative[:1]])
    for move in sorted(set(moves)):
        # past a relative clause set off by commas: "Shares of Acacia Communications, which
        # gets about a third of its revenue from ZTE, fell 8%"
        reach = 14 + _aside_before(low, lo, move)
        subject = [p for p in subjects if max(lo, move - reach) <= p < move]
        if subject:
            # the apposition's words are no subject ("a garment maker that sells ... to US
            # retailers")
            told = subject[0] if subject[0] < a else -1
            # "The metical has lost about 40 percent of its value this year and traded at
            # about 78 per dollar on Thursday": the day's level, not the year's loss
            move = _level_of_the_day(s, move, b) or move
            found.append(Trigger("market_reaction", move, subject[0], lo=lo, subject=told))
            lo = move + 1
    for i in rng:
        if low[i] not in lx.MARKET_CAUSERS:
            continue
        moved = [p for p in subjects if i < p <= i + 4]
        if moved and any(w in lx.MARKET_DIRECTIONS for w in low[moved[0] : moved[0] + 5]):
            found.append(Trigger("market_reaction", i, moved[0], subject=moved[0]))
    # "..., sending the currency down about 2.5% to a record low": a clause that tells what
    # the measure did to a currency or market
    if low[a] in _SENDING:
        sent = next(
            (
                k
                for k in range(a + 1, min(b, a + 5))
                if k in currencies or low[k] in lx.MARKET_NOUNS
            ),
            None,
        )
        if sent is not None and set(low[sent + 1 : sent + 3]) & _SENT_WHERE:
            found.append(Trigger("market_reaction", a, sent, subject=sent))
    # "Commercial banks quoted the rupee at about 230 per dollar on Monday", "forex bureaus
    # in Juba quoted the dollar at about 18.5 pounds on Tuesday": a currency's price of the
    # day, quoted by its dealers
    for i in rng:
        quoted = next(
            (
                m.start
                for m in s.marks
                if m.type == "currency"
                and i < m.start <= i + 3
                and low[m.end : m.end + 1] == ["at"]
            ),
            None,
        )
        # ("By midday on Wednesday, banks were quoting the dollar at about 5.35 pounds")
        if (
            low[i] in {"quoted", "quoting"}
            and quoted is not None
            and any(w[:1].isdigit() for w in low[quoted + 2 : quoted + 5])
            and any(a <= start < b for _, start, _ in s.dates)
            and not found
        ):
            found.append(Trigger("market_reaction", i, quoted, subject=quoted))
    # "At private exchange offices in Warsaw, the dollar sold for about 9,400 zlotys on
    # Tuesday", "Exchange bureaux in Sofia quoted the mark at about 1,000 levs today", "money
    # changers were offering as much as 120 pesos for a dollar on Wednesday": a currency's
    # street price of the day, an amount of a currency (whose country is the dealers' place,
    # else the currency's)
    street = next(
        (
            (i, k)
            for i in rng
            # ("In Lima exchange houses the dollar sold at 38.70 soles on Friday")
            if (low[i] == "sold" and low[i + 1 : i + 2] in (["for"], ["at"]))
            or (low[i] in {"quoted", "offering", "offered"} and low[i - 1 : i] != ["was"])
            for k in range(i + 2, min(b, i + 9))
            # (a new currency's: "were offering about 8 new zaires per dollar")
            if amount_currency(low, k) is not None
            or (low[k] == "new" and amount_currency([*low[:k], *low[k + 1 :]], k) is not None)
        ),
        None,
    )
    if (
        street is not None
        and not found
        and (
            any(a <= st < b for _, st, _ in s.dates)
            or _later_that_day(low, street[0], b)
            or _street_market(low)
            # "On the street, dealers offered about 4.10 lei per dollar"
            or low[:4] in (["on", "the", "street", ","], ["in", "the", "street", ","])
        )
        and not set(low[a : street[0]]) & {"bonds", "shares", "notes", "bills", "stake"}
    ):
        found.append(Trigger("market_reaction", street[0], street[1]))
    # "Shops in Accra's Makola market raised prices on imported goods this morning", "traders
    # raised the price of sugar and imported cloth by up to a quarter on Monday": sellers'
    # prices marked up on a day (not "could face fines if they raised prices", nor "had
    # already raised prices")
    marked = next(
        (
            (i, k)
            for i in rng
            if low[i] in {"raised", "raising"}
            and set(low[max(a, i - 8) : i]) & _SELLERS
            and not set(low[max(a, i - 8) : i]) & _NOT_DONE
            for k in range(i + 1, min(b, i + 3))
            if low[k] in {"prices", "price"} and set(low[i + 1 : k]) <= {"the", "their"}
        ),
        None,
    )
    # (the day may stand past a list of goods the clauses split: "the price of sugar and
    # imported cloth by up to a quarter on Monday")
    # (or by a size and no period: "Athens shopkeepers nevertheless raised prices of imported
    # coffee and textiles by about a third", "by up to a quarter within hours of the
    # announcement")
    if (
        marked is not None
        and not found
        and (
            any(marked[0] < st for _, st, _ in s.dates)
            or (
                any(
                    low[k] == "by" and bool(set(low[k + 1 : k + 5]) & (_SHARES | _NUMBER_WORDS))
                    for k in range(marked[1], len(low))
                )
                and not set(low) & _PERIODS
            )
        )
    ):
        found.append(Trigger("market_reaction", marked[0], marked[1]))
    # "the dollar was quoted at about 300,000 intis on Thursday": the passive
    passive = next(
        (
            m
            for m in s.marks
            if m.type == "currency"
            and a <= m.start
            and low[m.end : m.end + 3] in (["was", "quoted", "at"], ["is", "quoted", "at"])
            and any(w[:1].isdigit() for w in low[m.end + 3 : m.end + 6])
        ),
        None,
    )
    if (
        passive is not None
        and not found
        and (any(a <= st < b for _, st, _ in s.dates) or _street_market(low))
    ):
        found.append(
            Trigger("market_reaction", passive.end + 1, passive.start, subject=passive.start)
        )
    return found


#: Words after a market's "eased" that make it the market's own move, not a step easing
#: something ("eased by a cent a bushel", "eased slightly", "eased today").
_EASED_HOW = frozenset(
    {"by", "slightly", "marginally", "somewhat", "further", "again", "back", "today",
     "yesterday", "tonight", "on", "in", "at", "after", "to", "as", "a", "about", ",", ".",
     "and", "while", "following"}
)  # fmt: skip
#: Words of a step not taken now ("could face fines if they raised prices", "had raised").
_NOT_DONE = frozenset({"had", "could", "would", "if", "may", "might", "will", "without"})
#: Sellers whose prices move ("Shops in Accra's Makola market raised prices").
_SELLERS = frozenset(
    {"shops", "traders", "stores", "supermarkets", "retailers", "merchants", "shopkeepers",
     "vendors"}
)  # fmt: skip
#: Words before "market" that name a currency's street market ("On the black market").
_STREET = frozenset({"black", "kerb", "curb", "parallel", "unofficial", "street"})


def _as_much_as(low: list[str], move: int) -> bool:
    """Whether a move's amount is told as a bound ("fell as much as 3.5 percent")."""
    return low[move + 1 : move + 4] in (["as", "much", "as"], ["as", "little", "as"])


def _street_market(low: list[str]) -> bool:
    """Whether the sentence names a currency's street market ("In the kerb market")."""
    return any(low[k] in _STREET and low[k + 1 : k + 2] == ["market"] for k in range(len(low)))


#: Participles that open a clause of a market sent somewhere ("sending the lira down").
_SENDING = frozenset({"sending", "pushing", "driving", "knocking", "dragging", "pulling"})
_SENT_WHERE = frozenset({"down", "up", "lower", "higher", "to", "tumbling", "sliding"})
#: Units a share price moves by ("gained 4 crowns", "rose 75 cents").
_PRICE_UNITS = frozenset({"cents", "crowns", "kroner", "pence", "points", "yen", "rupees"})
#: Shares a price moves by, in words ("fell by about a third").
_SHARES = frozenset({"half", "third", "quarter", "fifth", "tenth", "fourth"})


def _moved_by_a_price(low: list[str], move: int) -> bool:
    """Whether the move at ``move`` is by an amount of a share's price.

    "United Fruit stock fell 1 1/4 points to 53 1/2", "gained 4 crowns", "slipped 3/8 to
    38 1/4": a number just after the move, then a price unit or "to" a new price.
    """
    if not low[move + 1 : move + 2] or not low[move + 1][:1].isdigit():
        return False
    if set(low[move + 2 : move + 5]) & _PRICE_UNITS:
        return True
    to = [k for k in range(move + 2, move + 5) if low[k : k + 1] == ["to"]]
    return any(low[k + 1 : k + 2] and low[k + 1][:1].isdigit() for k in to)


#: Words of a price that is no market's ("consumer prices", "import prices").
_NOT_MARKET_PRICES = frozenset({"consumer", "retail", "import", "food", "house"})
#: Units a commodity is priced in ("$430 a tonne", "Tk 150 a maund").
_UNITS = frozenset({"tonne", "ton", "kg", "kilogram", "kilogramme", "maund", "bag", "bushel",
                    "ounce", "cylinder", "barrel", "litre", "liter"})  # fmt: skip
#: Words of a move told as a trend or background, not the day's ("have risen", "as prices fell").
_TREND_WORDS = frozenset({"have", "has", "had", "as", "when", "while", "since", "past", "after"})


def _commodity_move(s: Sentence, i: int, b: int, moves: list[int]) -> int | None:
    """Where a commodity's price, named at ``i``, moves on a day by an amount (or None).

    "Raw jute prices in Narayanganj fell by Tk 100 to Tk 150 a maund this week", "In
    Eldoret, maize prices fell by Sh200 to Sh4,800 for a 90kg bag today", "Thai 5% broken
    white rice fell to $430 a tonne this week": a goods word just before "prices" (or before
    the move, priced "a tonne"), a move within a few words, an amount after it ("by", "to",
    a percentage) and a day in the clause; a trend ("have climbed", "in the past month") or a
    background ("as prices fell") is none. The goods may follow ("Prices of a 25-kilogramme
    bag of mealie meal rose", "Prices at the Mombasa tea auction fell"), and an aside between
    commas may stand before the move ("Onion prices at the Lasalgaon market, Asia's largest,
    rose 4 per cent on Monday"; "Cobalt prices, which had risen on fears of tighter supply,
    eased").
    """
    low = s.lower
    names = gazetteer()

    def goods(words: list[str]) -> bool:
        return any(
            (e := names.get(" ".join(words[k:]))) is not None and e.type == "product"
            for k in range(len(words))
        )

    if low[i] in {"prices", "price"}:
        if set(low[max(0, i - 3) : i]) & _NOT_MARKET_PRICES:
            return None
        before = low[max(0, i - 2) : i]
        end = i + 1 if before and goods(before) else _goods_after_prices(low, i, b, goods)
        if end is None:
            return None
        priced = quoted = False
    else:  # the goods themselves, priced per unit after the move
        if not goods(low[max(0, i - 1) : i + 1]) or low[i + 1 : i + 2] in (["prices"], ["price"]):
            return None
        end, priced = _past_delivery(low, i + 1, b), True
        quoted = end > i + 1  # a good its market quotes moves by a percentage
    move = _move_past_asides(low, end, b, moves, reach=2 if priced else 8)
    if move is None:
        return None
    plain = [w for k, w in enumerate(low[end:move], end) if not _in_aside(low, end, k)]
    if set(low[max(0, i - 4) : i] + plain) & _TREND_WORDS:
        return None
    after = low[move + 1 : min(b, move + 12)]
    after = after[: after.index(",")] if "," in after else after  # not "its lowest since 2007"
    if set(after) & {"past", "since"}:
        return None
    units = [w for w in after if w != "metric"]  # "$22,950 a metric ton"
    per_unit = any(
        units[k] in {"a", "an"} and units[k + 1 : k + 2] and units[k + 1] in _UNITS
        for k in range(len(units))
    )
    amount = (
        any(p.type == "percent" and move < p.start <= move + 4 for p in s.marks)
        or (after[:1] in (["by"], ["to"]) and any(c.isdigit() for w in after[1:4] for c in w))
        # "rose by two cents a pound", "fell by about three cents a pound", "rose by about a
        # quarter on Thursday"
        or (after[:1] == ["by"] and bool(set(after[1:4]) & (_NUMBER_WORDS | _SHARES)))
        or after[:3] == ["to", "a", "record"]
        # "rose slightly on Monday", "eased slightly on Tuesday"
        or after[:1] in (["slightly"], ["sharply"], ["modestly"], ["marginally"])
        or low[move] in _MULTIPLIED
        or per_unit
    )
    if priced and not per_unit and not quoted:
        return None
    # "Wool prices at the Wellington sales eased again today", "Tuna prices in San Diego rose
    # on fears of short supplies": a market's place named before the move, on a day or a
    # cause told, stands for its size (as the sets label such lines)
    placed = not priced and any(
        m.type in {"country", "market"} and i < m.start < move and low[m.start - 1] != "from"
        for m in s.marks
    )
    amount = amount or (
        placed
        and (
            any(move < start < b for _, start, _ in s.dates)
            or any(low[k : k + 2] == ["on", "fears"] for k in range(move + 1, b))
        )
    )
    # (the cause may stand in a clause of its own: "fell 3% in Amsterdam after the
    # announcement")
    day = (
        any(move < start < b for _, start, _ in s.dates)
        or any(low[k : k + 3] in _ON_THE_NEWS for k in range(move + 1, len(low)))
        # "In Dhaka, wholesale onion prices jumped by 40 percent", "In Hanoi the price of gold
        # rose to 460,000 dong a chi": the place the move is told at, opening the sentence
        or _place_opens(s, i)
        # "the price of Kenyan soap fell by a third", "Prices for export-quality sheep fell by
        # half": a move told in the past with no period at all is the report's news (not
        # "tripled in a few months", "rose tenfold the following year", "had risen")
        or (
            not set(low) & _PERIODS
            and not any(re.fullmatch(r"1[89]\d\d|20\d\d", w) for w in low)
            and "had" not in low[:move]
            and (
                low[move].endswith("ed")
                # ("rose", "fell" with their market's place named: not "Black Sea wheat offers
                # rose by about $10 a tonne", a quote of no country)
                or (
                    low[move] in {"rose", "fell"}
                    and any(m.type in {"country", "market"} for m in s.marks)
                )
            )
        )
    )
    return move if amount and day else None


#: Words of a period a move is told over ("in a few months", "the following year").
_PERIODS = frozenset(
    {"months", "month", "years", "year", "weeks", "decade", "decades", "since", "following",
     "until", "during", "ago", "then", "later", "earlier"}
)  # fmt: skip


#: Moves that carry their own size ("doubled to about 10 somoni a cylinder").
_MULTIPLIED = frozenset({"doubled", "tripled", "trebled", "halved"})
#: Moves that only a price makes here ("Cobalt prices ... eased about 2 percent").
_PRICE_MOVES = _MULTIPLIED | {"eased"}
#: A move's day told by its cause ("fell 3% in Amsterdam after the announcement").
_ON_THE_NEWS = (["after", "the", "announcement"], ["after", "the", "decision"],
                ["within", "hours", "of"],
                ["on", "the", "news"], ["after", "the", "ban"],
                ["after", "the", "news"])  # fmt: skip
#: Numbers in words ("rose by two cents a pound").
_NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight",
                           "nine", "ten", "half"})  # fmt: skip
#: Places a commodity is priced at, after its goods ("at the Mombasa tea auction").
_PRICED_AT = frozenset({"auction", "auctions", "market", "markets", "exchange"})


def _place_opens(s: Sentence, i: int) -> bool:
    """Whether the sentence opens with a place ("In Dhaka,", "In the Kabul bazaar") before ``i``.

    A market line told at a place, right before its goods' prices at ``i``: "In Dhaka,
    wholesale onion prices jumped by 40 percent" (the day is the report's).
    """
    low = s.lower
    if low[:1] not in (["in"], ["at"]):
        return False
    # "In the Kabul bazaar the price of grapes fell by half": the place's market
    at = 2 if low[1:2] == ["the"] else 1
    return any(
        m.type in {"country", "market"}
        and m.start == at
        and (at == 1 or low[m.end : m.end + 1] in ([w] for w in _BAZAARS))
        and m.end + (at == 2) <= i <= m.end + 3 + (at == 2)
        for m in s.marks
    )


#: A town's market, after its name ("In the Kabul bazaar").
_BAZAARS = frozenset({"bazaar", "bazaars", "market", "markets", "souk"})


def _goods_after_prices(
    low: list[str], i: int, b: int, goods: Callable[[list[str]], bool]
) -> int | None:
    """Where the goods named after "prices" at ``i`` end (or None).

    "Prices of a 25-kilogramme bag of mealie meal", "prices for locally farmed tiger
    prawns": goods in the words after "of" or "for", before any comma or verb; "Prices at
    the Mombasa tea auction": goods before the auction or market they are sold at.
    """
    if low[i + 1 : i + 2] in (["of"], ["for"]):
        found = None
        for k in range(i + 2, min(b, i + 10)):
            if low[k] in {",", "which", "that"} or low[k] in mw.MARKET_MOVES:
                break
            if goods(low[max(i + 2, k - 1) : k + 1]):
                found = k + 1
        return found
    if low[i + 1 : i + 3] == ["at", "the"]:
        for k in range(i + 3, min(b - 1, i + 7)):
            if goods(low[k : k + 1]) and low[k + 1] in _PRICED_AT:
                return k + 2
    return None


def _in_aside(low: list[str], start: int, k: int) -> bool:
    """Whether ``k`` stands between a pair of commas opened after ``start``."""
    return low[start:k].count(",") % 2 == 1


def _past_delivery(low: list[str], k: int, b: int) -> int:
    """Where the words after a traded good end past its delivery, its port and its exchange.

    "Rubber for July delivery on the Tokyo Commodity Exchange rose 4.2 percent", "Tin for
    delivery in three months rose", "British wholesale gas for next-day delivery rose",
    "Granular urea for export from Ukraine's Yuzhny port rose", "milling wheat on the
    Euronext market in Paris gained 3 percent": the good as its market quotes it; ``k`` when
    the good is not told so.
    """
    end = k
    if low[end : end + 1] == ["for"] and "delivery" in low[end + 1 : end + 5]:
        end = low.index("delivery", end + 1) + 1
        if low[end : end + 1] == ["in"] and set(low[end + 1 : end + 4]) & {"months", "month"}:
            end = next(j for j in range(end + 1, end + 4) if low[j] in {"months", "month"}) + 1
    elif low[end : end + 3] == ["for", "export", "from"]:
        end = next((j + 1 for j in range(end + 3, min(b, end + 9)) if low[j] == "port"), end)
    elif low[end : end + 1] == ["for"] and low[end + 1 : end + 2] and low[end + 1] in gr.MONTHS:
        end += 2  # "robusta for September dropped about 150 pounds": its delivery month
    if low[end : end + 1] in (["on"], ["in"]):
        end = next(
            (j + 1 for j in range(end + 1, min(b, end + 7)) if low[j] in {"exchange", "market"}),
            end,
        )
    if end > k and low[end : end + 1] == ["in"] and low[end + 1 : end + 2] != []:
        end += 2 * low[end + 1][:1].isalpha()  # "... market in Paris"
    return end


def _move_past_asides(
    low: list[str], start: int, b: int, moves: list[int], reach: int
) -> int | None:
    """The first move after ``start`` within ``reach`` words, not counting closed asides.

    "at the Lasalgaon wholesale market, Asia's largest, rose": the words between the
    commas do not count, and a move inside them ("which had risen") is not the subject's.
    """
    for k in sorted(set(moves) | {j for j in range(start, b) if low[j] in _PRICE_MOVES}):
        if k < start or _in_aside(low, start, k):
            continue
        inside = sum(1 for j in range(start, k) if low[j] == "," or _in_aside(low, start, j))
        return k if k - start - inside <= reach and inside <= 16 else None
    return None


def _level_of_the_day(s: Sentence, move: int, b: int) -> int | None:
    """Where a loss told over a period ends in the day's level ("... and traded at 78 on Thursday").

    A present perfect ("has lost about a quarter of its value since the start of the year")
    is a trend; the level it "was trading at about 6.9 on Friday" is the day's move.
    """
    low = s.lower
    if low[move - 1 : move] not in (["has"], ["have"]):
        return None
    # (past the clause's end: "..., trading at around 6.9 on Wednesday")
    for k in range(move + 1, min(len(low), b + 1)):
        if (
            low[k] in {"traded", "trading"}
            and "at" in low[k + 1 : k + 3]
            and any(k < start < k + 10 for _, start, _ in s.dates)
        ):
            return k
    return None


def _by_a_share(low: list[str], i: int, b: int) -> bool:
    """Whether a move after ``i`` is by a share in words: "fell by about a third"."""
    return any(
        low[k] == "by"
        and low[k + 1 : k + 2] in (["about"], ["nearly"], ["almost"], ["roughly"], ["a"], ["one"])
        and bool(set(low[k + 1 : k + 4]) & _SHARES)
        # a move told, not a trend in a relative clause ("which have risen by about half")
        and not set(low[i + 1 : k]) & {"which", "that", "have", "has"}
        for k in range(i + 1, b)
    )


def _memorandum(s: Sentence, a: int, i: int) -> bool:
    """Whether ``i`` opens a memorandum (of understanding) between two countries (a deal)."""
    low = s.lower
    if low[i] not in {"memorandum", "memorandums", "memoranda"}:
        return False
    # "signed separate memorandums with Armenia and Azerbaijan": its partner next
    after = i + 3 if low[i + 1 : i + 3] == ["of", "understanding"] else i + 1
    if after == i + 1 and low[i + 1 : i + 2] != ["with"]:
        return False
    countries = [m for m in s.marks if m.type == "country" and m.code]
    # "with Kenya", "with its Azerbaijani counterpart"
    partner = any(
        (
            low[m.start - 1] == "with"
            or low[m.start - 2 : m.start] in (["with", "its"], ["with", "their"])
        )
        and after <= m.start <= after + 3
        for m in countries
    )
    return partner or len({m.code for m in countries if a <= m.start < i}) >= 2


def _subject_span(low: list[str], a: int, verb: int) -> range:
    """Where the subject of a verb of breaking rules stands.

    The four words before it, or, in a ruling or finding, the words from its "that" ("ruled
    that India's import duties on certain information and communications technology
    products, such as mobile phones, violated global trade rules").
    """
    that = _ruled_that(low, a, verb)
    return range(that + 1, verb) if that is not None else range(max(a, verb - 4), verb)


def _ruled_that(low: list[str], a: int, verb: int) -> int | None:
    """The "that" of a ruling or finding before ``verb`` ("ruled on Friday that"), if any."""
    for k in range(verb - 1, max(a, verb - 30) - 1, -1):
        if low[k] == "that" and set(low[max(a, k - 4) : k]) & _FOUND:
            return k
    return None


#: Verbs of a ruling or finding whose "that" clause tells what broke a rule.
_FOUND = frozenset(
    {"ruled", "found", "concluded", "determined", "rules", "finds", "upheld", "upholding",
     "upholds", "confirmed", "finding"}
)  # fmt: skip
#: Who rules: a panel, a court or the WTO (not a country's own finding).
_RULERS = frozenset(
    {"panel", "panels", "body", "wto", "organization", "court", "tribunal", "arbitrator",
     "arbitrators", "ruling"}
)  # fmt: skip


def _before_apposition(s: Sentence, a: int) -> int:
    """The start of the clause before an apposition that ends right before ``a``, else ``a``.

    "ruled that Indonesia's specific duty on imports of galvalume, a steel sheet coated with
    an alloy of aluminium and zinc, discriminates among WTO members": the ruling's "that"
    stands two clauses before its verb.
    """
    starts = [g.start for g in s.segments]
    if a not in starts or starts.index(a) < 2 or s.lower[a - 1] != ",":
        return a
    k = starts.index(a)
    return starts[k - 2] if s.lower[starts[k - 1]] in {"a", "an"} else a


def _ruling(s: Sentence, a: int, b: int, accused: list[int]) -> tuple[int, int] | None:
    """A panel's or court's ruling that a country's measure broke a rule, if the clause has one.

    Returns the verb of ruling and the measure's word (or the country's name that failed to
    comply). "World Trade Organization panels ruled on Friday that U.S. tariffs on steel and
    aluminum broke global trade rules"; "The Appellate Body ruled that U.S. country-of-origin
    labels discriminated against livestock from Canada and Mexico"; "ruled in September that
    Thailand had failed to comply with earlier rulings".
    """
    low = s.lower
    broke = list(accused)
    broke += [
        i
        for i in range(a, b)
        if low[i] in {"discriminated", "discriminate", "discriminates"}
        # ("discriminates among WTO members", "discriminated unfairly against exporters")
        and (
            low[i + 1 : i + 2] in (["against"], ["among"], ["between"])
            or (low[i + 1].endswith("ly") and low[i + 2 : i + 3] == ["against"])
        )
    ]
    broke += [
        i
        for i in range(a, b)
        if low[i] == "comply"
        and low[i - 2 : i] == ["failed", "to"]
        and low[i + 1 : i + 2] == ["with"]
    ]
    # "ruled on Wednesday that Argentina failed in its duties under the bloc's founding
    # treaty": a member that failed its obligations
    broke += [
        i
        for i in range(a, b)
        if low[i] == "failed"
        and low[i + 1 : i + 3] == ["in", "its"]
        and low[i + 3 : i + 4] in (["duties"], ["obligations"])
    ]
    for verb in sorted(broke):
        that = _ruled_that(low, a, verb)
        if that is None:
            # "adopted the reports of three panels that found South Korea's restrictions on
            # beef imports broke GATT rules": the finding's clause with no "that" of its own
            found = [k for k in range(max(a, verb - 12), verb) if low[k] in _FOUND]
            that = found[-1] if found and low[found[-1] - 1] == "that" else None
            if that is None:
                continue
            that -= 1  # the ruler's "that", before its verb
        ruler = [k for k in range(a, that + 2) if low[k] in _FOUND]
        if not ruler or not set(low[a : ruler[0]]) & _RULERS:
            continue  # "Canada found that ...": a country's own claim, an accusation
        measures = [k for k in range(that + 1, verb) if low[k] in _MEASURE_SUBJECTS | {"labels"}]
        owners = [m.start for m in s.marks if m.type == "country" and that < m.start < verb]
        if measures or owners:
            return ruler[0], (measures or owners)[0]
    return None


#: Words before the currency a move is measured against ("against the euro", "per dollar").
_COUNTER = frozenset({"against", "per", "versus", "vs", "vs."})


def _past_apposition(low: list[str], at: int, b: int) -> int:
    """The token after an apposition set off by commas at ``at`` ("X, maker of cars,"), or -1."""
    if at >= b or low[at] != ",":
        return -1
    close = next((k for k in range(at + 2, min(b, at + 9)) if low[k] == ","), None)
    return close + 1 if close is not None else -1


def _past_listing(low: list[str], at: int) -> int:
    """The word past a company's possessive and listing from ``at`` ("'s Taiwan-listed")."""
    if low[at : at + 1] == ["'s"]:
        at += 1
    if low[at + 1 : at + 3] == ["-", "listed"]:
        at += 3
    return at


def _aside_before(low: list[str], a: int, at: int) -> int:
    """The length of a relative clause or apposition between commas ending right before ``at``.

    "Shares of Hoa Sen Group, the country's biggest maker of galvanised steel sheet, fell
    4.3%": the apposition stands between the shares and their move.
    """
    if at - 1 <= a or low[at - 1] != ",":
        return 0
    opened = [
        k
        for k in range(max(a, at - 30), at - 1)
        if low[k] == ","
        and low[k + 1 : k + 2] in (["which"], ["who"], ["whose"], ["the"], ["a"], ["an"])
    ]
    return at - opened[-1] if opened and "," not in low[opened[-1] + 1 : at - 1] else 0


#: Verbs that raise a central bank's rate, and the rates they raise.
_RATE_RAISES = lx.forms("raise", "hike", "lift", "increase")
#: Who sets a policy rate ("the central bank", "the Monetary Policy Committee").
_RATE_SETTERS = frozenset({"bank", "committee"})
_POLICY_RATES = frozenset({"rate", "rates"})
#: Verbs that lower a policy rate ("cut its deposit rate to minus 0.75 percent").
_RATE_CUTS = lx.forms("cut", "lower", "reduce", "trim") | {"lowered"}
#: Words of a purpose that defends a currency ("to halt a slide in the leu", "to defend the
#: metical").
_DEFENDS = lx.forms("defend", "support", "prop", "shore", "halt", "stem", "stop", "slow",
                    "arrest", "bolster", "stabilise", "stabilize", "curb")  # fmt: skip


#: Rates of a regime of several exchange rates ("its dual exchange rate", "the preferential
#: exchange rate used for imports").
_RATES_OF_A_REGIME = frozenset(
    {"dual", "multiple", "preferential", "official", "fixed", "subsidised", "subsidized",
     "special", "differential", "parallel"}
)  # fmt: skip
#: Verbs that bring in an exchange-rate regime, and the regimes.
_REGIME_VERBS = lx.forms("adopt", "introduce", "unify") | {"using", "applying"}
_REGIMES = frozenset({"official", "based", "single", "unified", "floating", "flexible",
                      "new", "managed", "crawling"})  # fmt: skip


def _swap_for_currency(s: Sentence, a: int, b: int) -> Trigger | None:
    """A swap line set up, extended or enlarged to defend a currency, in the same sentence.

    "agreed on Monday to extend their foreign exchange swap arrangement ... and raise its
    limit to $65 billion ..., as authorities try to steady a won that has slumped": a
    currency intervention. A swap line with no defence told ("agreed to restart a currency
    swap arrangement" between two central banks) is left to the talks and deals.
    """
    low = s.lower
    for i in range(a, b):
        if low[i] != "swap" or low[i + 1 : i + 2] not in ([w] for w in _SWAP_NOUNS):
            continue
        verbs = [k for k in range(max(a, i - 8), i) if low[k] in _SWAP_VERBS]
        bare = bare_currencies()
        defended = any(
            low[k] in _DEFENDS | _STEADY
            and (
                any(x.type == "currency" and k < x.start <= k + 4 for x in s.marks)
                or any(w in bare for w in low[k + 1 : k + 4])  # "to steady a won"
            )
            for k in range(len(low))
        )
        if verbs and defended:
            return Trigger("currency_intervention", verbs[0], i)
    return None


def _settlement_channel(s: Sentence, a: int, b: int) -> Trigger | None:
    """A way to pay for trade without dollars, set up by a government or central bank.

    "The Reserve Bank of India on Monday put in place a mechanism for settling
    international trade in rupees", "Short of dollars, the government has allowed Pakistani
    companies to trade goods with Iran ... through barter": a currency intervention (a step
    on how foreign exchange is earned and spent). Its verb must be an official's.
    """
    low = s.lower
    currencies = {x.start for x in s.marks if x.type == "currency"}
    bare = bare_currencies()
    for i in range(a, b):
        settling = low[i] in _SETTLING and any(
            (k in currencies or low[k] in bare or low[k][:-1] in bare)
            and low[k] not in {"dollar", "dollars"}  # (not trade settled in dollars, as ever)
            for k in range(i + 1, min(b, i + 7))
        )
        barter = low[i] == "barter" and (
            low[i - 1 : i] == ["through"] or low[i + 1 : i + 2] == ["trade"]
        )
        if not (settling or barter):
            continue
        verbs = [k for k in range(a, i) if low[k] in _CHANNEL_VERBS]
        if verbs and _official(s, a, verbs[0]):
            return Trigger("currency_intervention", verbs[0], i)
    return None


def _capital_controls(s: Sentence, a: int, b: int) -> Trigger | None:
    """Controls on money leaving the country, set by a government or central bank.

    "imposed sweeping controls on the flow of capital", "froze all foreign currency accounts
    held in Pakistani banks", "limited cash withdrawals from bank accounts to 250 pesos a
    week": a currency intervention (a step on how foreign exchange is held and spent).
    """
    low = s.lower
    for i in range(a, b):
        ahead = low[i + 1 : min(b, i + 8)]
        # ("tightened exchange controls", not "had reimposed exchange controls": one told)
        controls = (
            low[i] in _IMPOSED_CONTROLS | _CONTROLS_LIFTED and low[i - 1 : i] != ["had"]
        ) and any(
            ahead[j] == "controls"
            and (
                ahead[j - 1 : j] in (["capital"], ["exchange"])
                or (ahead[j + 1 : j + 2] == ["on"] and "capital" in ahead[j + 2 : j + 6])
            )
            for j in range(len(ahead))
        )
        frozen = low[i] in {"froze", "freezes", "freeze", "frozen"} and any(
            ahead[j : j + 3]
            in (
                ["foreign", "currency", "accounts"],
                ["dollar", "accounts"],
                ["foreign", "currency", "deposits"],
            )
            for j in range(len(ahead))
        )
        limited = low[i] in _WITHDRAWALS_LIMITED and "withdrawals" in ahead[:3]
        # (a government's or a central bank's, not commercial banks': "Some banks limited
        # cash withdrawals from their machines")
        named = any(m.type in {"country", "leader"} and a <= m.start < i for m in s.marks)
        if (
            (controls or frozen or limited)
            and _official(s, a, i)
            and ("banks" not in low[a:i] or named)
        ):
            # "Britain is to abolish all its remaining exchange controls": the step undone
            return Trigger("currency_intervention", i, i, reversed=low[i] in _CONTROLS_LIFTED)
    return _controls_in_force(s, a, b)


def _controls_in_force(s: Sentence, a: int, b: int) -> Trigger | None:
    """Exchange controls told as the subject of their own step, or payments made subject to them.

    "Tighter exchange controls took effect at the same time", "Exchange controls were
    tightened on Monday", "transfers to France will be subject to exchange control from
    tomorrow", "Importers will need Reserve Bank approval for payments above 10,000 Fiji
    dollars": the step is news unless the clause dates it to a past year ("since the
    exchange controls were introduced in 2003") or tells it with "had".
    """
    low = s.lower
    for i in range(a, b):
        # "Importers will need Reserve Bank approval for payments above 10,000 Fiji
        # dollars": payments abroad that wait for the central bank's leave
        approval = next((k for k in range(i + 1, min(b, i + 6)) if low[k] == "approval"), None)
        if (
            low[i] in _NEEDS
            and approval is not None
            and "bank" in low[i + 1 : approval]
            and low[approval + 1 : approval + 2] == ["for"]
            and low[approval + 2 : approval + 3] in (["payments"], ["transfers"], ["remittances"])
            and "had" not in low[a:i]
        ):
            return Trigger("currency_intervention", i, i)
    for i in range(a + 1, b):
        if low[i] not in {"control", "controls"} or low[i - 1] not in {"exchange", "capital"}:
            continue
        before, after = low[a : i - 1], low[i + 1 : min(b, i + 4)]
        subject = low[i - 2 : i - 1] == ["to"] and "subject" in low[max(a, i - 4) : i - 1]
        step = after[:2] in (["took", "effect"], ["take", "effect"], ["came", "into"]) or (
            after[:1] in (["were"], ["are"], ["will"])
            and any(w in _IMPOSED_CONTROLS | _CONTROLS_LIFTED for w in after[1:3])
        )
        if not (subject or step) or {"had", "since"} & set(before):
            continue
        if any(t.isdigit() and len(t) == 4 for t in low[i + 1 : b]):
            continue
        lifted = any(w in _CONTROLS_LIFTED for w in after[1:3])
        return Trigger("currency_intervention", i, i, reversed=lifted)
    return None


#: Verbs of a leave needed ("will need Reserve Bank approval for payments").
_NEEDS = frozenset({"need", "needs", "needed", "require", "requires", "required"})
#: Verbs that impose controls, those that lift them, and those that limit withdrawals
#: ("limited cash withdrawals").
_IMPOSED_CONTROLS = lx.forms("impose", "introduce", "tighten", "reimpose") | {"imposing"}
_CONTROLS_LIFTED = lx.forms("abolish", "scrap", "lift", "remove", "end")
_WITHDRAWALS_LIMITED = lx.forms("limit", "cap", "restrict")


#: Words of paying for trade ("a mechanism for settling international trade in rupees").
_SETTLING = frozenset({"settling", "settle", "settlement", "settlements"})
#: Verbs that set up a way to pay or allow one ("put in place", "has allowed").
_CHANNEL_VERBS = frozenset(
    {"put", "set", "introduced", "launched", "allowed", "allows", "approved", "opened",
     "created", "permitted", "unveiled", "established"}
)  # fmt: skip


def _goods_worth(low: list[str], i: int) -> bool:
    """Whether the currency at ``i`` prices goods, no currency traded.

    "sells 430 million dollars' worth of butter", "sells Nicaragua goods worth about 60
    million dollars a year", "apples ... sell for several hundred yen each" (not "sold
    currency worth about 18 billion crowns").
    """
    k = i + 2 if low[i + 1 : i + 2] in (["'"], ["'s"]) else i + 1
    if low[k : k + 2] == ["worth", "of"]:
        return True
    before = low[max(0, i - 5) : i]
    if "worth" in before:
        w = i - len(before) + before.index("worth")
        return low[w - 1 : w] in (["goods"], ["products"], ["exports"], ["imports"])
    return "for" in before and any(v in before for v in ("sell", "sells", "sold", "selling"))


#: Verbs of a purpose that holds a currency ("to keep the real from breaching the ceiling").
_KEEP_UP = frozenset({"keep", "support", "defend", "prop", "stop", "stem", "hold", "shore", "slow"})
#: Verbs that fix a currency's rate ("fixed the ringgit at 3.80"), give up a currency
#: ("would replace its currency ... with the U.S. dollar") or take another's ("adopted the
#: euro").
_FIXERS = frozenset({"fixed", "fixes", "fix", "fixing"})
#: Verbs of a deal signed, in the passive ("The agreement was signed in Canberra today").
_SIGNED_PAST = frozenset({"signed", "concluded", "initialled", "initialed"})
#: Numbers written as words in a fixed rate ("at eight to the dollar").
_RATE_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                         "ten", "twelve", "fifteen", "twenty", "fifty", "hundred"})  # fmt: skip
#: Verbs that stop a run on a currency ("to halt a run on the sucre").
_RUN_STOPS = lx.forms("halt", "stem", "stop", "check", "curb")
_REPLACED = lx.forms("replace")
#: Times of the report's day a street price is told by ("by the afternoon").
_TIMES_OF_DAY = frozenset({"afternoon", "evening", "midday", "noon", "nightfall", "morning"})


def _later_that_day(low: list[str], i: int, b: int) -> bool:
    """Whether a time of the report's day follows ``i`` ("by the afternoon", "by midday")."""
    return any(
        low[k] == "by" and bool(set(low[k + 1 : k + 3]) & _TIMES_OF_DAY) for k in range(i, b)
    )


#: Verbs, in the past, that bring in a new currency ("introduced a new dinar").
_BROUGHT_IN = frozenset({"introduced", "launched", "issued", "put"})


def _new_currency(low: list[str], i: int, b: int, currencies: list[int]) -> bool:
    """Whether the past verb at ``i`` brings in a new currency.

    "Zaire introduced a new currency on Friday", "introduced a new dinar pegged one-to-one
    to the German mark", "put a new currency, the bolivar fuerte, into circulation",
    "replaced the peso with a new currency, the austral": a currency reform done (not one
    a government "will introduce", a plan).
    """
    if low[i] in _REPLACED:
        # (or the passive: "the hwan would be replaced by a new currency, the won")
        return low[i] == "replaced" and (
            any(
                low[k : k + 4] == ["with", "a", "new", "currency"]
                for k in range(i + 2, min(b, i + 8))
            )
            or low[i + 1 : i + 5] == ["by", "a", "new", "currency"]
        )
    if low[i] not in _BROUGHT_IN or low[i + 1 : i + 3] != ["a", "new"]:
        return False
    named = i + 3 in currencies or (low[i + 3 : i + 4] != [] and low[i + 3] in _MONEY_NAMES)
    named = named or low[i + 3 : i + 4] == ["currency"]
    if low[i] == "put":
        return named and "circulation" in low[i + 4 : min(b, i + 14)]
    return named


def _into_circulation(low: list[str], i: int, a: int, b: int, currencies: list[int]) -> bool:
    """Whether the verb at ``i`` puts a currency into circulation or starts its use.

    "Latvia put its pre-war currency, the lats, back into circulation", "Tunisia today put
    into circulation its own currency, the dinar", "The new Ghana cedi went into circulation
    on Sunday", "Zambia began using a rebased kwacha on Tuesday", "Kuwait began issuing its
    own currency": a currency brought in (not goods or coins "in circulation", nor a plan to
    "consider" one).
    """

    def money(k: int) -> bool:
        return k in currencies or low[k] in _MONEY_NAMES or low[k] in {"currency", "currencies"}

    if low[i] in {"put", "puts"}:
        into = next((k for k in range(i + 1, min(b - 1, i + 14)) if low[k] == "into"), None)
        if into is None or low[into + 1] != "circulation":
            return False
        return any(money(k) for k in range(i + 1, into)) or any(
            money(k) for k in range(into + 2, min(b, into + 6))
        )
    if low[i] in {"went", "came", "goes", "entered", "enters"}:
        into = low[i + 1 : i + 3] == ["into", "circulation"] or (
            low[i] in {"entered", "enters"} and low[i + 1 : i + 2] == ["circulation"]
        )
        return into and any(money(k) for k in range(max(a, i - 4), i))
    # "Kuwait began issuing its own currency, the Kuwaiti dinar, today"
    if low[i] in {"began", "begins", "started"} and low[i + 1 : i + 2] in (
        ["issuing"],
        ["introducing"],
    ):
        return low[i + 2 : i + 5] in _OWN_CURRENCY or low[i + 2 : i + 5] == ["a", "new", "currency"]
    if low[i] in {"began", "begins", "started"} and low[i + 1 : i + 2] in (["using"], ["to"]):
        k = i + 2 + (low[i + 1] == "to" and low[i + 2 : i + 3] == ["use"])
        return bool(set(low[k : k + 2]) & _NEW_ISSUE) and any(
            money(j) for j in range(k + 1, min(b, k + 4))
        )
    return False


#: Words of a currency newly issued ("a rebased kwacha", "the new cedi").
_NEW_ISSUE = frozenset({"new", "rebased", "redenominated"})
_ADOPTED_CURRENCY = lx.forms("adopt")
#: Verbs that bring in a currency of a country's own, and the words of one ("introduced its
#: own currency", "introducing a coupon currency"); leaving the rouble zone.
_INTRODUCED = lx.forms("introduce", "launch", "issue")
_OWN_CURRENCY = (
    ["its", "own", "currency"],
    ["a", "coupon", "currency"],
    ["a", "national", "currency"],
    # "Georgia introduced its new currency, the lari, on Monday"
    ["its", "new", "currency"],
)
#: Verbs that move a currency's trading band ("widened the band within which ...").
_BAND_MOVES = lx.forms("widen", "narrow")
#: Names of currencies a country's name or adjective comes before ("the Israel pound").
_MONEY_NAMES = frozenset(
    {"pound", "franc", "mark", "shilling", "escudo", "peseta", "krone", "krona", "drachma",
     "dinar", "rial", "riyal", "cedi", "naira", "kwacha", "rand", "guilder", "schilling",
     "lira", "peso", "rupee", "rupiah", "ringgit", "baht", "kip", "dong", "taka"}
)  # fmt: skip
_LEAVE_ZONE = frozenset({"left", "leaves", "quits"})  # (not "to leave", "leaving": asides)
#: Words of a joint currency regime a currency leaves ("the joint float", "the snake").
_JOINT_REGIMES = frozenset({"float", "snake", "mechanism"})
#: Verbs that tie a currency to another ("tied their currencies to it").
_TIED = lx.forms("tie", "peg") | {"tied"}
#: Verbs that make other currencies legal ("authorised the use of foreign currencies").
_LEGALISED = lx.forms("authorise", "authorize", "legalise", "legalize", "permit", "allow")
#: A swap's nouns, the verbs that set one up or widen it, and more words of a defence.
_SWAP_NOUNS = frozenset({"line", "lines", "arrangement", "arrangements", "facility"})
_SWAP_VERBS = lx.forms("extend", "sign", "expand", "enlarge", "seal", "finalize", "finalise",
                       "open", "double", "raise")  # fmt: skip
_STEADY = lx.forms("steady", "stabilise", "stabilize", "calm")


def _rate_rise_for_currency(
    s: Sentence, a: int, b: int, currency_context: bool = False
) -> Trigger | None:
    """A central bank's rate rise told as a defence of its currency, in the same sentence.

    "raised its main interest rate by 5 percentage points to 13.5 percent on Thursday to
    halt a slide in the leu", "raised its benchmark lending rate by six percentage points
    ..., as it tries to halt the slide of the metical": a currency intervention. A rate rise
    told for inflation alone is none (most sets leave those out).
    """
    low = s.lower
    # (or "It also raised its discount rate ..." after the bank's step, in a currency report)
    pronoun = currency_context and low[:1] == ["it"]
    # (or its rate-setting committee: "The Monetary Policy Committee lifted the overnight
    # lending rate to 46% from 44%")
    if not set(low[: max(a, 1) + 12]) & _RATE_SETTERS and not pronoun:
        return None
    bare = bare_currencies()
    currency = {m.start for m in s.marks if m.type == "currency"} | {
        i for i, w in enumerate(low) if w in lx.CURRENCY_NOUNS or w in bare
    }
    verbs = _RATE_RAISES | _RATE_CUTS if currency_context else _RATE_RAISES
    for i in range(a, b):
        if low[i] not in verbs or not _POLICY_RATES & set(low[i + 1 : min(b, i + 7)]):
            continue
        if not _official(s, a, i) and not set(low[a:i]) & _RATE_SETTERS and not pronoun:
            continue
        noun = next(k for k in range(i + 1, i + 7) if low[k] in _POLICY_RATES)
        defends = [k for k in range(i + 1, min(len(low), i + 40)) if low[k] in _DEFENDS]
        if any(any(d < c <= d + 8 for c in currency) for d in defends):
            return Trigger("currency_intervention", i, noun)
        # in a report on a currency, a policy rate moved by a stated amount: "raised its main
        # lending rate by 150 basis points to 12.5% on Wednesday" under "Zambia raises key
        # rate to defend kwacha"
        # (not one told for inflation: "raised its refinancing rate to 9.25 percent in
        # April to contain inflation")
        # (told for inflation too when the sentence names the currency after the rate:
        # "saying the persistent depreciation of the kwacha and higher food and fuel prices")
        if (
            currency_context
            and ("inflation" not in low or any(c > noun for c in currency))
            and (
                any(m.type == "percent" and noun < m.start <= noun + 10 for m in s.marks)
                or "basis" in low[noun : noun + 8]
                or "point" in low[i : noun + 8]
            )
        ):
            return Trigger("currency_intervention", i, noun)
    return None


def _official(s: Sentence, a: int, verb: int) -> bool:
    """Whether the subject of the verb at ``verb`` is a government or central bank.

    A country, leader or authority named before it in the clause, with no private trader
    between ("Japanese exporters sold dollars" is no intervention).
    """
    low = s.lower
    named = [x.end for x in s.marks if x.type in {"country", "leader"} and a <= x.start < verb]
    named += [i + 1 for i in range(a, verb) if low[i] in mw.OFFICIALS]
    if (
        not named
        and (
            {"it", "they"} & set(low[a:verb])
            # a clause of means or purpose: "The Riksbank will begin ... to hedge part of the
            # reserve by selling USD 8 billion"
            or low[a : a + 1] in (["by"], ["to"])
        )
    ):
        # reported by its subject: "The central bank said it would keep selling dollars"
        named = [x.end for x in s.marks if x.type in {"country", "leader"} and x.start < a]
        named += [i + 1 for i in range(0, a) if low[i] in mw.OFFICIALS]
    if not named:
        return False
    words = low[max(named) : verb]
    # private traders between ("Japanese exporters sold dollars"; "hedge funds", not the
    # verb in "to hedge part of the foreign exchange reserve")
    return not any(
        w in mw.PRIVATE_TRADERS and (w != "hedge" or words[j + 1 : j + 2] in (["funds"], ["fund"]))
        for j, w in enumerate(words)
    )


#: Verbs of a currency that moves within a band ("the band in which its dirham trades").
_TRADES_IN_BAND = frozenset(
    {"trade", "trades", "trading", "fluctuate", "fluctuates", "float", "floats", "move", "moves"}
)
#: Exporters' earnings that an order makes them sell or bring home, and the words of the order.
_SURRENDER = frozenset({"sell", "convert", "repatriate", "surrender"})
_EARNINGS = frozenset({"earnings", "proceeds", "revenue", "revenues"})
_OBLIGED = frozenset({"obliging", "obliges", "obliged", "requiring", "requires", "required",
                      "forcing", "forces", "forced", "compelling", "mandatory", "must",
                      "ordering", "ordered", "requirement", "obligation"})  # fmt: skip
#: Verbs that set or lift a requirement ("lifted the requirement for exporters to sell").
_SET_OR_LIFTED = lx.REVERSE_VERBS | lx.forms("impose", "introduce", "extend", "reinstate", "ease")
#: Those a central bank sells foreign currency to ("sold US$30 million to authorised dealers").
_FX_DEALERS = frozenset({"dealers", "banks", "lenders", "importers", "cambios", "bureaus"})
#: Verbs of foreign currency put on a market by the state, besides trading it ("supplied
#: 630 million UAE dirhams to the foreign exchange market").
_SUPPLIED_FX = lx.forms("supply")
#: Words before "market" that make it a currency market ("the foreign exchange market").
_FX_MARKETS = frozenset({"spot", "currency", "exchange", "forex", "fx", "dollar", "interbank"})
#: Words of the bureaux de change that buy the state's dollars ("each eligible bureau de
#: change operator").
_BUREAUX = frozenset({"bureau", "bureaux", "bureaus", "bdcs", "bdc"})


def _to_dealers(low: list[str], k: int, b: int) -> bool:
    """Whether ``low[k:]`` sends money "to" exchange bureaux ("to each eligible bureau")."""
    return low[k : k + 1] == ["to"] and bool(set(low[k + 1 : min(b, k + 5)]) & _BUREAUX)


def _official_intervention(s: Sentence, a: int, b: int, currencies: set[int]) -> Trigger | None:
    """An intervention told without *intervene*, by a government or central bank.

    A currency bought or sold ("Japan sold yen", "the central bank bought baht"); stepping
    in or into the market, checking rates ("conducted rate checks"), when the clause names
    a currency or a bank; a floor, cap or peg set or scrapped ("scrapped its minimum
    exchange rate", reversed).
    """
    low = s.lower
    money = currencies | {
        i for i in range(a, b) if low[i] in mw.CURRENCY_OBJECTS and not _goods_worth(low, i)
    }
    # "nearly halved the official value of the som", "raise the official value of the dinar
    # to 1,300 per dollar": a currency's value set
    for i in range(a, b):
        # (or "raised the official price of the dollar to 1,450 dinars from 1,182": the
        # dollar's official price in the local currency)
        if (
            (low[i] == "value" or (low[i] == "price" and low[i - 1 : i] == ["official"]))
            and low[i + 1 : i + 2] == ["of"]
            and any(i + 1 < c <= i + 4 for c in currencies)
        ):
            verbs = [k for k in range(max(a, i - 5), i) if low[k] in _VALUE_SETTERS]
            if verbs:
                return Trigger("currency_intervention", verbs[-1], i)
    # "raised its reference exchange rate by 1 percent to 21,890 dong per U.S. dollar": the
    # rate a central bank sets, moved
    # "raised the official dong-dollar reference rate to 20,693 dong per dollar": a reference
    # rate with a currency named in the clause (not a central bank's policy rate)
    priced = any(x.type == "currency" and a <= x.start < b for x in s.marks) or bool(
        set(low[a:b]) & mw.CURRENCY_OBJECTS
    )
    for i in range(a, b):
        if (
            low[i] == "rate"
            and (
                (
                    low[i - 1 : i] == ["exchange"]
                    and set(low[max(a, i - 3) : i - 1])
                    & {"reference", "official", "central", "fixed"}
                )
                or (low[i - 1 : i] == ["reference"] and priced)
                # "set the official rate at about 2,800 francs per dollar": a rate priced in
                # the dollar
                or (
                    low[i - 1 : i] == ["official"]
                    and any(
                        low[k : k + 2] == ["per", "dollar"]
                        or low[k : k + 3] == ["to", "the", "dollar"]
                        for k in range(i + 1, min(b, i + 9))
                    )
                    and priced
                )
            )
        ):
            verbs = [k for k in range(max(a, i - 8), i) if low[k] in _VALUE_SETTERS]
            if verbs and _official(s, a, verbs[-1]):
                return Trigger("currency_intervention", verbs[-1], i)
    # "raised its tax on foreign purchases of local fixed-income securities to 6 percent", "the
    # IOF tax on foreign inflows": a tax on capital coming in, a capital control
    for i in range(a, b):
        if (
            low[i] in {"tax", "levy", "iof"}
            and (
                low[i] == "iof"
                or (
                    low[i + 1 : i + 2] == ["on"]
                    # "a 15% withholding tax on interest and capital gains that foreign investors
                    # earn on Thai government bonds"
                    and "foreign" in low[i + 2 : min(b, i + 12)]
                    and set(low[i + 3 : min(b, i + 18)]) & _CAPITAL_FLOWS
                )
                # "slaps 30 pct levy on currency purchases", "a levy on purchases of foreign
                # currency": foreign currency made dearer to buy
                or (
                    low[i + 1 : i + 2] == ["on"]
                    and set(low[i + 2 : min(b, i + 7)]) & {"currency", "dollar", "dollars"}
                    and set(low[i + 2 : min(b, i + 7)]) & {"purchases", "purchase", "buying"}
                )
            )
        ):
            verbs = [
                k
                for k in range(max(a, i - 6), i)
                if low[k] in _CONTROL_SETTERS | _VALUE_SETTERS | lx.forms("reinstate", "slap")
            ]
            if verbs and _official(s, a, verbs[-1]):
                lifted = low[verbs[-1]] in lx.REVERSE_VERBS | _EASED | lx.forms(
                    "cut", "lower", "reduce"
                )
                return Trigger("currency_intervention", verbs[-1], i, reversed=lifted)
    # "signed a decree obliging 43 groups of exporters to sell part of their foreign currency
    # earnings on the domestic market": exporters' dollars sold by order, a capital control
    for i in range(a, b):
        order = [
            k
            for k in range(max(a, i - 8), i)
            if low[k] in _OBLIGED
            # a requirement set or lifted, not one named among "earlier steps"
            and (
                low[k] not in {"requirement", "obligation"}
                or bool(set(low[max(a, k - 4) : k]) & _SET_OR_LIFTED)
            )
        ]
        if (
            low[i] in _SURRENDER
            and (
                set(low[i + 1 : min(b, i + 8)]) & _EARNINGS
                # "ordered residents to convert foreign currency they earn ... into kyat"
                or low[i + 1 : i + 3] == ["foreign", "currency"]
            )
            and order
            and _official(s, a, order[0])  # the government orders; the exporters sell
        ):
            lifted = bool(set(low[max(a, i - 10) : i]) & (lx.REVERSE_VERBS | _EASED))
            return Trigger("currency_intervention", i, i, reversed=lifted)
    # "would step up its purchases of dollars if the baht rose too fast": a central bank's
    # purchases of a currency
    for i in range(a, b):
        if (
            low[i] in _CURRENCY_DEALS
            and low[i + 1 : i + 2] == ["of"]
            and set(low[i + 2 : min(b, i + 5)]) & (mw.CURRENCY_OBJECTS - {"reserves"})
            # not "citing their large trade surpluses ... and their purchases of foreign
            # currency": a reason given
            and not {"citing", "cited", "over"} & set(low[max(0, i - 16) : i])
            and _official(s, a, i)
        ):
            return Trigger("currency_intervention", i, i)
    # "imposed a 100% cash margin requirement on letters of credit opened for imports", "has
    # directed commercial banks to stop opening letters of credit for imports of 38 items",
    # "cancelled a rule requiring importers to pay ... through letters of credit": rules on
    # paying for imports in foreign currency, set or scrapped by the authorities (not a
    # background one: "had already required importers to deposit ...")
    for i in range(a, b):
        if not (
            low[i : i + 3] in (["letters", "of", "credit"], ["letter", "of", "credit"])
            or low[i : i + 2] in (["cash", "margin"], ["cash", "margins"])
        ):
            continue
        verbs = [k for k in range(max(a, i - 12), i) if low[k] in _PAYMENT_RULE_SETTERS]
        if (
            verbs
            and "had" not in low[max(a, verbs[0] - 3) : verbs[0]]
            and _official(s, a, verbs[0])
        ):
            lifted = low[verbs[0]] in lx.REVERSE_VERBS | _EASED | lx.forms("cancel")
            return Trigger("currency_intervention", verbs[0], i, reversed=lifted)
    # "imposed currency controls", "lifted limits on the purchase of foreign currency",
    # "limited individuals' purchases of dollars": capital controls, set or lifted
    # (past quantifiers: "will lift almost all of its remaining capital controls")
    for m in s.phrases("currency_controls", a, b):
        verbs = [
            k
            for k in range(max(a, m.start - 7), m.start)
            if low[k] in _CONTROL_SETTERS
            and (k >= m.start - 4 or set(low[k + 1 : m.start]) <= _QUANTIFIERS)
        ]
        if verbs:
            lifted = low[verbs[-1]] in lx.REVERSE_VERBS | _EASED
            return Trigger("currency_intervention", verbs[-1], m.start, reversed=lifted)
    limited = [
        i
        for i in range(a, b)
        if low[i] in _LIMITED
        and any(
            low[k] in {"purchases", "purchase", "sales", "buying"}
            and any(w in mw.CURRENCY_OBJECTS | {"foreign"} for w in low[k + 1 : k + 4])
            for k in range(i + 1, min(b, i + 5))
        )
    ]
    if limited and _official(s, a, limited[0]):
        return Trigger("currency_intervention", limited[0], limited[0])
    # "it would keep intervening for as long as necessary", "would intervene only to smooth
    # sharp swings in the rate": a central bank's intervention without a currency's name
    for i in range(a, b):
        if (
            low[i] in _INTERVENE
            and _official(s, a, i)
            and (
                any(x.type == "currency" for x in s.marks)
                or set(low) & ({"rate", "market", "currency", "exchange", "swings"} | _FX_WORRIES)
                # "Japan would intervene again if necessary": an intervention told before
                or low[i + 1 : i + 2] == ["again"]
                # "it would keep intervening for as long as necessary": one that goes on
                or low[i - 1 : i] in (["keep"], ["continue"])
                or low[i - 2 : i] == ["continue", "to"]
            )
        ):
            return Trigger("currency_intervention", i, i)
    # "would take appropriate action again if speculative moves continued", "is ready to act
    # against excessive moves in the yen", "would deploy market stabilization measures if
    # volatility in the won grew": a vow to act on the currency, by its worries
    worried = any(x.type == "currency" for x in s.marks) or bool(set(low) & _FX_WORRIES)
    for i in range(a, b):
        steps = low[i] in _TAKE and bool(set(low[i + 1 : i + 5]) & {"action", "measures", "steps"})
        # "appropriate action", or any action it stands ready to take ("Japan was ready to
        # take action again at any time if speculative moves persisted")
        steps = steps and (
            bool(set(low[i + 1 : i + 4]) & _VOWED_STEPS) or "ready" in low[max(a, i - 3) : i]
        )
        acts = low[i] == "act" and low[i - 1 : i] == ["to"] and "ready" in low[max(a, i - 3) : i]
        if (steps or acts) and worried and _official(s, a, i):
            return Trigger("currency_intervention", i, i)
    # "The commission said it could also sell dollars directly if market conditions
    # warranted": a sale of foreign currency vowed, with no amount
    for i in range(a, b):
        if (
            low[i] in mw.CURRENCY_TRADE_VERBS
            and set(low[max(a, i - 3) : i]) & {"could", "would", "will", "may"}
            and set(low[i + 1 : i + 3]) & (mw.CURRENCY_OBJECTS | {"foreign"})
            and any(g.type == "condition" for g in s.segments)
            and _official(s, a, i)
        ):
            return Trigger("currency_intervention", i, i)
    for i in range(a, b):
        supplied = low[i] in _SUPPLIED_FX
        if (low[i] in mw.CURRENCY_TRADE_VERBS or supplied) and _official(s, a, i):
            if supplied and not any(
                low[k] == "market" and low[k - 1] in _FX_MARKETS for k in range(i + 1, b)
            ):
                continue  # supplied only to a market (not "to supply banks with dollars")
            # past an amount: "bought HK$9.42 billion of the local currency"
            amount = next(
                (x.end - i for x in s.marks if x.type == "money" and i < x.start <= i + 5), 0
            )  # "sold an estimated $10 billion or more of foreign currency"
            amount += 2 if amount and low[i + amount : i + amount + 2] == ["or", "more"] else 0
            ahead = [k for k in range(i + 1, min(b, i + 5 + amount)) if k in money]
            if ahead and not any(s.in_date(k) for k in range(i + 1, ahead[0])):
                return Trigger("currency_intervention", i, ahead[0])
            # "will sell up to $10 billion in the spot market": an amount sold on the market
            # "sold $8 billion in two spot auctions"
            # "will sell a further $1.5 billion at another exceptional auction on Tuesday": a
            # bank's dollars at an auction (not "$2 billion of bonds")
            dollars = (
                amount > 0
                and bool({"$", "us$", "usd", "dollars"} & set(low[i + 1 : i + amount + 1]))
                and low[i + amount : i + amount + 1] != ["of"]
            )
            # "sold about $200 million to companies on Monday at the first auction under a
            # new foreign exchange mechanism": an auction of foreign exchange
            market = [
                k
                for k in range(i + 1, min(b, i + 14))
                if low[k] in {"market", "auction", "auctions"}
                and (
                    low[k - 1] in _FX_MARKETS
                    or (
                        low[k] != "market"
                        and (
                            dollars
                            or bool(set(low[k + 1 : k + 6]) & {"exchange", "currency", "forex"})
                        )
                    )
                )
            ]
            if (
                market
                and (
                    amount
                    # "supplied 630 million UAE dirhams, about $171 million, to the foreign
                    # exchange market": a currency named, its amount in another
                    or bool(set(low[i + 1 : market[0]]) & mw.CURRENCY_OBJECTS)
                )
            ):
                return Trigger("currency_intervention", i, market[0])
            # "The central bank sold about $1 billion today to keep the real from breaching
            # the new ceiling": dollars sold to hold the currency (the purpose names it)
            if (
                dollars
                and low[i] in {"sold", "sells", "sell", "selling"}
                and any(
                    low[k] == "to"
                    and low[k + 1 : k + 2] in ([w] for w in _KEEP_UP)
                    and set(low[k + 2 : k + 6]) & (bare_currencies() | {"currency"})
                    for k in range(i + amount, min(b, i + amount + 4))
                )
            ):
                return Trigger("currency_intervention", i, i)
            # "At the first auction last Tuesday, the bank sold only 8.775 million of the 15
            # million dollars on offer": dollars sold at an auction named before the verb
            if (
                low[i] == "sold"
                and "auction" in low[max(0, i - 12) : i]
                and "bank" in low[max(0, i - 3) : i]
                and set(low[i + 1 : min(b, i + 9)]) & mw.CURRENCY_OBJECTS
            ):
                return Trigger("currency_intervention", i, i)
            # "sold $10,000 to each eligible bureau de change operator": dollars to the
            # exchange bureaux, any amount
            if low[i + 1 : i + 2] in (["$"], ["us$"]) and _to_dealers(low, i + 3, b):
                return Trigger("currency_intervention", i, i + 2)
            # "sold US$30 million to authorised dealers on Tuesday", "bought $95 million from
            # commercial banks": dollars straight to or from the banks that trade them (not
            # "sold $2 billion of bonds to banks")
            if (
                amount
                and low[i + amount : i + amount + 1] in (["to"], ["from"])
                and set(low[i + amount + 1 : min(b, i + amount + 4)]) & _FX_DEALERS
            ):
                return Trigger("currency_intervention", i, i + amount)
            # "The Central Bank of the Argentine Republic (BCRA) sold US$379 million on
            # Thursday": a central bank's dollars sold, nothing else named
            if (
                amount
                and "bank" in low[a:i]
                and any(
                    x.type == "money" and x.unit == "USD" and i < x.start <= i + 2 for x in s.marks
                )
                and (i + amount >= b or low[i + amount] not in {"of", "in", "worth", "from"})
            ):
                return Trigger("currency_intervention", i, i + amount)
    # "a scheme under which the Treasury will compensate lira depositors for any losses from
    # the currency's depreciation", "a new savings instrument that will compensate lira
    # depositors for losses if the currency weakens": deposits shielded from the currency
    for i in range(a, b):
        if (
            low[i].startswith("compensat")
            and "depositors" in low[i + 1 : i + 4]
            and (
                "currency" in low[i:b]
                or any(x.type == "currency" and i < x.start < b for x in s.marks)
            )
            and _official(s, a, i)
        ):
            return Trigger("currency_intervention", i, i)
    # "will hold regular foreign-exchange auctions to supply banks with dollars"
    for i in range(a, b):
        if (
            low[i] in {"auction", "auctions"}
            and set(low[max(a, i - 4) : i]) & {"exchange", "currency", "dollar", "fx", "forex"}
            and _official(s, a, i)
        ):
            return Trigger("currency_intervention", i, i)
    # "stepped into the market": a currency named, or a central bank stepping in
    named = (
        bool(money)
        or any(x.type == "currency" for x in s.marks)
        or any(w in lx.CURRENCY_NOUNS for w in low)
        or "bank" in low[a:b]
    )
    for m in s.phrases("currency_step", a, b):
        if named and _official(s, a, m.start):
            return Trigger("currency_intervention", m.start, m.start)
    regimes = [m.start for m in s.phrases("currency_regime", a, b)]
    # "scrapped its cap on the koruna": a regime noun before a currency
    regimes += [
        i
        for i in range(a, b)
        if low[i] in mw.REGIME_NOUNS
        and any(
            x.type == "currency"
            # "its cap on the koruna", "the manat's peg", "the ringgit's seven-year peg"
            and (
                i < x.start <= i + 3
                or (low[x.end : x.end + 1] == ["'s"] and x.end < i <= x.end + 5)
            )
            for x in s.marks
        )
    ]
    # "abandoned the fixed exchange rate of 36.5686 hryvnias per dollar": a fixed rate ended;
    # "abolished its dual exchange rate", "has abolished the preferential exchange rate used
    # for imports of wheat": a rate of a multiple-rate regime ended
    regimes += [
        i
        for i in range(a, b)
        if low[i] in {"rate", "rates"}
        and (
            low[max(a, i - 2) : i] in (["fixed", "exchange"], ["the", "fixed"])
            or (low[i - 1] == "exchange" and low[i - 2] in _RATES_OF_A_REGIME)
        )
        and any(low[k] in mw.REGIME_ENDS for k in range(max(a, i - 5), i - 1))
        # (one step with a float told beside it: "floats pound, ending fixed rate")
        and not set(low) & (mw.FLOAT_VERBS | {"floating"})
    ]
    # "narrowed the band within which commercial banks may trade around the reference rate"
    regimes += [
        i
        for i in range(a, b)
        if low[i] == "band"
        and set(low[i + 1 : min(b, i + 8)]) & _TRADES_IN_BAND
        # "widened the band in which its dirham trades to 2.5 percent on either side of a
        # central rate"
        and ("rate" in low[i + 1 : min(b, i + 17)] or any(i < c < i + 8 for c in currencies))
    ]
    # "would make the exchange rate more flexible", "to increase the yuan's flexibility": a
    # currency let move more freely, announced
    for i in range(a, b):
        if (
            low[i] in {"flexible", "flexibility"}
            and (
                ("rate" in low[max(a, i - 5) : i] and "exchange" in low[max(a, i - 6) : i])
                or any(x.type == "currency" and i - 5 <= x.start < i for x in s.marks)
            )
            and any(low[k] in _FLEX_VERBS for k in range(max(a, i - 8), i))
            and _official(s, a, i)
        ):
            return Trigger("currency_intervention", i, i)
    # "reducing the slope of the Singapore dollar's policy band", "slightly reduced the rate
    # of appreciation of its exchange rate policy band": a currency's policy band reset (a
    # central bank that steers the exchange rate, not interest rates)
    for i in range(a, b):
        if low[i] == "band" and low[i - 1] == "policy":
            setters = [k for k in range(max(a, i - 12), i) if low[k] in _BAND_SETTERS]
            if setters:
                return Trigger("currency_intervention", setters[0], i)
    for start in sorted(regimes):
        verbs = [i for i in range(max(a, start - 5), start) if low[i] in mw.REGIME_VERBS]
        # "hit the weak end of its trading band": a noun, not a verb that ends the band
        # (past the currency's own words: "ended the ringgit's seven-year peg")
        reach = 9 if "'s" in low[max(a, start - 5) : start] else 5
        ended = [
            i
            for i in range(max(a, start - reach), start)
            if low[i] in mw.REGIME_ENDS and low[i - 1] not in {"the", "weak", "strong", "its"}
        ]
        if ended:
            # (a dual or preferential rate abolished is the rates unified, a step in effect,
            # not a regime given up: "Sri Lanka today abolished its dual exchange rate")
            several = low[start - 2] in _RATES_OF_A_REGIME and low[start - 2] != "fixed"
            return Trigger("currency_intervention", ended[-1], start, reversed=not several)
        if verbs:
            # "would no longer defend any particular level": the regime given up
            given_up = low[max(a, verbs[-1] - 2) : verbs[-1]] == ["no", "longer"]
            return Trigger("currency_intervention", verbs[-1], start, reversed=given_up)
    return None


#: Verbs that reset a currency's policy band ("reducing the slope of ... policy band").
_BAND_SETTERS = lx.forms(
    "reduce", "raise", "steepen", "flatten", "widen", "narrow", "lower", "increase", "adjust",
    "recentre", "recenter", "set", "ease", "tighten",
)  # fmt: skip
#: What a tax on capital coming in falls on ("on foreign purchases of ... securities").
_CAPITAL_FLOWS = frozenset(
    {"securities", "bonds", "fixed-income", "inflows", "inflow", "portfolio", "equities",
     "stocks", "debt"}
)  # fmt: skip
#: A currency's purchases or sales, as nouns ("its purchases of dollars").
_CURRENCY_DEALS = frozenset({"purchases", "sales", "buying", "selling"})
#: Verbs of leaders gathering for a summit ("gather in Toronto on Saturday for a summit").
_GATHER = lx.forms("gather", "convene", "assemble")
#: Verbs that let a currency move more freely ("make the exchange rate more flexible").
_FLEX_VERBS = lx.forms("make", "increase", "enhance", "allow", "give", "boost", "raise")
#: Verbs that set a currency's official value ("nearly halved the official value of the som").
_VALUE_SETTERS = lx.forms("raise", "cut", "lower", "halve", "double", "set", "reduce", "devalue",
                          "revalue", "adjust", "increase")  # fmt: skip
#: Verbs that set or lift capital controls, and those that ease them.
_CONTROL_SETTERS = lx.forms("impose", "introduce", "tighten", "lift", "ease", "scrap", "relax",
                            "remove", "end", "reimpose", "extend")  # fmt: skip
_EASED = lx.forms("ease", "relax", "loosen")
#: Words between a verb and the controls it sets or lifts ("almost all of its remaining").
_QUANTIFIERS = frozenset({"almost", "nearly", "all", "most", "some", "of", "its", "their",
                          "the", "remaining", "last", "many", "existing"})  # fmt: skip
#: Verbs that set or scrap a rule on paying for imports (letters of credit, cash margins).
_PAYMENT_RULE_SETTERS = _CONTROL_SETTERS | lx.forms("cancel", "direct", "order", "raise")
#: Verbs that cap a currency's purchase ("limited individuals' purchases of dollars").
_LIMITED = lx.forms("limit", "cap", "restrict", "ration")
#: Forms of *intervene* ("it would keep intervening").
_INTERVENE = lx.forms("intervene")
#: Words of a currency's unwanted moves ("if speculative moves continued", "herd behaviour").
_FX_WORRIES = frozenset({"volatility", "speculative", "herd", "disorderly", "excessive"})
#: Verbs and adjectives of a vowed step ("would take appropriate action", "deploy market
#: stabilization measures").
_TAKE = lx.forms("take", "deploy")
_VOWED_STEPS = frozenset(
    {"appropriate", "stabilizing", "stabilising", "stabilization", "stabilisation", "decisive",
     "bold", "firm", "necessary"}
)  # fmt: skip
#: Verbs that end talks, and the aims talks that stall end without ("without a breakthrough").
_ENDED_WITHOUT = frozenset(
    {"end", "ended", "ends", "ending", "closed", "concluded", "wrapped", "broke"}
)
_AIMS = frozenset(
    {"agreement", "deal", "breakthrough", "progress", "accord", "decision", "statement",
     "commitment", "result", "results", "reaching", "resolving", "settlement", "communique",
     "communiqué", "declaration", "consensus", "outcome"}
)  # fmt: skip
#: Verbs of breaking a rule, the measures that break one, and the rules they break ("the
#: ban violated Haiti's obligations under the World Trade Organization").
_VIOLATE = lx.forms("violate", "breach", "contravene", "flout") | {"broke", "breaks"}
_MEASURE_SUBJECTS = frozenset(
    {"ban", "bans", "suspension", "restrictions", "restriction", "duties", "tariffs", "tariff",
     "decision", "rules", "embargo", "measures", "measure", "move", "law", "policy", "curbs",
     "quotas", "quota", "levy", "levies", "exports", "imports", "subsidies", "requirement",
     "requirements", "interpretation", "regulations", "regulation", "halt", "closure",
     "system", "licences", "licenses", "increase", "increases", "cut", "cuts"}
)  # fmt: skip
#: Verbs that, with "against" or "counter to", tell a rule broken ("went against").
_GO_AGAINST = frozenset({"went", "goes", "go", "ran", "runs", "run"})
_RULEBOOKS = frozenset(
    {"rules", "obligations", "commitments", "agreement", "principle", "principles", "protocol",
     "wto", "treaty", "pact"}
)  # fmt: skip
#: Verbs whose object is talks that have not taken place ("expected the talks to cover").
_EXPECT = lx.forms("expect", "want", "hope", "urge", "need", "like", "allow", "push")


_RESUMED = frozenset({"resumed", "restarted", "reopened"})
#: Meetings where a side brings up its case, and the verbs of bringing it up.
_GATHERINGS = frozenset({"summit", "session", "meeting", "conference"})
_BROUGHT_UP = frozenset({"raise", "present", "table", "discuss", "propose"})
_RESTART = frozenset(
    {"restart", "resume", "reopen", "relaunch", "revive", "start", "begin", "continue",
     "commence", "join"}
)  # fmt: skip
#: Prepositions that name talks as the background of another event ("following the meeting").
_BACKGROUND = frozenset({"following", "after", "since", "despite"})
#: Words before "round" that make it a round of talks ("a second round", "the next round").
#: An ordinal in figures ("the 15th round").
_ORDINAL = re.compile(
    r"\d+(?:st|nd|rd|th)|(?:eigh|nin|ten|eleven|twelf|thirteen|fourteen|fifteen|twentie)th"
)
_ROUNDS = frozenset(
    {"next", "second", "third", "fourth", "fifth", "sixth", "seventh", "new", "another",
     "fresh", "further", "final", "latest", "last", "first", "previous"}
)  # fmt: skip


#: Words before "meeting" that make it a meeting at home, no talks between governments.
_HOME_MEETINGS = frozenset(
    {"government", "cabinet", "board", "party", "shareholder", "shareholders", "staff",
     "committee", "policy"}
)  # fmt: skip


def _home_body_meets(low: list[str], a: int, i: int) -> bool:
    """Whether the verb of meeting at ``i`` has a body at home as its subject.

    "The committee will next meet in May", "The bank's board meets at the end of the month"
    (not "A joint Tunisian-Libyan committee will meet", "An inter-governmental committee
    would meet in Kathmandu", a body of two countries).
    """
    k = i - 1
    while k > a and low[k] in {"will", "would", "next", "again", "to", "is", "due", "also"}:
        k -= 1
    # (not a body that meets others: "the government would meet the farmers next Tuesday")
    met = low[i + 1 : i + 2]
    return (
        low[i] in {"meet", "meets"}
        and not (met and (met[0] in {"the", "with"} or met[0] in lx.DOMESTIC_PARTIES))
        and low[k] in _HOME_MEETINGS - {"policy"} | {"mpc", "parliament"}
        and not set(low[max(a, k - 4) : k]) & _OF_TWO_COUNTRIES
    )


#: Words of a body of two or more countries ("a joint committee").
_OF_TWO_COUNTRIES = frozenset(
    # ("inter" of "inter-governmental", which the tokens split)
    {"joint", "inter", "intergovernmental", "bilateral", "mixed", "binational"}
)


def _met_share(low: list[str], i: int) -> bool:
    """Whether "meet" at ``i`` meets a share of a thing ("meet less than a tenth of demand")."""
    for j in range(i + 1, min(len(low), i + 8)):
        if low[j] in {"with", "on", "in", "at", "to", ",", "."}:
            return False
        if low[j] in _MET_THINGS:
            return "of" in low[i + 1 : j]
    return False


def _moved_from(low: list[str], k: int, b: int) -> bool:
    """Whether ``low[k:b]`` gives the level a price moved from ("compared with 84.8").

    Not a level "little changed" from the day before.
    """
    words = low[k:b]
    if {"unchanged", "little", "flat", "steady"} & set(words):
        return False
    return any(
        words[j : j + 2] in (["compared", "with"], ["down", "from"], ["up", "from"])
        # "traded at about 120 per dollar on Tuesday, against 88 before"
        or (
            words[j : j + 1] == ["against"]
            and words[j + 1 : j + 2] != []
            and words[j + 1][:1].isdigit()
        )
        # "traded at about 300 per dollar in the open market, against an interbank rate of
        # 286": the open market's level set against the official one
        or (
            words[j : j + 1] == ["against"]
            and words[j + 1 : j + 2] in (["an"], ["the"])
            and words[j + 2 : j + 4] in (["interbank", "rate"], ["official", "rate"])
        )
        for j in range(len(words))
    )


#: What one meets that is no one to talk with ("meet its obligations", "meet demand").
_MET_THINGS = frozenset(
    {"obligations", "obligation", "demand", "targets", "target", "standards", "requirements",
     "needs", "commitments", "deadline", "criteria", "conditions", "goals", "rules",
     "requests", "request", "orders", "shortfall", "shortfalls", "costs", "payments"}
)  # fmt: skip


#: Words of a wish or readiness before "to" ("hoped to discuss", "ready to discuss").
_WISHED = frozenset(
    {"hoped", "hope", "hopes", "hoping", "ready", "expected", "expects", "want", "wants",
     "wanted", "like", "willing", "prepared"}
)  # fmt: skip


def _taken_up_with(s: Sentence, i: int, b: int) -> bool:
    """Whether the verb at ``i`` takes a matter up with another country's officials, dated.

    "will raise the issue with U.S. trade officials during a visit to Washington next
    week", "would explain the policy to Chinese officials during a visit to Beijing next
    week", "will brief the Kuwaiti and Jordanian embassies in Canberra next week", "will take
    up the matter with EU trade officials in Brussels next month": a verb
    to come (after *will*, *would* or *to*), then, within a few words, a country's name or
    adjective before its officials, and a date after the verb; not "would continue to raise
    the issue with Chinese officials" (no day).
    """
    low = s.lower
    if low[i] == "raised" and _raised_with(s, i, b):
        return True
    # "will take up the matter with EU trade officials in Brussels next month"
    taken_up = low[i] in {"take", "takes"} and low[i + 1 : i + 2] == ["up"]
    if (low[i] not in lx.TAKE_UP_VERBS | _DISCUSS and not taken_up) or low[i - 1 : i] not in (
        ["will"],
        ["would"],
        ["to"],
    ):
        return False
    if low[i - 1] == "to" and low[i - 2 : i - 1] and low[i - 2] in _WISHED:
        return False  # "hoped to discuss it with US officials in the coming weeks": a wish
    if low[i] in {"raise", "raises"} and low[i + 1 : i + 3] not in (
        ["the", "issue"],
        ["the", "matter"],
        ["the", "dispute"],
        # "would raise the case at talks with U.S. officials in Washington later this month"
        ["the", "case"],
        ["it"],
    ):
        return False
    named = [
        m
        for m in s.marks
        if m.type in {"leader", "country"}
        and i < m.start <= i + 8
        and (
            m.type == "leader"
            or any(w in lx.ENVOYS for w in low[m.end : m.end + 4])
            or low[m.start - 1] in {"with", "to"}
        )
    ]
    if low[i] in _DISCUSS:
        # a matter discussed with another country's people, named by their country ("with
        # his Venezuelan counterpart", "with U.S. Trade Representative Rob Portman"; not "with
        # Treasury Secretary Janet Yellen", the speaker's own)
        named = [m for m in named if m.type == "country"]
    return bool(named) and any(i < start < b for _, start, _ in s.dates)


_DISCUSS = lx.forms("discuss")


def _raised_with(s: Sentence, i: int, b: int) -> bool:
    """Whether *raised* at ``i`` took a matter up with another country's leader, on a day.

    "raised the rejections with Vice Premier Wang Yang at the annual Joint Commission on
    Commerce and Trade in Beijing on Friday": past, the matter within a few words, then
    *with* and a leader, or a country's officials, and a date in the clause (not "raised
    tariffs on steel with effect from Monday": no one it is raised with).
    """
    low = s.lower
    withs = [k for k in range(i + 2, min(b, i + 6)) if low[k] == "with"]
    if not withs or set(low[i + 1 : withs[0]]) & lx.TARIFF_NOUNS:
        return False
    k = withs[0]
    named = any(
        m.type == "leader"
        or (m.type == "country" and any(w in lx.ENVOYS for w in low[m.end : m.end + 3]))
        for m in s.marks
        if k < m.start <= k + 4
    )
    return named and any(k < start < b for _, start, _ in s.dates)


def _two_parties(s: Sentence, a: int, verb: int) -> bool:
    """Whether the clause's subject before ``verb`` joins two leaders or countries with *and*.

    "Medvedev and European Council President Herman Van Rompuy also discussed ...".
    """
    low = s.lower
    named = sorted(
        (m.start, m.end) for m in s.marks if m.type in {"leader", "country"} and a <= m.start < verb
    )
    return any(
        low[e1:s2].count("and") == 1 and s2 - e1 <= 6 and verb - e2 <= 7 and "," not in low[e1:verb]
        for (_, e1), (s2, e2) in itertools.pairwise(named)
    )


def _domestic(s: Sentence, a: int, b: int) -> bool:
    """Whether a clause's meeting is with domestic parties only ("a meeting with battery makers").

    Talks need two governments: a meeting *with* companies, industry or lawmakers, and no
    country named after *with*, is none.
    """
    low = s.lower
    withs = [i for i in range(a, b) if low[i] == "with"]
    if not withs:
        return False
    w = withs[0]
    party = low[w + 1 : min(b, w + 6)]
    named = any(m.type in {"country", "leader"} and w < m.start < b for m in s.marks)
    # not a minister's portfolio: "talks with Commerce and Industry Minister Suresh Prabhu"
    parties = {x for x, title in zip(party, [*party[1:], ""], strict=True) if title not in _TITLES}
    return bool(parties & lx.DOMESTIC_PARTIES) and not named and not _dated_to_come(s, a, w, b)


def _dated_to_come(s: Sentence, a: int, w: int, b: int) -> bool:
    """Whether the meeting before ``w`` is one to come on a day named after it.

    "the government would hold talks with the companies next week", "will meet grain
    traders on Thursday": a meeting a government has set with its own firms or growers,
    which the sets label talks scheduled (not "a meeting with producers" held, nor "would
    consult exporters on its effects", with no day).
    """
    low = s.lower
    modal = any(low[k] in {"will", "would"} for k in range(max(a, w - 6), w))
    return modal and any(w < start < b for _, start, _ in s.dates)


#: Titles after a portfolio's name ("Industry Minister").
_TITLES = frozenset({"minister", "ministry", "secretary", "department", "commissioner"})


#: Nouns a "no" before them denies the scheduling of ("no date has been set for the next round").
_UNSET = frozenset({"date", "dates", "plans", "plan", "timetable", "timeline", "meeting",
                    "talks", "schedule"})  # fmt: skip


def _none_set(low: list[str], a: int, talk: int) -> bool:
    """Whether the clause says no talks are set: "no date has been set for the next round"."""
    # "made it unlikely that the talks would resume soon": talks not expected
    if "unlikely" in low[max(0, talk - 6) : talk]:
        return True
    return any(
        low[i] == "no"
        and (low[i + 1] in _UNSET or set(low[i + 1 : i + 3]) & (lx.TALK_NOUNS | _UNSET))
        for i in range(a, min(talk, len(low) - 1))
    )  # "no new round has been scheduled", "no new meeting has been scheduled"


#: Measures a verb may suspend under an agreement ("suspend its duties under the agreement").
_MEASURE_WORDS = lx.TARIFF_NOUNS | lx.SANCTION_NOUNS | {"concessions", "ban", "controls"}
#: Verbs of breaking a union's rules, and the unions.
_BREACH = lx.forms("break", "violate", "breach", "flout") | {"broke", "broken"}
#: Verbs of signing a deal.
_SIGN = lx.forms("sign", "ink")
#: Verbs of a case filed at a trade body ("filed a complaint", "launched a dispute"); not
#: their base forms, which are plans or threats ("said it would file a complaint").
_FILED = frozenset({"filed", "files", "lodged", "lodges", "launched", "launches", "brought",
                    "brings"})  # fmt: skip
#: The cases filed.
_CASES = frozenset({"complaint", "complaints", "case", "cases", "dispute", "disputes",
                    "challenge", "challenges"})  # fmt: skip
#: Trade bodies a case is filed at.
_TRADE_BODIES = frozenset({"wto", "gatt"})


def case_filed(s: Sentence, i: int, b: int) -> bool:
    """Whether the verb at ``i`` files a case at a trade body.

    "filed a complaint with the World Trade Organization", "launched a dispute against
    India at the World Trade Organization", "filed a World Trade Organization case": a case
    word within six words of the verb, the body within ten of it.
    """
    low = s.lower
    # "formally invoked Article XXIII of the General Agreement on Tariffs and Trade against
    # the United States": GATT's article of complaint, its case filed
    invoked = low[i] in {"invoked", "invokes"} and low[i + 1 : i + 3] in _COMPLAINT_ARTICLES
    # (the body may stand before the case word: "filed a World Trade Organization case")
    if not invoked and (low[i] not in _FILED or not set(low[i + 1 : min(b, i + 7)]) & _CASES):
        return False
    if "had" in low[max(0, i - 2) : i]:
        return False  # "said it had filed a complaint at the WTO": told before
    body = low[i + 1 : min(b, i + 11)]
    return bool(set(body) & _TRADE_BODIES) or any(
        body[k : k + 3] in (["world", "trade", "organization"], ["general", "agreement", "on"])
        for k in range(len(body))
    )


#: GATT's articles of complaint (nullification or impairment, consultation).
_COMPLAINT_ARTICLES = (["article", "xxiii"], ["article", "xxii"], ["article", "23"],
                       ["article", "22"])  # fmt: skip


#: Pledges a country breaks ("breaking a promise to buy more farm goods").
_PROMISES = frozenset({"promise", "promises", "pledge", "pledges", "commitment", "commitments"})
_UNIONS = frozenset({"union", "community", "agreement", "treaty", "pact", "bloc", "market"})
#: Verbs that take a country out of a deal ("pulled the United States out of ...").
_PULLED = lx.forms("pull", "take") | {"took", "taken"}
#: Verbs of hosting a visitor ("will host Japarov").
_HOST = frozenset({"host", "hosts", "hosted", "hosting"})
#: Verbs of discussing with someone ("discussed the yen with Bessent").
_DISCUSSED = lx.forms("discuss") | {"discussed"}
#: A visit, and the words that put it ahead ("is due to visit", "accepted an invitation").
_VISIT = frozenset({"visit", "visits"})
#: Verbs of a trip to a country ("will travel to Beijing"); not "go", which goods do too.
_TRIP = frozenset({"travel", "fly"})
#: Those whose trip "would" take them abroad ("a Tajik delegation would travel to Tashkent").
_TRAVELLERS = frozenset({"delegation", "team", "mission", "officials", "minister", "ministers",
                         "negotiators", "experts", "envoy", "envoys", "he", "she", "we", "i",
                         "president", "premier", "secretary", "inspectors"})  # fmt: skip
#: Envoys who call on a government ("The Venezuelan Ambassador will call at ...").
_CALLERS = frozenset({"ambassador", "envoy", "commissioner", "minister", "delegation"})
#: Those whose arrival "is due" somewhere is a visit for talks, once dated.
_ARRIVING = frozenset({"delegation", "mission", "minister", "ministers", "envoy", "envoys",
                       "negotiators", "secretary"})  # fmt: skip
_VISIT_AHEAD = frozenset({"will", "due", "set", "plans", "planning", "expected", "invitation",
                          "scheduled", "'ll"})  # fmt: skip


def _travellers_before(s: Sentence, a: int, would: int) -> bool:
    """Whether people who travel are the subject of the "would" at ``would``.

    "Officials said a Tajik delegation would travel to Tashkent", "Rupel said he would
    visit Bonn" (people travel: not "the first extra volumes would travel to China").
    """
    low = s.lower
    return bool(set(low[max(a, would - 3) : would + 1]) & _TRAVELLERS) or any(
        m.type == "leader" and m.end == would for m in s.marks
    )


#: What is negotiated between the verb and "with" ("negotiating similar contracts with").
_NEGOTIATED = frozenset(
    {"similar", "new", "a", "an", "the", "contracts", "contract", "deals", "deal", "supply",
     "agreement", "agreements", "trade", "accord"}
)  # fmt: skip
#: The verb of talks ("will negotiate with the EU and Japan").
_NEGOTIATE = lx.forms("negotiate")
#: Verbs that put off a visit, a review or a signing: talks that stall.
_PUT_OFF = lx.forms("postpone", "cancel", "delay", "defer") | {"called", "put", "canceled"}
#: Verbs that put aside a deal still to be made ("has shelved a planned agreement").
_SHELVED = lx.forms("shelve")
#: What they put off ("postponed a visit by its negotiators", "called off planned visits").
#: Past forms of the verbs that hold talks ("held talks", "opened negotiations").
#: Words before "met" that make it no meeting held ("were met", "will have met").
_NOT_HELD_BEFORE = [[w] for w in ("was", "were", "been", "be", "is", "are", "not", "to",
                                  "will", "would", "being")]  # fmt: skip
#: Verbs that let a deal lapse ("letting its treaties with Nepal expire").
_LET_LAPSE = frozenset({"let", "lets", "letting", "allowed", "allow", "allows", "allowing"})
#: Verbs that give a treaty notice ("denounced the 1960 treaty of friendship").
_DENOUNCED = lx.forms("denounce")
#: A modal's passive that puts talks ahead ("would be held", "could be held").
_TO_BE = (["would", "be"], ["could", "be"], ["might", "be"], ["to", "be"], ["should", "be"])
_HELD_PAST = frozenset({"held", "opened", "concluded", "wrapped", "launched", "attended"})
_VISITS = frozenset({"visit", "visits", "trip", "trips", "review", "meeting", "meetings",
                     "summit", "signing", "dialogue", "talks", "call", "calls",
                     "mission", "round"})  # fmt: skip
#: Planned meetings: one called off or put off is talks scheduled, reversed.
_MEETINGS = frozenset({"visit", "visits", "trip", "trips", "meeting", "meetings", "summit",
                       "mission", "call", "round"})  # fmt: skip
#: Verbs of a trip, and what a trip for talks is to do ("will fly to Beijing to seek a
#: settlement").
_TRAVEL = lx.forms("fly", "travel", "go", "head", "return") | {"flew", "went"}
_TRIP_PURPOSES = frozenset(
    {"seek", "press", "negotiate", "discuss", "settle", "resolve", "work", "hold", "finalize",
     "finalise", "conclude", "push", "lobby", "meet", "continue", "review", "brief", "explain"}
)  # fmt: skip
#: Verbs of a body taking a matter up at a session ("the council will review the sanctions").
_BODY_TAKES_UP = frozenset({"discuss", "review", "examine"})
#: Bodies that meet in session ("the EFTA Council", "Community foreign ministers").
_BODIES = frozenset({"council", "committee", "commission", "ministers", "board", "conference"})
#: Verbs of leaders' calls, and what a call is to do ("will speak on Friday to seal ...").
_SPEAK = lx.forms("speak", "talk") | {"spoke", "spoken"}
#: Verbs of a call made to someone ("telephoned Spanish Prime Minister Mariano Rajoy").
_TELEPHONED = frozenset({"telephoned", "phoned", "rang"})
#: Verbs that hold a call ("held a call with", "had a long conversation with").
_HELD_CALL = frozenset({"held", "had", "holds", "has"})
_SEAL = frozenset({"seal", "finalize", "finalise", "complete", "discuss", "conclude", "settle"})
#: Forms of *leave*.
_LEAVE = lx.forms("leave") | {"left"}
#: Verbs that end a party's participation in a deal ("halted its participation in").
_HALTED = lx.forms("halt", "suspend", "end", "freeze", "stop")
#: Verbs that conclude negotiations on an agreement: a deal reached.
_CONCLUDED = lx.forms("conclude", "finalize", "finalise", "complete")
#: Capitalised words that end an agreement's name ("the Belt and Road Initiative").
_NAMED_DEALS = frozenset(
    {"Initiative", "Partnership", "Accord", "Agreement", "Pact", "Community", "Union", "Treaty",
     "NAFTA", "USMCA", "CUSMA", "TPP", "CPTPP", "RCEP", "ECFA", "CETA", "TTIP", "JCPOA",
     "KORUS", "ECOWAS", "AfCFTA", "GATT", "EFTA"}
)  # fmt: skip
#: Nouns after a bloc's name that make it their owner, not an agreement ("a Community ban").
_BLOC_THINGS = frozenset(
    {"ban", "bans", "goods", "rules", "law", "laws", "budget", "ministers", "officials",
     "market", "markets", "members", "states", "imports", "exports", "quota", "quotas",
     "tariff", "tariffs", "duties", "farmers", "producers", "countries"}
)  # fmt: skip
#: Verbs that settle a dispute, and the nouns of a dispute they settle.
_SETTLE = lx.forms("settle", "resolve", "end")
_DISPUTES = frozenset({"dispute", "disputes", "row", "feud", "spat", "standoff", "war", "quarrel"})


#: Words after "but" that carry talks on ("but agreed to meet again", "will continue").
_GO_ON = frozenset({"again", "continue", "resume", "next"})


def _going_on(low: list[str], i: int) -> bool:
    """Whether talks that end at ``i`` go on: "..., but will continue technical discussions"."""
    tail = low[i + 1 :]
    return "but" in tail and bool(set(tail[tail.index("but") :]) & _GO_ON)


def _settled(s: Sentence, a: int, b: int) -> int | None:
    """Where a clause settles a dispute ("agreed to end their dispute over steel tariffs").

    A deal reached: the verb and the dispute noun after it, before a comma or *over*.
    """
    low = s.lower
    for i in range(a, b):
        if low[i] not in _SETTLE:
            continue
        # "settled a 20-year-old dispute over hormone-treated beef"
        words = low[i + 1 : min(b, i + 9)]
        stop = next((j for j, w in enumerate(words) if w in {",", ";", "over", "with"}), len(words))
        if any(w in _DISPUTES for w in words[:stop]):
            return i
    return None


def _past_aside(s: Sentence, i: int) -> int:
    """The first token after a dashed or bracketed aside that opens just after ``i``.

    "India's agreement with the four-nation bloc — Switzerland, Norway, Iceland and
    Liechtenstein — came into force": the verb is reached past the aside.
    """
    dashes = {"—", "–", "--", "("}
    low = s.lower
    # (past a long name: "agreement with the four-nation European Free Trade Association —")
    for k in range(i + 1, min(len(s.tokens), i + 13)):
        spaced = s.tokens[k] == "-" and s.idx[k] > 0 and s.text[s.idx[k] - 1] == " "
        if s.tokens[k] in dashes or spaced:
            close = ")" if s.tokens[k] == "(" else s.tokens[k]
            for j in range(k + 1, min(len(s.tokens), k + 25)):
                if s.tokens[j] == close:
                    # and past a relative clause right after it: "(EAEU), which groups ..."
                    return _past_aside(s, j) if low[j + 1 : j + 3] in _RELATIVE_OPEN else j + 1
            break
        # "The free trade agreement between Viet Nam and the Eurasian Economic Union (EAEU),
        # which groups Russia, Belarus, ..., officially took effect": past a relative clause
        if low[k] in {"which", "that"} and low[k - 1] == ",":
            for j in range(k + 1, min(len(low) - 1, k + 25)):
                if low[j] in {";", ":", "."}:
                    break
                if low[j] == "," and not any(
                    m.type == "country" and m.start == j + 1 for m in s.marks
                ):
                    return j + 1
            break
    return i


def _approved_by_legislature(s: Sentence, a: int, deal: int) -> list[int]:
    """Where a legislature approves the agreement at ``deal``, in the past: a deal reached.

    "The U.S. Congress on Wednesday approved free trade agreements with South Korea,
    Colombia and Panama", "The Senate gave final approval on Wednesday to ... agreements";
    not a plan ("will vote to approve", "must still be approved by both parliaments") nor
    an approval of another body's.
    """
    low = s.lower
    verbs = [
        i
        for i in range(max(a, deal - 12), deal)
        if low[i] in {"approved", "ratified"}
        or (
            low[i] == "approval" and low[i - 1 : i] == ["final"] and low[i - 2] in {"gave", "gives"}
        )
    ]
    if not verbs:
        return []
    i = verbs[0]
    subject = low[max(a, i - 8) : i]
    if not set(subject) & _LEGISLATURES or set(subject) & {"will", "would", "to", "must", "be"}:
        return []
    return [i]


#: The words of a legislature (or the voters of a referendum), the subject of an
#: agreement's approval.
_LEGISLATURES = frozenset({"congress", "senate", "parliament", "house", "diet", "duma", "lawmakers",
                           "legislators", "assembly", "bundestag", "mps", "legislature",
                           "parliaments", "voters", "electorate"})  # fmt: skip


def _past_parties(s: Sentence, i: int, b: int) -> int:
    """The first token after the parties named after an agreement's noun at ``i``.

    "A free trade agreement between Iran and Russia, Belarus, Kazakhstan, Kyrgyzstan and
    Armenia, the members of the Eurasian Economic Union (EAEU), entered into force", "between
    Egypt and the four founding members of Mercosur, Brazil, Argentina, Uruguay and
    Paraguay, entered into force": names, their commas and the words of a bloc's members,
    up to the first other word (the verb).
    """
    low = s.lower
    if low[i + 1 : i + 2] not in (["between"], ["with"]):
        return i
    k = i + 2
    while k < b and (low[k] in _PARTY_WORDS or s.tokens[k][:1].isupper()):
        k += 1
    return k if k > i + 2 else i


#: Words of the parties to an agreement, besides their names.
_PARTY_WORDS = frozenset(
    {",", "and", "the", "of", "(", ")", "members", "member", "founding", "states", "countries",
     "nations", "its", "their", "-", "two", "three", "four", "five", "six", "seven"}
)  # fmt: skip
#: A relative clause opened after a name: ", which", ", that".
_RELATIVE_OPEN = ([",", "which"], [",", "that"])
#: Words before a deal noun that make it a purchase contract ("a fuel import deal").
_SUPPLY_DEALS = frozenset({"import", "supply", "purchase", "purchasing", "sales", "lng"})
#: Verbs of a purchase contract after "deals to" ("signed deals to buy ...").
_CONTRACTED = lx.forms("buy", "purchase", "import", "supply", "sell", "ship")


def _contract(s: Sentence, i: int) -> bool:
    """Whether the deal noun at ``i`` is a purchase contract, no trade deal.

    "signed deals to buy $2 billion of soybeans", "agreements this week to buy", "deals
    worth $10 billion".
    """
    low = s.lower
    if "swap" in low[max(0, i - 2) : i]:
        return False  # "signed a currency swap agreement worth $400 million": no purchase
    if i > 0 and low[i - 1] in _SUPPLY_DEALS:
        return True  # "signs fuel import deal with China", "a long-term supply agreement"
    k = i + 1
    while k < len(low) and s.in_date(k):
        k += 1
    if low[k : k + 1] == ["worth"]:
        return True
    # "signed a 15-year agreement with Qatar's RasGas on Monday to import ...": the
    # purchase past its seller and date, before any comma
    for j in range(k, min(len(low) - 1, k + 12)):
        if low[j] in {",", ";", "."}:
            break
        if low[j] == "to" and low[j + 1] in _CONTRACTED:
            return True
    return False


#: Verbs of a seller's side of a contract ("a deal to supply natural gas to Israel").
_SUPPLIED = lx.forms("supply", "sell", "deliver", "export", "ship")


def _supply_ended(s: Sentence, a: int, i: int) -> bool:
    """Whether the deal noun at ``i`` is a contract to supply that its seller ended.

    "Egypt has terminated a deal to supply natural gas to Israel": a deal broken, not a
    purchase (a buyer's "cancelled a deal to buy" is a purchase undone).
    """
    low = s.lower
    return (
        low[i + 1 : i + 2] == ["to"]
        and low[i + 2 : i + 3] != []
        and low[i + 2] in _SUPPLIED
        and any(
            low[k] in lx.DEAL_BROKEN and set(low[k + 1 : i]) <= {"a", "an", "the", "its", "their"}
            for k in range(max(a, i - 3), i)
        )
    )


def _past_date(s: Sentence, k: int) -> int:
    """The first token from ``k`` that is no part of a date ("failed on Thursday to agree")."""
    while k < len(s.lower) and s.in_date(k):
        k += 1
    return k


def _reported(s: Sentence, a: int, b: int) -> bool:
    """Whether the date phrase at ``a:b`` dates a reporting verb ("told reporters on Friday")."""
    low = s.lower
    return any(w in gr.REPORTING for w in low[max(0, a - 3) : a] + low[b : b + 2])


#: Words before "after talks with" that make the act after them not done ("hoped to ...").
_UNDONE = frozenset({"will", "would", "could", "may", "might", "hope", "hopes", "hoped",
                     "expected", "expects", "plans", "planned", "wants", "not"})  # fmt: skip


#: Acts done after talks, besides saying ("signed the deal in Baghdad after talks with").
_DONE_AFTER_TALKS = lx.forms("sign", "announce", "agree", "decide", "approve", "pledge")


def _followed_talks(s: Sentence, i: int) -> bool:
    """Whether the talks at ``i`` with a leader are those a done act came after.

    "Lula said after talks with German Chancellor Olaf Scholz", "Sargsyan announced the
    decision on Tuesday after talks with President Vladimir Putin" (not "hoped to regain
    the benefits after talks with Washington", an act to come).
    """
    low = s.lower
    if not (low[i - 1 : i] == ["after"] and low[i] == "talks" and low[i + 1 : i + 2] == ["with"]):
        return False
    before = low[max(0, i - 13) : i - 1]
    if "," in before:  # past what is said ("Brazil will not supply ..., Lula said after")
        before = before[len(before) - before[::-1].index(",") :]
    # a leader by name, or a country's minister ("after talks with Iraqi Oil Minister")
    leader = any(m.type == "leader" and i + 1 < m.start <= i + 6 for m in s.marks) or any(
        m.type == "country" and m.start == i + 2 and set(low[i + 3 : i + 6]) & _TITLES
        for m in s.marks
    )
    return (
        leader
        and not set(before) & _UNDONE
        and any(w in gr.REPORTING | _DONE_AFTER_TALKS for w in before)
    )


#: Words of an election, whose rounds are rounds of voting.
_ELECTIONS = frozenset({"election", "elections", "polls", "poll", "vote", "voters", "ballot",
                        "run-off", "runoff", "presidential"})  # fmt: skip


#: Words that name a deal's kind before its noun ("trade and cooperation agreement").
_DEAL_WORDS = frozenset(
    {"the", "its", "their", "'s", "trade", "and", "cooperation", "economic", "free",
     "partnership", "association", "bilateral"}
)  # fmt: skip


def _deal_named_by(s: Sentence, a: int, b: int) -> bool:
    """Whether the words from ``a`` to ``b`` are a deal's owner and kind, no measure.

    "the Community's trade and cooperation": the words before "agreement".
    """
    named = {k for m in s.marks if m.type == "country" for k in range(m.start, m.end)}
    return all(s.lower[k] in _DEAL_WORDS or k in named for k in range(a, b))


#: Those who agree with a party in a ruling, not a deal ("The panel agreed with Viet Nam").
_JUDGES = frozenset({"panel", "judges", "court", "arbitrators", "body", "tribunal"})
#: Verbs of talks begun, not terms agreed ("agreed with China ... to start negotiations").
_TALKS_BEGUN = frozenset({"start", "begin", "launch", "open", "hold", "resume", "negotiate",
                          "discuss", "meet", "continue"})  # fmt: skip


def talks_and_deals(s: Sentence, seg: Segment, bilateral: bool) -> list[Trigger]:
    """Talks held, stalled or scheduled, and deals reached or broken, in a clause.

    Parameters
    ----------
    s : Sentence
        The sentence.
    seg : Segment
        One of its clauses.
    bilateral : bool
        Whether the clause speaks of both sides ("each other"): "agreed" alone is a deal.

    Returns
    -------
    list of Trigger
        At most one for talks and one for a deal.
    """
    low = s.lower
    a, b = seg.start, seg.end
    rng = range(a, b)
    found: list[Trigger] = []
    talk = [
        i
        for i in rng
        if low[i] in lx.TALK_NOUNS
        and not (
            low[i] == "round"
            and "of" not in low[i + 1 : i + 2]
            and not set(low[max(a, i - 2) : i]) & _ROUNDS
            # "The 15th round will take place in New York"
            and not any(_ORDINAL.fullmatch(w) for w in low[max(a, i - 2) : i])
            # "The four-day round, held in Lima, ended on Thursday"
            and low[max(a, i - 2) : i] not in (["-", "day"], ["-", "week"])
        )
        # "he expected the talks to cover ...": the talks are the object of another verb
        and not (i >= 2 and low[i - 1] == "the" and low[i - 2] in _EXPECT)
        # "a strong first-round win ... in the presidential election", "Polls taken before the
        # first round": a round of voting, no talks
        and not (low[i] == "round" and bool(set(low) & _ELECTIONS))
        # "The first round of U.S. sanctions": a round of measures, no talks
        and not (
            low[i] == "round"
            and low[i + 1 : i + 2] == ["of"]
            and set(low[i + 2 : i + 6]) & (lx.SANCTION_NOUNS | lx.TARIFF_NOUNS | {"cuts"})
        )
    ]
    # "The Commission will raise the ban at the EU-Russia summit in Nizhny Novgorod next
    # week", "Japan will present the plan at the session of the General Agreement": a
    # meeting to come where a side brings up its case
    talk += [
        i
        for i in rng
        if low[i] in _GATHERINGS
        and (at := next((k for k in range(max(a, i - 6), i) if low[k] == "at"), None)) is not None
        and any(
            low[k] in _BROUGHT_UP and low[k - 1 : k] in (["will"], ["would"])
            for k in range(max(a, at - 8), at)
        )
    ]
    # "A call between Ms. Ng and U.S. Trade Representative Katherine Tai": a call of two sides
    talk += [i for i in rng if low[i] in {"call", "calls"} and low[i + 1 : i + 2] == ["between"]]
    # "The ministers also suspended technical meetings with Uzbekistan": meetings stalled
    talk += [
        i
        for i in rng
        if low[i] in {"meetings", "contacts"}
        and low[i + 1 : i + 2] == ["with"]
        and any(low[k] in lx.TALKS_STALLED for k in range(max(a, i - 3), i))
    ]
    talk += [
        i
        for i in rng
        if low[i] in {"meet", "met", "meeting"}
        # "told a government meeting", "after a cabinet meeting": a meeting at home
        and low[i - 1 : i] not in ([w] for w in _HOME_MEETINGS)
        # "would continue to meet its obligations", "to meet domestic demand", "meet less
        # than a tenth of demand": no meeting
        and not set(low[i + 1 : i + 4]) & _MET_THINGS
        and not _met_share(low, i)
        # "their demands were met on Tuesday": a passive, no meeting
        and not (low[i] == "met" and low[i - 1 : i] in _NOT_HELD_BEFORE)
        # "The committee will next meet in May": a body at home meets (not "a joint
        # Tunisian-Libyan committee will meet")
        and not _home_body_meets(low, a, i)
        # "Its next regular meeting is scheduled for Sept. 15": a body's own meeting, with
        # no other side named
        and not (
            low[i] == "meeting"
            and ({"its", "their"} & set(low[max(a, i - 3) : i]))
            and not any(m.type in {"country", "leader"} and a <= m.start < b for m in s.marks)
        )
        # "raised its overnight lending rate to 46% from 44% at an unscheduled meeting": a
        # central bank's own meeting
        and not (
            low[i - 1 : i] in (["unscheduled"], ["emergency"], ["extraordinary"])
            and "rate" in low[a:i]
        )
    ]
    # "Keller-Sutter's last-minute trip to Washington on Aug. 6 ended without a deal": a trip
    # for talks that ends without its aim
    talk += [
        i
        for i in rng
        if low[i] in {"trip", "visit", "mission"}
        and any(
            low[j] in _ENDED_WITHOUT and "without" in low[j + 1 : j + 3]
            for j in range(i + 1, min(b, i + 12))
        )
    ]
    # "the WTO's ministerial conference in Buenos Aires" (not "told a news conference")
    talk += [i for i in rng if low[i] == "conference" and low[i - 1] == "ministerial"]
    # "The APEC summit ended on Sunday without a joint leaders' declaration", "the next
    # summit will be held in Brazil in December"
    talk += [
        i
        for i in rng
        if low[i] in {"summit", "summits"}
        and (
            any(low[k] in _ENDED_WITHOUT for k in range(i + 1, min(b, i + 8)))
            or low[i + 1 : i + 4] == ["will", "be", "held"]
        )
    ]
    # "will negotiate with the EU and Japan": the verb of talks with a party after "with"
    # (or past what is negotiated: "are negotiating similar contracts with Moscow")
    negotiate = [
        i
        for i in rng
        if low[i] in _NEGOTIATE
        and (w := next((k for k in range(i + 1, min(b, i + 5)) if low[k] == "with"), None))
        and set(low[i + 1 : w]) <= _NEGOTIATED
        and any(m.type in {"leader", "country"} and w < m.start <= w + 3 for m in s.marks)
    ]
    talk += negotiate
    # "agreed to keep negotiating on investment protection", "will continue to negotiate"
    # (not a vow that one "would keep negotiating")
    talk += [
        i
        for i in rng
        if low[i] in _NEGOTIATE
        and (
            low[max(0, i - 2) : i] == ["to", "keep"]
            or low[max(0, i - 3) : i] in (["will", "continue", "to"], ["to", "continue", "to"])
        )
    ]
    # "Leaders of the Group of 20 economies gather in Toronto on Saturday for a two-day
    # summit": leaders gathering for a summit
    gather = [
        i
        for i in rng
        if low[i] in _GATHER
        and any(low[k] in {"summit", "summits"} for k in range(i + 1, min(b, i + 12)))
    ]
    talk += gather
    # "held a virtual summit": a summit held (a summit only named is often background)
    talk += [
        i
        for i in rng
        if low[i] in {"summit", "summits"}
        and set(low[max(a, i - 3) : i]) & {"held", "hold", "holds", "holding"}
    ]
    # "is due to visit China", "will visit Washington on Jan. 30", "has accepted an invitation
    # to make a state visit to China": a visit to come, talks scheduled with its host
    talk += [
        i
        for i in rng
        if low[i] in _VISIT
        and (
            set(low[max(a, i - 6) : i]) & _VISIT_AHEAD
            # one reported: "said he would visit Bonn next week", "said a trade mission
            # would visit Kuala Lumpur in November"
            or (low[i - 1 : i] == ["would"] and _travellers_before(s, a, i - 1))
        )
        and any(
            m.type == "country" and i < m.start <= i + (3 if low[i].startswith("visit") else 2)
            for m in s.marks
        )
    ]
    # "will travel to Beijing on Saturday", "is due to fly to Washington next week": a trip
    # to come, talks scheduled with its host
    talk += [
        i
        for i in rng
        if low[i] in _TRIP
        and low[i + 1 : i + 2] == ["to"]
        and (
            set(low[max(a, i - 4) : i]) & _VISIT_AHEAD
            # a trip reported: "Officials said a Tajik delegation would travel to Tashkent"
            # (people travel: not "the first extra volumes would travel to China")
            or (low[i - 1 : i] == ["would"] and _travellers_before(s, a, i - 1))
        )
        and any(m.type == "country" and i + 1 < m.start <= i + 3 for m in s.marks)
    ]
    # "A Chinese trade delegation will come to Colombo in January", "the Danish Agriculture
    # Minister will go to Brussels next month": travellers' trip to come, by its verb and date
    talk += [
        i
        for i in rng
        if low[i] in {"come", "go"}
        and low[i - 1 : i] in (["will"], ["would"])
        and low[i + 1 : i + 2] == ["to"]
        and set(low[max(a, i - 5) : i]) & (_TRAVELLERS | lx.ENVOYS)
        and any(m.type == "country" and m.start == i + 2 for m in s.marks)
        and any(i < start < b for _, start, _ in s.dates)
    ]
    # "The Venezuelan Ambassador will call at the State Department tomorrow", "will call on
    # Foreign Minister Michel Debre on Tuesday", "The United Kingdom Trade Commissioner will
    # see the Minister for Trade and Customs on Tuesday": an envoy's call to come
    talk += [
        i
        for i in rng
        if (
            (low[i] == "call" and low[i + 1 : i + 2] in (["on"], ["at"]))
            or (
                low[i] == "see"
                and low[i + 1 : i + 3] in (["the", "minister"], ["the", "president"])
            )
        )
        and low[i - 1 : i] in (["will"], ["would"])
        # (past an apposition: "The Israeli ambassador, Walter Eytan, will call on ...")
        and set(low[max(0, i - 8) : i]) & _CALLERS
        and any(i < start < b for _, start, _ in s.dates)
    ]
    # "is due to arrive in Beijing on Nov. 8 for a state visit", "begins a state visit to the
    # United States on Wednesday": a state visit to come
    talk += [
        i
        for i in rng
        if low[i] in _VISIT
        and low[i - 1 : i] == ["state"]
        and set(low[a:b]) & (_VISIT_AHEAD | {"begins", "begin", "arrive", "arrives"})
        and any(m.type == "country" and a <= m.start < b for m in s.marks)
    ]
    # "A delegation of Vietnamese processors is expected in Dar es Salaam next week to discuss
    # buying part of the crop", "is due in Brussels next month to discuss the findings": a
    # visit to come, by its travellers' arrival
    talk += [
        i
        for i in rng
        if low[i] in {"due", "expected"}
        and low[i - 1 : i] in (["is"], ["are"])
        and low[i + 1 : i + 2] == ["in"]
        and set(low[max(a, i - 8) : i]) & _TRAVELLERS
        and any(m.type == "country" and i + 1 < m.start <= i + 3 for m in s.marks)
        and (
            set(low[i + 2 : b]) & {"discuss", "negotiate", "talks", "review"}
            # "A Czechoslovak trade delegation is due in Cairo next week", "Azerbaijan's
            # deputy energy minister is expected in Moscow at the end of the month": a
            # delegation's or a minister's arrival, dated
            or (
                bool(set(low[max(a, i - 8) : i]) & _ARRIVING)
                and any(i < start < b for _, start, _ in s.dates)
            )
        )
    ]
    # "an IMF team would arrive in Manila next week": travellers' arrival to come, dated
    talk += [
        i
        for i in rng
        if low[i] in {"arrive", "arrives"}
        and low[i - 1 : i] in (["will"], ["would"], ["to"])
        and low[i + 1 : i + 2] == ["in"]
        and set(low[max(a, i - 5) : i]) & _TRAVELLERS
        and any(m.type == "country" and i + 1 < m.start <= i + 3 for m in s.marks)
        and any(i < start < b for _, start, _ in s.dates)
    ]
    # "the Council of the Association would discuss the deposit scheme next week", "The
    # council will review the working of the sanctions in March": a body's session to come
    # ("The OAS Council is to take up Bolivia's complaint at a session in Washington next
    # week": a body's session that takes a matter up)
    talk += [
        i
        for i in rng
        if (
            low[i] in _BODY_TAKES_UP
            or (low[i] == "take" and low[i + 1 : i + 2] == ["up"] and "session" in low[i:b])
        )
        and (
            low[i - 1 : i] in (["will"], ["would"])
            or low[i - 2 : i] in (["is", "to"], ["are", "to"])
        )
        and set(low[max(a, i - 9) : i - 1]) & _BODIES
        and any(i < start < b for _, start, _ in s.dates)
        # a review at a session somewhere ("will review the schemes ... in Geneva in
        # October"), not one of a system by a time ("would review the arrangement by the
        # end of the year")
        and (low[i] != "review" or any(m.type == "country" and i < m.start < b for m in s.marks))
    ]
    # "agreed to hold the next session in Washington on May 22 and 23": a dialogue's session
    talk += [
        i
        for i in rng
        if low[i] in {"session", "sessions"}
        and low[i - 1 : i] in (["next"], ["second"], ["third"], ["fourth"], ["fifth"])
        and set(low[max(a, i - 5) : i]) & {"hold", "held", "holds", "holding"}
    ]
    # "will lead a delegation of business people to New Delhi in mid-April": a trade mission
    talk += [
        i
        for i in rng
        if (
            low[i] in {"delegation", "mission"}
            # ("would send an envoy to Brasilia next week", "will send a team to Honiara")
            or (low[i] in {"envoy", "envoys", "team"} and "send" in low[max(a, i - 3) : i])
        )
        # ("would send a government-backed buying mission to the United States in March")
        and set(low[max(a, i - 7) : i]) & {"lead", "send", "will", "to"}
        and "to" in low[i + 1 : min(b, i + 6)]
        and any(m.type == "country" and i < m.start <= i + 8 for m in s.marks)
    ]
    # "Rahmon will host Japarov and Uzbek President Shavkat Mirziyoyev in Khujand on March
    # 31": a leader hosting another's (not "will host the summit", whose talks are told)
    talk += [
        i
        for i in rng
        if low[i] in _HOST and any(m.type == "leader" and i < m.start <= i + 2 for m in s.marks)
    ]
    # "will hold a phone call with ...": a call between officials ("US and Chinese trade
    # officials are expected to hold a call next week": one held, its sides named before)
    talk += [
        i
        for i in rng
        if low[i] == "call"
        and (
            low[i - 1 : i] in (["phone"], ["video"], ["telephone"])
            or low[i - 2 : i] in (["hold", "a"], ["have", "a"])
        )
    ]
    # "held a call with Chinese Vice Premier Liu He on Wednesday", "had a long conversation
    # with Xi": a call held, its other side named after "with"
    talk += [
        i
        for i in rng
        if low[i] in {"call", "conversation"}
        and low[i + 1 : i + 2] == ["with"]
        and any(low[k] in _HELD_CALL for k in range(max(a, i - 7), i))
        and any(m.type in {"leader", "country"} and i + 1 < m.start <= i + 6 for m in s.marks)
    ]
    # "Trade Minister Mary Ng spoke with Ms. Tai on Monday", "spoke with Russian President
    # Vladimir Putin for more than two hours": officials who spoke with another's
    # ("has spoken to his Saudi counterpart": to a counterpart named by country)
    talk += [
        i
        for i in rng
        if low[i] in {"spoke", "spoken", "talked"}
        and (
            low[i + 1 : i + 2] == ["with"]
            or (low[i + 1 : i + 2] == ["to"] and "counterpart" in low[i + 2 : i + 6])
        )
        and any(m.type in {"leader", "country"} and i + 1 < m.start <= i + 6 for m in s.marks)
    ]
    # "Cameron telephoned Spanish Prime Minister Mariano Rajoy on Wednesday": a call held
    talk += [
        i
        for i in rng
        if low[i] in _TELEPHONED
        and low[i - 1 : i] not in (["had"], ["has"], ["will"], ["would"], ["to"])
        and any(m.type in {"leader", "country"} and i < m.start <= i + 4 for m in s.marks)
    ]
    # "had discussed the yen with U.S. Treasury Secretary Scott Bessent"
    talk += [
        i
        for i in rng
        if low[i] in _DISCUSSED
        and any(
            low[k] == "with"
            and any(m.type in {"leader", "country"} and k < m.start <= k + 5 for m in s.marks)
            for k in range(i + 1, min(b, i + 6))
        )
    ]
    # "will raise the issue with U.S. trade officials during a visit to Washington next week",
    # "would explain the policy to Chinese officials during a visit to Beijing next week",
    # "will brief the Kuwaiti and Jordanian embassies in Canberra next week": a matter taken
    # up with another country's officials, on a day to come
    talk += [i for i in rng if _taken_up_with(s, i, b)]
    # "Medvedev and European Council President Herman Van Rompuy also discussed Russia's bid
    # to join the WTO": two parties who discussed something
    discussed = [
        i
        for i in rng
        if low[i] in {"discussed", "discuss"}
        and _two_parties(s, a, i)
        and (
            low[i - 1 : i] not in (["to"], ["will"], ["would"])
            # "U.S. and Indonesian trade officials would discuss the new rules in Washington
            # next month": talks to come, dated
            or any(i < start < b for _, start, _ in s.dates)
        )
        # "discussed the case when they met in Paris last month": the meeting tells it
        and not {"met", "meeting"} & set(low[i + 1 :])
    ]
    talk += discussed
    # "will fly to Beijing next week to seek a settlement": a trip for talks
    talk += [
        i
        for i in rng
        if low[i] in _TRAVEL
        and (
            any(
                low[k] == "to" and low[k + 1 : k + 2] and low[k + 1] in _TRIP_PURPOSES
                for k in range(i + 2, min(b - 1, i + 12))
            )
            # "would travel to Washington in November for meetings with members of Congress"
            or any(
                low[k] == "for"
                and low[k + 1 : k + 2]
                and low[k + 1] in lx.TALK_NOUNS | {"meetings", "meeting"}
                for k in range(i + 2, min(b - 1, i + 12))
            )
        )
        and any(m.type == "country" and i < m.start <= i + 4 for m in s.marks)
    ]
    # "will speak on Friday to seal the arrangement", "spoke by phone"
    talk += [
        i
        for i in rng
        if (low[i] in _SPEAK or low[i] in _DISCUSSED)
        and (
            # "spoke with Mexican President Enrique Pena Nieto by phone", "spoke with Peru's
            # foreign trade minister, Eduardo Ferreyros, by phone", "would discuss the
            # crossings with his Croatian counterpart ... by telephone on Friday"
            set(low[i + 1 : min(b, i + 14)]) & {"phone", "telephone"}
            or set(low[i + 1 : min(b, i + 10)]) & {"call"}
            # "agreed to talk again in two weeks": talks to come
            or (low[i - 1 : i] in (["to"], ["will"]) and low[i + 1 : i + 2] == ["again"])
            # "will speak with Tai next week": a call or meeting to come
            or (
                low[i] in _SPEAK
                and low[i - 1 : i] in (["will"], ["to"], ["would"])
                and low[i + 1 : i + 2] == ["with"]
                and any(
                    x.type in {"leader", "country"}
                    and (i + 1 < x.start <= i + 4 or a <= x.start < i)
                    for x in s.marks
                )
            )
            or any(
                low[k] == "to" and low[k + 1 : k + 2] and low[k + 1] in _SEAL
                for k in range(i + 1, min(b - 1, i + 6))
            )
        )
    ]
    # "voted to freeze the ratification of the investment agreement": a deal's last step
    # halted is talks stalled
    frozen = [
        i
        for i in rng
        if low[i] in lx.TALKS_STALLED
        and "ratification" in low[i + 1 : min(b, i + 4)]
        and any(low[k] in lx.DEAL_NOUNS for k in range(i + 2, min(b, i + 12)))
    ]
    if frozen:
        return [Trigger("talks_stalled", frozen[0], low.index("ratification", frozen[0]))]
    if talk and (_domestic(s, a, b) or _none_set(low, a, talk[0])):
        talk = []
    # "postponed a visit by its trade negotiators", "called off planned visits", "has put off
    # the signing of its trade agreement", "... set for Friday, has been postponed"
    for i in rng:
        if low[i] not in _PUT_OFF or (
            low[i] in {"called", "put"} and "off" not in low[i + 1 : i + 3]
        ):
            continue
        obj = [k for k in range(i + 1, min(b, i + 6)) if low[k] in _VISITS]
        # a passive reaches its subject past an aside: "The meeting ..., set for Friday in
        # Washington, has been postponed"
        # (past a long aside: "A meeting ..., planned for Wednesday in Brussels with the
        # European Commission as mediator, has been postponed")
        before = [k for k in range(max(a, i - 25), i) if low[k] in _VISITS]
        if obj or (before and low[i - 1 : i] in (["been"], ["was"], ["were"])):
            noun = (obj or before)[0]
            if low[noun] in _MEETINGS:
                # "called off a trip to Rio", "postponed a meeting with Argentine officials":
                # a meeting that was planned, called off (talks scheduled, reversed)
                return [Trigger("talks_scheduled", i, noun, reversed=True)]
            return [Trigger("talks_stalled", i, noun)]
    # "Jordan has shelved a planned agreement to trade solar electricity for Israeli
    # desalinated water": a deal still to be made, put aside (talks stalled)
    for i in rng:
        deal = next((k for k in range(i + 1, min(b, i + 5)) if low[k] in lx.DEAL_NOUNS), None)
        if low[i] in _SHELVED and deal is not None and low[i - 1 : i] not in (["the"], ["a"]):
            return [Trigger("talks_stalled", i, deal)]
    if talk:
        stalled = [i for i in rng if low[i] in lx.TALKS_STALLED]
        # "Free trade talks between the European Union and the United States have de facto
        # failed": the talks' own verb (not "failed to agree", below)
        stalled += [
            i
            for i in rng
            if low[i] in {"failed", "foundered"}
            and i > talk[0]
            and low[i + 1 : i + 2] != ["to"]
            and set(low[max(a, i - 3) : i]) & {"have", "has", "had", "facto"}
        ]
        stalled += [m.start for m in s.phrases("talks_stalled", a, b)]
        # "failed to persuade Rospotrebnadzor to lift the ban at talks in Moscow": talks that
        # won nothing
        stalled += [
            i
            for i in rng
            if low[i] in {"failed", "fail", "fails"}
            and low[i + 1 : i + 3] in (["to", "persuade"], ["to", "convince"])
        ]
        # "ended in Mexico City on Monday without a breakthrough", "ended without agreement":
        # talks that end without their aim stall (as the later labelled sets have it)
        stalled += [
            i
            for i in rng
            if low[i] in _ENDED_WITHOUT
            and any(
                low[k] == "without"
                and bool(
                    set(low[k + 1 : k + 4]) & _AIMS
                    # "without a joint leaders' declaration" (not "without any sign of
                    # progress", a round held as the first sets label it)
                    or (low[k + 4 : k + 5] in (["'"], ["'s"]) and set(low[k + 5 : k + 6]) & _AIMS)
                )
                for k in range(i + 1, min(b, i + 16))
            )
            # "... without a breakthrough, but agreed to meet again next week": a round held
            # in talks that go on
            and not _going_on(low, i)
        ]
        # "agreed to restart trade talks that broke down last month": the breakdown is the
        # talks' past, told in their relative clause
        stalled = [
            i for i in stalled if not (i > talk[0] and {"that", "which"} & set(low[talk[0] : i]))
        ]
        # a verb that ends the talks it governs: "ending all trade negotiations" (not "ended
        # another round of talks", a session that took place)
        stalled += [
            i
            for i in rng
            if (
                low[i] in lx.TALKS_ENDED
                or (low[i] in lx.TALKS_ENDED_ALL and low[i + 1 : i + 2] in (["all"], ["any"]))
            )
            and any(
                k in talk
                and (low[k - 1] != "of" or "pursuit" in low[i + 1 : k])
                and low[k] != "round"
                # "abandoned its pursuit of free trade talks"
                for k in range(i + 1, min(b, i + (8 if "pursuit" in low[i + 1 : i + 4] else 5)))
            )
        ]
        # "resumed negotiations on Tuesday" held them; "will resume" schedules them
        scheduled = [
            i
            for i in rng
            if (
                low[i] in lx.TALKS_SCHEDULED | {"will", "meet"}
                # "agreed to restart talks on a free trade agreement", "would begin talks
                # with countries outside the bloc"
                or (low[i] in _RESTART and low[i - 1] in {"to", "would", "will"})
                # "Talks with the Commission could begin in November" (not "a step that could
                # revive negotiations", a hope)
                or (low[i] in {"begin", "start"} and low[i - 1] == "could")
                or (low[i] == "keep" and i + 1 < b and low[i + 1] in _NEGOTIATE)
            )
            and low[i] not in _RESUMED
        ]
        # "gather on Saturday for a summit" is to come, "gathered" held it
        scheduled += [i for i in gather if not low[i].endswith("ed")]
        # "is expected in Moscow at the end of the month": an arrival to come, as "is due in"
        scheduled += [i for i in talk if low[i] == "expected" and low[i + 1 : i + 2] == ["in"]]
        # "Trump would speak with Chinese President Xi Jinping later this week", "The two sides
        # agreed to talk again in two weeks"
        scheduled += [
            i
            for i in talk
            if (
                low[i] in _SPEAK
                # "would discuss the crossings with his Croatian counterpart ... by telephone"
                or (low[i] in _DISCUSSED and set(low[i + 1 : i + 14]) & {"phone", "telephone"})
            )
            and (
                low[i - 1 : i] == ["would"]
                or (low[i - 1 : i] in (["to"], ["will"]) and low[i + 1 : i + 2] == ["again"])
            )
        ]
        # "the ministry would negotiate with Washington to have the preferences restored"
        scheduled += [i for i in negotiate if low[i - 1 : i] in (["will"], ["would"], ["'ll"])]
        # "would raise the case at talks with U.S. officials in Washington later this month": a
        # matter to be taken up (_taken_up_with), whatever its day's words
        scheduled += [
            i
            for i in talk
            if (
                (low[i] in lx.TAKE_UP_VERBS and low[i - 1 : i] in (["will"], ["would"], ["to"]))
                # "would discuss the idea with U.S. Trade Representative Rob Portman ... on
                # Friday"
                or (low[i] in _DISCUSS and _taken_up_with(s, i, b))
            )
        ]
        held = [
            i
            for i in rng
            if low[i] in lx.TALKS_HELD - {"meet", "meeting"} | _RESUMED
            # "their demands were met": no meeting
            and not (low[i] == "met" and low[i - 1 : i] in _NOT_HELD_BEFORE)
        ]
        held += [i for i in gather if low[i].endswith("ed")]
        held += discussed
        # "spoke with Trump by telephone on Monday": a call held
        held += [i for i in talk if low[i] in {"spoke", "spoken", "talked", "hosted"} | _TELEPHONED]
        # "he had a long and very good conversation with Chinese President Xi Jinping"
        held += [
            i
            for i in talk
            if low[i] in {"call", "conversation"} and set(low[max(a, i - 7) : i]) & {"had", "has"}
        ]
        # "discussed the crossings with his Croatian counterpart by telephone on Friday"
        held += [
            i
            for i in talk
            if low[i] == "discussed" and set(low[i + 1 : i + 14]) & {"phone", "telephone"}
        ]
        # "talks were under way between the two countries", "negotiations are ongoing": talks
        # going on
        held += [
            i + 2
            for i in talk
            if low[i + 1 : i + 2] in (["were"], ["are"], ["is"], ["was"])
            and (low[i + 2 : i + 4] == ["under", "way"] or low[i + 2 : i + 3] == ["underway"])
        ]
        # "negotiated with Mexico", "are negotiating with Japan": talks held
        held += [
            i
            for i in negotiate
            if low[i] in {"negotiated", "negotiating"}
            and low[i - 1 : i] not in (["to"], ["will"], ["would"], ["'ll"])
        ]
        held.sort()
        # talks a past verb held outright: "held talks with Wang in Beijing on Monday, the
        # first visit by ..." (a visit named beside them schedules nothing)
        held_past = [
            h
            for h in held
            if h < talk[0] <= h + 3
            and low[h] in _HELD_PAST
            and low[h - 1 : h] not in (["to"], ["will"], ["would"], ["'ll"])
        ]
        held_past += [i for i in discussed if low[i] == "discussed"]
        # "spoke with Ms. Tai on Monday and said Canada would continue ...": a call held,
        # whatever a later clause says is to come
        held_past += [i for i in talk if low[i] in {"spoke", "talked"} | _TELEPHONED]
        # "raised the rejections with Vice Premier Wang Yang ... on Friday" (_raised_with)
        held_past += [i for i in talk if low[i] == "raised"]
        # "Hagiuda and Raimondo met for about an hour ..., during Raimondo's first visit to
        # Asia": the meeting was held (the visit is its setting; not "demands were met")
        held_past += [h for h in held if low[h] == "met" and low[h - 1 : h] not in _NOT_HELD_BEFORE]
        held_past.sort()
        if stalled:
            found.append(Trigger("talks_stalled", min(stalled), talk[0]))
        elif held_past:
            found.append(Trigger("talks_held", held_past[0], talk[0]))
        elif scheduled:
            found.append(Trigger("talks_scheduled", scheduled[0], talk[0]))
        elif held and low[held[0] - 1] in {"to", "would"} and held[0] < talk[0]:
            # talks that are to be held: "the two sides agreed to hold a second round"
            found.append(Trigger("talks_scheduled", held[0], talk[0]))
        elif held and held[0] > talk[0] and low[held[0] - 2 : held[0]] in _TO_BE:
            # "talks would be held in January with Ghana's creditors", "talks with Chile on
            # its debts could be held in the autumn": talks a modal puts ahead
            found.append(Trigger("talks_scheduled", held[0], talk[0]))
        elif held:
            found.append(Trigger("talks_held", held[0], talk[0]))
        else:
            dated = [
                d
                for d, i, j in s.dates
                if a <= i < b and not d.since and not _reported(s, i, j) and abs(i - talk[0]) <= 4
            ]
            # "..., following last week's meeting between Xi and Trump": talks named as the
            # background of another event, with no verb of their own (but "after meeting
            # President Xi on Monday" tells the meeting: the gerund has its object)
            met = (
                low[talk[0]] == "meeting"
                and low[talk[0] - 1] not in {"'s", "the", "a", "their", "its", "this", "that"}
            ) and any(
                m.type in {"leader", "country"} and talk[0] < m.start <= talk[0] + 3
                for m in s.marks
            )
            # "Lula said after talks with German Chancellor Olaf Scholz in Brasilia on Monday",
            # "announced the decision on Tuesday after talks with President Vladimir Putin":
            # talks with a leader that a done act followed were held
            met = met or _followed_talks(s, talk[0])
            if any(w in _BACKGROUND for w in low[max(a, talk[0] - 5) : talk[0]]) and not met:
                dated = []
            if met and not dated and "will" not in low[a : talk[0]]:
                found.append(Trigger("talks_held", talk[0], talk[0]))
            if dated:
                # (or a modal's: "would take the case to the South Pacific Forum meeting in
                # August", "would fly to Tashkent on Friday to seek a reopening")
                ahead = any(w in dated[0].text.lower() for w in ("next", "coming", "later")) or (
                    bool({"will", "would", "'ll", "shall"} & set(low[a : talk[0]]))
                )
                found.append(
                    Trigger("talks_scheduled" if ahead else "talks_held", talk[0], talk[0])
                )
    # negotiations concluded on an agreement reached it: "concluded negotiations on a free
    # trade agreement" (not "concluded another round of talks", a session held)
    if (
        found
        and found[0].kind == "talks_held"
        and low[found[0].head] in _CONCLUDED
        and low[found[0].noun] != "round"
        and (
            any(low[i] in lx.DEAL_NOUNS for i in range(found[0].noun + 1, b))
            # "had concluded talks to open their markets to each other's fresh beef": the
            # talks' aim, reached
            or (
                low[found[0].noun + 1 : found[0].noun + 2] == ["to"]
                and low[found[0].noun + 2 : found[0].noun + 3]
                in (["open"], ["lift"], ["end"], ["allow"], ["resume"])
            )
        )
    ):
        found[0] = Trigger("deal_reached", found[0].head, found[0].noun)
    # a purchase contract is no trade deal: "signed deals to buy $2 billion of soybeans"; an
    # agreement's own name is a deal noun ("the Belt and Road Initiative")
    deals = [
        i
        for i in rng
        if (
            low[i] in lx.DEAL_NOUNS
            or (
                s.tokens[i] in _NAMED_DEALS
                and i > a
                and not s.named(i)
                # not a bloc's name before its measure: "a Community ban on meat"
                and low[i + 1 : i + 2] not in ([w] for w in _BLOC_THINGS)
            )
            # "a free trade zone between Ukraine and the EU took effect"
            or (low[i] in {"zone", "area"} and "trade" in low[max(a, i - 2) : i])
            # "The customs union between Guatemala and Honduras came into force"
            or (low[i] == "union" and low[i - 1 : i] == ["customs"])
            # "The South Asian Preferential Trading Arrangement (SAPTA) came into force"
            or (
                low[i] in {"arrangement", "arrangements"}
                and bool(set(low[max(a, i - 3) : i]) & {"trade", "trading", "preferential"})
            )
            # "South Sudan signed a memorandum of understanding with Kenya", "Brazil and the
            # United States signed a memorandum of understanding": between two countries
            or _memorandum(s, a, i)
            # "Djibouti has terminated Dubai-based DP World's concession to run the Doraleh
            # Container Terminal": a concession ended, a deal broken
            or (
                low[i] in {"concession", "concessions"}
                and any(low[k] in lx.DEAL_BROKEN for k in range(max(a, i - 9), i))
            )
            # "cancelled the contract for the construction of the proposed Mamamah
            # International Airport": a project's contract ended, a deal broken
            or (
                low[i] in {"contract", "contracts"}
                and any(low[k] in lx.DEAL_BROKEN for k in range(max(a, i - 4), i))
                and (
                    low[i + 1 : i + 4] == ["for", "the", "construction"]
                    or low[i + 1 : i + 3] == ["to", "build"]
                )
            )
        )
        and (not _contract(s, i) or _supply_ended(s, a, i))
        # "ended without a joint declaration": the aim not reached, no deal
        and "without" not in low[max(a, i - 4) : i]
    ]
    settled = _settled(s, a, b)
    if settled is not None and not talk and not deals:
        found.append(Trigger("deal_reached", settled, settled))
    # "the two sides failed to reach a deal", "failed to agree on access": talks that stall
    failed = [
        i
        for i in rng
        if low[i] in lx.FAILED
        and (to := _past_date(s, i + 1)) < b
        and low[to] == "to"
        and low[to + 1 : to + 2]
        and low[to + 1]
        in lx.DEAL_REACHED
        | {"agree", "reach", "strike", "conclude", "adopt", "ratify", "approve", "seal"}
        # "failed to narrow their differences", "failed to bridge the gap"
        | {"narrow", "bridge", "resolve", "settle"}
    ]
    if failed and not any(t.kind.startswith("talks") for t in found):
        return [*found, Trigger("talks_stalled", failed[0], failed[0])]
    unfruitful = [
        t
        for t in found
        if failed
        and t.kind == "talks_held"
        and t.head < failed[0]
        and "but" in low[t.head : failed[0]]
    ]
    if unfruitful:
        # "held talks in Washington last week but failed to reach an agreement": the talks
        # themselves stalled
        found = [t for t in found if t is not unfruitful[0]]
        return [*found, Trigger("talks_stalled", unfruitful[0].head, unfruitful[0].noun)]
    if failed and any(t.kind == "talks_held" and t.head > failed[0] for t in found):
        # "failed to agree at talks in Mexico City on March 2": talks held without their aim
        # stall
        found = [t for t in found if t.kind != "talks_held"]
        return [*found, Trigger("talks_stalled", failed[0], failed[0])]
    agreed = [i for i in rng if low[i] in {"agreed", "agree", "agrees"}]
    # "agreed to roll back tariffs ... on each other's goods, the first such deal between ...":
    # a deal named only in an apposition after the agreement
    aside = bool(agreed) and all(d > agreed[0] and "," in low[agreed[0] : d] for d in deals)
    # "South Korea and the United States have agreed that American exporters will ship only
    # beef from younger cattle": two countries agreeing a term; "China agreed on Tuesday to
    # lend $25 billion to Russian state oil firms in return for 20 years of crude": a bargain
    pair = (
        bool(agreed)
        and low[agreed[0] + 1 : agreed[0] + 2] == ["that"]
        and _two_parties(s, a, agreed[0])
    )
    bargain = (
        bool(agreed)
        and any(m.type in {"country", "leader"} and a <= m.start < agreed[0] for m in s.marks)
        and any(low[k : k + 3] == ["in", "return", "for"] for k in range(agreed[0], len(low)))
    )
    # "South Korea agreed with the United States on Tuesday to let American cigarette makers
    # sell ... in Korea": a country's terms agreed with another (not talks to start, nor
    # a panel that agreed with a complainant, nor background: "had agreed with")
    agreed_with = (
        bool(agreed)
        and low[agreed[0] + 1 : agreed[0] + 2] == ["with"]
        and low[agreed[0] - 1] != "had"
        and any(
            m.type == "country" and m.start == agreed[0] + 2 + (low[agreed[0] + 2] == "the")
            for m in s.marks
        )
        and any(m.type == "country" and a <= m.start < agreed[0] for m in s.marks)
        and not set(low[a : agreed[0]]) & _JUDGES
        and any(
            low[k] == "to" and low[k + 1 : k + 2] and low[k + 1] not in _TALKS_BEGUN
            for k in range(agreed[0] + 3, min(b - 1, agreed[0] + 12))
        )
    )
    if (bilateral or pair or bargain or agreed_with) and agreed and (not deals or aside):
        found.append(Trigger("deal_reached", agreed[0], agreed[0]))
        deals = []
    broken_alone = [i for i in rng if low[i] in lx.DEAL_BROKEN_ALONE]
    # "China on Tuesday filed a complaint with the World Trade Organization over the ...
    # subsidies", "Japan launched a dispute against India at the World Trade Organization":
    # a case filed at a trade body (its mention is turned to the defendant acting on the
    # complainant when its parties are found: rules._defendants)
    broken_alone += [i for i in rng if case_filed(s, i, b)]
    # "accused Moscow of breaking the rules of the customs union", "said the ban broke the
    # East African Community's common market rules"
    broken_alone += [
        i
        for i in rng
        if low[i] in _BREACH
        and "rules" in low[i + 1 : min(b, i + 9)]
        and (
            any(w in _UNIONS for w in low[i + 1 : min(b, i + 12)])
            or any(s.tokens[k] in _NAMED_DEALS for k in range(i + 1, min(b, i + 12)))
            # "accusing the United States of breaking global trade rules"
            or (
                low[i - 1 : i] == ["of"]
                and any(low[k].startswith("accus") for k in range(max(a, i - 8), i))
            )
        )
    ]
    # "said the suspension violated the World Trade Organization's rules", "the duties were
    # inconsistent with World Trade Organization rules": a measure that breaks a trade rule,
    # the accuser the clause's party
    accused = [
        i
        for i in rng
        if (
            # (not talks that "broke down ... without agreement")
            (low[i] in _VIOLATE and low[i + 1 : i + 2] not in (["down"], ["off"], ["up"]))
            or (low[i] == "inconsistent" and low[i + 1 : i + 2] == ["with"])
            # "the increase went against Norway's commitments under the EEA agreement"
            # (not "went against the spirit of the agreement", a grievance)
            or (
                low[i] in _GO_AGAINST
                and low[i + 1 : i + 2] in (["against"], ["counter"])
                and "spirit" not in low[i + 2 : i + 4]
            )
        )
        and any(low[k] in _MEASURE_SUBJECTS for k in _subject_span(low, a, i))
        and set(low[i + 1 : min(b, i + 12)]) & _RULEBOOKS
    ]
    # "Arbitrators ruled on Monday that Turkey broke World Trade Organization rules": a
    # country itself the subject of a ruling's breach
    accused += [
        i
        for i in rng
        if low[i] in _VIOLATE
        and _ruled_that(low, a, i) is not None
        and any(
            x.type == "country" and x.end == i and x.start > (_ruled_that(low, a, i) or 0)
            for x in s.marks
        )
        and set(low[i + 1 : min(b, i + 12)]) & _RULEBOOKS
        and i not in accused
    ]
    # a ruling: "The Appellate Body ruled on Monday that U.S. country-of-origin labels ...
    # discriminated against livestock from Canada and Mexico", "ruled in September that
    # Thailand had failed to comply with earlier rulings"
    ruled = _ruling(s, a, b, accused) or _ruling(s, _before_apposition(s, a), b, accused)
    # "accused Beijing of breaking a promise to buy more farm goods": a pledge broken;
    # "Naftogaz broke the terms of their 2009 supply contract"; "a clear violation of the
    # free trade agreement"
    broken_alone += [
        i
        for i in rng
        if (
            low[i] in _BREACH
            and set(low[i + 1 : min(b, i + 4)]) & (_PROMISES | {"terms", "contract", "contracts"})
            # not "passing the equipment ... would break the contracts": what would break them
            and not set(low[max(a, i - 2) : i]) & {"would", "could", "might"}
        )
        # "the United States remains in breach of NAFTA"
        or (
            low[i] == "breach"
            and low[i - 1 : i] == ["in"]
            and low[i + 1 : i + 2] == ["of"]
            and any(s.tokens[k] in _NAMED_DEALS for k in range(i + 2, min(b, i + 5)))
        )
        # "China's duties did not comply with its obligations under WTO rules", "South Korea
        # failed to honour its commitments on workers' rights under its free trade agreement"
        or (
            low[i] in {"comply", "complied", "honour", "honor", "fulfil", "fulfill", "respect"}
            and low[max(a, i - 2) : i] in (["did", "not"], ["does", "not"], ["failed", "to"])
            and set(low[i + 1 : min(b, i + 8)]) & {"obligations", "commitments", "rules"}
        )
        or (
            low[i] in {"violation", "violations", "breach"}
            and low[i + 1 : i + 2] == ["of"]
            and set(low[i + 2 : min(b, i + 8)]) & (lx.DEAL_NOUNS | {"contract", "rules"})
        )
    ]
    if ruled is not None:
        found.append(Trigger("deal_broken", ruled[0], ruled[1], ruling=True))
    elif broken_alone and broken_alone[0] not in accused:
        found.append(Trigger("deal_broken", broken_alone[0], broken_alone[0]))
    elif accused:
        # the measure's word, before the verb ("the suspension violated", "Russia's embargo
        # violated"): its owner, when named before it, is the one who breaks the rule
        span = _subject_span(low, a, accused[0])
        noun = max(k for k in span if low[k] in _MEASURE_SUBJECTS)
        found.append(Trigger("deal_broken", accused[0], noun, accused=True))
    elif deals and not any(t.kind.startswith("talks") for t in found):
        # a deal's own noun before a bloc's short name: "Thailand and the EFTA states - ... -
        # signed a free trade agreement" (EFTA names the bloc, the agreement the deal)
        later = [d for d in deals[1:] if low[d] in lx.DEAL_NOUNS]
        if (
            later
            and low[deals[0]] not in lx.DEAL_NOUNS
            and any(low[i] in lx.DEAL_REACHED for i in range(deals[0] + 1, later[0]))
        ):
            deals = later
        # "signed an upgraded version of their free trade agreement"
        reached = [
            i
            for i in range(max(a, deals[0] - 9), deals[0])
            if low[i] in lx.DEAL_REACHED
            # not "signed an executive order implementing the deal": another document signed
            and not set(low[i + 1 : deals[0]]) & {"order", "law", "bill", "decree", "proclamation"}
        ]
        # "The Australia New Zealand Closer Economic Relations Trade Agreement was signed in
        # Canberra today": the deal, by its name, the subject of a signing past (not "The
        # agreement was signed in Doha by ...", the deal told before signed again)
        named = (
            deals[0] > a
            and s.tokens[deals[0]][:1].isupper()
            and s.tokens[deals[0] - 1][:1].isupper()
            and low[deals[0] - 1] != "the"
        )
        reached += [
            i
            for i in range(deals[0] + 1, min(b, deals[0] + 12))
            if named and low[i] in _SIGNED_PAST and low[i - 1] in {"was", "were"}
        ][:1]
        # "The U.S. Congress on Wednesday approved free trade agreements with South Korea",
        # "gave final approval on Wednesday to ... agreements": a legislature's approval
        reached += _approved_by_legislature(s, a, deals[0])
        # "Colombia formally joined China's Belt and Road Initiative": a named pact joined
        reached += [
            i
            for i in range(max(a, deals[0] - 9), deals[0])
            if low[i] in {"joined", "joins"} and s.tokens[deals[0]] in _NAMED_DEALS
        ]
        # "withdrawing the United States from the Trans-Pacific Partnership", "halted its
        # participation in the Black Sea grain deal"
        broken = [
            i
            for i in range(max(a, deals[0] - 9), min(b, deals[0] + 5))
            if (
                low[i] in lx.DEAL_BROKEN
                # "The pact leaves out automobiles", "The truce leaves the quarrel
                # unresolved": a deal that leaves something, not a party leaving a deal
                # (nor a leader who "leaves office next year")
                and not (
                    low[i] in _LEAVE
                    and (i > deals[0] or low[i + 1 : i + 2] in (["out"], ["office"]))
                )
                # "Under the deal, Chile scrapped its 6 percent tariff on Korean cars": what
                # the deal's terms scrap, no deal broken
                and not (i > deals[0] and "under" in low[max(a, deals[0] - 3) : deals[0]])
            )
            or (low[i] in _HALTED and "participation" in low[i + 1 : i + 3])
            # "suspended a free-trade agreement with ...": the deal its direct object
            or (
                low[i] in _HALTED
                and i < deals[0] <= i + 5
                and not set(low[i + 1 : deals[0]]) & _MEASURE_WORDS
            )
            # "to suspend the Community's trade and cooperation agreement with Yugoslavia":
            # past its owner's name and the deal's own words
            or (low[i] in _HALTED and i < deals[0] <= i + 9 and _deal_named_by(s, i + 1, deals[0]))
        ]
        # "denounced the 1960 treaty of friendship with Belgium": a treaty given notice of
        broken += [
            i
            for i in range(max(a, deals[0] - 5), deals[0])
            if low[i] in _DENOUNCED and low[deals[0]] in {"treaty", "treaties", "convention"}
        ]
        # "the fisheries agreement between the European Union and Morocco expired at midnight
        # without renewal": a deal left to lapse
        broken += [
            i
            for i in range(deals[0] + 1, min(b, deals[0] + 12))
            if low[i] in {"expired", "lapsed", "expires", "lapses"}
            and "without" in low[i + 1 : i + 6]
        ]
        # "letting its trade and transit treaties with Nepal expire at midnight on Thursday",
        # "allowed the agreement to lapse": a deal its party lets lapse
        broken += [
            i
            for i in range(deals[0] + 1, min(b, deals[0] + 8))
            if low[i] in {"expire", "lapse"}
            and set(low[max(a, deals[0] - 6) : deals[0]]) & _LET_LAPSE
            # (done, not warned of: "Ross had warned that he would let ... lapse")
            and not set(low[max(a, deals[0] - 8) : deals[0]]) & {"would", "will", "could"}
        ]
        # "pulled out of the agreement", "walked away from the deal"
        broken += [m.start for m in s.phrases("talks_stalled", max(a, deals[0] - 9), deals[0])]
        # "pulled the United States out of the 2015 nuclear agreement"
        broken += [
            i
            for i in range(max(a, deals[0] - 12), deals[0])
            if low[i] in _PULLED
            and "out" in low[i + 1 : deals[0]]
            and "of" in low[i + 1 : deals[0]]
        ]
        # an agreement that came into force is in effect that day: a deal reached
        in_force = [
            m.start
            # past the agreement's name and its short form: "The Pacific Agreement on Closer
            # Economic Relations Plus, or PACER Plus, entered into force"
            for m in s.phrases(
                "takes_effect",
                deals[0] + 1,
                min(b, max(_past_aside(s, deals[0]), _past_parties(s, deals[0], b)) + 14),
            )
            if low[m.start] in gr.TOOK_EFFECT
            # "Australia's free trade agreement with Hong Kong has come into force"
            or (low[m.start] in {"come", "taken"} and low[m.start - 1] in {"has", "have"})
        ]
        # "The two sides will sign the agreement in early January": a signing to come is a
        # meeting scheduled, the deal told before
        signing = bool(reached) and (
            low[reached[-1]] in _SIGN
            and set(low[max(a, reached[-1] - 2) : reached[-1]]) & {"will", "'ll", "to", "would"}
            and low[deals[0] - 1] in {"the", "this", "that", "its", "their"}
        )
        # "A separate deal to end the dispute over the EU's import regime for bananas, ...,
        # also fell through": a deal still to be made that failed, talks stalled
        through = [
            m.start
            for m in s.phrases("talks_stalled", deals[0] + 1, b)
            if low[m.start] in {"fell", "fall", "falls", "falling"}
        ]
        if through and not broken and not any(t.kind == "talks_stalled" for t in found):
            found.append(Trigger("talks_stalled", through[0], deals[0]))
        elif broken:
            # "Poland also left the Central European Free Trade Agreement": a member leaves
            # the bloc the agreement makes, each of the subject
            leaves = (
                low[broken[0]] in _LEAVE
                and low[broken[0] + 1 : broken[0] + 2] == ["the"]
                and s.tokens[broken[0] + 2][:1].isupper()
                and low[deals[0]] == "agreement"
            )
            found.append(
                Trigger("deal_broken", broken[0], deals[0], bloc=broken[0] + 2 if leaves else -1)
            )
        elif signing:
            found.append(Trigger("talks_scheduled", reached[-1], deals[0]))
        elif reached:
            found.append(Trigger("deal_reached", reached[-1], deals[0]))
        elif in_force:
            found.append(Trigger("deal_reached", in_force[0], deals[0]))
    # "Kazakhstan became the 162nd member of the World Trade Organization on Monday",
    # "Croatia became the 28th member of the European Union", "Britain, Denmark and Ireland
    # became members of the European Economic Community": a country that joins a bloc
    # "Spain and Portugal became the 11th and 12th members of the European Community",
    # "Japan will become a member of the Organisation for Economic Co-operation and
    # Development later this month"
    joined = [
        i
        for i in rng
        if (low[i] in {"became", "becomes"} or (low[i] == "become" and low[i - 1] in _TO_COME))
        and bool(lx.MEMBER_WORDS & set(low[i + 1 : i + 7]))
        and "of" in low[i + 2 : i + 9]
    ]
    # "The Comoros became the 165th member on Aug. 21": the bloc told before (not "became
    # the first member to ratify", a step of another)
    joined += [
        i
        for i in rng
        if (low[i] in {"became", "becomes"} or (low[i] == "become" and low[i - 1] in _TO_COME))
        and low[i + 1 : i + 2] == ["the"]
        # ("will become the union's fourth member on Friday": past the bloc's name)
        and (k := i + 2 if low[i + 3 : i + 4] != ["'s"] else i + 4) < b
        and (re.fullmatch(r"\d+(st|nd|rd|th)", low[k]) or low[k] in _ORDINALS)
        and low[k + 1 : k + 2] == ["member"]
        and low[k + 2 : k + 3] not in (["to"], ["of"], ["state"])
    ]
    # "Poland joined the European Union at midnight": the bloc by its name (not "joined the
    # EU's call", nor "joined the European Union in condemning")
    joined += [
        i
        for i in rng
        if low[i] in {"joined", "joins"}
        and not set(low[max(a, i - 5) : i]) & _TOLD_BEFORE
        and low[i + 1 : i + 2] == ["the"]
        and any(
            m.type == "country"
            and m.code == "EU"
            and m.start == i + 2
            and low[m.end : m.end + 1] not in (["'s"], ["in"])
            for m in s.marks
        )
    ]
    if joined and not any(t.kind.startswith("deal") for t in found):
        found.append(
            Trigger("deal_reached", joined[0], joined[0], bloc=_bloc_joined(low, joined[0], b))
        )
    # "Portugal left the European Free Trade Association the same day": a country that
    # leaves a bloc, by the bloc's name (not "had formally left", a step told before)
    left = [
        i
        for i in rng
        if low[i] in {"left", "leaves", "quit", "quits"}
        and not set(low[max(a, i - 5) : i]) & _TOLD_BEFORE
        and low[i + 1 : i + 2] == ["the"]
        and _names_bloc(s, i + 2, b)
    ]
    # "Georgia's parliament voted unanimously yesterday to withdraw from the Commonwealth of
    # Independent States": a vote to leave a bloc
    left += [
        i + 2
        for i in rng
        if low[i] == "to"
        and "voted" in low[max(a, i - 4) : i]
        and not set(low[max(a, i - 8) : i]) & _TOLD_BEFORE
        and low[i + 1 : i + 2] in (["withdraw"], ["leave"], ["quit"])
        and low[i + 2 : i + 4] in (["from", "the"], ["the"])
        and _names_bloc(s, i + 4 if low[i + 2] == "from" else i + 3, b)
    ]
    # "pulled out of the planned Gulf monetary union", "formally withdrew Syria from the
    # United Arab Republic", "voted ... to take their island out of the West Indies
    # Federation": a country taken out of a bloc (not one told before: "had pulled out")
    left += [
        i
        for i in rng
        if (out := _out_of_bloc(s, i, b)) is not None
        and not set(low[max(a, i - 5) : i]) & _TOLD_BEFORE
        and not set(low[max(a, i - 3) : i]) & {"would", "could", "might", "threatened"}
    ]
    left.sort()
    if left and not any(t.kind.startswith("deal") for t in found):
        out = _out_of_bloc(s, left[0], b)
        at = out if out is not None else left[0] + (3 if low[left[0] + 1] == "from" else 2)
        found.append(Trigger("deal_broken", left[0], left[0], bloc=at))
    # "Norwegian voters have rejected membership of the European Economic Community", "Swiss
    # voters have rejected the treaty on the European Economic Area": a referendum's No (not
    # one told before: "after its voters rejected membership", "had rejected")
    rejected = [
        i
        for i in rng
        if low[i] in _REJECTED
        and set(low[max(a, i - 3) : i]) & _VOTERS
        and not set(low[max(a, i - 6) : i]) & _TOLD_BEFORE
        and (low[i + 1 : i + 2] == ["membership"] or low[i + 1 : i + 3] in _THE_TREATY)
        and _bloc_of(s, i, b) >= 0
    ]
    if rejected and not any(t.kind.startswith("deal") for t in found):
        found.append(
            Trigger("deal_broken", rejected[0], rejected[0], bloc=_bloc_of(s, rejected[0], b))
        )
    return found


def _out_of_bloc(s: Sentence, i: int, b: int) -> int | None:
    """Where the bloc's name starts when the verb at ``i`` takes a country out of it (or None).

    "pulled out of the planned Gulf monetary union", "withdrew from the Andean Community",
    "withdrew Syria from the United Arab Republic" (the country named between), "to take
    their island out of the West Indies Federation" (a vote's aim).
    """
    low = s.lower
    if low[i] in {"pulled", "pulls"} and low[i + 1 : i + 4] == ["out", "of", "the"]:
        k = i + 4
    elif low[i] in {"withdrew", "withdraws"}:
        k = next(
            (j + 2 for j in range(i + 1, min(b, i + 4)) if low[j : j + 2] == ["from", "the"]), -1
        )
        # (the country itself between: "withdrew Syria from", not "withdrew its troops from")
        if k > i + 3:
            if not any(
                m.type == "country" and m.start == i + 1 and m.end == k - 2 for m in s.marks
            ):
                return None
            # (a union of states that a state leaves: "from the United Arab Republic")
            if s.tokens[k][:1].isupper() and "Republic" in s.tokens[k + 1 : k + 4]:
                return k
    elif low[i] == "take" and low[i - 1 : i] == ["to"] and "voted" in low[max(0, i - 10) : i]:
        k = next(
            (j + 3 for j in range(i + 1, min(b, i + 5)) if low[j : j + 3] == ["out", "of", "the"]),
            -1,
        )
    else:
        return None
    if low[k : k + 1] in (["planned"], ["proposed"]):
        k += 1
    return k if 0 < k < b and _names_bloc(s, k, b) else None


def _bloc_of(s: Sentence, i: int, b: int) -> int:
    """Where the bloc's name starts after the verb at ``i`` (-1: no bloc named).

    "membership of the European Economic Community", "the treaty on the European Economic
    Area".
    """
    low = s.lower
    k = next((k for k in range(i + 2, min(b, i + 4)) if low[k] in {"of", "on", "in"}), None)
    if k is None or low[k + 1 : k + 2] != ["the"] or not _names_bloc(s, k + 2, b):
        return -1
    return k + 2


#: Verbs of a referendum's No, its voters, and the treaty they reject.
_REJECTED = frozenset({"rejected", "reject", "rejects"})
_VOTERS = frozenset({"voters", "electorate", "electors"})
_THE_TREATY = (["the", "treaty"], ["the", "agreement"], ["the", "accord"])


#: Words of a step told in passing ("before the two countries joined the Community",
#: "Britain, which left the EU on 31 January", "had formally left ECOWAS").
_TOLD_BEFORE = frozenset({"had", "before", "after", "since", "when", "until", "which", "who"})
#: Words before a step to come ("will become a member").
_TO_COME = frozenset({"will", "would", "'ll", "to"})
#: Ordinals in words ("the tenth member").
_ORDINALS = frozenset(
    {"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
     "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
     "seventeenth", "eighteenth", "nineteenth", "twentieth"}
)  # fmt: skip
#: Last words of a bloc's name ("the European Free Trade Association").
_BLOC_ENDS = frozenset(
    {"association", "union", "community", "communities", "area", "commonwealth", "federation",
     "confederation"}
)  # fmt: skip
#: Unions named in lower case, by their currency or their customs ("left the franc zone";
#: not the rouble zone, whose members' exits of 1992-93 the sets tell as currency steps).
_UNIONS_NAMED_LOW = (
    ["franc", "zone"], ["sterling", "area"],
    ["monetary", "union"], ["currency", "union"], ["customs", "union"],
)  # fmt: skip


def _names_bloc(s: Sentence, i: int, b: int) -> bool:
    """Whether a bloc's name starts at ``i`` ("European Free Trade Association").

    Its words capitalised up to the noun of a bloc, or ending in the lower-case name of a
    currency's or a customs' union ("the franc zone", "the Gulf monetary union"). (Not the
    EU by its initials: "Britain left the EU in January" is told of Brexit in passing, as
    the sets label it.)
    """
    k = i
    while k < b and k < i + 7 and s.tokens[k][:1].isupper():
        if s.lower[k] in _BLOC_ENDS:
            return True
        k += 1
    return s.lower[k : k + 2] in _UNIONS_NAMED_LOW


def _bloc_joined(low: list[str], head: int, b: int) -> int:
    """Where the name of the bloc a country joins starts (-1: not named in the clause).

    After "joined the" ("joined the European Union"), before "'s" ("will become the union's
    fourth member"), or after "of" and its article ("became members of the European
    Economic Community").
    """
    if low[head] in {"joined", "joins"} or low[head + 3 : head + 4] == ["'s"]:
        return head + 2
    of = next((j for j in range(head + 1, min(b, head + 9)) if low[j] == "of"), None)
    if of is None:
        return -1
    return of + 2 if low[of + 1 : of + 2] == ["the"] else of + 1
