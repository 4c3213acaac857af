"""Structural gravity estimation: PPML with high-dimensional fixed effects (pyfixest).

``estimate_gravity(data, "trade ~ ln_DIST + CNTG + INTL_BRDR | exporter + importer")``
returns the coefficients as a tidy table with standard errors, the observations
and fixed-effect groups dropped (all-zero groups cannot be estimated by PPML),
collinear regressors, and each pair's trade-cost term ``exp(Σ_k β_k x_ijk)``
(``t_ij^{1−σ}``), which feeds counterfactuals (:mod:`tradewar.gravity.ge`).

References: Santos Silva & Tenreyro (2006); Yotov, Piermartini, Monteiro & Larch
(2016), ch. 1–2.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from tradewar.errors import DataError

__all__ = [
    "GravityEstimates",
    "estimate_gravity",
    "gravity_sample",
    "parse_vcov",
]


@dataclass(frozen=True, eq=False)
class GravityEstimates:
    """The result of a PPML gravity estimation.

    Parameters
    ----------
    formula : str
        The pyfixest formula estimated.
    coefficients : pandas.DataFrame
        Tidy table: term, estimate, std_error, t_value, p_value, ci_low, ci_high.
    nobs : int
        Observations used.
    vcov : str or dict
        The variance estimator (``hetero``, ``iid``, or ``{"CRV1": "pair"}``).
    dropped : list of str, optional
        Human-readable lines on what was left out (zero groups, separation).
    collinear : list of str, optional
        Regressors dropped as collinear.
    fitted : pandas.Series, optional
        Fitted trade for every row of the data used (NaN where dropped).
    """

    formula: str
    coefficients: pd.DataFrame
    nobs: int
    vcov: str | dict
    dropped: list[str] = field(default_factory=list)
    collinear: list[str] = field(default_factory=list)
    fitted: pd.Series | None = None

    @property
    def beta(self) -> dict[str, float]:
        """Coefficient by regressor."""
        return dict(zip(self.coefficients["term"], self.coefficients["estimate"], strict=True))

    def cost_term(
        self, data: pd.DataFrame, changes: Mapping[str, object] | None = None
    ) -> np.ndarray:
        """``Σ_k β_k x_k`` per row (log of ``t^{1−σ}``), optionally with regressors replaced.

        Parameters
        ----------
        data : pandas.DataFrame
            Rows with a column for every estimated regressor.
        changes : Mapping of str to object, optional
            Regressor → new value (a scalar or one per row), replacing the column.

        Returns
        -------
        numpy.ndarray
            (rows,) the cost term of each row.

        Raises
        ------
        DataError
            A change names a regressor that was not estimated.
        """
        changes = changes or {}
        unknown = [k for k in changes if k not in self.beta]
        if unknown:
            raise DataError(
                f"counterfactual variable {unknown[0]!r} was not in the estimation "
                f"(estimated: {', '.join(self.beta)})"
            )
        total = np.zeros(len(data))
        for term, beta in self.beta.items():
            values = changes.get(term, data[term])
            total = total + beta * np.broadcast_to(np.asarray(values, dtype=float), total.shape)
        return total

    def to_dict(self) -> dict:
        """JSON-ready summary."""
        return {
            "formula": self.formula,
            "nobs": self.nobs,
            "vcov": self.vcov,
            "coefficients": self.coefficients.to_dict(orient="records"),
            "dropped": self.dropped,
            "collinear": self.collinear,
        }


_TERM = re.compile(r"[A-Za-z_][A-Za-z0-9_.]*")


def _variables(formula: str) -> tuple[str, list[str], list[str]]:
    if "~" not in formula:
        raise DataError(f"formula {formula!r} has no '~' (expected 'trade ~ x1 + x2 | fe1 + fe2')")
    lhs, rhs = formula.split("~", 1)
    parts = rhs.split("|")
    regressors = [v for v in _TERM.findall(parts[0]) if v not in ("C", "I", "log", "np")]
    fixed = [v for p in parts[1:] for v in _TERM.findall(p) if v not in ("C", "I")]
    return lhs.strip(), regressors, fixed


def gravity_sample(
    data: pd.DataFrame,
    *,
    year: int | None = None,
    international_only: bool = False,
    exporter: str = "exporter",
    importer: str = "importer",
    source: str = "data",
) -> pd.DataFrame:
    """The rows to estimate on: one year (optional), international flows only (optional).

    Parameters
    ----------
    data : pandas.DataFrame
        The gravity table.
    year : int, optional
        Keep the rows of this year (from a ``year`` column).
    international_only : bool, default False
        Leave out flows from a country to itself.
    exporter, importer : str, optional
        Column names (default ``"exporter"``, ``"importer"``).
    source : str, default "data"
        A name for the data in error messages.

    Returns
    -------
    pandas.DataFrame
        The rows kept, with a fresh index.

    Raises
    ------
    DataError
        A year asked for without a ``year`` column, or with no rows.
    """
    frame = data
    if year is not None:
        if "year" not in frame.columns:
            raise DataError(f"{source}: no 'year' column")
        frame = frame[frame["year"] == year]
        if frame.empty:
            raise DataError(f"{source}: no rows for year {year}")
    if international_only:
        if exporter not in frame.columns or importer not in frame.columns:
            raise DataError(f"{source}: no {exporter!r} and {importer!r} columns")
        frame = frame[frame[exporter] != frame[importer]]
    return frame.reset_index(drop=True)


def parse_vcov(text: str) -> str | dict[str, str]:
    """``hetero``, ``iid`` or ``cluster:COLUMN`` as pyfixest's ``vcov`` argument.

    Parameters
    ----------
    text : str
        ``hetero``, ``iid`` or ``cluster:COLUMN`` (the command line's ``--vcov``).

    Returns
    -------
    str or dict of str to str
        ``text`` itself, or ``{"CRV1": COLUMN}``.
    """
    if text.startswith("cluster:"):
        return {"CRV1": text.split(":", 1)[1]}
    return text


def _check_estimable(
    data: pd.DataFrame,
    y: pd.Series,
    depvar: str,
    regressors: list[str],
    fixed: list[str],
    source: str,
) -> None:
    """Refuse, before the estimation library sees them, data PPML cannot estimate.

    pyfixest aborts the whole process (a panic in its compiled core) on some of
    them, e.g. trade that is zero everywhere.
    """
    if not (y > 0).any():
        raise DataError(f"{source}: {depvar!r} is zero everywhere: there is no trade to fit")
    usable = np.ones(len(data), dtype=bool)  # rows with every regressor and fixed effect
    for column in regressors:
        values = pd.to_numeric(data[column], errors="coerce").to_numpy(dtype=float)
        infinite = np.isinf(values)
        if infinite.any():
            row = data[infinite].iloc[0]
            pair = " -> ".join(str(row[c]) for c in ("exporter", "importer") if c in data.columns)
            raise DataError(
                f"{source}: regressor {column!r} is infinite for {pair or 'a row'} "
                f"({int(infinite.sum())} row(s))"
            )
        usable &= ~np.isnan(values)
    for fe in fixed:
        usable &= data[fe].notna().to_numpy()
    if not usable.any():
        raise DataError(
            f"{source}: no row has a value for every regressor and fixed effect of the formula"
        )
    rows, y_rows = data[usable], y[usable]
    # rows that survive: in no fixed-effect group without positive trade
    keep = np.ones(len(rows), dtype=bool)
    for fe in fixed:
        totals = y_rows.groupby(rows[fe]).transform("sum").to_numpy(dtype=float)
        keep &= totals > 0
    positive = int((keep & (y_rows.to_numpy(dtype=float) > 0)).sum())
    if positive < 2:
        raise DataError(
            f"{source}: {positive} observation(s) with positive {depvar!r} are left once the "
            "fixed-effect groups without trade are dropped: too few to estimate"
        )


def estimate_gravity(
    data: pd.DataFrame,
    formula: str,
    *,
    vcov: str | dict = "hetero",
    source: str = "data",
) -> GravityEstimates:
    """Estimate a gravity equation by PPML with fixed effects.

    Parameters
    ----------
    data : pandas.DataFrame
        One row per (exporter, importer[, year]) with the dependent variable
        (trade, domestic flows included for structural gravity) and regressors.
    formula : str
        Pyfixest syntax, e.g. ``trade ~ ln_DIST + CNTG + INTL_BRDR | exporter + importer``;
        fixed effects may be interacted (``exporter^year``).
    vcov : str or dict, default "hetero"
        ``hetero`` (robust), ``iid``, or ``{"CRV1": "pair_id"}`` for clustered errors.
    source : str, default "data"
        A name for the data in error messages.

    Returns
    -------
    GravityEstimates
        Coefficients, observations, what was dropped, fitted values.

    Raises
    ------
    DataError
        A formula naming a missing column, negative or missing trade values
        (naming the pair), or too few observations for the fixed effects.
    """
    from tradewar.extras import require

    pf = require("pyfixest", "gravity")

    depvar, regressors, fixed = _variables(formula)
    missing = [c for c in [depvar, *regressors, *fixed] if c not in data.columns]
    if missing:
        import difflib

        columns = [str(c) for c in data.columns]
        close = difflib.get_close_matches(missing[0], columns, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        shown = ", ".join(columns[:15]) + (", ..." if len(columns) > 15 else "")
        raise DataError(
            f"{source}: formula {formula!r} names missing column(s) "
            f"{', '.join(map(repr, missing))}{hint} (columns: {shown})"
        )
    y = pd.to_numeric(data[depvar], errors="coerce")
    bad = y.isna() | (y < 0) | ~np.isfinite(y.to_numpy(dtype=float, na_value=np.nan))
    if bad.any():
        row = data[bad].iloc[0]
        pair = " -> ".join(str(row[c]) for c in ("exporter", "importer") if c in data.columns)
        what = "infinite" if np.isinf(float(y[bad].iloc[0])) else "negative or missing"
        raise DataError(
            f"{source}: {depvar!r} is {what} for {pair or 'a row'} ({int(bad.sum())} row(s))"
        )
    _check_estimable(data, y, depvar, regressors, fixed, source)
    dropped = []
    for fe in fixed:
        if fe not in data.columns:
            continue
        totals = y.groupby(data[fe]).sum()
        zero = totals[totals <= 0].index.tolist()
        if zero:
            dropped.append(
                f"{fe} groups with no positive {depvar} (cannot be estimated, "
                f"dropped): {', '.join(map(str, zero[:10]))}"
            )
    n_fe = sum(int(data[fe].nunique()) for fe in fixed if fe in data.columns)
    if len(data) <= len(regressors) + n_fe:
        raise DataError(
            f"{source}: {len(data)} observations are too few for {len(regressors)} "
            f"regressor(s) and {n_fe} fixed effects"
        )
    if isinstance(vcov, dict):
        cluster = next(iter(vcov.values()))
        if "^" in cluster:  # an interaction, e.g. exporter^importer: cluster by pair
            parts = cluster.split("^")
            missing = [p for p in parts if p not in data.columns]
            if missing:
                raise DataError(f"{source}: cluster variable {missing[0]!r} is not a column")
            data = data.assign(_cluster=data[parts].astype(str).agg("^".join, axis=1))
            vcov = {next(iter(vcov)): "_cluster"}
        elif cluster not in data.columns:
            raise DataError(f"{source}: cluster variable {cluster!r} is not a column")
    # PPML's slopes do not depend on the units of trade: estimate on trade over its
    # mean (the intercept, if any, moves by the log of the scale and is moved back)
    scale = float(y[y > 0].mean())
    data = data.assign(**{depvar: y / scale})
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            fit = pf.fepois(formula, data=data, vcov=vcov)
    except Exception as exc:  # pyfixest raises many kinds; report them as data problems
        why = " ".join(str(exc).split())
        raise DataError(f"{source}: PPML estimation of {formula!r} failed: {why}") from None
    tidy = fit.tidy().reset_index()
    intercept = tidy["Coefficient"] == "Intercept"
    for column in ("Estimate", "2.5%", "97.5%"):
        tidy.loc[intercept, column] += np.log(scale)
    if not np.all(np.isfinite(tidy["Estimate"].to_numpy(dtype=float))):
        raise DataError(
            f"{source}: PPML estimation of {formula!r} gave non-finite coefficients "
            "(regressors without variation, or trade that the fixed effects explain exactly?)"
        )
    coefficients = pd.DataFrame(
        {
            "term": tidy["Coefficient"],
            "estimate": tidy["Estimate"],
            "std_error": tidy["Std. Error"],
            "t_value": tidy["t value"],
            "p_value": tidy["Pr(>|t|)"],
            "ci_low": tidy["2.5%"],
            "ci_high": tidy["97.5%"],
        }
    )
    collinear = [str(v) for v in (getattr(fit, "_collin_vars", None) or [])]
    separation = getattr(fit, "n_separation_na", None)
    if separation:
        dropped.append(f"observations dropped for separation: {separation}")
    nobs = int(fit._N)
    if nobs < len(data):
        dropped.append(f"observations used: {nobs} of {len(data)}")
    fitted = pd.Series(np.nan, index=data.index)
    try:
        fitted.loc[:] = fit.predict(newdata=data, type="response")
    except (ValueError, KeyError, TypeError, NotImplementedError):  # in-sample fallback
        y_hat = np.asarray(fit._Y_hat_response).ravel()
        # pandas-stubs type iloc slice assignment as scalars/Series only; pandas takes arrays
        fitted.iloc[: len(fit._Y_hat_response)] = y_hat  # type: ignore[call-overload]
    fitted = fitted * scale
    return GravityEstimates(
        formula=formula,
        coefficients=coefficients,
        nobs=nobs,
        vcov=vcov,
        dropped=dropped,
        collinear=collinear,
        fitted=fitted,
    )
