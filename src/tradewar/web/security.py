"""The server's guards, in front of every request (one ASGI middleware, :class:`Guard`).

* **Body size**: a body larger than ``max_body_bytes`` is refused with 413,
  whether its length is declared or it comes in chunks.
* **Bearer token**: with ``api_token`` set, every ``/api/`` request but the
  health check must carry ``Authorization: Bearer TOKEN`` (401 otherwise).
  The app's own files (``/``, ``/static/``) hold nothing secret and are served
  without it; the app asks the user for the token.
* **Closed CORS, no cross-site requests**: a request whose ``Origin`` is not the
  server's own (nor one of ``cors_origins``) is refused with 403, so another
  web site cannot make a visitor's browser create or run anything here.
* **Host names** (when serving on loopback): only ``localhost`` and loopback
  addresses, so a DNS-rebinding site cannot reach the server by another name.
* **Headers**: ``nosniff``, no framing, and a content security policy that lets
  pages load scripts only from the server itself.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any

from tradewar.web.config import Settings, is_loopback

__all__ = ["APP_POLICY", "REPORT_POLICY", "Guard"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

#: The content security policy of the app: everything from the server itself.
APP_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; connect-src 'self'; font-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
#: The policy of a run's HTML report (inline scripts, no network, its own origin).
REPORT_POLICY = (
    "sandbox allow-scripts allow-popups; default-src 'none'; script-src 'unsafe-inline'; "
    "style-src 'unsafe-inline'; img-src data: blob:; font-src data:"
)
_BODY_METHODS = {"POST", "PUT", "PATCH"}


async def _answer(send: Send, status: int, title: str, detail: str, headers=()) -> None:
    body = json.dumps(
        {"error": {"status": status, "title": title, "detail": detail, "problems": []}}
    ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                *headers,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key.lower() == name:
            return value.decode("latin-1")
    return None


def _host_name(host: str) -> str:
    """The name part of a Host header (``[::1]:8000`` → ``::1``)."""
    host = host.strip()
    if host.startswith("["):
        return host[1 : host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


class Guard:
    """Body size, token, origin and host checks, and security headers (see the module).

    Parameters
    ----------
    app : ASGI application
        The application guarded.
    settings : Settings
        ``max_body_bytes``, ``api_token`` and ``cors_origins``.
    loopback_only : bool, default False
        Accept only loopback host names (when the server listens on loopback).
    """

    def __init__(self, app: Any, settings: Settings, *, loopback_only: bool = False) -> None:
        self.app = app
        self.settings = settings
        self.loopback_only = loopback_only
        self._token = settings.api_token.encode() if settings.api_token else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Check one request, then pass it on.

        Parameters
        ----------
        scope : dict
            The ASGI scope.
        receive : callable
            The ASGI receive channel.
        send : callable
            The ASGI send channel.
        """
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        host = _header(scope, b"host") or ""
        if self.loopback_only and not is_loopback(_host_name(host)):
            await _answer(send, 400, "bad host", "this server answers only to localhost")
            return
        origin = _header(scope, b"origin")
        if origin is not None and not self._origin_allowed(origin, scope, host):
            await _answer(
                send, 403, "cross-origin request", f"requests from {origin!r} are not allowed"
            )
            return
        path = scope.get("path", "")
        guarded = path.startswith("/api/") and path != "/api/v1/health"
        if (
            self._token is not None
            and guarded
            and scope.get("method") != "OPTIONS"
            and not self._authorised(scope)
        ):
            await _answer(
                send,
                401,
                "unauthorised",
                "send the API token: Authorization: Bearer TOKEN (TRADEWAR_API_TOKEN)",
                headers=[(b"www-authenticate", b'Bearer realm="tradewar"')],
            )
            return
        if scope.get("method") in _BODY_METHODS:
            bounded = await self._bounded(scope, receive, send)
            if bounded is None:
                return
            receive = bounded
        await self.app(scope, receive, self._with_headers(send))

    def _origin_allowed(self, origin: str, scope: Scope, host: str) -> bool:
        scheme = scope.get("scheme", "http")
        if origin.rstrip("/") == f"{scheme}://{host}":
            return True
        return origin.rstrip("/") in self.settings.cors_origins

    def _authorised(self, scope: Scope) -> bool:
        value = _header(scope, b"authorization") or ""
        kind, _, token = value.partition(" ")
        return (
            self._token is not None
            and kind.lower() == "bearer"
            and hmac.compare_digest(token.strip().encode(), self._token)
        )

    async def _bounded(self, scope: Scope, receive: Receive, send: Send) -> Receive | None:
        """The body read whole (at most the limit) and replayed; None when refused."""
        limit = self.settings.max_body_bytes
        declared = _header(scope, b"content-length")
        too_large = (
            f"the request is larger than this server takes ({limit / 1024:,.0f} kB, "
            f"{limit} bytes): send less, e.g. fewer values in a sweep"
        )
        if declared is not None:
            try:
                if int(declared) > limit:
                    await _answer(send, 413, "request too large", too_large)
                    return None
            except ValueError:
                await _answer(send, 400, "bad request", "invalid Content-Length")
                return None
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return None
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                await _answer(send, 413, "request too large", too_large)
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        return replay

    def _with_headers(self, send: Send) -> Send:
        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", ()))
                names = {k.lower() for k, _ in headers}
                extra: Iterable[tuple[bytes, bytes]] = (
                    (b"x-content-type-options", b"nosniff"),
                    (b"x-frame-options", b"DENY"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"content-security-policy", APP_POLICY.encode()),
                )
                headers += [(k, v) for k, v in extra if k not in names]
                message["headers"] = headers
            await send(message)

        return wrapped
