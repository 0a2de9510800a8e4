"""The `pantau` command: run, ui, sql, report, eval. `run` executes the same Dagster job the UI runs."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TextIO

import typer

from orchestration import published
from orchestration.lib import settings

app = typer.Typer(
    help="pantau: facts Indonesian news reports about online gambling, scams and trafficking.",
    no_args_is_help=True,
)

ArticlesOpt = Annotated[
    Path | None,
    typer.Option("--articles", help="Folder of articles (default: seeds/articles or $PANTAU_ARTICLES_DIR)."),
]
WarehouseOpt = Annotated[
    Path | None,
    typer.Option(
        "--warehouse", help="DuckDB warehouse file (default: data/warehouse.duckdb or $PANTAU_WAREHOUSE)."
    ),
]


@app.callback()
def _everywhere() -> None:
    """Every command finds this environment's `dbt` and `dagster`, whatever PATH and working directory."""
    settings.put_interpreter_bin_on_path()


def _set_paths(articles: Path | None, warehouse: Path | None) -> None:
    if articles is not None:
        os.environ["PANTAU_ARTICLES_DIR"] = str(articles.resolve())
    if warehouse is not None:
        os.environ["PANTAU_WAREHOUSE"] = str(warehouse.resolve())
    try:
        settings.ensure_dagster_home()
    except OSError as exc:  # a file in the way, a folder pantau may not write: one line, not a traceback
        typer.echo(
            f"error: DAGSTER_HOME {settings.dagster_home()} cannot be used: {exc.strerror or exc}; set DAGSTER_HOME "
            "to a folder pantau may write (default data/dagster)",
            err=True,
        )
        raise typer.Exit(2) from None


def _one_line(exc: BaseException, limit: int = 400) -> str:
    """An exception's message on one line (YAML errors span several), cut at `limit` characters."""
    return " ".join(str(exc).split())[:limit] or type(exc).__name__


@app.command()
def run(
    articles: ArticlesOpt = None,
    warehouse: WarehouseOpt = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only the summary line (JSON).")] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Show Dagster's and dbt's own logs.")
    ] = False,
    force: Annotated[
        bool, typer.Option("--force", help="Rebuild even when the warehouse is up to date.")
    ] = False,
) -> None:
    """Run the whole pipeline (ingest -> clean -> extract -> dbt -> checks -> publish) on a folder of articles;
    when the published warehouse was built from exactly these inputs, say so and do nothing (--force rebuilds)."""
    _set_paths(articles, warehouse)
    if not settings.articles_dir().is_dir():
        typer.echo(f"error: articles folder not found: {settings.articles_dir()}", err=True)
        raise typer.Exit(2)
    from orchestration.lib import lock

    started = time.perf_counter()
    # Taken before Dagster is even imported, so a second run is refused within a second.
    try:
        lock.acquire(settings.warehouse_path())
    except lock.WarehouseBusy as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(3) from None
    try:
        if not force and _up_to_date(quiet, started):
            return
        result = _execute(quiet, verbose)
    finally:
        lock.release(settings.warehouse_path())
    elapsed = time.perf_counter() - started
    # Dagster skips a step whose upstream output was not produced and still calls the run a success: a run that
    # did not publish left the previous warehouse in place, so it must not read as one that did.
    not_published = _not_published(result)
    success = result.success and not_published is None
    checks = result.get_asset_check_evaluations()
    passed = sum(1 for c in checks if c.passed)
    failed = [c for c in checks if not c.passed]
    counts = _table_counts(settings.warehouse_path()) if success else {}
    stats = _extraction_stats(result)
    reasons = _rejected_by_reason(settings.warehouse_path()) if success else {}
    quarantined = _quarantined_by_check(checks)
    stats.update(_checked_rows(checks))
    from orchestration.defs.warehouse.assets import KEPT

    tests_kept = sum(1 for c in checks if KEPT in c.metadata)
    if tests_kept:
        stats["dbt_tests_kept"] = tests_kept
    if quiet:
        typer.echo(
            json.dumps(
                {
                    "success": success,
                    **({"failure": not_published} if not_published else {}),
                    "seconds": round(elapsed, 1),
                    "checks_passed": passed,
                    "checks_failed": len(failed),
                    **stats,
                    **counts,
                    "rejected_by_reason": reasons,
                    "quarantined_by_check": quarantined,
                    "step_seconds": _step_seconds(result),
                },
                ensure_ascii=False,
            )
        )
    else:
        _print_summary(success, elapsed, counts, passed, failed, stats, reasons, checks, quarantined)
    if not success:
        if not_published:
            typer.echo(not_published, err=True)
        for event in result.all_events:
            if event.is_step_failure:
                typer.echo(
                    f"step failed: {event.step_key}: {event.step_failure_data.error.message.strip()}",
                    err=True,
                )
        typer.echo(f"full log: {_log_path()}", err=True)
        raise typer.Exit(1)


