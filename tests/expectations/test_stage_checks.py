"""The Dagster asset checks' entry point fails on a deliberately bad extracted table."""

from pathlib import Path

import duckdb

from expectations.stages import validate_stage


def test_bad_extracted_frame_fails_the_extracted_check(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    with duckdb.connect(str(db)) as con:
        con.execute("create schema clean; create schema extracted")
        con.execute("create table clean.articles as select 'a1' as article_id, 'Kominfo memblokir 500 situs judi.' as body")
        con.execute("""create table extracted.case_counts as select 'f1' as fact_id, 'a1' as article_id, -3.0 as value,
            'cases' as unit, 'judi' as category, null::varchar as agency_id, null::varchar as country_id,
            date '2024-01-01' as period_start, date '2023-01-01' as period_end, 'year' as period_precision,
            'exact' as qualifier, null::date as as_of_date, '500 situs' as surface_text, 'x' as sentence_text,
            17 as char_start, 99 as char_end""")
        con.execute("""create table extracted.blocked_content as select * exclude (unit, category, country_id),
            'site' as object_type from extracted.case_counts where false""")
    with duckdb.connect(str(db), read_only=True) as con:
        (result,) = validate_stage(con, "extracted")
    assert not result.success and result.blocking
    failed = {f["expectation"] for f in result.failures}
    assert any("between" in f for f in failed), failed
