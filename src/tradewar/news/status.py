"""The status of an event: threatened, announced, in effect or reversed, or none at all.

:func:`status` reads the words around a trigger (:mod:`~tradewar.news.triggers`): a
denial, an opinion or history give no event; a condition, a threat or a proposal make it
threatened; a future, a deal's term or a date after the report make it announced; a
reversing verb makes it reversed.
"""

from __future__ import annotations

import datetime as dt

from tradewar.news import grammar as gr
from tradewar.news import lexicon as lx
from tradewar.news import marketwords as mw
from tradewar.news.fields import included
from tradewar.news.records import Segment, Sentence, Trigger

__all__ = ["status"]


#: Nouns of a pressure or resolve to act ("under pressure to defend", "determination to").
_PRESSED_TO = (["pressure", "to"], ["determination", "to"], ["resolve", "to"],
               ["readiness", "to"], ["willingness", "to"])  # fmt: skip
#: Adverbs between a modal and "have" ("could otherwise have imposed").
_ADVERBS_OF_WHAT_IF = frozenset({"otherwise", "easily", "also", "still", "never"})
#: What a cut of imports' prices is told as ("cut the cost of imports").
_COST_OF = (
    ["the", "cost", "of"],
    ["the", "costs", "of"],
    ["the", "price", "of"],
    ["the", "prices", "of"],
)
#: Words of a forecast ("said they expected flour prices to rise").
_FORESEEN = frozenset({"expect", "expected", "expects", "expecting"})
#: What a measure might do to those it names ("sanctions could bite").
_BITE = frozenset(
    {"bite", "hurt", "work", "backfire", "harm", "fail", "succeed", "help", "hit", "affect"}
)
#: Words after a stranded "agreed to" ("the duties Ukraine agreed to when it joined").
_AFTER_STRANDED = frozenset({"when", "in", "at", "under", "were", "was", "are", "is", ",", "."})
#: Words after "in the past" that make it a span up to now ("in the past week").
_PAST_SPANS = frozenset(
    {"week", "weeks", "month", "months", "year", "years", "day", "days", "hours", "few",
     "two", "three", "four", "five", "six", "decade", "quarter", "fortnight", "session"}
)  # fmt: skip


def _would_have_done(low: list[str], a: int, b: int) -> bool:
    """Whether ``low[a:b]`` tells a measure that would have been ("would have barred").

    A modal, "have" (past an adverb: "could otherwise have imposed") and a verb of a
    measure or "been"; not in a relative clause on a measure undone ("rescinded the rule, a
    regulation that would have capped shipments").
    """
    for j in range(a, b - 2):
        if low[j] not in {"would", "could", "might"} or low[j - 1 : j] in (
            ["that"],
            ["which"],
            ["who"],
        ):
            continue
        k = j + 1 if low[j + 1] == "have" else j + 2
        if low[k : k + 1] != ["have"] or (k == j + 2 and low[j + 1] not in _ADVERBS_OF_WHAT_IF):
            continue
        if low[k + 1 : k + 2] and (low[k + 1] in lx.EVENT_VERBS or low[k + 1] == "been"):
            return True
    return False


def _told_not_taken(s: Sentence, seg: Segment, t: Trigger) -> bool:
    """Whether the clause tells a measure nobody took, by words around its trigger.

    A price, not purchases ("would cut the cost of imports"); a forecast of a market ("said
    they expected flour prices to rise"); a pressure or resolve ("under pressure to defend
    the currency"); what would have been ("would have barred"); those a measure describes
    ("countries hit by sanctions", "whose banks are cut off"); an effect ("will allow the
    country to cut imports"); a standing peg ("is also pegged", "a law that pegs"); what is
    not done ("rather than retaliate"); an argument ("the case for easing sanctions"); a
    kind of measure ("only those approved by the United Nations"); what sanctions might do
    ("could bite"); duties bound long ago ("agreed to when it joined the WTO"); a measure
    headed off ("averting a trade war hours before tariffs were to take effect").
    """
    low = s.lower
    if t.kind == "purchase_cut" and low[t.head + 1 : t.head + 4] in _COST_OF:
        return True  # "an open border would cut the cost of imports": prices, no purchases
    if t.kind == "market_reaction" and set(low[seg.start : t.head]) & _FORESEEN:
        return True  # "said they expected flour prices in their markets to rise": a forecast
    if any(low[j : j + 2] in _PRESSED_TO for j in range(max(seg.start, t.head - 4), t.head)):
        # "has been under pressure to defend the currency", "the data showed the
        # authorities' determination to defend the currency": a pressure or a resolve, no step
        return True
    if _would_have_done(low, seg.start, seg.end):
        return True  # "The Senate version ... would have barred the export of ores": not done
    if (
        t.kind == "sanction"
        and low[t.head] in {"hit", "targeted", "affected"}
        and low[t.head + 1 : t.head + 2] == ["by"]
        and low[t.head - 1] in _GROUPS | {"firms", "companies", "banks", "people"}
    ):
        return True  # "other countries hit by sanctions": those sanctions describe them
    if (
        t.kind == "sanction"
        and "whose" in low[max(seg.start, t.head - 6) : t.head]
        and set(low[max(seg.start, t.head - 4) : t.head]) & {"are", "is", "were", "was"}
    ):
        return True  # "trade with Russia, whose banks are largely cut off from SWIFT": a state
    if (
        t.kind == "purchase_cut"
        and low[t.head - 1 : t.head] == ["to"]
        and any(
            low[j] in {"allow", "enable", "help"} and low[j - 1] == "will"
            for j in range(max(seg.start, t.head - 6), t.head - 1)
        )
    ):
        return True  # "the gas field ... will allow the country to cut imports of fuels": an effect
    if (
        t.kind == "currency_intervention"
        and (
            (
                low[t.head] == "pegged"
                and set(low[max(seg.start, t.head - 2) : t.head])
                & {"is", "are", "remains", "stays"}
            )
            # "the 1991 convertibility law that pegs the peso one-to-one to the dollar"
            or (
                low[t.head] in {"pegs", "peg"} and low[t.head - 1 : t.head] in (["that"], ["which"])
            )
        )
    ):
        return True  # "Estonia, whose kroon is also pegged to the euro, ...": a standing peg
    if any(low[j : j + 2] == ["rather", "than"] for j in range(max(seg.start, t.head - 3), t.head)):
        return True  # "Trade partners usually grumble rather than retaliate": none done
    if any(low[j : j + 2] == ["case", "for"] for j in range(max(seg.start, t.head - 3), t.head)):
        return True  # "strengthened the case for easing sanctions": an argument, no step
    if any(low[j : j + 3] in _SHORT_OF for j in range(max(seg.start, t.head - 4), t.head)):
        return True  # "The Community stopped short of cutting trade with China": not done
    if _terms_of_a_told_measure(low, seg):
        # "The executive order bars American companies from exporting goods and services to
        # Sudan": the terms of the measure the report told before (not "The order also ...")
        return True
    if (
        low[max(0, t.head - 2) : t.head] in (["were", "to"], ["was", "to"])
        and set(low[: t.head]) & _AVERTED
    ):
        # "averting a trade war hours before punitive U.S. tariffs were to take effect": a
        # measure that never came
        return True
    if low[t.head] == "threatened" and low[t.head - 1 : t.head] and low[t.head - 1] in _AVERTED:
        # "agreed to let American cigarette makers sell ..., averting threatened U.S. trade
        # sanctions": the measure a deal headed off
        return True
    if t.head > 0 and low[t.head - 1] == "those" and low[t.head].endswith("ed"):
        return True  # "only those approved by the United Nations": a kind of measure
    if (
        low[t.noun] in lx.SANCTION_NOUNS
        and low[t.noun + 1 : t.noun + 2] in (["could"], ["would"], ["may"], ["might"], ["will"])
        and low[t.noun + 2 : t.noun + 3]
        and low[t.noun + 2] in _BITE
    ):
        return True  # "Sanctions could bite if the Gulf states followed": what they might do
    # "The duties Ukraine agreed to when it joined the WTO": bound long ago
    return (
        low[t.head] in {"agreed", "accepted"}
        and low[t.head + 1 : t.head + 2] == ["to"]
        and low[t.head + 2 : t.head + 3] != []
        and low[t.head + 2] in _AFTER_STRANDED
    )


