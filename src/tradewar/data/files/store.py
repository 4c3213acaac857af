"""Save and load baselines as compressed ``.npz`` files (atomically: nothing half-written)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from tradewar.atomic import atomic_open
from tradewar.baseline import Baseline
from tradewar.errors import DataError

__all__ = ["load_baseline", "save_baseline"]

_ARRAYS = ("trade", "tariff", "io_shares", "va_share", "final_shares", "theta")
_OPTIONAL = ("profit_share",)
FORMAT_VERSION = 1


def save_baseline(baseline: Baseline, path: str | Path, *, card: str = "") -> Path:
    """Write a baseline and its data card to ``path``; the file appears only when complete.

    Parameters
    ----------
    baseline : Baseline
        The world to save.
    path : str or Path
        The ``.npz`` file to write.
    card : str, default ""
        The data card (Markdown) stored with it.

    Returns
    -------
    Path
        ``path``.
    """
    meta = {
        "format_version": FORMAT_VERSION,
        "name": baseline.name,
        "description": baseline.description,
        "countries": list(baseline.countries),
        "sectors": list(baseline.sectors),
        "usd_per_unit": baseline.usd_per_unit,
        "goods": list(baseline.goods),
        "card": card,
    }
    with atomic_open(path, "wb") as handle:
        np.savez_compressed(
            handle,
            meta=np.array(json.dumps(meta)),
            **{k: getattr(baseline, k) for k in _ARRAYS + _OPTIONAL},
        )
    return Path(path)


def load_baseline(path: str | Path) -> tuple[Baseline, str]:
    """Read a baseline written by :func:`save_baseline`; returns ``(baseline, card)``.

    Parameters
    ----------
    path : str or Path
        The ``.npz`` file.

    Returns
    -------
    baseline : Baseline
        The world, validated.
    card : str
        Its data card (empty if none was saved).

    Raises
    ------
    DataError
        If the file is missing or not a tradewar baseline file.
    """
    path = Path(path)
    if not path.is_file():
        raise DataError(f"{path}: file not found")
    try:
        with np.load(path, allow_pickle=False) as data:
            meta = json.loads(str(data["meta"]))
            arrays = {k: data[k] for k in _ARRAYS}
            arrays.update({k: data[k] for k in _OPTIONAL if k in data.files})
    except (OSError, ValueError, KeyError) as exc:
        raise DataError(f"{path}: not a tradewar baseline file ({exc})") from None
    baseline = Baseline(
        countries=tuple(meta["countries"]),
        sectors=tuple(meta["sectors"]),
        name=meta["name"],
        description=meta.get("description", ""),
        usd_per_unit=meta.get("usd_per_unit"),
        goods=tuple(meta.get("goods", ())),
        **arrays,
    )
    return baseline, meta.get("card", "")
