"""Frames in and out of DuckDB in batches, so a stage's memory depends on the batch, not on the corpus.

Kept apart from the Dagster resources: the worker processes import the extraction cache, which uses these, and
should not pay for importing Dagster.
"""

from __future__ import annotations

from collections.abc import Iterator

import duckdb
import polars as pl


def read_batches(con: duckdb.DuckDBPyConnection, table: str, rows: int) -> Iterator[pl.DataFrame]:
    """`table` in insertion order, `rows` rows at a time (rowid ranges: each read touches only its row groups).
    Fully read per batch, so the same connection can write between two batches."""
    total = con.execute(f"select count(*) from {table}").fetchall()[0][0]
    for start in range(0, max(total, 1), rows):
        arrow = con.sql(f"select * from {table} where rowid >= $lo and rowid < $hi order by rowid",
                        params={"lo": start, "hi": start + rows}).to_arrow_table()
        yield pl.from_arrow(arrow)  # type: ignore[misc]


def storable(frame: pl.DataFrame) -> pl.DataFrame:
    """`frame` with the columns Polars could not type (all null in this batch) as VARCHAR, so that every batch of a
    table has one schema."""
    return frame.with_columns([pl.col(c).cast(pl.String) for c, t in frame.schema.items() if t == pl.Null])


def append_frame(con: duckdb.DuckDBPyConnection, table: str, frame: pl.DataFrame, *, create: bool) -> None:
    """Create `table` from `frame` (`create`) or append `frame` to it by column name."""
    con.register("_frame", storable(frame).to_arrow())
    try:
        if create:
            con.execute(f"create or replace table {table} as select * from _frame")
        else:
            con.execute(f"insert into {table} by name select * from _frame")
    finally:
        con.unregister("_frame")


def create_from_parts(con: duckdb.DuckDBPyConnection, table: str, files: list[str], *, exclude: list[str] | None = None,
                      order_by: str | None = None) -> None:
    """Create `table` from a set of Parquet files (orchestration/parts.py) in one load, without the `exclude`
    columns, sorted by `order_by` (the set's row order depends on which shards were rebuilt when). The files are
    passed by name, not as a glob in the SQL text: a quote or `[` in the warehouse's path stays a character."""
    if not files:
        raise FileNotFoundError(f"no Parquet parts for {table}: its stage has not been materialised")
    columns = f"* exclude ({', '.join(exclude)})" if exclude else "*"
    order = f" order by {order_by}" if order_by else ""
    con.execute(f"create or replace table {table} as select {columns} "
                f"from read_parquet($files, union_by_name = true, hive_partitioning = false){order}", {"files": files})
