"""Run the pantau suites on DataFrames and turn the results into something Dagster and people can read.

Design (the traps are real, see the report of the data-quality layer):
- GE 1.x cannot validate DuckDB through its SQL datasource, and dagster-ge needs GE < 1.0, so callers read the
  table into a DataFrame and call `validate_frame`; Dagster asset checks wrap that call.
- One *ephemeral* GE context per process, created on first use: nothing is written to disk, importing this
  module does not import GE (it takes seconds), and later validations reuse the datasource and assets.
- Validation results are kept as GE JSON in `StageResult.validation_result`, so `build_data_docs` can render
  the standard GE Data Docs site later, from any process, without re-running anything.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from expectations.derive import add_clean_columns, add_extracted_columns, add_raw_columns, to_pandas
from expectations.gx_import import import_gx
from expectations.suites import build_suite

if TYPE_CHECKING:
    import great_expectations as gx
    import polars as pl

MAX_EXAMPLES = 5  # unexpected examples per expectation in StageResult.results
PARTIAL_UNEXPECTED = 10  # unexpected values kept in the GE JSON (and shown in Data Docs)
MAX_CHARS = 300  # unexpected values are cut to this length (a failing `body` is a whole article)
DATASOURCE = "pantau"
DATA_DOCS_SITE = "pantau"

_lock = threading.Lock()  # a GE context is not thread-safe; Dagster may run checks in threads
_state: dict[str, Any] = {}


@dataclass
class StageResult:
    """The outcome of one suite on one frame, JSON-serialisable (see `to_dict`).

    `success` is GE's verdict: every expectation met. `blocking` says whether a *critical* expectation failed;
    failures of `warning` expectations (e.g. language) should flag the asset, not stop the pipeline.
    """

    stage: str
    suite_name: str
    success: bool
    evaluated: int
    failed: int
    failed_critical: int
    rows: int
    seconds: float
    validated_at: str
    results: list[dict[str, Any]]
    validation_result: dict[str, Any] = field(repr=False)
    suite: dict[str, Any] = field(repr=False)
    # Per result (same order): every unexpected row as {id column: key, checked column(s): value}, not only the
    # few examples kept in `results`: the quarantine (expectations/quarantine.py) withholds each of them.
    unexpected_rows: list[list[dict[str, Any]]] = field(default_factory=list, repr=False)

    @property
    def blocking(self) -> bool:
        """True when downstream assets should not run on this data."""
        return self.failed_critical > 0

    @property
    def failures(self) -> list[dict[str, Any]]:
        """Only the expectations that failed."""
        return [r for r in self.results if not r["success"]]

    def failed_expectations(self) -> set[tuple[str, str | None]]:
        """(expectation type, column) of every failure, e.g. ('expect_column_values_to_be_unique', 'fact_id')."""
        return {(r["expectation"], r["column"]) for r in self.failures}

    def metadata(self) -> dict[str, Any]:
        """A small JSON summary for Dagster check metadata: counts and each failure with a few examples."""
        return {
            "suite": self.suite_name,
            "rows": self.rows,
            "evaluated": self.evaluated,
            "failed": self.failed,
            "failed_critical": self.failed_critical,
            "seconds": round(self.seconds, 3),
            "failures": [
                {
                    k: r[k]
                    for k in (
                        "expectation",
                        "column",
                        "row_condition",
                        "severity",
                        "unexpected_count",
                        "observed_value",
                        "examples",
                        "unexpected_ids",
                        "exception",
                    )
                }
                for r in self.failures
            ],
        }

    def to_dict(self) -> dict[str, Any]:
        """Everything, as plain JSON types (for writing next to the warehouse or passing between processes)."""
        return asdict(self)


def _context() -> Any:
    """The process-wide ephemeral GE context with progress bars off (they spam Dagster logs)."""
    if "context" not in _state:
        gx = import_gx()
        from great_expectations.data_context.types.base import ProgressBarsConfig
        from great_expectations.execution_engine import pandas_execution_engine

        # GE fingerprints every pandas batch smaller than HASH_THRESHOLD bytes (pd.util.hash_pandas_object over
        # every row, twice per validation) for a batch marker nothing here reads: for the 3.2 million mention
        # keys of a 100,000-article run that was ~1 GB of transient memory and 5.7 s (measured). GE's own switch
        # for frames too big to hash is that threshold; at 0 no frame is hashed.
        pandas_execution_engine.HASH_THRESHOLD = 0
        context = gx.get_context(mode="ephemeral")
        context.variables.progress_bars = ProgressBarsConfig(globally=False)
        _state["context"] = context
        _state["datasource"] = context.data_sources.add_pandas(DATASOURCE)
        _state["batch_definitions"] = {}
    return _state["context"]


@contextmanager
def _configurations_once() -> Iterator[None]:
    """Each expectation's `configuration` built once while a suite is validated, not on every read.

    GE's `Expectation.configuration` is a property that serialises the whole pydantic model (`self.dict()`, value
    sets included) into a new ExpectationConfiguration, and the validator reads it once per domain, success and
    runtime key of each expectation: ~6,200 times for the 54 expectations of the marts suites, 1.7 of their 3.0 CPU
    seconds at 10,000 articles (cProfile), whatever the rows. The expectations validated are GE's own copies
    (`to_domain_obj()` of a deep copy) and nothing changes their fields during a validation; GE deep-copies a
    configuration before it alters one. The property is put back afterwards; callers hold `_lock`."""
    from great_expectations.expectations.expectation import Expectation

    original = Expectation.__dict__["configuration"]
    built: dict[int, tuple[Any, Any]] = {}  # id -> (expectation, configuration): the expectation kept alive

    def configuration(self: Any) -> Any:
        hit = built.get(id(self))
        if hit is None or hit[0] is not self:
            hit = built[id(self)] = (self, original.fget(self))
        return hit[1]

    Expectation.configuration = property(configuration)  # type: ignore[method-assign]
    try:
        yield
    finally:
        Expectation.configuration = original  # type: ignore[method-assign]


def _forget(batch: Any) -> None:
    """Drop a validated batch from GE's execution engine, which otherwise keeps the last DataFrame of every asset
    for the life of the process: in a 100,000-article run the raw, clean, extracted and marts frames stayed
    alive to the end, ~0.8 GB under the marts suite's own peak (measured)."""
    manager = batch.data.execution_engine.batch_manager
    manager.batch_data_cache.pop(batch.id, None)
    manager.reset_batch_cache()


