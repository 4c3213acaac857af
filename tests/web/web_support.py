"""Fixtures and helpers of the web tests (imported by each test module; no conftest.py here,
so that ``from conftest import ...`` elsewhere always finds the tests' root conftest).

* ``db_url``: a new empty database of each kind, SQLite and PostgreSQL;
* ``client``: a running app (one worker) on a new database of each kind, per module;
* ``postgres_server``: the throwaway PostgreSQL server, one per test session.
"""

from __future__ import annotations

import atexit
import os
import time
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed")

from pg_throwaway import REQUIRE_ENV, Server, start_server

BACKENDS = ["sqlite", "postgresql"]
_SERVER: list[Server | Exception] = []


def _server() -> Server:
    """The session's PostgreSQL server, started on first use (skips or fails without one)."""
    if not _SERVER:
        try:
            server = start_server()
        except RuntimeError as exc:
            _SERVER.append(exc)
        else:
            _SERVER.append(server)
            atexit.register(server.stop)
    found = _SERVER[0]
    if isinstance(found, Exception):
        if os.environ.get(REQUIRE_ENV):
            pytest.fail(str(found))
        pytest.skip(str(found))
    return found


@pytest.fixture
def postgres_server() -> Server:
    return _server()


def new_database(kind: str, folder: Path) -> str:
    """A new empty database of a kind (``sqlite`` or ``postgresql``): its URL."""
    if kind == "sqlite":
        return f"sqlite:///{folder / 'tradewar.db'}"
    return _server().create_database()


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return new_database(request.param, tmp_path)


def wait_for(client, run_id: str, timeout: float = 180.0) -> dict:
    """Poll a run until it ends; its last state."""
    deadline = time.monotonic() + timeout
    run: dict = {}
    while time.monotonic() < deadline:
        run = client.get(f"/api/v1/runs/{run_id}").json()
        if run["status"] not in ("queued", "running"):
            return run
        time.sleep(0.1)
    raise AssertionError(f"run {run_id} did not end in {timeout} s: {run}")


def make_client(
    home: Path,
    url: str,
    *,
    loopback_only: bool = False,
    base_url: str = "http://testserver",
    headers: dict[str, str] | None = None,
    **settings,
):
    """A TestClient of an app on ``url`` (use it in a ``with`` block: that starts the app)."""
    from fastapi.testclient import TestClient

    from tradewar.web.api import create_app
    from tradewar.web.config import Settings

    settings.setdefault("workers", 1)
    config = Settings(home=home, database_url=url, **settings)
    app = create_app(config, loopback_only=loopback_only)
    return TestClient(app, base_url=base_url, headers=headers)


@pytest.fixture(scope="module", params=BACKENDS)
def client(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    home = tmp_path_factory.mktemp("home")
    with make_client(home, new_database(request.param, home)) as test_client:
        yield test_client
