"""Optional dependencies: import them where used, or say in one line which extra to install."""

from __future__ import annotations

from types import ModuleType

from tradewar.errors import MissingExtraError

__all__ = ["require"]


def require(module: str, extra: str) -> ModuleType:
    """Import ``module``, or raise :class:`MissingExtraError` naming ``tradewar[extra]``.

    Parameters
    ----------
    module : str
        The module to import (dotted names allowed).
    extra : str
        The extra of tradewar that installs it (``"report"``, ``"gravity"`` ...).

    Returns
    -------
    types.ModuleType
        The imported module.

    Raises
    ------
    MissingExtraError
        If ``module`` cannot be imported.

    Examples
    --------
    >>> plotly = require("plotly", "report")  # doctest: +SKIP
    """
    import importlib.util

    if importlib.util.find_spec(module.split(".")[0]) is None:
        raise MissingExtraError(
            f"this needs {module.split('.')[0]}, an optional dependency: "
            f"pip install 'tradewar[{extra}]'"
        )
    return importlib.import_module(module)  # a broken install raises its own ImportError
