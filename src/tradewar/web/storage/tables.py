"""The database tables: scenarios, runs, their results' files, comparisons.

A run is of one of :data:`RUN_KINDS`: a scenario solved once, a Monte Carlo over
its elasticities, or a sweep over a grid of its parameters.

A run's results are stored once per *cache key* (the scenario's content, the
data and the model version: :mod:`tradewar.web.fingerprint`), so identical runs
share them.  At most one run per key is queued or running at a time (a partial
unique index), so two identical requests cannot both start one.  The schema is
created and upgraded by Alembic (``migrations/``); these classes mirror it.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from sqlalchemy import JSON, DateTime, Float, Index, LargeBinary, String, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

__all__ = ["ACTIVE", "RUN_KINDS", "Artifact", "Base", "Comparison", "RunRow", "ScenarioRow"]

#: What a run does: solve a scenario, a Monte Carlo over elasticities, a sweep over a grid,
#: or answer a strategic question (optimal tariffs, a trade war, trade talks, a game).
RUN_KINDS = ("scenario", "monte_carlo", "sweep", "optimal_tariff", "nash", "talks", "game")
#: The states of a run that is not finished.
ACTIVE = ("queued", "running")
_ACTIVE_SQL = text("status IN ('queued', 'running')")


#: The columns the tables share, by their Python type (``Mapped[...]`` alone declares them).
Key = Annotated[str, mapped_column(String(64), primary_key=True)]
Id = Annotated[str, mapped_column(String(32), primary_key=True)]
Name = Annotated[str, mapped_column(String(200))]


class Base(DeclarativeBase):
    """The declarative base of tradewar's tables: JSON for dicts, times with their zone.

    Parameters
    ----------
    **kwargs
        Column values, by column name.
    """

    type_annotation_map = {  # noqa: RUF012 (SQLAlchemy reads it from the class)
        dict[str, Any]: JSON,
        dt.datetime: DateTime(timezone=True),
        bytes: LargeBinary,
        float: Float,
    }


class ScenarioRow(Base):
    """A user's scenario: the text as written (YAML or JSON) and its data.

    Parameters
    ----------
    **kwargs
        Column values, by column name.
    """

    __tablename__ = "scenarios"

    id: Mapped[Id]
    name: Mapped[Name]
    title: Mapped[str] = mapped_column(Text, default="")
    format: Mapped[str] = mapped_column(String(8))
    content: Mapped[str] = mapped_column(Text)
    data: Mapped[dict[str, Any]]
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]


class RunRow(Base):
    """A run of a scenario: what was asked, where it stands, how it ended.

    Parameters
    ----------
    **kwargs
        Column values, by column name.
    """

    __tablename__ = "runs"
    __table_args__ = (
        Index(
            "ux_runs_active_key",
            "cache_key",
            unique=True,
            sqlite_where=_ACTIVE_SQL,
            postgresql_where=_ACTIVE_SQL,
        ),
        Index("ix_runs_key_status", "cache_key", "status"),
        Index("ix_runs_created", "created_at"),
    )

    id: Mapped[Id]
    scenario_id: Mapped[str | None] = mapped_column(String(64))
    scenario_name: Mapped[Name]
    title: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(16), server_default="scenario")
    request: Mapped[dict[str, Any]]
    cache_key: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))
    stage: Mapped[str] = mapped_column(String(64), default="")
    progress: Mapped[float] = mapped_column(default=0.0)
    error: Mapped[dict[str, Any] | None]
    created_at: Mapped[dt.datetime]
    started_at: Mapped[dt.datetime | None]
    finished_at: Mapped[dt.datetime | None]
    seconds: Mapped[float | None]


class Artifact(Base):
    """One file of a result (gzip-compressed), shared by the runs of one cache key.

    Parameters
    ----------
    **kwargs
        Column values, by column name.
    """

    __tablename__ = "artifacts"

    cache_key: Mapped[Key]
    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int]
    data: Mapped[bytes]
    created_at: Mapped[dt.datetime]


class Comparison(Base):
    """Two results side by side (:func:`tradewar.reports.compare.compare_results`).

    Parameters
    ----------
    **kwargs
        Column values, by column name.
    """

    __tablename__ = "comparisons"

    key: Mapped[Key]
    data: Mapped[dict[str, Any]]
    created_at: Mapped[dt.datetime]