def _terms_of_a_told_measure(low: list[str], seg: Segment) -> bool:
    """Whether a sentence opens with a measure told before and what it does, in the present.

    "The executive order bars dealings in Iranian metals", "The embargo, ..., bars imports of
    Nicaraguan goods", "The measures end US development aid": a definite measure as the
    subject of the sentence's first clause, with a verb of its terms (not "The order also
    lowers duties on ...", a further step, nor "the ban breaches ...", a claim).
    """
    if seg.start != 0 or low[:1] != ["the"]:
        return False
    k = 2 if low[1:2] == ["executive"] else 1
    if low[k : k + 1] == [] or low[k] not in _TOLD_MEASURES:
        return False
    verb = k + 1
    if low[verb : verb + 1] == [","]:  # past an aside: "The embargo, which takes effect ..., bars"
        verb = next(
            (j + 1 for j in range(verb + 1, min(len(low) - 1, verb + 20)) if low[j] == ","), verb
        )
    return low[verb : verb + 1] != [] and low[verb] in _TERMS_VERBS


#: Measures a sentence's subject names as told before, and the verbs of their terms.
_TOLD_MEASURES = frozenset(
    {"order", "embargo", "measure", "measures", "decree", "resolution", "ban", "law"}
)
_TERMS_VERBS = frozenset(
    {"bars", "bans", "prohibits", "forbids", "freezes", "frees", "blocks", "ends", "covers"}
)


