"""Each suite passes on a small good frame and fails, on the intended expectation, on a crafted bad one.

A GE validation costs about half a second whatever the frame size, so the row-level cases of a stage are
validated together: every case adds one bad copy of a good row, under its own id, to one frame, and its test
asserts that the intended expectation failed *on that row*. Frame-level rules (`mostly`, row counts) get
frames of their own. The whole module shares the runner's one ephemeral GE context.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pandas as pd
import polars as pl
import pytest

from expectations.derive import body_substring, facts_frame, max_paragraph_occurrence_count
from expectations.runner import StageResult, build_data_docs, validate_frame, validate_marts
from expectations.suites import (
    MARTS_MAX_VALUE,
    MARTS_MIN_ROWS,
    MARTS_VALUE_SETS,
    build_suite,
    mart_tables,
    read_marts,
)

TODAY = date(2025, 6, 30)  # fixed, so date rules do not drift with the calendar

UNIQUE = "expect_column_values_to_be_unique"
NOT_NULL = "expect_column_values_to_not_be_null"
BETWEEN = "expect_column_values_to_be_between"
IN_SET = "expect_column_values_to_be_in_set"
A_GT_B = "expect_column_pair_values_a_to_be_greater_than_b"
PAIR_EQUAL = "expect_column_pair_values_to_be_equal"
REGEX = "expect_column_values_to_match_regex"
ROW_COUNT = "expect_table_row_count_to_be_between"

PARAGRAPHS = [
    "Jakarta - Polisi menangkap 12 orang terkait judi online di Jakarta Selatan pada Senin malam.",
    "Sebanyak 1.200 situs diblokir oleh Kominfo sepanjang tahun 2024 menurut keterangan pejabat.",
    "Kasus ini masih terus didalami oleh penyidik kepolisian daerah setempat hingga hari ini.",
]
BODY = "\n".join(PARAGRAPHS)


def _article_id(i: int) -> str:
    return f"{i:016x}"


@pytest.fixture(scope="module")
def raw() -> pd.DataFrame:
    texts = [f"{BODY}\nArtikel nomor {i}." for i in range(3)]
    return pd.DataFrame(
        {
            "article_id": [_article_id(i) for i in range(3)],
            "source_path": ["a.txt", "b.html", "c.jsonl#1"],
            "source_format": ["txt", "html", "jsonl"],
            "encoding": ["utf-8"] * 3,
            "size_bytes": [len(t.encode()) for t in texts],
            "text": texts,
            "meta_title": [None, "Judul", None],
            "content_hash": [f"{i:064x}" for i in range(3)],
            "ingested_at": pd.Timestamp("2025-06-01", tz="UTC"),
        }
    )


@pytest.fixture(scope="module")
def clean() -> pd.DataFrame:
    n = 20  # enough rows to exercise `mostly`
    return pd.DataFrame(
        {
            "article_id": [_article_id(i) for i in range(n)],
            "title": ["Judul"] * n,
            "published_date": [date(2024, 5, 1)] * (n - 1) + [None],
            "language": ["id"] * n,
            "word_count": [len(BODY.split())] * n,
            "body": [BODY] * n,
        }
    )


def _fact(start_of: str, length: int) -> dict[str, object]:
    start = BODY.index(start_of)
    return {"char_start": start, "char_end": start + length, "surface_text": BODY[start : start + length]}


@pytest.fixture(scope="module")
def facts(clean: pd.DataFrame) -> pd.DataFrame:
    """Built through derive.facts_frame from polars tables, as the Dagster check will."""
    case_counts = pl.DataFrame(
        [
            {
                "fact_id": "c1",
                "article_id": _article_id(0),
                "value": 12.0,
                "unit": "people",
                "category": "online_gambling",
                "period_start": None,
                "period_end": None,
                "period_precision": None,
                "qualifier": "exact",
                **_fact("12 orang", 8),
            },
        ],
        schema_overrides={"period_start": pl.Date, "period_end": pl.Date, "period_precision": pl.String},
    )
    blocked = pl.DataFrame(
        [
            {
                "fact_id": "b1",
                "article_id": _article_id(0),
                "value": 1200.0,
                "object_type": "site",
                "category": "online_gambling",
                "period_start": date(2024, 1, 1),
                "period_end": date(2024, 12, 31),
                "period_precision": "year",
                "window_start": date(2019, 6, 19),
                "window_end": date(2024, 6, 18),
                "window_length": "P5Y",
                "qualifier": "exact",
                **_fact("1.200 situs", 11),
            },
            {
                "fact_id": "b2",
                "article_id": _article_id(1),
                "value": 50_000_000.0,
                "object_type": "content",
                "category": None,
                "period_start": date(2024, 3, 1),
                "period_end": None,
                "period_precision": "open",
                "qualifier": "at_least",
                **_fact("1.200", 5),
            },
        ]
    )
    return facts_frame(case_counts, blocked, pl.from_pandas(clean))


@pytest.fixture(scope="module")
def marts(clean: pd.DataFrame) -> dict[str, pd.DataFrame]:
    countries = ["ID", "KH", "MM"] + [f"{chr(65 + i // 26)}{chr(65 + i % 26)}" for i in range(200)]
    return {
        "dim_article": clean[["article_id", "title", "body"]],
        "dim_country": pd.DataFrame({"country_id": list(dict.fromkeys(countries))}),
        "dim_agency": pd.DataFrame(
            {
                "agency_id": ["KOMINFO", "POLRI", "KOMDIGI"],
                "country_id": ["ID", "ID", "ID"],
                "parent_agency_id": [None, None, None],
                "successor_of": [None, None, "KOMINFO"],
            }
        ),
        "dim_person": pd.DataFrame(
            {"person_id": ["budi-arie-setiadi"], "agency_id": ["KOMINFO"], "country_id": ["ID"]}
        ),
        "fct_case_counts": pd.DataFrame(
            {"fact_id": ["c1"], "value": [12.0], "agency_id": ["POLRI"], "country_id": ["KH"]}
        ),
        "fct_blocked_content": pd.DataFrame(
            {"fact_id": ["b1", "b2"], "value": [1200.0, 50_000_000.0], "agency_id": ["KOMINFO", None]}
        ),
        "fct_claims": pd.DataFrame({"claim_id": ["k1"], "agency_id": ["KOMINFO"], "country_id": [None]}),
        "fct_entity_mentions": pd.DataFrame({"mention_id": ["m1"], "entity_type": ["agency"]}),
        "fct_money": pd.DataFrame({"fact_id": ["u1"]}),
        "fct_person_roles": pd.DataFrame(
            {
                "article_id": [_article_id(0)],
                "person_id": ["budi-arie-setiadi"],
                "agency_id": ["KOMINFO"],
                "country_id": ["ID"],
            }
        ),
        "fct_delegations": pd.DataFrame(
            {
                "delegation_id": ["d1"],
                "lead_agency_id": ["POLRI"],
                "origin_country_id": ["ID"],
                "destination_country_id": ["KH"],
            }
        ),
        "fct_delegation_participants": pd.DataFrame(
            {
                "delegation_id": ["d1", "d1", "d1"],
                "person_id": ["p1", None, None],
                "agency_id": ["POLRI", "KOMINFO", None],
                "role": ["lead", "member", "counterpart"],
            }
        ),
        "mart_agency_timeline": pd.DataFrame({"claim_id": ["k1"], "agency_id": ["KOMINFO"]}),
        "mart_blocked_by_period": pd.DataFrame({"claim_id": ["k1"], "agency_id": ["KOMINFO"]}),
        "mart_case_counts_by_period": pd.DataFrame({"claim_id": ["k1"], "agency_id": ["POLRI"]}),
        "rejected_inputs": pd.DataFrame({"source_path": ["empty.txt", "lines.jsonl#2"]}),
        "quarantined_rows": pd.DataFrame(
            {
                "table_name": ["dim_article", "fct_blocked_content"],
                "row_key": ["a9", "f9"],
                "check_name": [
                    "clean/articles:ge_clean_suite",
                    "extracted/blocked_content:ge_extracted_suite",
                ],
            }
        ),
    }


def _assert_fails_on(result: StageResult, expectation: str, column: str | None) -> None:
    assert not result.success
    assert (expectation, column) in result.failed_expectations(), result.failed_expectations()


def _mutated(frame: pd.DataFrame, mutate: Callable[[pd.DataFrame], None]) -> pd.DataFrame:
    copy = frame.copy()
    mutate(copy)
    return copy


# ---- good frames pass ---------------------------------------------------------------------------------------


def test_raw_good_frame_passes(raw: pd.DataFrame) -> None:
    result = validate_frame("raw", raw)
    assert result.success, result.failures
    assert result.evaluated == len(build_suite("raw").expectations) and result.failed == 0


def test_clean_good_frame_passes(clean: pd.DataFrame) -> None:
    result = validate_frame("clean", clean, today=TODAY)
    assert result.success, result.failures


def test_extracted_good_frame_passes(facts: pd.DataFrame) -> None:
    result = validate_frame("extracted", facts, today=TODAY)
    assert result.success, result.failures
    assert result.rows == 3


def test_marts_good_frames_pass(marts: dict[str, pd.DataFrame]) -> None:
    assert set(marts) == set(mart_tables())  # a good frame for every mart dbt builds, so each suite is tried
    results = validate_marts(marts)
    assert set(results) == set(marts)
    assert all(r.success for r in results.values()), {
        k: r.failures for k, r in results.items() if not r.success
    }
    # foreign keys were checked against the dimension frames
    fk = [
        r
        for r in results["fct_case_counts"].results
        if r["column"] == "agency_id" and r["expectation"] == IN_SET
    ]
    assert fk and fk[0]["success"]


# ---- row-level bad cases: one bad row per case, one validation per stage -------------------------------------

Case = tuple[dict[str, object], str, str]  # overrides of a good row, expectation that must fail, its column


def _bad_frame(
    good: pd.DataFrame,
    id_column: str,
    cases: dict[str, Case],
    base: Callable[[str], int] = lambda c: 0,
    unique: Callable[[str], dict[str, object]] = lambda c: {},
) -> pd.DataFrame:
    """`good` plus one row per case: row `base(case)` of `good`, its id set to the case name, then overridden."""
    rows = []
    for case, (overrides, _, _) in cases.items():
        row = good.iloc[base(case)].to_dict()
        rows.append({**row, id_column: case, **unique(case), **overrides})
    return pd.concat([good, pd.DataFrame(rows)], ignore_index=True)


def _assert_row_fails(result: StageResult, case: str, cases: dict[str, Case], id_column: str) -> None:
    overrides, expectation, column = cases[case]
    _assert_fails_on(result, expectation, column)
    row_id = str(overrides.get(id_column, case))
    flagged = {
        i
        for r in result.failures
        if (r["expectation"], r["column"]) == (expectation, column)
        for i in r["unexpected_ids"]
    }  # a column can have several such rules (one per row condition)
    assert row_id in flagged, flagged


RAW_CASES: dict[str, Case] = {
    "duplicated-content-hash": ({"content_hash": f"{0:064x}"}, UNIQUE, "content_hash"),
    "null-content-hash": ({"content_hash": None}, NOT_NULL, "content_hash"),
    "duplicated-source-path": ({"source_path": "a.txt"}, UNIQUE, "source_path"),
    "short-text": ({"text": "terlalu pendek"}, BETWEEN, "text_length"),
    "null-text": ({"text": None}, NOT_NULL, "text_length"),
    "huge-file": ({"size_bytes": 30_000_000}, BETWEEN, "size_bytes"),
    "tiny-file": ({"size_bytes": 3}, BETWEEN, "size_bytes"),
    "unknown-format": ({"source_format": "pdf"}, IN_SET, "source_format"),
    "bad-hash": ({"content_hash": "not-a-sha256"}, "expect_column_values_to_match_regex", "content_hash"),
    _article_id(1): ({}, UNIQUE, "article_id"),  # a second row with article 1's id
}


@pytest.fixture(scope="module")
def raw_bad(raw: pd.DataFrame) -> StageResult:
    frame = _bad_frame(
        raw,
        "article_id",
        RAW_CASES,
        unique=lambda c: {
            "source_path": f"{c}.txt",
            "content_hash": hashlib.sha256(c.encode()).hexdigest(),
        },
    )
    return validate_frame("raw", frame, max_unexpected=50)


@pytest.mark.parametrize("case", RAW_CASES)
def test_raw_bad_row_fails(raw_bad: StageResult, case: str) -> None:
    _assert_row_fails(raw_bad, case, RAW_CASES, "article_id")


CLEAN_CASES: dict[str, Case] = {
    "repeated-paragraph": (
        {"body": BODY + "\n" + PARAGRAPHS[1].upper()},
        BETWEEN,  # other case: still a repeat
        "max_paragraph_occurrence_count",
    ),
    "future-date": ({"published_date": date(2031, 1, 1)}, BETWEEN, "published_date"),
    "date-before-2000": ({"published_date": date(1999, 12, 31)}, BETWEEN, "published_date"),
    "few-words": ({"word_count": 7}, BETWEEN, "word_count"),
    _article_id(3): ({}, UNIQUE, "article_id"),
}


@pytest.fixture(scope="module")
def clean_bad(clean: pd.DataFrame) -> StageResult:
    return validate_frame(
        "clean", _bad_frame(clean, "article_id", CLEAN_CASES), today=TODAY, max_unexpected=50
    )


@pytest.mark.parametrize("case", CLEAN_CASES)
def test_clean_bad_row_fails(clean_bad: StageResult, case: str) -> None:
    _assert_row_fails(clean_bad, case, CLEAN_CASES, "article_id")
    assert clean_bad.blocking


def test_clean_short_bodies_fail_beyond_five_percent(clean: pd.DataFrame) -> None:
    one_short = _mutated(clean, lambda f: f.loc.__setitem__((0, "body"), "Terlalu pendek."))
    assert validate_frame("clean", one_short, today=TODAY).success  # 1 in 20: within mostly=0.95
    two_short = _mutated(clean, lambda f: f.loc.__setitem__((slice(0, 1), "body"), "Terlalu pendek."))
    _assert_fails_on(validate_frame("clean", two_short, today=TODAY), BETWEEN, "body_length")


def test_clean_language_only_flags(clean: pd.DataFrame) -> None:
    frame = _mutated(clean, lambda f: f.loc.__setitem__((slice(0, 4), "language"), "en"))
    result = validate_frame("clean", frame, today=TODAY)
    _assert_fails_on(result, IN_SET, "language")
    assert not result.blocking and result.failed_critical == 0


def test_clean_accepts_polars_dates(clean: pd.DataFrame) -> None:
    """Polars Date becomes pandas datetime64; the runner turns it back into dates GE can compare."""
    frame = pl.from_pandas(clean).with_columns(pl.col("published_date").cast(pl.Date))
    bad = frame.with_columns(
        pl.when(pl.col("article_id") == _article_id(2))
        .then(date(2031, 1, 1))
        .otherwise(pl.col("published_date"))
        .alias("published_date")
    )
    assert bad.schema["published_date"] == pl.Date
    _assert_fails_on(validate_frame("clean", bad, today=TODAY), BETWEEN, "published_date")


EXTRACTED_CASES: dict[str, Case] = {
    "negative-value": ({"value": -3.0}, BETWEEN, "value"),
    "zero-value": ({"value": 0.0}, BETWEEN, "value"),
    "too-many-people": ({"value": 400_000_000.0}, BETWEEN, "value"),
    "blocked-too-many": ({"value": 200_000_000.0}, BETWEEN, "value"),
    "null-value": ({"value": None}, NOT_NULL, "value"),
    "char-end-beyond-body": ({"char_end": len(BODY) + 5}, A_GT_B, "body_length,char_end"),
    "empty-span": ({"char_start": 3, "char_end": 3}, A_GT_B, "char_end,char_start"),
    "negative-start": ({"char_start": -1}, BETWEEN, "char_start"),
    "surface-text-not-at-offsets": ({"surface_text": "13 orang"}, PAIR_EQUAL, "surface_text,body_substring"),
    "blocked-period-start-after-end": (
        {"period_start": date(2025, 2, 1), "period_end": date(2025, 1, 1)},
        A_GT_B,
        "period_end,period_start",
    ),
    "blocked-period-before-2000": ({"period_start": date(1998, 1, 1)}, BETWEEN, "period_start"),
    "blocked-window-start-after-end": (
        {"window_start": date(2024, 6, 19), "window_end": date(2024, 6, 18)},
        A_GT_B,
        "window_end,window_start",
    ),
    "blocked-window-before-2000": ({"window_start": date(1998, 1, 1)}, BETWEEN, "window_start"),
    "blocked-window-end-next-year": ({"window_end": date(2026, 1, 1)}, BETWEEN, "window_end"),
    # a window's length is an ISO 8601 duration of years, months or days ("P5Y"), never the words it was read from
    "blocked-window-length-in-words": ({"window_length": "lima tahun"}, REGEX, "window_length"),
    "blocked-window-length-no-unit": ({"window_length": "P5"}, REGEX, "window_length"),
    "blocked-window-length-zero": ({"window_length": "P0Y"}, REGEX, "window_length"),
    "blocked-period-start-in-future": ({"period_start": date(2025, 7, 1)}, BETWEEN, "period_start"),
    "blocked-period-end-next-year": ({"period_end": date(2026, 1, 1)}, BETWEEN, "period_end"),
    "category-judi": ({"category": "judi"}, IN_SET, "category"),
    "case-count-without-category": ({"category": None}, NOT_NULL, "category"),
    "unit-orang": ({"unit": "orang"}, IN_SET, "unit"),
    "case-count-without-unit": ({"unit": None}, NOT_NULL, "unit"),
    "blocked-object-type-website": ({"object_type": "website"}, IN_SET, "object_type"),
    "blocked-without-object-type": ({"object_type": None}, NOT_NULL, "object_type"),
    "unknown-qualifier": ({"qualifier": "roughly"}, IN_SET, "qualifier"),
    "null-qualifier": ({"qualifier": None}, NOT_NULL, "qualifier"),
    "blocked-unknown-precision": ({"period_precision": "week"}, IN_SET, "period_precision"),
    "null-surface-text": ({"surface_text": None}, NOT_NULL, "surface_text"),
    "unknown-fact-table": ({"fact_table": "claims"}, IN_SET, "fact_table"),
    "duplicated-fact-id": ({"fact_id": "b1"}, UNIQUE, "fact_id"),
}


@pytest.fixture(scope="module")
def extracted_bad(facts: pd.DataFrame) -> StageResult:
    """Cases named blocked-* copy the blocked-content fact b1, the others the case count c1."""
    base = {"c1": 0, "b1": 1}
    frame = _bad_frame(
        facts,
        "fact_id",
        EXTRACTED_CASES,
        base=lambda c: base["b1" if c.startswith(("blocked", "dup")) else "c1"],
    )
    # overrides are dates, the good rows timestamps
    for column in ("period_start", "period_end", "window_start", "window_end"):
        frame[column] = pd.to_datetime(frame[column])
    return validate_frame("extracted", frame, today=TODAY, max_unexpected=50)


@pytest.mark.parametrize("case", EXTRACTED_CASES)
def test_extracted_bad_row_fails(extracted_bad: StageResult, case: str) -> None:
    _assert_row_fails(extracted_bad, case, EXTRACTED_CASES, "fact_id")


def test_extracted_maxima_depend_on_the_fact_table(extracted_bad: StageResult) -> None:
    """50 million blocked items (fact b2) is plausible; 400 million people (more than Indonesia has) is not."""
    failures = {
        r["row_condition"]: r["unexpected_ids"]
        for r in extracted_bad.failures
        if (r["expectation"], r["column"]) == (BETWEEN, "value")
    }
    [people] = [ids for condition, ids in failures.items() if "case_counts" in condition]
    [blocked] = [ids for condition, ids in failures.items() if "blocked_content" in condition]
    assert "too-many-people" in people and "blocked-too-many" not in people
    assert "fact_table == 'case_counts'" in failures
    assert "blocked-too-many" in blocked and "b2" not in blocked


def test_extracted_failure_examples_name_the_fact(facts: pd.DataFrame) -> None:
    result = validate_frame(
        "extracted", _mutated(facts, lambda f: f.loc.__setitem__((0, "value"), -3.0)), today=TODAY
    )
    [failure] = result.failures
    assert failure["unexpected_count"] == 1
    assert failure["examples"] == [{"value": "-3.0", "fact_id": "c1"}]
    assert result.metadata()["failures"][0]["unexpected_ids"] == ["c1"]


def test_tens_of_millions_of_people_pass(facts: pd.DataFrame) -> None:
    """PPATK counts online gamblers by the million ("12,3 juta orang menyetorkan deposit judol"): a real figure."""
    result = validate_frame(
        "extracted", _mutated(facts, lambda f: f.loc.__setitem__((0, "value"), 12_300_000.0)), today=TODAY
    )
    assert result.failures == []


# ---- marts --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "frame", "expectation", "column"),
    [
        pytest.param(
            "dim_country", pd.DataFrame({"country_id": ["ID", "KH"]}), ROW_COUNT, None, id="few-countries"
        ),
        pytest.param(
            "dim_article",
            pd.DataFrame({"article_id": pd.Series([], dtype=object)}),
            ROW_COUNT,
            None,
            id="no-articles",
        ),
        pytest.param(
            "dim_agency",
            pd.DataFrame({"agency_id": ["POLRI", "POLRI"], "country_id": ["ID", "ID"]}),
            UNIQUE,
            "agency_id",
            id="duplicated-agency",
        ),
        pytest.param(
            "dim_person",
            pd.DataFrame({"person_id": ["a", "a"], "agency_id": [None, None]}),
            UNIQUE,
            "person_id",
            id="duplicated-person",
        ),
        pytest.param(
            "fct_claims", pd.DataFrame({"claim_id": ["k1", None]}), NOT_NULL, "claim_id", id="null-claim"
        ),
        pytest.param(
            "fct_blocked_content",
            pd.DataFrame({"fact_id": ["b1"], "value": [2e8], "agency_id": ["KOMINFO"]}),
            BETWEEN,
            "value",
            id="blocked-above-100-million",
        ),
        pytest.param(
            "fct_case_counts",
            pd.DataFrame({"fact_id": ["c1"], "value": [5.0], "agency_id": ["BNN"], "country_id": ["ID"]}),
            IN_SET,
            "agency_id",
            id="unknown-agency",
        ),
        pytest.param(
            "fct_money", pd.DataFrame({"fact_id": ["u1", "u1"]}), UNIQUE, "fact_id", id="duplicated-money"
        ),
        pytest.param(
            "fct_delegations",
            pd.DataFrame(
                {
                    "delegation_id": ["d1"],
                    "lead_agency_id": ["POLRI"],
                    "origin_country_id": ["ID"],
                    "destination_country_id": ["XX"],
                }
            ),
            IN_SET,
            "destination_country_id",
            id="unknown-destination",
        ),
        pytest.param(
            "fct_delegation_participants",
            pd.DataFrame(
                {
                    "delegation_id": ["d1", "d1"],
                    "person_id": [None, None],
                    "agency_id": ["POLRI", "POLRI"],
                    "role": ["member", "member"],
                }
            ),
            "expect_compound_columns_to_be_unique",
            None,
            id="duplicated-participant",
        ),
        pytest.param(
            "mart_agency_timeline",
            pd.DataFrame({"claim_id": ["k1"], "agency_id": ["KOMINFOO"]}),
            IN_SET,
            "agency_id",
            id="timeline-unknown-agency",
        ),
        pytest.param(
            "rejected_inputs",
            pd.DataFrame({"source_path": ["a.txt", "a.txt"]}),
            UNIQUE,
            "source_path",
            id="rejected-twice",
        ),
    ],
)
def test_marts_bad_frame_fails(table: str, frame: pd.DataFrame, expectation: str, column: str | None) -> None:
    result = validate_frame("marts", frame, table=table, agency_ids=["KOMINFO", "POLRI"], country_ids=["ID"])
    _assert_fails_on(result, expectation, column)


def test_the_marts_are_read_from_the_dbt_manifest() -> None:
    marts = read_marts()
    assert {"fct_money", "mart_agency_timeline", "rejected_inputs", "fct_claims", "dim_article"} <= set(marts)
    assert not any(name.startswith(("stg_", "int_")) for name in marts)
    assert marts["fct_case_counts"].key == ("fact_id",)
    assert marts["fct_delegation_participants"].key == ("delegation_id", "person_id", "agency_id", "role")
    assert ("agency_id", "dim_agency") in marts["fct_case_counts"].foreign_keys
    assert all(mart.key for mart in marts.values()), "every mart declares its grain with a dbt unique test"
    # the rules for particular tables name marts that exist (a renamed mart must not silently lose its rules)
    assert set(MARTS_MIN_ROWS) | set(MARTS_MAX_VALUE) | set(MARTS_VALUE_SETS) <= set(marts)


def test_marts_stage_shorthand_and_unknown_names() -> None:
    assert build_suite("marts.dim_country").name == "pantau.marts.dim_country"
    with pytest.raises(ValueError, match="no suite for marts table"):
        build_suite("marts", table="dim_nothing")
    with pytest.raises(ValueError, match="unknown stage"):
        build_suite("gold")


# ---- derived columns and reporting --------------------------------------------------------------------------


def test_paragraph_repeats_ignore_short_lines_case_and_punctuation() -> None:
    assert max_paragraph_occurrence_count(BODY) == 1
    assert max_paragraph_occurrence_count("Baca juga\nBaca juga\nTeks") == 0  # lines under 5 words
    assert max_paragraph_occurrence_count(BODY + "\n" + PARAGRAPHS[0].upper().replace(".", "!")) == 2
    assert max_paragraph_occurrence_count(None) == 0


def test_body_substring_refuses_offsets_outside_the_body() -> None:
    assert body_substring("abcdef", 1, 3) == "bc"
    assert body_substring("abcdef", -2, 3) is None
    assert body_substring("abcdef", 4, 9) is None
    assert body_substring(None, 0, 1) is None


def test_facts_frame_keeps_columns_of_an_empty_table(facts: pd.DataFrame, clean: pd.DataFrame) -> None:
    case_counts = facts[facts["fact_table"] == "case_counts"].drop(
        columns=["fact_table", "body", "object_type"]
    )
    frame = facts_frame(case_counts, pd.DataFrame(columns=["fact_id", "article_id", "value"]), clean)
    assert {"object_type", "fact_table", "body"} <= set(frame.columns) and len(frame) == 1
    assert validate_frame("extracted", frame, today=TODAY).success


def test_stage_result_is_json(raw: pd.DataFrame) -> None:
    result = validate_frame("raw", _mutated(raw, lambda f: f.loc.__setitem__((0, "source_format"), "pdf")))
    round_trip = json.loads(json.dumps(result.to_dict()))
    assert round_trip["validation_result"]["suite_name"] == "pantau.raw"
    assert json.dumps(result.metadata())


def test_data_docs_show_every_suite(
    tmp_path: Path, raw: pd.DataFrame, facts: pd.DataFrame, marts: dict[str, pd.DataFrame]
) -> None:
    results = [
        validate_frame("raw", raw),
        validate_frame(
            "extracted", _mutated(facts, lambda f: f.loc.__setitem__((0, "category"), "judi")), today=TODAY
        ),
        validate_marts({"dim_agency": marts["dim_agency"]})["dim_agency"],
    ]
    # the JSON form works too (results written by another process)
    index = build_data_docs(
        [results[0], json.loads(json.dumps(results[1].to_dict())), results[2]], tmp_path / "docs"
    )
    assert index == tmp_path / "docs" / "index.html" and index.is_file()
    html = index.read_text()
    for name in ("pantau.raw", "pantau.extracted", "pantau.marts.dim_agency"):
        assert name in html
    pages = list((tmp_path / "docs" / "validations").rglob("*.html"))
    assert len(pages) == 3
    extracted_page = next(p for p in pages if "extracted" in str(p)).read_text()
    assert "judi" in extracted_page


def test_configurations_built_once_give_the_same_results(marts: dict[str, pd.DataFrame]) -> None:
    """expectations.runner builds each expectation's GE configuration once per validation (GE rebuilds it on every
    read): the results, passed and failed, are those of GE's own property, which is put back afterwards."""
    from contextlib import nullcontext

    from great_expectations.expectations.expectation import Expectation

    from expectations import runner

    original = Expectation.__dict__["configuration"]
    bad = pd.DataFrame({"claim_id": ["k1", "k2"], "agency_id": ["KOMINFOO", "POLRI"]})

    def validate() -> list[object]:
        results = [
            validate_frame(
                "marts", marts["fct_case_counts"], table="fct_case_counts", agency_ids=["KOMINFO"]
            ),
            validate_frame("marts", bad, table="mart_agency_timeline", agency_ids=["KOMINFO", "POLRI"]),
        ]
        return [(r.success, r.evaluated, r.failed, r.failed_expectations(), r.failures) for r in results]

    once = validate()
    assert Expectation.__dict__["configuration"] is original
    runner_once, runner._configurations_once = runner._configurations_once, nullcontext  # type: ignore[assignment]
    try:
        assert validate() == once
    finally:
        runner._configurations_once = runner_once  # type: ignore[assignment]
    assert not once[1][0] and ("expect_column_values_to_be_in_set", "agency_id") in once[1][3]
