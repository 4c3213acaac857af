"""Verb forms: :func:`forms` spells out every form of a verb, regular or not.

Short verbs double their last letter (wrapped, pegged), verbs in *-l* are spelled both
ways (canceled, cancelled), and irregular verbs are listed (kept, sold, won).
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
    "quit": ("quit", "quits", "quitting"),
    "keep": ("keep", "keeps", "kept", "keeping"),
    "leave": ("leave", "leaves", "left", "leaving"),
    "seek": ("seek", "seeks", "sought", "seeking"),
    "lead": ("lead", "leads", "led", "leading"),
    "win": ("win", "wins", "won", "winning"),
    "pay": ("pay", "pays", "paid", "paying"),
    "tell": ("tell", "tells", "told", "telling"),
    "ride": ("ride", "rides", "rode", "riding"),
}
_DOUBLE = {
    "slap",
    "drop",
    "scrap",
    "stop",
    "ban",
    "trim",
    "dip",
    "slip",
    "plan",
    "top",
    "cap",
    "annul",
}
#: Verbs in -l written with one l in American and two in British English ("canceled",
#: "cancelled"): both forms.
_L_BOTH = {"cancel", "label", "signal", "fuel", "level", "travel", "total", "model"}


def _short(verb: str) -> bool:
    """Whether a verb of one syllable ends in one vowel and one consonant ("wrap", "peg").

    Such verbs double their last letter: wrapped, pegging, skidded, sagged.
    """
    vowels = "aeiou"
    groups = sum(
        1 for k, c in enumerate(verb) if c in vowels and (k == 0 or verb[k - 1] not in vowels)
    )
    return (
        len(verb) >= 3
        and groups == 1
        and verb[-1] not in vowels + "wxy"
        and verb[-2] in vowels
        and verb[-3] not in vowels
        and not verb.startswith("qu")
    )


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
        if verb in _L_BOTH:
            out.update({verb, verb + "s", verb + "ed", verb + "ing", verb + "led", verb + "ling"})
        elif verb in _DOUBLE or _short(verb):
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
