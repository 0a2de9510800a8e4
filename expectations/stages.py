"""Validate every stage of a warehouse file: the one function both the Dagster asset checks and the report use."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import polars as pl
import pyarrow as pa

from expectations import quarantine
from expectations.derive import FACT_COLUMNS, max_paragraph_occurrence_count
from expectations.runner import StageResult, validate_frame, validate_marts
from expectations.suites import (
    BODY_LENGTH_COLUMN,
    BODY_SUBSTRING_COLUMN,
    PARAGRAPH_REPEAT_COLUMN,
    TEXT_LENGTH_COLUMN,
    build_suite,
    mart_tables,
    marts_columns,
    today_in_indonesia,
)
from orchestration.lib import check_cache
from transforms.reference import reference_dir


def _fact_select(table: str, missing: set[str]) -> str:
    """One fact table in the columns of derive.FACT_COLUMNS (the ones it lacks as nulls)."""
    columns = [
        f"'{table}' as fact_table" if c == "fact_table" else f"null::varchar as {c}" if c in missing else c
        for c in FACT_COLUMNS
    ]
    return f"select {', '.join(columns)} from extracted.{table}"


# The extracted suite's frame (see derive.facts_frame and derive.add_extracted_columns for the same in Python),
# derived inside DuckDB so that no article body leaves the database: both fact tables stacked, each fact with its
# body's length and body[char_start:char_end] (null when the offsets fall outside the body).
FACTS_WITH_EVIDENCE = f"""
with facts as (
    {_fact_select("case_counts", {"object_type"})}
    union all
    {_fact_select("blocked_content", {"unit", "category", "country_id"})}
),
bodies as (select article_id, any_value(body) as body from clean.articles group by article_id)
select
    facts.*,
    length(bodies.body)::bigint as {BODY_LENGTH_COLUMN},
    case
        when bodies.body is null or char_start is null or char_end is null or char_start < 0
            or char_end < char_start or char_end > length(bodies.body) then null
        else substring(bodies.body, char_start + 1, char_end - char_start)
    end as {BODY_SUBSTRING_COLUMN}
from facts left join bodies using (article_id)
order by fact_table, fact_id
"""


# Bodies read per step when counting repeated paragraphs: memory stays bounded whatever the corpus size.
BODY_BATCH_ROWS = 2000


def query(con: duckdb.DuckDBPyConnection, sql: str) -> pl.DataFrame:
    """A query's result as a Polars frame (through Arrow: no row-by-row copy)."""
    return pl.from_arrow(con.sql(sql).to_arrow_table())


def read(con: duckdb.DuckDBPyConnection, table: str) -> pl.DataFrame:
    return query(con, f"select * from {table}")


