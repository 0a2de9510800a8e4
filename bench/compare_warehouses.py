"""Compare two pantau warehouses table by table: the proof that a refactor changed no table.

    .venv/bin/python bench/compare_warehouses.py before.duckdb after.duckdb [--schema raw --schema marts ...]

For every table and view of the schemas (default: raw, clean, extracted, reference, staging, intermediate, marts,
quarantine) both files must have it, with the same columns in the same order and of the same types, and the same
rows as a multiset (EXCEPT ALL both ways, NULLs equal). Timestamp columns named `*_at` (ingested_at,
detected_at...) say when a run happened, not what it found: they are left out of the row comparison and listed.
Prints one line per table and exits 1 if any table differs.

Each file is read through its own read-only connection (dbt's views name their own catalog, so they resolve only
there) and its tables are copied to Parquet, which keeps DuckDB's types; the rows are compared on those copies.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import duckdb

SCHEMAS = ["raw", "clean", "extracted", "reference", "staging", "intermediate", "marts", "quarantine"]
TIMESTAMP_TYPES = ("TIMESTAMP", "TIMESTAMP WITH TIME ZONE", "TIMESTAMP_NS", "TIMESTAMP_MS", "TIMESTAMP_S")


@dataclass
class Table:
    """One table (or view) of one warehouse: its columns with types, its row count, its rows as Parquet."""

    columns: list[tuple[str, str]]
    rows: int
    parquet: Path


def is_run_time(name: str, dtype: str) -> bool:
    """A column that records when a run did something (its value differs between two runs of the same input)."""
    return name.endswith("_at") and dtype.upper().startswith(TIMESTAMP_TYPES)


def snapshot(path: Path, schemas: list[str], out: Path) -> dict[tuple[str, str], Table]:
    """Every table and view of `schemas` in the warehouse `path`, copied under `out`."""
    tables: dict[tuple[str, str], Table] = {}
    with duckdb.connect(str(path), read_only=True) as con:
        names = con.execute(
            "select table_schema, table_name from information_schema.tables "
            "where table_catalog = current_database() and table_schema in (select unnest($schemas)) "
            "order by 1, 2",
            {"schemas": schemas},
        ).fetchall()
        for schema, table in names:
            columns = con.execute(
                "select column_name, data_type from information_schema.columns "
                "where table_catalog = current_database() and table_schema = $s and table_name = $t "
                "order by ordinal_position",
                {"s": schema, "t": table},
            ).fetchall()
            parquet = out / f"{schema}.{table}.parquet"
            con.execute(f'copy (select * from "{schema}"."{table}") to \'{parquet}\' (format parquet)')
            rows = con.execute(f'select count(*) from "{schema}"."{table}"').fetchone()[0]
            tables[(schema, table)] = Table(columns, rows, parquet)
    return tables


def compare(a: Table, b: Table) -> tuple[bool, str]:
    """(equal, what differs or what was compared)."""
    if a.columns != b.columns:
        only_a = [c for c in a.columns if c not in b.columns]
        only_b = [c for c in b.columns if c not in a.columns]
        return False, f"columns differ: only before {only_a}, only after {only_b}"
    kept = [f'"{name}"' for name, dtype in a.columns if not is_run_time(name, dtype)]
    ignored = [name for name, dtype in a.columns if is_run_time(name, dtype)]
    note = f" (ignored: {', '.join(ignored)})" if ignored else ""
    if a.rows != b.rows:
        return False, f"rows differ: {a.rows} before, {b.rows} after{note}"
    if not kept:
        return True, f"{a.rows} rows, no comparable columns{note}"
    cols = ", ".join(kept)
    with duckdb.connect() as con:
        missing, extra = (
            con.execute(
                f"select count(*) from (select {cols} from read_parquet($x) "
                f"except all select {cols} from read_parquet($y))",
                {"x": str(x.parquet), "y": str(y.parquet)},
            ).fetchone()[0]
            for x, y in ((a, b), (b, a))
        )
    if missing or extra:
        return False, f"{missing} rows only before, {extra} only after (of {a.rows}){note}"
    return True, f"{a.rows} rows, {len(a.columns)} columns{note}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument(
        "--schema", action="append", help=f"schema to compare (default: {', '.join(SCHEMAS)})"
    )
    args = parser.parse_args(argv)
    schemas = args.schema or SCHEMAS
    with tempfile.TemporaryDirectory(prefix="compare_warehouses_") as tmp:
        (Path(tmp) / "a").mkdir()
        (Path(tmp) / "b").mkdir()
        before = snapshot(args.before, schemas, Path(tmp) / "a")
        after = snapshot(args.after, schemas, Path(tmp) / "b")
        different = 0
        for key in sorted(before.keys() | after.keys()):
            name = ".".join(key)
            if key not in after or key not in before:
                different += 1
                print(f"different  {name}: only in {'before' if key in before else 'after'}")
                continue
            equal, detail = compare(before[key], after[key])
            different += not equal
            print(f"{'equal     ' if equal else 'different '} {name}: {detail}")
    print(
        f"{len(before.keys() | after.keys()) - different} equal, {different} different ({args.before} vs {args.after})"
    )
    return 1 if different else 0


if __name__ == "__main__":
    sys.exit(main())
