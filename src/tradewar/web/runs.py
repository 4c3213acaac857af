"""The worker pool and the life of a run: queued, running, then done, failed or cancelled.

The server keeps ``workers`` worker processes (``spawn``ed, each running
:func:`tradewar.web.jobs.worker_main`), each driven by a thread of the server
that takes the next task from one queue.  Only these threads write a run's
progress and results, through the :class:`~tradewar.web.storage.Store`.

* Cancelling a queued run takes it off the queue; cancelling a running one
  kills its worker, which is started again for the next run.
* A run that takes longer than ``run_timeout`` seconds, or whose worker dies,
  fails with that reason; the worker is started again.
* A server that stops marks its running runs failed; one that was killed does so
  when it starts again (:meth:`Store.recover`), and resumes the queued runs.
"""

from __future__ import annotations

import logging
import multiprocessing
import queue
import threading
import time
import uuid
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

from tradewar.errors import TradewarError
from tradewar.web.config import Settings
from tradewar.web.storage import INTERRUPTED, RunInfo, Store

__all__ = ["JobError", "RunManager"]

log = logging.getLogger("tradewar.web")

#: Progress is written at most this often per run (seconds).
PROGRESS_EVERY = 0.25


class JobError(TradewarError, RuntimeError):
    """A task of a worker failed (a comparison that could not be made).

    Parameters
    ----------
    error : dict
        ``title`` and ``detail`` (and ``problems`` for a scenario's errors).
    """

    def __init__(self, error: dict[str, Any]) -> None:
        super().__init__(f"{error.get('title')}: {error.get('detail')}")
        self.error = error


@dataclass
class _Task:
    kind: str  # "run" or "compare"
    id: str
    args: Any = None
    future: Future | None = field(default=None, repr=False)


class _Worker:
    """One worker process and the server's end of its pipe."""

    def __init__(self, settings: Settings, number: int) -> None:
        self.settings = settings
        self.number = number
        self.process: Any = None
        self.conn: Any = None

    @property
    def alive(self) -> bool:
        return self.process is not None and self.process.is_alive()

    def ensure(self) -> None:
        if not self.alive:
            self.kill()
            self.start()

    def start(self) -> None:
        from tradewar.web.jobs import worker_main

        context = multiprocessing.get_context("spawn")
        self.conn, child = context.Pipe()
        self.process = context.Process(
            target=worker_main,
            args=(child, str(self.settings.home)),
            name=f"tradewar-worker-{self.number}",
            daemon=True,
        )
        self.process.start()
        child.close()

    def kill(self) -> None:
        if self.process is not None:
            if self.process.is_alive():
                self.process.kill()
            self.process.join(timeout=5)
        if self.conn is not None:
            self.conn.close()
        self.process = self.conn = None

    def stop(self) -> None:
        if self.alive:
            try:
                self.conn.send(None)
                self.process.join(timeout=5)
            except OSError:
                pass
        self.kill()


