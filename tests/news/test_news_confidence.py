"""The confidence model of the news reader (tradewar.news.confidence).

The fit is checked on closed forms and on a simulated logistic population; the shipped
model is checked to be what training on the labelled sets gives (so that a change to the
rules cannot leave it stale), and the reader to leave out, list and mark the doubtful.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import optimize

from tradewar.news import NewsError, read_report
from tradewar.news.confidence import (
    NAME,
    Model,
    calibrate,
    features,
    fit,
    model,
    penalised_log_loss,
    rescale,
)

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

#: The penalty the shipped model is trained with (tests/news/news_training.py).
PENALTY = 1.0


def test_a_strong_penalty_leaves_the_bias_at_the_log_odds_of_the_labels():
    # with every weight held at 0 the bias maximising the likelihood is log(k / (n - k))
    samples = [{"a": 1.0}, {"b": 1.0}, {"a": 1.0, "b": 1.0}, {}] * 25
    labels = [1, 1, 1, 0] * 25
    weights, bias = fit(samples, labels, c=1e-9)
    assert max(abs(w) for w in weights.values()) < 1e-6
    assert bias == pytest.approx(math.log(75 / 25), abs=1e-5)


def test_the_fit_recovers_the_weights_of_a_simulated_logistic_population():
    rng = np.random.default_rng(7)
    true = {"x": 1.5, "y": -2.0, "z": 0.0}
    bias = 0.5
    n = 40_000
    draws = rng.integers(0, 2, size=(n, 3))
    z = bias + draws @ np.array(list(true.values()))
    labels = (rng.random(n) < 1 / (1 + np.exp(-z))).astype(int).tolist()
    samples = [{k: 1.0 for k, d in zip(true, row, strict=True) if d} for row in draws]
    weights, fitted = fit(samples, labels, c=1e6)
    for k, w in true.items():
        assert weights[k] == pytest.approx(w, abs=0.08)
    assert fitted == pytest.approx(bias, abs=0.08)


def test_the_fit_refuses_one_class_and_mismatched_labels():
    with pytest.raises(ValueError, match="both classes"):
        fit([{"a": 1.0}, {"b": 1.0}], [1, 1])
    with pytest.raises(ValueError, match="2 samples but 1 labels"):
        fit([{"a": 1.0}, {"b": 1.0}], [1])


def test_the_score_is_the_logistic_function_and_never_overflows():
    m = Model(weights={"a": 2.0}, bias=-1.0, threshold=0.5)
    assert m.score({}) == pytest.approx(1 / (1 + math.e))
    assert m.score({"a": 1.0}) == pytest.approx(1 / (1 + math.exp(-1.0)))
    assert m.score({"unseen": 1.0}) == m.score({})
    assert Model({"a": 1e4}, 0.0, 0.5).score({"a": 1.0}) == 1.0
    assert Model({"a": -1e4}, 0.0, 0.5).score({"a": 1.0}) == 0.0


def test_the_calibrated_score_is_the_logistic_of_the_rescaled_log_odds():
    m = Model(weights={"a": 2.0}, bias=-1.0, threshold=0.5, calibration=(0.6, 0.2))
    assert m.score({"a": 1.0}) == pytest.approx(1 / (1 + math.exp(-(0.6 * 1.0 + 0.2))))
    assert m.score({}) == pytest.approx(1 / (1 + math.exp(-(0.6 * -1.0 + 0.2))))
    # a positive slope keeps the order of the scores
    raw = Model(weights={"a": 2.0}, bias=-1.0, threshold=0.5)
    pairs = [({"a": x}, {"a": x + 0.1}) for x in np.linspace(-3, 3, 13)]
    assert all(m.score(lo) < m.score(hi) and raw.score(lo) < raw.score(hi) for lo, hi in pairs)


def test_rescaling_probabilities_is_the_model_s_calibrated_score():
    raw = Model(weights={"a": 2.0}, bias=-1.0, threshold=0.5)
    calibrated = Model(weights={"a": 2.0}, bias=-1.0, threshold=0.5, calibration=(0.6, 0.2))
    feats = [{"a": x} for x in (-3.0, -0.5, 0.0, 1.0, 4.0)]
    got = rescale([raw.score(f) for f in feats], 0.6, 0.2)
    assert got == pytest.approx([calibrated.score(f) for f in feats], rel=1e-9)
    assert rescale([0.0, 1.0], 1.0, 0.0) == pytest.approx([1e-12, 1 - 1e-12])  # clipped


def test_platt_scaling_recovers_the_slope_and_intercept_of_an_overconfident_model():
    # a model whose log-odds are 1/0.6 times too large and biased: the truth is
    # sigma(0.6 z - 0.3) where the model says sigma(z)
    rng = np.random.default_rng(11)
    z = rng.normal(1.5, 2.5, size=50_000)
    labels = (rng.random(z.size) < 1 / (1 + np.exp(-(0.6 * z - 0.3)))).astype(int)
    slope, intercept = calibrate(1 / (1 + np.exp(-z)), labels.tolist())
    assert slope == pytest.approx(0.6, abs=0.03)
    assert intercept == pytest.approx(-0.3, abs=0.04)
    # a calibrated model is left as it is
    honest = (rng.random(z.size) < 1 / (1 + np.exp(-z))).astype(int)
    slope, intercept = calibrate(1 / (1 + np.exp(-z)), honest.tolist())
    assert slope == pytest.approx(1.0, abs=0.04) and intercept == pytest.approx(0.0, abs=0.04)


def test_names_are_one_word_and_the_kind_is_crossed_with_every_word():
    report = read_report("Brazil raised tariffs on Chinese steel to 25% on Monday.", "2024-03-08")
    e = report.events[0]
    f = features(e, report.text, report.events)
    assert f"w={NAME}" in f
    assert "w=chinese" not in f and "w=brazil" in f  # "Brazil" is first: kept as a word
    assert f["first=brazil"] == 1.0
    assert f["tariff_increase|w=raised"] == 1.0 and f["w=steel"] == 1.0


def test_the_shipped_model_is_what_training_on_the_labelled_sets_gives():
    from news_training import (
        PENALTY_C,
        calibration,
        data_files,
        leave_one_set_out,
        read_sets,
        train,
    )

    shipped = model()
    assert shipped.about["trained_on"] == data_files()
    assert shipped.about["penalty_c"] == PENALTY_C
    assert 0.0 < shipped.threshold < 1.0
    reads = read_sets()
    assert shipped.about["samples"] == sum(len(r.labels) for r in reads), (
        "the rules changed since the model was trained: run scripts/train_news_confidence.py"
    )
    weights, bias = train(reads)
    assert set(weights) == set(shipped.weights)
    gap = max(abs(weights[k] - shipped.weights[k]) for k in weights)
    assert gap < 1e-3, "retrain: python scripts/train_news_confidence.py"
    assert bias == pytest.approx(shipped.bias, abs=1e-3)
    # the calibration is Platt's scaling of the scores of the sets left out, and it brings
    # the scores closer to the share of events that match on sets it was not fitted on
    slope, intercept = calibration(reads, leave_one_set_out(reads))
    assert slope == pytest.approx(shipped.calibration[0], abs=1e-3)
    assert intercept == pytest.approx(shipped.calibration[1], abs=1e-3)
    measured = shipped.about["calibration"]
    assert measured["calibrated"]["ece"] < measured["uncalibrated"]["ece"]
    assert measured["calibrated"]["brier"] < measured["uncalibrated"]["brier"]
    assert shipped.threshold == 0.5  # kept: more likely than not to be an event
    # leaving each set out, the model raised the events' precision more than it cost recall
    cv = shipped.about["cross_validation"]["all_sets"]
    (p0, r0), (p1, r1) = cv["rules_alone"], cv["with_model"]
    assert p1 - p0 > r0 - r1 > -1e-9


ADVICE = (
    "Analysts said the tariffs would hurt farmers. "
    "The U.S. raised tariffs on $200 billion of Chinese goods to 25% from 10% on Friday."
)


def test_every_event_carries_its_confidence_and_the_doubtful_are_listed_apart():
    everything = read_report(ADVICE, "2019-05-13", min_confidence=0.0)
    assert everything.events and not everything.doubtful
    assert all(0.0 <= e.confidence <= 1.0 for e in everything.events)
    strict = read_report(ADVICE, "2019-05-13", min_confidence=1.0)
    assert not strict.events
    assert [e.sentence for e in strict.doubtful] == [e.sentence for e in everything.events]
    assert any("left out as doubtful" in n for n in strict.notes)
    assert "no trade-policy events above the confidence threshold" in strict.notes
    assert "no trade-policy events found in the report" not in strict.notes
    default = read_report(ADVICE, "2019-05-13")
    threshold = model().threshold
    assert all(e.confidence >= threshold for e in default.events)
    assert all(e.confidence < threshold for e in default.doubtful)
    assert len(default.events) + len(default.doubtful) == len(everything.events)
    assert default.to_dict()["doubtful"] == [e.to_dict() for e in default.doubtful]


@pytest.mark.parametrize("bad", [-0.1, 1.5, float("nan"), "0.5", True])
def test_a_confidence_outside_zero_to_one_is_refused(bad):
    with pytest.raises(NewsError, match="min_confidence"):
        read_report(ADVICE, "2019-05-13", min_confidence=bad)


def test_the_gradient_is_the_loss_s_at_the_shipped_penalty():
    rng = np.random.default_rng(3)
    x = rng.normal(size=(60, 5))
    sign = np.where(rng.random(60) < 0.6, 1.0, -1.0)
    for c in (PENALTY, 0.2, 7.0):
        for _ in range(3):
            theta = rng.normal(size=6)
            gap = optimize.check_grad(
                lambda t, c=c: penalised_log_loss(t, x, sign, c)[0],
                lambda t, c=c: penalised_log_loss(t, x, sign, c)[1],
                theta,
            )
            assert gap < 1e-5 * max(1.0, np.linalg.norm(penalised_log_loss(theta, x, sign, c)[1]))


def test_the_loss_at_zero_is_n_log_2():
    x = np.ones((8, 3))
    sign = np.array([1.0, -1.0] * 4)
    value, grad = penalised_log_loss(np.zeros(4), x, sign, PENALTY)
    assert value == pytest.approx(8 * math.log(2))
    assert grad == pytest.approx(np.zeros(4))  # as many of each label: no pull either way


#: A calibration that leaves the model's probabilities as they are.
PLATT = '"calibration": {"slope": 1, "intercept": 0}'


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "cannot be read"),
        ("{not json", "cannot be read"),
        ('{"bias": 0, "threshold": 0.5}', "cannot be read"),
        ('{"bias": 0, "threshold": 0.5, "weights": {"a": 1}}', "cannot be read"),
        (f'{{"bias": 0, "threshold": 0.5, "weights": {{"a": NaN}}, {PLATT}}}', "not a finite"),
        (f'{{"bias": 0, "threshold": 7, "weights": {{"a": 1}}, {PLATT}}}', "not in \\(0, 1\\)"),
        (
            '{"bias": 0, "threshold": 0.5, "weights": {"a": 1}, '
            '"calibration": {"slope": 1, "intercept": NaN}}',
            "not a finite number",
        ),
        (
            '{"bias": 0, "threshold": 0.5, "weights": {"a": 1}, '
            '"calibration": {"slope": -0.5, "intercept": 0}}',
            "slope -0.5 is not positive",
        ),
    ],
)
def test_a_broken_model_file_is_one_clear_message(tmp_path, monkeypatch, content, message):
    from tradewar.news import confidence

    path = tmp_path / "event_model.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    monkeypatch.setattr(confidence, "MODEL_FILE", path)
    confidence.model.cache_clear()
    try:
        with pytest.raises(NewsError, match=message) as caught:
            read_report(ADVICE, "2019-05-13")
        assert "train_news_confidence.py" in str(caught.value)
        assert "\n" not in str(caught.value)
    finally:
        confidence.model.cache_clear()
