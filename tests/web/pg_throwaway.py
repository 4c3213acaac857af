"""A throwaway PostgreSQL server for the tests: initdb in a temporary folder, a Unix socket only.

The server listens on no TCP port (``listen_addresses=''``), only on a socket in
its own folder, so parallel test runs do not meet.  As root (CI), the server
runs as the ``postgres`` user, since PostgreSQL refuses to run as root.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

#: Set by .ci/run: a missing PostgreSQL fails the tests instead of skipping them.
REQUIRE_ENV = "TRADEWAR_REQUIRE_POSTGRES"


def find_bin() -> Path | None:
    """The folder of initdb, pg_ctl and postgres, or None."""
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(os.path.realpath(initdb)).parent
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


@dataclass
class Server:
    """A running throwaway server."""

    bindir: Path
    folder: Path
    port: int = 5432

    @property
    def socket_dir(self) -> Path:
        return self.folder / "socket"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@/{database}?host={self.socket_dir}&port={self.port}"

    def create_database(self) -> str:
        """A new empty database; its URL."""
        import psycopg

        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(
            host=str(self.socket_dir),
            port=self.port,
            user="postgres",
            dbname="postgres",
            autocommit=True,
        ) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def start(self) -> None:
        data = self.folder / "data"
        self.socket_dir.mkdir(parents=True)
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres")
            shutil.chown(self.socket_dir, "postgres")
        run = lambda cmd: subprocess.run(  # noqa: E731
            _as_server_user(cmd), check=True, capture_output=True, text=True, timeout=120
        )
        run(
            [
                str(self.bindir / "initdb"),
                "-D",
                str(data),
                "-U",
                "postgres",
                "-A",
                "trust",
                "--no-sync",
                "-E",
                "UTF8",
            ]
        )
        options = (
            f"-k {self.socket_dir} -p {self.port} -c listen_addresses='' "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=200 -c shared_buffers=32MB"
        )
        run(
            [
                str(self.bindir / "pg_ctl"),
                "-D",
                str(data),
                "-o",
                options,
                "-l",
                str(self.folder / "server.log"),
                "-w",
                "-t",
                "60",
                "start",
            ]
        )

    def stop(self) -> None:
        subprocess.run(
            _as_server_user(
                [
                    str(self.bindir / "pg_ctl"),
                    "-D",
                    str(self.folder / "data"),
                    "-m",
                    "immediate",
                    "-w",
                    "stop",
                ]
            ),
            capture_output=True,
            timeout=60,
        )
        shutil.rmtree(self.folder, ignore_errors=True)


def start_server() -> Server:
    """Start a throwaway server (raises RuntimeError when PostgreSQL is not installed)."""
    bindir = find_bin()
    if bindir is None:
        raise RuntimeError("PostgreSQL is not installed (no initdb; apt-get install postgresql)")
    folder = Path(tempfile.mkdtemp(prefix="tradewar-pg-"))
    os.chmod(folder, 0o755)
    server = Server(bindir, folder)
    try:
        server.start()
    except subprocess.CalledProcessError as exc:
        log = folder / "server.log"
        text = log.read_text() if log.exists() else ""
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"PostgreSQL did not start: {exc.stderr}\n{text}") from None
    return server
