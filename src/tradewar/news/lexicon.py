"""The words that signal each kind of event, its status, and sentences that report none.

Words are lower-case token forms (the tokenizer splits ``anti-dumping`` into
``anti - dumping`` and ``U.S.`` stays one token); :func:`forms` spells out a
regular verb's forms.  Phrases of several words are matched as written.
"""

from __future__ import annotations

from tradewar.news.inflection import forms
from tradewar.news.marketwords import (
    CURRENCY_NOUNS,
    CURRENCY_PHRASES,
    CURRENCY_TRADES,
    CURRENCY_VERBS,
    MARKET_CAUSERS,
    MARKET_CLOSES,
    MARKET_DIRECTIONS,
    MARKET_ENDS,
    MARKET_MOVES,
    MARKET_NAME_PHRASES,
    MARKET_NOUNS,
    MARKET_PHRASES,
    MOVES_DOWN,
    MOVES_UP,
)

__all__ = [
    "CURRENCY_NOUNS",
    "CURRENCY_PHRASES",
    "CURRENCY_TRADES",
    "CURRENCY_VERBS",
    "MARKET_CAUSERS",
    "MARKET_CLOSES",
    "MARKET_DIRECTIONS",
    "MARKET_ENDS",
    "MARKET_MOVES",
    "MARKET_NAME_PHRASES",
    "MARKET_NOUNS",
    "MARKET_PHRASES",
    "MOVES_DOWN",
    "MOVES_UP",
    "forms",
]


# -- measures (nouns) ---------------------------------------------------------------------

TARIFF_NOUNS = frozenset(
    {"tariff", "tariffs", "duty", "duties", "levy", "levies", "counter-tariffs", "countertariffs",
     "surtax", "surtaxes", "surcharge", "surcharges", "countermeasures", "quota", "quotas"}
)  # fmt: skip
#: Phrases that name tariffs (matched as token sequences).
TARIFF_PHRASES = (
    "import tax", "import taxes", "import fee", "import fees", "anti - dumping measures",
    "anti - dumping duties", "anti - dumping cases", "anti - dumping case",
    "anti - subsidy duties", "countervailing duties", "customs duties", "counter - tariffs",
    "retaliatory measures", "tariff increase", "tariff hike", "tariff hikes",
    "tariff increases", "import duties", "anti - dumping deposit", "anti - dumping deposits",
    "countervailing deposits", "cash deposit", "cash deposits", "security deposit",
    "security deposits", "provisional duties", "safeguard duties", "safeguard duty",
    "safeguard measures", "safeguard tariffs", "import surcharge", "counter - measures",
    "rebalancing measures", "trade remedies", "tariff - rate quota", "tariff - rate quotas",
    "import quota", "import quotas", "reciprocal tariffs", "safeguard on", "safeguards on",
    "minimum import price", "minimum import prices",
    # the rates the U.S. Commerce Department sets ("set final anti-dumping margins of 2.65
    # percent on minivans made by Toyota"): importers post deposits at them
    "anti - dumping margins", "anti - dumping margin",
    # Russia's fee on imported cars ("The recycling fee that Russia charges on imported
    # passenger cars rose by 70% to 85%")
    "recycling fee", "recycling fees", "utilisation fee", "utilization fee", "scrappage fee",
)  # fmt: skip
#: Nouns that a tariff word only modifies ("a tariff truce", "the tariff war"): no measure.
MODIFIED_HEADS = frozenset(
    {"truce", "war", "wars", "dispute", "disputes", "row", "spat", "fight", "battle", "feud",
     "standoff", "talks", "negotiations", "deal", "agreement", "pact", "revenue", "revenues",
     "income", "policy", "policies", "regime", "schedule", "schedules", "code", "codes",
     "classification", "uncertainty", "fears", "worries", "concerns", "turmoil", "chaos",
     "threat", "threats", "pause", "reprieve", "deadline", "letter", "letters", "announcement",
     "escalation", "tensions", "barrage", "blitz", "plan", "plans", "bill", "law", "authority",
     "powers", "case", "ruling", "lawsuit", "hearing"}
)  # fmt: skip
#: "rate" is a tariff only next to these words.
RATE_WORDS = frozenset({"rate", "rates"})
#: Words before "rate" that make it no tariff: a central bank's policy rate, an exchange rate
#: ("cut its policy rate by 25 basis points" is no tariff cut).
NOT_TARIFF_RATES = frozenset(
    {"interest", "exchange", "growth", "unemployment", "policy", "deposit", "benchmark",
     "lending", "repo", "discount", "key", "bank", "mortgage", "inflation", "refinancing",
     "cash", "overnight", "funds", "savings", "prime", "base", "reserve", "participation",
     "utilisation", "utilization", "vacancy", "jobless", "birth", "mortality", "default",
     "reference", "fixing", "midpoint", "central", "parity", "spot", "forward", "facility",
     "market", "official", "interbank"}
)  # fmt: skip

