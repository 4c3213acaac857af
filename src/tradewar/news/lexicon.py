"""The words that signal each kind of event, its status, and sentences that report none.

Words are lower-case token forms (the tokenizer splits ``anti-dumping`` into
``anti - dumping`` and ``U.S.`` stays one token); :func:`forms` spells out a
regular verb's forms.  Phrases of several words are matched as written.
"""

from __future__ import annotations

__all__ = ["forms"]

_IRREGULAR = {
    "put": ("put", "puts", "putting"),
    "cut": ("cut", "cuts", "cutting"),
    "set": ("set", "sets", "setting"),
    "hit": ("hit", "hits", "hitting"),
    "rise": ("rise", "rises", "rose", "risen", "rising"),
    "fall": ("fall", "falls", "fell", "fallen", "falling"),
    "sink": ("sink", "sinks", "sank", "sunk", "sinking"),
    "break": ("break", "breaks", "broke", "broken", "breaking"),
    "strike": ("strike", "strikes", "struck", "striking"),
    "freeze": ("freeze", "freezes", "froze", "frozen", "freezing"),
    "withdraw": ("withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing"),
    "hold": ("hold", "holds", "held", "holding"),
    "meet": ("meet", "meets", "met", "meeting"),
    "buy": ("buy", "buys", "bought", "buying"),
    "lose": ("lose", "loses", "lost", "losing"),
    "begin": ("begin", "begins", "began", "begun", "beginning"),
    "take": ("take", "takes", "took", "taken", "taking"),
    "tear": ("tear", "tears", "tore", "torn", "tearing"),
    "let": ("let", "lets", "letting"),
    "slide": ("slide", "slides", "slid", "sliding"),
    "sell": ("sell", "sells", "sold", "selling"),
    "shed": ("shed", "sheds", "shedding"),
    "go": ("go", "goes", "went", "gone", "going"),
    "come": ("come", "comes", "came", "coming"),
}
_DOUBLE = {"slap", "drop", "scrap", "stop", "ban", "trim", "curb", "dip", "slip", "plan", "top"}


