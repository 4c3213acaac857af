"""Writing files and folders all or nothing, and never over what the user owns.

A file (:func:`atomic_open`) or a results folder (:func:`atomic_folder`) is
written under a temporary name beside its target and put in place only when
complete, so that a run killed at any moment leaves the complete old or the
complete new version, never a mix and never nothing.

The rules that keep the user's files safe:

- A results folder is written where nothing exists yet, into an empty folder,
  or over a folder tradewar made: it holds the marker file ``.tradewar-results``,
  which lists the files tradewar wrote there.  Only those are replaced; every
  other file in it is kept.  Anything else is refused with :class:`OutputError`
  before anything is touched: a file, a symbolic link, a folder holding files
  tradewar did not write, the current folder or one that holds it, a folder
  holding a protected file (the scenario).
- A file is written only over a regular file (never a folder or a symbolic
  link), and only over one tradewar made where the caller says how to tell.
- Writers fill their temporaries in parallel and take turns only to check
  the target, clean up and swap (an OS lock on the parent folder, which the
  system drops when its holder dies), so concurrent runs into one target end
  with one complete result.  A temporary (``.NAME.tradewar-tmp-*``) is
  locked by its writer while written; the next writer removes those whose
  writer was killed.
- New files and folders get the permissions of the user's umask; a replaced
  one keeps its permissions.

A folder is replaced by swapping it with the complete new one in one step
(``renameat2(RENAME_EXCHANGE)`` on Linux, ``renamex_np(RENAME_SWAP)`` on macOS).
Where the system cannot swap, the old folder is renamed aside
(``.NAME.tradewar-old``) and the new one moved in; if a run is killed between
the two renames, the next writer puts the old one back.
"""

from __future__ import annotations

import ctypes
import errno
import json
import os
import secrets
import shutil
import stat
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

from tradewar.errors import TradewarError

__all__ = [
    "MARKER",
    "OutputError",
    "atomic_folder",
    "atomic_open",
    "check_output_file",
    "check_output_folder",
]

#: The file that marks a folder as tradewar's and lists the files tradewar wrote in it.
MARKER = ".tradewar-results"
_TMP = ".tradewar-tmp-"
_OLD = ".tradewar-old"
_LOCK_FILE = ".tradewar.lock"
_MARKER_NOTE = (
    "tradewar wrote this folder. A later run into it replaces the files listed here "
    "and keeps every other file."
)


class OutputError(TradewarError, ValueError):
    """An output path that tradewar refuses to write (it would destroy the user's files)."""


# -- checks --------------------------------------------------------------------------------


def _target(out: str | Path) -> Path:
    """``out`` as an absolute path; refuse names that are no folder of their own."""
    path = Path(out)
    if path.name in ("", ".", ".."):
        raise OutputError(
            f"{out}: names a folder by '.' or '..'; give the results a folder of their own "
            "(tradewar will not write over the folder you are in or its parents)"
        )
    return Path(os.path.abspath(path))


def _contains(folder: Path, path: Path) -> bool:
    """Whether ``path`` is ``folder`` or lies inside it (both resolved)."""
    return folder == path or folder in path.parents


def check_output_folder(out: str | Path, *, protect: Iterable[str | Path] = ()) -> Path:
    """Refuse a results folder that would destroy the user's files; return it, absolute.

    Allowed: a path where nothing exists, an empty folder, a folder tradewar
    made (holding :data:`MARKER`).  Refused: a file, a symbolic link, a folder
    holding other files, the current folder or one holding it, a folder
    holding a file of ``protect``.

    Parameters
    ----------
    out : str or Path
        The results folder.
    protect : iterable of str or Path, optional
        Files that must not lie in the folder (the scenario being run).

    Returns
    -------
    Path
        ``out``, absolute.

    Raises
    ------
    OutputError
        Naming ``out`` and why it is refused.
    """
    path = _target(out)
    real = path.parent.resolve() / path.name
    if _contains(real, Path.cwd().resolve()):
        raise OutputError(
            f"{out}: is the current folder or holds it; write the results to a new folder"
        )
    for item in protect:
        if _contains(real, Path(item).resolve()):
            raise OutputError(f"{out}: holds {item}; write the results to a new folder")
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return path
    if stat.S_ISLNK(info.st_mode):
        raise OutputError(
            f"{out}: is a symbolic link; tradewar writes results only to a real folder"
        )
    if not stat.S_ISDIR(info.st_mode):
        raise OutputError(f"{out}: is a file, not a folder; write the results to a new folder")
    names = sorted(os.listdir(path))
    if MARKER in names:
        _manifest(path)
    elif names:
        shown = ", ".join(names[:3]) + (", ..." if len(names) > 3 else "")
        raise OutputError(
            f"{out}: holds files tradewar did not write ({shown}); write the results to a "
            "new or empty folder"
        )
    return path