def status(s: Sentence, k: int, t: Trigger) -> str | None:
    """The event's status, or None when the clause denies it, opines or tells history.

    Parameters
    ----------
    s : Sentence
        The sentence.
    k : int
        The index of the clause in ``s.segments``.
    t : Trigger
        The event's trigger in that clause.

    Returns
    -------
    str or None
        ``threatened``, ``announced``, ``in_effect`` or ``reversed``; None when the
        clause reports no event.
    """
    low = s.lower
    seg = s.segments[k]
    # the words before the event, past dates: "in May" is a month, not a modal
    pre = [low[j] for j in range(max(seg.start, t.head - 7), t.head) if not s.in_date(j)]
    before = low[: t.head]
    # "it firmly opposed the decision and would take necessary measures ... if": the
    # opinion is the first verb's; the second, after "and" and its modal, is a step of its own
    vowed = [
        j
        for j in range(max(1, seg.start), t.head)
        if low[j - 1] == "and" and low[j] in {"would", "will"} and t.response
    ]
    if any(w in gr.OPINION or w in gr.DENIAL for w in before[vowed[-1] if vowed else 0 :]):
        return None
    if t.kind.startswith("tariff") and any(
        low[j] == "effective" and low[j + 1] in lx.TARIFF_NOUNS
        for j in range(seg.start, max(t.head, t.noun))
    ):
        # "With the agricultural infrastructure cess and other levies, the effective duty on
        # the three oils falls to 16.5 per cent": the cut told before, summed with the cesses
        return None
    if _standing_since(s, seg, t):
        return None  # "Kuwait has boycotted Israel since 1957": a standing state, no step
    # "called on the government to open negotiations quickly": a call on another to act,
    # no step of its own
    if any(
        low[j] in gr.CALL_VERBS
        and low[j + 1] == "on"
        and not s.in_date(j + 1)  # (not "a last conference call on Sunday evening")
        and "to" in low[j + 2 : t.head + 1]
        for j in range(max(0, t.head - 12), t.head)
    ):
        return None
    if _told_not_taken(s, seg, t):
        return None
    if _reports_denied(low, t):
        return None
    if t.kind != "market_reaction" and any(
        low[j] in _WELCOMED and low[j + 1] == "the"
        for j in range(max(seg.start, t.head - 4), t.head)
    ):
        # "Chilean winemakers welcomed the end of the 5 per cent duty": a measure told before,
        # greeted (no labelled set makes the greeting an event of its own)
        return None
    if any(
        low[j] in _RULE
        and low[j + 1 : j + 2] == ["out"]
        and not set(low[max(0, j - 2) : j]) & gr.NEGATION  # "will not rule out": a threat
        for j in range(t.head + 1)
    ):
        return None  # "Thai officials have ruled out curbs on their own rice exports": denied
    if _forecast(low[max(seg.start, t.head - 6) : t.head]) and not _travellers_expected(
        low, seg.start, t
    ):
        return None  # "refiners are expected to cut purchases": a forecast, no event
    if any(
        low[j] in _FORECASTERS
        and any(
            low[k] in {"expect", "expected", "predict"} for k in range(j + 1, min(j + 6, t.head))
        )
        for j in range(max(0, t.head - 10), t.head)
    ):
        # "Few trade experts expect the WTO to settle these disputes soon", "Economists
        # polled by Dow Jones expect a further rise"
        return None
    # "would allow the yuan to rise or fall by as much as 2 percent": a band a central bank
    # sets, not a permission that something might give
    band = (
        t.kind == "currency_intervention"
        and low[t.head] in {"allow", "allows", "let", "lets"}
        and any(
            low[k : k + 3] in (["rise", "or", "fall"], ["fall", "or", "rise"])
            for k in range(t.head + 1, t.head + 7)
        )
    )
    if not band and _not_done(s, seg.start, t.head):
        return None  # an opinion, an analyst's conditional, a permission or a request
    if any(
        w in gr.WISH
        # "would seek WTO approval to impose tariffs on ... unless": a threat, not a wish
        and not (w in _SEEK and set(low[j + 1 : j + 4]) & _LEAVE_TO_ACT)
        # "will seek to retaliate with duties": the act sought is the threat
        and not (
            w in _SEEK
            and low[j + 1 : j + 2] == ["to"]
            and j + 2 == t.head
            and set(low[max(seg.start, j - 2) : j]) & {"will", "would", "could", "may"}
        )
        for j, w in enumerate(low[seg.start : t.head], seg.start)
    ):
        return None  # "hoped to conclude a deal", "hope the government will scrap": a wish
    if t.head > 0 and low[t.head - 1] == "last" and not s.in_date(t.head - 1):
        return None  # "The two sides last held talks in May": background
    if any(
        low[j : j + 3] == ["in", "the", "past"]
        and not (low[j + 3 : j + 4] and (low[j + 3] in _PAST_SPANS or low[j + 3][:1].isdigit()))
        for j in range(seg.start, t.head)
    ):
        # "Ugandan officials have complained in the past that the railway levy goes against
        # East African Community rules": background (not "in the past week", a span)
        return None
    if any(
        low[j : j + 2] in (["no", "plans"], ["no", "plan"], ["no", "intention"])
        for j in range(seg.start, t.head)
    ):
        return None  # "Malaysia has no plans to restrict exports": a denial
    if (
        low[t.head] in lx.LOSE_VERBS
        and set(low[max(seg.start, t.head - 3) : t.head]) & {"could", "might", "may"}
        # not "Swedish companies could lose government contracts in the kingdom": the
        # state's purchases, withheld at its word (a threat)
        and t.kind != "purchase_cut"
    ):
        return None  # "exporters could lose their tariff-free access": a forecast
    if any(
        low[j] in {"could", "would", "might"}
        and low[j + 1] == "have"
        and low[j + 2].endswith(("ed", "en"))  # not "would have to pay"
        # not a rule's relative clause: "a regulation that would have capped exports"
        and low[j - 1 : j] not in (["that"], ["which"])
        for j in range(max(seg.start, t.head - 4), t.head - 1)
    ):
        return None  # "duties could have jumped to 100%": what did not happen
    if (
        t.head >= 3
        and low[t.head - 2 : t.head] in (["that", "have"], ["which", "have"])
        and (low[t.head - 3] in _GROUPS)
    ):
        return None  # "from countries that have imposed sanctions on Minsk": who they are
    if (
        "can" in low[max(seg.start, t.head - 3) : t.head]
        and "now" not in low[max(seg.start, t.head - 3) : t.head + 1]
    ):
        return None  # "The powers can restore the sanctions within 65 days if ...": a power
    if low[:2] in (["until", "now"], ["until", "recently"], ["up", "to"]) and "will" not in low:
        return None  # "Until now Pakistan has allowed imports of only 1,950 items": before
    if low[seg.start] == "no" and seg.start < t.noun <= seg.start + 3:
        return None  # "No sanctions have yet been imposed under it": none
    if _describing_apposition(low, seg.start):
        return None  # "..., a program that lets some goods ... enter the U.S. duty-free"
    if _background_noun(s, seg.start, t):
        return None  # "The move follows a ban on most wheat exports earlier this month"
    if _background_relative(s, seg.start, t.head):
        return None  # "Huawei, which the Commerce Department placed on a blacklist in May"
    if t.kind == "market_reaction" and _over_a_span(s, seg, t.head):
        return None  # "the yuan has risen about 7 percent since June": a trend, no reaction
    if any(
        w in {"rumours", "rumors", "rumour", "rumor", "speculation"} for w in [*pre, low[t.head]]
    ):
        return None  # "Rumours of export curbs spread on social media": no measure
    if low[t.head + 1 : t.head + 2] == ["time"] and low[t.head] in _BOUGHT:
        return None  # "It bought time on cars": no purchase
    if any(w in _REAFFIRM for w in low[max(seg.start, t.head - 4) : t.head + 1]):
        return None  # "reaffirmed its commitment to the minimum exchange rate": unchanged
    if _campaign(low, 0, t.head):
        return None  # "promised during his campaign to raise tariffs": a candidate's word
    if _effect(low, t):
        return None  # "the tariffs would raise the cost of new trucks": what they do
    if any(
        low[j] == "whether" and (j == 0 or low[j - 1] not in _WEIGHED)
        for j in range(max(seg.start, t.head - 6), t.head)
    ):
        # "will decide within a month whether to impose the duties": pending (not "is
        # weighing whether to reimpose a 10 per cent tariff", a threat)
        return None
    if any(
        low[j] in _WITHHELD and low[j + 1 : j + 3] in (["to", "say"], ["say"], ["not", "say"])
        for j in range(0, t.head)
    ) or any(low[j : j + 3] == ["would", "not", "say"] for j in range(0, t.head)):
        return None  # "He declined to say when talks with Canada might resume": no news
    if t.kind != "deal_broken" and any(
        low[j] in lx.FAILED and low[j + 1 : j + 2] == ["to"] for j in range(seg.start, t.head)
    ):
        # "after the two sides failed to agree on access": nothing agreed (but "failed to
        # honour its commitments" breaks them)
        return None
    # "Vietnam also faces a 20% rate", "were already subject to a 25% duty": standing
    if (
        t.head > seg.start
        and low[t.head - 1] in {"also", "already"}
        and low[t.head] in _STANDING_VERBS
        and not set(pre) & {"will", "would", "to", "could", "may"}
    ):
        return None
    # "The US charges a duty of up to 2.4 per cent on imported motorcycles", "New Zealand
    # exporters currently pay tariffs of up to 5 percent": a present with no date, a duty
    # that stands (not a headline's present, nor "face a 35% tariff from Friday")
    if (
        s.offset > 0
        and low[t.head] in _STANDING_PRESENT
        and not set(low[max(seg.start, t.head - 4) : t.head]) & (gr.FUTURE | _MODALS)
        and not any(seg.start <= a < seg.end for _, a, _ in s.dates)
        # "Canada, Mexico, Britain and India now pay 10%": a rate that has just changed
        and low[t.head - 1] != "now"
    ):
        return None
    # "Indian goods have been subject since August to an extra 25% U.S. tariff": standing
    subject = [j for j in range(seg.start, min(seg.end, t.noun + 1)) if low[j] == "subject"]
    if (
        subject
        and low[subject[0] - 1] in {"been", "are", "is", "were", "remain", "remained"}
        and "will" not in low[max(seg.start, subject[0] - 4) : subject[0]]
    ):
        return None
    # "the tariffs each side imposed during the Trump administration remain in place", "The
    # tariffs imposed under Trump on Chinese goods remain": measures that stand, told again
    if any(
        low[j] in _REMAIN and (low[j + 1 : j + 3] in _STILL or low[j + 1 : j + 2] in ([","], ["."]))
        for j in range(max(t.head, t.noun) + 1, seg.end)
    ):
        return None
    # (not "remaining" before the noun of duties cut, an adjective: "Remaining Australian
    # tariffs on Thai clothing will be phased out")
    # (nor a fronted purpose's verb: "To keep exporters from reaping a windfall, the
    # government also imposed a temporary tax of 25 percent on ... exports")
    keep = [
        j
        for j in range(seg.start, t.head)
        if low[j] in _KEEP
        and not (t.kind == "tariff_cut" and low[j] == "remaining" and j < t.noun <= j + 3)
        and not (j == seg.start + 1 and low[seg.start] == "to" and "," in low[j : t.head])
        # (nor a state the subject keeps before its next step: "his government remained open
        # to dialogue and would send an envoy to Brasilia next week")
        and not (
            low[j] in {"remained", "remains", "remain", "stayed", "stays"}
            and any(
                low[x] == "and" and low[x + 1] in {"would", "will"}
                for x in range(j + 1, t.head - 1)
            )
        )
    ]
    # "..., leaving a 10% levy in place": a measure left as it was
    keep += [
        j
        for j in range(seg.start, t.head)
        if low[j] in _LEAVE and ["in", "place"] in [low[k : k + 2] for k in range(j, seg.end)]
    ]
    # "Japanese goods have faced a 10 percent baseline tariff since April": a duty that stands
    if (
        low[t.head] in _STANDING_VERBS | {"faced"}
        and low[t.head - 1 : t.head] in (["have"], ["has"])
        and "since" in low[t.head : seg.end]
    ):
        return None
    pledge = {"would", "will"} & set(low[seg.start : t.head])
    if t.kind == "currency_intervention" and pledge and (keep or low[t.head] in _HOLD):
        # "it would keep selling dollars to banks", "would hold the manat stable": a pledge
        return "threatened"
    if t.kind == "currency_intervention" and keep and "ready" in low[keep[-1] : t.head]:
        # "said it remained ready to intervene in the foreign exchange market": a pledge
        return "threatened"
    if (
        keep
        # "the United States remains in breach of NAFTA": a breach that goes on is one
        and t.kind != "deal_broken"
        # "kept suspended for another year 24 percentage points of its 34% tariff": the
        # suspension is what goes on
        and not (t.reversed and t.head == keep[-1] + 1)
        and not any(
            low[j] in (lx.RAISE_VERBS | lx.CUT_VERBS | lx.REVERSE_VERBS) - {"place"}
            for j in range(keep[-1] + 1, t.head)
            # "leaving a 10% levy in place": the measure's own noun
            if not (j == t.noun and low[j] in lx.TARIFF_NOUNS)
        )
    ):
        # "Energy and potash will continue to face a 10% rate", "kept its surtax in place":
        # nothing changes
        return None
    if any(
        g.type == "report" and any(w in gr.OPINION for w in low[g.start : g.end])
        for g in s.segments
    ):
        return None
    near = low[max(seg.start, t.head - 4) : t.head]
    # past an opener that ends in a comma before the subject: "To show that Washington's
    # concerns had not vanished, Clinton banned imports ...": its "not" is the opener's
    comma = next(
        (c for c in range(t.head - 1, max(seg.start, t.head - 4) - 1, -1) if low[c] == ","), None
    )
    if comma is not None and any(
        m.type in {"country", "leader"} and comma < m.start < t.head for m in s.marks
    ):
        near = low[comma + 1 : t.head]
    if t.noun > t.head:
        near = near + low[t.head + 1 : t.noun]
    if t.kind.startswith("talks"):
        near = near + low[t.noun + 1 : min(seg.end, t.noun + 4)]
    if low[t.head] in {"comply", "complied"}:
        near = [w for w in near if w not in {"not", "n't"}]  # "did not comply": a breach
    for j, word in enumerate(near):
        if word in gr.NEGATION:
            rest = near[j + 1 :] + low[t.head : t.head + 2]
            if "rule" in rest:
                return "threatened"
            if word == "no" and j + 1 < len(near) and near[j + 1] in {"longer", "more"}:
                continue
            at = max(seg.start, t.head - 4) + j  # (where "not" stands, before the verb)
            if (
                word == "not"
                and near[j + 1 : j + 2] == ["to"]
                and any(
                    low[k] in _DIRECTED
                    and "that" not in low[k:at]
                    and low[k + 1] not in {"reporters", "journalists"}
                    for k in range(max(seg.start, at - 5), at)
                )
            ):
                # "has told government agencies not to renew ... contracts with German
                # companies": an order not to buy is the measure, no denial
                continue
            return None
    # a meeting that had been due is one called off, told as background: "Overchuk ... had
    # been due in Baku this week for talks on trade"
    if t.kind == "talks_scheduled" and any(
        low[k : k + 2] == ["had", "been"] and low[k + 2 : k + 3] and low[k + 2] in _DUE
        for k in range(seg.start, t.head)
    ):
        return None
    # a pluperfect, also past its object: "had granted China permanent normal trade relations"
    # (an infinitive reaches further: "a Dutch court had ordered the Netherlands in February
    # to halt deliveries of F-35 parts")
    reach = 10 if low[t.head - 1 : t.head] == ["to"] else 6
    had = [
        k
        for k in range(max(seg.start, t.head - reach), t.head)
        if low[k] == "had"
        and (k >= t.head - 3 or low[k + 1].endswith(("ed", "en")))
        # not a relative clause's, closed before the verb: "Prices of used cars, which had
        # soared during the ban, fell by up to 15 percent"
        and not (low[k - 1] in {"which", "who"} and "," in low[k + 1 : t.head])
    ]
    # (a relative clause of place is no speech reported: "Economists said the measures would
    # deepen an economic crisis in Syria, where ... the United States had already banned
    # imports of Syrian crude")
    if (had and (low[seg.start] == "where" or not _reported_speech(s, had[0]))) or any(
        w in {"previously", "formerly"} for w in low[seg.start : t.head]
    ):
        return None
    # "China had also imposed duties on barley and blocked imports of beef": the second verb
    # of a pluperfect clause is history too
    if (
        k > 0
        and low[seg.start] == "and"
        and t.head <= seg.start + 2
        and (low[t.head].endswith("ed") or low[t.head] in _IRREGULAR_DONE)
        and "had" in low[s.segments[k - 1].start : s.segments[k - 1].end]
    ):
        return None
    # "the earlier curbs applied only to specific products": a measure named as a past one
    # (not talks: "The previous round in Geneva broke up on Nov. 10 without agreement")
    if (
        t.noun > 0
        and low[t.noun - 1] in {"earlier", "previous", "former"}
        and not t.kind.startswith(("talks", "deal"))
    ):
        return None
    if any(
        low[j] == "ago" and low[j - 1] in _LONG_SPANS and not in_participle_aside(low, j, t.head)
        for j in range(1, min(len(low), t.head + 8))
    ):
        return None  # "Forty years ago today, ministers met ...": an anniversary, history
    if low[t.head].endswith("ed") and any(
        low[j : j + 4] in _EARLIER_TERMS for j in range(t.head + 1, min(seg.end, t.head + 16))
    ):
        return None  # "Trump imposed tariffs on steel ... in his first term": history
    if k > 0 and seg.type == "plain" and low[seg.start] in {"as", "while", "when"}:
        main = low[s.segments[0].start : s.segments[0].end]
        if "had" in main:
            return None
    if t.kind == "talks_stalled" and low[t.head + 1 : t.head + 3] in (
        ["to", "persuade"],
        ["to", "convince"],
    ):
        return "in_effect"  # "failed to persuade ... at talks in Moscow": talks that failed
    if t.reversed:
        return "reversed"
    if _proposed(s, t.head):
        return "threatened"  # "proposed on Tuesday halving the quota and doubling the duty"
    # ("floated the pound": a currency floated, no idea floated)
    floated = t.kind == "currency_intervention" and low[t.head] in mw.FLOAT_VERBS
    if (low[t.head] in gr.THREAT and not floated) or (
        t.response and any(w in {"any", "further"} for w in low[t.head + 1 : t.noun])
    ):
        return "threatened"  # "is preparing sanctions", "would answer any tariff increase"
    if low[t.head] in gr.CALL_VERBS and t.kind == "purchase_cut":
        return "threatened"  # "called for a boycott of Japanese goods": a call, not a cut
    neighbours = [s.segments[j] for j in (k - 1, k + 1) if 0 <= j < len(s.segments)]
    # "..., rising to 25% on June 1, unless a deal is reached": past a later step
    if k + 2 < len(s.segments) and s.lower[s.segments[k + 1].start] in lx.STEP_PARTICIPLES:
        neighbours.append(s.segments[k + 2])
    if any(w in gr.THREAT for w in pre) or any(n.type == "condition" for n in neighbours):
        return "threatened"
    if k > 0 and any(
        w in {"warned", "threatened", "warns", "threatens"}
        for w in low[s.segments[k - 1].start : s.segments[k - 1].end]
    ):
        return "threatened"
    if low[t.head] in {"proposed", "planned", "possible"} and t.head + 1 == t.noun:
        return "threatened"
    if any(w in lx.AUTHORIZE for w in low[max(seg.start, t.head - 3) : t.head]) and low[
        t.head
    ].endswith("ing"):
        return "announced"  # "authorized doubling tariffs"
    if low[t.head] in gr.APPROVE or s.phrases("approve", t.head, t.head + 1):
        return "announced"  # "approved safeguard tariffs", "gave final approval to tariffs"
    if t.kind == "deal_broken" and (
        "voted" in low[max(seg.start, t.head - 6) : t.head]
        or set(low[max(seg.start, t.head - 3) : t.head]) & {"voters", "electorate"}
    ):
        return "announced"  # a vote to leave a bloc, a referendum's No: the exit to come
    if low[t.head + 1 : t.head + 4] == ["the", "way", "for"]:
        return "announced"  # "clearing the way for anti-dumping duties": duties to come
    if t.kind == "talks_scheduled" or (
        low[t.head] in {"announced", "announces", "unveiled"} and not t.kind.startswith("deal")
    ):
        return "announced"
    if t.kind in {"tariff_increase", "tariff_cut", "export_control", "purchase_commitment"} and any(
        low[j] in lx.DEAL_NOUNS and low[j + 1] in {"that", "which", "under"}
        for j in range(max(0, t.head - 4), t.head)
    ):
        return "announced"  # a term of a deal ("a deal that lowers tariffs")
    # "signed a deal on Sunday to buy 80 passenger jets", "agreed to import 2.5 million
    # tonnes a year": a contract for purchases to come
    if t.kind == "purchase_commitment" and (
        any(
            low[j] == "to" and low[j + 1] in _BUY
            for j in range(seg.start, min(seg.end - 1, t.noun + 1))
        )
        # "signed an order for 100 Boeing jets", "booked dozens of cargoes": to be delivered
        or low[t.head] in {"signed", "signs", "sign", "signing", "booked"}
        or _units_ordered(low, t.head)
    ):
        return "announced"
    if t.head >= 1 and low[t.head - 1] in {"was", "were"} and low[t.head].endswith("ed"):
        return "in_effect"  # "A planned call ... was cancelled": done, whatever was planned
    # "set to impose" is a future, "set a stronger midpoint" a past
    future = [
        j
        for j in range(max(seg.start, t.head - 7), t.head)
        if low[j] in gr.FUTURE and (low[j] != "set" or low[j + 1 : j + 2] == ["to"])
    ]
    # a headline's infinitive is its future: "China to lower import duties on cars", "Tariffs
    # on car parts to be cut to 6%"
    headline = t.head >= 2 and (
        (low[t.head - 1] == "to" and any(m.end == t.head - 1 for m in s.marks if m.type in _NAMED))
        or low[t.head - 2 : t.head] == ["to", "be"]
    )
    if (
        future
        or headline
        or _future_shared(s, k, t.head)
        or any(
            d.effective and a >= t.head and d.resolve(dt.date(2000, 1, 1), True)
            for d, a, _ in s.dates
            if seg.start <= a < seg.end and not included(s, t.head, a)
        )
    ):
        return "announced"
    return "in_effect"


