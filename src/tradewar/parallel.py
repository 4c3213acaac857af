"""Many independent tasks on Dask, the existing engine for scale; in-process without it.

One code path for a laptop and a cluster: :func:`open_engine` gives an
:class:`Engine` that runs a function over a list of tasks and yields each
result as it finishes, with a Rich progress bar (rate and time left) or a
function told how far it is, and a clean stop on Ctrl-C that keeps the
finished results.

``scheduler``
    ``None`` or ``"local"``: a Dask ``LocalCluster`` of worker processes on
    this machine (``workers`` of them, one thread each); an address such as
    ``"tcp://10.0.0.5:8786"``: an existing cluster (started with
    ``dask-scheduler`` and ``dask-worker``, or by dask-kubernetes / dask-jobqueue);
    a ``distributed.Client``: used as it is; ``"in-process"``: no Dask, the
    tasks run one by one in this process (also what ``None`` means when the
    ``dask`` extra is not installed).

Reusing it (e.g. best responses of a trade war, one task per country)::

    from tradewar.parallel import open_engine

    with open_engine(scheduler) as engine:
        shared = engine.share(world)             # sent to every worker once
        for index, response in engine.run(best_response, countries, shared=shared,
                                          label="best responses"):
            responses[index] = response
        if engine.interrupted:                   # Ctrl-C: what finished is kept
            ...

``fn(task, shared)`` must be a module-level function (workers import it).
"""

from __future__ import annotations

import importlib.util
import logging
import os
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from types import TracebackType
from typing import Any

from tradewar.errors import TradewarError
from tradewar.extras import require

__all__ = ["Engine", "ParallelError", "Progress", "dask_available", "open_engine"]

#: Progress of a run: True for a Rich progress bar on stderr, or a function called
#: with ``(done, total)`` units after each task (a server reporting to its clients).
Progress = bool | Callable[[int, int], None]

log = logging.getLogger(__name__)

#: Seconds to wait for a scheduler before saying it cannot be reached.
CONNECT_TIMEOUT = 10.0

#: Dask settings of the workers of a local cluster.  The nanny's default
#: environment sets ``MALLOC_TRIM_THRESHOLD_=65536``, which turns off glibc's
#: dynamic mmap threshold: every temporary array above 128 KiB is then mapped and
#: unmapped afresh, and the batched solver runs at half speed; the statistical
#: profiler samples every thread's stack each 10 ms (no dashboard is served).
#: One BLAS thread per worker process, as Dask sets it.
WORKER_CONFIG = {
    "distributed.nanny.pre-spawn-environ": {
        "OMP_NUM_THREADS": 1,
        "MKL_NUM_THREADS": 1,
        "OPENBLAS_NUM_THREADS": 1,
    },
    "distributed.worker.profile.enabled": False,
}


class ParallelError(TradewarError, RuntimeError):
    """The engine cannot be used: an unreachable scheduler, a missing extra."""


def dask_available() -> bool:
    """Whether the ``dask`` extra (``dask`` and ``distributed``) is installed.

    Returns
    -------
    bool
        True when both import.
    """
    return all(importlib.util.find_spec(m) is not None for m in ("dask", "distributed"))


