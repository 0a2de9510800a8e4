"""The whole graph (Dagster -> Polars -> dbt -> checks -> publish) on the sample articles, through the real CLI.
The `seeds_warehouse`, `seeds_forced_rebuild`, `seeds_report` and `devset_warehouse` fixtures are in tests/conftest.py
(each made once per session, shared by every test that reads it)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb

from expectations.gold_eval import below_floors, evaluate_warehouse, read_floors
from expectations.report import source_freshness
from expectations.suites import mart_tables
from tests.conftest import Rebuild, Report, run_pantau, sha256_of

ROOT = Path(__file__).resolve().parents[2]
# What the seed build and the gold sets achieve, recorded in one file (`make eval RECORD=1` rewrites the scores).
FLOORS = ROOT / "tests" / "fixtures" / "floors.json"

CONTRACT = {
    "dim_article": "article_id source_path title outlet url published_date authors language word_count content_hash ingested_at body",
    "dim_agency": "agency_id name_id name_en acronym agency_type country_id parent_agency_id successor_of",
    "dim_country": "country_id iso3 name_en name_id region",
    "dim_person": "person_id full_name title agency_id country_id first_seen_article_id",
    "fct_entity_mentions": "mention_id article_id entity_type entity_id surface_text char_start char_end",
    "fct_case_counts": "fact_id article_id value unit category agency_id country_id period_start period_end period_precision qualifier as_of_date surface_text sentence_text char_start char_end part_of_fact_id figure_kind",
    "fct_blocked_content": "fact_id article_id value object_type agency_id period_start period_end period_precision qualifier as_of_date surface_text sentence_text char_start char_end part_of_fact_id figure_kind",
    "fct_delegations": "delegation_id article_id lead_agency_id lead_person_id origin_country_id destination_country_id start_date end_date purpose sentence_text",
    "fct_delegation_participants": "delegation_id person_id agency_id role",
    "fct_claims": "claim_id fact_table value category agency_id country_id period_start period_end first_reported_date n_articles fact_ids conflict_group_id",
    "rejected_inputs": "source_path reason detected_at",
    "quarantined_rows": "table_name row_key article_id source_path check_name reason detected_at",
}


def _query(path: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_every_contract_table_has_its_columns_and_rows(seeds_warehouse: Path) -> None:
    for table, columns in CONTRACT.items():
        got = {
            r[0]
            for r in _query(
                seeds_warehouse,
                f"select column_name from information_schema.columns where table_schema = 'marts' and table_name = '{table}'",
            )
        }
        assert set(columns.split()) <= got, f"{table} misses {set(columns.split()) - got}"
    # exact: one fact more (a false one) or less fails, in every mart
    rows = {t: _query(seeds_warehouse, f"select count(*) from marts.{t}")[0][0] for t in mart_tables()}
    assert rows == json.loads(FLOORS.read_text())["seed_build_rows"]


def test_known_seed_facts(seeds_warehouse: Path) -> None:
    blocked = _query(
        seeds_warehouse,
        """
        select f.value, f.object_type, f.agency_id from marts.fct_blocked_content f
        join marts.dim_article a using (article_id) where a.source_path like '000_%'""",
    )
    assert blocked == [(2_100_000, "site", "KOMINFO")]  # the body is repeated: one fact, not two
    kh = _query(
        seeds_warehouse,
        "select sum(value) from marts.fct_case_counts where country_id = 'KH' and category = 'online_scam'",
    )
    assert kh[0][0] == 842


def test_seed_figures_add_up(seeds_warehouse: Path) -> None:
    """Issue #20 on the sample articles: 544 and 842 are parts of Kemenko Polhukam's 1,386 cases of 2023, so the
    top-level 2023 sum is 1,386; Kemlu's two figures are one running-total series (2,300 since 2020, then 2,842:
    542 more); the 2,1 million sites are a running total as of the article's date; the 886,719 contents "dalam
    lima tahun terakhir" cover five years before their article's date, which the article does not state: the
    window's length is kept (P5Y), its dates cannot be placed."""
    top_2023 = _query(
        seeds_warehouse,
        """
        select sum(value) from marts.fct_case_counts where agency_id = 'KEMENKO_POLHUKAM'
        and year(period_start) = 2023 and year(period_end) = 2023 and part_of_fact_id is null""",
    )
    assert top_2023[0][0] == 1386
    parts = _query(
        seeds_warehouse,
        """
        select p.value, t.value from marts.fct_case_counts p join marts.fct_case_counts t
        on p.part_of_fact_id = t.fact_id and p.article_id = t.article_id order by p.value""",
    )
    assert parts == [(544, 1386), (842, 1386)]
    kemlu = _query(
        seeds_warehouse,
        """
        select basis, value, running_value, previous_value, period_end from marts.mart_case_counts_by_period
        where agency_id = 'KEMLU' order by period_end""",
    )
    assert [r[:4] for r in kemlu] == [("running_total", 2300, 2300, None), ("increment", 542, 2842, 2300)]
    assert (
        len(
            {
                r[0]
                for r in _query(
                    seeds_warehouse,
                    "select series_id from marts.mart_case_counts_by_period where agency_id = 'KEMLU'",
                )
            }
        )
        == 1
    )
    sites = _query(
        seeds_warehouse,
        """
        select f.figure_kind, f.as_of_date = a.published_date from marts.fct_blocked_content f
        join marts.dim_article a using (article_id) where f.object_type = 'site'""",
    )
    assert sites == [("running_total", True)]
    five_years = _query(
        seeds_warehouse,
        """
        select f.figure_kind, f.window_length, f.window_start, f.window_end, f.period_start, a.published_date
        from marts.fct_blocked_content f join marts.dim_article a using (article_id) where f.value = 886719""",
    )
    assert five_years == [("period", "P5Y", None, None, None, None)]
    by_period = _query(
        seeds_warehouse,
        "select basis, window_length, is_window, period_start from marts.mart_blocked_by_period where value = 886719",
    )
    assert by_period == [("period", "P5Y", False, None)]
    lengths = _query(
        seeds_warehouse,
        """
        select window_length, count(*) from (
            select window_length from marts.fct_blocked_content union all
            select window_length from marts.fct_case_counts
        ) where window_length is not null group by all""",
    )
    assert lengths == [("P5Y", 1)]  # no other seed figure states a window