def _reported_speech(s: Sentence, at: int) -> bool:
    """Whether "had" at ``at`` is reported speech ("said on Friday that China had violated")."""
    low = s.lower
    if any(d.kind == "year" or d.part("year") for d, a, _ in s.dates if a < len(low)):
        return False
    named = {j for m in s.marks if m.type != "phrase" for j in range(m.start, m.end)}
    # not a name's word: "The United States had granted ..." ("states" is no reporting)
    return any(
        w in gr.REPORTING | {"accused", "accuses", "accusing"} and j not in named
        for j, w in enumerate(low[:at])
    )


#: Plural nouns a relative clause describes by what they did ("countries that have ...").
_GROUPS = frozenset({"countries", "nations", "governments", "states", "economies", "members"})
#: Verbs of buying after "to" in a purchase contract ("signed a deal to buy").
_BUY = frozenset({"buy", "purchase", "import", "acquire"})
#: Words of :data:`~tradewar.news.grammar.THREAT` that take a gerund ("proposed doubling").
_TAKES_GERUND = gr.THREAT - {"could", "may", "might", "threat", "threats", "ready"}


def _proposed(s: Sentence, head: int) -> bool:
    """Whether the gerund at ``head`` is proposed, or coordinated with a proposed one.

    "The Commission proposed on Tuesday halving the quota and doubling the duty": both
    gerunds are the object of *proposed*, however the sentence is cut into clauses.
    """
    low = s.lower
    if not low[head].endswith("ing"):
        return False
    for j in range(head - 1, -1, -1):
        if low[j] in {";", ":"} or (low[j] in gr.REPORTING and j < head - 1):
            return False
        if low[j] in _TAKES_GERUND:
            k = j + 1
            while k < head and (s.in_date(k) or low[k] in {"also", "now", "instead", "on"}):
                k += 1
            return low[k].endswith("ing")
    return False


