"""Save and load baselines as compressed ``.npz`` files (atomically: nothing half-written)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import numpy as np

from tradewar.atomic import atomic_open
from tradewar.baseline import Baseline
from tradewar.errors import DataError

__all__ = ["load_baseline", "save_baseline"]

_ARRAYS = ("trade", "tariff", "io_shares", "va_share", "final_shares", "theta")
_OPTIONAL = ("profit_share",)
FORMAT_VERSION = 1
#: The most bytes a baseline file's arrays may take unpacked (a world of 200
#: countries and 100 sectors takes about 0.1 GiB).
MAX_NPZ_BYTES = 4 * 2**30


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
    with open(path, "rb") as handle:
        head = handle.read(4)
    if not head:
        raise DataError(f"{path}: the file is empty (not a tradewar baseline file)")
    if head != b"PK\x03\x04":
        raise DataError(f"{path}: not a tradewar baseline file (not an .npz archive)")
    try:
        with zipfile.ZipFile(path) as archive:
            size = sum(info.file_size for info in archive.infolist())
        if size > MAX_NPZ_BYTES:
            raise DataError(
                f"{path}: its arrays would take {size / 2**30:,.1f} GiB unpacked, more than "
                f"{MAX_NPZ_BYTES / 2**30:,.0f} GiB (a corrupted or hostile file?)"
            )
        with np.load(path, allow_pickle=False) as data:
            if not hasattr(data, "files"):
                raise ValueError("a single array, not an .npz archive")
            absent = [k for k in ("meta", *_ARRAYS) if k not in data.files]
            if absent:
                raise ValueError(f"it has no array {absent[0]!r}")
            meta = json.loads(str(data["meta"]))
            arrays = {k: np.asarray(data[k]) for k in _ARRAYS}
            arrays.update({k: np.asarray(data[k]) for k in _OPTIONAL if k in data.files})
    except DataError:
        raise
    except Exception as exc:  # zip, zlib, numpy and json each fail in their own way
        why = " ".join(str(exc).split()) or type(exc).__name__
        why = why if len(why) <= 200 else why[:197] + "..."
        raise DataError(f"{path}: not a tradewar baseline file ({why})") from None
    _check_meta(meta, path)
    floats: dict[str, Any] = {}
    for name, array in arrays.items():
        if array.dtype.kind not in "fiub":
            raise DataError(f"{path}: array {name!r} is not numeric ({array.dtype})")
        floats[name] = array.astype(float)
    baseline = Baseline(
        countries=tuple(meta["countries"]),
        sectors=tuple(meta["sectors"]),
        name=meta["name"],
        description=meta.get("description", ""),
        usd_per_unit=meta.get("usd_per_unit"),
        goods=tuple(meta.get("goods", ())),
        **floats,
    )
    return baseline, meta.get("card", "")


def _check_meta(meta: object, path: Path) -> None:
    """Raise a DataError naming the first field of a baseline file's metadata that is wrong."""
    if not isinstance(meta, dict):
        raise DataError(f"{path}: not a tradewar baseline file (its metadata is no mapping)")
    texts = {"countries": True, "sectors": True, "goods": False}
    for key, required in texts.items():
        value = meta.get(key)
        if value is None and not required:
            continue
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise DataError(f"{path}: metadata {key!r} must be a list of names")
    if not isinstance(meta.get("name"), str):
        raise DataError(f"{path}: metadata 'name' must be text")
    for key in ("description", "card"):
        if not isinstance(meta.get(key, ""), str):
            raise DataError(f"{path}: metadata {key!r} must be text")
    usd = meta.get("usd_per_unit")
    if usd is not None and (
        isinstance(usd, bool) or not isinstance(usd, int | float) or not 0 < usd < float("inf")
    ):
        raise DataError(f"{path}: metadata 'usd_per_unit' must be a positive number")
