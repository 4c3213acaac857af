"""Serving the app: one uvicorn process on a host and port (``tradewar serve``).

:func:`spawn` starts one in a child process on a free loopback port, for the
browser tests, the load benchmark, or a notebook.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from tradewar.web.config import ConfigError, Settings, is_loopback

__all__ = ["Spawned", "check_binding", "serve", "spawn"]


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


@dataclass
class Spawned:
    """A ``tradewar serve`` child process (:func:`spawn`); stop it with :meth:`stop`.

    Parameters
    ----------
    process : subprocess.Popen
        The server process.
    base : str
        Its address, ``http://127.0.0.1:PORT``.
    log : Path
        Its output (stdout and stderr).
    """

    process: subprocess.Popen
    base: str
    log: Path
    _out: IO[Any] | None = field(default=None, init=False, repr=False)

    def stop(self, timeout: float = 20.0) -> None:
        """Stop the server (SIGTERM, then SIGKILL after ``timeout`` seconds).

        Parameters
        ----------
        timeout : float, default 20
            Seconds to wait for it to stop by itself.
        """
        self.process.terminate()
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        if self._out is not None:
            self._out.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def spawn(home: Path, *, workers: int = 2, timeout: float = 60.0) -> Spawned:
    """Start ``tradewar serve`` in a child process on a free loopback port; wait until it answers.

    The server keeps its database and files in ``home`` (SQLite), with no API
    token, whatever the environment says.

    Parameters
    ----------
    home : Path
        Its data folder (``TRADEWAR_HOME``); its output goes to ``home/server.log``.
    workers : int, default 2
        Its worker processes.
    timeout : float, default 60
        Seconds to wait for its health check to answer.

    Returns
    -------
    Spawned
        The running server.

    Raises
    ------
    RuntimeError
        If it stopped or did not answer in time (with its output).
    """
    port = _free_port()
    env = {**os.environ, "TRADEWAR_HOME": str(home), "TRADEWAR_WORKERS": str(workers)}
    for name in ("TRADEWAR_DATABASE_URL", "TRADEWAR_API_TOKEN"):
        env.pop(name, None)
    log = home / "server.log"
    out = log.open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "tradewar", "serve", "--port", str(port)],
        env=env,
        stdout=out,
        stderr=subprocess.STDOUT,
    )
    server = Spawned(process, f"http://127.0.0.1:{port}", log)
    server._out = out
    deadline = time.monotonic() + timeout
    while process.poll() is None and time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{server.base}/api/v1/health", timeout=5) as answer:
                if answer.status == 200:
                    return server
        except (urllib.error.URLError, OSError):
            time.sleep(0.2)
    server.stop(timeout=5)
    raise RuntimeError("tradewar serve did not start:\n" + log.read_text())