#: Words that forecast what another will do ("are expected to", "is likely to").
_FORECAST = frozenset({"expected", "likely", "unlikely", "forecast", "predicted", "projected",
                       "poised", "tipped"})  # fmt: skip


#: Auxiliaries of a perfect ("has boycotted", "have been stalled").
_PERFECT = frozenset({"has", "have", "had"})


def _standing_since(s: Sentence, seg: Segment, t: Trigger) -> bool:
    """Whether the event's verb is a perfect that has held since a year: no step of its own.

    "Kuwait has boycotted Israel since 1957", "The EU has applied tariff quotas on 26
    categories of steel products since 2018", "talks have been stalled since 2004"; and a
    duty goods "have paid" all along.
    """
    low = s.lower

    def held_since(v: int) -> bool:  # the verb at v a perfect, a year's "since" after it
        perfect = v > seg.start and (
            low[v - 1] in _PERFECT or (low[v - 1] == "been" and low[v - 2] in _PERFECT)
        )
        # (not "has approved its first exports of military equipment to Turkey since 2019")
        return perfect and any(
            d.since and d.kind == "year" and v < i < seg.end and "first" not in low[v:i]
            for d, i, _ in s.dates
        )

    # "Since April, goods from all four countries have paid the 10 percent baseline duty
    # that Washington applies": a duty paid all along
    if t.kind.startswith("tariff") and any(
        low[j] == "paid" and low[j - 1] in _PERFECT
        for j in range(max(seg.start + 1, t.noun - 6), t.noun)
    ):
        return True
    # (and what the law of that state does: "... since 1957 under a law that bars ...")
    return held_since(t.head) or any(
        held_since(v) and set(low[v + 1 : t.head]) & {"that", "which"}
        for v in range(seg.start + 1, t.head)
    )


