"""The ``serve`` command: the web app and the REST API (the ``web`` extra)."""

from __future__ import annotations

from typing import Annotated

import typer

from tradewar.cli.console import console, fail
from tradewar.errors import TradewarError

__all__ = ["serve"]


def serve(
    host: Annotated[
        str,
        typer.Option(help="Address to listen on; anything but loopback needs TRADEWAR_API_TOKEN."),
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)] = 8000,
    workers: Annotated[
        int | None,
        typer.Option(help="Worker processes for runs (default TRADEWAR_WORKERS or 2).", min=1),
    ] = None,
    database: Annotated[
        str | None,
        typer.Option(
            help="Database URL (default TRADEWAR_DATABASE_URL, else SQLite in the data folder)."
        ),
    ] = None,
) -> None:
    """Serve the web app and the REST API (OpenAPI spec at /openapi.json)."""
    from tradewar.extras import require

    try:
        for module in ("fastapi", "uvicorn", "sqlalchemy", "alembic"):
            require(module, "web")
        from tradewar.web.config import Settings
        from tradewar.web.server import check_binding
        from tradewar.web.server import serve as run_server

        settings = Settings.from_env(workers=workers, database_url=database)
        check_binding(settings, host)
        shown = f"[{host}]" if ":" in host else host
        console.print(f"tradewar: the app and the API on http://{shown}:{port}/ (Ctrl-C stops)")
        run_server(settings, host, port)
    except TradewarError as exc:
        fail(exc)