def _not_published(result) -> str | None:
    """Why a run Dagster calls successful did not publish the warehouse (one line), or None
    (orchestration/published.py); `pantau run` always runs the whole job, so a run without the publish step's
    success published nothing."""
    if not result.success:
        return None
    return published.not_published(result.all_events)


def _up_to_date(quiet: bool, started: float) -> bool:
    """Whether the published warehouse was built from the current inputs (orchestration/lib/build_inputs.py); if so,
    print so. Before Dagster is imported: nothing to do costs about a second."""
    from orchestration.lib import build_inputs

    inputs = build_inputs.fingerprint(settings.articles_dir())
    changed = build_inputs.differences(inputs, build_inputs.published_inputs(settings.warehouse_path()))
    if changed:
        if not quiet:
            typer.echo(f"rebuilding: {', '.join(build_inputs.describe(c) for c in changed)}")
        return False
    text, line = build_inputs.up_to_date_summary(
        settings.warehouse_path(), inputs, time.perf_counter() - started
    )
    typer.echo(json.dumps(line, ensure_ascii=False) if quiet else text)
    return True


def _execute(quiet: bool, verbose: bool):  # -> ExecuteInProcessResult (dagster is imported lazily)
    """The pantau_job run in this process, with the progress view unless quiet."""
    from dagster import DagsterInstance

    from orchestration.definitions import defs
    from orchestration.defs.partitions import ALL_SHARDS_TAGS
    from orchestration.lib import progress

    job = defs.resolve_job_def("pantau_job")
    # dbt writes its log to stdout and Dagster to stderr; unless --verbose both go to a log file, so the
    # terminal shows the progress and --quiet prints exactly one line.
    run_config = {} if verbose else {"loggers": {"console": {"config": {"log_level": "ERROR"}}}}
    view = None if quiet else _RunProgress(sys.stdout)
    with open(_log_path(), "w") as log, contextlib.redirect_stdout(sys.stdout if verbose else log):
        progress.set_listener(view)
        try:
            try:
                instance = DagsterInstance.get()
            except (
                Exception
            ) as exc:  # a dagster.yaml Dagster cannot read or apply: say which file, not 270 lines
                home = settings.dagster_home()
                typer.echo(
                    f"error: Dagster cannot start from DAGSTER_HOME {home}: {type(exc).__name__}: {_one_line(exc)}; "
                    f"fix or remove {home / 'dagster.yaml'} (pantau writes its own when there is none)",
                    err=True,
                )
                raise typer.Exit(2) from None
            with instance:
                result = job.execute_in_process(
                    instance=instance, run_config=run_config, raise_on_error=False, tags=ALL_SHARDS_TAGS
                )
                # The UI lists this run too: stored as failed when it did not publish, as the schedule's and the
                # sensors' runs are by unpublished_run_sensor (which does not see runs made in this process).
                not_published = _not_published(result)
                if not_published:
                    published.mark_not_published(instance, result.run_id, not_published)
                return result
        finally:
            progress.set_listener(None)
            if view is not None:
                view.close()


def _log_path() -> Path:
    return settings.dagster_home() / "pantau_run.log"