def _travellers_expected(low: list[str], start: int, t: Trigger) -> bool:
    """Whether talks scheduled are a trip or meeting "expected" (a schedule, no forecast).

    "A German delegation is expected to travel to Ankara next week", "Foreign Minister
    Antonio Tajani is expected to visit Beijing in the autumn", "US and Chinese trade
    officials are expected to hold a call next week": the sets from fresh34 on label every
    such meeting between governments (the earlier ones left a leader's trip unlabelled);
    not a time told by one ("comes days before Modi is expected to visit Washington") nor
    talks "unlikely to resume".
    """
    before = low[max(start, t.head - 8) : t.head]
    return t.kind == "talks_scheduled" and "expected" in before and "before" not in before


#: Nouns of what is said to happen ("reports that the bank would cut the value").
_HEARSAY = frozenset({"reports", "report", "rumours", "rumors", "speculation", "claims"})
#: What a government calls such hearsay ("were false and misleading").
_DISMISSED = frozenset({"false", "untrue", "baseless", "unfounded", "misleading", "groundless"})


#: Verbs that greet a measure told before ("welcomed the cut").
_WELCOMED = frozenset({"welcomed", "welcome", "welcomes", "hailed", "praised", "applauded"})


def _reports_denied(low: list[str], t: Trigger) -> bool:
    """Whether the event is told in reports that the sentence then calls false.

    "Governor Elizabeth Genia said reports that the bank would cut the value of the kina by
    10 per cent or more in one step ... were "false and misleading"": a denial.
    """
    return any(
        low[j] in _HEARSAY and low[j + 1 : j + 2] == ["that"]
        for j in range(max(0, t.head - 12), t.head)
    ) and bool(set(low[t.head + 1 :]) & _DISMISSED)


def _forecast(pre: list[str]) -> bool:
    """Whether the words before an event's verb forecast it ("are expected to cut")."""
    return any(
        w in _FORECAST and j + 1 < len(pre) and pre[j + 1] == "to" and (j == 0 or pre[j - 1] in
        {"is", "are", "was", "were", "be", "been", "widely", "also", "seen", "most"})
        for j, w in enumerate(pre)
    )  # fmt: skip


#: Verbs that keep a measure as it is: no change, no event.
_HOLD = lx.forms("hold", "keep", "maintain", "intervene")
#: Words of a meeting planned ("had been due in Baku", "had been scheduled for May").
_DUE = frozenset({"due", "scheduled", "expected", "set", "planned", "slated"})
#: Verbs of an order given to others ("told government agencies not to renew ...").
_DIRECTED = frozenset({"told", "tells", "ordered", "orders", "instructed", "instructs",
                       "directed", "directs"})  # fmt: skip
#: A measure that stands after its verb ("... remain in place", "... remain unchanged").
_REMAIN = lx.forms("remain", "stay")
_STILL = (["in", "place"], ["in", "force"], ["in", "effect"], ["unchanged"], ["intact"])
_KEEP = lx.forms("continue", "remain", "keep", "maintain", "retain", "stay") | {"still"}
#: Irregular past forms of the verbs of a measure ("cut", "put", "set").
_IRREGULAR_DONE = frozenset(
    {"cut", "put", "set", "shut", "froze", "took", "made", "began", "became"}
)
#: Verbs that leave a measure as it is ("leaving a 10% levy in place").
_LEAVE = lx.forms("leave") | {"left"}
#: Verbs in the present that tell a duty as it stands ("The US charges a duty of 2.4%").
_STANDING_PRESENT = frozenset(
    {"charges", "charge", "pays", "pay", "faces", "face", "levies", "imposes", "applies",
     "cover", "covers"}
)  # fmt: skip
#: Modals before a verb that make it no present fact ("may face", "could pay").
_MODALS = frozenset({"will", "would", "could", "may", "might", "to", "'ll", "should"})
#: Verbs in the present whose subject bears a measure that stands ("also faces a 20% rate"),
#: or whose subject keeps one ("Russia also charges a floating duty on wheat exports").
_STANDING_VERBS = frozenset(
    {"faces", "face", "pays", "pay", "incurs", "bears", "charges", "levies", "applies"}
)
#: Names that may open a headline's infinitive ("China to lower ...").
_NAMED = frozenset({"country", "leader", "company"})
#: Verbs of withholding news ("declined to say", "refused to say", "did not say").
_WITHHELD = frozenset({"declined", "declines", "refused", "refuses", "did", "does"})

#: Verbs of a measure headed off ("averting a trade war hours before tariffs were to ...").
_AVERTED = lx.forms("avert", "avoid", "forestall")
#: A step held back from ("stopped short of cutting trade with China").
_SHORT_OF = [[verb, "short", "of"] for verb in ("stopped", "stops", "stop", "stopping", "fell")]
#: Modals of an opinion: "Washington should be cutting tariffs", "ought to drop them".
_OUGHT = frozenset({"should", "ought", "shouldn't"})
#: People whose conditionals are forecasts ("Analysts said a ruling could force ...").
_FORECASTERS = frozenset(
    {"analysts", "analyst", "economists", "economist", "traders", "strategists", "experts",
     "investors", "observers", "commentators", "forecasters", "critics", "lawyers"}
)  # fmt: skip
_CONDITIONAL = frozenset({"could", "would", "might", "may", "'d"})
#: The parties a term lets act ("lets either side reimpose tariffs").
_EITHER_SIDE = (["either", "side"], ["each", "side"], ["both", "sides"], ["either", "party"])
#: Asking for the right to act, which threatens the act ("could ask for the right to retaliate").
_ASK_FOR = (["ask", "for"], ["asks", "for"], ["asked", "for"], ["asking", "for"])
_ASKS = frozenset({"ask", "asks", "asked", "asking"})
#: Seeking leave to act, which threatens the act ("would seek WTO approval to impose").
_SEEK = lx.forms("seek") | {"sought"}
#: Verbs of a step weighed ("is considering whether to suspend concessions"): a threat.
_WEIGHED = lx.forms("weigh", "consider", "mull")
_LEAVE_TO_ACT = frozenset(
    {
        "approval",
        "authorization",
        "authorisation",
        "permission",
        "authority",
        "clearance",
        "retaliation",
        "right",  # "could seek the right to retaliate if it did not"
        "compensation",  # "whether to seek compensation or to suspend ... concessions"
    }
)
#: Verbs that let another act ("The WTO cleared the bloc to retaliate"): a permission.
_PERMIT = lx.forms("clear", "authorize", "authorise", "entitle", "empower", "permit", "allow")
#: Who gives a permission that is no decision of the country that acts.
_AUTHORITIES = frozenset(
    {"wto", "organization", "organisation", "court", "courts", "panel", "arbitrator",
     "arbitrators", "arbiter", "tribunal", "judge", "judges", "body", "appellate"}
)  # fmt: skip
#: Nouns of a power to act, not its use ("the power to impose tariffs").
_POWERS = frozenset({"power", "powers", "authority", "right", "mandate", "leeway"})
#: Verbs of a rule that lets another act ("a reciprocity law allows the government to").
_ALLOWS = frozenset({"allows", "lets", "enables", "empowers", "authorises", "authorizes"})
#: Verbs of asking another to act ("Japan had asked Washington to scrap its tariff").
_REQUEST = lx.forms("ask", "urge", "press", "request", "call", "implore", "demand", "lobby")


