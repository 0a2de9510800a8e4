"""Resources, defined once: the warehouse (DuckDB files) and dbt."""

from __future__ import annotations

import importlib.metadata
import logging
import os
import shutil
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import Any

import duckdb
from dagster import ConfigurableResource, InitResourceContext
from dagster_dbt import DbtCliInvocation, DbtCliResource
from packaging import version

from orchestration.defs.warehouse.project import pantau_dbt_project
from orchestration.lib import lock, settings

_log = logging.getLogger(__name__)


class WarehouseResource(ConfigurableResource):
    """The DuckDB warehouse. A run writes into `<warehouse>.building`; `publish` swaps it in atomically, so
    readers never see a half-built warehouse and a failed run leaves the previous one intact.

    Empty settings fall back to PANTAU_ARTICLES_DIR / PANTAU_WAREHOUSE, then to the sample corpus and
    data/warehouse.duckdb.

    Stages write their batches without one enclosing transaction: the build file is private to the run and
    discarded unless the whole run succeeds, so a transaction would add nothing but memory (DuckDB holds a
    transaction's uncommitted appends: +160 MB for 10,000 articles in the extract stage, measured).

    For the whole run the resource holds `<warehouse>.lock` (orchestration/lib/lock.py): set up once per run by
    the in-process executor, before the first asset, and released after the last, however the run was
    launched (`pantau run`, the UI, the schedule or the sensor). A second run fails before touching anything.
    """

    articles_dir: str = ""
    warehouse_path: str = ""

    @property
    def articles(self) -> Path:
        return Path(self.articles_dir).resolve() if self.articles_dir else settings.articles_dir()

    @property
    def published(self) -> Path:
        return Path(self.warehouse_path).resolve() if self.warehouse_path else settings.warehouse_path()

    @property
    def building(self) -> Path:
        return settings.build_path(self.published)

    def setup_for_execution(self, context: InitResourceContext) -> None:
        lock.acquire(self.published)

    def teardown_after_execution(self, context: InitResourceContext) -> None:
        lock.release(self.published)

    def start_build(self, warn: Callable[[str], None] | None = None) -> Path:
        """A fresh build file seeded with the current warehouse (so a partial materialisation keeps the rest).
        A stale build left by a killed run is thrown away here: the lock guarantees no live run owns it.

        A published warehouse DuckDB cannot open (a file damaged outside pantau, a write-ahead log that belongs
        to another file) must not stop every later run: the build starts empty instead (a whole run loads every
        table from the parts store and rebuilds every model, so nothing is lost), `warn` says so, and the
        successful run's publish replaces the damaged file."""
        self.building.parent.mkdir(parents=True, exist_ok=True)
        self._remove_build()
        previous = self.published if self.published.exists() else None
        try:
            create_build_file(self.building, previous)
        except duckdb.Error as exc:
            if previous is None:
                raise
            self._remove_build()
            (warn or _log.warning)(
                f"the published warehouse {previous} cannot be opened ({str(exc).splitlines()[0]}): building a "
                "new one from the parts store, which replaces it if the run succeeds"
            )
            create_build_file(self.building, None)
        return self.building

    def _remove_build(self) -> None:
        for stale in (self.building, wal_path(self.building)):
            stale.unlink(missing_ok=True)

    def ensure_build(self) -> Path:
        if not self.building.exists():
            return self.start_build()
        return self.building

    @property
    def parts(self) -> Path:
        """The parts store next to the warehouse (orchestration/lib/parts.py): the stages' output per article shard."""
        return settings.parts_path(self.published)

    @contextmanager
    def connect(self, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        con = _open(self.ensure_build(), read_only=read_only)
        try:
            yield con
        finally:
            con.close()

    def publish(self, con: duckdb.DuckDBPyConnection) -> Path:
        """Atomically replace the warehouse with the finished build (rename is atomic on one filesystem).

        `con` is the run's open connection to the build. Its CHECKPOINT writes the write-ahead log into the file
        (only the file is renamed) and fails if a transaction is still open, so nothing uncommitted is published;
        the connection is closed before the rename, so nothing writes to the file once it is the warehouse.

        A write-ahead log beside the published file (left by a client that opened it read-write and was killed)
        belongs to the file being replaced: DuckDB would replay it onto the new one and refuse to open it ("WAL
        does not match database file"), so it goes first. The build is flushed to disk before the rename and the
        rename after it, so a power cut leaves the old warehouse or the whole new one."""
        con.execute("checkpoint")
        con.close()
        _fsync(self.building)
        wal_path(self.published).unlink(missing_ok=True)
        os.replace(self.building, self.published)
        _fsync(self.published.parent)
        return self.published


def wal_path(database: Path) -> Path:
    """DuckDB's write-ahead log of a database file."""
    return Path(str(database) + ".wal")


def _fsync(path: Path) -> None:
    """Flush a file's (or a directory's entries') writes to disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# The storage format of the published file: DuckDB 2.0 writes a format (number 69) that no 1.x client opens;
# v1.4.0 (number 67) opens in DuckDB 1.4 (the LTS release) and later, 1.5 and 2.0 included. A file keeps the
# format it was created with, whichever DuckDB later writes to it, so choosing it when the build file is
# created is enough.
STORAGE_VERSION = "v1.4.0"


def storage_version(path: Path) -> str:
    """The storage format tag DuckDB reports for a database file (e.g. 'v1.4.0+')."""
    with duckdb.connect() as con:
        con.execute(f"attach '{_sql_str(path)}' as probe (read_only)")
        return con.execute(
            "select tags['storage_version'] from duckdb_databases() where database_name = 'probe'"
        ).fetchone()[0]


def create_build_file(building: Path, previous: Path | None) -> None:
    """A new build file in STORAGE_VERSION: a byte copy of `previous` when it already has that format (fast),
    otherwise its content copied into a file created with it (a warehouse published before this format was
    chosen is converted once), or an empty one."""
    if previous is not None and storage_version(previous) == f"{STORAGE_VERSION}+":
        shutil.copyfile(previous, building)
        return
    with duckdb.connect(config={"memory_limit": settings.duckdb_memory_limit()}) as con:
        con.execute(f"attach '{_sql_str(building)}' as build (storage_version '{STORAGE_VERSION}')")
        if previous is not None:
            con.execute(f"attach '{_sql_str(previous)}' as previous (read_only)")
            con.execute("copy from database previous to build")
            con.execute("detach previous")
        con.execute("detach build")


def _sql_str(path: Path) -> str:
    return str(path).replace("'", "''")


def _open(path: Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """A pipeline connection: DuckDB's buffer pool capped (settings.duckdb_memory_limit), and no progress bar
    (DuckDB draws one on stderr for queries over 2 s, e.g. the clean suite streaming 100,000 bodies)."""
    con = duckdb.connect(
        str(path), read_only=read_only, config={"memory_limit": settings.duckdb_memory_limit()}
    )
    con.execute("set enable_progress_bar = false")
    return con


class PantauDbtCliResource(DbtCliResource):
    """dagster-dbt's resource, told the dbt version instead of asking for it.

    Before every `dbt build` dagster-dbt runs `dbt --version` in a subprocess to learn which engine it drives:
    ~5 s of imports on the critical path of every run (measured with py-spy on a 10,000-article run). The dbt
    this project runs is the dbt-core installed next to this interpreter, so its version is known here.
    """

    @cached_property
    def _cli_version(self) -> version.Version:
        if Path(self.dbt_executable) == _VENV_DBT:
            return version.parse(importlib.metadata.version("dbt-core"))
        return super()._cli_version

    def _initialize_dbt_core_adapter(self, args: Sequence[str]) -> None:
        """No dbt adapter in this process.

        Before every `dbt build` dagster-dbt loads the dbt profile and project, registers the DuckDB adapter and
        parses dbt's ~500 base macros with Jinja in the run's own process, only so that an asset may call
        `fetch_column_metadata()` or `fetch_row_counts()` on the invocation; pantau calls neither (the dbt
        subprocess does all the work). That set-up cost 2.2-2.4 s of CPU on the critical path of every run,
        before dbt was even started (three runs, docs/scaling.md). Without an adapter those two calls would say
        so; dagster-dbt itself treats a missing adapter as allowed (it catches the set-up's failures)."""
        return None

    def cli(self, args: Sequence[str], **kwargs: Any) -> DbtCliInvocation:
        """dagster-dbt's invocation, with dbt run in this process when it is this environment's dbt-core
        (orchestration/defs/warehouse/in_process.py): no second interpreter importing dbt again."""
        if Path(self.dbt_executable) != _VENV_DBT:
            return super().cli(args, **kwargs)
        from orchestration.defs.warehouse.in_process import dbt_in_process

        with dbt_in_process():
            return super().cli(args, **kwargs)


# dbt from this environment, whether or not the venv is on PATH (the UI, cron, tests).
_VENV_DBT = Path(sys.executable).with_name("dbt")


def dbt_resource() -> DbtCliResource:
    return PantauDbtCliResource(
        project_dir=pantau_dbt_project,
        profiles_dir=str(settings.DBT_PROJECT_DIR),
        dbt_executable=str(_VENV_DBT) if _VENV_DBT.exists() else "dbt",
    )
