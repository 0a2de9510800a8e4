"""Great Expectations suites for every pipeline stage, built in code.

Suites live here as code rather than as JSON under a `gx/` folder so they are reviewed, diffed and tested like
any other rule. Each builder returns a fresh `gx.ExpectationSuite`; nothing is registered anywhere, so building
a suite has no side effect. Great Expectations is imported inside the builders because it takes seconds to
import and most callers (the CLI, `dagster definitions`) never validate anything.

Some rules need a value GE cannot compute from one row's columns (a substring of the article body, how often a
paragraph repeats). Those are derived first (`expectations.derive`; in the pipeline, inside DuckDB or batch by
batch, so article texts never sit in one pandas frame), and the suite validates the derived column;
`suite.meta["derived_columns"]` names them so Data Docs readers know where they came from. Text lengths are
such columns too: the suites never need the texts themselves.

Severity: `critical` failures should block downstream assets; `warning` ones only flag (for example a corpus
where a few articles are not Indonesian).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from transforms.clean import MIN_WORDS
from transforms.dates import WINDOW_LENGTH_PATTERN
from transforms.ingest import MAX_FILE_BYTES, MIN_TEXT_CHARS
from transforms.vocabulary import (  # noqa: F401 (re-exported for the suites' callers)
    CATEGORIES,
    ENTITY_TYPES,
    FACT_TABLES,
    OBJECT_TYPES,
    PERIOD_PRECISIONS,
    QUALIFIERS,
    UNITS,
)

if TYPE_CHECKING:
    import great_expectations as gx

SUITE_PREFIX = "pantau"
EARLIEST_DATE = date(2000, 1, 1)  # online gambling/scam reporting in Indonesian media starts well after this

# Allowed values, from the public contract (shared/CONTRACT.md).
SOURCE_FORMATS = ("txt", "html", "json", "jsonl")
LANGUAGES = ("id",)

# Sane maxima: beyond these a figure is far more likely a parsing error (a phone number, a rupiah amount) than
# a count. Indonesia has ~280 million people, and PPATK counts online gamblers in the tens of millions ("12,3 juta
# orang menyetorkan deposit judol"): no count of people or cases exceeds the population. Kominfo reports blocked
# gambling content in the millions.
MAX_PEOPLE_OR_CASES = 300_000_000
MAX_BLOCKED = 100_000_000

# The text thresholds the ingest and clean steps reject by (MIN_TEXT_CHARS, MAX_FILE_BYTES, MIN_WORDS) are
# imported above, not copied: a suite that checks a different bound than the code enforces is a false alarm or
# a blind spot.
MIN_BODY_CHARS = 100
MAX_BODY_CHARS = 200_000
MIN_COUNTRIES = 200  # ISO 3166 has 249 codes; fewer means the seed was truncated

# Derived columns (see expectations.derive).
TEXT_LENGTH_COLUMN = "text_length"
PARAGRAPH_REPEAT_COLUMN = "max_paragraph_occurrence_count"
BODY_LENGTH_COLUMN = "body_length"
BODY_SUBSTRING_COLUMN = "body_substring"

# Indonesia spans UTC+7..UTC+9 with no DST: "today" is today in the easternmost zone (WIT), so an article
# dated today in Jayapura is not "in the future" for a server running on UTC.
_WIT = timezone(timedelta(hours=9))


def today_in_indonesia() -> date:
    """The latest calendar date anywhere in Indonesia right now (upper bound of every date rule)."""
    return datetime.now(UTC).astimezone(_WIT).date()


def _gx() -> Any:
    from expectations.gx_import import import_gx

    return import_gx()


def _suite(
    name: str,
    expectations: list[Any],
    *,
    id_column: str | None,
    notes: str,
    date_columns: Iterable[str] = (),
    derived_columns: Iterable[str] = (),
) -> gx.ExpectationSuite:
    """One place that sets the suite metadata the runner reads (id column, date columns)."""
    return _gx().ExpectationSuite(
        name=f"{SUITE_PREFIX}.{name}",
        expectations=expectations,
        notes=notes,
        meta={
            "id_column": id_column,  # reported with every unexpected row
            "date_columns": list(date_columns),  # converted to datetime.date before validating
            "derived_columns": list(derived_columns),
        },
    )


def raw_suite() -> gx.ExpectationSuite:
    """raw.articles: one row per ingested article, deduplicated by content hash."""
    e = _gx().expectations
    return _suite(
        "raw",
        [
            e.ExpectColumnValuesToNotBeNull(column="article_id"),
            e.ExpectColumnValuesToBeUnique(column="article_id"),
            e.ExpectColumnValuesToBeUnique(
                column="source_path", notes="One file (or JSONL line) is one article."
            ),
            e.ExpectColumnValuesToNotBeNull(
                column=TEXT_LENGTH_COLUMN, notes="Derived: the length of `text`."
            ),
            e.ExpectColumnValuesToBeBetween(
                column=TEXT_LENGTH_COLUMN,
                min_value=MIN_TEXT_CHARS,
                notes="Derived: the length of `text`. Shorter inputs must be rejected, not ingested.",
            ),
            e.ExpectColumnValuesToNotBeNull(column="content_hash"),
            e.ExpectColumnValuesToBeUnique(column="content_hash", notes="Exact duplicates are kept once."),
            e.ExpectColumnValuesToMatchRegex(
                column="content_hash", regex=r"^[0-9a-f]{64}$", notes="SHA-256 hex digest."
            ),
            e.ExpectColumnValuesToBeBetween(
                column="size_bytes",
                min_value=MIN_TEXT_CHARS,
                max_value=MAX_FILE_BYTES,
                notes="A news article is kilobytes; megabytes of text is a dump, not an article.",
            ),
            e.ExpectColumnValuesToBeInSet(column="source_format", value_set=list(SOURCE_FORMATS)),
        ],
        id_column="article_id",
        derived_columns=[TEXT_LENGTH_COLUMN],
        notes="raw.articles: every supported input file decoded to text, one row per article.",
    )


def clean_suite(*, today: date | None = None) -> gx.ExpectationSuite:
    """clean.articles: the cleaned body every fact offset indexes, plus article metadata."""
    e = _gx().expectations
    today = today or today_in_indonesia()
    return _suite(
        "clean",
        [
            e.ExpectColumnValuesToNotBeNull(column="article_id"),
            e.ExpectColumnValuesToBeUnique(column="article_id"),
            e.ExpectColumnValuesToBeBetween(
                column=BODY_LENGTH_COLUMN,
                min_value=MIN_BODY_CHARS,
                max_value=MAX_BODY_CHARS,
                mostly=0.95,
                notes="Derived: the length of `body`. A few very short items (photo captions, briefs) are normal; "
                "many mean cleaning ate the text.",
            ),
            e.ExpectColumnValuesToBeBetween(column="word_count", min_value=MIN_WORDS),
            e.ExpectColumnValuesToBeInSet(
                column="language",
                value_set=list(LANGUAGES),
                mostly=0.9,
                severity="warning",
                notes="Flag, do not block: the corpus is Indonesian news, a few English pieces are tolerated.",
            ),
            e.ExpectColumnValuesToBeBetween(
                column="published_date",
                min_value=EARLIEST_DATE,
                max_value=today,
                notes="Nulls allowed (undated articles); a future date is a parsing error.",
            ),
            e.ExpectColumnValuesToBeBetween(
                column=PARAGRAPH_REPEAT_COLUMN,
                min_value=0,
                max_value=1,
                notes=(
                    "Derived before validation: how often the most frequent paragraph (a line of >= 5 words, "
                    "case and punctuation ignored) occurs in the body. Cleaning keeps the first copy only, so "
                    "anything above 1 means the repeated-paragraph removal failed."
                ),
            ),
        ],
        id_column="article_id",
        date_columns=["published_date"],
        derived_columns=[BODY_LENGTH_COLUMN, PARAGRAPH_REPEAT_COLUMN],
        notes="clean.articles: page furniture and repeated paragraphs removed; `body` is what offsets index.",
    )


def date_range_checks(
    start_column: str,
    end_column: str,
    today: date,
    *,
    order_notes: str | None = None,
    end_notes: str | None = None,
) -> list[Any]:
    """The three rules of a pair of date columns (a fact's period, its window): the end is not before the start,
    the start is between EARLIEST_DATE and today, the end between EARLIEST_DATE and the end of today's year (a
    year or month that has begun ends ahead). Written once, so the two pairs cannot drift apart."""
    e = _gx().expectations
    return [
        e.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A=end_column,
            column_B=start_column,
            or_equal=True,
            ignore_row_if="either_value_is_missing",
            notes=order_notes,
        ),
        e.ExpectColumnValuesToBeBetween(column=start_column, min_value=EARLIEST_DATE, max_value=today),
        e.ExpectColumnValuesToBeBetween(
            column=end_column, min_value=EARLIEST_DATE, max_value=date(today.year, 12, 31), notes=end_notes
        ),
    ]


def extracted_suite(
    *,
    today: date | None = None,
    agency_ids: Iterable[str] | None = None,
    country_ids: Iterable[str] | None = None,
) -> gx.ExpectationSuite:
    """The extracted facts (case counts and blocked content, one frame) checked against their evidence.

    `agency_ids` / `country_ids`: the codes of the reference data (seeds/reference); when given, a fact naming any
    other code fails (nulls allowed), so the quarantine withholds it before dbt joins it to dim_agency/dim_country.
    """
    gx = _gx()
    e = gx.expectations
    col = gx.expectations.row_conditions.Column
    today = today or today_in_indonesia()
    is_case = col("fact_table") == "case_counts"
    is_blocked = col("fact_table") == "blocked_content"
    return _suite(
        "extracted",
        [
            e.ExpectColumnValuesToNotBeNull(column="fact_id"),
            e.ExpectColumnValuesToBeUnique(column="fact_id"),
            e.ExpectColumnValuesToBeInSet(column="fact_table", value_set=list(FACT_TABLES)),
            e.ExpectColumnValuesToNotBeNull(column="value"),
            *(
                e.ExpectColumnValuesToBeBetween(
                    column="value",
                    min_value=0,
                    strict_min=True,
                    max_value=most,
                    row_condition=is_table,
                    notes=f"A count of {counted} above {most_in_words} is a misparsed number.",
                )
                for is_table, most, counted, most_in_words in (
                    (is_case, MAX_PEOPLE_OR_CASES, "cases or people", "300 million"),
                    (is_blocked, MAX_BLOCKED, "blocked items", "100 million"),
                )
            ),
            e.ExpectColumnValuesToBeBetween(column="char_start", min_value=0),
            e.ExpectColumnPairValuesAToBeGreaterThanB(
                column_A="char_end",
                column_B="char_start",
                or_equal=False,
                ignore_row_if="either_value_is_missing",
            ),
            e.ExpectColumnPairValuesAToBeGreaterThanB(
                column_A=BODY_LENGTH_COLUMN,
                column_B="char_end",
                or_equal=True,
                ignore_row_if="either_value_is_missing",
                notes="Derived: body_length is the length of the article's clean body.",
            ),
            e.ExpectColumnValuesToNotBeNull(column="surface_text"),
            e.ExpectColumnPairValuesToBeEqual(
                column_A="surface_text",
                column_B=BODY_SUBSTRING_COLUMN,
                ignore_row_if="neither",
                notes=(
                    "Derived: body_substring = body[char_start:char_end] of the article (null when the offsets "
                    "fall outside the body). Every fact must point at its own evidence."
                ),
            ),
            e.ExpectColumnValuesToBeInSet(column="unit", value_set=list(UNITS)),
            e.ExpectColumnValuesToNotBeNull(column="unit", row_condition=is_case),
            e.ExpectColumnValuesToBeInSet(column="category", value_set=list(CATEGORIES)),
            e.ExpectColumnValuesToNotBeNull(column="category", row_condition=is_case),
            e.ExpectColumnValuesToBeInSet(column="object_type", value_set=list(OBJECT_TYPES)),
            e.ExpectColumnValuesToNotBeNull(column="object_type", row_condition=is_blocked),
            e.ExpectColumnValuesToNotBeNull(column="qualifier"),
            e.ExpectColumnValuesToBeInSet(column="qualifier", value_set=list(QUALIFIERS)),
            e.ExpectColumnValuesToBeInSet(column="period_precision", value_set=list(PERIOD_PRECISIONS)),
            *date_range_checks(
                "period_start",
                "period_end",
                today,
                end_notes="A year- or month-only period ends on its last day, which may still be ahead ('sepanjang "
                "2025' read in March 2025), so the bound is the end of the current year.",
            ),
            *date_range_checks(
                "window_start",
                "window_end",
                today,
                order_notes="A window counted back from the published date ('dalam lima tahun terakhir') ends "
                "after it starts.",
                end_notes="A window ends on the published date, or on the last day of 'tahun lalu'.",
            ),
            e.ExpectColumnValuesToMatchRegex(
                column="window_length",
                regex=WINDOW_LENGTH_PATTERN,
                notes="An ISO 8601 length of N years, months or days ('dalam lima tahun terakhir' is P5Y), as "
                "transforms.dates.window_length writes it; anything else is a parser bug.",
            ),
            *[
                e.ExpectColumnValuesToBeInSet(
                    column=column,
                    value_set=sorted(set(ids)),
                    notes=f"An unknown {column}: not a code of seeds/reference/{csv}.",
                )
                for column, ids, csv in (
                    ("agency_id", agency_ids, "agencies.csv"),
                    ("country_id", country_ids, "countries.csv"),
                )
                if ids is not None
            ],
        ],
        id_column="fact_id",
        date_columns=["period_start", "period_end", "window_start", "window_end"],
        derived_columns=[BODY_LENGTH_COLUMN, BODY_SUBSTRING_COLUMN],
        notes=(
            "extracted.case_counts and extracted.blocked_content as one frame (`fact_table` says which), each fact "
            "joined with its article's clean body to check the evidence offsets."
        ),
    )


# The marts are what dbt builds into the `marts` schema: their list, keys and foreign keys are read from dbt's
# manifest (`make manifest`), so every mart is validated and a new one needs no list updated here.
DBT_MANIFEST = Path(__file__).resolve().parent.parent / "dbt_project" / "target" / "manifest.json"
MARTS_SCHEMA = "marts"
DIMENSION_KEYS = {
    "dim_agency": "agency_id",
    "dim_country": "country_id",
}  # the dimensions foreign keys are checked in

# Rules for particular marts (each table named here must be a mart: tests/expectations/test_suites.py).
MARTS_MIN_ROWS: dict[str, int] = {"dim_article": 1, "dim_agency": 1, "dim_country": MIN_COUNTRIES}
MARTS_MAX_VALUE: dict[str, int] = {"fct_case_counts": MAX_PEOPLE_OR_CASES, "fct_blocked_content": MAX_BLOCKED}
MARTS_VALUE_SETS: dict[str, dict[str, tuple[str, ...]]] = {
    "fct_entity_mentions": {"entity_type": ENTITY_TYPES}
}


@dataclass(frozen=True)
class Mart:
    """One table of the marts schema, as dbt declares it."""

    name: str
    key: tuple[
        str, ...
    ]  # the column of its error-severity `unique` rule, else its `unique_combination` columns
    foreign_keys: tuple[
        tuple[str, str], ...
    ]  # (column, dimension) of its `relationships` / `references` tests to DIMENSION_KEYS


def _ref_name(ref: str) -> str:
    """`ref('dim_agency')` -> `dim_agency`."""
    return ref.split("(", 1)[-1].rstrip(")").strip().strip("'\"")


@lru_cache(maxsize=4)
def read_marts(manifest: Path = DBT_MANIFEST) -> dict[str, Mart]:
    """Every model of the marts schema, by name (sorted), with the key and foreign keys its dbt tests declare."""
    if not manifest.is_file():
        raise FileNotFoundError(f"{manifest} is missing: run `make manifest` (dbt parse) first")
    nodes = json.loads(manifest.read_text(encoding="utf-8"))["nodes"]
    models = {
        uid: node["name"]
        for uid, node in nodes.items()
        if node["resource_type"] == "model" and node["schema"] == MARTS_SCHEMA
    }
    unique: dict[str, list[str]] = {name: [] for name in models.values()}
    combined: dict[str, tuple[str, ...]] = {}
    foreign: dict[str, list[tuple[str, str]]] = {name: [] for name in models.values()}
    for node in nodes.values():
        test, model = node.get("test_metadata") or {}, models.get(node.get("attached_node") or "")
        if (
            node["resource_type"] != "test"
            or model is None
            or str(node["config"].get("severity")).lower() != "error"
            or node["config"].get("where")
        ):
            continue
        kwargs = test.get("kwargs") or {}
        if test.get("name") == "unique":
            unique[model].append(node["column_name"])
        elif test.get("name") == "column_rules":  # a model's not_null, unique and accepted_values in one test
            unique[model].extend(kwargs.get("unique") or ())
        elif test.get("name") == "unique_combination":
            combined[model] = tuple(kwargs["columns"])
        elif test.get("name") == "relationships":
            dimension = _ref_name(kwargs.get("to", ""))
            if DIMENSION_KEYS.get(dimension) == kwargs.get("field"):
                foreign[model].append((node["column_name"], dimension))
        elif test.get("name") == "references":  # a model's relationships in one test (tests/generic)
            foreign[model].extend(
                (key["column"], key["to"])
                for key in kwargs.get("keys") or ()
                if not key.get("where") and DIMENSION_KEYS.get(key["to"]) == key.get("field")
            )
    return {
        name: Mart(
            name, tuple(sorted(unique[name])[:1]) or combined.get(name, ()), tuple(sorted(foreign[name]))
        )
        for name in sorted(models.values())
    }


def mart_tables() -> list[str]:
    """The names of the marts tables (from dbt's manifest), sorted."""
    return list(read_marts())


def marts_suite(
    table: str, *, agency_ids: Iterable[str] | None = None, country_ids: Iterable[str] | None = None
) -> gx.ExpectationSuite:
    """One small suite per marts table: key unique and not null, row counts, values and foreign keys.

    `agency_ids` / `country_ids` are the ids in dim_agency / dim_country; pass them to check that every
    foreign key of the table into that dimension (its dbt `relationships` tests) exists there (skipped when None;
    nulls are allowed).
    """
    marts = read_marts()
    if table not in marts:
        raise ValueError(f"no suite for marts table {table!r}; known: {', '.join(marts)}")
    e = _gx().expectations
    mart = marts[table]
    rules: list[Any] = []
    if table in MARTS_MIN_ROWS:
        rules.append(e.ExpectTableRowCountToBeBetween(min_value=MARTS_MIN_ROWS[table]))
    if len(mart.key) == 1:
        rules += [
            e.ExpectColumnValuesToNotBeNull(column=mart.key[0]),
            e.ExpectColumnValuesToBeUnique(column=mart.key[0]),
        ]
    elif mart.key:
        rules.append(
            e.ExpectCompoundColumnsToBeUnique(
                column_list=list(mart.key),
                ignore_row_if="never",
                notes="The grain: one row per combination (nulls equal).",
            )
        )
    if table == "dim_country":
        rules.append(
            e.ExpectColumnValuesToMatchRegex(
                column="country_id", regex=r"^[A-Z]{2}$", notes="ISO 3166 alpha-2."
            )
        )
    if table in MARTS_MAX_VALUE:
        maximum = MARTS_MAX_VALUE[table]
        rules.append(
            e.ExpectColumnValuesToBeBetween(
                column="value",
                min_value=0,
                strict_min=True,
                max_value=maximum,
                notes=f"Distribution check: a figure above {maximum:,} is suspect (a misparsed number).",
            )
        )
    for column, values in MARTS_VALUE_SETS.get(table, {}).items():
        rules.append(e.ExpectColumnValuesToBeInSet(column=column, value_set=list(values)))
    ids = {"dim_agency": agency_ids, "dim_country": country_ids}
    for column, dimension in mart.foreign_keys:
        if ids[dimension] is not None:
            rules.append(
                e.ExpectColumnValuesToBeInSet(
                    column=column,
                    value_set=sorted(set(ids[dimension])),
                    notes=f"Every {column} must exist in {dimension}.{DIMENSION_KEYS[dimension]}.",
                )
            )
    return _suite(
        f"marts.{table}",
        rules,
        id_column=mart.key[0] if len(mart.key) == 1 else None,
        notes=f"marts.{table}: keys, volumes, foreign keys.",
    )


def marts_columns(table: str) -> set[str]:
    """The columns `marts_suite(table)` reads: the checks load only these (fct_entity_mentions alone has ~32 rows per
    article; its text columns are never checked)."""
    mart = read_marts()[table]
    return {
        *mart.key,
        *(column for column, _ in mart.foreign_keys),
        *MARTS_VALUE_SETS.get(table, {}),
        *(["value"] if table in MARTS_MAX_VALUE else []),
    }


STAGES: dict[str, Callable[..., gx.ExpectationSuite]] = {
    "raw": raw_suite,
    "clean": clean_suite,
    "extracted": extracted_suite,
    "marts": marts_suite,
}


def build_suite(stage: str, **suite_kwargs: Any) -> gx.ExpectationSuite:
    """The suite of a stage: `raw`, `clean`, `extracted`, or `marts` with `table=` (or `marts.<table>`)."""
    if stage.startswith("marts."):
        return marts_suite(stage.removeprefix("marts."), **suite_kwargs)
    if stage not in STAGES:
        raise ValueError(f"unknown stage {stage!r}; known: {', '.join(STAGES)}")
    return STAGES[stage](**suite_kwargs)