#: Irregular past forms of the verbs of a measure ("which Beijing cut off", "which it put").
_PAST_FORMS = frozenset({"cut", "put", "set", "barred", "imposed", "placed", "shut", "hit"})
#: Nouns of a government's agencies, the subject of a relative clause ("which the
#: Commerce Department placed on a blacklist").
_AGENCIES = frozenset({"department", "ministry", "commission", "administration", "government"})
#: Words of an election campaign: what a candidate promises is no measure.
_CANDIDATES = frozenset({"candidate", "candidates", "campaign"})
#: Verbs by which a measure adds to costs ("will add about USD 217 million to the cost").
_ADD = frozenset({"add", "adds", "raise", "raises", "increase", "increases", "push", "pushes"})
#: Words for what a measure costs others ("would raise the cost of new trucks").
_COSTS = frozenset({"cost", "costs", "prices", "price", "bill", "bills", "inflation"})


#: Nouns of a scheme that an apposition describes ("a program that lets ...").
_SCHEMES = frozenset({"program", "programme", "scheme", "system", "regime", "mechanism",
                      "law", "pact", "arrangement"})  # fmt: skip


def _describing_apposition(low: list[str], a: int) -> bool:
    """Whether the clause at ``a`` is an apposition that tells what a scheme does.

    "... under the Generalized System of Preferences (GSP), a program that lets thousands of
    goods enter the U.S. duty-free": what the programme does, no event.
    """
    return (
        a > 0
        and low[a - 1] == ","
        and low[a : a + 1] in (["a"], ["an"])
        and any(
            low[k] in _SCHEMES and low[k + 1 : k + 2] in (["that"], ["which"])
            for k in range(a + 1, min(len(low) - 1, a + 4))
        )
    )


#: Words that make a measure named by its noun the background of another event.
_AFTER_MEASURE = frozenset({"after", "before", "follows", "followed", "following", "amid"})
_BAN_NOUNS = frozenset({"ban", "bans", "curbs", "restrictions", "embargo", "halt", "suspension"})


def _background_noun(s: Sentence, a: int, t: Trigger) -> bool:
    """Whether an export or import ban named only by its noun is another event's background.

    "The move follows a ban on most wheat exports earlier this month", "The wheat was loaded
    before New Delhi's ban on most wheat exports in mid-May", "The decision came a week after
    India's ban on exports of non-basmati white rice": a ban told by its noun after *after*,
    *before* or *follows*, with no verb of its own.
    """
    if t.kind not in {"export_control", "purchase_cut"} or s.lower[t.head] not in _BAN_NOUNS:
        return False
    low = s.lower
    k = next(
        (j for j in range(t.head - 1, max(a, t.head - 6) - 1, -1) if low[j] in _AFTER_MEASURE),
        None,
    )
    return k is not None and all(
        w in {"a", "an", "the", "its", "their", "'s", "new", "earlier", "recent", "last"}
        or any(m.type == "country" and m.start <= j < m.end for m in s.marks)
        for j, w in enumerate(low[k + 1 : t.head], k + 1)
    )


def _background_relative(s: Sentence, a: int, head: int) -> bool:
    """Whether the past verb at ``head`` is in a relative clause with a subject of its own.

    "Huawei, which the Commerce Department placed on a blacklist in May", "their militaries,
    which Beijing cut off last August": what the noun before went through, background.
    """
    low = s.lower
    if not (low[head].endswith("ed") or low[head] in _PAST_FORMS):
        return False
    for j in range(max(a, head - 6), head - 1):
        if low[j] in {"which", "whom"} and j > 0 and low[j - 1] == ",":
            return any(
                m.type in {"country", "leader", "agency"} and j < m.start < head for m in s.marks
            ) or any(w in _AGENCIES for w in low[j + 1 : head])
    return False


def _campaign(low: list[str], a: int, head: int) -> bool:
    """Whether the words before ``head`` in the clause are a candidate's or a campaign's.

    "Trump promised during his campaign to raise tariffs", "Republican candidate Donald
    Trump has proposed tariffs of up to 45 percent" (but not "a campaign of sanctions", nor
    a president-elect's threat: "President-elect Donald Trump said he would impose a 25%
    tariff ... unless").
    """
    words = low[max(a, head - 25) : head]
    return any(
        w in _CANDIDATES
        and (w != "campaign" or words[j - 1 : j] in (["the"], ["his"], ["her"]))
        and (
            w != "campaign"
            or "during" in words[max(0, j - 3) : j]
            or "trail" in words[j + 1 : j + 2]
        )
        for j, w in enumerate(words)
    )


def _effect(low: list[str], t: Trigger) -> bool:
    """Whether the trigger's verb tells what tariffs do to costs, not a tariff raised.

    "the tariffs would raise the cost of new trucks", "the higher Indian duties will add
    about USD 217 million a year to the cost of American goods": the measure is the verb's
    subject and a cost its object.
    """
    if low[t.noun] not in lx.TARIFF_NOUNS:
        return False
    if t.noun < t.head:  # "the tariffs would raise the cost"
        verb = t.head if t.head - t.noun <= 3 else None
    else:  # "the higher Indian duties will add ... to the cost"
        verbs = [j for j in range(t.noun + 1, min(len(low), t.noun + 4)) if low[j] in _ADD]
        verb = verbs[0] if verbs else None
    return verb is not None and bool(set(low[verb + 1 : verb + 11]) & _COSTS)


