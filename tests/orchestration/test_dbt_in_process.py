"""dbt runs on a thread of the run's process (orchestration/defs/warehouse/in_process.py), not as a subprocess: the
same results reach Dagster, a failed test or a dbt error fails as it did, and the DuckDB file is let go after."""

import re
import subprocess
from pathlib import Path

import duckdb
import pytest
from dagster import AssetCheckEvaluation, AssetMaterialization
from dagster_dbt.errors import DagsterDbtCliRuntimeError

from orchestration.defs.resources import dbt_resource
from orchestration.defs.warehouse.project import pantau_dbt_project

MANIFEST = pantau_dbt_project.manifest_path
TEST = ["test", "--select", "column_rules_countries"]


@pytest.fixture
def no_subprocess(monkeypatch: pytest.MonkeyPatch) -> None:
    """No dbt process (dbt itself still asks `uname -p` once, through the platform module)."""
    popen = subprocess.Popen

    def refuse_dbt(args: object, *rest: object, **kwargs: object) -> object:
        assert "dbt" not in str(args), f"dbt was started as a process: {args}"
        return popen(args, *rest, **kwargs)

    monkeypatch.setattr(subprocess, "Popen", refuse_dbt)


def test_dbt_in_process_reports_what_the_subprocess_did(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_subprocess: None
) -> None:
    database = tmp_path / "warehouse.duckdb"
    monkeypatch.setenv("PANTAU_DBT_DB_PATH", str(database))
    dbt = dbt_resource()

    def run(args: list[str], target: str, **kwargs: object) -> tuple[object, list[object]]:
        invocation = dbt.cli(args, manifest=MANIFEST, target_path=tmp_path / target, **kwargs)
        return invocation, list(invocation.stream())

    _, seeded = run(["seed", "--select", "countries"], "t1")
    assert [e.asset_key.path for e in seeded if isinstance(e, AssetMaterialization)] == [
        ["reference", "countries"]
    ]
    assert (tmp_path / "t1" / "dbt.log").stat().st_size > 0  # dbt's own log, as from the subprocess
    _, tested = run(TEST, "t2")
    assert {e.check_name: e.passed for e in tested if isinstance(e, AssetCheckEvaluation)} == {
        "column_rules_countries": True
    }
    # dbt let the file go: this process opens it again, read-write and read-only
    with duckdb.connect(str(database)) as con:
        (rows,) = con.execute("select count(*) from reference.countries").fetchone()
        con.execute("insert into reference.countries select * from reference.countries limit 1")
    assert rows > 200

    failing, tested = run(TEST, "t3", raise_on_error=False)
    assert {e.check_name: e.passed for e in tested if isinstance(e, AssetCheckEvaluation)} == {
        "column_rules_countries": False  # the duplicated country
    }
    # dbt.log in text at info: the failed test is there, dbt's debug lines (every query and connection) are not
    log = (tmp_path / "t3" / "dbt.log").read_text(encoding="utf-8")
    assert re.search(r"\[error\].*FAIL \d+ column_rules_countries", log), log[-2000:]
    assert (
        "[info ]" in log and "[debug]" not in log and not log.lstrip().startswith("{") and "\x1b" not in log
    )
    assert not failing.is_successful()
    assert "column_rules_countries" in str(failing.get_error())
    with duckdb.connect(str(database), read_only=True) as con:
        con.execute("select 1").fetchall()

    with pytest.raises(DagsterDbtCliRuntimeError, match="no_such_table"):
        run(["show", "--inline", "select * from no_such_table"], "t4")
