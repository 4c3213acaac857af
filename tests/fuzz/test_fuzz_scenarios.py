"""Hostile scenario files, generated: a located error or a finite result, never a crash.

Issue 11, item 7.  Hypothesis writes scenario files as a careless or hostile user
would (wrong types, NaN and infinite numbers, booleans for numbers, huge and
negative magnitudes, unknown and repeated names, empty lists, stray fields,
anchors and aliases, random text and random edits of a valid file) and checks
that tradewar answers each with a :class:`~tradewar.errors.ScenarioError` that
names the file (the line when the field has one), or with a result whose
numbers are finite, in bounded time.  The command line is fuzzed too: exit code
0 or 1, ``--json`` errors as JSON objects, no traceback.

Examples are derandomised (the same in every run) and few, so that CI spends
about a minute here; ``TRADEWAR_FUZZ_EXAMPLES`` multiplies them for a longer
local hunt.
"""

from __future__ import annotations

import json
import math
import os
import time
from pathlib import Path

import numpy as np
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from tradewar.cli.app import app
from tradewar.errors import ScenarioError
from tradewar.scenario import load_scenario
from tradewar.scenario.timeline import check_scenario, run_scenario
from tradewar.scenario.yaml_lines import load_yaml

pytestmark = pytest.mark.fuzz

SCALE = int(os.environ.get("TRADEWAR_FUZZ_EXAMPLES", "1"))
#: Seconds any one example may take (a hang is a failure, not a slow test).
BOUND = 20.0


def fuzz(examples: int) -> settings:
    return settings(
        max_examples=examples * SCALE,
        deadline=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )


# ---------------------------------------------------------------- strategies
COUNTRIES = ["HOM", "FOR", "ROW", "Home", "hom", "USA", "", "all", "goods", "Narnia", "FRA"]
SECTORS = ["goods", "services", "all", "Goods", "", "steel", "goods "]
KINDS = ["tariff", "export_control", "trade_cost", "purchase_commitment", "currency", "tarif"]
FIELDS = [
    "date", "label", "note", "imposer", "partners", "sectors", "set", "add", "coverage_usd",
    "coverage_by_sector", "covered_share", "exporter", "exporters", "importers",
    "tariff_equivalent", "coverage_share", "rents", "change", "partial_effect", "regressors",
    "regressors_of_year", "variables", "symmetric", "buyer", "seller", "amount_usd",
    "level_usd", "reference_year", "reference_usd", "compliance", "country", "model_as",
    "balance_change_usd", "rate", "ad",
]  # fmt: skip

numbers = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.floats(min_value=-2, max_value=2),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.sampled_from([0, 1, -1, 0.1, 0.25, 1e-300, 1e300, True, False]),
    st.sampled_from(["1e400", "nan", "-inf", "20.8e9", "0x10", "1_000", "", "ten"]),
)
names = st.one_of(st.sampled_from(COUNTRIES + SECTORS), st.text(max_size=8))
name_lists = st.one_of(names, st.lists(names, max_size=4))
dates = st.one_of(
    st.dates(min_value=__import__("datetime").date(1, 1, 1)).map(str),
    st.sampled_from(["2019-01-01", "2019-05-10", "2019-02-30", "20190101", "yesterday"]),
    st.integers(min_value=-(10**12), max_value=10**12),
)
leaf = st.one_of(numbers, names, dates, st.none(), st.booleans())
values = st.recursive(
    leaf,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(names, inner, max_size=3)),
    max_leaves=8,
)


@st.composite
def actions(draw) -> dict:
    out: dict = {"kind": draw(st.sampled_from(KINDS))}
    if draw(st.booleans()):
        out["date"] = draw(dates)
    else:
        out["date"] = f"2019-0{draw(st.integers(1, 9))}-01"
    for field in draw(st.lists(st.sampled_from(FIELDS), max_size=6, unique=True)):
        kind = draw(st.integers(0, 3))
        if field in ("partners", "sectors", "exporters", "importers", "variables"):
            out[field] = draw(name_lists) if kind else draw(values)
        elif field in ("imposer", "exporter", "buyer", "seller", "country"):
            out[field] = draw(names) if kind else draw(values)
        elif field in ("set", "add", "covered_share", "coverage_by_sector", "regressors"):
            out[field] = draw(
                st.one_of(numbers, st.dictionaries(st.sampled_from(SECTORS), numbers, max_size=2))
            )
        else:
            out[field] = draw(numbers) if kind else draw(values)
    return out


