"""Exceptions raised by tradewar.

Every error names what is wrong and where (the file, field, country or sector at
fault), so that a user can fix the input without reading the source.
"""

from __future__ import annotations

__all__ = [
    "ConvergenceError",
    "DataError",
    "DataWarning",
    "EquilibriumError",
    "MissingExtraError",
    "PolicyError",
    "ScenarioError",
    "ShockError",
    "TradewarError",
]


class TradewarError(Exception):
    """Base class of all tradewar errors."""


class DataError(TradewarError, ValueError):
    """A data set or baseline is malformed or violates an accounting identity."""


class DataWarning(UserWarning):
    """Data were cleaned on reading (cells zeroed, values dropped): what, how many and where.

    The command line prints each as a ``warning:`` line; in Python it is an
    ordinary warning (``warnings.simplefilter("error", DataWarning)`` makes it fatal).
    """


class ShockError(TradewarError, ValueError):
    """A policy change (tariffs, trade costs) is malformed or out of range."""


class PolicyError(ShockError):
    """An action that cannot apply to this world (unknown country, no trade to cover, ...).

    Parameters
    ----------
    path : tuple
        The field at fault, e.g. ``("actions", 3, "imposer")``; kept as the
        attribute ``path``.
    message : str
        What is wrong, in the user's words; kept as the attribute ``message``.
    """

    def __init__(self, path: tuple, message: str) -> None:
        super().__init__(f"{_dotted(path)}: {message}" if path else message)
        self.path = path
        self.message = message

    @property
    def field(self) -> str:
        """The field at fault, dotted (``actions[3].imposer``); empty when unknown."""
        return _dotted(self.path)


def _dotted(path: tuple) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


class MissingExtraError(TradewarError, ImportError):
    """A feature needs an optional dependency that is not installed (names the extra)."""


#: The most problems of a scenario its message lists (all stay in ``problems``).
MAX_PROBLEMS_SHOWN = 50


class ScenarioError(TradewarError, ValueError):
    """A scenario file is malformed or inconsistent, located by file, line and field.

    Parameters
    ----------
    problems : list of tuple
        Every problem found, as ``(line, field, message)`` (``line`` None when
        unknown); at least one.
    file : str, optional
        The scenario file.

    Attributes
    ----------
    file : str or None
        The scenario file.
    line : int or None
        The line of the first problem.
    field : str
        The field of the first problem.
    problems : list of tuple
        Every problem found, as ``(line, field, message)``.
    """

    def __init__(self, problems: list[tuple[int | None, str, str]], file: str | None = None):
        self.file = file
        self.problems = problems
        first_line, first_field, _ = problems[0]
        self.line, self.field = first_line, first_field
        lines = []
        for line, field, message in problems[:MAX_PROBLEMS_SHOWN]:
            where = f"{file or '<scenario>'}" + (f":{line}" if line else "")
            field, message = _cut(field, 120), _cut(message, 600)
            lines.append(f"{where}: {field}: {message}" if field else f"{where}: {message}")
        if len(problems) > MAX_PROBLEMS_SHOWN:
            lines.append(f"... and {len(problems) - MAX_PROBLEMS_SHOWN} more problems")
        super().__init__("\n".join(lines))


def _cut(text: str, size: int) -> str:
    """``text`` on one line, at most ``size`` characters (a long name is shortened)."""
    text = " ".join(str(text).split())
    return text if len(text) <= size else text[: size - 3] + "..."


class EquilibriumError(TradewarError, RuntimeError):
    """The model has no meaningful equilibrium for this input (or the solver found none)."""


class ConvergenceError(EquilibriumError):
    """The equilibrium solver stopped before reaching its tolerance.

    Parameters
    ----------
    message : str
        What stopped; the residual, iterations and place are appended.
    residual : float
        The largest absolute residual at the last iterate.
    n_iter : int
        Iterations performed.
    where : str
        The country (and sector, where the residual has one) with the largest residual.

    Attributes
    ----------
    residual : float
        The largest absolute residual at the last iterate.
    n_iter : int
        Iterations performed.
    where : str
        The country (and sector, where the residual has one) with the largest residual.
    """

    def __init__(self, message: str, *, residual: float, n_iter: int, where: str) -> None:
        super().__init__(
            f"{message} (after {n_iter} iterations the residual is {residual:.3e}, "
            f"largest at {where})"
        )
        self.residual = residual
        self.n_iter = n_iter
        self.where = where
