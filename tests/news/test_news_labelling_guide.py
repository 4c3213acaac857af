"""The labelling guide (``tests/news/data/LABELLING.md``) against the labelled sets.

The guide settles each convention by what most of the sets do. These tests recount the
conventions over every set the reader trains on, so that the guide cannot drift from the
labels it describes: if later sets came to label a case the other way, a test here fails
and the guide must be rewritten (or the sets relabelled).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest
from news_evaluation import HERE, load
from news_training import SETS

from tradewar.news.entities import gazetteer

GUIDE = HERE / "LABELLING.md"
#: Sets whose headers say they label a case otherwise, as the guide names them.
DEPARTING = {
    "firm_rates": {"fresh87"},
    "due_votes": {"fresh87"},
    "due_sittings": {"fresh84", "fresh85", "fresh87", "fresh88"},
    "abolished": {"fresh89", "fresh90"},
    "wto_cases": {"fresh89", "fresh90", "fresh91"},
    "vows": {"fresh37", "fresh43", "fresh44", "fresh45", "fresh46", "fresh49", "fresh89",
             "fresh90", "fresh92", "fresh93"},
    "signings": {"fresh94"},
    "steady_markets": {"fresh94"},
    "import_bans": {"fresh94"},
    "agreed_cuts": {"fresh96"},
}  # fmt: skip

#: A report's sentences, split as the sets' quotes are cut (a quote lies in one sentence).
_SENTENCE_END = re.compile(r"(?<=[.!?\"])\s+(?=[A-Z\"])")


@pytest.fixture(scope="module")
def sets() -> dict[str, list[dict[str, Any]]]:
    return {name: load(f"{name}_reports.yaml") for name in SETS}


@pytest.fixture(scope="module")
def reports(sets) -> list[dict[str, Any]]:
    return [report for name in SETS for report in sets[name]]


def _following(sets: dict[str, list[dict[str, Any]]], case: str) -> list[dict[str, Any]]:
    """The reports of the sets that follow the guide on ``case``."""
    return [r for name, reports in sets.items() if name not in DEPARTING[case] for r in reports]


def _rate_fields(reports: list[dict[str, Any]], quote: re.Pattern[str]) -> Counter[str]:
    """How events whose quote matches write their rate: 'rate_to', 'rate_change' or both."""
    found: Counter[str] = Counter()
    for report in reports:
        for event in report["events"]:
            if quote.search(event["quote"]) and not re.search(r"\bfrom \d", event["quote"]):
                written = [f for f in ("rate_to", "rate_change") if f in event]
                found["+".join(written) or "none"] += 1
    return found


def _labels_of_sentences(reports: list[dict[str, Any]], sentence: re.Pattern[str]) -> Counter[int]:
    """How many gold events the sentences matching ``sentence`` carry: {events: sentences}."""
    found: Counter[int] = Counter()
    for report in reports:
        for text in _SENTENCE_END.split(report["text"]):
            if sentence.search(text):
                found[sum(e["quote"] in text for e in report["events"])] += 1
    return found


def test_the_guide_names_every_kind_and_status_the_sets_use(reports) -> None:
    guide = GUIDE.read_text(encoding="utf-8")
    kinds = {e["kind"] for r in reports for e in r["events"]}
    statuses = {e["status"] for r in reports for e in r["events"]}
    assert {k for k in kinds | statuses if f"{k}" not in guide} == set()


def test_new_duties_at_a_rate_are_a_change_of_rate(reports) -> None:
    # "anti-dumping duties of up to 35 percent", "a 25% tariff"
    up_to = _rate_fields(reports, re.compile(r"\bof up to \d"))
    assert up_to["rate_change"] > 3 * up_to["rate_to"]
    rated = _rate_fields(
        reports, re.compile(r"\d ?(%|percent|per cent)[- ]?(duty|duties|tariffs?|levy|surcharge)")
    )
    assert rated["rate_change"] > 3 * rated["rate_to"]


def test_rates_raised_or_cut_to_a_level_are_the_rate_they_reach(reports) -> None:
    # "raised tariffs on Chinese goods to 145%"
    raised = _rate_fields(
        reports,
        re.compile(
            r"(?i)\b(rais|increas|lift|hik|doubl|cut|lower|reduc|slash)\w* [^.]{0,60}"
            r"\bto \d[\d.]* ?(%|percent|per cent)"
        ),
    )
    assert raised["rate_to"] > 10 * raised["rate_change"]


#: Duties abolished, removed or phased out ("will eliminate tariffs on U.S. lobster").
ABOLISHED = re.compile(
    r"\b(eliminat\w*|remov\w*|scrap\w*|abolish\w*|phase[sd]? out|phasing out)\b[^.]{0,30}"
    r"\b(tariffs?|duties|duty|levies|levy)\b",
    re.IGNORECASE,
)


def test_duties_abolished_carry_no_rate(sets) -> None:
    cuts = [
        {**report, "events": [e for e in report["events"] if e["kind"] == "tariff_cut"]}
        for report in _following(sets, "abolished")
    ]
    found = _rate_fields(cuts, ABOLISHED)
    assert found["none"] > 2 * (sum(found.values()) - found["none"])


#: A case filed at a trade body ("Seoul filed a complaint with the World Trade Organization").
FILED_CASE = re.compile(
    r"\b(filed|files|lodged|launched|launches|brought)\b"
    r"(?=[^.]{0,60}\b(WTO|World Trade Organization|GATT)\b)"
)


def _countries(text: str) -> set[str]:
    """The codes of the countries ``text`` names (its words and runs of up to four)."""
    names = gazetteer()
    words = re.findall(r"[\w.'-]+", text)
    return {
        entity.code
        for n in range(1, 5)
        for i in range(len(words) - n + 1)
        if (entity := names.get(" ".join(words[i : i + n]).lower())) is not None
        and entity.type == "country"
    }


def test_cases_filed_make_the_defendant_the_actor(sets) -> None:
    # "Ottawa filed a complaint at the World Trade Organization ... accusing the United
    # States": the United States acts (breaks the rules), Canada is the target
    sides: Counter[str] = Counter()
    for report in _following(sets, "wto_cases"):
        # (a headline is a sentence of its own)
        sentences = [s for line in report["text"].split("\n") for s in _SENTENCE_END.split(line)]
        for event in report["events"]:
            verb = FILED_CASE.search(event["quote"])
            if event["kind"] != "deal_broken" or verb is None:
                continue
            sentence = next(s for s in sentences if event["quote"] in s)
            filer = _countries(sentence[: sentence.index(event["quote"]) + verb.start()])
            if event.get("target") in filer and event.get("actor") not in filer:
                sides["defendant acts"] += 1
            elif event.get("actor") in filer:
                sides["complainant acts"] += 1
    assert sides["defendant acts"] >= 12, sides
    assert sides["defendant acts"] > 5 * sides["complainant acts"]


def test_market_lines_are_one_event_a_sentence(reports) -> None:
    found: Counter[int] = Counter()
    for report in reports:
        markets = [e for e in report["events"] if e["kind"] == "market_reaction"]
        for text in _SENTENCE_END.split(report["text"]):
            n = sum(e["quote"] in text for e in markets)
            if n:
                found[min(n, 2)] += 1
    assert found[1] > 10 * found[2]


#: Two named parties signing ("Malaysia and Chile on Saturday signed a free trade agreement"),
#: not told as history (no year before the verb, no "had signed", no "after").
TWO_PARTIES_SIGN = re.compile(
    r"(?:^|[-\u2014)] |\b(?:The|the) )(?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+ and (?:the )?"
    r"(?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+ (?:have |on \w+ |formally )?signed\b"
)


def test_a_signing_by_two_parties_is_one_deal(sets) -> None:
    deals: Counter[int] = Counter()
    for report in _following(sets, "signings"):
        for text in _SENTENCE_END.split(report["text"]):
            signed = TWO_PARTIES_SIGN.search(text)
            if signed is None or re.search(r"\b(1[0-9]{3}|20[0-2][0-9])\b", text[: signed.end()]):
                continue
            if re.search(r"\bhad signed|\bafter\b", text[: signed.start() + 5]):
                continue
            deals[
                sum(e["quote"] in text and e["kind"] == "deal_reached" for e in report["events"])
            ] += 1
    assert deals[1] >= 50, deals
    assert deals[1] > 10 * sum(n for k, n in deals.items() if k > 1), deals


def _first_kind_told(
    reports: list[dict[str, Any]], sentence: re.Pattern[str], kinds: tuple[str, ...]
) -> Counter[str]:
    """How the sentences matching ``sentence`` are labelled: the first of ``kinds`` among
    their gold events, or "other" (no event, or none of those kinds)."""
    found: Counter[str] = Counter()
    for report in reports:
        for text in _SENTENCE_END.split(report["text"]):
            if sentence.search(text):
                told = {e["kind"] for e in report["events"] if e["quote"] in text}
                found[next((k for k in kinds if k in told), "other")] += 1
    return found


#: A country banning or suspending imports ("suspended imports of cars for three months").
IMPORTS_BARRED = re.compile(
    r"(?i)\b(ban(ned|s)?|prohibit(ed|s)?|suspend(ed|s)?|halt(ed|s)?) (all |the )?imports of"
)


def test_imports_banned_are_a_purchase_cut(sets) -> None:
    kinds = _first_kind_told(
        _following(sets, "import_bans"), IMPORTS_BARRED, ("purchase_cut", "tariff_increase")
    )
    assert kinds["purchase_cut"] >= 100, kinds
    assert kinds["purchase_cut"] > 10 * kinds["tariff_increase"], kinds


#: The cuts an agreement provides for ("Under the agreement Jordan will phase out duties on
#: most Singaporean goods").
AGREED_CUTS = re.compile(
    r"^Under the (new )?(agreement|pact|accord|deal|protocol|treaty)\b[^.]{0,80}\bwill "
    r"(cut|phase out|eliminate|remove|scrap|abolish|lower|reduce|grant duty|grant tariff)"
)


def test_the_cuts_an_agreement_provides_for_are_tariff_cuts(sets) -> None:
    found = _first_kind_told(_following(sets, "agreed_cuts"), AGREED_CUTS, ("tariff_cut",))
    assert found["tariff_cut"] >= 50, found
    assert found["tariff_cut"] > 10 * found["other"], found


#: A market line telling that a price held, with no move ("The baht was little changed at
#: 37.50 to the dollar").
HELD = re.compile(r"\b(steady|unchanged|little changed|flat|held firm|stable)\b")
MARKET = re.compile(
    r"(?i)\b(shares?|stocks?|index|indices|bourse|exchange rate|currency|dollar|pound|sterling"
    r"|yen|yuan|rupee|franc|mark|peso|bonds?|yields?|futures|prices? (of|for)|market)\b"
)
MOVED = re.compile(
    r"(?i)\b(rose|fell|gained|lost|dropped|slipped|climbed|jumped|surged|plunged|tumbled|slid"
    r"|declined|eased|firmed|weakened|strengthened|rallied|sank|soared|advanced|retreated|edged"
    r"|higher|lower|up \d|down \d)\b"
)


def test_a_price_that_held_is_no_event(sets) -> None:
    markets: Counter[int] = Counter()
    for report in _following(sets, "steady_markets"):
        for text in _SENTENCE_END.split(report["text"]):
            if HELD.search(text) and MARKET.search(text) and not MOVED.search(text):
                markets[sum(e["quote"] in text and e["kind"] == "market_reaction"
                            for e in report["events"])] += 1  # fmt: skip
    assert markets[0] >= 100, markets
    assert markets[0] > 10 * sum(n for k, n in markets.items() if k), markets


#: Sentences the guide says carry no event, by the case the guide names them under.
NO_EVENTS = {
    # "Epson was given a rate of about 16 percent", "rates range from 8.2 percent for ..."
    "firm_rates": r"(was given|were given|faces?) (a )?(rates?|duty|duties|margins?) of"
    r"|rates? of between|range from \d|ranging from \d",
    # "The commission is due to vote on injury in late June"
    "due_votes": r"(is|are) (due|scheduled|expected) to (vote|rule|decide|publish|issue|cast"
    r"|make (its|a) (final )?(determination|decision|ruling))",
    # "The House will debate the bauxite levy bill next week"
    "due_sittings": r"(?i)\b(parliament|Lok Sabha|Congress|Diet|Dail|Senate|House|Duma|Bundestag"
    r"|assembly|cabinet|legislature|Knesset|Majlis|Rajya Sabha|lawmakers)\b[^.]{0,40}"
    r"\b(will|is due to|are due to|is expected to|is to|are to)\b[^.]{0,30}"
    r"\b(vote|debate|take up|consider|approve|ratify|review|discuss)",
    # "China's commerce ministry said it would take necessary measures to protect the rights
    # of Chinese companies"
    "vows": r"(take|taking|adopt) (all |the )?\"?necessary measures",
}


@pytest.mark.parametrize("case", list(NO_EVENTS))
def test_details_and_steps_due_later_are_no_events(sets, case: str) -> None:
    labels = _labels_of_sentences(_following(sets, case), re.compile(NO_EVENTS[case]))
    assert labels[0] >= 3 * sum(n for k, n in labels.items() if k)