def _not_done(s: Sentence, a: int, head: int) -> bool:
    """Whether the event at ``head`` is one nobody did or decided: said so by its words.

    * an opinion: *should*, *ought to* in its verb group, or *must* after a country
      ("Washington should be cutting tariffs");
    * an analyst's conditional: a modal in a sentence whose speakers are analysts,
      economists or traders ("Analysts said a ruling could force ...");
    * a permission an authority gives ("The World Trade Organization cleared the bloc to
      retaliate");
    * a request to another country ("Japan had asked Washington to scrap its tariff").
    """
    low = s.lower
    # (anywhere in the clause: "The government should let private importers bring in rice
    # and cut the tariff")
    if any(w in _OUGHT for w in low[a:head]):
        return True
    for j in range(max(a, head - 4), head):
        if low[j] == "must" and any(
            m.type in {"country", "leader"} and m.end == j for m in s.marks
        ):
            return True  # "Washington must cut tariffs" (not "exporters must obtain a licence")
    end = next((s.segments[k].end for k in range(len(s.segments)) if
                s.segments[k].start <= head < s.segments[k].end), len(low))  # fmt: skip
    modals = [j for j in range(a, end) if low[j] in _CONDITIONAL]
    # (not a modal of a relative clause after the event: "prices fell by about a third as
    # traders who could no longer ship to Jordan unloaded their stock")
    modals = [j for j in modals if not (j > head and {"who", "which", "that"} & set(low[head:j]))]
    # the forecasters speak before the modal ("Analysts said a ruling could ..."), not "would
    # send a team of food safety experts"
    # (nor the modal's own subject: "its experts would travel to Moscow this week")
    if modals and any(
        w in _FORECASTERS
        and not (j == modals[0] - 1 and low[j - 1 : j] in (["its"], ["their"], ["his"], ["her"]))
        for j, w in enumerate(low[: modals[0]])
    ):
        return True
    # a power given, not used: "the law would give the president the power to impose
    # tariffs", "a reciprocity law allows the government to answer with its own tariffs"
    if (
        head >= 2
        and low[head - 1] == "to"
        and low[head - 2] in _POWERS
        # "reserves the right to suspend concessions ... if": a threat, below
        and not (
            low[head - 2] == "right"
            and (
                low[head - 4 : head - 3] in (["reserves"], ["reserve"], ["reserved"])
                # "could ask for the right to retaliate", "will seek the right to": a threat
                or low[head - 5 : head - 3] in _ASK_FOR
                # "could ask the WTO for the right to impose retaliatory duties"
                or (
                    low[head - 4 : head - 3] == ["for"]
                    and any(low[k] in _ASKS for k in range(max(0, head - 9), head - 5))
                )
                or low[head - 4 : head - 3] in (["seek"], ["seeks"], ["sought"], ["seeking"])
            )
        )
        # a power used: "invoked emergency powers to freeze the Panamanian government's
        # assets"
        and not set(low[max(0, head - 5) : head - 2]) & {"invoked", "invokes", "used", "uses"}
    ):
        return True
    # "A ruling against Mexico could eventually allow retaliatory tariffs": a power that
    # something might give
    if any(
        low[j] in _ALLOWS | {"allow", "permit", "authorize", "authorise"}
        and set(low[max(a, j - 3) : j]) & _CONDITIONAL
        for j in range(max(a, head - 4), head + 1)
    ):
        return True
    # "Under the agreement, the parties have 75 days to resolve the matter": a term's deadline
    # (in its own clause: not "..., and U.S. officials said Washington would suspend ...")
    if (
        low[:1] == ["under"]
        and a == 0
        and any(
            (low[j] in {"have", "has"} and low[j + 2 : j + 3] in (["days"], ["months"], ["weeks"]))
            # "Under the pact, consultations must begin within 30 days"
            or low[j] == "must"
            for j in range(0, head)
        )
    ):
        return True
    # "A bilateral safeguard clause lets either side reimpose tariffs": a term that permits
    if any(
        low[j] in _ALLOWS | {"lets", "let"} and low[j + 1 : j + 3] in _EITHER_SIDE
        for j in range(max(a, head - 5), head)
    ):
        return True
    if (
        head >= 2
        and low[head - 1] == "to"
        and any(low[j] in _ALLOWS for j in range(max(a, head - 6), head - 1))
    ):
        return True
    if head >= 2 and low[head - 1] == "to":
        before = range(max(0, head - 8), head - 1)
        for j in before:
            names = [
                m for m in s.marks if j < m.start < head - 1 and m.type in {"country", "leader"}
            ]
            # (not "cleared the way to block a Chinese takeover": the step itself)
            if (
                low[j] in _PERMIT
                and (any(w in _AUTHORITIES for w in low[:j]) or low[j].startswith("clear"))
                and low[j + 1 : j + 3] != ["the", "way"]
            ):
                return True
            # "Importers asked the administration to exempt the resin": a request made
            if low[j] in _REQUEST and (names or set(low[j + 1 : head - 1]) & _AGENCIES):
                return True
    return False


def _over_a_span(s: Sentence, seg: Segment, head: int) -> bool:
    """Whether a market move at ``head`` is told in the perfect over a span of time.

    "the yuan has risen about 7 percent against the dollar since June 2010", "The peso has
    weakened gradually this year", "The kwanza has lost more than 40 percent of its value
    against the dollar since the central bank abandoned its peg": a trend told as
    background, not a market's answer.
    """
    low = s.lower
    if not {"has", "have"} & set(low[max(seg.start, head - 2) : head]):
        return False
    span = any(d.since for d, a, _ in s.dates if seg.start <= a < seg.end)
    # "since the start of the year", "since the central bank abandoned its peg": a span
    # from an event or a time no date phrase reads (not "since the ruling", "since the
    # quotas were first discussed": a move since the report's measure, its answer)
    since = next((j for j in range(head, min(len(low), head + 14)) if low[j] == "since"), None)
    answer = (
        since is not None
        and low[since + 1 : since + 2] == ["the"]
        and (low[since + 2 : since + 3] != [] and low[since + 2] in _MEASURE_SINCE)
    )
    return (
        span
        or (since is not None and not answer)
        or any(low[j : j + 2] in (["this", "year"], ["so", "far"]) for j in range(head, seg.end))
    )


#: Nouns of a measure after "since the" that make a move its answer ("since the ruling").
_MEASURE_SINCE = frozenset(
    {"ruling", "decision", "ban", "announcement", "move", "quotas", "quota", "measures",
     "measure", "tariffs", "tariff", "duties", "duty", "sanctions", "restrictions", "curbs",
     "devaluation", "news", "order", "deal", "embargo"}
)  # fmt: skip


def in_participle_aside(low: list[str], j: int, head: int) -> bool:
    """Whether token ``j`` stands in a participle's aside that closes before ``head``.

    "the Doha Round of trade talks, launched ten years ago in Qatar, has reached an impasse":
    the aside dates the talks, not their impasse.
    """
    if j >= head:
        return False
    opened = [
        c for c in range(max(0, j - 8), j) if low[c] == "," and low[c + 1].endswith(("ed", "en"))
    ]
    return bool(opened) and "," in low[j + 1 : head]


#: Buying time, and reaffirming a measure: no event.
_BOUGHT = lx.forms("buy") | {"bought"}
_REAFFIRM = lx.forms("reaffirm", "reiterate")
#: "ruled out", "rules out": a denial.
_RULE = frozenset({"rule", "rules", "ruled", "ruling"})
#: A leader's earlier time in office, told as the date of a past measure ("in his first
#: term", "during his first administration").
_EARLIER_TERMS = [
    [prep, who, first, term]
    for prep in ("in", "during")
    for who in ("his", "her", "their")
    for first in ("first", "previous", "last")
    for term in ("term", "administration", "presidency", "government")
]

#: Spans whose "ago" tells history ("Forty years ago today", "two decades ago").
_LONG_SPANS = frozenset({"years", "decades", "century", "centuries"})


def _future_shared(s: Sentence, k: int, head: int) -> bool:
    """Whether the clause's bare verb shares the future of the verb it is joined to.

    "The deal would remove tariffs on Canadian exports ..., and give Ecuadorian shrimp
    duty-free access": *give* has no subject and no modal of its own; the *would* of the
    clause before is its own, so the cut is to come.  A verb in the past ("and raised") or
    in the present ("and gives") tells its own time.
    """
    low = s.lower
    seg = s.segments[k]
    if k == 0 or low[seg.start] != "and" or head != seg.start + 1:
        return False
    verb = low[head]
    if verb.endswith(("ed", "s")) or verb in _IRREGULAR_DONE - {"cut", "set", "put", "shut"}:
        return False
    before = s.segments[k - 1]
    return any(w in {"will", "would", "'ll", "shall"} for w in low[before.start : before.end])


#: Words after a number ordered that make it an amount of goods, not units ("ordered 5,000
#: tonnes of pineapples", "ordered 39 of Lotte's supermarkets to close").
_AMOUNTS_ORDERED = frozenset({"tonnes", "tons", "tonne", "ton", "of"})


def _units_ordered(low: list[str], head: int) -> bool:
    """Whether units are ordered at ``head``, to be built and delivered (a promise).

    "Indonesia ordered 42 Rafale fighter jets from France", "Emirates ordered 90 Boeing
    777X jets"; not "ordered about 5,000 tonnes of pineapples" (goods bought).
    """
    return (
        low[head] in {"ordered", "orders"}
        and head + 1 < len(low)
        and low[head + 1].replace(",", "").isdigit()
        and not set(low[head + 2 : head + 4]) & _AMOUNTS_ORDERED
    )