@st.composite
def plausible_tariffs(draw) -> dict:
    """Mostly valid tariff actions on the toy world: these get solved."""
    out = {
        "kind": "tariff",
        "date": f"2019-0{draw(st.integers(1, 4))}-01",
        "imposer": draw(st.sampled_from(["HOM", "FOR", "ROW"])),
    }
    out[draw(st.sampled_from(["add", "set"]))] = draw(
        st.one_of(st.floats(min_value=-0.9, max_value=10), numbers)
    )
    if draw(st.booleans()):
        out["covered_share"] = draw(st.one_of(st.floats(0, 1), numbers))
    return out


@st.composite
def scenarios(draw) -> dict:
    doc: dict = {"name": draw(st.sampled_from(["fuzz", "Fuzz!", "", "a-b"])), "baseline": "toy"}
    doc["actions"] = draw(st.lists(st.one_of(actions(), plausible_tariffs(), values), max_size=4))
    extras = {
        "start": st.one_of(st.sampled_from(["data", "pre-war-2017", "nowhere"]), values),
        "model": st.one_of(
            st.fixed_dictionaries(
                {},
                optional={
                    "kind": st.sampled_from(
                        ["caliendo-parro", "armington", "ossa", "gravity", "x"]
                    ),
                    "elasticities": st.one_of(numbers, st.dictionaries(names, numbers, max_size=2)),
                    "deficits": st.sampled_from(["fixed", "zero", "multiplicative", "none"]),
                    "reference": names,
                },
            ),
            values,
        ),
        "focus": st.one_of(st.lists(names, max_size=3), values),
        "remove_actions": st.one_of(st.lists(names, max_size=2), values),
        "extends": st.one_of(st.sampled_from(["may-2019", "nowhere", "../x.yaml"]), values),
        "baseline": st.one_of(st.sampled_from(["toy", "nope", "default "]), values),
        "title": values,
        "sources": values,
        "colour": values,
    }
    for key in draw(st.lists(st.sampled_from(sorted(extras)), max_size=3, unique=True)):
        doc[key] = draw(extras[key])
    return doc


# ---------------------------------------------------------------- checks
def _finite(result) -> None:
    table = result.countries()
    numeric = table.select_dtypes("number").to_numpy(dtype=float)
    assert not np.isinf(numeric).any()  # NaN only where a measure is not computed
    assert np.all(np.isfinite(table["welfare_pct"].to_numpy(dtype=float)))


def _located(exc: ScenarioError, path: Path) -> None:
    assert exc.problems, "an error without problems"
    text = str(exc)
    assert "Traceback" not in text
    # every problem names a file (the scenario's, an inherited one, or a built-in name)
    assert exc.file is not None or exc.field in ("", "extends")


def _check_file(path: Path, *, solve: bool) -> None:
    started = time.perf_counter()
    try:
        loaded = load_scenario(path)
        check_scenario(loaded)
        if solve:
            _finite(run_scenario(loaded))
    except ScenarioError as exc:
        _located(exc, path)
    assert time.perf_counter() - started < BOUND


# ---------------------------------------------------------------- tests
@fuzz(100)
@given(doc=scenarios())
def test_generated_scenarios_get_a_located_error_or_a_finite_result(tmp_path_factory, doc):
    path = tmp_path_factory.mktemp("fuzz") / "s.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False))
    _check_file(path, solve=True)


@fuzz(60)
@given(actions=st.lists(plausible_tariffs(), min_size=1, max_size=5))
def test_plausible_tariffs_solve_to_finite_results(tmp_path_factory, actions):
    path = tmp_path_factory.mktemp("fuzz") / "s.yaml"
    doc = {"name": "fuzz", "baseline": "toy", "actions": actions}
    path.write_text(yaml.safe_dump(doc, sort_keys=False))
    _check_file(path, solve=True)


SEED = """\
name: seed
title: A toy trade war
baseline: toy
model: {kind: caliendo-parro, deficits: fixed, elasticities: {goods: 4}}
focus: [HOM, FOR]
actions:
  - &first {date: 2019-01-01, kind: tariff, imposer: HOM, partners: [FOR], add: 0.1,
            covered_share: 0.5, label: one}
  - {date: 2019-02-01, kind: export_control, exporter: FOR, partners: HOM,
     sectors: [goods], coverage_share: 0.3, rents: importer}
  - {date: 2019-03-01, kind: trade_cost, exporters: [HOM], importers: [ROW], change: 0.2}
  - {date: 2019-04-01, kind: purchase_commitment, buyer: FOR, seller: HOM, amount_usd: 1e9}
  - {date: 2019-05-01, kind: currency, country: ROW, change: 0.1}
  - {date: 2019-06-01, kind: tariff, imposer: FOR, set: {goods: 0.25}}
"""

