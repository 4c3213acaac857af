"""Opening the database: SQLite (WAL mode) or PostgreSQL, its schema made current by Alembic."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

__all__ = ["make_engine", "migrate", "normalise_url"]

_MIGRATIONS = Path(__file__).with_name("migrations")


def normalise_url(url: str) -> str:
    """A database URL with the driver tradewar installs (psycopg 3 for PostgreSQL).

    Parameters
    ----------
    url : str
        A SQLAlchemy URL; ``postgresql://`` and ``postgres://`` get ``+psycopg``.

    Returns
    -------
    str
        The URL to give SQLAlchemy.
    """
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def make_engine(url: str) -> Engine:
    """An engine for ``url``; a SQLite file gets its folder, WAL mode and a busy timeout.

    Parameters
    ----------
    url : str
        A SQLAlchemy URL (``sqlite:///PATH`` or ``postgresql+psycopg://...``).

    Returns
    -------
    sqlalchemy.Engine
        The engine (its schema not yet migrated: :func:`migrate`).
    """
    url = normalise_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

    @event.listens_for(engine, "connect")
    def _pragmas(connection, _record) -> None:  # pragma: no cover - called by SQLAlchemy
        cursor = connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    return engine


def migrate(engine: Engine) -> None:
    """Create the tables or upgrade them to the newest schema (Alembic ``upgrade head``).

    Parameters
    ----------
    engine : sqlalchemy.Engine
        The database.
    """
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
