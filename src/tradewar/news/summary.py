"""Key points: one plain line per event, in date order (who did what to whom, when, how much)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tradewar.news.entities import country_label

if TYPE_CHECKING:
    from tradewar.news.events import Event

__all__ = ["format_usd", "key_points"]

_VERBS = {
    "tariff_increase": ("raises tariffs on", "raised tariffs on"),
    "tariff_cut": ("cuts tariffs on", "cut tariffs on"),
    "retaliation": ("retaliates with tariffs on", "retaliated with tariffs on"),
    "export_control": ("restricts exports to", "restricted exports to"),
    "sanction": ("sanctions", "sanctioned"),
    "purchase_cut": ("cuts purchases from", "cut purchases from"),
    "purchase_commitment": ("commits to buy more from", "committed to buy more from"),
    "currency_intervention": ("intervenes in its currency", "intervened in its currency"),
    "talks_held": ("holds talks with", "held talks with"),
    "talks_stalled": ("talks stall with", "talks stalled with"),
    "talks_scheduled": ("to hold talks with", "scheduled talks with"),
    "deal_reached": ("reaches a deal with", "reached a deal with"),
    "deal_broken": ("breaks a deal with", "broke a deal with"),
    "market_reaction": ("markets move", "markets moved"),
}
_STATUS = {
    "threatened": "threatened",
    "announced": "announced",
    "in_effect": "",
    "reversed": "reversed",
}


def format_usd(value: float) -> str:
    """Dollars for people: ``$200.0B``, ``$11.0B``, ``$10.0M``.

    Parameters
    ----------
    value : float
        An amount in US dollars.

    Returns
    -------
    str
        The amount in billions (or millions below a billion).
    """
    if abs(value) >= 1e9:
        return f"${value / 1e9:,.1f}B"
    return f"${value / 1e6:,.1f}M"


def _pct(value: float) -> str:
    return f"{100 * value:.4g}%"


def _line(e: Event) -> str:
    when = e.date.strftime("%-d %b %Y") if e.date else "undated"
    if e.date_precision in {"week", "month", "quarter", "year"}:
        when += f" ({e.date_text})"
    who = country_label(e.actor)
    who = who[0].upper() + who[1:]
    verb = _VERBS[e.kind][1 if e.status in {"in_effect", "reversed"} else 0]
    if e.kind == "market_reaction":
        line = f"{country_label(e.actor)} markets moved" if e.actor else "markets moved"
        line = line[0].upper() + line[1:]
    elif e.kind == "currency_intervention":
        line = f"{who} {verb}"
    else:
        whom = country_label(e.target) if e.target else "?"
        if e.companies:
            whom += f" ({', '.join(e.companies)})"
        line = f"{who} {verb} {whom}"
    details = []
    if e.value_usd is not None:
        details.append(f"{format_usd(e.value_usd)} of trade")
    if e.rate_from is not None and e.rate_to is not None:
        details.append(f"from {_pct(e.rate_from)} to {_pct(e.rate_to)}")
    elif e.rate_to is not None:
        details.append(f"to {_pct(e.rate_to)}")
    if e.rate_change is not None:
        details.append(f"+{_pct(e.rate_change)}")
    if e.products:
        details.append(", ".join(e.products))
    if details:
        line += ": " + "; ".join(details)
    status = _STATUS[e.status]
    return f"{when}: {line}" + (f" ({status})" if status else "")


def key_points(events: tuple[Event, ...] | list[Event]) -> list[str]:
    """One line per event, in the order given (the report's are in date order).

    Parameters
    ----------
    events : sequence of Event
        The events.

    Returns
    -------
    list of str
        E.g. ``"10 May 2019 (last week): The United States raised tariffs on China:
        $200.0B of trade"``.
    """
    return [_line(e) for e in events]
