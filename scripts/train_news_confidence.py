"""Train the news reader's confidence model and measure it by leaving each labelled set out.

Reads every labelled report of tests/news/data with the rules alone (no event left out),
labels each event the rules find by whether it matches a labelled one, and fits the
logistic model of :mod:`tradewar.news.confidence`.  Leaving each set out in turn, it
scores each set's events with the model trained on the other sets, fits Platt's scaling of
those scores (measured by leaving each set out of that fit too: the share of events that
match, per bin of calibrated scores), prints the events' precision and recall before and
after leaving out those below each threshold, and writes
src/tradewar/news/event_model.json (weights fitted on every set) with the threshold 0.5: a
calibrated score says how likely the event is to be one a reader would list, and the reader
keeps those more likely to be than not (on the sets left out, that is also where the F1 is
highest, within 0.002).

Run it after any change to the rules (tests/news/test_news_confidence.py checks that the
shipped model is what training gives):

    python scripts/train_news_confidence.py [--check]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "news"))
from news_evaluation import Counts  # noqa: E402
from news_training import (  # noqa: E402
    PENALTY_C,
    calibration,
    data_files,
    event_counts,
    leave_one_set_out,
    nested_calibration,
    read_sets,
    reliability,
    rescaled,
    train,
)

from tradewar.news.confidence import MODEL_FILE, Model  # noqa: E402

THRESHOLDS = np.round(np.arange(0.05, 0.91, 0.05), 2)
#: The reader keeps an event whose calibrated score is at least this: more likely than
#: not to be one a reader would list.
THRESHOLD = 0.5
#: The script warns when the F1 at THRESHOLD is further than this below the best of
#: THRESHOLDS (the F1 is flat over a wide range).
TIE = 0.002


def _pr(counts: np.ndarray) -> tuple[float, float]:
    """Precision and recall of (tp, fp, fn), as the evaluation scores them, to 3 places."""
    c = Counts(*(int(x) for x in counts))
    return round(c.precision, 3), round(c.recall, 3)


def _f1(counts: np.ndarray) -> float:
    """The F1 of (tp, fp, fn), unrounded."""
    c = Counts(*(int(x) for x in counts))
    p, r = c.precision, c.recall
    return 2 * p * r / (p + r) if p + r else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="print the figures; write no model file"
    )
    args = parser.parse_args()
    reads = read_sets()
    raw = leave_one_set_out(reads)
    slope, intercept = calibration(reads, raw)
    probs = rescaled(raw, slope, intercept)
    fit_raw = reliability(raw, reads)
    fit_calibrated = reliability(nested_calibration(reads, raw), reads)
    print(f"Platt's scaling: slope {slope:.4f}, intercept {intercept:.4f}")
    print("score bin   events  mean score -> calibrated  share that match")
    uncalibrated = {(row[0], row[1]): row for row in fit_raw["bins"]}
    for lo, hi, n, mean, share in fit_calibrated["bins"]:
        was = uncalibrated.get((lo, hi))
        old = f"{was[2]:5d} {was[3]:.3f} {was[4]:.3f}" if was else " " * 17
        print(f"  {lo:.1f}-{hi:.1f}  {old}  | {n:5d} {mean:.3f} {share:.3f}")
    print(
        f"Brier {fit_raw['brier']:.4f} -> {fit_calibrated['brier']:.4f}, expected "
        f"calibration error {fit_raw['ece']:.4f} -> {fit_calibrated['ece']:.4f}"
    )
    print(f"{sum(len(r.events) for r in reads)} events the rules find in {len(reads)} reports")
    print("threshold  precision  recall  F1   (events; each set scored by a model of the others)")
    scores = {t: _f1(event_counts(reads, probs, t)) for t in THRESHOLDS}
    top = max(scores.values())
    best = THRESHOLD
    for t in [0.0, *THRESHOLDS]:
        counts = event_counts(reads, probs, t)
        mark = "  <- the threshold" if t == best else ""
        print(f"{t:9.2f}  {_pr(counts)[0]:9.3f}  {_pr(counts)[1]:6.3f}  {_f1(counts):.3f}{mark}")
    if scores[best] < top - TIE:
        print(f"warning: the F1 at {best} is {top - scores[best]:.4f} below the best, {top:.4f}")
    per_set = {}
    print(f"\nper set, rules alone -> with the model of the other sets at {best:.2f}")
    for name in dict.fromkeys(r.set for r in reads):
        idx = [k for k, r in enumerate(reads) if r.set == name]
        sub = [reads[k] for k in idx]
        before = _pr(event_counts(sub, [probs[k] for k in idx], 0.0))
        after = _pr(event_counts(sub, [probs[k] for k in idx], best))
        per_set[name] = {"rules_alone": list(before), "with_model": list(after)}
        print(f"  {name:<8} {before[0]:.3f}/{before[1]:.3f} -> {after[0]:.3f}/{after[1]:.3f}")
    weights, bias = train(reads)
    samples = sum(len(r.labels) for r in reads)
    positives = sum(sum(r.labels) for r in reads)
    about = {
        "what": "logistic model of the probability that an event the rules find matches a "
        "labelled one (tradewar.news.confidence); generated by "
        "scripts/train_news_confidence.py, do not edit",
        "trained_on": data_files(),
        "samples": samples,
        "positives": positives,
        "penalty_c": PENALTY_C,
        "cross_validation": {
            "method": "leave one labelled set out; event precision and recall, "
            "rules alone and with the doubtful events left out",
            "threshold": float(best),
            "f1_at_threshold": round(scores[best], 4),
            "best_f1": round(top, 4),
            "all_sets": {
                "rules_alone": list(_pr(event_counts(reads, probs, 0.0))),
                "with_model": list(_pr(event_counts(reads, probs, best))),
            },
            "per_set": per_set,
        },
        "calibration": {
            "method": "Platt (1999) scaling of the leave-one-set-out scores; measured by "
            "leaving each set out of its fit too: per bin of the score [from, to, events, "
            "mean score, share that match a labelled event], Brier score, expected "
            "calibration error",
            "uncalibrated": fit_raw,
            "calibrated": fit_calibrated,
        },
        "licence": "CC0 (fitted to the team's own labelled reports)",
    }
    model = Model(
        weights=weights,
        bias=bias,
        threshold=float(best),
        about=about,
        calibration=(slope, intercept),
    )
    if not args.check:
        MODEL_FILE.write_text(model.to_json(), encoding="utf-8")
        print(f"\nwrote {MODEL_FILE.relative_to(ROOT)}: {len(weights)} weights")


if __name__ == "__main__":
    main()
