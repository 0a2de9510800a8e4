"""Frames to Parquet with one schema per table, and Parquet sets into DuckDB in one statement.

Kept apart from the Dagster resources: the worker processes import the parts store, which uses these, and should
not pay for importing Dagster.
"""

from __future__ import annotations

import duckdb
import polars as pl


def storable(frame: pl.DataFrame) -> pl.DataFrame:
    """`frame` with the columns Polars could not type (all null in this batch) as VARCHAR, so that every batch of a
    table has one schema."""
    return frame.with_columns([pl.col(c).cast(pl.String) for c, t in frame.schema.items() if t == pl.Null])


def create_from_parts(
    con: duckdb.DuckDBPyConnection,
    table: str,
    files: list[str],
    *,
    exclude: list[str] | None = None,
    order_by: str | None = None,
) -> None:
    """Create `table` from a set of Parquet files (orchestration/lib/parts.py) in one load, without the `exclude`
    columns, sorted by `order_by` (the set's row order depends on which shards were rebuilt when). The files are
    passed by name, not as a glob in the SQL text: a quote or `[` in the warehouse's path stays a character."""
    if not files:
        raise FileNotFoundError(f"no Parquet parts for {table}: its stage has not been materialised")
    columns = f"* exclude ({', '.join(exclude)})" if exclude else "*"
    order = f" order by {order_by}" if order_by else ""
    con.execute(
        f"create or replace table {table} as select {columns} "
        f"from read_parquet($files, union_by_name = true, hive_partitioning = false){order}",
        {"files": files},
    )


def mart_row_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rows per marts table (every mart of dbt's manifest), in one place for the publish step's metadata and the
    run summary of `pantau run`."""
    from expectations.suites import mart_tables  # Great Expectations is slow to import; workers never need it

    return {t: con.execute(f"select count(*) from marts.{t}").fetchone()[0] for t in mart_tables()}
