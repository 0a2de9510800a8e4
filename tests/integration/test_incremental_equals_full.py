"""A daily run on a changed folder (incremental: unchanged files not read again, articles from the extraction
cache, row-level checks' verdicts from the verdict cache, the warehouse's tables updated in place) publishes the
same raw, clean, extracted and marts tables, table by table, and withholds the same rows (quarantine.withheld), as
a full build of the same folder from nothing; only `ingested_at` differs, by design: an unchanged file keeps the
time its content was first ingested, a new or changed one gets the run's. The runs need
nothing a test does, so they run in the background from the session's start (`run_all`, tests/conftest.py) and the
test checks them afterwards."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

from tests.conftest import FIXTURES, PROJECT_ROOT, SEED_ARTICLES, BackgroundBuilds
from tests.integration.test_quarantine import FUTURE_DATED, MISPARSED_FIGURE

# When a file's content was first ingested: an incremental build keeps the first run's, a full build has its own.
# `detected_at` is a rejection's time: of the ingest run for a rejected input, of the check run for a withheld row
# (and of the article's ingestion for a rejected article). Every other column must be equal.
RUN_TIME_COLUMNS = {"ingested_at", "detected_at"}
SCHEMAS = ("raw", "clean", "extracted", "marts")
REFERENCE = PROJECT_ROOT / "seeds" / "reference"


def _tables(warehouse: Path) -> dict[str, list[tuple]]:
    """Every table of SCHEMAS ("schema.table"), its rows sorted, without RUN_TIME_COLUMNS."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        tables = con.execute(
            "select table_schema, table_name from information_schema.tables "
            f"where table_schema in {SCHEMAS} order by 1, 2"
        ).fetchall()
        out = {}
        for schema, table in tables:
            columns = [
                r[0]
                for r in con.execute(
                    "select column_name from information_schema.columns where table_schema = ? and table_name = ? "
                    "order by ordinal_position",
                    [schema, table],
                ).fetchall()
                if r[0] not in RUN_TIME_COLUMNS
            ]
            select = ", ".join(f'"{c}"' for c in columns)
            out[f"{schema}.{table}"] = con.execute(
                f"select {select} from {schema}.{table} order by all"
            ).fetchall()
        return out


