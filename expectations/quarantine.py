"""Row-level quarantine: an odd row is withheld from its table, a broken stage still stops the publish.

The raw, clean and extracted suites hold two kinds of expectation:
- *row-level*: they judge one row by its own values (a date in the future, a count no count can have, evidence
  that is not the body's substring, a value outside its vocabulary, a missing value). A failure names rows;
  those rows are withheld into `quarantine.withheld` (dbt publishes it as `marts.quarantined_rows`) and dbt's
  staging leaves them out, so no mart carries them;
- *systemic*: keys unique and not null, row counts, expectations judged on a share (`mostly`), an expectation
  that raised. A failure there means the table itself is wrong, so the stage blocks as before.

A stage also blocks when its row-level checks reject too many *articles* (`tolerated`): more than `max_share`
of the stage's articles or more than `min_articles`, whichever is larger, but the absolute allowance never
reaches a fifth of the articles (a small folder is judged by its share) and one article is always allowed. A
fact stage counts articles with a rejected fact, not facts: one odd article with five misparsed figures is one
odd article, while a broken parser rejects facts in many articles. So a couple of odd articles never stop the
daily run of a small folder, and a parser that breaks a large share of them still does.

An article the extractor raised on (orchestration/lib/extract_cache.py keeps it without facts, with the error)
is withheld as a whole by the extracted stage (check `extracted:extraction_error`) and counts towards that stage's
rejected articles: one such article is an odd article, many are a broken extractor and block.

What is withheld: a row of `raw.articles` or `clean.articles` withholds the whole article (table `dim_article`)
and everything extracted from it, because a misparsed date or body makes every figure dated or located by it
suspect; a fact row (`fct_case_counts`, `fct_blocked_content`) withholds only that fact, the article and its
other facts stay. Facts of a withheld article that fail their own checks are recorded too, but do not count
again towards the extracted stage's share. Every row is judged on every run, so a corrected article or a fixed
rule releases its rows: a row unchanged since it was validated by the same row-level expectations (and reference
data) keeps that verdict from the verdict cache (orchestration/lib/check_cache.py, expectations/stages.py), any
other row is validated again; the systemic expectations run on every row of every run.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import duckdb
import polars as pl

from expectations.runner import StageResult
from orchestration.lib.settings import QUARANTINE_MIN_ARTICLES

STAGES = ("raw", "clean", "extracted")
ARTICLE_TABLE = "dim_article"  # table_name of a withheld article
EXTRACTION_ERROR = "extracted:extraction_error"  # check_name of an article the extractor failed on

# Expectations that judge each row by its own values; any other failed critical expectation is systemic.
ROW_LEVEL = frozenset(
    {
        "expect_column_values_to_be_between",
        "expect_column_values_to_be_in_set",
        "expect_column_values_to_match_regex",
        "expect_column_values_to_not_be_null",
        "expect_column_pair_values_a_to_be_greater_than_b",
        "expect_column_pair_values_to_be_equal",
    }
)

SCHEMA = """create schema if not exists quarantine;
create table if not exists quarantine.withheld (
    table_name varchar not null, row_key varchar not null, article_id varchar, source_path varchar,
    check_name varchar not null, reason varchar not null, stage varchar not null, detected_at timestamptz not null
)"""


@dataclass
class StageVerdict:
    """One stage's row-level outcome: how many rows it judged, rejected and may reject, and what is systemic."""

    stage: str
    rows: int
    articles: int  # articles the stage judged (a fact stage: articles with at least one fact)
    rejected: int  # articles with a rejected row, not counting those withheld at an earlier stage
    rejected_rows: int  # the rows behind `rejected`
    tolerated: int  # articles that may be rejected (`tolerated`)
    systemic: list[str] = field(default_factory=list)
    by_check: dict[str, int] = field(default_factory=dict)  # every rejected row, per check

    @property
    def too_many(self) -> bool:
        return self.rejected > self.tolerated

    @property
    def blocking(self) -> bool:
        return bool(self.systemic) or self.too_many

    def why_blocked(self) -> str | None:
        """One sentence for the run's output and the check's metadata, None when the stage publishes."""
        if self.systemic:
            return f"systemic failure ({'; '.join(self.systemic)})"
        if self.too_many:
            return (
                f"{self.rejected} of {self.articles} articles rejected by row-level checks ({self.rejected_rows} "
                f"of {self.rows} rows), more than the {self.tolerated} tolerated (PANTAU_QUARANTINE_MAX_SHARE, "
                "PANTAU_QUARANTINE_MIN_ARTICLES): a parser is broken, not an article odd"
            )
        return None


