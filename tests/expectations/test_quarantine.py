"""Row-level quarantine (expectations/quarantine.py): odd rows are withheld with their reason, a systemic failure or
too many rejected rows still block."""

from datetime import date
from pathlib import Path

import duckdb
import polars as pl
import pytest

from expectations import quarantine
from expectations.stages import validate_stage
from orchestration.lib import settings

BODY = (
    "Kominfo memblokir 500 situs judi online dan Polri menangkap 12 tersangka di Jakarta pada pekan ini. " * 2
)


def _warehouse(
    path: Path,
    *,
    articles: int = 4,
    future: tuple[int, ...] = (),
    huge: tuple[int, ...] = (),
    duplicate_fact: bool = False,
    unknown: tuple[int, ...] = (),
) -> duckdb.DuckDBPyConnection:
    """raw/clean/extracted tables as the load writes them: `articles` articles with one case count and one
    blocked-content figure each; the articles in `future` dated 2085, the blocked figures of `huge` misparsed, the
    case counts of `unknown` in a country code no reference knows."""
    con = duckdb.connect(str(path))
    con.execute("create schema raw; create schema clean; create schema extracted")
    con.execute("""create table raw.articles (article_id varchar, source_path varchar, source_format varchar,
        size_bytes bigint, text varchar, content_hash varchar)""")
    con.execute("""create table clean.articles (article_id varchar, source_path varchar, body varchar,
        word_count integer, language varchar, published_date date, url varchar)""")
    con.execute("""create table extracted.case_counts (fact_id varchar, article_id varchar, value double,
        unit varchar, category varchar, period_start date, period_end date, period_precision varchar,
        qualifier varchar, char_start bigint, char_end bigint, surface_text varchar, agency_id varchar,
        country_id varchar, window_start date, window_end date, window_length varchar)""")
    con.execute("""create table extracted.blocked_content (fact_id varchar, article_id varchar, value double,
        object_type varchar, period_start date, period_end date, period_precision varchar, qualifier varchar,
        char_start bigint, char_end bigint, surface_text varchar, agency_id varchar, window_start date,
        window_end date, window_length varchar)""")
    for i in range(articles):
        article, body = f"a{i}", BODY + f" Berita nomor {i}."
        published = date(2085, 6, 8) if i in future else date(2024, 6, 8)
        con.execute(
            "insert into raw.articles values (?, ?, 'txt', ?, ?, ?)",
            [article, f"{article}.txt", len(body), body, f"{i:064x}"],
        )
        con.execute(
            "insert into clean.articles values (?, ?, ?, 40, 'id', ?, ?)",
            [article, f"{article}.txt", body, published, f"https://contoh.id/{article}"],
        )
        con.execute(
            "insert into extracted.case_counts values (?, ?, 12, 'people', 'online_gambling', null, null, "
            "null, 'exact', 60, 72, '12 tersangka', 'POLRI', ?, null, null, null)",
            [f"c{i}", article, "XX" if i in unknown else "KH"],
        )
        blocked_id = "c0" if duplicate_fact and i == 0 else f"b{i}"
        con.execute(
            "insert into extracted.blocked_content values (?, ?, ?, 'site', null, null, null, 'exact', "
            "18, 27, '500 situs', 'KOMINFO', null, null, null)",
            [blocked_id, article, 791_036_613 if i in huge else 500],
        )
    return con


def _judge(
    con: duckdb.DuckDBPyConnection,
    max_share: float = 0.01,
    min_articles: int = 5,
    failed: pl.DataFrame | None = None,
):
    results = {stage: validate_stage(con, stage)[0] for stage in quarantine.STAGES}
    return quarantine.judge(con, results, max_share, min_articles=min_articles, failed=failed)


def _failed(*articles: str) -> pl.DataFrame:
    """Articles the extractor raised on, as orchestration/lib/extract_cache.extraction_errors gives them."""
    return pl.DataFrame(
        {
            "article_id": list(articles),
            "extraction_error": ["IndexError: list index out of range"] * len(articles),
        }
    )


def test_odd_rows_are_withheld_with_their_reason_and_the_stages_publish(tmp_path: Path) -> None:
    con = _warehouse(tmp_path / "w.duckdb", articles=8, future=(1,), huge=(2,))
    withheld, verdicts = _judge(con)
    assert not any(v.blocking for v in verdicts.values()), {s: v.why_blocked() for s, v in verdicts.items()}
    rows = {(r["table_name"], r["row_key"]): r for r in withheld.to_dicts()}
    assert set(rows) == {("dim_article", "a1"), ("fct_blocked_content", "b2")}
    article, fact = rows["dim_article", "a1"], rows["fct_blocked_content", "b2"]
    assert (article["article_id"], article["source_path"], article["stage"]) == ("a1", "a1.txt", "clean")
    assert article["check_name"] == "clean:expect_column_values_to_be_between:published_date"
    assert article["reason"].startswith("published_date 2085-06-08 is after ")
    assert article["reason"].endswith(
        ", the latest allowed: Nulls allowed (undated articles); a future date is a parsing error."
    )
    assert (fact["article_id"], fact["source_path"]) == ("a2", "a2.txt")
    assert fact["reason"] == (
        "value 791036613 is above 100000000, the largest allowed (rule for fact_table == "
        "'blocked_content'): A count of blocked items above 100 million is a misparsed number."
    )
    assert verdicts["clean"].by_check == {"clean:expect_column_values_to_be_between:published_date": 1}
    assert (verdicts["extracted"].rejected, verdicts["extracted"].rows, verdicts["extracted"].articles) == (
        1,
        16,
        8,
    )

    assert quarantine.write(con, withheld) == 2
    assert (
        quarantine.write(con, withheld.clear()) == 0
    )  # each run replaces the quarantine: nothing stays withheld
    assert con.execute("select count(*) from quarantine.withheld").fetchall() == [(0,)]


