"""The FastAPI application: the REST API under ``/api/v1``, the app at ``/``.

:func:`create_app` builds it from :class:`~tradewar.web.config.Settings`; on
start it opens the database (migrating it), recovers runs a killed server left
behind and starts the worker pool; on stop it stops them.  The OpenAPI spec is
at ``/openapi.json``.  The interactive documentation pages FastAPI would serve
load their scripts from a CDN, so they are off: every page this server sends
works offline.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse, Response
from fastapi.staticfiles import StaticFiles

from tradewar.web.config import Settings
from tradewar.web.errors import ApiError, install_handlers
from tradewar.web.security import Guard

__all__ = ["create_app", "plotly_js"]

_STATIC = Path(str(files("tradewar.web") / "static"))


@lru_cache(maxsize=1)
def plotly_js() -> Path:
    """Plotly's JavaScript as the installed ``plotly`` package ships it (``plotly.min.js``).

    Returns
    -------
    Path
        The file.

    Raises
    ------
    MissingExtraError
        If plotly is not installed (the ``web`` extra installs it).
    """
    from tradewar.extras import require

    plotly = require("plotly", "web")
    return Path(os.path.dirname(str(plotly.__file__))) / "package_data" / "plotly.min.js"


def create_app(settings: Settings | None = None, *, loopback_only: bool = False) -> FastAPI:
    """The server's application.

    Parameters
    ----------
    settings : Settings, optional
        Default: :meth:`Settings.from_env`.
    loopback_only : bool, default False
        Answer only requests addressed to ``localhost`` or a loopback address
        (``tradewar serve`` sets it when it listens on loopback).

    Returns
    -------
    fastapi.FastAPI
        The application (ASGI).
    """
    from tradewar import __version__
    from tradewar.web import (
        routes_analyses,
        routes_data,
        routes_news,
        routes_runs,
        routes_scenarios,
    )

    settings = settings or Settings.from_env()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        from fastapi.concurrency import run_in_threadpool

        from tradewar.web.runs import RunManager
        from tradewar.web.state import AppState, done_runs, result_files
        from tradewar.web.storage import Store

        settings.home.mkdir(parents=True, exist_ok=True)
        store = await run_in_threadpool(Store, settings.url)
        manager = RunManager(store, settings)
        await run_in_threadpool(manager.start)
        app.state.tw = AppState(
            settings=settings,
            store=store,
            runs=manager,
            files=result_files(store),
            done=done_runs(store),
        )
        try:
            yield
        finally:
            await run_in_threadpool(manager.stop)
            store.close()

    app = FastAPI(
        title="tradewar",
        version=__version__,
        summary="Trade wars and trade talks in general equilibrium: scenarios, runs, results.",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    install_handlers(app)
    app.include_router(routes_data.router)
    app.include_router(routes_scenarios.router)
    app.include_router(routes_analyses.router)
    app.include_router(routes_runs.router)
    app.include_router(routes_news.router)

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(_STATIC / "index.html", headers={"Cache-Control": "no-cache"})

    @app.get("/static/vendor/plotly.min.js", include_in_schema=False)
    def plotly() -> Response:
        try:
            path = plotly_js()
        except ImportError as exc:
            raise ApiError(404, str(exc)) from None
        return FileResponse(
            path,
            media_type="text/javascript",
            headers={"Cache-Control": "public, max-age=86400"},
        )

    app.mount("/static", StaticFiles(directory=_STATIC), name="static")
    if settings.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(settings.cors_origins),
            allow_methods=["GET", "POST", "PUT", "DELETE"],
            allow_headers=["Authorization", "Content-Type"],
        )
    app.add_middleware(Guard, settings=settings, loopback_only=loopback_only)
    return app
