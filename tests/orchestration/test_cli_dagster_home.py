"""`pantau run` with a DAGSTER_HOME it cannot use stops with one line saying which and what to do (exit 2), not a
270-line traceback, and touches no warehouse."""

from pathlib import Path

from tests.conftest import SEED_ARTICLES, run_pantau


def _run(home: Path, warehouse: Path):
    return run_pantau(
        "run", "--articles", str(SEED_ARTICLES), "--warehouse", str(warehouse), "--quiet", env_home=home
    )


def test_a_file_where_dagster_home_should_be(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.write_text("not a folder", encoding="utf-8")
    result = _run(home, tmp_path / "w.duckdb")
    assert result.returncode == 2, result.stderr[-2000:]
    assert result.stderr.strip() == (
        f"error: DAGSTER_HOME {home} cannot be used: File exists; set DAGSTER_HOME to a folder pantau may write "
        "(default data/dagster)"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home"]


def test_a_dagster_yaml_dagster_cannot_read(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "dagster.yaml").write_text("run_storage:\n  module: [oops\n", encoding="utf-8")
    warehouse = tmp_path / "w.duckdb"
    result = _run(home, warehouse)
    assert result.returncode == 2, result.stderr[-2000:]
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"error: Dagster cannot start from DAGSTER_HOME {home}: ")
    assert "line 2" in line and line.endswith(
        f"fix or remove {home / 'dagster.yaml'} (pantau writes its own when there is none)"
    )
    assert not warehouse.exists()
