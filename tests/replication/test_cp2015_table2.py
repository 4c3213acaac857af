"""Caliendo & Parro (2015), Table 2: every published number to the two decimals published."""

import numpy as np
import pytest

from tradewar.replication.cp2015 import CP2015_TABLE2, cp2015_counterfactuals, cp2015_table2

pytestmark = pytest.mark.replication


@pytest.fixture(scope="module")
def table(cp2015_dir):
    return cp2015_table2(cp2015_dir)


@pytest.mark.parametrize("case", ["zero_deficits", "with_deficits"])
@pytest.mark.parametrize("country", ["Mexico", "Canada", "US"])
@pytest.mark.parametrize("measure", ["terms_of_trade", "volume_of_trade", "welfare", "real_wage"])
def test_table2(table, case, country, measure):
    published = CP2015_TABLE2[case][country][measure]
    ours = table[case][country][measure]
    assert round(ours, 2) == pytest.approx(published, abs=1e-9), (
        f"{case} {country} {measure}: ours {ours:.4f}, published {published:.2f}"
    )


def test_intra_nafta_imports(cp2015_dir):
    """Imports from NAFTA partners rise by about 118% (Mexico), 41% (US), 11% (Canada)."""
    cf = cp2015_counterfactuals(cp2015_dir)["zero_deficits"]
    base, new = cf.baseline.trade, cf.equilibrium.trade
    members = {c: cf.baseline.country_index(c) for c in ("MEX", "USA", "CAN")}
    growth = {}
    for code, k in members.items():
        partners = [j for j in members.values() if j != k]
        growth[code] = 100 * (new[partners, k].sum() / base[partners, k].sum() - 1)
    np.testing.assert_allclose(
        [growth["MEX"], growth["USA"], growth["CAN"]], [118, 41, 11], atol=1.0
    )


def test_reconciled_baseline_is_an_equilibrium(cp2015_baseline):
    cp2015_baseline.check_identities(rtol=1e-8)
    assert cp2015_baseline.n_countries == 31
    assert cp2015_baseline.n_sectors == 40
    # non-tradable sectors are not traded
    services = cp2015_baseline.trade[:, :, 20:].copy()
    np.einsum("nns->ns", services)[:] = 0.0
    assert services.max() == 0.0
