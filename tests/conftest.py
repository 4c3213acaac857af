"""Shared fixtures: the replication data (shipped with tradewar) and built worlds.

``data_path(name, *files)`` finds a data set by name with tradewar's resolver
(:func:`tradewar.data.sources.builtin.dataset_path`): a folder under
``TRADEWAR_DATA`` first, else the copy shipped inside the package; a file is
found plain or gzipped.  Every replication data set ships with tradewar, so
tests that use them run on a fresh clone.  A data set that does not ship (the
build inputs ``us_china_tariffs``) is found only under ``TRADEWAR_DATA``; a test
that needs it skips, saying so.
"""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import pytest


def data_path(name: str, *parts: str) -> Path:
    """A data set's folder, or a file in it (plain or ``.gz``); skip if it does not ship.

    Parameters
    ----------
    name : str
        A data set name (``cp2015``, ``gegravity_sample`` ...; ``_`` and ``-`` alike).
    *parts : str
        A file of its folder (with sub-folders before it), by its original name.

    Returns
    -------
    Path
        The folder or file.
    """
    from tradewar.data.sources.builtin import DATA_ENV, dataset_path, find_file
    from tradewar.errors import DataError

    try:
        folder = dataset_path(name)
    except DataError as exc:
        pytest.skip(f"{name} does not ship with tradewar: set {DATA_ENV} to a folder with it")
        raise AssertionError(exc) from None  # pytest.skip raises; for type checkers
    if not parts:
        return folder
    return find_file(folder.joinpath(*parts[:-1]), parts[-1])


#: The former name of :func:`data_path` (same arguments), kept for the tests that use it.
shared_path = data_path


def copy_originals(folder: Path, dest: Path) -> Path:
    """The files of a data set folder in ``dest`` as originals (``FILE.gz`` decompressed).

    Parameters
    ----------
    folder : Path
        A data set folder (shipped files are gzipped).
    dest : Path
        The folder to write.

    Returns
    -------
    Path
        ``dest``.
    """
    dest.mkdir(parents=True, exist_ok=True)
    for path in folder.iterdir():
        if path.suffix == ".gz":
            (dest / path.stem).write_bytes(gzip.decompress(path.read_bytes()))
        elif path.name != "card.md":
            shutil.copy(path, dest / path.name)
    return dest


@pytest.fixture(scope="session")
def cp2015_dir() -> Path:
    return data_path("cp2015")


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
