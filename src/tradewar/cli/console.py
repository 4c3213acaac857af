"""Output helpers shared by the commands: consoles, number formats, the error exit.

Every command reports an error through :func:`fail`: one line on standard
error, ``error: FILE:LINE: FIELD: message``; or, when the command was given
``--json``, one JSON object on standard output (:func:`error_document`).  Either
way the exit code is 1.  :func:`crash` is the last resort of the command line
for an error tradewar did not foresee: one line (or one JSON object), exit code
2, and the traceback only with ``TRADEWAR_DEBUG=1``.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import unicodedata
import warnings
from collections.abc import Iterator
from typing import Any, NoReturn

import typer
from rich.console import Console
from rich.markup import escape

__all__ = [
    "click",
    "console",
    "crash",
    "err_console",
    "error_document",
    "fail",
    "json_requested",
    "money",
    "pct",
    "reporting_warnings",
]

console = Console(width=None if sys.stdout.isatty() else 160)
err_console = Console(stderr=True, soft_wrap=True)


def click() -> Any:
    """The Click that Typer runs on: its own copy (Typer 0.2x) or the ``click`` package.

    Returns
    -------
    module
        ``typer._click`` or ``click``; both have ``ClickException`` and
        ``globals.get_current_context``.
    """
    import importlib

    try:
        return importlib.import_module("typer._click")
    except ImportError:  # older Typer, on Click itself
        return importlib.import_module("click")


def json_requested() -> bool:
    """Whether the command running was given ``--json`` (its ``as_json`` option).

    Returns
    -------
    bool
        True inside a command whose ``as_json`` parameter is set.
    """
    ctx = click().globals.get_current_context(silent=True)
    while ctx is not None:
        if ctx.params.get("as_json"):
            return True
        ctx = ctx.parent
    return False


def error_document(exc: BaseException) -> dict[str, Any]:
    """An error as a JSON-ready object: ``error``, ``file``, ``line``, ``field``, ``message``.

    ``error`` is the kind of error (the exception's class, e.g. ``ScenarioError``);
    ``file``, ``line`` and ``field`` locate its first problem (None when
    unknown); ``message`` is that problem in the user's words, and ``problems``
    lists every problem of a scenario with its own location.

    Parameters
    ----------
    exc : BaseException
        The error.

    Returns
    -------
    dict
        The document.
    """
    from tradewar.errors import PolicyError, ScenarioError

    doc: dict[str, Any] = {
        "error": type(exc).__name__,
        "file": None,
        "line": None,
        "field": None,
        "message": str(exc),
    }
    if isinstance(exc, ScenarioError):
        problems = [
            {"file": exc.file, "line": line, "field": field or None, "message": message}
            for line, field, message in exc.problems
        ]
        doc.update(problems[0])
        doc["problems"] = problems
    elif isinstance(exc, PolicyError):
        doc.update(field=exc.field or None, message=exc.message)
    elif isinstance(exc, OSError):
        doc["file"] = exc.filename
        doc["message"] = exc.strerror or str(exc)
    return doc


def fail(exc: BaseException) -> NoReturn:
    """Report an error (one line, or a JSON object under ``--json``) and exit with code 1.

    Parameters
    ----------
    exc : BaseException
        The error to report.

    Raises
    ------
    typer.Exit
        Always, with code 1.
    """
    if json_requested():
        typer.echo(json.dumps(error_document(exc), default=str))
    else:
        err_console.print(f"[bold red]error:[/] {escape(_one_line(exc))}")
    raise typer.Exit(code=1)


def crash(exc: BaseException, *, as_json: bool) -> NoReturn:
    """Report an error tradewar did not foresee, in one line, and exit with code 2.

    The traceback is printed only when ``TRADEWAR_DEBUG`` is set, for a bug report.

    Parameters
    ----------
    exc : BaseException
        The error.
    as_json : bool
        Whether to print a JSON object on standard output instead of a line.

    Raises
    ------
    SystemExit
        Always, with code 2.
    """
    if os.environ.get("TRADEWAR_DEBUG"):
        import traceback

        traceback.print_exception(exc)
    doc = error_document(exc)
    doc["message"] = f"internal error ({type(exc).__name__}: {_one_line(exc)})"
    if as_json:
        print(json.dumps(doc, default=str))
    else:
        err_console.print(
            f"[bold red]error:[/] {escape(doc['message'])}; please report it "
            "(TRADEWAR_DEBUG=1 shows the traceback)"
        )
    raise SystemExit(2)


def _one_line(exc: BaseException) -> str:
    """The message of an error, safe for a terminal; a scenario's problems stay one per line.

    Control characters (a terminal's escape sequences, carriage returns) written
    in a file are shown as escapes, never sent to the terminal.
    """
    text = str(exc) or type(exc).__name__
    if not text.strip():
        return type(exc).__name__
    return "".join(
        ch if ch == "\n" or unicodedata.category(ch)[0] != "C" else repr(ch)[1:-1]
        for ch in text
    )


@contextlib.contextmanager
def reporting_warnings() -> Iterator[None]:
    """Print the warnings raised inside, one ``warning: ...`` line each, on standard error.

    Data cleaning (:class:`~tradewar.errors.DataWarning`) and the libraries'
    user warnings are printed once each; numerical warnings (overflow in an
    intermediate step) are not, as the results are checked by other means.

    Yields
    ------
    None
        Inside, warnings are collected.
    """
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            yield
        finally:
            shown: set[str] = set()
            for item in caught:
                if not issubclass(item.category, UserWarning):
                    continue
                text = _one_line(Warning(" ".join(str(item.message).split())))
                if text and text not in shown:
                    shown.add(text)
                    err_console.print(f"[yellow]warning:[/] {escape(text)}")


def pct(value: float) -> str:
    """A signed percent change with three decimals, coloured by sign.

    Parameters
    ----------
    value : float
        The change in percent; NaN prints as a dash.

    Returns
    -------
    str
        Rich markup, e.g. ``"[green]+1.234[/]"``.
    """
    if value != value:  # NaN
        return "–"
    color = "green" if value > 0.0005 else ("red" if value < -0.0005 else "white")
    return f"[{color}]{value:+.3f}[/]"


def money(value: float, usd: bool) -> str:
    """Billions of dollars (``$110.9B``), or data units when the data have no currency.

    Parameters
    ----------
    value : float
        The amount, in dollars when ``usd`` is true, else in data units.
    usd : bool
        Whether the data are in US dollars.

    Returns
    -------
    str
        The formatted amount.
    """
    if not usd:
        return f"{value:,.4g}"
    sign = "-" if value < 0 else ""
    return f"{sign}${abs(value) / 1e9:,.1f}B"
