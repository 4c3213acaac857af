"""The words of currencies and markets: currency measures, market nouns and moves.

Words are lower-case token forms; phrases of several words are matched as written.
Re-exported by :mod:`tradewar.news.lexicon`.
"""

from __future__ import annotations

from tradewar.news.inflection import forms

CURRENCY_NOUNS = frozenset(
    {"currency", "currencies", "midpoint", "fixing", "exchange", "yuan", "renminbi", "yen",
     "rupee", "rouble", "ruble", "lira", "peso", "won"}
)  # fmt: skip
CURRENCY_VERBS = forms(
    "support", "defend", "intervene", "devalue", "stabilize", "stabilise", "guide", "prop",
    "let", "allow", "set", "revalue", "peg", "bolster", "shore",
)  # fmt: skip
CURRENCY_PHRASES = (
    "prop up", "propped up", "props up", "propping up", "sold dollars", "selling dollars",
    "bought yen", "sold its dollar", "shore up", "shored up", "shoring up", "buying yen",
    "sold foreign currency", "selling foreign currency", "spent reserves",
    "sells dollars", "sell dollars", "sold u.s. dollars", "selling u.s. dollars",
    "sold greenbacks", "selling greenbacks", "sold the greenback", "spending reserves",
    "dipped into its reserves", "dipping into its reserves", "sold yuan", "bought rupees",
    # "ordered banks to ration foreign exchange for imports"
    "ration foreign exchange", "rationed foreign exchange", "rationing foreign exchange",
)  # fmt: skip
#: Phrases of a currency trade that are an intervention by themselves, done by a government
#: or central bank ("the Reserve Bank of India sold dollars through state-run banks").
CURRENCY_TRADES = frozenset(
    p for p in CURRENCY_PHRASES if not p.startswith(("prop", "shor", "shore"))
)

MARKET_NOUNS = frozenset(
    {"stocks", "shares", "markets", "indexes", "indices", "index", "equities", "futures",
     "bourses", "benchmark", "bourse", "bonds", "yields"}
)  # fmt: skip
#: Phrases that name a market ("Vietnam's stock market rose").
MARKET_NAME_PHRASES = (
    "stock market", "stock markets", "stock exchange", "share market", "equity market",
    "equity markets", "bond market", "bond markets", "currency market", "currency markets",
    "share prices", "stock prices", "equity prices",
)  # fmt: skip
MARKET_MOVES = (
    forms("fall", "drop", "dip", "slide", "tumble", "plunge", "slump", "sink", "decline",
          "rise", "rally", "jump", "surge", "gain", "climb", "soar", "weaken", "strengthen",
          "lose", "slip", "retreat", "shed", "sag", "recover", "firm", "rebound", "tank",
          "advance", "weaken", "plummet", "skid", "dive", "spike", "slide", "crash", "sour",
          "depreciate", "appreciate", "rebound", "wobble", "swoon", "nosedive")
    | {"fetched"}  # "the dollar fetched about 2,100 kyat on Monday"
)  # fmt: skip
MARKET_PHRASES = (
    "closed lower", "closed higher", "ended lower", "ended higher", "hit record highs",
    "hit a record high", "hit record", "sold off", "edged lower", "edged higher",
    "extended losses", "extended their losses", "extended its losses", "extended gains",
    "pared gains", "pared losses", "pared their gains", "pared its gains", "edged up",
    "edged down", "ticked up", "ticked down", "ticked higher", "ticked lower", "inched up",
    "inched down", "inched higher", "inched lower", "moved higher", "moved lower",
    "finished lower", "finished higher", "traded lower", "traded higher", "closed down",
    "closed up", "lost ground", "gained ground", "hit a record low", "hit record lows",
    "hit a low", "hit a high", "were down", "was down", "were up", "was up", "ended down",
    "ended up", "opened lower", "opened higher", "hit the weak end", "hit the strong end",
    "touched the weak end", "touched the strong end", "reached the weak end",
    "reached the strong end", "settling up", "settling down", "settled up",
    "hit its lowest", "hit their lowest", "hit its highest", "hit their highest",
    "hit a fresh low", "hit a new low", "hit a fresh high", "hit a new high",
    "touched its lowest", "touched their lowest", "hit a multi-year low",
    # "Shares of the Austrian steel companies were firmer on the Vienna exchange"
    "were firmer", "was firmer", "were weaker", "was weaker",
)  # fmt: skip
#: Market moves up and down (a move of several companies the same way is one).
MOVES_UP = forms("rise", "rally", "jump", "surge", "gain", "climb", "soar", "strengthen",
                 "firm", "rebound", "advance", "recover", "spike", "appreciate")  # fmt: skip
MOVES_DOWN = forms("fall", "drop", "dip", "slide", "tumble", "plunge", "slump", "sink",
                   "decline", "weaken", "lose", "slip", "retreat", "shed", "sag", "tank",
                   "plummet", "skid", "dive", "crash", "depreciate", "nosedive")  # fmt: skip
