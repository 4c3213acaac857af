"""Shared fixtures: the shared data folder (skipped with a reason when absent) and built worlds."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
CP2015 = SHARED / "data" / "cp2015"


@pytest.fixture(scope="session")
def cp2015_dir() -> Path:
    if not (CP2015 / "xbilat1993.txt").is_file():
        pytest.skip(f"Caliendo-Parro data not found at {CP2015} (../shared is absent)")
    return CP2015


@pytest.fixture(scope="session")
def cp2015_baseline(cp2015_dir):
    from tradewar.data.cp2015 import load_cp2015

    return load_cp2015(cp2015_dir)


@pytest.fixture(scope="session")
def toy():
    from tradewar import load_toy

    return load_toy()
