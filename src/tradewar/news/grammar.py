"""The words of status and grammar.

Threats, futures, negations, opinions, history, reporting verbs, words that open clauses
or give causes, prepositions, and subjects that stand for both sides or for the event
before.

Lower-case token forms, as in :mod:`~tradewar.news.lexicon`.
"""

from __future__ import annotations

from tradewar.news.lexicon import forms

__all__: list[str] = []

THREAT = forms(
    "threaten",
    "warn",
    "consider",
    "mull",
    "weigh",
    "propose",
    "prepare",
    "study",
    "explore",
    "contemplate",
    "eye",
    "float",
    "recommend",
    "offer",
) | {
    "threat",
    "threats",
    "could",
    "may",
    "might",
    "ready",
}
FUTURE = frozenset(
    {"will", "would", "'ll", "shall", "set", "plans", "plan", "planned", "scheduled", "due",
     "committing", "committed", "pledged", "agreed", "agree", "agrees", "agreeing", "going",
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
)
#: Month names ("in July", "robusta for September").
MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"}
)  # fmt: skip
#: Verbs that call for a measure ("called for a boycott"): a threat of it.
CALL_VERBS = forms("call") | {"called"}
#: Verbs of a wish: what someone hopes or seeks to do is no event ("hoped to conclude a deal").
WISH = forms("hope", "wish", "want", "aim", "seek", "strive", "try", "yearn")
HISTORY = frozenset({"previously", "formerly", "once", "earlier", "had", "past", "history"})
#: Verbs whose clause reports speech (its date is when it was said).
REPORTING = forms(
    "say",
    "tell",
    "report",
    "state",
    "note",
    "add",
    "tweet",
    "write",
    "announce",
    "confirm",
    "post",
    "claim",
    "insist",
) | {
    "said",
    "told",
    "according",
}
#: Words and phrases that approve a measure, deciding it without putting it in effect
#: ("gave final approval to tariffs", "signed off on the duties", "approved a 30% tariff").
APPROVE = forms("approve", "endorse", "ratify") | {"approval", "approvals", "greenlit"}
APPROVE_PHRASES = (
    "signed off on", "sign off on", "signs off on", "signing off on", "green light",
    "green - light", "green - lighted", "green - lit", "rubber - stamped",
    "rubber - stamp", "gave final approval to", "gave its approval to", "gave approval to",
)  # fmt: skip
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
    "as a penalty for",
    "as punishment for",
    "in punishment for",
    "to punish",
    "punishing",
    "as retribution for",
    "in retaliation over",
    "for buying",
    "for its purchases",
    "over its purchases",
    "over purchases",
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
        "except",
        "excluding",
        "besides",
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
    "coming into force",
    "enter into force",
    "enters into force",
    "entered into force",
    "entering into force",
    "come into effect",
    "comes into effect",
    "came into effect",
    "coming into effect",
    "going into effect",
    "kicking in",
    "become effective",
    "becomes effective",
    "becoming effective",
    "began to be applied",
    "started to be applied",
)
#: First words of a phrase of :data:`TAKES_EFFECT` in the past ("took effect on Monday").
TOOK_EFFECT = frozenset({"took", "came", "went", "kicked", "entered", "began", "started"})
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
    "dozens of countries",
    "scores of countries",
    "most countries",
    "many countries",
    "most trading partners",
    "dozens of trading partners",
    "all imports",
    "around the world",
    "the world",
    "every trading partner",
    "all imported",
    "all foreign",
    "all its partners",
    "all partners",
    "all sources",
    "all suppliers",
)
#: Blocs and rounds whose members a report leaves unnamed (the labelled sets give them no
#: target): "signed a free trade agreement with Mercosur", "the Doha round of global trade
#: talks", "Iran and six world powers".
BLOCS = (
    "mercosur",
    "asean",
    "world powers",
    "global trade talks",
    "world trade talks",
    "wto members",
)
#: Nouns whose object is the topic of a measure, not the measure ("a dispute over tariffs").
TOPIC_NOUNS = frozenset(
    {"dispute", "disputes", "row", "talks", "negotiations", "discussions", "fight", "war",
     "investigation", "probe", "complaint", "case", "challenge", "lawsuit", "ruling", "vote",
     "hearing", "consultations", "review", "study", "spat", "feud", "hearings",
     "investigations", "probes", "complaints", "cases", "challenges", "lawsuits", "rulings",
     "reviews", "studies", "comments", "consultation", "inquiry", "petition", "petitions"}
)  # fmt: skip


def names_lender(low: list[str], a: int, b: int) -> bool:
    """Whether the words ``low[a:b]`` name the IMF or the World Bank.

    Parameters
    ----------
    low : list of str
        A sentence's words, lower-cased.
    a, b : int
        The span.

    Returns
    -------
    bool
    """
    words = low[a:b]
    return "imf" in words or any(
        words[j : j + 3] == ["international", "monetary", "fund"]
        or words[j : j + 2] == ["world", "bank"]
        for j in range(len(words))
    )


def measures_effect(low: list[str], i: int, nouns: frozenset[str]) -> bool:
    """Whether the verb at ``i`` tells what a measure named before it did, not a new step.

    "confirming the provisional duties that have cut imports sharply since December": the
    verb of a relative clause whose antecedent is one of ``nouns`` (the duties), right before
    its "that" or "which".
    """
    k = i - 1
    if low[k : k + 1] in (["have"], ["has"], ["had"]):
        k -= 1
    return k >= 1 and low[k] in {"that", "which"} and low[k - 1] in nouns
