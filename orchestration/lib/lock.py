"""One writer per warehouse: an exclusive `flock` on `<warehouse>.lock`, held for a whole run.

Why flock: the kernel drops it when the holder dies (even by SIGKILL), so a crashed run never leaves a stale
lock behind. The lock file itself is never deleted (deleting it would let two runs lock two different
inodes). It holds the holder's pid, only for the message the second run prints.

The lock is re-entrant inside one process: `pantau run` takes it before starting Dagster (to fail fast with a
clear message) and the run's warehouse resource takes it again for UI-launched runs.
"""

from __future__ import annotations

import fcntl
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_guard = threading.Lock()
_held: dict[Path, list[int]] = {}  # lock file -> [fd, depth]


class WarehouseBusy(RuntimeError):
    """Another process is building the same warehouse."""


def lock_path(warehouse: Path) -> Path:
    return warehouse.with_name(warehouse.name + ".lock")


def _holder_pid(fd: int) -> str:
    try:
        return os.pread(fd, 32, 0).decode().strip() or "unknown"
    except OSError:
        return "unknown"


def acquire(warehouse: Path) -> None:
    """Take the warehouse's lock or raise WarehouseBusy naming the holder's pid."""
    path = lock_path(Path(warehouse).resolve())
    with _guard:
        if path in _held:
            _held[path][1] += 1
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            pid = _holder_pid(fd)
            os.close(fd)
            raise WarehouseBusy(
                f"another pantau run is building {Path(warehouse).resolve()} (pid {pid})"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        _held[path] = [fd, 1]


def release(warehouse: Path) -> None:
    path = lock_path(Path(warehouse).resolve())
    with _guard:
        entry = _held.get(path)
        if entry is None:
            return
        entry[1] -= 1
        if entry[1] == 0:
            del _held[path]
            os.close(entry[0])  # closing the only descriptor releases the flock


@contextmanager
def warehouse_lock(warehouse: Path) -> Iterator[None]:
    acquire(warehouse)
    try:
        yield
    finally:
        release(warehouse)


def is_locked(warehouse: Path) -> bool:
    """Whether some run holds the lock right now (a probe: takes and drops a shared lock, never waits)."""
    path = lock_path(Path(warehouse).resolve())
    with _guard:
        if path in _held:
            return True
    if not path.exists():
        return False
    fd = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False
