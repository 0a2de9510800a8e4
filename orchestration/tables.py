"""Frames in and out of DuckDB in batches, so a stage's memory depends on the batch, not on the corpus.

Kept apart from the Dagster resources: the worker processes import the extraction cache, which uses these, and
should not pay for importing Dagster.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

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


def write_part(frame: pl.DataFrame, directory: Path) -> Path:
    """`frame` as a new Parquet file in `directory` (one part of a table that `create_from_parts` loads whole).
    Names are unique, so processes can write parts of one table side by side."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{uuid.uuid4().hex}.parquet"
    storable(frame).write_parquet(path)
    return path


def create_from_parts(con: duckdb.DuckDBPyConnection, table: str, directory: Path) -> None:
    """Create `table` from every Parquet part `write_part` wrote into `directory`, in one load. The files are
    passed by name, not as a glob in the SQL text: a quote or `[` in the warehouse's path stays a character."""
    files = sorted(str(path) for path in directory.glob("*.parquet"))
    con.execute(f"create or replace table {table} as select * from read_parquet($files, union_by_name = true)",
                {"files": files})
