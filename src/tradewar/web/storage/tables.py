"""The database tables: scenarios, runs, their results' files, comparisons.

A run's results are stored once per *cache key* (the scenario's content, the
data and the model version: :mod:`tradewar.web.fingerprint`), so identical runs
share them.  At most one run per key is queued or running at a time (a partial
unique index), so two identical requests cannot both start one.  The schema is
created and upgraded by Alembic (``migrations/``); these classes mirror it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    DateTime,
    Float,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

__all__ = ["ACTIVE", "Artifact", "Base", "Comparison", "RunRow", "ScenarioRow"]

#: The states of a run that is not finished.
ACTIVE = ("queued", "running")
_ACTIVE_SQL = text("status IN ('queued', 'running')")


class Base(DeclarativeBase):
    """The declarative base of tradewar's tables.

    Parameters
    ----------
    **kwargs
        Column values, by column name.
    """


class ScenarioRow(Base):
    """A user's scenario: the text as written (YAML or JSON) and its data.

    Parameters
    ----------
    **kwargs
        Column values, by column name.
    """

    __tablename__ = "scenarios"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(Text, default="")
    format: Mapped[str] = mapped_column(String(8))
    content: Mapped[str] = mapped_column(Text)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


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

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    scenario_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    scenario_name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(Text, default="")
    request: Mapped[dict[str, Any]] = mapped_column(JSON)
    cache_key: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))
    stage: Mapped[str] = mapped_column(String(64), default="")
    progress: Mapped[float] = mapped_column(Float, default=0.0)
    error: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    started_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    seconds: Mapped[float | None] = mapped_column(Float, nullable=True)


class Artifact(Base):
    """One file of a result (gzip-compressed), shared by the runs of one cache key.

    Parameters
    ----------
    **kwargs
        Column values, by column name.
    """

    __tablename__ = "artifacts"

    cache_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class Comparison(Base):
    """Two results side by side (:func:`tradewar.reports.compare.compare_results`).

    Parameters
    ----------
    **kwargs
        Column values, by column name.
    """

    __tablename__ = "comparisons"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