def _stamps(warehouse: Path) -> dict[str, object]:
    """source_path -> ingested_at of raw.articles, checked against clean.articles and marts.dim_article."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        raw = dict(con.execute("select source_path, ingested_at from raw.articles").fetchall())
        for table in ("clean.articles", "marts.dim_article"):
            for path, stamp in con.execute(f"select source_path, ingested_at from {table}").fetchall():
                assert stamp == raw[path], (table, path)
        return raw


def _withheld(warehouse: Path) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute("select * exclude (detected_at) from quarantine.withheld order by all").fetchall()


@dataclass(frozen=True)
class Runs:
    """The runs in their order, each `pantau run --quiet`, and the warehouses they published: `first` and
    `incremental` are copies of the incremental warehouse as the first and second runs left it (the later ones
    run into it again); `changed_files` the paths (relative) the second run found new or edited."""

    results: dict[str, subprocess.CompletedProcess[str]]
    first: Path
    changed_files: frozenset[str]
    incremental: Path
    full: Path
    changed: Path
    full2: Path


def run_all(builds: BackgroundBuilds, tmp_path: Path) -> Runs:
    """A full run of the sample articles, an incremental one after an edit, a delete, two new files and a
    duplicate, a full build of that folder from nothing, a run after a reference data change into the same
    warehouse, and a full build with the changed reference data."""
    results: dict[str, subprocess.CompletedProcess[str]] = {}

    def run(name: str, articles: Path, warehouse: Path, reference: Path | None = None) -> None:
        # two articles of nine withheld block at the defaults: the allowance stays below a fifth (README "Quarantine")
        env = {**builds.env, "PANTAU_QUARANTINE_MAX_SHARE": "0.5"}
        if reference:
            env["PANTAU_REFERENCE_DIR"] = str(reference)
        results[name] = builds.pantau(
            "run",
            "--articles",
            str(articles),
            "--warehouse",
            str(warehouse),
            "--quiet",
            env_home=home,
            env=env,
        )

    home = tmp_path / "home"
    articles = tmp_path / "articles"
    shutil.copytree(SEED_ARTICLES, articles)
    seeds = sorted(articles.iterdir())
    # one article withheld whole (dated 2085), one whose figure is withheld (misparsed)
    (articles / "masa_depan.txt").write_text(FUTURE_DATED.format(n=12), encoding="utf-8")
    (articles / "salah_angka.txt").write_text(MISPARSED_FIGURE, encoding="utf-8")
    hour_ago = time.time_ns() - 3600 * 10**9
    for path in articles.iterdir():
        os.utime(path, ns=(hour_ago, hour_ago))
    warehouse = tmp_path / "incremental.duckdb"
    run("first", articles, warehouse)
    after_first = shutil.copyfile(warehouse, tmp_path / "after_first.duckdb")

    seeds[0].write_text(
        seeds[0].read_text().replace("\n", "\nKepolisian menangkap 12 tersangka judi online.\n", 1)
    )
    seeds[1].unlink()
    changed = [seeds[0], articles / "zz_duplicate.txt"]
    for new in sorted((FIXTURES / "devset" / "articles").iterdir())[:2]:
        shutil.copyfile(new, articles / new.name)
        changed.append(articles / new.name)
    shutil.copyfile(seeds[2], articles / "zz_duplicate.txt")
    (articles / "masa_depan_2.txt").write_text(FUTURE_DATED.format(n=7), encoding="utf-8")
    changed.append(articles / "masa_depan_2.txt")
    for path in changed:  # the others keep their stat: the ingest does not read them again
        os.utime(path, ns=(hour_ago + 10**9, hour_ago + 10**9))
    run("incremental", articles, warehouse)
    after_incremental = shutil.copyfile(warehouse, tmp_path / "after_incremental.duckdb")
    run("full", articles, tmp_path / "full.duckdb")

    # Reference data changed (one more place name): every article is cleaned and extracted again.
    reference = tmp_path / "reference"
    shutil.copytree(REFERENCE, reference)
    with (reference / "places.csv").open("a", encoding="utf-8") as places:
        places.write("Kota Contoh Uji,ID\n")
    run("changed", articles, warehouse, reference)
    run("full2", articles, tmp_path / "full2.duckdb", reference)
    changed_files = frozenset(str(p.relative_to(articles)) for p in changed)
    return Runs(
        results,
        after_first,
        changed_files,
        after_incremental,
        tmp_path / "full.duckdb",
        warehouse,
        tmp_path / "full2.duckdb",
    )


@pytest.fixture(scope="module")
def incremental_runs(background_builds: BackgroundBuilds) -> Runs:
    return background_builds.get("incremental_runs")


def _summary(result: subprocess.CompletedProcess[str]) -> dict:
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_incremental_run_after_add_edit_delete_equals_a_full_build(incremental_runs: Runs) -> None:
    runs = incremental_runs.results
    first = _summary(runs["first"])
    assert first["dim_article"] == 6 and first["quarantined_rows"] == 2
    assert first["check_rows_from_cache"] == 0

    incremental = _summary(runs["incremental"])
    assert incremental["dim_article"] == 7 and incremental["articles_from_cache"] == 5
    assert incremental["articles_extracted"] == 4  # the edited article and the three new ones
    assert incremental["articles_cleaned"] == 4  # the other raw articles kept their clean rows
    assert incremental["quarantined_rows"] == 3
    # the five unchanged articles' raw and clean rows (and their facts) took their verdicts from the cache, the
    # withheld ones too; the new and edited articles' rows were validated
    assert incremental["check_rows_validated"] > 0 and incremental["check_rows_from_cache"] >= 10
    _assert_equal_to_a_full_build(incremental_runs.incremental, incremental_runs.full, _summary(runs["full"]))
    # every dbt test and suite ran, though the rerun kept the views, seeds and tables of seeds only (the same dbt
    # project, seeds and code built them): as many asset checks as the full build, and the warehouse published
    full = _summary(runs["full"])
    assert incremental["dbt_nodes_kept"] > 0
    # and the data tests of seeds only, reported passed: they passed on the same rows in the published build
    assert 0 < incremental["dbt_tests_kept"] < incremental["checks_passed"] / 4
    for summary in (first, full):  # nothing to keep: built from nothing
        assert "dbt_nodes_kept" not in summary and "dbt_tests_kept" not in summary
    assert (
        incremental["checks_passed"] + incremental["checks_failed"]
        == full["checks_passed"] + full["checks_failed"]
    )

    # Reference data changed (one more place name): every article is cleaned and extracted again, and the marts
    # still equal a full build with the same reference data.
    # ingested_at: an unchanged file keeps the first run's stamp, an edited or new one has the second run's
    before, after = _stamps(incremental_runs.first), _stamps(incremental_runs.incremental)
    kept = {p for p in after if p in before and after[p] == before[p]}
    assert after.keys() - kept == incremental_runs.changed_files - {
        "zz_duplicate.txt"
    }  # the duplicate: rejected
    assert kept == {p for p in before if p in after} - incremental_runs.changed_files != set()
    assert min(after[p] for p in after.keys() - kept) > max(before.values())

    changed = _summary(runs["changed"])
    assert (changed["articles_extracted"], changed["articles_from_cache"]) == (9, 0)
    assert changed["articles_cleaned"] == 9
    # and a new suite fingerprint: every row is validated again, the withheld ones included
    assert changed["check_rows_from_cache"] == 0 and changed["quarantined_rows"] == 3
    _assert_equal_to_a_full_build(incremental_runs.changed, incremental_runs.full2, _summary(runs["full2"]))
    # no file changed: every article re-cleaned and re-extracted, but each keeps the time its content arrived
    assert _stamps(incremental_runs.changed) == after


def _assert_equal_to_a_full_build(warehouse: Path, full_path: Path, full: dict) -> None:
    """A build of the same folder from nothing publishes the same rows in every raw, clean, extracted and mart table
    as the incremental one, and withholds the same rows."""
    assert full["articles_from_cache"] == 0 and full["articles_cleaned"] == 9
    assert full["check_rows_from_cache"] == 0
    got, want = _tables(warehouse), _tables(full_path)
    assert got.keys() == want.keys() and "marts.fct_case_counts" in want and want["marts.quarantined_rows"]
    assert "raw.articles" in want and "extracted.entity_mentions" in want
    for table in want:
        assert got[table] == want[table], table
    assert _withheld(warehouse) == _withheld(full_path) != []
    # the views too, which a rerun of the same dbt project keeps from the published warehouse instead of creating
    assert _views(warehouse) == _views(full_path) and len(_views(full_path)) > 10


def _views(warehouse: Path) -> dict[str, str]:
    """Every view's SQL, the database name (the file's) written as "db"."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        rows = con.execute(
            "select schema_name || '.' || view_name, sql from duckdb_views() where not internal"
        ).fetchall()
    return {name: sql.replace(f'"{warehouse.stem}"', '"db"') for name, sql in rows}
