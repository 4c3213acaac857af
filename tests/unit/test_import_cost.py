"""Loading a saved world does not import the solver (SciPy): ``tw.load_default()`` stays light."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    "load",
    [
        "tw.load_default()",
        "tw.datasets.load('default')",
        "tw.datasets.data_card('default')",
    ],
)
def test_loading_a_saved_world_does_not_import_the_solver(load):
    code = (
        f"import sys, tradewar as tw; world = {load};"
        "heavy = [m for m in sys.modules if m == 'scipy' or m.startswith("
        "('scipy.', 'tradewar.model', 'tradewar.results'))];"
        "print(','.join(sorted(heavy)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_reconciling_raw_data_still_solves():
    import tradewar as tw
    from tradewar.data.sources.toy import read_toy

    raw = read_toy()
    assert not raw.check_accounting
    world = tw.datasets.reconcile(raw, name="toy again")
    assert world.check_accounting and world.name == "toy again"
    world.check_identities(rtol=1e-8)