def check_output_file(
    path: str | Path, *, replace_if: Callable[[Path], bool] | None = None
) -> Path:
    """Refuse a file target that is a folder, a link or (with ``replace_if``) the user's file.

    Parameters
    ----------
    path : str or Path
        The file to write.
    replace_if : callable, optional
        Told an existing regular file, says whether tradewar made it and may
        replace it; by default any regular file may be replaced.

    Returns
    -------
    Path
        ``path``, absolute.

    Raises
    ------
    OutputError
        Naming ``path`` and why it is refused.
    """
    target = Path(os.path.abspath(path))
    if Path(path).name in ("", ".", ".."):
        raise OutputError(f"{path}: is a folder, not a file")
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        return target
    if stat.S_ISLNK(info.st_mode):
        raise OutputError(f"{path}: is a symbolic link; tradewar writes only to a real file")
    if not stat.S_ISREG(info.st_mode):
        raise OutputError(f"{path}: is a folder or a special file, not a file")
    if replace_if is not None and not replace_if(target):
        raise OutputError(f"{path}: exists and tradewar did not write it; write to a new file")
    return target


def _manifest(folder: Path) -> set[str]:
    """The names listed in ``folder``'s marker; OutputError if it is not tradewar's."""
    marker = folder / MARKER
    try:
        if not stat.S_ISREG(os.lstat(marker).st_mode):
            raise ValueError("not a file")
        doc = json.loads(marker.read_text(encoding="utf-8"))
        names = doc["files"]
        if doc.get("generator") != "tradewar" or not isinstance(names, list):
            raise ValueError("not tradewar's")
        if not all(isinstance(n, str) and _plain_name(n) and n != MARKER for n in names):
            raise ValueError("bad file names")
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise OutputError(
            f"{marker}: unreadable ({exc}); tradewar does not know which files there are "
            "its own and will not write into the folder"
        ) from None
    return set(names)


def _plain_name(name: str) -> bool:
    return name not in ("", ".", "..") and "/" not in name and os.sep not in name


# -- locks, names, swaps -------------------------------------------------------------------


class _FolderLock:
    """An exclusive lock on a folder: ``flock`` on the folder itself, else on a lock file in it.

    The system drops it when its holder dies, so a killed writer never blocks
    the next one.  Held only to check a target, clean up and swap (short).
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.fd: int | None = None

    def acquire(self) -> None:
        if self.fd is not None:
            return
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows: a byte lock on a lock file
            self.fd = _lock_windows(self.folder / _LOCK_FILE)
            return
        fd = os.open(self.folder, os.O_RDONLY)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError:  # file systems that lock only files open for writing (NFS)
            os.close(fd)
            fd = os.open(self.folder / _LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o666)
            fcntl.lockf(fd, fcntl.LOCK_EX)
        self.fd = fd

    def release(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None

    def __enter__(self) -> _FolderLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _lock_windows(path: Path) -> int:  # pragma: no cover - Windows only
    import msvcrt

    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    while True:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
            return fd
        except OSError:
            time.sleep(0.05)


_PROBE = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)


def _claim(path: Path) -> int | None:
    """Mark a new temporary file or folder as being written (a lock held until closed).

    None where the system cannot lock it; the writer then holds the folder lock
    throughout, so that no one takes its temporary for a leftover.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        return None
    fd = os.open(path, _PROBE)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return None
    return fd