EXPORT_NOUNS = frozenset({"blacklist", "blacklists", "curbs", "restrictions", "ban", "bans"})
EXPORT_PHRASES = (
    "export controls", "export control", "export ban", "export bans", "export restrictions",
    "export curbs", "export licences", "export licenses", "entity list",
    "unreliable entity list", "business blacklist", "trade blacklist", "export controls",
    "supply chain", "white list", "whitelist", "trusted trading partners", "licence for exports",
    "license for exports", "licences for exports", "licenses for exports",
    "licence requirement", "license requirement", "licence requirements",
    "license requirements", "export licence", "export license", "export permits",
    "export permit", "export quota", "export quotas", "export tax", "export taxes",
    "minimum export price", "minimum export prices", "export price floor",
    "export duty", "export duties", "export tariff", "export tariffs", "export charge",
    "export charges", "export levy",
    "export levies", "export restriction", "military end - user list",
    "unverified list", "export control list", "control list",
    "foreign direct product rule", "dual - use items", "dual - use goods",
)  # fmt: skip
#: Flows an export control restricts ("restrict exports", "limit its steel exports").
EXPORT_FLOWS = frozenset(
    {
        "exports",
        "export",
        "shipments",
        "sales",
        "selling",
        "supplies",
        "supply",
        "exporting",
        "pumping",
    }
)
EXPORT_VERBS = forms(
    "restrict", "limit", "curb", "ban", "halt", "block", "bar", "stop", "cut", "require",
    "prohibit", "forbid", "cap",
)  # fmt: skip
#: Floor prices on exports, which a government sets ("set a minimum export price").
PRICE_FLOORS = ("minimum export price", "minimum export prices", "export price floor")
#: Lists of trusted partners: leaving one tightens controls, joining one eases them.
WHITE_LISTS = ("white list", "whitelist", "trusted trading partners", "list of trusted")

SANCTION_NOUNS = frozenset({"sanctions", "sanction", "penalties", "embargo", "embargoes"})
#: (a fine imposed, not "fines" threatened or a grade of ore: "could face fines")
SANCTION_VERBS = forms("sanction") | {"fined", "fining"}
#: Nouns of a government's aid to another (whose sum is no trade covered).
AID_NOUNS = frozenset({"aid", "assistance"})
#: A country's holdings abroad that a sanction freezes ("froze Egypt's sterling balances").
HOLDINGS = frozenset({"assets", "property", "balances", "funds", "accounts", "deposits"})
#: Nouns of holdings taken by order ("ordered the confiscation of all property").
TAKINGS = frozenset({"seizure", "confiscation", "expropriation"})
#: Nouns of relief from a measure ("an exemption from U.S. tariffs").
RELIEF_NOUNS = frozenset(
    {"exemption", "exemptions", "reprieve", "waiver", "waivers", "relief", "exclusion",
     "exclusions", "respite", "carve-out", "exception"}
)  # fmt: skip

PURCHASE_NOUNS = frozenset(
    {"purchases", "purchase", "orders", "buying", "imports", "import", "deliveries", "loadings",
     "liftings", "importation"}
)  # fmt: skip
#: Verbs of taking goods in ("not to take any further deliveries of Boeing jets").
ACCEPT_VERBS = frozenset({"take", "accept", "receive", "buy", "purchase", "import", "order"})
#: Verbs that order others to act ("ordered its airlines not to take deliveries").
ORDER_VERBS = forms("order", "instruct", "tell", "direct", "ask") | {"told"}
#: Verbs that let goods in again: a purchase cut undone ("began letting animals back in").
ADMIT_VERBS = forms("let", "allow", "permit", "admit", "readmit")
PURCHASE_CUT_VERBS = forms(
    "stop", "halt", "suspend", "cancel", "cut", "reduce", "freeze", "pause", "end", "curb", "ban",
    "bar", "prohibit", "forbid", "block",
)  # fmt: skip
PURCHASE_MORE = frozenset({"more", "additional", "extra"})
BUY_VERBS = forms("buy", "purchase", "import")
COMMIT_VERBS = forms("commit", "pledge", "promise", "agree", "vow", "resume", "increase") | {
    "committed",
    "committing",
    "agreeing",
    "step",
}