class Engine(AbstractContextManager["Engine"]):
    """Runs tasks in-process or on a Dask client (see :func:`open_engine`).

    Parameters
    ----------
    client : distributed.Client or None
        The client; None runs in-process.
    owns : bool
        Whether closing the engine closes the client and its cluster.
    description : str
        Where the tasks run, for messages.
    """

    def __init__(self, client: Any = None, owns: bool = False, description: str = "") -> None:
        self.client = client
        self.owns = owns
        self.description = description or ("in-process" if client is None else "dask")
        #: whether the last :meth:`run` was stopped by Ctrl-C
        self.interrupted = False

    @property
    def workers(self) -> int:
        """Number of workers (1 in-process)."""
        if self.client is None:
            return 1
        return max(len(self.client.scheduler_info().get("workers", {})), 1)

    def share(self, value: Any) -> Any:
        """Send ``value`` to every worker once; pass the result as ``shared``.

        Parameters
        ----------
        value : object
            Picklable data every task needs.

        Returns
        -------
        object
            A handle to it (the value itself in-process).
        """
        if self.client is None:
            return value
        return self.client.scatter(value, broadcast=True)

    def run(
        self,
        fn: Callable[[Any, Any], Any],
        tasks: Sequence[Any],
        *,
        shared: Any = None,
        label: str = "tasks",
        progress: Progress = False,
        weights: Sequence[int] | None = None,
        unit: str = "tasks",
    ) -> Iterator[tuple[int, Any]]:
        """Run ``fn(task, shared)`` for every task; yield ``(index, result)`` as each finishes.

        Ctrl-C stops the run: pending tasks are cancelled, the results yielded
        so far stand, and :attr:`interrupted` is set.

        Parameters
        ----------
        fn : callable
            A module-level function ``fn(task, shared)``.
        tasks : sequence
            The tasks (picklable).
        shared : object, optional
            Data every task needs (a handle from :meth:`share`).
        label : str, default "tasks"
            The progress bar's label.
        progress : bool or callable, default False
            True: a Rich progress bar (on stderr) with the rate and time left; a
            function: called with ``(done, total)`` units after each task.
        weights : sequence of int, optional
            How many units each task counts for (e.g. draws per chunk).
        unit : str, default "tasks"
            What the bar counts.

        Yields
        ------
        tuple of (int, object)
            The task's index and its result.
        """
        self.interrupted = False
        sizes = list(weights) if weights is not None else [1] * len(tasks)
        bar: _Bar | _Report | None = None
        if callable(progress):
            bar = _Report(progress, sum(sizes))
        elif progress:
            bar = _Bar(label, sum(sizes), unit)
        try:
            if self.client is None:
                for index, task in enumerate(tasks):
                    result = fn(task, shared)
                    if bar is not None:
                        bar.advance(sizes[index])
                    yield index, result
                return
            yield from self._run_dask(fn, tasks, shared, sizes, bar)
        except KeyboardInterrupt:
            self.interrupted = True
            log.warning("interrupted: keeping the finished %s", unit)
        finally:
            if bar is not None:
                bar.close()

    def _run_dask(
        self,
        fn: Callable[[Any, Any], Any],
        tasks: Sequence[Any],
        shared: Any,
        sizes: list[int],
        bar: _Bar | _Report | None,
    ) -> Iterator[tuple[int, Any]]:
        from distributed import as_completed

        futures = [self.client.submit(fn, task, shared, pure=False) for task in tasks]
        index = {future.key: i for i, future in enumerate(futures)}
        try:
            for future in as_completed(futures):
                i = index[future.key]
                result = future.result()
                if bar is not None:
                    bar.advance(sizes[i])
                yield i, result
        finally:
            pending = [f for f in futures if not f.done()]
            if pending:
                self.client.cancel(pending)

    def close(self) -> None:
        """Close the client and its cluster if the engine made them."""
        if self.client is not None and self.owns:
            cluster = getattr(self.client, "cluster", None)
            self.client.close()
            if cluster is not None:
                cluster.close()
        self.client = None

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def open_engine(scheduler: Any = None, *, workers: int | None = None) -> Engine:
    """An engine for ``scheduler``, connected before any task runs.

    Parameters
    ----------
    scheduler : None, str or distributed.Client
        None or ``"local"`` (a LocalCluster; in-process without the ``dask``
        extra when None), ``"in-process"``, a scheduler address, or a client.
    workers : int, optional
        Worker processes of a LocalCluster (default: the CPUs, at most 8).

    Returns
    -------
    Engine
        Use it as a context manager (it closes what it opened).

    Raises
    ------
    ParallelError
        A scheduler that cannot be reached, or ``workers`` below 1.
    MissingExtraError
        ``"local"`` or an address without the ``dask`` extra.
    """
    if workers is not None and workers < 1:
        raise ParallelError(f"workers must be at least 1, got {workers}")
    if scheduler == "in-process" or (scheduler is None and not dask_available()):
        return Engine(None, description="in-process")
    if not isinstance(scheduler, str | type(None)):
        return Engine(scheduler, owns=False, description="the given Dask client")
    require("distributed", "dask")
    from distributed import Client, LocalCluster

    if scheduler in (None, "local"):
        import dask

        n = workers or min(os.cpu_count() or 1, 8)
        with dask.config.set(WORKER_CONFIG):
            cluster = LocalCluster(
                n_workers=n,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
        return Engine(Client(cluster), owns=True, description=f"a local Dask cluster of {n}")
    address = str(scheduler)
    started = time.perf_counter()
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ParallelError(
            f"cannot reach the Dask scheduler at {address!r} within {CONNECT_TIMEOUT:g} s "
            f"({type(exc).__name__}: {exc}); start one with 'dask-scheduler' and "
            "'dask-worker ADDRESS', or leave out --scheduler for a local cluster"
        ) from None
    log.info("connected to %s in %.1f s", address, time.perf_counter() - started)
    return Engine(client, owns=True, description=f"the Dask scheduler at {address}")


class _Bar:
    """A Rich progress bar on stderr: done/total, rate, time left."""

    def __init__(self, label: str, total: int, unit: str) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.started = time.perf_counter()
        self.done = 0
        self.unit = unit
        self.progress = Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            TextColumn("left"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=False,
        )
        self.task = self.progress.add_task(label, total=total, rate="")
        self.progress.start()

    def advance(self, n: int) -> None:
        self.done += n
        elapsed = max(time.perf_counter() - self.started, 1e-9)
        self.progress.update(self.task, advance=n, rate=f"{self.done / elapsed:.1f} {self.unit}/s")

    def close(self) -> None:
        self.progress.stop()


class _Report:
    """Progress told to a function: ``report(done, total)`` after each task."""

    def __init__(self, report: Callable[[int, int], None], total: int) -> None:
        self.report = report
        self.total = total
        self.done = 0

    def advance(self, n: int) -> None:
        self.done += n
        self.report(self.done, self.total)

    def close(self) -> None:
        pass