def _batch_definition(asset_name: str) -> Any:
    _context()
    definitions = _state["batch_definitions"]
    if asset_name not in definitions:
        asset = _state["datasource"].add_dataframe_asset(asset_name)
        definitions[asset_name] = asset.add_batch_definition_whole_dataframe("whole_frame")
    return definitions[asset_name]


def _prepare(
    stage: str, frame: pd.DataFrame, suite: gx.ExpectationSuite, derive: bool = True
) -> pd.DataFrame:
    """Derived columns of the stage (unless the caller computed the ones it needs: `derive=False`), then date
    columns as datetime.date (GE compares them with date bounds)."""
    if derive and stage == "raw":
        frame = add_raw_columns(frame)
    elif derive and stage == "clean":
        frame = add_clean_columns(frame)
    elif derive and stage == "extracted":
        frame = add_extracted_columns(frame)
    converted = {}
    for column in suite.meta.get("date_columns", []):
        if column in frame.columns and pd.api.types.is_datetime64_any_dtype(frame[column]):
            dates = frame[column].dt.date
            converted[column] = dates.astype(object).where(frame[column].notna(), None)
    return frame.assign(**converted) if converted else frame


def _short(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, default=str, ensure_ascii=False)
    return text if len(text) <= MAX_CHARS else text[:MAX_CHARS] + f"… ({len(text)} chars)"


def _shorten(value: Any) -> Any:
    """Long strings in unexpected values cut to MAX_CHARS, so Data Docs never print whole articles."""
    if isinstance(value, str):
        return _short(value)
    if isinstance(value, list):
        return [_shorten(v) for v in value]
    if isinstance(value, dict):
        return {k: _shorten(v) for k, v in value.items()}
    return value