class _RunProgress:
    """`pantau run`'s progress: stage, items done / total and rate. A live bar on a terminal; one line per
    stage otherwise (logs, CI, tests read them)."""

    def __init__(self, stream: TextIO) -> None:
        from rich.console import Console

        self.console = Console(file=stream)
        self.stream = stream
        self.bar = None
        self.name: str | None = None
        if self.console.is_terminal:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self.bar = Progress(
                TextColumn("{task.description:<26}"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[unit]}"),
                TextColumn("{task.fields[rate]}"),
                TimeElapsedColumn(),
                console=self.console,
                redirect_stdout=False,
                redirect_stderr=False,
            )
            self.bar.start()

    def stage(self, name: str, total: int | None, unit: str) -> None:
        self._finish()
        self.name, self.total, self.unit, self.done, self.started = name, total, unit, 0, time.perf_counter()
        if self.bar is not None:
            self.task = self.bar.add_task(name, total=total, unit=unit, rate="")
        else:
            self._line(f"{name}: started" + (f" ({total} {unit})" if total is not None else ""))

    def advance(self, amount: int) -> None:
        if self.name is None:
            return
        self.done += amount
        if self.bar is not None:
            self.bar.update(self.task, advance=amount, rate=self._rate())

    def close(self) -> None:
        self._finish()
        if self.bar is not None:
            self.bar.stop()

    def _rate(self) -> str:
        seconds = time.perf_counter() - self.started
        return f"{self.done / seconds:.1f}/s" if seconds > 0 and self.done else ""

    def _finish(self) -> None:
        if self.name is None:
            return
        seconds = time.perf_counter() - self.started
        if self.bar is not None:
            self.bar.update(
                self.task, total=self.total if self.total is not None else self.done, rate=self._rate()
            )
        else:
            total = self.total if self.total is not None else self.done
            rate = f", {self.done / seconds:.1f} {self.unit}/s" if seconds > 0 and self.done else ""
            self._line(f"{self.name}: {self.done}/{total} {self.unit} in {seconds:.1f}s{rate}")
        self.name = None

    def _line(self, text: str) -> None:
        self.stream.write(text + "\n")
        self.stream.flush()


def _extraction_stats(result: object) -> dict[str, int]:
    """articles_extracted / articles_from_cache of this run (metadata of the extract step), articles_cleaned (raw
    articles the clean step cleaned rather than copied from its previous shards) and articles_failed: the articles
    of this folder the cleaner raised on (rejected inputs) plus those the extractor raised on (withheld), whether
    they failed in this run or in the one whose shards or extraction cache it reused (`articles_failed_by_stage`);
    dbt_nodes_kept: the dbt relations the run kept from the previous build (warehouse/assets.py, kept_relations)."""
    wanted = {
        ("parts", "extracted"): ("articles_extracted", "articles_from_cache"),
        ("parts", "clean"): ("articles_cleaned",),
    }
    from orchestration.defs.warehouse.assets import KEPT

    stats: dict = {}
    failed: dict[str, int] = {}
    kept = 0
    for event in result.get_asset_materialization_events():
        meta = event.materialization.metadata
        key = tuple(event.asset_key.path)
        kept += KEPT in meta
        stats.update({k: meta[k].value for k in wanted.get(key, ()) if k in meta})
        if key in wanted and "articles_failed" in meta:
            failed["clean" if key == ("parts", "clean") else "extract"] = int(meta["articles_failed"].value)
    if failed:
        stats["articles_failed"] = sum(failed.values())
        stats["articles_failed_by_stage"] = failed
    if kept:
        stats["dbt_nodes_kept"] = kept
    return stats


def _step_seconds(result) -> dict[str, float]:
    """Wall time of every finished step (Dagster's own STEP_SUCCESS duration), so benchmarks can time stages."""
    return {
        event.step_key: round(event.event_specific_data.duration_ms / 1000, 3)
        for event in result.all_events
        if event.is_step_success and event.event_specific_data is not None
    }


def _table_counts(path: Path) -> dict[str, int]:
    """Rows per mart of the published warehouse, for the run summary."""
    import duckdb

    from orchestration.lib.tables import mart_row_counts

    with duckdb.connect(str(path), read_only=True) as con:
        return mart_row_counts(con)


def _rejected_by_reason(path: Path) -> dict[str, int]:
    """Rejected inputs per kind of reason, so a run says why files were left out, not only how many."""
    import duckdb
    import polars as pl

    from transforms.ingest import rejected_by_reason

    with duckdb.connect(str(path), read_only=True) as con:
        return rejected_by_reason(
            pl.from_arrow(con.sql("select reason from marts.rejected_inputs").to_arrow_table())
        )


def _check_kinds(checks: list) -> str:
    """' (N dbt tests, M Great Expectations suites with E expectations)': the README's check vocabulary."""
    if not checks:
        return ""
    suites = [c for c in checks if c.check_name.startswith("ge_")]
    expectations = sum(int(getattr(c.metadata.get("expectations"), "value", 0) or 0) for c in suites)
    return (
        f" ({len(checks) - len(suites)} dbt tests, {len(suites)} Great Expectations suite checks "
        f"with {expectations} expectations)"
    )