# The absolute allowance stays below this share of a stage's articles: 5 odd articles of 100 is noise, 3 of 10 is
# a parser that breaks on a kind of article.
SMALL_FOLDER_SHARE = 0.2


def tolerated(articles: int, max_share: float, min_articles: int) -> int:
    """Articles a stage may reject before it blocks: the larger of `max_share` of them (large archives) and
    `min_articles` (small folders, where a share of 1% rounds to nothing), the latter kept under a fifth of
    the articles; always at least one."""
    by_share = math.floor(max_share * articles + 1e-9)
    absolute = min(min_articles, math.ceil(SMALL_FOLDER_SHARE * articles - 1e-9) - 1)
    return max(1, by_share, absolute)


def is_row_level(result: dict[str, Any], id_column: str | None) -> bool:
    """A critical expectation that judges single rows and names them (not the key, not a share, no exception)."""
    return (
        result["expectation"] in ROW_LEVEL
        and result["severity"] == "critical"
        and not result["exception"]
        and result["column"] != id_column
        and "mostly" not in (result.get("kwargs") or {})
    )


def judges_single_rows(config: dict[str, Any], id_column: str | None) -> bool:
    """`is_row_level` from an expectation's configuration, before validating: the expectations whose verdicts are
    per row, so that the verdict cache (expectations/stages.py) may keep them; warnings are left to the whole-table
    part (they never withhold, and the check reports them for every row)."""
    kwargs = config.get("kwargs") or {}
    return (
        config["type"] in ROW_LEVEL
        and str(config.get("severity", "critical")) == "critical"
        and kwargs.get("column") != id_column
        and "mostly" not in kwargs
    )


def check_name(stage: str, result: dict[str, Any]) -> str:
    """`stage:expectation:column[ if condition]`, stable across runs so counts per check can be compared."""
    name = f"{stage}:{result['expectation']}:{result['column']}"
    return f"{name} if {result['row_condition']}" if result["row_condition"] else name