def _condition_text(condition: Any) -> str | None:
    """A row condition as `fact_table == 'case_counts'` rather than its JSON form."""
    if not condition:
        return None
    if isinstance(condition, dict) and {"column", "operator", "parameter"} <= condition.keys():
        column = (
            condition["column"].get("name") if isinstance(condition["column"], dict) else condition["column"]
        )
        return f"{column} {condition['operator']} {condition['parameter']!r}"
    return _short(condition)


def _summarise(result: dict[str, Any], id_column: str | None) -> dict[str, Any]:
    """One expectation's result as a flat, JSON-only dict."""
    config = result["expectation_config"]
    kwargs = config.get("kwargs", {})
    outcome = result.get("result") or {}
    column = kwargs.get("column") or (
        f"{kwargs['column_A']},{kwargs['column_B']}" if "column_A" in kwargs else None
    )
    indexed = outcome.get("partial_unexpected_index_list") or []
    if indexed and isinstance(indexed[0], dict):
        examples = [{k: _short(v) for k, v in row.items()} for row in indexed[:MAX_EXAMPLES]]
    else:
        examples = [
            {"value": _short(v)} for v in (outcome.get("partial_unexpected_list") or [])[:MAX_EXAMPLES]
        ]
    exception = result.get("exception_info") or {}
    if "raised_exception" not in exception:  # keyed by metric when a metric failed
        exception = next(iter(exception.values()), {}) if exception else {}
    message = exception.get("exception_message") if exception.get("raised_exception") else None
    observed = outcome.get("observed_value")
    ids = [_short(row[id_column]) for row in indexed if isinstance(row, dict) and id_column in row]
    return {
        "expectation": config["type"],
        "column": column,
        "row_condition": _condition_text(kwargs.get("row_condition")),
        "severity": str(config.get("severity", "critical")),
        "success": bool(result["success"]),
        "unexpected_count": outcome.get("unexpected_count"),
        "unexpected_percent": outcome.get("unexpected_percent"),
        "observed_value": None if observed is None else _short(observed),
        "examples": examples,
        "unexpected_ids": list(dict.fromkeys(ids)),
        "exception": _short(message) if message else None,
        "notes": config.get("notes"),
    }


def validate_frame(
    stage: str,
    frame: pd.DataFrame | pl.DataFrame,
    *,
    max_unexpected: int = PARTIAL_UNEXPECTED,
    keep: Callable[[dict[str, Any]], bool] | None = None,
    derive: bool = True,
    **suite_kwargs: Any,
) -> StageResult:
    """Validate one stage's frame with its suite.

    stage: `raw`, `clean`, `extracted` (facts joined with their article `body`, e.g. `derive.facts_frame`),
    or `marts` with `table=` (or `marts.<table>`); other keyword arguments go to the suite builder
    (`today=`, `agency_ids=`, `country_ids=`). Derived helper columns are added here, on a copy.
    `max_unexpected` bounds the unexpected values (and row ids) kept per expectation. `keep` (given each
    expectation's configuration) validates part of the suite only, under the suite's name (expectations/stages.py
    validates the row-level part on the rows its verdict cache lacks); `derive=False` when the frame already holds
    the derived columns that part reads.
    """
    suite = build_suite(stage, **suite_kwargs)
    if keep is not None:
        suite = import_gx().ExpectationSuite(
            name=suite.name,
            expectations=[e for e in suite.expectations if keep(e.configuration.to_json_dict())],
            notes=suite.notes,
            meta=suite.meta,
        )
    data = _prepare(stage, to_pandas(frame), suite, derive)
    id_column = suite.meta.get("id_column")
    result_format: dict[str, Any] = {"result_format": "SUMMARY", "partial_unexpected_count": max_unexpected}
    if id_column in data.columns:
        # COMPLETE lists every unexpected row's id (the quarantine needs them all); the lists are moved out of
        # the GE JSON below, so Data Docs and check metadata stay as small as with SUMMARY.
        result_format.update(result_format="COMPLETE", unexpected_index_column_names=[id_column])
    asset_name = suite.name.removeprefix("pantau.")
    started = time.perf_counter()
    with _lock:
        batch = _batch_definition(asset_name).get_batch(batch_parameters={"dataframe": data})
        try:
            with _configurations_once():
                validation = batch.validate(suite, result_format=result_format)
        finally:
            _forget(batch)
    seconds = time.perf_counter() - started
    payload = validation.to_json_dict()
    unexpected_rows = []
    for item in payload["results"]:
        outcome = item.get("result") or {}
        unexpected_rows.append(outcome.pop("unexpected_index_list", None) or [])
        for complete_only in ("unexpected_list", "unexpected_index_query"):
            outcome.pop(complete_only, None)
        item["result"] = _shorten(outcome)
    results = [_summarise(item, id_column) for item in payload["results"]]
    failed = [r for r in results if not r["success"]]
    return StageResult(
        stage=asset_name,
        suite_name=suite.name,
        success=all(r["success"] for r in results),
        evaluated=len(results),
        failed=len(failed),
        failed_critical=sum(r["severity"] == "critical" for r in failed),
        rows=len(data),
        seconds=seconds,
        validated_at=datetime.now(UTC).isoformat(),
        results=results,
        validation_result=payload,
        suite=suite.to_json_dict(),
        unexpected_rows=unexpected_rows,
    )


