"""`dbt build` in the run's own process (dbt's `dbtRunner`), its events handed to dagster-dbt as they come.

dagster-dbt starts dbt as a subprocess and reads its structured log (one JSON object per line) from a pipe. That
subprocess is a second Python interpreter that imports dbt again (~2.2 s of CPU; the run's process has already
imported nearly all of dbt through dagster-dbt, +0.2-0.4 s for `dbt.cli.main`), and every event is serialised to
JSON by dbt and parsed back by dagster-dbt. Here dbt runs on a thread of the run's process with the same
arguments and environment, and each event dbt fires at the level its console would have printed (info and above)
reaches dagster-dbt as the very dict dbt's JSON log line is made of (`msg_to_dict`); everything downstream of
the pipe (dagster-dbt's events, asset checks, errors, the target directory and its dbt.log) is dagster-dbt's
own code, unchanged.
"""

from __future__ import annotations

import os
import queue
import shutil
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from dagster_dbt.core import resource
from dagster_dbt.core.dbt_cli_invocation import DbtCliInvocation

PARTIAL_PARSE = "partial_parse.msgpack"

_DONE = object()

DBT_ENV = {
    # dbt's own console log off: this process's stdout is pantau's, and dagster-dbt echoes each event there as it
    # did the subprocess' lines
    "DBT_LOG_LEVEL": "none",
    # its dbt.log in the target directory as dbt writes it by default, in text ("12:00:00 [info ] [Thread-1  ]:
    # 1 of 93 PASS ..."), at info: each node's start and end, each test's result, warnings and errors (~230 lines
    # per build). dagster-dbt asks for JSON logs, which dbt.log followed: every line turned from protobuf into a
    # dict, dumped to JSON and searched for secrets, ~5% of the dbt step's CPU samples (py-spy of a +1% rerun at
    # 2,000 articles; the ~2,200 debug lines, every connection and query, ~1% more); the SQL of each node is still
    # in target/compiled and target/run.
    "DBT_LOG_LEVEL_FILE": "info",
    "DBT_LOG_FORMAT_FILE": "debug",
    # no terminal colour codes in the file, nor in the messages dbt colours itself ("FAIL 1" in red), which reach
    # Dagster's event log through dagster-dbt
    "DBT_USE_COLORS_FILE": "false",
    "DBT_USE_COLORS": "false",
    # no usage events posted to dbt Labs: a synchronous HTTPS request every 30 events (~5 per build), up to 5 s
    # each, from a pipeline that reports on what it reads to nobody
    "DBT_SEND_ANONYMOUS_USAGE_STATS": "false",
}


class _DbtRun:
    """What dagster-dbt reads of its `subprocess.Popen` (`args`, `wait()`, `returncode`), for dbt on a thread."""

    def __init__(self, args: Sequence[str], env: Mapping[str, str]) -> None:
        env = {**env, **DBT_ENV}
        self.args = list(args)
        self.returncode: int | None = None
        self.drained = False  # the reader has taken every event
        self.events: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, args=(env,), name="dbt", daemon=True)
        self._thread.start()

    def _run(self, env: Mapping[str, str]) -> None:
        from dbt.cli.main import dbtRunner
        from dbt_common.events.functions import msg_to_dict

        def forward(msg: Any) -> None:
            if msg.info.level != "debug":  # dbt's console shows info and above, as dbt.log does
                self.events.put(msg_to_dict(msg))

        code = 2
        try:
            with _environment(env):
                result = dbtRunner(callbacks=[forward]).invoke(self.args[1:])
            if result.exception is not None:
                self.events.put(_error(f"dbt raised {type(result.exception).__name__}: {result.exception}"))
            code = 0 if result.success else 1
        except BaseException as exc:  # never leave the reader waiting
            self.events.put(_error(f"dbt raised {type(exc).__name__}: {exc}"))
        finally:
            _close_duckdb()
            self.returncode = code
            self.events.put(_DONE)

    def wait(self, timeout: float | None = None) -> int:
        self._thread.join(timeout)
        return self.returncode if self.returncode is not None else 2

    def send_signal(self, sig: int) -> None:  # an interrupted run does not wait for dbt (a daemon thread)
        pass


def _error(message: str) -> dict[str, Any]:
    return {"info": {"level": "error", "msg": message, "name": "PantauDbtError"}, "data": {}}


# dbt reads its settings (target path, log path, log format, ...) from the environment dagster-dbt builds for the
# subprocess; the process environment is shared, so one dbt invocation at a time.
_ENV_LOCK = threading.Lock()


@contextmanager
def _environment(env: Mapping[str, str]) -> Iterator[None]:
    """os.environ as dagster-dbt would have given it to dbt's process, for the invocation; restored after."""
    with _ENV_LOCK:
        saved = {key: os.environ.get(key) for key in env if os.environ.get(key) != env[key]}
        os.environ.update({key: env[key] for key in saved})
        try:
            yield
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value


def _close_duckdb() -> None:
    """Close the DuckDB database dbt-duckdb opened, so that this process may open the build file again (read-only
    for the checks: DuckDB refuses a second open of one file with another configuration) and publish renames a
    file nothing holds."""
    from dbt.adapters.duckdb.connections import DuckDBConnectionManager
    from dbt.adapters.factory import reset_adapters

    reset_adapters()
    with DuckDBConnectionManager._LOCK:
        if DuckDBConnectionManager._ENV is not None:
            DuckDBConnectionManager._ENV.close()
            DuckDBConnectionManager._ENV = None


class InProcessDbtCliInvocation(DbtCliInvocation):
    """dagster-dbt's invocation with dbt on a thread instead of a subprocess."""

    @classmethod
    def run(  # the signature of DbtCliInvocation.run
        cls,
        args: Sequence[str],
        env: dict[str, str],
        manifest: Mapping[str, Any],
        dagster_dbt_translator: Any,
        project_dir: Path,
        target_path: Path,
        raise_on_error: bool,
        context: Any,
        adapter: Any,
        cli_version: Any,
        dbt_project: Any = None,
    ) -> DbtCliInvocation:
        # as dagster-dbt does: a target directory without parse state gets the project's (`make manifest`)
        saved = project_dir / "target" / PARTIAL_PARSE
        fresh = target_path / PARTIAL_PARSE
        if saved.exists() and not fresh.exists():
            fresh.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(saved, fresh)
        return cls(
            process=_DbtRun(args, env),  # type: ignore[arg-type]
            manifest=manifest,
            project=dbt_project,
            dagster_dbt_translator=dagster_dbt_translator,
            project_dir=project_dir,
            target_path=target_path,
            raise_on_error=raise_on_error,
            context=context,
            adapter=adapter,
            cli_version=cli_version,
        )

    def _stream_stdout(self) -> Iterator[str | dict[str, Any]]:
        """dbt's events until it returns; nothing once they were read (dagster-dbt reads again after the end)."""
        run: _DbtRun = self.process  # type: ignore[assignment]
        while not run.drained:
            event = run.events.get()
            if event is _DONE:
                run.drained = True
                break
            if event["info"]["level"] == "error":
                self._error_messages.append(event["info"]["msg"])
            yield event
        run.wait()


@contextmanager
def dbt_in_process() -> Iterator[None]:
    """dagster-dbt's `DbtCliResource.cli` builds an InProcessDbtCliInvocation while this is open."""
    saved = resource.DbtCliInvocation
    resource.DbtCliInvocation = InProcessDbtCliInvocation  # type: ignore[misc]
    try:
        yield
    finally:
        resource.DbtCliInvocation = saved  # type: ignore[misc]
