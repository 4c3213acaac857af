"""What the API's routes share: settings, the database, the run manager, a cache of files."""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass

from tradewar.web.config import Settings
from tradewar.web.runs import RunManager
from tradewar.web.storage import RunInfo, Store, StoredFile

__all__ = ["AppState", "DoneRuns", "FileCache"]


class FileCache:
    """The most recently read files of results, in memory (they never change).

    Parameters
    ----------
    store : Store
        Where the files are.
    max_bytes : int, default 64 MiB
        The most (compressed) bytes kept.
    """

    def __init__(self, store: Store, max_bytes: int = 64 << 20) -> None:
        self.store = store
        self.max_bytes = max_bytes
        self._files: OrderedDict[tuple[str, str], StoredFile] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()

    def peek(self, cache_key: str, name: str) -> StoredFile | None:
        """A file of a result if it is in memory (no database access).

        Parameters
        ----------
        cache_key : str
            The result's key.
        name : str
            The file's name.

        Returns
        -------
        StoredFile or None
            The file; None if it is not in memory.
        """
        with self._lock:
            return self._files.get((cache_key, name))

    def get(self, cache_key: str, name: str) -> StoredFile | None:
        """A file of a result, from memory or the database.

        Parameters
        ----------
        cache_key : str
            The result's key.
        name : str
            The file's name.

        Returns
        -------
        StoredFile or None
            The file; None if the result has none of that name.
        """
        key = (cache_key, name)
        with self._lock:
            found = self._files.get(key)
            if found is not None:
                self._files.move_to_end(key)
                return found
        found = self.store.file(cache_key, name)
        if found is None or len(found.data) > self.max_bytes // 4:
            return found
        with self._lock:
            if key not in self._files:
                self._files[key] = found
                self._size += len(found.data)
            while self._size > self.max_bytes:
                _, dropped = self._files.popitem(last=False)
                self._size -= len(dropped.data)
        return found


class DoneRuns:
    """Finished runs by id, in memory (a finished run never changes).

    Parameters
    ----------
    store : Store
        Where the runs are.
    size : int, default 4096
        The most runs kept.
    """

    def __init__(self, store: Store, size: int = 4096) -> None:
        self.store = store
        self.size = size
        self._runs: OrderedDict[str, RunInfo] = OrderedDict()
        self._lock = threading.Lock()

    def peek(self, run_id: str) -> RunInfo | None:
        """A finished run if it is in memory (no database access).

        Parameters
        ----------
        run_id : str
            Its id.

        Returns
        -------
        RunInfo or None
            The run; None if it is not in memory.
        """
        with self._lock:
            return self._runs.get(run_id)

    def get(self, run_id: str) -> RunInfo | None:
        """A run by id: from memory when it is done, else from the database.

        Parameters
        ----------
        run_id : str
            Its id.

        Returns
        -------
        RunInfo or None
            The run; None if there is none with that id.
        """
        with self._lock:
            found = self._runs.get(run_id)
        if found is not None:
            return found
        run = self.store.get_run(run_id)
        if run is not None and run.status == "done":
            with self._lock:
                self._runs[run_id] = run
                while len(self._runs) > self.size:
                    self._runs.popitem(last=False)
        return run


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
    files : FileCache
        Recently read files of results.
    done : DoneRuns
        Finished runs.
    """

    settings: Settings
    store: Store
    runs: RunManager
    files: FileCache
    done: DoneRuns
