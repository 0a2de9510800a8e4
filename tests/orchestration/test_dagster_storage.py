"""pantau's Dagster storage (orchestration/dagster_storage.py): Dagster's SQLite files, fewer round trips."""

from pathlib import Path

import pytest
from dagster._core.storage.event_log.sqlite.sqlite_event_log import SqliteEventLogStorage

from orchestration.dagster_storage import PantauSqliteStorage


def test_a_table_found_is_not_looked_up_again_a_missing_one_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    storage = PantauSqliteStorage(str(tmp_path))
    events = storage.event_log_storage
    asked: list[str] = []
    looked_up = SqliteEventLogStorage.has_table

    def counted(self: SqliteEventLogStorage, table_name: str) -> bool:
        asked.append(table_name)
        return looked_up(self, table_name)

    monkeypatch.setattr(SqliteEventLogStorage, "has_table", counted)
    for _ in range(3):
        assert events.supports_asset_checks  # Dagster asks this for every asset check evaluation it stores
        assert not events.has_table("no_such_table")
    assert asked == ["asset_check_executions", "no_such_table", "no_such_table", "no_such_table"]
    storage.dispose()
