"""Validate every stage of a warehouse file: the one function both the Dagster asset checks and the report use."""

from __future__ import annotations

from pathlib import Path

import duckdb
import polars as pl

from expectations.derive import facts_frame
from expectations.runner import StageResult, validate_frame, validate_marts

MART_TABLES = ["dim_article", "dim_agency", "dim_country", "dim_person", "fct_case_counts", "fct_blocked_content",
               "fct_claims", "fct_entity_mentions"]


def query(con: duckdb.DuckDBPyConnection, sql: str) -> pl.DataFrame:
    """A query's result as a Polars frame (through Arrow: no row-by-row copy)."""
    return pl.from_arrow(con.sql(sql).to_arrow_table())


def read(con: duckdb.DuckDBPyConnection, table: str) -> pl.DataFrame:
    return query(con, f"select * from {table}")


def validate_stage(con: duckdb.DuckDBPyConnection, stage: str) -> list[StageResult]:
    """Results of one stage's suites ("raw", "clean", "extracted" or "marts") on the tables of `con`."""
    if stage == "raw":
        return [validate_frame("raw", read(con, "raw.articles"))]
    if stage == "clean":
        return [validate_frame("clean", read(con, "clean.articles"))]
    if stage == "extracted":
        facts = facts_frame(read(con, "extracted.case_counts"), read(con, "extracted.blocked_content"),
                            read(con, "clean.articles"))
        return [validate_frame("extracted", facts)]
    if stage == "marts":
        return list(validate_marts({t: read(con, f"marts.{t}") for t in MART_TABLES}).values())
    raise ValueError(f"unknown stage {stage!r}")


def validate_warehouse(path: Path) -> dict[str, list[StageResult]]:
    with duckdb.connect(str(path), read_only=True) as con:
        return {stage: validate_stage(con, stage) for stage in ("raw", "clean", "extracted", "marts")}