edits = st.lists(
    st.tuples(
        st.integers(0, len(SEED)),
        st.sampled_from(["delete", "insert", "replace", "duplicate"]),
        st.sampled_from([*"{}[]:,-&*!|>'\"#\n\t 019.eE%@`?~", "nan", ".inf", "yes", "*first"]),
    ),
    min_size=1,
    max_size=4,
)


@fuzz(150)
@given(changes=edits)
def test_random_edits_of_a_valid_file(tmp_path_factory, changes):
    text = SEED
    for position, op, piece in changes:
        at = min(position, len(text))
        if op == "delete":
            text = text[:at] + text[at + 1 :]
        elif op == "insert":
            text = text[:at] + piece + text[at:]
        elif op == "replace":
            text = text[:at] + piece + text[at + len(piece) :]
        else:
            end = text.find("\n", at)
            line_start = text.rfind("\n", 0, at) + 1
            text = text[:end] + "\n" + text[line_start:end] + text[end:] if end > 0 else text
    path = tmp_path_factory.mktemp("fuzz") / "edited.yaml"
    path.write_text(text)
    _check_file(path, solve=True)


yaml_pieces = st.sampled_from(
    [
        "a: ", "- ", "[", "]", "{", "}", ", ", "\n", "  ", "&x ", "*x", "&y ", "*y", "<<: ",
        "!!str ", "!!int ", "!!float ", "!!binary ", "!!python/name:os.system ", "? ", "|\n",
        ">-\n", "'q'", '"\\u0000"', "# c\n", "---\n", "...\n", "1e9", ".nan", "-.inf", "yes",
        "~", "2019-02-30", "0o17", "0b101", "12:30:00", "%YAML 1.1\n", "\t", "\ufeff", "é",
    ]
)  # fmt: skip
yaml_texts = st.one_of(
    st.lists(yaml_pieces, max_size=30).map("".join),
    st.text(max_size=200),
)


def _same(a, b) -> bool:
    """Equal, NaN equal to NaN (YAML's .nan), shared aliases compared by value.

    Plain keys are text for tradewar (``yes:`` is the key ``"yes"``), so where
    PyYAML made a key something else, only the values are compared, in order.
    """
    if isinstance(a, float) and isinstance(b, float):
        return a == b or (math.isnan(a) and math.isnan(b))
    if isinstance(a, dict) and isinstance(b, dict):
        if not all(isinstance(k, str) for k in b):
            return len(a) == len(b) and all(
                _same(x, y) for x, y in zip(a.values(), b.values(), strict=True)
            )
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return type(a) is type(b) and a == b


@fuzz(300)
@given(text=yaml_texts)
def test_yaml_text_is_read_like_safe_load_or_refused_with_a_line(text):
    """A one-pass reader: the same values as PyYAML's safe loader (on the same parser)."""
    started = time.perf_counter()
    try:
        data, _ = load_yaml(text, "t.yaml")
    except ScenarioError as exc:
        assert exc.file == "t.yaml" and exc.problems
        return
    finally:
        assert time.perf_counter() - started < BOUND
    try:
        expected = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (yaml.YAMLError, ValueError, TypeError, RecursionError):
        return  # the reader is stricter or more lenient only where PyYAML fails
    assert _same(data, expected)


@fuzz(25)
@given(depth=st.integers(1, 5), width=st.integers(2, 12))
def test_aliases_of_aliases_are_bounded(depth, width):
    lines = ['a0: &a0 ["lol"]']
    for k in range(1, depth + 1):
        refs = ", ".join([f"*a{k - 1}"] * width)
        lines.append(f"a{k}: &a{k} [{refs}]")
    started = time.perf_counter()
    try:
        load_yaml("\n".join(lines), "t.yaml")
    except ScenarioError as exc:
        assert "values with its aliases expanded" in str(exc)
    assert time.perf_counter() - started < 2.0


runner = CliRunner()


@fuzz(40)
@given(doc=scenarios(), command=st.sampled_from(["validate", "run"]))
def test_the_command_line_answers_json_or_exits_cleanly(tmp_path_factory, doc, command):
    path = tmp_path_factory.mktemp("fuzz") / "cli.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False))
    out = runner.invoke(app, [command, str(path), "--json"])
    assert out.exit_code in (0, 1), out.output
    assert out.exception is None or isinstance(out.exception, SystemExit), repr(out.exception)
    document = json.loads(out.stdout)
    if out.exit_code == 1:
        assert {"error", "file", "line", "field", "message"} <= set(document)
        assert document["error"] in ("ScenarioError", "OSError")