#: Verbs that move a currency named just before them, and only then ("the yuan eased"; a
#: country that eased its tariffs made no market move).
CURRENCY_MOVES = forms("ease", "soften", "stiffen")
#: Verbs of a market's close, and the words after them that make it a move ("The rupee
#: ended 0.1% weaker", "closed 2% higher").
MARKET_CLOSES = forms("end", "close", "finish", "settle", "open", "trade")
MARKET_ENDS = frozenset({"weaker", "stronger", "firmer", "softer", "higher", "lower"})
#: Verbs that move a market named after them ("sending the lira down").
MARKET_CAUSERS = frozenset(
    {"sending", "sent", "pushing", "pushed", "driving", "drove", "dragging", "dragged",
     "knocking", "knocked", "lifting"}
)  # fmt: skip
MARKET_DIRECTIONS = frozenset({"down", "up", "lower", "higher", "tumbling", "sliding"})

# -- interventions told without "intervene" ---------------------------------------------------

#: Words for the authorities that intervene, besides the countries' names and agencies.
OFFICIALS = frozenset(
    {"authorities", "government", "officials", "ministry", "treasury", "regulator",
     "regulators", "monetary", "governor", "bank", "banks", "cabinet"}
)  # fmt: skip
#: Private traders before a currency trade: theirs is no intervention.
PRIVATE_TRADERS = frozenset(
    {"investors", "traders", "exporters", "importers", "funds", "speculators", "companies",
     "firms", "households", "hedge", "dealers", "players", "retail", "corporates"}
)  # fmt: skip
#: Verbs of a currency trade ("sold yen", "bought the won", "dumped dollars", "injected 8.5
#: million US dollars into the foreign exchange market").
CURRENCY_TRADE_VERBS = forms("buy", "sell", "dump", "offload", "inject")
#: Objects of a currency trade besides the currencies' names.
CURRENCY_OBJECTS = frozenset(
    {"dollars", "dollar", "greenbacks", "greenback", "currency", "currencies", "reserves",
     "yen", "yuan", "euros", "francs", "won", "rupees", "pesos", "usd", "eur", "dirhams",
     # "sold $400 million of forwards", "non-deliverable forward contracts", "FX swaps"
     "forwards", "forward", "swaps"}
)  # fmt: skip
#: Stepping into a currency market: an intervention when a currency is named.
CURRENCY_STEP_PHRASES = (
    "step in", "steps in", "stepped in", "stepping in", "step into the market",
    "stepped into the market", "steps into the market", "stepping into the market",
    "stepped into the currency market", "step into the currency market", "rate check",
    "rate checks", "checked rates", "check rates", "checking rates", "conducted rate checks",
    "smoothing operations", "smoothing operation",
)  # fmt: skip
#: A currency regime: a floor, cap, peg or band.
CURRENCY_REGIME_PHRASES = (
    "minimum exchange rate", "exchange rate floor", "exchange - rate floor",
    "exchange rate cap", "exchange - rate cap", "currency peg", "currency floor",
    "currency cap", "dollar peg", "peg to the dollar", "peg to the euro",
    "exchange rate peg", "exchange - rate peg", "trading band", "currency band",
    "gold window", "currency corridor", "exchange rate corridor", "exchange - rate corridor",
    "trading corridor",
)  # fmt: skip
#: Controls on buying foreign currency ("imposed currency controls", "lifted limits on the
#: purchase of foreign currency").
CURRENCY_CONTROL_PHRASES = (
    "currency controls", "capital controls", "foreign exchange controls",
    "foreign - exchange controls", "exchange controls",
    "limits on the purchase of foreign currency", "limits on purchases of foreign currency",
    "limits on the purchase of dollars",
    "limits on purchases of dollars", "curbs on buying dollars", "restrictions on buying dollars",
)  # fmt: skip
#: Verbs that let a currency float, giving up its peg ("floated the pound").
FLOAT_VERBS = frozenset({"float", "floats", "floated"})
#: Verbs that hold a currency at a level ("would hold the manat stable").
HOLD_VERBS = forms("hold", "keep", "maintain") | {"held", "kept"}
#: Nouns of a regime when a currency follows them ("its cap on the koruna").
REGIME_NOUNS = frozenset({"cap", "floor", "peg", "ceiling"})
#: Verbs that set a regime, and verbs that end one (a reversed intervention).
REGIME_VERBS = forms(
    "set", "introduce", "impose", "adopt", "defend", "establish", "widen", "narrow"
)
REGIME_ENDS = forms(
    "scrap", "abandon", "remove", "end", "drop", "ditch", "abolish", "lift", "unpeg",
    "discontinue", "exit", "close",
)  # fmt: skip
