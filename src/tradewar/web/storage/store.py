"""Scenarios, runs and results in the database: every change in one transaction.

The API and the run manager talk to the database only through :class:`Store`;
rows leave it as plain frozen records (:class:`ScenarioInfo`, :class:`RunInfo`),
never as live ORM objects.
"""

from __future__ import annotations

import datetime as dt
import gzip
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import asdict, dataclass, fields
from pathlib import PurePath
from typing import Any, TypeVar

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from tradewar.web.storage.engine import make_engine, migrate
from tradewar.web.storage.tables import ACTIVE, Artifact, Base, Comparison, RunRow, ScenarioRow

__all__ = [
    "INTERRUPTED",
    "MEDIA_TYPES",
    "MOVES",
    "ActiveRunError",
    "RunInfo",
    "ScenarioInfo",
    "Store",
    "StoredFile",
]

T = TypeVar("T")

#: Media types of the files of a result, by suffix.
MEDIA_TYPES = {
    ".json": "application/json",
    ".csv": "text/csv; charset=utf-8",
    ".parquet": "application/vnd.apache.parquet",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".png": "image/png",
    ".html": "text/html; charset=utf-8",
}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class ScenarioInfo:
    """A user's scenario as stored.

    Parameters
    ----------
    id : str
        Its identifier.
    name : str
        The scenario's ``name`` field.
    title : str
        Its ``title``.
    format : str
        ``yaml`` or ``json``: how it was written.
    content : str
        The text as written.
    data : dict
        The scenario as data (the file format).
    created_at : datetime.datetime
        When it was created (UTC).
    updated_at : datetime.datetime
        When it was last changed (UTC).
    """

    id: str
    name: str
    title: str
    format: str
    content: str
    data: dict[str, Any]
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclass(frozen=True)
class RunInfo:
    """A run as stored.

    Parameters
    ----------
    id : str
        Its identifier.
    scenario_id : str or None
        The scenario run (a built-in name or a user scenario's id); None for
        one sent with the request.
    scenario_name : str
        The scenario's ``name``.
    title : str
        Its ``title``.
    kind : str
        What it does (:data:`~tradewar.web.storage.tables.RUN_KINDS`): ``scenario``,
        ``monte_carlo`` or ``sweep``.
    request : dict
        What the worker runs: ``{"builtin": NAME}`` or ``{"data": SCENARIO}``, with
        ``analysis`` (the Monte Carlo's or the sweep's settings) for those kinds.
    cache_key : str
        The key of its result (:func:`tradewar.web.fingerprint.cache_key`).
    status : str
        ``queued``, ``running``, ``done``, ``failed`` or ``cancelled``.
    stage : str
        What it is doing, or how it ended.
    progress : float
        From 0 to 1.
    error : dict or None
        Why it failed: ``title``, ``detail`` and, for a scenario's errors, ``problems``.
    created_at : datetime.datetime
        When it was asked for (UTC).
    started_at : datetime.datetime or None
        When a worker took it.
    finished_at : datetime.datetime or None
        When it ended.
    seconds : float or None
        How long the worker took.
    """

    id: str
    scenario_id: str | None
    scenario_name: str
    title: str
    kind: str
    request: dict[str, Any]
    cache_key: str
    status: str
    stage: str
    progress: float
    error: dict[str, Any] | None
    created_at: dt.datetime
    started_at: dt.datetime | None
    finished_at: dt.datetime | None
    seconds: float | None

    @property
    def active(self) -> bool:
        """Whether it is queued or running."""
        return self.status in ACTIVE


@dataclass(frozen=True)
class StoredFile:
    """One file of a result: its media type and its bytes, gzip-compressed.

    Parameters
    ----------
    name : str
        The file name (``summary.json``, ``countries.csv`` ...).
    media_type : str
        Its media type.
    size : int
        Its size uncompressed.
    data : bytes
        Its content, gzip-compressed.
    """

    name: str
    media_type: str
    size: int
    data: bytes

    @classmethod
    def of(cls, name: str, data: bytes | str) -> StoredFile:
        """A file to store: compressed, its media type from its suffix (:data:`MEDIA_TYPES`).

        Parameters
        ----------
        name : str
            The file name.
        data : bytes or str
            Its content (text as UTF-8).

        Returns
        -------
        StoredFile
            The file, gzip-compressed.
        """
        raw = data.encode("utf-8") if isinstance(data, str) else data
        media_type = MEDIA_TYPES.get(PurePath(name).suffix, "application/octet-stream")
        return cls(name, media_type, len(raw), gzip.compress(raw, compresslevel=6))


