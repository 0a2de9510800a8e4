"""The incremental load (orchestration/lib/tables.update_from_parts): a table updated in place from a changed
Parquet set holds the same rows as the table created whole from that set, and only the rows of changed keys were
written; a change of columns or a row without a key loads the table whole."""

from __future__ import annotations

from pathlib import Path

import duckdb
import polars as pl

from orchestration.lib import parts
from orchestration.lib.tables import create_from_parts, update_from_parts


def _facts(ids: list[str], value: int = 1) -> pl.DataFrame:
    """Two rows per article (one of them twice: a duplicate row must count), with a text column."""
    rows = []
    for n, article in enumerate(ids):
        rows += [
            {"article_id": article, "fact_id": f"{article}-a", "value": value + n, "text": f"teks {article}"},
            {"article_id": article, "fact_id": f"{article}-b", "value": None, "text": None},
            {"article_id": article, "fact_id": f"{article}-b", "value": None, "text": None},
        ]
    return pl.DataFrame(
        rows, schema={"article_id": pl.String, "fact_id": pl.String, "value": pl.Int64, "text": pl.String}
    )


def _store(tmp_path: Path, name: str, frames: list[pl.DataFrame]) -> list[str]:
    for frame in frames:
        parts.write_part(frame, tmp_path / name)
    return parts.unsharded_files(tmp_path, name)


def _rows(con: duckdb.DuckDBPyConnection, table: str) -> list[tuple]:
    return con.execute(f"select * from {table} order by all").fetchall()


def _full(files: list[str], tmp_path: Path) -> list[tuple]:
    with duckdb.connect(str(tmp_path / f"full{len(list(tmp_path.iterdir()))}.duckdb")) as con:
        con.execute("create schema s")
        create_from_parts(con, "s.facts", files, order_by="article_id, fact_id")
        return _rows(con, "s.facts")


def test_only_changed_articles_rows_are_replaced_and_the_rows_equal_a_full_load(tmp_path: Path) -> None:
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    con.execute("create schema s")
    first = _store(tmp_path, "v1", [_facts(["a", "b", "c"]), _facts(["d", "e"], value=10)])
    assert update_from_parts(con, "s.facts", first, order_by="article_id, fact_id") is None  # new: whole
    assert _rows(con, "s.facts") == _full(first, tmp_path)
    assert update_from_parts(con, "s.facts", first, order_by="article_id, fact_id") == (0, 0)

    # b edited (a value), c loses its duplicate row, d removed, f new; a and e unchanged (other files)
    edited = _facts(["b"]).with_columns(
        pl.when(pl.col("fact_id") == "b-a").then(99).otherwise("value").alias("value")
    )
    c_rows = _facts(["c"])
    second = _store(
        tmp_path, "v2", [_facts(["a"]), edited, c_rows.head(2), _facts(["e"], value=11), _facts(["f"])]
    )
    untouched = con.execute(
        "select rowid, * from s.facts where article_id in ('a', 'e') order by all"
    ).fetchall()
    deleted, inserted = update_from_parts(con, "s.facts", second, order_by="article_id, fact_id")
    assert (deleted, inserted) == (3 + 3 + 3, 3 + 2 + 3)  # b, c, d out; b, c, f in
    assert _rows(con, "s.facts") == _full(second, tmp_path)
    assert (
        con.execute("select rowid, * from s.facts where article_id in ('a', 'e') order by all").fetchall()
        == untouched
    )


def test_new_columns_or_rows_without_a_key_load_the_table_whole(tmp_path: Path) -> None:
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    con.execute("create schema s")
    first = _store(tmp_path, "v1", [_facts(["a", "b"])])
    update_from_parts(con, "s.facts", first)
    wider = _store(tmp_path, "v2", [_facts(["a", "b"]).with_columns(extra=pl.lit("x"))])
    assert update_from_parts(con, "s.facts", wider) is None
    assert _rows(con, "s.facts") == _full(wider, tmp_path)
    retyped = _store(tmp_path, "v3", [_facts(["a", "b"]).with_columns(pl.col("value").cast(pl.Float64))])
    assert update_from_parts(con, "s.facts", retyped) is None
    assert _rows(con, "s.facts") == _full(retyped, tmp_path)
    assert update_from_parts(con, "s.facts", first) is None  # the types back: whole again
    keyless = _facts(["c"]).with_columns(article_id=pl.lit(None, pl.String))
    with_keyless = _store(tmp_path, "v4", [_facts(["a", "b"]), keyless])
    assert update_from_parts(con, "s.facts", with_keyless) is None
    assert _rows(con, "s.facts") == _full(with_keyless, tmp_path)
    # the same set again: the table's own keyless rows are never matched by key, so it is loaded whole again
    assert update_from_parts(con, "s.facts", with_keyless) is None
    assert _rows(con, "s.facts") == _full(with_keyless, tmp_path)