def forms(*verbs: str) -> frozenset[str]:
    """Every form of each verb: ``raise`` → raise, raises, raised, raising.

    Parameters
    ----------
    *verbs : str
        Base forms.

    Returns
    -------
    frozenset of str
        The forms, lower-case.
    """
    out: set[str] = set()
    for verb in verbs:
        if verb in _IRREGULAR:
            out.update(_IRREGULAR[verb])
            continue
        if verb in _DOUBLE:
            out.update({verb, verb + "s", verb + verb[-1] + "ed", verb + verb[-1] + "ing"})
        elif verb.endswith("e"):
            out.update({verb, verb + "s", verb + "d", verb[:-1] + "ing"})
        elif verb.endswith("y") and verb[-2] not in "aeiou":
            out.update({verb, verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"})
        elif verb.endswith(("sh", "ch", "ss", "x")):
            out.update({verb, verb + "es", verb + "ed", verb + "ing"})
        else:
            out.update({verb, verb + "s", verb + "ed", verb + "ing"})
    return frozenset(out)


# -- measures (nouns) ---------------------------------------------------------------------

TARIFF_NOUNS = frozenset(
    {"tariff", "tariffs", "duty", "duties", "levy", "levies", "counter-tariffs", "countertariffs"}
)
#: Phrases that name tariffs (matched as token sequences).
TARIFF_PHRASES = (
    "import tax", "import taxes", "anti - dumping measures", "anti - dumping duties",
    "anti - subsidy duties", "countervailing duties", "customs duties", "counter - tariffs",
    "retaliatory measures", "tariff increase", "tariff hike", "tariff hikes",
    "tariff increases", "import duties",
)  # fmt: skip
#: "rate" is a tariff only next to these words.
RATE_WORDS = frozenset({"rate", "rates"})

EXPORT_NOUNS = frozenset({"blacklist", "blacklists", "curbs", "restrictions", "ban", "bans"})
EXPORT_PHRASES = (
    "export controls", "export control", "export ban", "export bans", "export restrictions",
    "export curbs", "export licences", "export licenses", "entity list",
    "unreliable entity list", "business blacklist", "trade blacklist", "export controls",
    "supply chain", "white list", "whitelist", "trusted trading partners", "licence for exports",
    "license for exports", "licences for exports", "licenses for exports",
    "licence requirement", "license requirement", "licence requirements",
    "license requirements",
)  # fmt: skip
#: Flows an export control restricts ("restrict exports", "limit its steel exports").
EXPORT_FLOWS = frozenset(
    {"exports", "export", "shipments", "sales", "selling", "supplies", "supply", "exporting"}
)
EXPORT_VERBS = forms(
    "restrict", "limit", "curb", "ban", "halt", "block", "bar", "stop", "cut", "require"
)
#: Lists of trusted partners: leaving one tightens controls, joining one eases them.
WHITE_LISTS = ("white list", "whitelist", "trusted trading partners", "list of trusted")

SANCTION_NOUNS = frozenset({"sanctions", "sanction", "penalties"})
SANCTION_VERBS = forms("sanction", "fine")

PURCHASE_NOUNS = frozenset({"purchases", "purchase", "orders", "buying", "imports", "import"})
PURCHASE_CUT_VERBS = forms(
    "stop", "halt", "suspend", "cancel", "cut", "reduce", "freeze", "pause", "end", "curb", "ban"
) | {"cancelled", "cancelling"}
PURCHASE_MORE = frozenset({"more", "additional", "extra"})
BUY_VERBS = forms("buy", "purchase", "import")
COMMIT_VERBS = forms("commit", "pledge", "promise", "agree", "vow", "resume", "increase") | {
    "step",
}

CURRENCY_NOUNS = frozenset(
    {"currency", "currencies", "midpoint", "fixing", "exchange", "yuan", "renminbi", "yen",
     "rupee", "rouble", "ruble", "lira", "peso", "won"}
)  # fmt: skip
CURRENCY_VERBS = forms(
    "support",
    "defend",
    "intervene",
    "devalue",
    "stabilize",
    "stabilise",
    "guide",
    "prop",
    "let",
    "allow",
    "set",
)
CURRENCY_PHRASES = ("prop up", "propped up", "props up", "propping up", "sold dollars")

MARKET_NOUNS = frozenset(
    {"stocks", "shares", "markets", "indexes", "indices", "index", "equities", "futures",
     "bourses", "benchmark"}
)  # fmt: skip
MARKET_MOVES = (
    forms("fall", "drop", "dip", "slide", "tumble", "plunge", "slump", "sink", "decline",
          "rise", "rally", "jump", "surge", "gain", "climb", "soar", "weaken", "strengthen",
          "lose", "slip", "retreat", "shed", "sag", "recover", "firm", "rebound", "tank",
          "advance", "weaken")
)  # fmt: skip
MARKET_PHRASES = (
    "closed lower", "closed higher", "ended lower", "ended higher", "hit record highs",
    "hit a record high", "hit record", "sold off", "edged lower", "edged higher",
    "extended losses", "extended their losses", "extended its losses", "extended gains",
    "pared gains", "pared losses", "pared their gains", "pared its gains",
)  # fmt: skip
#: Verbs that move a market named after them ("sending the lira down").
MARKET_CAUSERS = frozenset(
    {"sending", "sent", "pushing", "pushed", "driving", "drove", "dragging", "dragged",
     "knocking", "knocked", "lifting"}
)  # fmt: skip
MARKET_DIRECTIONS = frozenset({"down", "up", "lower", "higher", "tumbling", "sliding"})
#: Verbs of a rate that moves by itself ("duties falling to 30%", "will double to 50%").
RATE_DOWN = forms("fall", "drop", "decline", "ease", "come") | {"down"}

TALK_NOUNS = frozenset({"talks", "negotiations", "discussions", "negotiation", "dialogue", "round"})
DEAL_NOUNS = frozenset({"deal", "agreement", "pact", "accord", "truce"})
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
    "broke down",
    "break down",
    "broken down",
    "walked away",
    "called off",
    "in flux",
    "ground to a halt",
)
TALKS_HELD = forms("hold", "conclude", "end", "meet", "attend", "open", "wrap") | {
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
    "sign", "reach", "strike", "clinch", "seal", "agree", "conclude", "announce", "unveil"
)
DEAL_BROKEN = forms(
    "renege", "backtrack", "violate", "breach", "override", "abandon", "break", "tear", "withdraw"
)
#: Words that report a broken deal on their own ("China reneged").
DEAL_BROKEN_ALONE = forms("renege", "backtrack")

# -- changes --------------------------------------------------------------------------------

RAISE_VERBS = forms(
    "impose",
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
)
#: Verbs that decide a measure without putting it in effect ("authorized doubling tariffs").
AUTHORIZE = forms("authorize", "authorise", "approve", "order", "sign")
CUT_VERBS = forms(
    "cut", "lower", "reduce", "halve", "slash", "trim", "exempt", "eliminate", "abolish"
) | {
    "exemption",
    "exemptions",
    "exclusion",
    "exclusions",
}
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
     "countermeasures", "counter", "matching", "tit"}
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
)

# -- status ---------------------------------------------------------------------------------