def test_a_fact_naming_an_unknown_code_is_withheld(tmp_path: Path) -> None:
    withheld, verdicts = _judge(_warehouse(tmp_path / "w.duckdb", articles=6, unknown=(4,)))
    [row] = withheld.to_dicts()
    assert (row["table_name"], row["row_key"], row["article_id"]) == ("fct_case_counts", "c4", "a4")
    assert row["check_name"] == "extracted:expect_column_values_to_be_in_set:country_id"
    assert row["reason"] == (
        "country_id 'XX' is not one of the allowed values: An unknown country_id: not a code of "
        "seeds/reference/countries.csv."
    )
    assert not verdicts["extracted"].blocking


def test_a_clean_stage_withholds_nothing(tmp_path: Path) -> None:
    withheld, verdicts = _judge(_warehouse(tmp_path / "w.duckdb"))
    assert withheld.height == 0 and not any(v.blocking or v.by_check for v in verdicts.values())


def test_too_many_rejected_rows_block(tmp_path: Path) -> None:
    """3 of 10 blocked figures misparsed: 30% is a broken parser, not an odd article."""
    con = _warehouse(tmp_path / "w.duckdb", articles=10, huge=(0, 4, 7))
    withheld, verdicts = _judge(con)
    assert withheld.height == 3
    extracted = verdicts["extracted"]
    assert (
        extracted.blocking and not extracted.systemic and (extracted.rejected, extracted.tolerated) == (3, 1)
    )
    assert "3 of 10 articles rejected by row-level checks (3 of 20 rows)" in extracted.why_blocked()
    assert not verdicts["clean"].blocking
    # the same rows under a threshold that allows them publish
    assert not _judge(con, max_share=0.3)[1]["extracted"].blocking


def test_a_couple_of_odd_articles_in_a_small_folder_publish(tmp_path: Path) -> None:
    """100 articles, two dated 2085 and one with a misparsed figure: 1% of 100 is one article, so the old rule
    blocked the whole daily run on two odd articles; the absolute allowance (5) lets them be withheld."""
    con = _warehouse(tmp_path / "w.duckdb", articles=100, future=(10, 20), huge=(30,))
    withheld, verdicts = _judge(con)
    assert not any(v.blocking for v in verdicts.values()), {s: v.why_blocked() for s, v in verdicts.items()}
    assert (verdicts["clean"].rejected, verdicts["clean"].tolerated) == (2, 5)
    assert {r["row_key"] for r in withheld.to_dicts()} == {"a10", "a20", "b30"}
    # no absolute allowance: the share alone (one article) blocks
    assert _judge(con, min_articles=0)[1]["clean"].blocking


def test_a_parser_breaking_many_articles_of_a_small_folder_still_blocks(tmp_path: Path) -> None:
    """6 of 100 dated 2085 is more than the allowance; 3 of 12 is a quarter of the folder (the allowance stays
    below a fifth), whatever PANTAU_QUARANTINE_MIN_ARTICLES says."""
    six = _judge(_warehouse(tmp_path / "a.duckdb", articles=100, future=(1, 2, 3, 4, 5, 6)))[1]["clean"]
    assert six.blocking and (six.rejected, six.tolerated) == (6, 5)
    quarter = _judge(_warehouse(tmp_path / "b.duckdb", articles=12, future=(1, 2, 3)), min_articles=50)[1]
    assert quarter["clean"].blocking and quarter["clean"].tolerated == 2


def test_odd_facts_count_per_article(tmp_path: Path) -> None:
    """One article with two rejected facts (a misparsed figure and an unknown country) is one odd article, not
    two rows over 1% of 40: the old per-row count blocked here."""
    con = _warehouse(tmp_path / "w.duckdb", articles=20, huge=(3,), unknown=(3,))
    withheld, verdicts = _judge(con, min_articles=0)
    extracted = verdicts["extracted"]
    assert withheld.height == 2 and (extracted.rejected, extracted.rejected_rows, extracted.articles) == (
        1,
        2,
        20,
    )
    assert not extracted.blocking