def _is_live(path: Path) -> bool:
    """Whether a temporary file or folder is claimed by a running writer."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: writers hold the folder lock
        return False
    try:
        fd = os.open(path, _PROBE)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:
        return False
    finally:
        os.close(fd)
    return False


def _remove_leftovers(path: Path, mine: Path) -> None:
    """Remove temporaries of ``path`` that no running writer claims (killed writers')."""
    for name in os.listdir(path.parent):
        stale = path.parent / name
        if _is_temp_of(name, path) and stale != mine and not _is_live(stale):
            if os.path.isdir(stale) and os.path.lexists(stale / MARKER) and os.path.isdir(path):
                _rescue(stale, path)
            _remove(stale)


def _temp_name(path: Path) -> Path:
    return path.with_name(f".{path.name}{_TMP}{secrets.token_hex(4)}")


def _is_temp_of(name: str, path: Path) -> bool:
    return name.startswith(f".{path.name}{_TMP}")


@lru_cache(maxsize=1)
def _swap_call() -> tuple[Callable[..., int], bool] | None:
    """The C library's swap of two paths (``renameat2``, macOS ``renamex_np``), or None."""
    if os.name != "posix":
        return None
    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:  # pragma: no cover
        return None
    linux = getattr(libc, "renameat2", None)
    if linux is not None:
        linux.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p]
        linux.argtypes += [ctypes.c_uint]
        linux.restype = ctypes.c_int
        return linux, True
    mac = getattr(libc, "renamex_np", None)
    if mac is not None:  # pragma: no cover - macOS
        mac.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_uint]
        mac.restype = ctypes.c_int
        return mac, False
    return None  # pragma: no cover


def _exchange(a: Path, b: Path) -> bool:
    """Swap two existing paths in one step; False where the system cannot."""
    call = _swap_call()
    if call is None:
        return False
    fn, linux = call
    at_fdcwd, exchange, swap = -100, 2, 2
    if linux:
        rc = fn(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), exchange)
    else:  # pragma: no cover - macOS
        rc = fn(os.fsencode(a), os.fsencode(b), swap)
    if rc == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EXDEV):
        return False
    raise OSError(err, os.strerror(err), str(a), None, str(b))


def _remove(path: Path) -> None:
    if os.path.isdir(path) and not os.path.islink(path):
        shutil.rmtree(path)
    elif os.path.lexists(path):
        os.unlink(path)


# -- files ---------------------------------------------------------------------------------


@contextmanager
def atomic_open(
    path: str | Path,
    mode: str = "wb",
    *,
    replace_if: Callable[[Path], bool] | None = None,
    **kwargs: Any,
) -> Iterator[IO]:
    """Open a temporary file beside ``path``; on success move it into place, else delete it.

    The target is checked before and again when the file is put in place
    (:func:`check_output_file`); leftovers of killed writers of the same file
    are removed.  A new file gets the umask's permissions, a replaced one keeps
    its own.

    Parameters
    ----------
    path : str or Path
        The file to write; its folder is created if missing.
    mode : str, default "wb"
        The mode of :func:`open` (a writing mode).
    replace_if : callable, optional
        Says whether an existing file may be replaced (tradewar made it);
        by default any regular file may be.
    **kwargs
        Passed on to :func:`open` (``encoding``, ``newline`` ...).

    Yields
    ------
    IO
        The open temporary file.

    Raises
    ------
    OutputError
        If ``path`` is a folder, a symbolic link, or a file ``replace_if`` refuses.

    Examples
    --------
    >>> with atomic_open("out.html", "w", encoding="utf-8") as handle:  # doctest: +SKIP
    ...     handle.write(text)
    """
    target = check_output_file(path, replace_if=replace_if)
    target.parent.mkdir(parents=True, exist_ok=True)
    lock = _FolderLock(target.parent)
    with lock:
        tmp = _temp_name(target)
        fd = os.open(tmp, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o666)
        claim = _claim(tmp)
        try:
            if claim is not None:
                lock.release()  # written in parallel with other writers
            with open(fd, mode, **kwargs) as handle:
                yield handle
            lock.acquire()
            _remove_leftovers(target, tmp)
            check_output_file(path, replace_if=replace_if)
            if os.path.exists(target):
                os.chmod(tmp, stat.S_IMODE(os.stat(target).st_mode))
            os.replace(tmp, target)
        finally:
            if os.path.lexists(tmp):
                os.unlink(tmp)
            if claim is not None:
                os.close(claim)


# -- folders -------------------------------------------------------------------------------


