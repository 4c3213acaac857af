r"""A score of how likely an event the rules found is one a reader of the report would list.

The rules of :mod:`tradewar.news.rules` read a clause's words; they cannot weigh a whole
sentence the way a reader does ("Analysts said ... would hurt", a background paragraph).
This module scores each event with a logistic model trained on the team's labelled
reports (``tests/news/data``), calibrated so that the score is the share of such events
that match a labelled one:

.. math::

    p(\text{event}) = \sigma\big(a\, z + c\big), \qquad
    z = b + \sum_f w_f\, x_f, \qquad
    \sigma(z) = \frac{1}{1 + e^{-z}},

where :math:`x_f` are the event's features (:func:`features`: its kind and status, whether
its actor and target were found, how precise its date is, how many sentences tell it,
whether its sentence is the headline or quotes someone, and the words of its sentence,
alone and with the event's kind) and :math:`w_f`, :math:`b` the model's weights
(``event_model.json``).  The weights minimise the L2-penalised log-loss

.. math::

    \sum_i \log\big(1 + e^{-y_i (b + w \cdot x_i)}\big) + \frac{\lVert w \rVert^2}{2C},
    \qquad y_i \in \{-1, +1\},

(logistic regression as in scikit-learn's ``LogisticRegression``; here fitted with SciPy's
L-BFGS, :func:`fit`).  A model fitted on every event it scores is too sure of itself: on
labelled sets it had not seen, the events it scored 0.98 or more matched 96 times in 100,
those below 0.30 three times in ten.  The slope :math:`a` and intercept :math:`c` are
therefore Platt's (1999) scaling, a logistic regression of the labels on :math:`z` as the
model of the other sets gives it to each set left out (:func:`calibrate`), which keeps the
order of the scores and makes them calibrated on those sets.
``scripts/train_news_confidence.py`` trains it, measures it by leaving each labelled set
out in turn, and fits the calibration; the reader leaves out events below the lowest
threshold whose event F1 there is within 0.002 of the best (:data:`Model.threshold`), and
lists them as doubtful.

Platt, J. (1999), "Probabilistic outputs for support vector machines and comparisons to
regularized likelihood methods", in *Advances in Large Margin Classifiers*, MIT Press.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from tradewar.news.events import Event
from tradewar.news.text import NewsError

__all__ = [
    "Model",
    "calibrate",
    "features",
    "fit",
    "model",
    "penalised_log_loss",
    "rescale",
    "scores",
]

#: The shipped model (data card in its ``about``).
MODEL_FILE = Path(__file__).with_name("event_model.json")

#: A sentence's words: runs of letters, numbers (with a per cent sign), and the signs that
#: mark money and quotations.
_WORD = re.compile(r"[A-Za-z]+|\d+(?:\.\d+)?%?|[$%\"'\u201c\u201d]")

#: What a capitalised word other than a sentence's first stands as: the names of countries,
#: companies and people say little about whether an event is one, and would be learnt by
#: heart from the few reports that name them.
NAME = "<name>"


def features(event: Event, text: str, events: Sequence[Event]) -> dict[str, float]:
    """The features of one event (name to value; absent names are 0).

    Parameters
    ----------
    event : Event
        The event, as the rules found it.
    text : str
        The report's text.
    events : sequence of Event
        All the events the rules found in the report (the event among them).

    Returns
    -------
    dict of str to float
        Indicators of its kind, status, kind and status together, whether an actor and a
        target were found, its date's precision, the number of its sentences (up to 3),
        whether its sentence is the first (the headline), whether its sentence quotes
        someone, its sentence's first word and every word (alone and with the kind;
        capitalised words after the first as one word, :data:`NAME`).

    Notes
    -----
    Features of the report's layout (where the sentence stands, the report's length, how
    many events share the sentence) were tried and left out: they raised the F1 of the
    sets left out by no more than 0.001 and taught the model the habits of the labelled
    sets (the example report's currency and pork events fell below the threshold).
    ``text`` and ``events`` are kept in the signature for features of the report.
    """
    del events  # no feature of the other events (Notes)
    sentence = event.sentence
    words = _words(sentence)
    quoted = any(q in sentence for q in ('"', "\u201c", "\u201d"))
    out: dict[str, float] = {
        f"kind={event.kind}": 1.0,
        f"status={event.status}": 1.0,
        f"kind_status={event.kind}|{event.status}": 1.0,
        "actor" if event.actor else "no_actor": 1.0,
        "target" if event.target else "no_target": 1.0,
        f"date_precision={event.date_precision or 'none'}": 1.0,
        f"sentences={min(len(event.mentions), 3)}": 1.0,
        "headline" if event.start < 5 else "body": 1.0,
        "quoted" if quoted else "not_quoted": 1.0,
    }
    if words:
        out[f"first={words[0]}"] = 1.0
    for w in set(words):
        out[f"w={w}"] = 1.0
        out[f"{event.kind}|w={w}"] = 1.0
    return out


def _words(sentence: str) -> list[str]:
    """The sentence's words in lower case, names (capitalised, not first) as :data:`NAME`."""
    words = _WORD.findall(sentence)
    return [w.lower() if k == 0 or not w[:1].isupper() else NAME for k, w in enumerate(words)]


@dataclass(frozen=True)
class Model:
    r"""A logistic model of an event's confidence.

    Parameters
    ----------
    weights : dict of str to float
        :math:`w_f` by feature name.
    bias : float
        :math:`b`.
    threshold : float
        Events with a lower confidence are left out (listed as doubtful).
    about : dict
        Where the model comes from: training data, penalty, cross-validated figures.
    calibration : (float, float)
        Platt's slope :math:`a` (positive) and intercept :math:`c`; (1, 0), the default,
        leaves the model's own probability :math:`\sigma(z)`.
    """

    weights: dict[str, float]
    bias: float
    threshold: float
    about: dict[str, Any] = field(default_factory=dict)
    calibration: tuple[float, float] = (1.0, 0.0)

    def score(self, feats: dict[str, float]) -> float:
        r"""The calibrated probability :math:`\sigma(a\,(b + w \cdot x) + c)` of one event.

        Parameters
        ----------
        feats : dict of str to float
            The event's features (:func:`features`); names the model lacks weigh 0.

        Returns
        -------
        float
            A probability in [0, 1], computed without overflow for any :math:`z`.
        """
        slope, intercept = self.calibration
        z = self.bias + sum(self.weights.get(name, 0.0) * x for name, x in feats.items())
        return _sigmoid(slope * z + intercept)

    def to_json(self) -> str:
        """The model as the JSON text of ``event_model.json`` (weights sorted by name)."""
        doc = {
            "about": self.about,
            "threshold": self.threshold,
            "calibration": {
                "slope": round(self.calibration[0], 6),
                "intercept": round(self.calibration[1], 6),
            },
            "bias": round(self.bias, 6),
            "weights": {k: round(v, 6) for k, v in sorted(self.weights.items())},
        }
        return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"


@cache
def model() -> Model:
    """The shipped model (``event_model.json``), read once and checked.

    Returns
    -------
    Model
        Its weights, bias, threshold, calibration and data card.

    Raises
    ------
    NewsError
        If the file is missing or unreadable, lacks a field, or holds a weight that is
        not a finite number, a threshold outside (0, 1), or a calibration slope that is not
        positive.
    """
    retrain = "; rebuild it: python scripts/train_news_confidence.py"
    try:
        doc = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
        weights = {str(k): float(v) for k, v in doc["weights"].items()}
        found = Model(
            weights=weights,
            bias=float(doc["bias"]),
            threshold=float(doc["threshold"]),
            about=dict(doc.get("about", {})),
            calibration=(
                float(doc["calibration"]["slope"]),
                float(doc["calibration"]["intercept"]),
            ),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        message = f"{MODEL_FILE}: the confidence model cannot be read ({exc}){retrain}"
        raise NewsError(message) from None
    finite = np.isfinite(np.fromiter(weights.values(), float, len(weights))).all()
    if not finite or not all(map(math.isfinite, (found.bias, *found.calibration))):
        raise NewsError(f"{MODEL_FILE}: a weight is not a finite number{retrain}")
    if not found.calibration[0] > 0.0:
        slope = found.calibration[0]
        raise NewsError(f"{MODEL_FILE}: calibration slope {slope} is not positive{retrain}")
    if not 0.0 < found.threshold < 1.0:
        raise NewsError(f"{MODEL_FILE}: threshold {found.threshold} is not in (0, 1){retrain}")
    return found


def scores(events: Sequence[Event], text: str, using: Model | None = None) -> list[float]:
    """The confidence of each event of a report.

    Parameters
    ----------
    events : sequence of Event
        Every event the rules found in the report.
    text : str
        The report's text.
    using : Model, optional
        The model (default: the shipped one).

    Returns
    -------
    list of float
        One score in [0, 1] per event.
    """
    m = using or model()
    return [m.score(features(e, text, events)) for e in events]


def calibrate(probabilities: Sequence[float], labels: Sequence[int]) -> tuple[float, float]:
    r"""Platt's scaling: the slope and intercept that calibrate a model's probabilities.

    The logistic regression :math:`P(y = 1) = \sigma(a\, z + c)` of the labels on the
    log-odds :math:`z = \log(p / (1 - p))` of the probabilities, fitted by :func:`fit` with
    a penalty too weak to matter (Platt, 1999).  The probabilities should be of events the
    model was not fitted on (the leave-one-set-out scores of the training script).

    Parameters
    ----------
    probabilities : sequence of float
        The model's uncalibrated probabilities, in [0, 1] (clipped to
        :math:`[10^{-12}, 1 - 10^{-12}]`).
    labels : sequence of int
        1 for an event that matches a labelled one, 0 otherwise.

    Returns
    -------
    (float, float)
        :math:`a` and :math:`c`, for :attr:`Model.calibration`.

    Raises
    ------
    ValueError
        As :func:`fit`.
    """
    weights, intercept = fit([{"z": float(z)} for z in _log_odds(probabilities)], labels, c=1e9)
    return weights.get("z", 0.0), intercept


def rescale(probabilities: Sequence[float], slope: float, intercept: float) -> np.ndarray:
    r"""Probabilities calibrated by Platt's scaling: :math:`\sigma(a \log(p / (1 - p)) + c)`.

    Parameters
    ----------
    probabilities : sequence of float
        A model's uncalibrated probabilities (clipped as :func:`calibrate` does).
    slope, intercept : float
        :math:`a` and :math:`c` (:func:`calibrate`).

    Returns
    -------
    numpy.ndarray
        The calibrated probabilities, in the same order.
    """
    z = slope * _log_odds(probabilities) + intercept
    return np.exp(-np.logaddexp(0.0, -z))


def _log_odds(probabilities: Sequence[float]) -> np.ndarray:
    r""":math:`\log(p / (1 - p))`, the probabilities clipped to :math:`[10^{-12}, 1 - 10^{-12}]`."""
    p = np.clip(np.asarray(probabilities, dtype=float), 1e-12, 1.0 - 1e-12)
    return np.log(p) - np.log1p(-p)


def _sigmoid(z: float) -> float:
    """:math:`1 / (1 + e^{-z})`, computed without overflow for any :math:`z`."""
    return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))


