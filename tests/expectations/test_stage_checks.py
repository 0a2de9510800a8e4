"""The Dagster asset checks' entry point fails on a deliberately bad extracted table."""

from pathlib import Path

import duckdb
import polars as pl

from expectations.derive import add_clean_columns, add_extracted_columns, add_raw_columns, facts_frame
from expectations.runner import validate_frame
from expectations.stages import FACTS_WITH_EVIDENCE, clean_frame, query, raw_frame, read, validate_stage


def test_bad_extracted_frame_fails_the_extracted_check(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    with duckdb.connect(str(db)) as con:
        con.execute("create schema clean; create schema extracted")
        con.execute(
            "create table clean.articles as select 'a1' as article_id, 'Kominfo memblokir 500 situs judi.' as body"
        )
        con.execute("""create table extracted.case_counts as select 'f1' as fact_id, 'a1' as article_id, -3.0 as value,
            'cases' as unit, 'judi' as category, null::varchar as agency_id, null::varchar as country_id,
            date '2024-01-01' as period_start, date '2023-01-01' as period_end, 'year' as period_precision,
            null::date as window_start, null::date as window_end, null::varchar as window_length,
            'exact' as qualifier, null::date as as_of_date, '500 situs' as surface_text, 'x' as sentence_text,
            17 as char_start, 99 as char_end""")
        con.execute("""create table extracted.blocked_content as select * exclude (unit, category, country_id),
            'site' as object_type from extracted.case_counts where false""")
    with duckdb.connect(str(db), read_only=True) as con:
        (result,) = validate_stage(con, "extracted")
    assert not result.success and result.blocking
    failed = {f["expectation"] for f in result.failures}
    assert any("between" in f for f in failed), failed


def test_evidence_derived_in_duckdb_equals_the_python_derivation(tmp_path: Path) -> None:
    body = "“Kemlu” — menangani 1.300 kasus WNI é sepanjang 2024."
    with duckdb.connect(str(tmp_path / "w.duckdb")) as con:
        con.execute("create schema clean; create schema extracted")
        con.execute("create table clean.articles as select 'a1' as article_id, ? as body", [body])
        con.execute("""create table extracted.case_counts as
            select 'f' || i as fact_id, 'a1' as article_id, 1300.0 as value, 'cases' as unit, 'other' as category,
                null::date as period_start, null::date as period_end, null::varchar as period_precision,
                null::date as window_start, null::date as window_end, null::varchar as window_length,
                'exact' as qualifier, s as char_start, e as char_end, 'x' as surface_text,
                'KEMLU' as agency_id, null::varchar as country_id
            from (values (1, 21, 31), (2, -1, 4), (3, 40, 99), (4, 9, 3), (5, 0, 53)) t(i, s, e)""")
        con.execute("""create table extracted.blocked_content as select * exclude (unit, category, country_id),
            'site' as object_type from extracted.case_counts where false""")
        in_sql = query(con, FACTS_WITH_EVIDENCE).to_pandas()
        in_python = add_extracted_columns(
            facts_frame(
                read(con, "extracted.case_counts"),
                read(con, "extracted.blocked_content"),
                read(con, "clean.articles"),
            )
        )

    def values(column: object) -> list[object]:
        return [None if not isinstance(v, str) else v for v in column]  # missing either way (None or NaN)

    assert values(in_sql["body_substring"]) == values(in_python["body_substring"])
    assert values(in_sql["body_substring"]) == [body[21:31], None, None, None, body]
    assert in_sql["body_length"].tolist() == [len(body)] * 5 == [int(x) for x in in_python["body_length"]]


def test_raw_and_clean_frames_derived_from_duckdb_equal_the_python_derivation(tmp_path: Path) -> None:
    """The pipeline's raw/clean suites never load texts: lengths come from DuckDB and paragraph counts from bodies
    streamed in batches. The frames they validate equal the pandas derivation, and bad rows fail the same way."""
    paragraph = "Kominfo memblokir 500 situs judi online pada Senin."
    bodies = [
        paragraph + "\n\nLain kali — é ditulis ulang dengan kata-kata cukup.",
        paragraph + "\n" + paragraph.upper() + "\nPendek.",
        None,
        "Terlalu pendek.",
    ]
    with duckdb.connect(str(tmp_path / "w.duckdb")) as con:
        con.execute("create schema raw; create schema clean")
        con.execute("""create table raw.articles as select 'a' || i as article_id, 'a' || i || '.txt' as source_path,
            'txt' as source_format, 20 as size_bytes, t as text, repeat('0', 64) as content_hash
            from (values (1, 'Teks berita yang cukup panjang, é.'), (2, 'pendek'), (3, null)) v(i, t)""")
        con.execute("create table clean.articles (article_id varchar, body varchar, word_count integer)")
        con.executemany(
            "insert into clean.articles values (?, ?, 30)", [[f"a{i % 3}", b] for i, b in enumerate(bodies)]
        )
        for stage, frame in (("raw", raw_frame(con)), ("clean", clean_frame(con))):
            python = read(con, f"{stage}.articles").to_pandas()
            derived = (add_raw_columns if stage == "raw" else add_clean_columns)(python)
            assert frame.columns == list(derived.columns)
            assert frame.to_dicts() == pl.from_pandas(derived).to_dicts()
            (in_pipeline,) = validate_stage(con, stage)
            assert in_pipeline.failed_expectations() == validate_frame(stage, python).failed_expectations()
    assert frame["max_paragraph_occurrence_count"].to_list() == [1, 2, 0, 0]
    assert not in_pipeline.success


def test_validated_frames_are_not_kept_by_great_expectations() -> None:
    """GE's execution engine keeps the last frame of every asset unless told otherwise: a long run would hold
    every stage's frame to the end."""
    import gc

    from great_expectations.execution_engine.pandas_batch_data import PandasBatchData

    frame = pl.DataFrame(
        {"article_id": ["a1"], "body": ["Kominfo memblokir 500 situs judi online. " * 5], "word_count": [30]}
    )
    assert validate_frame("clean", frame).rows == 1
    gc.collect()
    assert not [o for o in gc.get_objects() if isinstance(o, PandasBatchData)]


def test_validated_frames_are_not_hashed() -> None:
    """GE fingerprints each pandas batch by hashing every row (twice per validation) unless told not to: at 100,000
    articles that was ~1 GB and seconds per suite for a marker nothing reads."""
    result = validate_frame(
        "marts", pl.DataFrame({"agency_id": ["a", "b"], "name": ["x", "y"]}), table="dim_agency"
    )
    assert result.success
    assert "pandas_data_fingerprint" not in result.validation_result["meta"]["batch_markers"]


def test_marts_check_of_a_built_warehouse_names_the_bad_rows(seeds_warehouse: Path, tmp_path: Path) -> None:
    """The pipeline's marts check (tables read one at a time, Arrow-backed strings) passes on a real warehouse
    and flags a duplicated mention key and an unknown agency with their ids."""
    import shutil

    copy = tmp_path / "w.duckdb"
    shutil.copyfile(seeds_warehouse, copy)
    with duckdb.connect(str(copy), read_only=True) as con:
        assert all(r.success for r in validate_stage(con, "marts"))
    with duckdb.connect(str(copy)) as con:
        (mention,) = con.execute("select mention_id from marts.fct_entity_mentions limit 1").fetchone()
        con.execute(
            "create or replace table marts.fct_entity_mentions as select * from marts.fct_entity_mentions "
            "union all select * from marts.fct_entity_mentions where mention_id = ?",
            [mention],
        )
        (fact,) = con.execute("select fact_id from marts.fct_case_counts limit 1").fetchone()
        con.execute("update marts.fct_case_counts set agency_id = 'NO_SUCH_AGENCY' where fact_id = ?", [fact])
    with duckdb.connect(str(copy), read_only=True) as con:
        results = {r.stage: r for r in validate_stage(con, "marts")}
    flagged = {
        (name, f["expectation"], f["column"]): f["unexpected_ids"]
        for name, r in results.items()
        for f in r.failures
    }
    assert (
        mention in flagged[("marts.fct_entity_mentions", "expect_column_values_to_be_unique", "mention_id")]
    )
    assert fact in flagged[("marts.fct_case_counts", "expect_column_values_to_be_in_set", "agency_id")]
