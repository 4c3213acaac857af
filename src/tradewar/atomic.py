"""Writing files all or nothing: a file appears under its name only once complete."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

__all__ = ["atomic_open"]


@contextmanager
def atomic_open(path: str | Path, mode: str = "wb", **kwargs) -> Iterator[IO]:
    """Open a temporary file beside ``path``; on success move it into place, else delete it.

    Parameters
    ----------
    path : str or Path
        The file to write; its folder is created if missing.
    mode : str, default "wb"
        The mode of :func:`open` (a writing mode).
    **kwargs
        Passed on to :func:`open` (``encoding``, ``newline`` ...).

    Yields
    ------
    IO
        The open temporary file.

    Examples
    --------
    >>> with atomic_open("out.html", "w", encoding="utf-8") as handle:  # doctest: +SKIP
    ...     handle.write(text)
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(fd)
    try:
        with open(tmp, mode, **kwargs) as handle:
            yield handle
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