def _checked_rows(checks: list) -> dict[str, int]:
    """Rows the input suites' row-level expectations validated this run, and rows whose verdict came from the
    verdict cache (their `rows_validated` / `rows_from_cache` metadata), summed over raw, clean and extracted."""
    totals: dict[str, int] = {}
    for check in checks:
        for key, name in (
            ("rows_validated", "check_rows_validated"),
            ("rows_from_cache", "check_rows_from_cache"),
        ):
            value = (check.metadata or {}).get(key)
            if value is not None:
                totals[name] = totals.get(name, 0) + int(getattr(value, "value", value))
    return totals


def _quarantined_by_check(checks: list) -> dict[str, int]:
    """Rows the quality checks withheld, per check (their `quarantined_by_check` metadata): also known when the
    run blocked, since the checks judge before anything is published."""
    from collections import Counter

    counts: Counter[str] = Counter()
    for check in checks:
        value = (check.metadata or {}).get("quarantined_by_check")
        counts.update(getattr(value, "value", None) or {})
    return dict(counts.most_common())


def _print_summary(
    success: bool,
    elapsed: float,
    counts: dict[str, int],
    passed: int,
    failed: list,
    stats: dict[str, int],
    reasons: dict[str, int],
    checks: list | None = None,
    quarantined: dict[str, int] | None = None,
) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    status = "[green]succeeded[/green]" if success else "[red]FAILED (previous warehouse kept)[/red]"
    console.print(f"pantau run {status} in {elapsed:.1f}s -> {settings.warehouse_path()}")
    if counts:
        table = Table("table", "rows")
        for name, n in counts.items():
            table.add_row(f"marts.{name}", str(n))
        console.print(table)
        console.print(f"articles ingested: {counts['dim_article']}, rejected: {counts['rejected_inputs']}")
    if stats:
        console.print(
            f"articles extracted: {stats.get('articles_extracted', 0)}, "
            f"from the extraction cache: {stats.get('articles_from_cache', 0)}"
        )
    if stats.get("articles_failed"):
        by_stage = stats.get("articles_failed_by_stage", {})
        console.print(
            f"[yellow]articles the cleaner or extractor raised on: {stats['articles_failed']}[/yellow] "
            f"(cleaner: {by_stage.get('clean', 0)}, rejected inputs; extractor: {by_stage.get('extract', 0)}, "
            "withheld in marts.quarantined_rows)"
        )
    if reasons:
        rejected = Table("rejected because", "inputs")
        for reason, n in reasons.items():
            rejected.add_row(reason, str(n))
        console.print(rejected)
        console.print(
            'each rejected input and its full reason: pantau sql "select * from marts.rejected_inputs"'
        )
    if quarantined:
        withheld = Table("withheld by check" if success else "rejected by check (nothing published)", "rows")
        for name, n in quarantined.items():
            withheld.add_row(name, str(n))
        console.print(withheld)
        if success:
            console.print(
                'each withheld row and its reason: pantau sql "select * from marts.quarantined_rows"'
            )
    console.print(f"asset checks passed: {passed}, failed: {len(failed)}{_check_kinds(checks or [])}")
    for check in failed:
        blocking = check.severity.value == "ERROR"
        label = "[red]failed[/red]" if blocking else "[yellow]warned[/yellow]"
        why = f": {check.description}" if check.description else ""
        console.print(f"  {label} {check.asset_key.to_user_string()}:{check.check_name}{why}")


@app.command()
def ui(
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1.")] = 3000,
    articles: ArticlesOpt = None,
    warehouse: WarehouseOpt = None,
) -> None:
    """Start the Dagster UI (dagster dev) on 127.0.0.1 for the same definitions."""
    _set_paths(articles, warehouse)
    raise typer.Exit(subprocess.call(ui_command(port), cwd=settings.PROJECT_ROOT))


UI_HOST = "127.0.0.1"


def ui_command(port: int) -> list[str]:
    """The `dagster dev` command line of `pantau ui`: loopback only, since the UI can launch runs unauthenticated."""
    return [
        sys.executable,
        "-W",
        DEV_SUPERSEDED_WARNING,
        "-m",
        "dagster",
        "dev",
        "-m",
        "orchestration.definitions",
        "-h",
        UI_HOST,
        "-p",
        str(port),
    ]


# `dagster dev` warns on every start that `dg dev` supersedes it; `dg` is a separate tool pantau does not use.
DEV_SUPERSEDED_WARNING = "ignore:Function `dev_command` is superseded"


