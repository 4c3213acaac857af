"""Serving the app: one uvicorn process on a host and port (``tradewar serve``)."""

from __future__ import annotations

from tradewar.web.config import ConfigError, Settings, is_loopback

__all__ = ["check_binding", "serve"]


def check_binding(settings: Settings, host: str) -> None:
    """Refuse to listen beyond this machine without a token.

    Parameters
    ----------
    settings : Settings
        The server's settings.
    host : str
        The address to listen on.

    Raises
    ------
    ConfigError
        If ``host`` is not a loopback address and no API token is set.
    """
    if not is_loopback(host) and not settings.api_token:
        raise ConfigError(
            f"serving on {host} lets other machines in: set TRADEWAR_API_TOKEN to a secret "
            "of at least 8 characters (clients send it as 'Authorization: Bearer TOKEN'), "
            "or serve on 127.0.0.1"
        )


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the API and the app until interrupted.

    Parameters
    ----------
    settings : Settings
        The server's settings.
    host : str, default "127.0.0.1"
        The address to listen on; anything but loopback needs an API token.
    port : int, default 8000
        The port.

    Raises
    ------
    ConfigError
        If ``host`` is not a loopback address and no API token is set.
    """
    from tradewar.extras import require
    from tradewar.web.api import create_app

    check_binding(settings, host)
    uvicorn = require("uvicorn", "web")
    app = create_app(settings, loopback_only=is_loopback(host))
    uvicorn.run(
        app,
        host=host,
        port=port,
        log_level="info",
        proxy_headers=False,
        server_header=False,
        timeout_graceful_shutdown=10,
    )
