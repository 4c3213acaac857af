"""Shared fixtures: the shared data folder (skipped with a reason when absent) and built worlds."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
DATA = SHARED / "data"
CP2015 = DATA / "cp2015"


def shared_path(*parts: str) -> Path:
    """A path under ../shared/data, or skip the test with the reason."""
    path = DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not found (../shared is absent)")
    return path


@pytest.fixture(scope="session")
def cp2015_dir() -> Path:
    return shared_path("cp2015")


@pytest.fixture(scope="session")
def cp2015_baseline(cp2015_dir):
    from tradewar.datasets import load_cp2015

    return load_cp2015(cp2015_dir)


@pytest.fixture(scope="session")
def toy():
    from tradewar import load_toy

    return load_toy()


@pytest.fixture(scope="session")
def default_world():
    from tradewar.data.build.default_world import load_default

    return load_default()