class ActiveRunError(Exception):
    """A run with the same cache key is queued or running (an identical request).

    Parameters
    ----------
    run : RunInfo
        The run in progress.
    """

    def __init__(self, run: RunInfo) -> None:
        super().__init__(f"an identical run is already {run.status}: {run.id}")
        self.run = run


def _record(cls: type[T], row: Base) -> T:
    """A row as its frozen record: the columns of the record's fields, copied out of the session."""
    values: dict[str, Any] = {}
    for f in fields(cls):  # type: ignore[arg-type]
        value = getattr(row, f.name)
        if isinstance(value, dt.datetime) and value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)  # SQLite gives back naive datetimes, in UTC
        elif isinstance(value, dict):
            value = dict(value)
        elif isinstance(value, memoryview):  # a binary column on PostgreSQL
            value = bytes(value)
        values[f.name] = value
    return cls(**values)


#: Why a run that was running when the server stopped has failed.
INTERRUPTED = {
    "title": "interrupted",
    "detail": "the server stopped during this run; start it again",
}

#: The moves of a run's life: the states each starts from and the columns it sets (a function
#: is called when the move is made).  ``interrupt`` fails the runs a stopped server was running.
MOVES: dict[str, tuple[tuple[str, ...], dict[str, Any]]] = {
    "start": (("queued",), {"status": "running", "stage": "starting", "started_at": _now}),
    "progress": (("running",), {}),
    "finish": (
        ("running",),
        {"status": "done", "stage": "done", "progress": 1.0, "finished_at": _now},
    ),
    "fail": (ACTIVE, {"status": "failed", "stage": "failed", "finished_at": _now}),
    "cancel": (ACTIVE, {"status": "cancelled", "stage": "cancelled", "finished_at": _now}),
    "interrupt": (
        ("running",),
        {"status": "failed", "stage": "interrupted", "error": INTERRUPTED, "finished_at": _now},
    ),
}


def _apply(session: Session, move: str, run_id: str | None, **values: Any) -> int:
    """Make a move on one run (or, without ``run_id``, on every run it applies to); how many."""
    if move not in MOVES:
        raise ValueError(f"unknown move {move!r}: one of {', '.join(MOVES)}")
    states, own = MOVES[move]
    columns = {k: v() if callable(v) else v for k, v in {**own, **values}.items()}
    if "stage" in columns:
        columns["stage"] = str(columns["stage"])[:64]
    if "progress" in columns:
        columns["progress"] = max(0.0, min(1.0, float(columns["progress"])))
    if columns.get("error") is not None:
        columns["error"] = dict(columns["error"])
    query = update(RunRow).where(RunRow.status.in_(states))
    if run_id is not None:
        query = query.where(RunRow.id == run_id)
    done = session.execute(query.values(**columns))
    return int(done.rowcount)  # type: ignore[attr-defined]


#: The table of each record.
_TABLES: dict[type, type[Base]] = {
    ScenarioInfo: ScenarioRow,
    RunInfo: RunRow,
    StoredFile: Artifact,
}


