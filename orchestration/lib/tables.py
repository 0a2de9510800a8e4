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


def update_from_parts(
    con: duckdb.DuckDBPyConnection,
    table: str,
    files: list[str],
    *,
    exclude: list[str] | None = None,
    order_by: str | None = None,
    key: str = "article_id",
) -> tuple[int, int] | None:
    """Make `table` hold the rows of the Parquet set `files` (as `create_from_parts` would, but for the rows'
    physical order) by replacing only the rows of the `key` values whose rows changed: per key, the count and
    the sum of the rows' hashes (every column) of the set and of the table are compared, the table's rows of
    the keys that differ are deleted and the set's rows of those keys inserted (sorted by `order_by`); the
    other rows are not touched. Returns (rows deleted, rows inserted), or None when the table was created whole
    instead: it did not exist, its columns or their types differ from the set's, or a row has no key.

    Reading the set and the table to hash them costs little beside writing them: at 10,000 articles hashing
    `raw.articles` from its Parquet set takes 0.06 CPU s; writing the table whole costs several times that,
    plus DuckDB's checkpoint of the written blocks."""
    if not files:
        raise FileNotFoundError(f"no Parquet parts for {table}: its stage has not been materialised")
    columns = f"* exclude ({', '.join(exclude)})" if exclude else "*"
    source = f"(select {columns} from read_parquet($files, union_by_name = true, hive_partitioning = false))"
    params = {"files": files}
    schema, name = table.split(".")
    existing = con.execute(
        "select column_name, data_type from information_schema.columns "
        "where table_schema = $schema and table_name = $name order by ordinal_position",
        {"schema": schema, "name": name},
    ).fetchall()
    wanted = [(r[0], r[1]) for r in con.execute(f"describe select * from {source}", params).fetchall()]
    if not existing or existing != wanted or key not in dict(wanted):
        create_from_parts(con, table, files, exclude=exclude, order_by=order_by)
        return None
    digest = f"select {key} as k, count(*) as n, sum(hash(pantau_row_)::hugeint) as h from {{}} as pantau_row_ group by all"
    con.execute(
        f"create or replace temp table _pantau_changed as "
        f"select coalesce(new.k, old.k) as k, new.k is null and old.k is null as no_key "
        f"from ({digest.format(source)}) as new full join ({digest.format(table)}) as old on new.k = old.k "
        f"where new.n is distinct from old.n or new.h is distinct from old.h",
        params,
    )
    try:
        changed, no_key = con.execute("select count(*), bool_or(no_key) from _pantau_changed").fetchone()
        if no_key:
            create_from_parts(con, table, files, exclude=exclude, order_by=order_by)
            return None
        if not changed:
            return (0, 0)
        (deleted,) = con.execute(
            f"delete from {table} where {key} in (select k from _pantau_changed)"
        ).fetchone()
        order = f" order by {order_by}" if order_by else ""
        (inserted,) = con.execute(
            f"insert into {table} select * from {source} where {key} in (select k from _pantau_changed){order}",
            params,
        ).fetchone()
        return (deleted, inserted)
    finally:
        con.execute("drop table if exists _pantau_changed")


def mart_row_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rows per marts table (every mart of dbt's manifest), in one place for the publish step's metadata and the
    run summary of `pantau run`."""
    from expectations.suites import mart_tables  # Great Expectations is slow to import; workers never need it

    return {t: con.execute(f"select count(*) from marts.{t}").fetchone()[0] for t in mart_tables()}