#: Verbs of a rate that moves by itself ("duties falling to 30%", "will double to 50%").
RATE_DOWN = forms("fall", "drop", "decline", "ease", "come") | {"down"}
#: Verbs of a rate that rises by itself ("U.S. tariffs on $200 billion of goods rose to 25%").
RATE_UP = forms("rise", "climb", "jump", "double", "triple") | {"went"}

TALK_NOUNS = frozenset(
    {"talks", "negotiations", "discussions", "negotiation", "dialogue", "round", "consultations"}
)
DEAL_NOUNS = frozenset(
    {"deal", "deals", "agreement", "agreements", "pact", "pacts", "accord", "accords", "truce",
     "consensus", "framework", "frameworks", "treaty", "treaties", "protocol", "declaration",
     "convention"}
)  # fmt: skip
TALKS_STALLED = (
    forms("stall", "collapse", "halt", "suspend", "deadlock", "freeze")
    | {
        "impasse",
        "flux",
        "stalemate",
    }
    | forms("pause", "stall")
)
TALKS_STALLED_PHRASES = (
    "broke down", "break down", "broken down", "walked away", "called off", "in flux",
    "ground to a halt", "broke off", "break off", "breaking off", "broken off", "pulled out of",
    "pull out of", "pulling out of", "walked out", "walk out", "cut off", "hit a snag",
    "hit an impasse", "fell apart", "fall apart", "falling apart", "came to nothing",
    "going nowhere", "go nowhere", "goes nowhere", "went nowhere", "gone nowhere",
    "at an impasse", "at a standstill", "at a stalemate", "bogged down", "made no progress",
    "making no progress", "no progress", "hit a wall", "hit a roadblock", "ran aground",
    "run aground", "walked away from", "walk away from", "walks away from",
    "withdrew from", "withdraw from", "withdraws from", "withdrawing from", "broke up",
    "break up", "broken up", "breaking up", "on ice", "on hold",
    "produced no breakthrough", "produced no agreement", "produced no deal",
    "yielded no breakthrough", "yielded no agreement", "brought no breakthrough",
    "ended in deadlock", "ended in stalemate", "fell through", "fall through", "falls through",
    "falling through",
)  # fmt: skip
#: Verbs that end talks when talks are their object ("terminated the negotiations"); "end"
#: does only with a quantifier ("ending all trade negotiations"; "ended talks" held them).
TALKS_ENDED = forms("terminate", "abandon", "scrap", "cancel", "quit", "postpone", "shelve")
TALKS_ENDED_ALL = forms("end")
TALKS_HELD = forms(
    "hold", "conclude", "end", "meet", "attend", "open", "wrap", "launch", "relaunch"
) | {
    "showing",
    "showed",
    "took",
    "days",
    "kicked",
}
TALKS_SCHEDULED = forms("resume", "schedule", "travel", "visit", "plan") | {
    "ahead",
    "next",
    "due",
    "upcoming",
}
DEAL_REACHED = forms(
    "sign",
    "reach",
    "strike",
    "clinch",
    "seal",
    "agree",
    "conclude",
    "announce",
    "unveil",
    "finalize",
    "finalise",
    "ink",
    "nail",
    "hammer",
)
DEAL_BROKEN = forms(
    "leave",
    "withdrawal",
    "renege",
    "backtrack",
    "violate",
    "breach",
    "override",
    "abandon",
    "break",
    "tear",
    "withdraw",
    "scrap",
    "quit",
    "exit",
    "terminate",
    "cancel",
    "undermine",
    "annul",
    "void",
    "repudiate",
    "abrogate",
    "ditch",
    "jettison",
) | {"abeyance"}  # "could hold in abeyance all bilateral agreements"
#: Words that report a broken deal on their own ("China reneged").
DEAL_BROKEN_ALONE = forms("renege", "backtrack")

# -- changes --------------------------------------------------------------------------------