def fit(
    samples: Sequence[dict[str, float]], labels: Sequence[int], c: float = 1.0
) -> tuple[dict[str, float], float]:
    """Fit the L2-penalised logistic regression of the module's docstring.

    Parameters
    ----------
    samples : sequence of dict of str to float
        Each sample's features.
    labels : sequence of int
        1 for an event that matches a labelled one, 0 otherwise.
    c : float
        :math:`C`, the inverse of the penalty's strength (the intercept is not penalised).

    Returns
    -------
    (dict of str to float, float)
        The weights of the features that occur, and the bias.

    Raises
    ------
    ValueError
        If the samples and labels differ in number, both classes are not present, or the
        optimiser does not converge.
    """
    from scipy import optimize, sparse

    if len(samples) != len(labels):
        raise ValueError(f"{len(samples)} samples but {len(labels)} labels")
    y = np.asarray(labels, dtype=float)
    if not (0 < y.sum() < len(y)):
        raise ValueError("both classes (0 and 1) must occur among the labels")
    names = sorted({k for s in samples for k in s})
    column = {k: j for j, k in enumerate(names)}
    rows = [i for i, s in enumerate(samples) for _ in s]
    cols = [column[k] for s in samples for k in s]
    vals = [v for s in samples for v in s.values()]
    x = sparse.csr_matrix((vals, (rows, cols)), shape=(len(samples), len(names)))
    sign = 2.0 * y - 1.0
    result = optimize.minimize(
        penalised_log_loss,
        np.zeros(len(names) + 1),
        args=(x, sign, c),
        jac=True,
        method="L-BFGS-B",
        options={"maxiter": 5000, "gtol": 1e-8},
    )
    if not result.success:
        raise ValueError(
            f"the logistic fit did not converge in {result.nit} iterations: {result.message}"
        )
    theta = result.x
    return dict(zip(names, theta[:-1].tolist(), strict=True)), float(theta[-1])