class Store:
    """The database of a server: scenarios, runs, results' files, comparisons.

    Parameters
    ----------
    url : str
        A SQLAlchemy URL; the schema is created or upgraded on opening.
    """

    def __init__(self, url: str) -> None:
        self.engine = make_engine(url)
        migrate(self.engine)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def backend(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self.engine.dialect.name

    def close(self) -> None:
        """Close every connection."""
        self.engine.dispose()

    @contextmanager
    def _session(self) -> Iterator[Session]:
        with self._sessions.begin() as session:
            yield session

    def get(self, record: type[T], key: Any) -> T | None:
        """A stored scenario, run or file by its key.

        Parameters
        ----------
        record : type
            What to get: :class:`ScenarioInfo` or :class:`RunInfo` (the key: its
            id) or :class:`StoredFile` (the key: ``(cache_key, name)``).
        key : str or tuple of str
            Its key.

        Returns
        -------
        ScenarioInfo, RunInfo, StoredFile or None
            The record; None if there is none with that key.
        """
        with self._session() as session:
            row = session.get(_TABLES[record], key)
            return _record(record, row) if row is not None else None

    # -- scenarios -----------------------------------------------------------------------

    def save_scenario(
        self,
        *,
        name: str,
        title: str,
        format: str,
        content: str,
        data: Mapping[str, Any],
        scenario_id: str | None = None,
    ) -> ScenarioInfo | None:
        """Store a new scenario, or replace a stored one.

        Parameters
        ----------
        name : str
            Its ``name`` field.
        title : str
            Its ``title``.
        format : str
            ``yaml`` or ``json``: how it was written.
        content : str
            The text as written.
        data : Mapping
            The scenario as data.
        scenario_id : str, optional
            The scenario to replace; a new one (with a new id) when not given.

        Returns
        -------
        ScenarioInfo or None
            The scenario as stored now; None if there is none with ``scenario_id``.
        """
        now = _now()
        values = {"name": name, "title": title, "format": format, "content": content}
        with self._session() as session:
            if scenario_id is None:
                row = ScenarioRow(id=uuid.uuid4().hex, created_at=now)
                session.add(row)
            else:
                found = session.get(ScenarioRow, scenario_id)
                if found is None:
                    return None
                row = found
            for key, value in values.items():
                setattr(row, key, value)
            row.data, row.updated_at = dict(data), now
            session.flush()
            return _record(ScenarioInfo, row)

    def delete_scenario(self, scenario_id: str) -> bool:
        """Delete a stored scenario (its runs and their results are kept).

        Parameters
        ----------
        scenario_id : str
            Its id.

        Returns
        -------
        bool
            Whether there was one.
        """
        with self._session() as session:
            done = session.execute(delete(ScenarioRow).where(ScenarioRow.id == scenario_id))
            return bool(done.rowcount)  # type: ignore[attr-defined]

    def list_scenarios(self) -> list[ScenarioInfo]:
        """Every stored scenario, newest first.

        Returns
        -------
        list of ScenarioInfo
            The scenarios.
        """
        with self._session() as session:
            rows = session.scalars(select(ScenarioRow).order_by(ScenarioRow.updated_at.desc()))
            return [_record(ScenarioInfo, r) for r in rows]

    # -- runs ----------------------------------------------------------------------------

    def submit_run(
        self,
        *,
        scenario_id: str | None,
        scenario_name: str,
        title: str,
        request: Mapping[str, Any],
        cache_key: str,
        kind: str = "scenario",
    ) -> tuple[RunInfo, bool]:
        """A new queued run, or the finished run of the same cache key (the cache).

        Parameters
        ----------
        scenario_id : str or None
            The scenario run (built-in name or stored id); None for one sent inline.
        scenario_name : str
            Its ``name``.
        title : str
            Its ``title``.
        request : Mapping
            What the worker runs.
        cache_key : str
            The key of its result.
        kind : str, default "scenario"
            What it does: ``scenario``, ``monte_carlo`` or ``sweep``.

        Returns
        -------
        run : RunInfo
            The new run, or the finished one whose result answers the request.
        new : bool
            Whether the run is new (False: answered from the cache).

        Raises
        ------
        ActiveRunError
            If a run with the same key is queued or running.
        """
        while True:
            try:
                with self._session() as session:
                    done = session.scalars(
                        select(RunRow)
                        .where(RunRow.cache_key == cache_key, RunRow.status == "done")
                        .order_by(RunRow.finished_at.desc())
                        .limit(1)
                    ).first()
                    if done is not None:
                        return _record(RunInfo, done), False
                    row = RunRow(
                        id=uuid.uuid4().hex,
                        scenario_id=scenario_id,
                        scenario_name=scenario_name,
                        title=title,
                        kind=kind,
                        request=dict(request),
                        cache_key=cache_key,
                        status="queued",
                        stage="queued",
                        progress=0.0,
                        error=None,
                        created_at=_now(),
                    )
                    session.add(row)
                return _record(RunInfo, row), True
            except IntegrityError:  # the unique index: one active run per key
                with self._session() as session:
                    active = session.scalars(
                        select(RunRow).where(
                            RunRow.cache_key == cache_key, RunRow.status.in_(ACTIVE)
                        )
                    ).first()
                    if active is not None:
                        raise ActiveRunError(_record(RunInfo, active)) from None
                # it finished in between: answered from the cache on the next pass

    def list_runs(
        self,
        *,
        limit: int = 50,
        offset: int = 0,
        status: str | None = None,
        kind: str | None = None,
    ) -> tuple[list[RunInfo], int]:
        """Runs, newest first.

        Parameters
        ----------
        limit : int, default 50
            The most to return.
        offset : int, default 0
            How many of the newest to skip.
        status : str, optional
            Only runs in this state.
        kind : str, optional
            Only runs of this kind.

        Returns
        -------
        runs : list of RunInfo
            The page of runs.
        total : int
            How many runs there are (in that state, of that kind).
        """
        query = select(RunRow)
        count = select(func.count()).select_from(RunRow)
        for column, value in ((RunRow.status, status), (RunRow.kind, kind)):
            if value is not None:
                query = query.where(column == value)
                count = count.where(column == value)
        with self._session() as session:
            rows = session.scalars(
                query.order_by(RunRow.created_at.desc(), RunRow.id).limit(limit).offset(offset)
            )
            runs = [_record(RunInfo, r) for r in rows]
            total = int(session.scalar(count) or 0)
        return runs, total

    def move_run(self, run_id: str, move: str, **values: Any) -> RunInfo | None:
        """Move a run along its life, if it is in a state the move starts from (:data:`MOVES`).

        ``start`` (a worker took it: queued → running), ``progress`` (running),
        ``fail`` and ``cancel`` (queued or running → failed, cancelled): one
        conditional update, so that a run is moved once (a worker and a cancel
        that meet cannot both move it).  A run is finished by :meth:`finish_run`,
        with its files.

        Parameters
        ----------
        run_id : str
            Its id.
        move : str
            One of :data:`MOVES`.
        **values
            Columns to set beside the move's own: ``stage`` (cut to 64
            characters), ``progress`` (held within [0, 1]), ``error``.

        Returns
        -------
        RunInfo or None
            The run after the move; None if there is no such run or it is not in
            a state the move starts from (a queued run taken already, a finished
            one cancelled).

        Raises
        ------
        ValueError
            For an unknown move, or ``finish`` (:meth:`finish_run` stores the files).
        """
        if move == "finish":  # a done run without its files would answer identical requests
            raise ValueError("a run is finished with its files: use finish_run")
        with self._session() as session:
            if not _apply(session, move, run_id, **values):
                return None
            return _record(RunInfo, session.get_one(RunRow, run_id))

    def finish_run(self, run_id: str, files: list[StoredFile], seconds: float) -> bool:
        """Store a run's files and mark it done, in one transaction.

        The files are stored under the run's cache key, unless they are there
        already.  A run that is no longer running (cancelled) is left as it is.

        Parameters
        ----------
        run_id : str
            Its id.
        files : list of StoredFile
            Its result's files.
        seconds : float
            How long the worker took.

        Returns
        -------
        bool
            Whether the run was marked done.
        """
        now = _now()
        with self._session() as session:
            if not _apply(session, "finish", run_id, seconds=seconds):
                return False
            key = session.get_one(RunRow, run_id).cache_key
            have = set(session.scalars(select(Artifact.name).where(Artifact.cache_key == key)))
            for f in files:
                if f.name not in have:
                    session.add(Artifact(cache_key=key, created_at=now, **asdict(f)))
        return True

    def recover(self) -> list[str]:
        """After a restart: running runs are failed (interrupted); queued ones are returned.

        Returns
        -------
        list of str
            The ids of the queued runs, oldest first, to run again.
        """
        with self._session() as session:
            _apply(session, "interrupt", None)
            return list(
                session.scalars(
                    select(RunRow.id).where(RunRow.status == "queued").order_by(RunRow.created_at)
                )
            )

    # -- results -------------------------------------------------------------------------

    def file_names(self, cache_key: str) -> list[tuple[str, str, int]]:
        """The files of a result.

        Parameters
        ----------
        cache_key : str
            The result's key.

        Returns
        -------
        list of tuple
            ``(name, media_type, size)`` of each file, by name.
        """
        with self._session() as session:
            rows = session.execute(
                select(Artifact.name, Artifact.media_type, Artifact.size)
                .where(Artifact.cache_key == cache_key)
                .order_by(Artifact.name)
            )
            return [(str(n), str(m), int(s)) for n, m, s in rows]

    def comparison(self, key: str) -> dict[str, Any] | None:
        """A stored comparison.

        Parameters
        ----------
        key : str
            Its key (of the two results' keys).

        Returns
        -------
        dict or None
            The comparison; None if there is none.
        """
        with self._session() as session:
            row = session.get(Comparison, key)
            return dict(row.data) if row is not None else None

    def put_comparison(self, key: str, data: Mapping[str, Any]) -> None:
        """Store a comparison (kept if one with that key is there already).

        Parameters
        ----------
        key : str
            Its key.
        data : Mapping
            The comparison.
        """
        try:
            with self._session() as session:
                if session.get(Comparison, key) is None:
                    session.add(Comparison(key=key, data=dict(data), created_at=_now()))
        except IntegrityError:  # stored by another request in between
            pass
