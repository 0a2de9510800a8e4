"""WarehouseResource.publish: the swap uses the run's open connection and never publishes a half-written build."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from orchestration.defs.resources import WarehouseResource


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
