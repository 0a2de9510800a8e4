"""WarehouseResource.publish: the swap uses the run's open connection and never publishes a half-written build."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from orchestration.defs.resources import WarehouseResource, wal_path


def _rows(path: Path) -> list[tuple[int]]:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute("select i from t order by i").fetchall()


def _warehouse_with_one_row(tmp_path: Path) -> WarehouseResource:
    warehouse = WarehouseResource(warehouse_path=str(tmp_path / "warehouse.duckdb"))
    warehouse.start_build()
    with warehouse.connect() as con:
        con.execute("create table t (i integer)")
        con.execute("insert into t values (1)")
        warehouse.publish(con)
    return warehouse


def test_publish_moves_what_the_connection_wrote_into_the_warehouse(tmp_path: Path) -> None:
    """The rows still in the write-ahead log are in the renamed file, and no build or log file is left."""
    warehouse = _warehouse_with_one_row(tmp_path)
    assert _rows(warehouse.published) == [(1,)]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["warehouse.duckdb"]


def test_an_open_transaction_is_not_published(tmp_path: Path) -> None:
    """Uncommitted writes make the checkpoint fail before the rename: the previous warehouse stays as it was."""
    warehouse = _warehouse_with_one_row(tmp_path)
    warehouse.start_build()
    with warehouse.connect() as con:
        con.execute("begin")
        con.execute("insert into t values (2)")
        with pytest.raises(duckdb.TransactionException):
            warehouse.publish(con)
    assert _rows(warehouse.published) == [(1,)]
    assert warehouse.building.exists()


# A DuckDB client that writes and is killed before it checkpoints: its write-ahead log stays beside the file.
KILLED_WRITER = """
import duckdb, os, sys
con = duckdb.connect(sys.argv[1])
con.execute("set checkpoint_threshold = '1TB'")
con.execute("create table other (j integer)")
con.execute("insert into other values (7)")
os.kill(os.getpid(), 9)
"""


def _stale_wal_of_another_file(tmp_path: Path) -> Path:
    other = tmp_path / "other" / "x.duckdb"
    other.parent.mkdir()
    subprocess.run([sys.executable, "-c", KILLED_WRITER, str(other)], check=False, timeout=120)
    assert wal_path(other).exists()
    return wal_path(other)


def test_a_stale_write_ahead_log_never_makes_the_published_warehouse_unreadable(tmp_path: Path) -> None:
    """A killed read-write client left `warehouse.duckdb.wal` beside the published file (here: one that does not
    match it). The old publish renamed the build over the file and kept the log, and DuckDB then refused to open
    the new warehouse ("WAL does not match database file"); the next run's start_build crashed on it too, so every
    daily run failed from then on. Now the run rebuilds from the parts (warning) and the publish drops the log."""
    warehouse = _warehouse_with_one_row(tmp_path)
    shutil.move(_stale_wal_of_another_file(tmp_path), wal_path(warehouse.published))
    with pytest.raises(duckdb.IOException, match="WAL"):
        duckdb.connect(str(warehouse.published), read_only=True)

    warned: list[str] = []
    warehouse.start_build(warn=warned.append)
    assert len(warned) == 1 and "cannot be opened" in warned[0] and "parts store" in warned[0]
    with warehouse.connect() as con:
        con.execute("create table t (i integer)")
        con.execute("insert into t values (2)")
        warehouse.publish(con)
    assert _rows(warehouse.published) == [(2,)]
    assert not wal_path(warehouse.published).exists()


def test_publish_drops_a_stale_log_of_the_replaced_file(tmp_path: Path) -> None:
    """The log appears after the build started (a client killed during the run): the publish alone must drop it."""
    warehouse = _warehouse_with_one_row(tmp_path)
    warehouse.start_build()
    with warehouse.connect() as con:
        con.execute("insert into t values (3)")
        shutil.move(_stale_wal_of_another_file(tmp_path), wal_path(warehouse.published))
        warehouse.publish(con)
    assert _rows(warehouse.published) == [(1,), (3,)]


def test_a_damaged_published_warehouse_is_rebuilt_not_a_crash(tmp_path: Path) -> None:
    """A published file cut short or overwritten outside pantau: the next run builds a new one and replaces it."""
    warehouse = _warehouse_with_one_row(tmp_path)
    warehouse.published.write_bytes(warehouse.published.read_bytes()[:3000])
    warned: list[str] = []
    warehouse.start_build(warn=warned.append)
    assert warned and str(warehouse.published) in warned[0]
    with warehouse.connect() as con:
        assert con.execute("select count(*) from duckdb_tables()").fetchone() == (0,)
