"""`pantau sql` reads the warehouse and nothing else (issue #17): the README's exact command, run as a user would
(`.venv/bin/pantau`, the venv not on PATH, another working directory), refuses every way out of the file."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
from pathlib import Path

import duckdb
import pytest

from tests.conftest import VENV_BIN, path_without_venv


def pantau_sql(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "VIRTUAL_ENV"}
    env["PATH"] = path_without_venv()
    return subprocess.run(
        [str(VENV_BIN / "pantau"), "sql", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def small_warehouse(tmp_path: Path) -> Path:
    """A tiny warehouse with one mart; the sandbox does not depend on what the tables hold."""
    path = tmp_path / "wh" / "warehouse.duckdb"
    path.parent.mkdir()
    with duckdb.connect(str(path)) as con:
        con.execute("create schema marts")
        con.execute(
            "create table marts.dim_country as select * from (values ('ID', 'Indonesia'), ('KH', 'Kamboja')) "
            "t(country_id, name_id)"
        )
    return path


def _tree(root: Path) -> dict[str, str]:
    """Every file under root with its content hash: what a refused statement must leave unchanged."""
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@pytest.mark.parametrize(
    "statement",
    [
        "copy (select 1) to 'out.csv'",
        "copy marts.dim_country to '{tmp}/abs_out.parquet' (format parquet)",
        "attach '{tmp}/other.duckdb' as other",
        "install httpfs",
        "load httpfs",
        "select * from read_text('{secret}')",
        "select * from read_csv('{secret}')",
        "export database '{tmp}/exported'",
    ],
)
def test_leaving_the_warehouse_is_refused(statement: str, small_warehouse: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("password=hunter2\n")
    cwd = tmp_path / "elsewhere"
    cwd.mkdir()
    before = _tree(tmp_path)
    result = pantau_sql(
        statement.format(tmp=tmp_path, secret=secret), "--warehouse", str(small_warehouse), cwd=cwd
    )
    assert result.returncode == 1, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: refused: pantau sql reads only the warehouse"), (
        result.stderr
    )
    assert "hunter2" not in result.stdout + result.stderr
    assert _tree(tmp_path) == before, "a refused statement wrote or changed a file"


def test_settings_cannot_reopen_the_sandbox(small_warehouse: Path, tmp_path: Path) -> None:
    for statement in (
        "set enable_external_access = true",
        "set lock_configuration = false",
        "reset enable_external_access",
    ):
        result = pantau_sql(statement, "--warehouse", str(small_warehouse), cwd=tmp_path)
        assert result.returncode == 1, statement
        assert result.stderr.startswith("error: refused: settings cannot be changed"), result.stderr


def test_write_statements_are_refused(small_warehouse: Path, tmp_path: Path) -> None:
    before = _tree(small_warehouse.parent)
    result = pantau_sql("drop table marts.dim_country", "--warehouse", str(small_warehouse), cwd=tmp_path)
    assert result.returncode == 1 and "read-only" in result.stderr
    assert _tree(small_warehouse.parent) == before


def test_reading_the_warehouse_works(small_warehouse: Path, tmp_path: Path) -> None:
    query = "select country_id, name_id from marts.dim_country order by 1"
    csv = pantau_sql(query, "--warehouse", str(small_warehouse), "--format", "csv", cwd=tmp_path)
    assert csv.returncode == 0, csv.stderr
    assert csv.stdout == "country_id,name_id\nID,Indonesia\nKH,Kamboja\n"
    as_json = pantau_sql(query, "--warehouse", str(small_warehouse), "--format", "json", cwd=tmp_path)
    assert json.loads(as_json.stdout) == [
        {"country_id": "ID", "name_id": "Indonesia"},
        {"country_id": "KH", "name_id": "Kamboja"},
    ]
    table = pantau_sql(query, "--warehouse", str(small_warehouse), cwd=tmp_path)
    assert table.returncode == 0 and "Kamboja" in table.stdout


def test_unknown_format_is_an_error(small_warehouse: Path, tmp_path: Path) -> None:
    result = pantau_sql("select 1", "--warehouse", str(small_warehouse), "--format", "xml", cwd=tmp_path)
    assert result.returncode == 2 and result.stdout == ""
    assert "'xml' is not one of" in result.stderr


def test_several_statements_are_refused_not_half_shown(small_warehouse: Path, tmp_path: Path) -> None:
    result = pantau_sql("select 1 as a; select 2 as b", "--warehouse", str(small_warehouse), cwd=tmp_path)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.strip() == (
        "error: pantau sql runs one statement at a time; this query has 2 (run each with its own pantau sql)"
    )