def test_substring_invariant_holds_for_every_row(seeds_warehouse: Path) -> None:
    for table in ("fct_case_counts", "fct_blocked_content", "fct_entity_mentions"):
        bad = _query(
            seeds_warehouse,
            f"""
            select count(*) from marts.{table} f join marts.dim_article a using (article_id)
            where substr(a.body, f.char_start + 1, f.char_end - f.char_start) <> f.surface_text""",
        )
        assert bad[0][0] == 0, table


def test_seed_eval_meets_the_bar(seeds_warehouse: Path) -> None:
    """Exactly the seed scores: every F1, attribute and published date (one missed person fails)."""
    gold = ROOT / "tests" / "fixtures" / "seeds_gold.jsonl"
    assert below_floors(evaluate_warehouse(seeds_warehouse, gold), read_floors(FLOORS, gold)) == []


def test_sql_is_read_only(seeds_warehouse: Path, tmp_path: Path) -> None:
    ok = run_pantau(
        "sql",
        "select agency_id, sum(value) as v from marts.fct_blocked_content group by 1",
        "--warehouse",
        str(seeds_warehouse),
        "--format",
        "csv",
        env_home=tmp_path,
    )
    assert ok.returncode == 0 and "KOMINFO" in ok.stdout
    bad = run_pantau(
        "sql", "drop table marts.dim_article", "--warehouse", str(seeds_warehouse), env_home=tmp_path
    )
    assert bad.returncode == 1 and "read-only" in bad.stderr