RAISE_VERBS = forms(
    "impose",
    "reimpose",
    "reinstate",
    "slap",
    "levy",
    "raise",
    "increase",
    "hike",
    "double",
    "triple",
    "charge",
    "put",
    "pursue",
    "apply",
    "extend",
    "rise",
    "climb",
    "face",
    "add",
    "expand",
    "announce",
    "introduce",
    "reimpose",
    "threaten",
    "retaliate",
    "hit",
    "respond",
    "publish",
    "tighten",
    "place",
    "begin",
    "take",
    "start",
    "unveil",
    "approve",
    "finalize",
    "finalise",
    "adopt",
    "rule",
    "hit",
    "quadruple",
    "require",
    "subject",
    "subjected",
    "prepare",
    "draft",
    "agree",
    "target",
    "widen",
    "broaden",
    "enact",
    "implement",
    "renew",
    "reinstate",
    "restore",
    "escalate",
    "recommend",
    "propose",
    "incur",
    "attract",
    # a measure under consideration, a threat by gr.THREAT ("is weighing tariffs on steel");
    # "tariffs weighed on stocks" is no measure (tariffs.py)
    "consider",
    "weigh",
    "mull",
    "contemplate",
)
#: Verbs that consider a measure: only with it as their object, never with "on".
CONSIDER_VERBS = forms("consider", "weigh", "mull", "contemplate")
#: Verbs that cap imports: an import quota, a tariff measure ("will cap imports of steel").
QUOTA_VERBS = forms("cap", "limit", "restrict", "ration")
#: Verbs of a measure that is their subject ("A 25% surtax on steel will follow on Oct. 15").
ARRIVE_VERBS = forms("follow", "apply", "start", "begin") | {"kick", "kicks", "kicked"}
#: Verbs that retaliate with no word for the measure ("Brazil will retaliate if ...").
RETALIATE_ALONE = frozenset({"retaliate", "retaliates", "retaliated"})
#: Verbs that answer another's measure: their subject retaliates ("would answer any tariff").
RESPONSE_VERBS = forms("answer", "counter", "reciprocate", "mirror", "match", "retaliate")
#: Verbs and phrases that put a measure on hold ("put on hold for 90 days its countermeasures").
REVERSE_PHRASES = (
    "put on hold", "puts on hold", "putting on hold", "placed on hold", "put on ice",
    "held off", "hold off", "holding off", "set aside", "sets aside", "called off",
    "call off", "calls off", "rolled back", "roll back", "rolls back", "rolling back",
    "scaled back", "scale back", "scaling back", "pulled back", "backed off", "back off",
    "backed down", "back down", "stepped back", "pushed back", "push back", "put off",
    "puts off", "putting off", "stopped collecting", "stop collecting", "stops collecting",
    "ceased collecting", "cease collecting", "not go ahead with", "not proceed with",
)  # fmt: skip
#: Verbs that decide a measure without putting it in effect ("authorized doubling tariffs").
AUTHORIZE = forms("authorize", "authorise", "approve", "order", "sign")
CUT_VERBS = forms(
    "cut",
    "lower",
    "reduce",
    "halve",
    "slash",
    "trim",
    "exempt",
    "eliminate",
    "abolish",
    "exclude",
) | {
    "exemption",
    "exemptions",
    "exclusion",
    "exclusions",
}
#: Verbs that take duties away: a cut when the duties are standing ones no earlier measure
#: named ("will scrap duties on Indian clothing"), a reversal of a named one ("scrap its
#: retaliatory tariffs"); "phase" only with "out".
REMOVE_VERBS = forms(
    "scrap", "remove", "eliminate", "abolish", "waive", "axe", "drop", "suspend", "phase",
    "zero",
)  # fmt: skip
#: Words that name a measure of a trade conflict, not a standing duty ("its retaliatory tariffs").
WAR_WORDS = frozenset(
    {"retaliatory", "punitive", "additional", "extra", "reciprocal", "counter", "emergency",
     "higher", "new", "recent", "fentanyl", "section", "penalty", "tit", "countervailing",
     "anti", "dumping", "safeguard", "provisional", "temporary"}
)  # fmt: skip
#: Nouns of a bloc's members, which a country that joins it becomes ("became members of").
MEMBER_WORDS = frozenset({"member", "members"})
REVERSE_VERBS = forms(
    "lift",
    "remove",
    "scrap",
    "drop",
    "end",
    "suspend",
    "delay",
    "postpone",
    "withdraw",
    "revoke",
    "rescind",
    "repeal",
    "pause",
    "shelve",
    "waive",
    "terminate",
    "ease",
    "relax",
) | {"reprieve", "roll", "rolled", "rolling"}