class OutputFormat(StrEnum):
    """`pantau sql --format`: anything else is a usage error, not silently a table."""

    table = "table"
    csv = "csv"
    json = "json"


@app.command()
def sql(
    query: Annotated[
        str, typer.Argument(help="One SQL statement (read-only; only the warehouse is reachable).")
    ],
    warehouse: WarehouseOpt = None,
    format: Annotated[
        OutputFormat, typer.Option("--format", help="table, csv or json.")
    ] = OutputFormat.table,
) -> None:
    """Read-only SQL against the warehouse: no file outside it is read or written, nothing attached or installed."""
    import duckdb
    import polars as pl

    from orchestration.lib import readonly

    path = warehouse.resolve() if warehouse else settings.warehouse_path()
    if not path.exists():
        typer.echo(f"error: no warehouse at {path}; run `pantau run` first", err=True)
        raise typer.Exit(2)
    try:
        with readonly.connect(path) as con:
            statements = con.extract_statements(query)
            if len(statements) != 1:
                typer.echo(
                    f"error: pantau sql runs one statement at a time; this query has {len(statements)} "
                    "(run each with its own pantau sql)",
                    err=True,
                )
                raise typer.Exit(2)
            relation = con.sql(query)
            frame = pl.DataFrame() if relation is None else pl.from_arrow(relation.to_arrow_table())
    except duckdb.Error as exc:
        typer.echo(f"error: {readonly.explain_refusal(exc)}", err=True)
        raise typer.Exit(1) from None
    if format is OutputFormat.csv:
        typer.echo(frame.write_csv(), nl=False)
    elif format is OutputFormat.json:
        typer.echo(json.dumps(frame.to_dicts(), default=str, ensure_ascii=False, indent=1))
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(*frame.columns)
        for row in frame.iter_rows():
            table.add_row(*["" if v is None else str(v) for v in row])
        Console(width=200).print(table)


@app.command()
def report(
    warehouse: WarehouseOpt = None, out: Annotated[Path | None, typer.Option(help="Output folder.")] = None
) -> None:
    """Write the data-quality report (Great Expectations Data Docs, dbt docs, source freshness and a summary page) and print its path."""
    from expectations.report import write_report

    path = warehouse.resolve() if warehouse else settings.warehouse_path()
    out_dir = (out or settings.PROJECT_ROOT / "data" / "report").resolve()
    index = write_report(path, out_dir)
    typer.echo(str(index))


@app.command(name="eval")
def evaluate(
    gold: Annotated[Path, typer.Option("--gold", help="Annotations (JSONL, the gold FORMAT).")],
    warehouse: WarehouseOpt = None,
    min_f1: Annotated[
        float | None, typer.Option(help="Exit 1 when any F1 or attribute accuracy is below this.")
    ] = None,
    show_errors: Annotated[bool, typer.Option(help="List misses and false facts.")] = True,
    floors: Annotated[
        Path | None,
        typer.Option(
            help="Exit 1 when any score is below its floor in this file (tests/fixtures/floors.json)."
        ),
    ] = None,
    record_floors: Annotated[
        bool,
        typer.Option(
            help="Write the scores achieved as this gold set's floors into --floors instead of checking them."
        ),
    ] = False,
) -> None:
    """Score the warehouse against hand-made annotations: P/R/F1 per fact type and attribute accuracy."""
    from expectations import gold_eval

    path = warehouse.resolve() if warehouse else settings.warehouse_path()
    scores = gold_eval.evaluate_warehouse(path, gold)
    typer.echo(gold_eval.format_report(scores, show_errors=show_errors))
    if min_f1 is not None and scores.below(min_f1):
        typer.echo(f"FAIL: below {min_f1}: {', '.join(scores.below(min_f1))}", err=True)
        raise typer.Exit(1)
    if floors is not None and record_floors:
        gold_eval.record_floors(scores, floors, gold)
        typer.echo(f"floors of {gold_eval.floors_key(gold)} recorded in {floors}")
    elif floors is not None:
        low = gold_eval.below_floors(scores, gold_eval.read_floors(floors, gold))
        if low:
            typer.echo(f"FAIL: below the floors of {floors}: {'; '.join(low)}", err=True)
            raise typer.Exit(1)
        typer.echo(f"every score at or above its floor in {floors}")


if __name__ == "__main__":
    app()
