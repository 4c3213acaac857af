"""Training the news reader's confidence model on the labelled sets (tests/news/data).

A sample is an event the rules find (the reader at ``min_confidence=0``); its label is 1
when it matches a labelled event (:func:`news_evaluation.match`), 0 otherwise.  Used by
``scripts/train_news_confidence.py`` (which writes ``event_model.json``) and by the test
that the shipped model is what training gives.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from news_evaluation import HERE, load, match

from tradewar.news.confidence import Model, calibrate, features, fit, rescale
from tradewar.news.reader import EXAMPLE, example_report, rules_reading

#: The labelled sets, in the order they were written (docs/news.md).
SETS = (
    "eval", "heldout", "dev", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6",
    "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14",
    "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21",
    "fresh22", "fresh23", "fresh24", "fresh25", "fresh26", "fresh27", "fresh28",
    "fresh29", "fresh30", "fresh31", "fresh32", "fresh33", "fresh34",
    "fresh35", "fresh36", "fresh37", "fresh38", "fresh39", "fresh40", "fresh41",
    "fresh42", "fresh43", "fresh44", "fresh45", "fresh46", "fresh47", "fresh48",
    "fresh49", "fresh50", "fresh51", "fresh52", "fresh53", "fresh54", "fresh55",
    "fresh56", "fresh57", "fresh58", "fresh59", "fresh60",
    "fresh61", "fresh62", "fresh63", "fresh64", "fresh65", "fresh66", "fresh67", "fresh68",
    "fresh69", "fresh70", "fresh71", "fresh72", "fresh73", "fresh74", "fresh75", "fresh76",
    "fresh77", "fresh78", "fresh79", "fresh80", "fresh81", "fresh82", "fresh83", "fresh84",
    "fresh85", "fresh86", "fresh87", "fresh88", "fresh89", "fresh90", "fresh91",
    "fresh92", "fresh93", "fresh94",
)  # fmt: skip

#: The example report that ships with tradewar (test_news_example_report.py holds its nine
#: events with every field): its events by a piece of their sentence and their kind, so that
#: it is a labelled report like the others.
EXAMPLE_EVENTS = (
    {"quote": "reneged on earlier this month", "kind": "deal_broken"},
    {"quote": "showing up for talks in Washington", "kind": "talks_held"},
    {"quote": "increased tariffs on $200 billion", "kind": "tariff_increase"},
    {"quote": "trade talks with China have stalled", "kind": "talks_stalled"},
    {"quote": "propped up its currency", "kind": "currency_intervention"},
    {"quote": "cut U.S. pork orders", "kind": "purchase_cut"},
    {"quote": "put Chinese telecommunications company Huawei", "kind": "export_control"},
    {"quote": "three major U.S. indexes all closed lower", "kind": "market_reaction"},
    {"quote": "China retaliated by raising duties on $60 billion", "kind": "retaliation"},
)

#: C, the inverse strength of the L2 penalty (chosen by leaving each set out; the script).
PENALTY_C = 1.0


@dataclass
class Read:
    """One labelled report as the rules read it: its events, their features and labels."""

    set: str
    text: str
    events: list[Any]
    gold: list[dict[str, Any]]
    features: list[dict[str, float]]
    labels: list[int]


def read_sets(names: tuple[str, ...] = SETS, example: bool = True) -> list[Read]:
    """Every report of the sets (and the example report), read by the rules alone, with
    features and labels."""
    out = []
    labelled = [(name, r) for name in names for r in load(f"{name}_reports.yaml")]
    if example:
        text, date = example_report()
        labelled.append(("example", {"text": text, "date": date, "events": list(EXAMPLE_EVENTS)}))
    for name, r in labelled:
        report = rules_reading(r["text"], r.get("date"))
        events = list(report.events)
        matched = {id(p) for p, g in match(report.text, events, r["events"]) if p and g}
        out.append(
            Read(
                set=name,
                text=report.text,
                events=events,
                gold=r["events"],
                features=[features(e, report.text, events) for e in events],
                labels=[int(id(e) in matched) for e in events],
            )
        )
    return out


def train(reads: list[Read], c: float = PENALTY_C) -> tuple[dict[str, float], float]:
    """The weights and bias fitted on every event of the reads."""
    samples = [f for r in reads for f in r.features]
    labels = [y for r in reads for y in r.labels]
    return fit(samples, labels, c)


def event_counts(reads: list[Read], probs: list[np.ndarray], threshold: float) -> np.ndarray:
    """(true positives, false positives, false negatives) of events kept at a threshold."""
    tp = fp = fn = 0
    for r, p in zip(reads, probs, strict=True):
        kept = [e for e, q in zip(r.events, p, strict=True) if q >= threshold]
        for pred, gold in match(r.text, kept, r.gold):
            tp += pred is not None and gold is not None
            fp += gold is None
            fn += pred is None
    return np.array([tp, fp, fn])


def leave_one_set_out(reads: list[Read], c: float = PENALTY_C) -> list[np.ndarray]:
    """Each report's event probabilities from a model trained on the other sets."""
    probs: list[np.ndarray] = [np.zeros(0)] * len(reads)
    for name in dict.fromkeys(r.set for r in reads):
        weights, bias = train([r for r in reads if r.set != name], c)
        m = Model(weights=weights, bias=bias, threshold=0.5)
        for k, r in enumerate(reads):
            if r.set == name:
                probs[k] = np.array([m.score(f) for f in r.features])
    return probs


