"""Where the server keeps scenarios, runs and results: SQLite by default, PostgreSQL by URL.

* :mod:`~tradewar.web.storage.tables` — the tables (SQLAlchemy);
* :mod:`~tradewar.web.storage.engine` — opening a database, migrating it (Alembic,
  ``migrations/``);
* :mod:`~tradewar.web.storage.store` — :class:`Store`, every read and write.
"""

from tradewar.web.storage.store import (
    INTERRUPTED,
    ActiveRunError,
    RunInfo,
    ScenarioInfo,
    Store,
    StoredFile,
)

__all__ = ["INTERRUPTED", "ActiveRunError", "RunInfo", "ScenarioInfo", "Store", "StoredFile"]