def penalised_log_loss(
    theta: np.ndarray, x: Any, sign: np.ndarray, c: float
) -> tuple[float, np.ndarray]:
    r"""The loss of the module's docstring and its gradient.

    .. math::

        L(w, b) = \sum_i \log\big(1 + e^{-y_i (b + w \cdot x_i)}\big)
        + \frac{\lVert w \rVert^2}{2C}, \qquad
        \frac{\partial L}{\partial w} = X^\top d + \frac{w}{C}, \quad
        \frac{\partial L}{\partial b} = \sum_i d_i, \quad
        d_i = -y_i\, \sigma\big(-y_i (b + w \cdot x_i)\big).

    Parameters
    ----------
    theta : numpy.ndarray
        The weights :math:`w` followed by the bias :math:`b`.
    x : scipy.sparse matrix or numpy.ndarray
        The samples' features, one row each.
    sign : numpy.ndarray
        :math:`y_i \in \{-1, +1\}`.
    c : float
        :math:`C`.

    Returns
    -------
    (float, numpy.ndarray)
        :math:`L` and its gradient, in the order of ``theta``.
    """
    w, b = theta[:-1], theta[-1]
    margin = sign * (x @ w + b)
    value = np.logaddexp(0.0, -margin).sum() + w @ w / (2.0 * c)
    d = -sign * np.exp(-np.logaddexp(0.0, margin))  # -y * sigma(-margin)
    grad = np.append(x.T @ d + w / c, d.sum())
    return float(value), grad
