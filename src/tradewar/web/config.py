"""The server's settings: database, managed folder, token, limits (from ``TRADEWAR_*`` variables).

=============================  =====================================================
variable                       meaning
=============================  =====================================================
``TRADEWAR_DATABASE_URL``      SQLAlchemy URL (``postgresql+psycopg://...``); default a
                               SQLite file in the data folder (WAL mode)
``TRADEWAR_HOME``              the server's data folder (default
                               ``$XDG_DATA_HOME/tradewar``, ``~/.local/share/tradewar``)
``TRADEWAR_API_TOKEN``         the bearer token clients must send; required to serve on
                               anything but loopback
``TRADEWAR_WORKERS``           worker processes for runs (default 2)
``TRADEWAR_MAX_BODY_BYTES``    largest request body accepted (default 1 MiB)
``TRADEWAR_RUN_TIMEOUT``       seconds a run may take before it is stopped (default 600)
``TRADEWAR_CORS_ORIGINS``      comma-separated origins allowed to call the API from a
                               browser (default none: CORS closed)
``TRADEWAR_MAX_DRAWS``         the most draws of one Monte Carlo run (default 2000)
``TRADEWAR_MAX_GRID_POINTS``   the most points of one sweep (default 400)
``TRADEWAR_MAX_STRATEGY_TARIFFS``  the largest world of a strategic question, in
                              tariffs N x N x S (default 10000)
``TRADEWAR_MAX_STRATEGY_ROUNDS``   the most rounds of a trade war (default 50)
``TRADEWAR_MAX_GAME_ROUNDS``   the most rounds of an escalation game (default 20)
=============================  =====================================================
"""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass, field
from pathlib import Path

from tradewar.errors import TradewarError

__all__ = ["ConfigError", "Settings", "default_home", "is_loopback"]


class ConfigError(TradewarError, ValueError):
    """A setting of the server that cannot work (a token missing off loopback, ...)."""


def default_home() -> Path:
    """The server's data folder: ``TRADEWAR_HOME``, else the user's data folder.

    Returns
    -------
    Path
        ``$TRADEWAR_HOME``, or ``$XDG_DATA_HOME/tradewar``, or
        ``~/.local/share/tradewar``.
    """
    if os.environ.get("TRADEWAR_HOME"):
        return Path(os.environ["TRADEWAR_HOME"]).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base).expanduser() / "tradewar"


def is_loopback(host: str) -> bool:
    """Whether ``host`` is a loopback address or ``localhost`` (only this machine reaches it).

    Parameters
    ----------
    host : str
        A host name or an IP address (``[::1]`` allowed).

    Returns
    -------
    bool
        True for ``localhost``, ``127.0.0.0/8`` and ``::1``; False for anything
        else, ``0.0.0.0`` included.
    """
    name = host.strip().strip("[]").lower()
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def _int(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None or not value.strip():
        return default
    try:
        return int(value)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, got {value!r}") from None


@dataclass(frozen=True, kw_only=True)
class Settings:
    """What the server needs to know; :meth:`from_env` reads it from the environment.

    Parameters
    ----------
    home : Path
        The data folder: the SQLite database, uploads and work folders live here.
    database_url : str, optional
        A SQLAlchemy URL; default ``sqlite:///HOME/tradewar.db``.
    api_token : str, optional
        The bearer token every API request must carry (none: no token asked).
    workers : int, default 2
        Worker processes that run scenarios.
    max_body_bytes : int, default 1 MiB
        The largest request body accepted (413 above it).
    run_timeout : float, default 600
        Seconds a run may take before its worker is stopped and it fails.
    cors_origins : tuple of str, default ()
        Browser origins allowed to call the API (CORS); none by default.
    max_actions : int, default 2000
        The most actions a scenario sent by a client may hold.
    max_draws : int, default 2000
        The most draws of one Monte Carlo run.
    max_grid_points : int, default 400
        The most points of one sweep (the product of its parameters' values).
    max_strategy_tariffs : int, default 10000
        The largest world a strategic question runs on, in tariffs (countries
        squared times sectors: Ossa's data 1617, the default world 4913).
    max_strategy_rounds : int, default 50
        The most rounds of best responses of a trade war (or of talks' threat point).
    max_game_rounds : int, default 20
        The most rounds of an escalation game (each player moves once a round).
    """

    home: Path
    database_url: str | None = None
    api_token: str | None = None
    workers: int = 2
    max_body_bytes: int = 1 << 20
    run_timeout: float = 600.0
    cors_origins: tuple[str, ...] = field(default=())
    max_actions: int = 2000
    max_draws: int = 2000
    max_grid_points: int = 400
    max_strategy_tariffs: int = 10_000
    max_strategy_rounds: int = 50
    max_game_rounds: int = 20

    def __post_init__(self) -> None:
        if self.workers < 1:
            raise ConfigError(f"workers must be at least 1, got {self.workers}")
        if self.max_body_bytes < 1024:
            raise ConfigError(f"max_body_bytes must be at least 1024, got {self.max_body_bytes}")
        if self.run_timeout <= 0:
            raise ConfigError(f"run_timeout must be positive, got {self.run_timeout}")
        if min(self.max_draws, self.max_grid_points, self.max_strategy_rounds) < 1:
            raise ConfigError("max_draws, max_grid_points and max_strategy_rounds must be >= 1")
        if self.max_strategy_tariffs < 1:
            raise ConfigError("max_strategy_tariffs must be at least 1")
        if self.max_game_rounds < 1:
            raise ConfigError(f"max_game_rounds must be at least 1, got {self.max_game_rounds}")
        if self.api_token is not None and len(self.api_token) < 8:
            raise ConfigError("the API token must have at least 8 characters")

    @property
    def url(self) -> str:
        """The database URL in use (the default SQLite file when none was given)."""
        return self.database_url or f"sqlite:///{self.home / 'tradewar.db'}"

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Settings from the ``TRADEWAR_*`` environment variables, then ``overrides``.

        Parameters
        ----------
        **overrides
            Fields to set whatever the environment says (None values are ignored).

        Returns
        -------
        Settings
            The settings.

        Raises
        ------
        ConfigError
            If a variable holds a value that cannot work.
        """
        origins = os.environ.get("TRADEWAR_CORS_ORIGINS", "")
        values: dict[str, object] = {
            "home": default_home(),
            "database_url": os.environ.get("TRADEWAR_DATABASE_URL") or None,
            "api_token": os.environ.get("TRADEWAR_API_TOKEN") or None,
            "workers": _int("TRADEWAR_WORKERS", 2),
            "max_body_bytes": _int("TRADEWAR_MAX_BODY_BYTES", 1 << 20),
            "run_timeout": float(_int("TRADEWAR_RUN_TIMEOUT", 600)),
            "cors_origins": tuple(o.strip() for o in origins.split(",") if o.strip()),
            "max_draws": _int("TRADEWAR_MAX_DRAWS", 2000),
            "max_grid_points": _int("TRADEWAR_MAX_GRID_POINTS", 400),
            "max_strategy_tariffs": _int("TRADEWAR_MAX_STRATEGY_TARIFFS", 10_000),
            "max_strategy_rounds": _int("TRADEWAR_MAX_STRATEGY_ROUNDS", 50),
            "max_game_rounds": _int("TRADEWAR_MAX_GAME_ROUNDS", 20),
        }
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]
