"""What the API's routes share: settings, the database, the run manager, caches in memory."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from functools import partial
from typing import Generic, TypeVar

from tradewar.web.config import Settings
from tradewar.web.runs import RunManager
from tradewar.web.storage import RunInfo, Store, StoredFile

__all__ = ["AppState", "MemoryCache", "done_runs", "result_files"]

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class MemoryCache(Generic[K, V]):
    """Values that never change once made, kept in memory; the least recently used go first.

    Parameters
    ----------
    load : callable
        ``load(key)``: the value from the database, or None if there is none.
    keep : callable
        ``keep(value)``: whether a loaded value may be kept (a run only once it is done).
    weight : callable, optional
        ``weight(value)``: what it counts against ``budget`` (default 1 a value).
    budget : int, default 4096
        The most weight kept.
    """

    def __init__(
        self,
        load: Callable[[K], V | None],
        keep: Callable[[V], bool],
        weight: Callable[[V], int] = lambda value: 1,
        budget: int = 4096,
    ) -> None:
        self._load, self._keep, self._weight, self.budget = load, keep, weight, budget
        self._values: OrderedDict[K, V] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()

    def get(self, key: K, *, load: bool = True) -> V | None:
        """The value, from memory or else loaded (and kept if ``keep`` allows).

        Parameters
        ----------
        key : hashable
            Its key.
        load : bool, default True
            Load a value not in memory; False answers from memory alone (no
            database access: for answers made without a thread).

        Returns
        -------
        object or None
            The value; None if there is none (or, with ``load=False``, none in memory).
        """
        with self._lock:
            found = self._values.get(key)
            if found is not None:
                self._values.move_to_end(key)
        if found is not None or not load:
            return found
        found = self._load(key)
        if found is None or not self._keep(found):
            return found
        with self._lock:
            if key not in self._values:
                self._values[key] = found
                self._size += self._weight(found)
            while self._size > self.budget:
                _, dropped = self._values.popitem(last=False)
                self._size -= self._weight(dropped)
        return found


def result_files(store: Store, budget: int = 64 << 20) -> MemoryCache[tuple[str, str], StoredFile]:
    """Files of results by ``(cache_key, name)``: ``budget`` compressed bytes at most.

    Parameters
    ----------
    store : Store
        Where the files are.
    budget : int, default 64 MiB
        The most bytes kept; a file larger than a quarter of it is not kept.

    Returns
    -------
    MemoryCache
        The cache.
    """
    return MemoryCache(
        partial(store.get, StoredFile),
        keep=lambda found: len(found.data) <= budget // 4,
        weight=lambda found: len(found.data),
        budget=budget,
    )


def done_runs(store: Store, size: int = 4096) -> MemoryCache[str, RunInfo]:
    """Runs by id, kept once they are done (a finished run never changes).

    Parameters
    ----------
    store : Store
        Where the runs are.
    size : int, default 4096
        The most runs kept.

    Returns
    -------
    MemoryCache
        The cache; ``get`` reads an unfinished run from the database every time.
    """
    return MemoryCache(
        partial(store.get, RunInfo), keep=lambda run: run.status == "done", budget=size
    )


@dataclass
class AppState:
    """The server's shared objects (``app.state.tw``).

    Parameters
    ----------
    settings : Settings
        The server's settings.
    store : Store
        The database.
    runs : RunManager
        The worker pool.
    files : MemoryCache
        Recently read files of results (:func:`result_files`).
    done : MemoryCache
        Finished runs (:func:`done_runs`).
    """

    settings: Settings
    store: Store
    runs: RunManager
    files: MemoryCache[tuple[str, str], StoredFile]
    done: MemoryCache[str, RunInfo]
