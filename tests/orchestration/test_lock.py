"""The warehouse lock: one writer at a time, a clear message, nothing stale after a SIGKILL."""

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from orchestration.lib import lock

ROOT = Path(__file__).resolve().parents[2]
HOLD = "import sys, time; from orchestration.lib import lock; lock.acquire(sys.argv[1]); print('held', flush=True); time.sleep(120)"
TRY = "import sys; from orchestration.lib import lock\ntry:\n    lock.acquire(sys.argv[1])\nexcept lock.WarehouseBusy as e:\n    print(e); sys.exit(3)"


def _try_in_other_process(warehouse: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", TRY, str(warehouse)], cwd=ROOT, capture_output=True, text=True, timeout=60
    )


def test_second_holder_gets_the_message_and_sigkill_frees_the_lock(tmp_path: Path) -> None:
    warehouse = tmp_path / "w.duckdb"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(warehouse)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        assert lock.is_locked(warehouse)
        with pytest.raises(
            lock.WarehouseBusy, match=rf"another pantau run is building {warehouse} \(pid {holder.pid}\)"
        ):
            lock.acquire(warehouse)
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    assert not lock.is_locked(warehouse)
    with lock.warehouse_lock(warehouse):
        assert lock.lock_path(warehouse).read_text().strip() == str(__import__("os").getpid())


def test_lock_is_reentrant_in_one_process(tmp_path: Path) -> None:
    """`pantau run` holds it and the run's resource takes it again: the run must not lock itself out."""
    warehouse = tmp_path / "w.duckdb"
    lock.acquire(warehouse)
    lock.acquire(warehouse)
    lock.release(warehouse)
    busy = _try_in_other_process(warehouse)
    assert busy.returncode == 3 and "another pantau run is building" in busy.stdout
    lock.release(warehouse)
    assert _try_in_other_process(warehouse).returncode == 0


def _error_messages(events: list) -> list[str]:
    """Every error message of the run's failure events, causes included."""
    out = []
    for event in events:
        error = getattr(event.event_specific_data, "error", None)
        while error is not None:
            out.append(error.message)
            error = error.cause
    return out


def test_runs_not_started_by_the_cli_take_the_lock_too(tmp_path: Path) -> None:
    """UI, schedule and sensor runs: the warehouse resource holds the lock for the run and frees it after."""
    from dagster import DagsterInstance, materialize

    from orchestration.defs.ingest.assets import raw_parts
    from orchestration.defs.resources import WarehouseResource

    warehouse = tmp_path / "w.duckdb"
    resource = WarehouseResource(articles_dir=str(ROOT / "seeds" / "articles"), warehouse_path=str(warehouse))
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(warehouse)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        with DagsterInstance.ephemeral() as instance:
            blocked = materialize(
                [raw_parts], resources={"warehouse": resource}, instance=instance, raise_on_error=False
            )
        assert not blocked.success and not warehouse.with_name("w.duckdb.parts").exists()
        messages = " ".join(_error_messages(blocked.all_events))
        assert f"another pantau run is building {warehouse} (pid {holder.pid})" in messages
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    with DagsterInstance.ephemeral() as instance:
        assert materialize([raw_parts], resources={"warehouse": resource}, instance=instance).success
    assert _try_in_other_process(warehouse).returncode == 0  # released when the run ended