def raw_frame(con: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    """raw.articles as the raw suite sees it: every column but `text`, and the text's length (from DuckDB)."""
    return query(
        con, f"select * exclude (text), length(text)::bigint as {TEXT_LENGTH_COLUMN} from raw.articles"
    )


def clean_frame(con: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    """clean.articles as the clean suite sees it: every column but `body`, the body's length, and the
    most-repeated-paragraph count (derive.max_paragraph_occurrence_count, computed on bodies streamed in
    batches, so the corpus' bodies are never in memory at once)."""
    columns = query(
        con,
        f"select rowid as _row, * exclude (body), length(body)::bigint as {BODY_LENGTH_COLUMN} "
        "from clean.articles",
    )
    rows: list[int] = []
    counts: list[int] = []
    for batch in con.sql("select rowid as _row, body from clean.articles").to_arrow_reader(BODY_BATCH_ROWS):
        rows.extend(batch.column("_row").to_pylist())
        counts.extend(max_paragraph_occurrence_count(body) for body in batch.column("body").to_pylist())
    paragraphs = pl.DataFrame(
        {"_row": rows, PARAGRAPH_REPEAT_COLUMN: counts},
        schema={"_row": columns.schema["_row"], PARAGRAPH_REPEAT_COLUMN: pl.Int64},
    )
    return columns.join(paragraphs, on="_row", how="left", maintain_order="left").drop("_row")


def reference_codes() -> dict[str, list[str]]:
    """The agency and country codes of the reference CSVs (what dbt seeds as dim_agency and dim_country): the
    extracted suite rejects a fact naming any other."""
    return {
        f"{kind}_ids": pl.read_csv(reference_dir() / csv, columns=[f"{kind}_id"], infer_schema_length=0)
        .get_column(f"{kind}_id")
        .drop_nulls()
        .to_list()
        for kind, csv in (("agency", "agencies.csv"), ("country", "countries.csv"))
    }


def validate_stage(con: duckdb.DuckDBPyConnection, stage: str) -> list[StageResult]:
    """Results of one stage's suites ("raw", "clean", "extracted" or "marts") on the tables of `con`."""
    if stage == "raw":
        return [validate_frame("raw", raw_frame(con))]
    if stage == "clean":
        return [validate_frame("clean", clean_frame(con))]
    if stage == "extracted":
        return [validate_frame("extracted", query(con, FACTS_WITH_EVIDENCE), **reference_codes())]
    if stage == "marts":
        return list(validate_marts(_MartsTables(con)).values())
    raise ValueError(f"unknown stage {stage!r}")


_ARROW_STRINGS = {pa.string(): pd.StringDtype("pyarrow"), pa.large_string(): pd.StringDtype("pyarrow")}


class _MartsTables(Mapping[str, pd.DataFrame]):
    """The marts tables, each read (only the columns its suite checks) when validated and not kept afterwards:
    memory holds one table at a time, not all of them (fct_entity_mentions alone is ~32 rows per article), and
    straight into pandas with Arrow-backed strings: 3.2 million mention ids of a 100,000-article run peak at
    1.5 GB validated that way, 1.8 GB as Python string objects (measured). The marts rules (keys unique and not
    null, values in sets and ranges) treat both alike; the extracted suite's pair rules do not, so only here."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self._con = con

    def __getitem__(self, table: str) -> pd.DataFrame:
        if table not in mart_tables():
            raise KeyError(table)
        wanted = marts_columns(table)
        columns = [c for (c, *_) in self._con.execute(f"describe marts.{table}").fetchall() if c in wanted]
        table_data = self._con.sql(f"select {', '.join(columns)} from marts.{table}").to_arrow_table()
        return table_data.to_pandas(types_mapper=_ARROW_STRINGS.get)

    def __iter__(self) -> Iterator[str]:
        return iter(mart_tables())

    def __len__(self) -> int:
        return len(mart_tables())


def validate_warehouse(path: Path) -> dict[str, list[StageResult]]:
    from orchestration.lib import readonly

    with readonly.connect(path) as con:  # the report reads the warehouse and nothing else
        return {stage: validate_stage(con, stage) for stage in ("raw", "clean", "extracted", "marts")}


# ------------------------------------------------------------------------------- incremental input validation
# The raw, clean and extracted suites split in two: the row-level expectations (quarantine.judges_single_rows),
# whose verdict for a row depends on that row and the suite only, run on the rows the verdict cache
# (orchestration/lib/check_cache.py) does not hold; the others (keys unique and not null, shares, warnings) run
# on every row. Each row's digest covers the columns the row-level expectations read, with the text a derived
# column is computed from in its place when that costs Python per row (the repeated-paragraph count).
DIGEST_SOURCES = {PARAGRAPH_REPEAT_COLUMN: "body"}
# A "today" far from any real one: the fingerprint is taken with it (see input_fingerprint).
FIXED_TODAY = date(2000, 1, 1)


@dataclass
class InputValidation:
    """One input stage judged: GE's result (whole-table expectations on every row, row-level ones on the rows the
    cache lacked, merged into one StageResult) and the rejections of the rows whose verdict came from the cache."""

    result: StageResult
    cached_rejections: list[dict[str, Any]]
    rows_validated: int
    rows_from_cache: int
    fingerprint: str
    expectations: int  # in the stage's suite (the row-level ones apply to cached rows through their verdicts)


def _suite_kwargs(stage: str, today: date) -> dict[str, Any]:
    if stage == "raw":
        return {}
    return {"today": today, **(reference_codes() if stage == "extracted" else {})}


def _configs(stage: str, kwargs: dict[str, Any]) -> list[dict[str, Any]]:
    return [e.configuration.to_json_dict() for e in build_suite(stage, **kwargs).expectations]


def _columns(configs: list[dict[str, Any]]) -> set[str]:
    """Every column the expectations read: column, column pair, and the column of a row condition."""
    found: set[str] = set()
    for config in configs:
        kwargs = config.get("kwargs") or {}
        found |= {kwargs[k] for k in ("column", "column_A", "column_B") if kwargs.get(k)}
        condition = kwargs.get("row_condition")
        if isinstance(condition, dict) and isinstance(condition.get("column"), dict):
            found.add(condition["column"]["name"])
    return found


def input_fingerprint(stage: str, today: date) -> tuple[str, list[dict[str, Any]], str | None]:
    """The suite fingerprint of a stage's row-level expectations (their configurations with their reference
    codes, the reference CSVs, the code of expectations/ and GE's version), those configurations as validated
    `today`, and the stage's id column.

    Taken with FIXED_TODAY in place of today when the two suites differ only in upper bounds (`max_value`) that
    grow with today: a passed row stays passed as days go by, and the cache judges withheld rows again on
    another day (check_cache.load). Any other difference puts today itself into the fingerprint."""
    from expectations.gx_import import import_gx

    gx = import_gx()
    kwargs = _suite_kwargs(stage, today)
    suite = build_suite(stage, **kwargs)
    id_column = suite.meta.get("id_column")
    current = [
        c
        for c in (e.configuration.to_json_dict() for e in suite.expectations)
        if quarantine.judges_single_rows(c, id_column)
    ]
    fixed = current
    extra = [gx.__version__, stage, str(id_column)]
    if "today" in kwargs:
        fixed = [
            c
            for c in _configs(stage, {**kwargs, "today": FIXED_TODAY})
            if quarantine.judges_single_rows(c, id_column)
        ]
        if not _only_upper_bounds_grow(fixed, current):
            extra.append(today.isoformat())
    code = sorted(Path(__file__).parent.glob("*.py")) + sorted(reference_dir().glob("*.csv"))
    return check_cache.fingerprint(fixed, code, *extra), current, id_column


def _only_upper_bounds_grow(earlier: list[dict[str, Any]], later: list[dict[str, Any]]) -> bool:
    """True when the two lists of configurations differ in `max_value`s only, each at least as large in `later`."""
    if len(earlier) != len(later):
        return False
    for a, b in zip(earlier, later, strict=True):
        ka, kb = a.get("kwargs") or {}, b.get("kwargs") or {}
        rest_a = {**a, "kwargs": {k: v for k, v in ka.items() if k != "max_value"}}
        rest_b = {**b, "kwargs": {k: v for k, v in kb.items() if k != "max_value"}}
        if rest_a != rest_b:
            return False
        low, high = ka.get("max_value"), kb.get("max_value")
        if low != high and (
            low is None or high is None or str(high) < str(low) or type(low) is not type(high)
        ):
            return False  # dates are ISO strings or dates, both compare in calendar order as text
    return True


def _quoted(column: str) -> str:
    return '"' + column.replace('"', '""') + '"'


def _input_sql(stage: str) -> tuple[str, list[str]]:
    """The stage's frame with every column the suites read but the per-row Python ones (a query over `rows`),
    and the columns dropped from it (read only for the digest)."""
    if stage == "raw":
        return f"select * exclude (text), length(text)::bigint as {TEXT_LENGTH_COLUMN} from raw.articles", []
    if stage == "clean":
        return (
            f"select rowid as _row, *, length(body)::bigint as {BODY_LENGTH_COLUMN} from clean.articles",
            ["body"],
        )
    return FACTS_WITH_EVIDENCE, []


def _input_frame(con: duckdb.DuckDBPyConnection, stage: str, columns: list[str]) -> pl.DataFrame:
    """The stage's frame (see _input_sql) with each row's digest of `columns` (those it has)."""
    sql, hidden = _input_sql(stage)
    present = set(con.sql(sql).columns)
    fields = ", ".join(
        f"{_quoted(c)} := {_quoted(DIGEST_SOURCES.get(c, c))}"
        for c in columns
        if DIGEST_SOURCES.get(c, c) in present
    )
    excluded = f" exclude ({', '.join(map(_quoted, hidden))})" if hidden else ""
    return query(
        con,
        f"select *{excluded}, sha256(to_json(struct_pack({fields}))) as {check_cache.DIGEST} from ({sql})",
    )


def _paragraph_counts(con: duckdb.DuckDBPyConnection, rows: pl.DataFrame) -> pl.DataFrame:
    """`rows` (clean rows with `_row`) with the repeated-paragraph count of their bodies, read in batches."""
    wanted = rows.select("_row")  # noqa: F841 (read by DuckDB below)
    found: list[int] = []
    counts: list[int] = []
    sql = "select rowid as _row, body from clean.articles where rowid in (select _row from wanted)"
    for batch in con.sql(sql).to_arrow_reader(BODY_BATCH_ROWS):
        found.extend(batch.column("_row").to_pylist())
        counts.extend(max_paragraph_occurrence_count(body) for body in batch.column("body").to_pylist())
    paragraphs = pl.DataFrame(
        {"_row": found, PARAGRAPH_REPEAT_COLUMN: counts},
        schema={"_row": rows.schema["_row"], PARAGRAPH_REPEAT_COLUMN: pl.Int64},
    )
    return rows.join(paragraphs, on="_row", how="left", maintain_order="left")


def validate_input(
    con: duckdb.DuckDBPyConnection, stage: str, cache_dir: Path | None, today: date | None = None
) -> InputValidation:
    """Validate a raw, clean or extracted stage, taking the row-level verdicts of unchanged rows from the verdict
    cache under `cache_dir` (the parts store; None: validate every row, keep nothing) and storing this run's."""
    today = today or today_in_indonesia()
    suite_print, row_configs, id_column = input_fingerprint(stage, today)
    row_part = {json.dumps(c, sort_keys=True, default=str) for c in row_configs}

    def is_row_part(config: dict[str, Any]) -> bool:
        return json.dumps(config, sort_keys=True, default=str) in row_part

    row_columns = sorted(_columns(row_configs) | {str(id_column)})
    frame = _input_frame(con, stage, row_columns)
    cache = (
        check_cache.load(cache_dir, stage, suite_print, today)
        if cache_dir is not None
        else pl.DataFrame(schema=check_cache.SCHEMA)
    )
    cache = cache.join(frame.select(check_cache.DIGEST).unique(), on=check_cache.DIGEST, how="semi")
    fresh = frame.join(cache.select(check_cache.DIGEST).unique(), on=check_cache.DIGEST, how="anti")
    kwargs = _suite_kwargs(stage, today)
    table_configs = [c for c in _configs(stage, kwargs) if not is_row_part(c)]
    table_columns = [c for c in frame.columns if c in _columns(table_configs) | {str(id_column)}]
    table_part = validate_frame(
        stage, frame.select(table_columns), keep=lambda c: not is_row_part(c), derive=False, **kwargs
    )
    row_result = None
    if fresh.height:
        rows = _paragraph_counts(con, fresh) if stage == "clean" else fresh
        row_result = validate_frame(
            stage,
            rows.select([c for c in row_columns if c in rows.columns]),
            keep=is_row_part,
            derive=False,
            **kwargs,
        )
    keys = frame.select(pl.col(str(id_column)).cast(pl.String).alias("row_key"), check_cache.DIGEST)
    cached = (
        keys.join(cache.filter(pl.col("check_name").is_not_null()), on=check_cache.DIGEST)
        .select(pl.lit(stage).alias("stage"), "row_key", "check_name", "reason")
        .sort("row_key", "check_name")
        .to_dicts()
    )
    merged = _merge(
        table_part,
        row_result,
        validated=fresh.height,
        from_cache=frame.height - fresh.height,
        withheld_from_cache=len({r["row_key"] for r in cached}),
    )
    if cache_dir is not None:
        _store(cache_dir, stage, suite_print, today, cache, fresh, row_result, merged, id_column)
    return InputValidation(
        merged,
        cached,
        fresh.height,
        frame.height - fresh.height,
        suite_print,
        len(row_configs) + len(table_configs),
    )


def _store(
    cache_dir: Path,
    stage: str,
    suite_print: str,
    today: date,
    cache: pl.DataFrame,
    fresh: pl.DataFrame,
    row_result: StageResult | None,
    merged: StageResult,
    id_column: str | None,
) -> None:
    """Keep the verdicts of the table's rows: the cached ones as they were, the validated ones as judged today.
    Nothing is stored when a failure was systemic (the run does not publish; its verdicts may name no row)."""
    if quarantine.rejections(merged)[1]:
        return
    fresh_keys = fresh.select(pl.col(str(id_column)).cast(pl.String).alias("row_key"), check_cache.DIGEST)
    if fresh_keys["row_key"].n_unique() != fresh_keys.height or fresh_keys["row_key"].null_count():
        return
    failed = pl.DataFrame(
        quarantine.rejections(row_result)[0] if row_result else [],
        schema={"stage": pl.String, "row_key": pl.String, "check_name": pl.String, "reason": pl.String},
    )
    judged = fresh_keys.join(failed.drop("stage"), on="row_key", how="left").drop("row_key")
    entries = pl.concat(
        [
            cache,
            judged.with_columns(fingerprint=pl.lit(suite_print), judged_on=pl.lit(today)),
        ],
        how="diagonal_relaxed",
    ).unique(maintain_order=True)
    check_cache.store(cache_dir, stage, entries)


def _merge(
    table: StageResult, rows: StageResult | None, *, validated: int, from_cache: int, withheld_from_cache: int
) -> StageResult:
    """One StageResult for the stage: both parts' expectations, every row counted, and a note (in the suite's
    notes and the validation's meta, both shown by Data Docs) of which rows the row-level part validated."""
    note = (
        f"This run validated the row-level expectations on {validated} new or changed rows and took the "
        f"verdicts of {from_cache} unchanged rows from the verdict cache (judged earlier by the same expectations "
        f"and reference data; {withheld_from_cache} of them withheld, see marts.quarantined_rows); the "
        f"whole-table expectations (keys, shares, warnings) ran on all {table.rows} rows."
    )
    parts_ = [table, *([rows] if rows is not None else [])]
    results = [r for p in parts_ for r in p.results]
    payload = dict(table.validation_result)
    payload["results"] = [r for p in parts_ for r in p.validation_result["results"]]
    failed = [r for r in results if not r["success"]]
    payload["success"] = not failed
    payload["statistics"] = {
        "evaluated_expectations": len(results),
        "successful_expectations": len(results) - len(failed),
        "unsuccessful_expectations": len(failed),
        "success_percent": 100.0 * (len(results) - len(failed)) / len(results) if results else 100.0,
    }
    payload["meta"] = {
        **payload.get("meta", {}),
        "pantau_rows": {
            "total": table.rows,
            "validated": validated,
            "from_cache": from_cache,
            "withheld_from_cache": withheld_from_cache,
            "note": note,
        },
    }
    suite = dict(table.suite)
    suite["notes"] = f"{suite.get('notes') or ''} {note}".strip()
    return StageResult(
        stage=table.stage,
        suite_name=table.suite_name,
        success=not failed,
        evaluated=len(results),
        failed=len(failed),
        failed_critical=sum(r["severity"] == "critical" for r in failed),
        rows=table.rows,
        seconds=sum(p.seconds for p in parts_),
        validated_at=parts_[-1].validated_at,
        results=results,
        validation_result=payload,
        suite=suite,
        unexpected_rows=[u for p in parts_ for u in (p.unexpected_rows or [[]] * len(p.results))],
    )