def _show(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return repr(value) if isinstance(value, str) and not _is_date(value) else str(value)


def _is_date(value: str) -> bool:
    return len(value) == 10 and value[4] == "-" and value[7] == "-" and value.replace("-", "").isdigit()


def _outside(column: str, value: Any, kwargs: dict[str, Any]) -> str:
    """`value 791036613 is above 100000000, the largest allowed` (dates: `after 2026-12-02, the latest allowed`).
    Values and bounds are both numbers or both ISO dates (GE's JSON), so they compare directly."""
    low, high, dated = kwargs.get("min_value"), kwargs.get("max_value"), isinstance(value, str)
    try:
        if high is not None and (value > high or (kwargs.get("strict_max") and value == high)):
            return (
                f"{column} {_show(value)} is {'after' if dated else 'above'} {_show(high)}, the "
                f"{'latest' if dated else 'largest'} allowed"
            )
        if low is not None and (value < low or (kwargs.get("strict_min") and value == low)):
            if kwargs.get("strict_min") and not dated:
                return f"{column} {_show(value)} is not above {_show(low)}"
            return (
                f"{column} {_show(value)} is {'before' if dated else 'below'} {_show(low)}, the "
                f"{'earliest' if dated else 'smallest'} allowed"
            )
    except TypeError:
        pass
    return f"{column} {_show(value)} is outside {_show(low)}..{_show(high)}"


def reason(result: dict[str, Any], row: dict[str, Any]) -> str:
    """Why this row failed, with its value and the rule, e.g. `published_date 2085-06-08 is not between
    2000-01-01 and 2026-12-02`; the expectation's notes follow when it has any."""
    kwargs = result.get("kwargs") or {}
    kind = result["expectation"]
    if kind.startswith("expect_column_pair_values"):
        a, b = kwargs.get("column_A"), kwargs.get("column_B")
        if kind == "expect_column_pair_values_to_be_equal":
            text = f"{a} {_show(row.get(a))} is not {b} {_show(row.get(b))}"
        else:
            text = f"{a} {_show(row.get(a))} is not {'>=' if kwargs.get('or_equal') else '>'} {b} {_show(row.get(b))}"
    else:
        column = kwargs.get("column")
        value = _show(row.get(column))
        if kind == "expect_column_values_to_be_between":
            text = _outside(column, row.get(column), kwargs)
        elif kind == "expect_column_values_to_be_in_set":
            text = f"{column} {value} is not one of the allowed values"
        elif kind == "expect_column_values_to_match_regex":
            text = f"{column} {value} does not match {kwargs.get('regex')}"
        else:
            text = f"{column} is missing"
    if result["row_condition"]:
        text += f" (rule for {result['row_condition']})"
    return f"{text}: {result['notes']}" if result.get("notes") else text


def rejections(result: StageResult) -> tuple[list[dict[str, Any]], list[str]]:
    """The rows a stage's row-level expectations reject (stage, row_key, check_name, reason) and a description
    of every systemic failure."""
    id_column = result.suite.get("meta", {}).get("id_column")
    configs = [r["expectation_config"] for r in result.validation_result["results"]]
    rows: list[dict[str, Any]] = []
    systemic: list[str] = []
    for summary, config, unexpected in zip(
        result.results, configs, result.unexpected_rows or [[]] * len(configs), strict=True
    ):
        if summary["success"] or summary["severity"] != "critical":
            continue
        judged = {**summary, "kwargs": config.get("kwargs") or {}}
        named = [u for u in unexpected if u.get(id_column) is not None]
        if (
            not is_row_level(judged, id_column)
            or len(named) != (summary["unexpected_count"] or 0)
            or not named
        ):
            systemic.append(
                f"{summary['expectation']}({summary['column']})"
                + (f": {summary['exception']}" if summary["exception"] else "")
            )
            continue
        name = check_name(result.stage, judged)
        rows += [
            {
                "stage": result.stage,
                "row_key": str(u[id_column]),
                "check_name": name,
                "reason": reason(judged, u),
            }
            for u in named
        ]
    return rows, systemic


def judge(
    con: duckdb.DuckDBPyConnection,
    results: dict[str, StageResult],
    max_share: float,
    cached: Mapping[str, list[dict[str, Any]]] | None = None,
    min_articles: int = QUARANTINE_MIN_ARTICLES,
    failed: pl.DataFrame | None = None,
) -> tuple[pl.DataFrame, dict[str, StageVerdict]]:
    """Every withheld row with its table, article and source path, and each stage's verdict.

    `con` holds the tables the suites validated (raw.articles, clean.articles, extracted.*); `cached`: per stage,
    the rejections (as `rejections` gives them) of rows whose verdict came from the cache, not from `results`;
    `failed`: (article_id, extraction_error) of the articles the extractor failed on (extract_cache)."""
    candidates: list[dict[str, Any]] = []
    systemic: dict[str, list[str]] = {}
    for stage, result in results.items():
        rows, systemic[stage] = rejections(result)
        candidates += rows + list((cached or {}).get(stage, []))
    if failed is not None and "extracted" in results:
        candidates += [
            {
                "stage": "extracted",
                "row_key": article,
                "check_name": EXTRACTION_ERROR,
                "reason": f"the extractor failed on this article ({error}); it is withheld, with nothing "
                "extracted from it, until the extractor is fixed",
                "table_name": ARTICLE_TABLE,
            }
            for article, error in failed.select("article_id", "extraction_error").iter_rows()
        ]
    schema = {
        "stage": pl.String,
        "row_key": pl.String,
        "check_name": pl.String,
        "reason": pl.String,
        "table_name": pl.String,  # set for a whole article withheld by the extracted stage, else derived below
    }
    frame = pl.DataFrame(candidates, schema=schema)  # noqa: F841 (read by DuckDB below)
    withheld = pl.from_arrow(
        con.sql("""
        with facts as (
            select fact_id, article_id, 'fct_case_counts' as table_name from extracted.case_counts
            union all
            select fact_id, article_id, 'fct_blocked_content' from extracted.blocked_content
        ),
        sources as (
            select article_id, any_value(source_path) as source_path from (
                select article_id, source_path from clean.articles
                union all
                select article_id, source_path from raw.articles
            ) group by article_id
        )
        select
            case
                when c.table_name is not null then c.table_name
                when c.stage = 'extracted' then f.table_name
                else 'dim_article'
            end as table_name,
            c.row_key,
            case when c.stage = 'extracted' and c.table_name is null then f.article_id else c.row_key end
                as article_id,
            s.source_path, c.check_name, c.reason, c.stage
        from frame c
        left join (select distinct on (fact_id) * from facts) f
            on c.stage = 'extracted' and c.table_name is null and f.fact_id = c.row_key
        left join sources s on s.article_id = (
            case when c.stage = 'extracted' and c.table_name is null then f.article_id else c.row_key end
        )
        order by c.stage, table_name, c.row_key, c.check_name
    """).to_arrow_table()
    )
    withheld = withheld.with_columns(table_name=pl.col("table_name").fill_null("unknown"))
    # articles withheld by raw or clean: what the extracted stage rejects of them does not count again
    articles_out = set(
        withheld.filter((pl.col("table_name") == ARTICLE_TABLE) & (pl.col("stage") != "extracted"))[
            "article_id"
        ].to_list()
    )
    verdicts = {}
    for stage, result in results.items():
        mine = withheld.filter(pl.col("stage") == stage)
        counted = (
            mine if stage != "extracted" else mine.filter(~pl.col("article_id").is_in(list(articles_out)))
        ).with_columns(article_id=pl.coalesce("article_id", "row_key"))  # a fact of no known article: its own
        articles = result.rows if stage != "extracted" else _articles_extracted(con, failed)
        verdicts[stage] = StageVerdict(
            stage=stage,
            rows=result.rows,
            articles=articles,
            rejected=counted["article_id"].n_unique(),
            rejected_rows=counted["row_key"].n_unique(),
            tolerated=tolerated(articles, max_share, min_articles),
            systemic=systemic[stage],
            by_check=dict(Counter(mine["check_name"].to_list()).most_common()),
        )
    return withheld, verdicts


def _articles_extracted(con: duckdb.DuckDBPyConnection, failed: pl.DataFrame | None) -> int:
    """The articles the extracted stage judged: those with a case count or a blocked-content figure, and those
    the extractor failed on."""
    # read by the query below through DuckDB's replacement scan of the local name
    empty = pl.DataFrame(schema={"article_id": pl.String})
    ids = failed.select("article_id") if failed is not None else empty  # noqa: F841
    [(count,)] = con.execute(
        """select count(distinct article_id) from (
            select article_id from extracted.case_counts union all select article_id from extracted.blocked_content
            union all select article_id from ids
        )""",
    ).fetchall()
    return count


def write(con: duckdb.DuckDBPyConnection, withheld: pl.DataFrame, detected_at: datetime | None = None) -> int:
    """Replace `quarantine.withheld` (the source of marts.quarantined_rows) with this run's withheld rows."""
    con.execute(SCHEMA)
    stamp = detected_at or datetime.now(UTC)
    # read by the insert below through DuckDB's replacement scan of the local name
    columns = ["table_name", "row_key", "article_id", "source_path", "check_name", "reason", "stage"]
    rows = withheld.select(columns)  # noqa: F841
    con.execute("delete from quarantine.withheld")
    con.execute("insert into quarantine.withheld select *, $stamp::timestamptz from rows", {"stamp": stamp})
    return withheld.height