def data_files() -> list[str]:
    """The labelled files the model is trained on (the example report's labels are here)."""
    files = [str((HERE / f"{n}_reports.yaml").relative_to(HERE.parents[2])) for n in SETS]
    return [*files, f"src/tradewar/news/examples/{EXAMPLE} (labels: tests/news/news_training.py)"]


def calibration(reads: list[Read], probs: list[np.ndarray]) -> tuple[float, float]:
    """Platt's slope and intercept fitted on the leave-one-set-out probabilities."""
    return calibrate(np.concatenate(probs), [y for r in reads for y in r.labels])


def rescaled(probs: list[np.ndarray], slope: float, intercept: float) -> list[np.ndarray]:
    """Each report's probabilities calibrated by Platt's scaling (:func:`rescale`)."""
    return [rescale(p, slope, intercept) for p in probs]


def nested_calibration(reads: list[Read], probs: list[np.ndarray]) -> list[np.ndarray]:
    """Each set's probabilities calibrated by a scaling fitted on the other sets only."""
    out: list[np.ndarray] = [np.zeros(0)] * len(reads)
    for name in dict.fromkeys(r.set for r in reads):
        inside = [k for k, r in enumerate(reads) if r.set != name]
        slope, intercept = calibration([reads[k] for k in inside], [probs[k] for k in inside])
        for k, r in enumerate(reads):
            if r.set == name:
                out[k] = rescaled([probs[k]], slope, intercept)[0]
    return out


def reliability(probs: list[np.ndarray], reads: list[Read], bins: int = 10) -> dict[str, Any]:
    """How well probabilities match the share of events that match: per bin of equal width,
    the events, their mean probability and the share matched; the Brier score and the
    expected calibration error (the bins' gaps weighted by their events)."""
    p = np.concatenate(probs)
    y = np.concatenate([np.asarray(r.labels, dtype=float) for r in reads])
    which = np.minimum((p * bins).astype(int), bins - 1)
    table, gap = [], 0.0
    for b in range(bins):
        inside = which == b
        if inside.any():
            mean, share = float(p[inside].mean()), float(y[inside].mean())
            table.append(
                [b / bins, (b + 1) / bins, int(inside.sum()), round(mean, 3), round(share, 3)]
            )
            gap += inside.sum() * abs(mean - share)
    return {
        "bins": table,
        "brier": round(float(np.mean((p - y) ** 2)), 4),
        "ece": round(gap / len(p), 4),
    }