RETALIATION = frozenset(
    {"retaliation", "retaliatory", "retaliate", "retaliated", "retaliates", "retaliating",
     "countermeasures", "counter", "matching", "tit", "rebalancing",
     "counter-tariffs", "countertariffs", "mirror"}
)  # fmt: skip
RETALIATION_PHRASES = (
    "hit back",
    "hits back",
    "hitting back",
    "in response",
    "struck back",
    "strike back",
    "responded with",
    "respond with",
    "its answer to",
    "in answer to",
    "answered with",
    "answered within",
)

#: Every word that can head an event (for cutting clauses at "and" + verb).
EVENT_VERBS = (
    RAISE_VERBS
    | CUT_VERBS
    | REVERSE_VERBS
    | EXPORT_VERBS
    | SANCTION_VERBS
    | BUY_VERBS
    | PURCHASE_CUT_VERBS
    | TALKS_STALLED
    | TALKS_SCHEDULED
    | DEAL_REACHED
    | DEAL_BROKEN
    | CURRENCY_VERBS
    | forms("hold", "meet", "sign", "resume")
) - {
    "set",
    "let",
    "allow",
    "take",
    "face",
    "rule",
    "apply",
    "add",
    "end",
    "plan",
    "due",
    "ahead",
    "next",
    "upcoming",
    "step",
    "open",
    "come",
    "go",
    "begin",
    "start",
    "put",
}


# -- words shared by several steps ---------------------------------------------------------

#: Verbs of losing what one had ("lost their duty-free access", "could lose").
LOSE_VERBS = forms("lose", "forfeit") | {"lost"}
#: Words of a border and its crossings ("reopened the Arar border crossing", "closed the
#: Torkham and Chaman crossings to trade").
BORDER_CROSSINGS = frozenset(
    {"crossings", "crossing", "checkpoints", "checkpoint", "border", "borders", "post",
     "posts", "frontier"}
)  # fmt: skip
#: Verbs of getting back what one had lost ("will regain duty-free access").
REGAIN_VERBS = forms("regain")
#: Verbs of failing ("failed to agree", "unable to reach a deal").
FAILED = frozenset({"failed", "fail", "fails", "failing", "unable"})
#: Participles of a later step of the same tariff ("..., rising to 25% on June 1").
STEP_PARTICIPLES = frozenset(
    {"rising", "increasing", "climbing", "going", "stepping", "escalating"}
)

#: Verbs of a supplier's promise to deliver goods to a buyer ("will supply the Philippines
#: with 1.5 million tonnes of rice a year").
SUPPLY_VERBS = frozenset({"supply", "supplies", "supplying"})
#: Verbs of goods that begin to go to a buyer ("began flowing to Syria").
BEGUN_FLOWS = frozenset({"supplying", "flowing", "exporting", "shipping", "delivering", "pumping"})
#: Verbs of a matter taken up with another country's officials ("will brief the Kuwaiti and
#: Jordanian embassies next week").
TAKE_UP_VERBS = forms("raise", "explain", "brief", "present")
#: Domestic parties a government meets: such a meeting is no trade talk between countries.
DOMESTIC_PARTIES = frozenset(
    {"makers", "companies", "firms", "executives", "industry", "businesses", "exporters",
     "importers", "producers", "manufacturers", "automakers", "carmakers", "chipmakers",
     "farmers", "lawmakers", "unions", "business", "ceos", "bosses", "investors",
     "shipbuilders", "steelmakers", "groups", "associations", "lobbies", "traders", "miners"}
)  # fmt: skip
#: Another country's people a matter is taken up with or who are met ("Chinese officials",
#: "his South Korean counterpart", "the Thai and Japanese ambassadors", "its embassy").
ENVOYS = frozenset(
    {"officials", "official", "counterpart", "counterparts", "embassy", "embassies",
     "ministers", "minister", "delegation", "negotiators", "authorities", "envoy", "envoys",
     "ambassador", "ambassadors"}
)  # fmt: skip