THREAT = forms("threaten", "warn", "consider", "mull", "weigh", "propose", "prepare") | {
    "threat",
    "threats",
    "could",
    "may",
    "might",
    "ready",
}
FUTURE = frozenset(
    {"will", "would", "'ll", "shall", "set", "plans", "plan", "planned", "scheduled", "due",
     "committing", "committed", "pledged", "agreed", "agree", "agrees", "going",
     "announced", "announces", "announce", "ahead", "upcoming"}
)  # fmt: skip
NEGATION = frozenset({"not", "n't", "never", "no", "nor", "neither", "refused", "declined"})
DENIAL = forms("deny", "dismiss", "refute", "reject")
OPINION = forms(
    "oppose",
    "urge",
    "condemn",
    "criticize",
    "criticise",
    "deplore",
    "slam",
    "argue",
    "advocate",
    "recommend",
)
HISTORY = frozenset({"previously", "formerly", "once", "earlier", "had", "past", "history"})
#: Verbs whose clause reports speech (its date is when it was said).
REPORTING = forms("say", "tell", "report", "state", "note", "add", "tweet", "write") | {
    "said",
    "told",
    "according",
}
#: Words that open a clause of its own inside a sentence.
CLAUSE_OPENERS = frozenset(
    {"after", "before", "despite", "while", "whereas", "unless", "if", "because", "although",
     "though", "since", "under", "once"}
)  # fmt: skip
#: Opening a clause of its own (a term of a deal, a condition).
CLAUSE_PHRASES = ("in exchange for", "on condition that", "in return for")
#: Opening a clause giving a cause: its measures are not events of this sentence.
CAUSE_PHRASES = (
    "in retaliation for",
    "in retaliation against",
    "retaliating against",
    "in response to",
    "in reaction to",
    "reacting to",
    "retaliation for",
    "in protest at",
    "in protest against",
    "on top of",
    "responding to",
    "in a response to",
    "as a response to",
    "hitting back at",
    "hit back at",
    "hits back at",
    "striking back at",
    "in a move seen as",
    "seen as a response to",
    "seen as retaliation for",
    "in a bid to",
    "over concerns",
)
#: Cause phrases that make the main clause's tariffs a retaliation.
RESPONSE_CAUSES = frozenset(
    {"retaliation", "retaliating", "response", "responding", "reaction", "reacting", "hitting",
     "hit", "hits", "striking"}
)  # fmt: skip
#: Words after which a clause is not about the traded goods ("used to make chips").
NOT_TRADED = ("used to make", "used in", "used for", "needed to make", "needed for")

#: Prepositions after which a country is not the actor of a verb.
OBJECT_PREPS = frozenset(
    {
        "on",
        "from",
        "against",
        "to",
        "of",
        "for",
        "with",
        "into",
        "toward",
        "towards",
        "at",
        "over",
        "about",
        "in",
        "by",
        "between",
        "and",
        "than",
        "like",
        "off",
    }
)
#: Subjects that stand for both sides of a talk (actor and target left to the reader).
BOTH_SIDES = (
    "both sides",
    "the two sides",
    "both countries",
    "the two countries",
    "the two allies",
    "the allies",
    "the two economies",
    "both governments",
    "the two leaders",
    "both leaders",
    "the leaders",
    "the two governments",
    "the two nations",
    "both nations",
)
#: Words that start an anaphoric subject: the sentence adds to the last event.
ANAPHORA = (
    "the list",
    "the move",
    "the measures",
    "the measure",
    "the rules",
    "the rule",
    "the duties",
    "the tariffs",
    "the tariff",
    "the rate",
    "those goods",
    "the step",
    "the curbs",
    "the restrictions",
    "the levies",
    "the action",
    "the decision",
    "the goods",
    "the products",
    "the items",
    "the cut",
    "the cuts",
    "the reduction",
    "the reductions",
    "the increase",
    "the increases",
    "the new tariffs",
    "the new duties",
    "the new rates",
    "some goods",
    "some products",
    "some of the goods",
    "other goods",
    "the ban",
    "the controls",
)
#: Words that say when a measure starts ("The cut took effect on Thursday").
TAKES_EFFECT = (
    "take effect",
    "takes effect",
    "took effect",
    "taking effect",
    "come into force",
    "comes into force",
    "came into force",
    "go into effect",
    "goes into effect",
    "went into effect",
    "kick in",
    "kicks in",
    "kicked in",
    "apply from",
    "applies from",
)
#: Phrases that make a measure apply to every country (no target).
GLOBAL = (
    "all countries",
    "all trading partners",
    "all its trading partners",
    "every country",
    "the rest of the world",
    "worldwide",
    "all nations",
    "all origins",
    "any country",
    "all destinations",
)
#: Nouns whose object is the topic of a measure, not the measure ("a dispute over tariffs").
TOPIC_NOUNS = frozenset(
    {"dispute", "disputes", "row", "talks", "negotiations", "discussions", "fight", "war",
     "investigation", "probe", "complaint", "case", "challenge", "lawsuit", "ruling", "vote",
     "hearing", "consultations", "review", "study", "spat", "feud"}
)  # fmt: skip

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
