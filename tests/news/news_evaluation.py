"""Scoring the news reader against gold labels: precision and recall per field.

A predicted event matches a gold event of the same report when one of the sentences
that report it contains the gold event's ``quote`` (a gold event matches at most one
prediction: the one of the same kind, target, actor and status first).  Then, per field:

* a true positive is a matched pair whose values agree (both given);
* a false positive is a value the reader gave that is wrong or has no gold event;
* a false negative is a gold value the reader did not give right or at all.

``event`` scores the events themselves (each predicted event is a value, each gold
event a value).  Lists (sectors, companies) agree when they are equal as sets; rates and
values when within 0.1%.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from tradewar.news.entities import gazetteer
from tradewar.news.firms import LEGAL_FORMS

FIELDS = (
    "event",
    "kind",
    "actor",
    "target",
    "companies",
    "value_usd",
    "rate_from",
    "rate_to",
    "rate_change",
    "sectors",
    "date",
    "status",
)
HERE = Path(__file__).parent / "data"


def load(name: str = "eval_reports.yaml") -> list[dict[str, Any]]:
    return yaml.safe_load((HERE / name).read_text(encoding="utf-8"))


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass
class Score:
    counts: dict[str, Counts] = field(default_factory=lambda: {f: Counts() for f in FIELDS})
    misses: list[str] = field(default_factory=list)


def company(name: str) -> str:
    """One company's name, however a report or a label writes it.

    The labelled sets write a company either by the tables' name ("Toyota") or as the
    text names it ("Toyota Motor", "Hunan Gold Corp"): the same company.  A name or alias
    of ``companies.csv`` is its table name; otherwise trailing legal forms ("Corp", "Ltd")
    are dropped and the rest looked up again.  A different company that shares a first
    word ("Hyundai Steel", not "Hyundai") has its own row, so is never merged.
    """
    names = gazetteer()
    words = name.split()
    while words:
        entity = names.get(" ".join(words).lower())
        if entity is not None and entity.type == "company":
            return entity.name
        if len(words) == 1 or words[-1].lower() not in LEGAL_FORMS:
            break
        words.pop()
    return " ".join(words)


def _value(obj: Any, name: str) -> Any:
    value = obj.get(name) if isinstance(obj, dict) else getattr(obj, name)
    if name == "companies":
        return frozenset(company(c) for c in value or ()) or None
    if name == "sectors":
        return frozenset(value or ()) or None
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _agree(a: Any, b: Any) -> bool:
    if isinstance(a, float) or isinstance(b, float):
        return abs(float(a) - float(b)) <= 1e-3 * max(abs(float(a)), abs(float(b)), 1e-9)
    return a == b


def match(text: str, predicted: list[Any], gold: list[dict]) -> list[tuple[Any, dict | None]]:
    """Predicted events paired with gold ones, as the module's docstring says.

    Returns
    -------
    list of (Event or None, dict or None)
        Every gold event with its prediction (None if missed), then every prediction
        that matches none, with None.
    """
    pairs: list[tuple[Any, dict | None]] = []
    free = list(range(len(predicted)))
    for g in gold:
        candidates = [
            k for k in free if any(g["quote"] in text[a:b] for a, b in predicted[k].mentions)
        ]
        candidates.sort(
            key=lambda k: (
                predicted[k].kind != g["kind"],
                predicted[k].target != g.get("target"),
                predicted[k].actor != g.get("actor"),
                predicted[k].status != g.get("status"),
            )
        )
        if candidates:
            pairs.append((predicted[candidates[0]], g))
            free.remove(candidates[0])
        else:
            pairs.append((None, g))
    pairs += [(predicted[k], None) for k in free]
    return pairs


def score(reports: list[dict[str, Any]], read) -> Score:
    out = Score()
    for r in reports:
        report = read(r["text"], r.get("date"))
        pairs = match(report.text, list(report.events), list(r["events"]))
        for p, g in pairs:
            if p is None and g is not None:
                out.misses.append(f"{r['id']}: missed {g['kind']} '{g['quote']}'")
            elif g is None:
                out.misses.append(
                    f"{r['id']}: extra {p.kind} {p.actor}->{p.target} '{p.sentence[:70]}'"
                )
        for p, g in pairs:
            for name in FIELDS:
                c = out.counts[name]
                if name == "event":
                    c.tp += p is not None and g is not None
                    c.fp += p is not None and g is None
                    c.fn += p is None and g is not None
                    continue
                pv = _value(p, name) if p is not None else None
                gv = _value(g, name) if g is not None else None
                if pv is not None and gv is not None and _agree(pv, gv):
                    c.tp += 1
                    continue
                if pv is not None:
                    c.fp += 1
                if gv is not None:
                    c.fn += 1
                if p is not None and g is not None and (pv is not None or gv is not None):
                    out.misses.append(
                        f"{r['id']}: {g['kind']} '{g['quote']}' {name}: got {pv!r}, gold {gv!r}"
                    )
    return out


def table(result: Score) -> str:
    lines = [f"{'field':<12} {'precision':>9} {'recall':>7} {'tp':>4} {'fp':>4} {'fn':>4}"]
    for name, c in result.counts.items():
        lines.append(
            f"{name:<12} {c.precision:>9.3f} {c.recall:>7.3f} {c.tp:>4} {c.fp:>4} {c.fn:>4}"
        )
    return "\n".join(lines)
