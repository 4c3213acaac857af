"""The API's error answers: one JSON shape for every 4xx and 5xx (``ErrorBody``).

``{"error": {"status", "title", "detail", "problems": [{"line", "field",
"message"}], "run"}}``: ``problems`` locate each fault of a scenario (the line
of YAML text, the field), so the app shows it beside the field at fault.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from tradewar.errors import TradewarError
from tradewar.web.inputs import InputError, field_name

__all__ = ["ApiError", "error_response", "install_handlers", "plain_message"]

log = logging.getLogger("tradewar.web")

_TITLES = {
    400: "bad request",
    401: "unauthorised",
    403: "forbidden",
    404: "not found",
    405: "method not allowed",
    409: "conflict",
    413: "request too large",
    415: "unsupported media type",
    422: "invalid input",
    429: "too many requests",
    500: "internal error",
}


class ApiError(Exception):
    """An answer other than success, with what is wrong.

    Parameters
    ----------
    status : int
        The HTTP status.
    detail : str
        What is wrong, in one sentence.
    title : str, optional
        The kind of problem (default: from the status).
    problems : sequence of dict, optional
        Located problems (``line``, ``field``, ``message``).
    run : dict, optional
        The run concerned (an identical run in progress, a run not finished).
    """

    def __init__(
        self,
        status: int,
        detail: str,
        *,
        title: str | None = None,
        problems: Sequence[dict[str, Any]] = (),
        run: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.title = title or _TITLES.get(status, "error")
        self.problems = list(problems)
        self.run = run


def error_response(
    status: int,
    title: str,
    detail: str,
    problems: Sequence[dict[str, Any]] = (),
    run: dict[str, Any] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    """The JSON answer of an error.

    Parameters
    ----------
    status : int
        The HTTP status.
    title : str
        The kind of problem.
    detail : str
        What is wrong.
    problems : sequence of dict, optional
        Located problems.
    run : dict, optional
        The run concerned.
    headers : dict, optional
        Extra headers.

    Returns
    -------
    fastapi.responses.JSONResponse
        ``{"error": {...}}``.
    """
    body: dict[str, Any] = {
        "status": status,
        "title": title,
        "detail": detail,
        "problems": list(problems),
    }
    if run is not None:
        body["run"] = jsonable_encoder(run)
    return JSONResponse({"error": body}, status_code=status, headers=headers)


#: pydantic's wording -> the words a person reads in the app (the rest reads well as it is).
_PLAIN = (
    (re.compile(r"^String should have at least 1 character$"), "must not be empty"),
    (
        re.compile(r"^(?:String|List) should have at least (\d+) (?:characters|items?)$"),
        r"needs at least \1",
    ),
    (re.compile(r"^Input should be greater than or equal to (.+)$"), r"must be at least \1"),
    (re.compile(r"^Input should be less than or equal to (.+)$"), r"must be at most \1"),
    (re.compile(r"^Input should be greater than (.+)$"), r"must be more than \1"),
    (re.compile(r"^Input should be less than (.+)$"), r"must be less than \1"),
    (re.compile(r"^Input should be a valid number.*$"), "must be a number"),
    (re.compile(r"^Input should be a valid integer.*$"), "must be a whole number"),
    (re.compile(r"^Field required$"), "required, but not given"),
    (re.compile(r"^String should match pattern .*$"), "is not in the expected form"),
)


def plain_message(message: str) -> str:
    """A validation message in plain words: "must be at least 1", not pydantic's phrasing.

    Parameters
    ----------
    message : str
        The message as pydantic writes it.

    Returns
    -------
    str
        The message a person reads.
    """
    text = message.removeprefix("Value error, ")
    for pattern, plain in _PLAIN:
        if pattern.match(text):
            return pattern.sub(plain, text)
    return text


def _validation_problems(exc: RequestValidationError) -> list[dict[str, Any]]:
    problems = []
    for err in exc.errors():
        loc = list(err.get("loc", ()))
        where = loc[0] if loc else ""
        message = plain_message(str(err.get("msg", "invalid")))
        field = field_name(loc[1:]) if where == "body" else field_name(loc)
        problems.append({"line": None, "field": field, "message": message})
    return problems


def install_handlers(app: FastAPI) -> None:
    """Make every error of the app answer in the one JSON shape.

    Parameters
    ----------
    app : fastapi.FastAPI
        The application.
    """

    @app.exception_handler(ApiError)
    async def _api(request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.title, exc.detail, exc.problems, exc.run)

    @app.exception_handler(InputError)
    async def _input(request: Request, exc: InputError) -> JSONResponse:
        first = exc.problems[0]["message"] if exc.problems else exc.title
        return error_response(exc.status, exc.title, first, exc.problems)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        if any(err.get("type") == "json_invalid" for err in exc.errors()):
            err = next(e for e in exc.errors() if e.get("type") == "json_invalid")
            reason = (err.get("ctx") or {}).get("error", "")
            return error_response(
                400, "malformed JSON", f"the body is not valid JSON: {reason}".rstrip(": ")
            )
        problems = _validation_problems(exc)
        first = problems[0] if problems else {"field": "", "message": "invalid input"}
        detail = f"{first['field']}: {first['message']}" if first["field"] else first["message"]
        return error_response(422, "invalid input", detail, problems)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        title = _TITLES.get(exc.status_code, "error")
        detail = exc.detail if isinstance(exc.detail, str) else title
        if exc.status_code == 404 and detail == "Not Found":
            detail = f"nothing at {request.url.path}"
        elif exc.status_code == 400 and detail.startswith("There was an error parsing the body"):
            detail = "the body cannot be read: JSON must be UTF-8 text"
        headers = dict(exc.headers) if exc.headers else None
        return error_response(exc.status_code, title, detail, headers=headers)

    @app.exception_handler(TradewarError)
    async def _tradewar(request: Request, exc: TradewarError) -> JSONResponse:
        return error_response(422, "invalid input", str(exc))

    @app.exception_handler(Exception)
    async def _internal(request: Request, exc: Exception) -> JSONResponse:
        log.exception("internal error on %s %s", request.method, request.url.path)
        return error_response(500, "internal error", "an error in tradewar; see the server's log")
