"""A daily run on a changed folder (incremental: unchanged files not read again, articles from the extraction
cache, row-level checks' verdicts from the verdict cache) publishes the same marts, table by table, and withholds
the same rows (quarantine.withheld), as a full build of the same folder from nothing."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import duckdb

from tests.conftest import FIXTURES, PROJECT_ROOT, SEED_ARTICLES, run_pantau
from tests.integration.test_quarantine import FUTURE_DATED, MISPARSED_FIGURE

# Ingest times are a run's own; every other column must be equal.
RUN_TIME_COLUMNS = {"ingested_at", "detected_at"}
REFERENCE = PROJECT_ROOT / "seeds" / "reference"


def _marts(warehouse: Path) -> dict[str, list[tuple]]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        tables = [
            r[0]
            for r in con.execute(
                "select table_name from information_schema.tables where table_schema = 'marts' order by 1"
            ).fetchall()
        ]
        out = {}
        for table in tables:
            columns = [
                r[0]
                for r in con.execute(
                    "select column_name from information_schema.columns where table_schema = 'marts' and table_name = ? "
                    "order by ordinal_position",
                    [table],
                ).fetchall()
                if r[0] not in RUN_TIME_COLUMNS
            ]
            select = ", ".join(f'"{c}"' for c in columns)
            out[table] = con.execute(f"select {select} from marts.{table} order by all").fetchall()
        return out


def _withheld(warehouse: Path) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute("select * exclude (detected_at) from quarantine.withheld order by all").fetchall()


def _run(articles: Path, warehouse: Path, home: Path, reference: Path | None = None) -> dict:
    # two articles of nine withheld would block at the default 1% (tests/integration/test_quarantine.py)
    env = {"PANTAU_QUARANTINE_MAX_SHARE": "0.5"}
    if reference:
        env["PANTAU_REFERENCE_DIR"] = str(reference)
    result = run_pantau(
        "run", "--articles", str(articles), "--warehouse", str(warehouse), "--quiet", env_home=home, env=env
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_incremental_run_after_add_edit_delete_equals_a_full_build(tmp_path: Path) -> None:
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
    first = _run(articles, warehouse, tmp_path / "home")
    assert first["dim_article"] == 6 and first["quarantined_rows"] == 2
    assert first["check_rows_from_cache"] == 0

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
    incremental = _run(articles, warehouse, tmp_path / "home")
    assert incremental["dim_article"] == 7 and incremental["articles_from_cache"] == 5
    assert incremental["articles_extracted"] == 4  # the edited article and the three new ones
    assert incremental["articles_cleaned"] == 4  # the other raw articles kept their clean rows
    assert incremental["quarantined_rows"] == 3
    # the five unchanged articles' raw and clean rows (and their facts) took their verdicts from the cache, the
    # withheld ones too; the new and edited articles' rows were validated
    assert incremental["check_rows_validated"] > 0 and incremental["check_rows_from_cache"] >= 10
    _assert_equal_to_a_full_build(articles, warehouse, tmp_path / "full.duckdb", tmp_path / "home")

    # Reference data changed (one more place name): every article is cleaned and extracted again, and the marts
    # still equal a full build with the same reference data.
    reference = tmp_path / "reference"
    shutil.copytree(REFERENCE, reference)
    with (reference / "places.csv").open("a", encoding="utf-8") as places:
        places.write("Kota Contoh Uji,ID\n")
    changed = _run(articles, warehouse, tmp_path / "home", reference)
    assert (changed["articles_extracted"], changed["articles_from_cache"]) == (9, 0)
    assert changed["articles_cleaned"] == 9
    # and a new suite fingerprint: every row is validated again, the withheld ones included
    assert changed["check_rows_from_cache"] == 0 and changed["quarantined_rows"] == 3
    _assert_equal_to_a_full_build(
        articles, warehouse, tmp_path / "full2.duckdb", tmp_path / "home", reference
    )


def _assert_equal_to_a_full_build(
    articles: Path, warehouse: Path, full_path: Path, home: Path, reference: Path | None = None
) -> None:
    """A build of the same folder from nothing publishes the same rows in every mart as the incremental one, and
    withholds the same rows."""
    full = _run(articles, full_path, home, reference)
    assert full["articles_from_cache"] == 0 and full["articles_cleaned"] == 9
    assert full["check_rows_from_cache"] == 0
    got, want = _marts(warehouse), _marts(full_path)
    assert got.keys() == want.keys() and "fct_case_counts" in want and want["quarantined_rows"]
    for table in want:
        assert got[table] == want[table], table
    assert _withheld(warehouse) == _withheld(full_path) != []