def test_rerun_changes_nothing(seeds_warehouse: Path, seeds_forced_rebuild: Rebuild) -> None:
    """A rebuild of the unchanged sample folder (forced: an unchanged folder is "up to date",
    tests/integration/test_up_to_date.py) gives the same articles, facts and mentions, all from the extraction
    cache. The rebuild ran into a copy of the seeds warehouse and its parts store."""
    sql = "select (select list(article_id order by article_id) from marts.dim_article), (select list(fact_id order by fact_id) from marts.fct_case_counts), (select count(*) from marts.fct_entity_mentions)"
    assert _query(seeds_forced_rebuild.path, sql) == _query(seeds_warehouse, sql)
    summary = seeds_forced_rebuild.summary
    assert (summary["articles_extracted"], summary["articles_from_cache"]) == (0, 5)  # the extraction cache


def test_report_writes_data_docs_dbt_docs_and_summary(seeds_warehouse: Path, seeds_report: Report) -> None:
    # The report ran while a reader held the file (tests/conftest.py): it never opens it for writing.
    result = seeds_report.result
    assert result.returncode == 0, result.stderr[-2000:]
    assert seeds_report.digest_after == seeds_report.digest_before == sha256_of(seeds_warehouse)
    index = Path(result.stdout.strip().splitlines()[-1])
    page = index.read_text()
    assert "<svg" in page and "Expectations per stage" in page and 'id="checks"' in page
    assert index.parent == seeds_report.out and (seeds_report.out / "data_docs" / "index.html").exists()

    # dbt docs: one static page (manifest and catalog inlined), linked from the summary.
    docs = seeds_report.out / "dbt_docs"
    assert 'href="dbt_docs/index.html"' in page
    html = (docs / "index.html").read_text()
    for model in (
        "fct_case_counts",
        "fct_claims",
        "dim_article",
        "stg_clean__articles",
        "int_claims__grouped",
    ):
        assert f"model.pantau.{model}" in html, model
    # The catalog was read from the warehouse: every contract table with its real columns.
    catalog = json.loads((docs / "catalog.json").read_text())
    manifest = json.loads((docs / "manifest.json").read_text())
    for table, columns in CONTRACT.items():
        assert set(columns.split()) <= set(catalog["nodes"][f"model.pantau.{table}"]["columns"]), table
    # Every model, seed and source, and every column they have in the warehouse, is described.
    undescribed = []
    for section, documented in (("nodes", manifest["nodes"]), ("sources", manifest["sources"])):
        for unique_id, entry in catalog[section].items():
            node = documented[unique_id]
            if not node["description"].strip():
                undescribed.append(unique_id)
            undescribed += [
                f"{unique_id}.{c}"
                for c in entry["columns"]
                if not node["columns"].get(c, {}).get("description", "").strip()
            ]
    assert len(catalog["nodes"]) >= 27 + 4 and undescribed == []

    # Source freshness: the warehouse was just built, so its articles are fresh.
    fresh = page[page.index('id="freshness"') :]
    fresh = fresh[: fresh.index("</table>")]
    assert "<td>clean.articles</td>" in fresh and "<td>pass</td>" in fresh and "2 day(s)" in fresh


def test_source_freshness_warns_on_a_stale_warehouse(seeds_warehouse: Path, tmp_path: Path) -> None:
    stale = tmp_path / "stale.duckdb"
    shutil.copyfile(seeds_warehouse, stale)
    with duckdb.connect(str(stale)) as con:
        con.execute("update clean.articles set ingested_at = ingested_at - interval 3 days")
    assert [(f["source"], f["status"]) for f in source_freshness(stale)] == [("clean.articles", "warn")]
    with duckdb.connect(str(stale)) as con:
        con.execute("update clean.articles set ingested_at = ingested_at - interval 5 days")
    assert [(f["source"], f["status"]) for f in source_freshness(stale)] == [("clean.articles", "error")]


def test_development_set_scores(devset_warehouse: Path) -> None:
    """The hand-annotated development articles (written for this project, not tuned on word for word), built once
    per session by the `devset_warehouse` fixture (tests/conftest.py).

    The floors are the scores achieved, per fact kind and per attribute (tests/fixtures/floors.json), so any
    regression fails the build."""
    gold = ROOT / "tests" / "fixtures" / "devset" / "gold.jsonl"
    assert below_floors(evaluate_warehouse(devset_warehouse, gold), read_floors(FLOORS, gold)) == []