@contextmanager
def atomic_folder(out: str | Path, *, protect: Iterable[str | Path] = ()) -> Iterator[Path]:
    """Yield an empty folder to write results into; on success it replaces ``out`` in one step.

    ``out`` is checked first (:func:`check_output_folder`).  On success the
    marker :data:`MARKER` is written listing the files written, the user's
    other files in an existing ``out`` are carried over (hard links), and the
    new folder is swapped in for the old one, which is then removed.  On
    failure the new folder is removed and ``out`` is untouched.

    Parameters
    ----------
    out : str or Path
        The results folder; its parent is created if missing.
    protect : iterable of str or Path, optional
        Files that must not lie in ``out`` (the scenario being run).

    Yields
    ------
    Path
        The new folder (a sibling of ``out``, hidden until complete).

    Raises
    ------
    OutputError
        If ``out`` is refused, or it holds a file of the user's with the name
        of one written.

    Examples
    --------
    >>> with atomic_folder("results") as folder:  # doctest: +SKIP
    ...     (folder / "table.csv").write_text(text)
    """
    protect = list(protect)
    path = check_output_folder(out, protect=protect)  # before anything is written
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = _FolderLock(path.parent)
    with lock:
        tmp = _temp_name(path)
        os.mkdir(tmp, 0o777)
        claim = _claim(tmp)
        try:
            if claim is not None:
                lock.release()  # written in parallel with other writers
            yield tmp
            lock.acquire()  # one writer at a time checks, cleans up and swaps
            _restore_aside(path)
            _remove_leftovers(path, tmp)
            check_output_folder(out, protect=protect)
            _commit(tmp, path, out)
        finally:
            if os.path.lexists(tmp):
                _remove(tmp)
            if claim is not None:
                os.close(claim)


def _commit(tmp: Path, path: Path, out: str | Path) -> None:
    """Mark ``tmp``, carry the user's files of ``path`` into it, and swap it in."""
    written = sorted(os.listdir(tmp))
    if MARKER in written:
        raise ValueError(f"{MARKER} is written by atomic_folder, not by its caller")
    exists = os.path.lexists(path)
    if exists:
        ours = _manifest(path) if os.path.lexists(path / MARKER) else set()
        theirs = [n for n in os.listdir(path) if n != MARKER and n not in ours]
        clash = sorted(set(theirs) & set(written))
        if clash:
            raise OutputError(
                f"{out}: {clash[0]} there was not written by tradewar and would be replaced; "
                "move it or write the results to a new folder"
            )
        for name in theirs:
            _carry(path / name, tmp / name)
        shutil.copymode(path, tmp)
    doc = {"generator": "tradewar", "note": _MARKER_NOTE, "files": written}
    (tmp / MARKER).write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")
    if not exists:
        os.rename(tmp, path)
        return
    if _exchange(tmp, path):
        old = tmp
    else:
        old = path.with_name(f".{path.name}{_OLD}")
        os.rename(path, old)
        try:
            os.rename(tmp, path)
        except OSError:
            os.rename(old, path)
            raise
    _rescue(old, path)
    _remove(old)


def _carry(source: Path, target: Path) -> None:
    """Put the user's file or folder ``source`` at ``target`` too (hard links, else copies)."""
    if os.path.islink(source):
        os.symlink(os.readlink(source), target)
    elif os.path.isdir(source):
        shutil.copytree(source, target, symlinks=True, copy_function=_link_or_copy)
    else:
        _link_or_copy(source, target)


def _link_or_copy(source: str | Path, target: str | Path) -> None:
    try:
        os.link(source, target, follow_symlinks=False)
    except OSError:
        shutil.copy2(source, target, follow_symlinks=False)


def _rescue(old: Path, path: Path) -> None:
    """Move into ``path`` the user's files that reached a replaced folder ``old`` late."""
    if not os.path.lexists(old / MARKER):
        ours: set[str] = set()
    else:
        try:
            ours = _manifest(old)
        except OutputError:
            return
    for name in os.listdir(old):
        if name != MARKER and name not in ours and not os.path.lexists(path / name):
            os.rename(old / name, path / name)


def _restore_aside(path: Path) -> None:
    """Put back an old folder a killed writer renamed aside (where the system cannot swap)."""
    old = path.with_name(f".{path.name}{_OLD}")
    if os.path.lexists(old):
        if not os.path.lexists(path):
            os.rename(old, path)
        else:
            _rescue(old, path)
            _remove(old)
