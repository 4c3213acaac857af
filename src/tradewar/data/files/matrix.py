"""Reading numeric text files with errors that name the file and what is wrong."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from tradewar.errors import DataError

__all__ = ["read_matrix"]


def read_matrix(
    path: Path,
    shape: tuple[int, int],
    *,
    allow_negative: bool = False,
    delimiter: str | None = None,
) -> np.ndarray:
    """Read a whitespace-separated numeric matrix and check its shape and values.

    Parameters
    ----------
    path : Path
        The text file.
    shape : tuple of int
        The expected ``(rows, columns)``.
    allow_negative : bool, default False
        Whether negative values are allowed.
    delimiter : str, optional
        The column separator; None for any whitespace.

    Returns
    -------
    numpy.ndarray
        The matrix, of shape ``shape``.

    Raises
    ------
    DataError
        If the file is missing, not numeric, has the wrong shape, or holds NaN,
        infinite or negative values (naming the file, row and column).
    """
    if not path.is_file():
        raise DataError(f"{path}: file not found")
    try:
        data = np.loadtxt(path, dtype=float, ndmin=2, delimiter=delimiter)
    except ValueError as exc:
        raise DataError(f"{path}: not a numeric table ({exc})") from None
    if data.shape != shape:
        raise DataError(
            f"{path}: expected {shape[0]} rows x {shape[1]} columns, found "
            f"{data.shape[0]} x {data.shape[1]}"
        )
    bad = ~np.isfinite(data) | ((data < 0) & (not allow_negative))
    if bad.any():
        r, c = (int(k) for k in np.argwhere(bad)[0])
        rule = "finite" if allow_negative else "finite and non-negative"
        raise DataError(
            f"{path}: row {r + 1}, column {c + 1} holds {float(data[r, c])!r} "
            f"(values must be {rule})"
        )
    return data
