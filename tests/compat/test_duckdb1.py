"""The published warehouse opens in a DuckDB 1.x client (issue #17): DuckDB 2.0's own storage format (number 69)
is refused by every 1.x release, so pantau creates its build file in an older format. The 1.x client is a
separate locked environment (tests/compat/duckdb1, synced into .venv-duckdb1 by `make duckdb1` / `make test`)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import duckdb
import pytest

from orchestration.defs.resources import STORAGE_VERSION, create_build_file, storage_version
from tests.conftest import PROJECT_ROOT

DUCKDB1_PYTHON = PROJECT_ROOT / ".venv-duckdb1" / "bin" / "python"

CLIENT = """
import duckdb, json, sys
con = duckdb.connect(sys.argv[1], read_only=True)
print(json.dumps({
    "version": duckdb.__version__,
    "rows": con.execute(sys.argv[2]).fetchall(),
}, default=str))
"""


def duckdb1(path: Path, query: str) -> dict:
    """Run `query` on `path` with the DuckDB 1.x client; a missing client is an error, never a skip."""
    if not DUCKDB1_PYTHON.exists():
        pytest.fail(f"{DUCKDB1_PYTHON} missing: run `make duckdb1` (make test does)", pytrace=False)
    result = subprocess.run(
        [str(DUCKDB1_PYTHON), "-c", CLIENT, str(path), query], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout)


def test_the_client_is_duckdb_1x(tmp_path: Path) -> None:
    path = tmp_path / "empty.duckdb"
    create_build_file(path, None)
    assert duckdb1(path, "select 1")["version"] == "1.5.6"


def test_published_warehouse_opens_in_duckdb_1x(seeds_warehouse: Path) -> None:
    assert storage_version(seeds_warehouse) == f"{STORAGE_VERSION}+"
    query = (
        "select a.title, count(f.fact_id) from marts.dim_article a "
        "left join marts.fct_case_counts f using (article_id) group by all order by 1"
    )
    with duckdb.connect(str(seeds_warehouse), read_only=True) as con:
        expected = [[str(v) for v in row] for row in con.execute(query).fetchall()]
    seen = duckdb1(seeds_warehouse, query)
    assert len(seen["rows"]) == 5
    assert [[str(v) for v in row] for row in seen["rows"]] == expected


def test_a_warehouse_in_the_new_format_is_converted_once(tmp_path: Path) -> None:
    """A warehouse published before the format was pinned (DuckDB 2.0's own) is copied into the pinned one."""
    old = tmp_path / "old.duckdb"
    with duckdb.connect(str(old)) as con:
        con.execute("create schema marts")
        con.execute("create table marts.dim_country as select 'KH' as country_id, 'Kamboja' as name_id")
        con.execute("create view marts.v_country as select * from marts.dim_country")
    assert storage_version(old) != f"{STORAGE_VERSION}+"
    building = tmp_path / "old.duckdb.building"
    create_build_file(building, old)
    assert storage_version(building) == f"{STORAGE_VERSION}+"
    assert duckdb1(building, "select * from marts.v_country")["rows"] == [["KH", "Kamboja"]]
    # A build file already in the pinned format is copied byte for byte.
    again = tmp_path / "again.duckdb"
    create_build_file(again, building)
    assert again.read_bytes() == building.read_bytes()