def test_facts_of_a_withheld_article_do_not_count_twice(tmp_path: Path) -> None:
    """The future-dated article's misparsed figure is recorded, but the article already took it out."""
    con = _warehouse(tmp_path / "w.duckdb", articles=5, future=(3,), huge=(3,))
    withheld, verdicts = _judge(con)
    assert {(r["table_name"], r["row_key"]) for r in withheld.to_dicts()} == {
        ("dim_article", "a3"),
        ("fct_blocked_content", "b3"),
    }
    assert verdicts["extracted"].rejected == 0 and not any(v.blocking for v in verdicts.values())


def test_a_broken_key_is_systemic_and_blocks(tmp_path: Path) -> None:
    con = _warehouse(tmp_path / "w.duckdb", duplicate_fact=True)
    withheld, verdicts = _judge(con)
    assert verdicts["extracted"].blocking
    assert verdicts["extracted"].systemic == ["expect_column_values_to_be_unique(fact_id)"]
    assert withheld.height == 0


@pytest.mark.parametrize(
    ("articles", "max_share", "min_articles", "expected"),
    [
        pytest.param(1, 0.01, 5, 1, id="one odd article never blocks"),
        pytest.param(7, 0.01, 5, 1, id="7 articles: 2 would be a fifth or more"),
        pytest.param(11, 0.01, 5, 2, id="11 articles: 2 is below a fifth"),
        pytest.param(26, 0.01, 5, 5, id="26 articles: the absolute allowance"),
        pytest.param(100, 0.01, 5, 5, id="100 articles: 5, not 1% (1)"),
        pytest.param(100, 0.01, 0, 1, id="no absolute allowance: the share, at least one"),
        pytest.param(20_000, 0.01, 5, 200, id="a large archive: the share"),
        pytest.param(20_000, 0.0, 5, 5, id="no share: the absolute allowance"),
        pytest.param(12, 0.01, 50, 2, id="a large allowance stays below a fifth"),
    ],
)
def test_tolerated(articles: int, max_share: float, min_articles: int, expected: int) -> None:
    assert quarantine.tolerated(articles, max_share, min_articles) == expected


def test_threshold_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PANTAU_QUARANTINE_MAX_SHARE", raising=False)
    assert settings.quarantine_max_share() == settings.QUARANTINE_MAX_SHARE == 0.01
    monkeypatch.setenv("PANTAU_QUARANTINE_MAX_SHARE", "0.05")
    assert settings.quarantine_max_share() == 0.05
    monkeypatch.setenv("PANTAU_QUARANTINE_MAX_SHARE", "5")
    with pytest.raises(ValueError, match="between 0 and 1"):
        settings.quarantine_max_share()


def test_min_articles_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PANTAU_QUARANTINE_MIN_ARTICLES", raising=False)
    assert settings.quarantine_min_articles() == settings.QUARANTINE_MIN_ARTICLES == 5
    monkeypatch.setenv("PANTAU_QUARANTINE_MIN_ARTICLES", "0")
    assert settings.quarantine_min_articles() == 0
    for bad in ("-1", "2.5", "many"):
        monkeypatch.setenv("PANTAU_QUARANTINE_MIN_ARTICLES", bad)
        with pytest.raises(ValueError, match="whole number"):
            settings.quarantine_min_articles()


def test_an_article_the_extractor_failed_on_is_withheld_with_the_error(tmp_path: Path) -> None:
    """Kept without facts by the extract stage, the article is withheld whole with the extractor's error; its
    facts (none) and the other articles publish. A failing article already withheld by clean counts once."""
    con = _warehouse(tmp_path / "w.duckdb", articles=6, future=(2,))
    con.execute("delete from extracted.case_counts where article_id = 'a4'")
    con.execute("delete from extracted.blocked_content where article_id = 'a4'")
    withheld, verdicts = _judge(con, failed=_failed("a4", "a2"))
    rows = {(r["table_name"], r["row_key"], r["stage"]): r for r in withheld.to_dicts()}
    assert set(rows) == {
        ("dim_article", "a2", "clean"),
        ("dim_article", "a2", "extracted"),
        ("dim_article", "a4", "extracted"),
    }
    row = rows["dim_article", "a4", "extracted"]
    assert (row["article_id"], row["source_path"], row["check_name"]) == (
        "a4",
        "a4.txt",
        quarantine.EXTRACTION_ERROR,
    )
    assert row["reason"].startswith(
        "the extractor failed on this article (IndexError: list index out of range)"
    )
    extracted = verdicts["extracted"]
    assert (extracted.rejected, extracted.articles) == (1, 6) and not extracted.blocking


def test_an_extractor_failing_on_many_articles_blocks(tmp_path: Path) -> None:
    con = _warehouse(tmp_path / "w.duckdb", articles=10)
    verdict = _judge(con, failed=_failed("a1", "a3", "a5"))[1]["extracted"]
    assert verdict.blocking and (verdict.rejected, verdict.tolerated) == (3, 1)