class RunManager:
    """Runs scenarios in worker processes and records what happens to them.

    Parameters
    ----------
    store : Store
        The database.
    settings : Settings
        ``workers``, ``run_timeout`` and the data folder.
    """

    def __init__(self, store: Store, settings: Settings) -> None:
        self.store = store
        self.settings = settings
        self._queue: queue.Queue[_Task | None] = queue.Queue()
        self._cancelled: set[str] = set()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._threads: list[threading.Thread] = []
        self._workers: list[_Worker] = []

    def start(self) -> list[str]:
        """Start the workers; fail the runs a killed server left running, resume queued ones.

        Returns
        -------
        list of str
            The ids of the queued runs resumed.
        """
        resumed = self.store.recover()
        for number in range(self.settings.workers):
            worker = _Worker(self.settings, number)
            self._workers.append(worker)
            thread = threading.Thread(
                target=self._serve, args=(worker,), name=f"tradewar-slot-{number}", daemon=True
            )
            self._threads.append(thread)
            thread.start()
        for run_id in resumed:
            self._queue.put(_Task("run", run_id))
        return resumed

    def stop(self, timeout: float = 10.0) -> None:
        """Stop: running runs fail (``interrupted``), queued ones stay queued for the next start.

        Parameters
        ----------
        timeout : float, default 10
            Seconds to wait for each worker thread.
        """
        self._stopping.set()
        for _ in self._threads:
            self._queue.put(None)
        for thread in self._threads:
            thread.join(timeout=timeout)
        for worker in self._workers:
            worker.kill()

    def submit(self, run_id: str) -> None:
        """Queue a run (stored as queued already).

        Parameters
        ----------
        run_id : str
            Its id.
        """
        self._queue.put(_Task("run", run_id))

    def cancel(self, run_id: str) -> RunInfo | None:
        """Cancel a run: off the queue if queued, its worker killed if running.

        A finished run is left as it is.

        Parameters
        ----------
        run_id : str
            The run.

        Returns
        -------
        RunInfo or None
            The run as it is now (None if there is none with that id).
        """
        with self._lock:
            run = self.store.move_run(run_id, "cancel")
            if run is not None:
                self._cancelled.add(run_id)
        return run if run is not None else self.store.get(RunInfo, run_id)

    def compare(self, first: dict[str, Any], second: dict[str, Any], timeout: float) -> dict:
        """Compare two runs' scenarios in a worker (and wait for it).

        Parameters
        ----------
        first, second : dict
            The runs' requests.
        timeout : float
            Seconds to wait.

        Returns
        -------
        dict
            The comparison (:func:`tradewar.web.jobs.compare_job`).

        Raises
        ------
        JobError
            If it could not be made.
        TimeoutError
            If it took longer than ``timeout``.
        """
        future: Future = Future()
        self._queue.put(_Task("compare", uuid.uuid4().hex, (first, second), future))
        return future.result(timeout=timeout)

    @property
    def workers_alive(self) -> int:
        """How many worker processes are running."""
        return sum(w.alive for w in self._workers)

    # -- the threads ---------------------------------------------------------------------

    def _serve(self, worker: _Worker) -> None:
        try:
            worker.start()
        except Exception:  # pragma: no cover - a broken installation
            log.exception("a worker process could not be started")
        while not self._stopping.is_set():
            task = self._queue.get()
            if task is None or self._stopping.is_set():
                if task is not None and task.future is not None:
                    task.future.set_exception(JobError({"title": "the server is stopping"}))
                break
            try:
                if task.kind == "run":
                    self._run(worker, task)
                else:
                    self._compare(worker, task)
            except Exception:
                log.exception("task %s failed in the server", task.id)
                error = {"title": "internal error", "detail": "see the server's log"}
                if task.kind == "run":
                    self.store.move_run(task.id, "fail", error=error)
                elif task.future is not None and not task.future.done():
                    task.future.set_exception(JobError(error))
            if not self._stopping.is_set():
                worker.ensure()  # a killed worker is warm again for the next task
        worker.stop()

    def _was_cancelled(self, run_id: str) -> bool:
        with self._lock:
            if run_id in self._cancelled:
                self._cancelled.discard(run_id)
                return True
            return False

    def _exchange(self, worker: _Worker, task: _Task, on_progress) -> tuple[str, Any]:
        """Send a task and wait for its end: ``(outcome, value)``.

        ``outcome`` is ``done``, ``error`` (value: the error), ``cancelled``,
        ``timeout``, ``died`` (value: the exit code) or ``stopping``.
        """
        worker.ensure()
        worker.conn.send((task.kind, task.id, task.args))
        deadline = time.monotonic() + self.settings.run_timeout
        while True:
            if task.kind == "run" and self._was_cancelled(task.id):
                worker.kill()
                return "cancelled", None
            if self._stopping.is_set():
                worker.kill()
                return "stopping", None
            if time.monotonic() > deadline:
                worker.kill()
                return "timeout", None
            try:
                ready = worker.conn.poll(0.1)
                message = worker.conn.recv() if ready else None
            except (EOFError, OSError):
                code = worker.process.exitcode if worker.process is not None else None
                worker.kill()
                return "died", code
            if message is None:
                if not worker.alive:
                    code = worker.process.exitcode if worker.process is not None else None
                    worker.kill()
                    return "died", code
                continue
            kind, task_id = message[0], message[1]
            if task_id != task.id:  # pragma: no cover - a late message of a killed task
                continue
            if kind == "progress":
                on_progress(message[2], message[3])
            elif kind == "done":
                return "done", message[2]
            else:
                return "error", message[2]

    def _failure(self, task: _Task, outcome: str, value: Any) -> tuple[dict[str, Any], str]:
        """Why a task ended without its result: the error to record and the stage to show."""
        what = "run" if task.kind == "run" else "comparison"
        if outcome == "error":
            if "traceback" in value:
                log.error("%s %s failed:\n%s", what, task.id, value.pop("traceback"))
            return value, "failed"
        if outcome == "timeout":
            detail = f"the {what} took longer than {self.settings.run_timeout:g} s"
            return {"title": "timed out", "detail": detail}, "timed out"
        if outcome == "died":
            detail = f"the worker process running it ended (exit code {value})"
            return {"title": "the worker stopped", "detail": detail}, "failed"
        return dict(INTERRUPTED), "interrupted"  # the server is stopping

    def _run(self, worker: _Worker, task: _Task) -> None:
        run = self.store.move_run(task.id, "start")
        if run is None:  # cancelled while queued
            self._was_cancelled(task.id)
            return
        task.args = run.request
        last = [0.0]

        def progress(stage: str, fraction: float) -> None:
            now = time.monotonic()
            if now - last[0] >= PROGRESS_EVERY:
                last[0] = now
                self.store.move_run(task.id, "progress", stage=stage, progress=fraction)

        outcome, value = self._exchange(worker, task, progress)
        if outcome == "done":
            files, seconds = value
            self.store.finish_run(task.id, files, seconds)
        elif outcome != "cancelled":
            error, stage = self._failure(task, outcome, value)
            self.store.move_run(task.id, "fail", error=error, stage=stage)

    def _compare(self, worker: _Worker, task: _Task) -> None:
        assert task.future is not None
        outcome, value = self._exchange(worker, task, lambda stage, fraction: None)
        if task.future.done():  # the caller gave up waiting
            return
        if outcome == "done":
            task.future.set_result(value)
        else:
            task.future.set_exception(JobError(self._failure(task, outcome, value)[0]))
