"""Dagster's SQLite storage with one connection per database kept open, instead of one engine per event.

Dagster's `SqliteEventLogStorage` creates a SQLAlchemy engine, opens the file, runs one transaction and throws the
engine away for every event it stores, and each asset event is written to two databases (the run's and the index):
a `pantau run` stores ~600 events (a dbt test is an asset check evaluation, a model a materialisation), which cost
~25 ms of CPU each and, with SQLite's default `synchronous=FULL`, an fsync per commit (measured in
docs/scaling.md). Here each database keeps one open connection for the life of the storage, and commits in WAL
mode sync at checkpoints only (`synchronous=NORMAL`: a power cut may lose the last events of the run history,
never corrupt it; the warehouse does not depend on them). The tables, files and layout are Dagster's own, so the
UI, the sensor and `dagster` commands read the same history, whichever storage class wrote it.

Configured in the dagster.yaml pantau ships (orchestration/dagster.yaml) as Dagster's custom storage.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from dagster._core.storage.event_log.sqlite.sqlite_event_log import SqliteEventLogStorage
from dagster._core.storage.runs.sqlite.sqlite_run_storage import SqliteRunStorage
from dagster._core.storage.schedules.sqlite.sqlite_schedule_storage import SqliteScheduleStorage
from dagster._core.storage.sql import create_engine
from dagster._core.storage.sqlite import SQLITE_BUSY_TIMEOUT_SECONDS
from dagster._core.storage.sqlite_storage import DagsterSqliteStorage
from dagster._serdes import ConfigurableClassData
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import SingletonThreadPool

PRAGMAS = ("PRAGMA synchronous=NORMAL",)


def _pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    for pragma in PRAGMAS:
        cursor.execute(pragma)
    cursor.close()


class KeptOpenSqliteEventLogStorage(SqliteEventLogStorage):
    """`SqliteEventLogStorage` whose shards (the index and one database per run) each keep an engine with one
    connection per thread (SQLAlchemy's SingletonThreadPool), so storing an event is one transaction on an open
    connection. Dagster's own lock still serialises every access of this storage object."""

    def __init__(self, base_dir: str, inst_data: ConfigurableClassData | None = None) -> None:
        self._engines: dict[str, Engine] = {}
        self._engines_lock = threading.Lock()
        self._tables_found: set[str] = set()
        super().__init__(base_dir, inst_data=inst_data)

    def _engine(self, shard: str) -> Engine:
        with self._engines_lock:
            engine = self._engines.get(shard)
            if engine is None:
                engine = create_engine(
                    self.conn_string_for_shard(shard),
                    poolclass=SingletonThreadPool,
                    connect_args={"timeout": SQLITE_BUSY_TIMEOUT_SECONDS, "check_same_thread": False},
                )
                event.listen(engine, "connect", _pragmas)
                self._engines[shard] = engine
            return engine

    @contextmanager
    def _connect(self, shard: str) -> Iterator[Connection]:
        with self._db_lock:
            engine = self._engine(shard)
            if shard not in self._initialized_dbs:
                self._initdb(engine)
                self._initialized_dbs.add(shard)
            with engine.connect() as conn, conn.begin():
                yield conn

    def has_table(self, table_name: str) -> bool:
        """Whether the index database has a table, asked once per table while the storage lives.

        Dagster asks it for every asset check evaluation and every asset event it stores (is the schema migrated
        for asset checks, for event tags?), each time through a new SQLAlchemy engine and connection: ~1.5 ms of
        CPU per event, ~300 events in a daily run. Only a table found is remembered (migrations create tables,
        nothing drops them), so a storage that lacked one sees it once `dagster instance migrate` added it."""
        if table_name in self._tables_found:
            return True
        found = super().has_table(table_name)
        if found:
            self._tables_found.add(table_name)
        return found

    def dispose(self) -> None:
        with self._engines_lock:
            engines, self._engines = list(self._engines.values()), {}
        for engine in engines:
            engine.dispose()
        super().dispose()

    def delete_events(self, run_id: str) -> None:
        """Deleting a run removes its database file: close the connection to it first."""
        with self._engines_lock:
            engine = self._engines.pop(run_id, None)
        if engine is not None:
            engine.dispose()
        super().delete_events(run_id)


class PantauSqliteStorage(DagsterSqliteStorage):
    """Dagster's default SQLite storage (runs, event logs, schedules under `base_dir`, the same files) with the
    event log kept open (KeptOpenSqliteEventLogStorage)."""

    def __init__(self, base_dir: str, inst_data: ConfigurableClassData | None = None) -> None:
        self.base_dir = base_dir
        self._run_storage = SqliteRunStorage.from_local(os.path.join(base_dir, "history", ""))
        self._event_log_storage = KeptOpenSqliteEventLogStorage(os.path.join(base_dir, "history", "runs", ""))
        self._schedule_storage = SqliteScheduleStorage.from_local(os.path.join(base_dir, "schedules"))
        self._inst_data = inst_data
        super(DagsterSqliteStorage, self).__init__()

    @classmethod
    def from_config_value(cls, inst_data: ConfigurableClassData, config_value: Any) -> PantauSqliteStorage:
        return cls.from_local(inst_data=inst_data, **config_value)