def validate_marts(tables: Mapping[str, pd.DataFrame | pl.DataFrame]) -> dict[str, StageResult]:
    """Validate every marts table given (name -> frame); foreign keys are checked against the dim_agency and
    dim_country frames when those are among `tables`."""
    ids: dict[str, Any] = {}
    for kwarg, dimension, key in (
        ("agency_ids", "dim_agency", "agency_id"),
        ("country_ids", "dim_country", "country_id"),
    ):
        if dimension in tables:
            ids[kwarg] = to_pandas(tables[dimension])[key].dropna().astype(str).tolist()
    return {name: validate_frame("marts", frame, table=name, **ids) for name, frame in tables.items()}


def build_data_docs(results: Iterable[StageResult | Mapping[str, Any]], out_dir: Path) -> Path:
    """Write the Great Expectations Data Docs site for `results` into `out_dir`; return its index.html.

    Uses a fresh ephemeral context whose only Data Docs site is a filesystem site rooted at `out_dir`: the
    stored validation results and suites live in memory just long enough to render the HTML. `results` are
    StageResults or their `to_dict()` form (e.g. read back from JSON in another process).
    """
    gx = import_gx()
    from great_expectations.core.expectation_validation_result import expectationSuiteValidationResultSchema
    from great_expectations.core.run_identifier import RunIdentifier
    from great_expectations.data_context.types.resource_identifiers import (
        ExpectationSuiteIdentifier,
        ValidationResultIdentifier,
    )

    out_dir = Path(out_dir).resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    context = gx.get_context(mode="ephemeral")
    for site in list(context.list_data_docs_sites()):
        context.delete_data_docs_site(site)  # the default site would write to a temporary folder
    context.add_data_docs_site(
        DATA_DOCS_SITE,
        {
            "class_name": "SiteBuilder",
            "show_how_to_buttons": False,
            "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(out_dir)},
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
        },
    )
    seen_suites: set[str] = set()
    for item in results:
        record = asdict(item) if isinstance(item, StageResult) else dict(item)
        validation = expectationSuiteValidationResultSchema.load(record["validation_result"])
        run_time = datetime.fromisoformat(record.get("validated_at") or datetime.now(UTC).isoformat())
        run_id = RunIdentifier(run_name=DATASOURCE, run_time=run_time)
        validation.meta["run_id"] = run_id
        suite_id = ExpectationSuiteIdentifier(name=validation.suite_name)
        key = ValidationResultIdentifier(
            expectation_suite_identifier=suite_id,
            run_id=run_id,
            batch_identifier=record.get("stage") or validation.suite_name,
        )
        context.validation_results_store.set(key, validation)
        if validation.suite_name not in seen_suites:
            seen_suites.add(validation.suite_name)
            suite = record.get("suite") or {}
            context.suites.add(
                gx.ExpectationSuite(
                    name=validation.suite_name,
                    expectations=[r.expectation_config for r in validation.results],
                    notes=suite.get("notes"),
                    meta=suite.get("meta"),
                )
            )
    context.build_data_docs(site_names=[DATA_DOCS_SITE])
    index = out_dir / "index.html"
    if not index.is_file():
        raise RuntimeError(f"Great Expectations did not write {index}")
    return index
