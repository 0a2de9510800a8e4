"""Run progress: the assets say which stage they are in and how many items are done; whoever runs the job
may listen. `pantau run` executes the job in its own process, so a process-wide listener is enough; runs
launched from the UI have none and only log.
"""

from __future__ import annotations

from typing import Protocol


class ProgressListener(Protocol):
    def stage(self, name: str, total: int | None, unit: str) -> None: ...

    def advance(self, amount: int) -> None: ...

    def close(self) -> None: ...


_listener: ProgressListener | None = None


def set_listener(listener: ProgressListener | None) -> None:
    global _listener
    _listener = listener


def stage(name: str, total: int | None = None, unit: str = "items") -> None:
    """A new stage starts (`total` items of `unit`, or None when unknown)."""
    if _listener is not None:
        _listener.stage(name, total, unit)


def advance(amount: int = 1) -> None:
    if _listener is not None:
        _listener.advance(amount)
