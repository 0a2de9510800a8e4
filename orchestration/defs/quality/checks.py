"""Great Expectations suites as Dagster asset checks, one per stage, all blocking.

Raw, clean and extracted are judged together, before dbt (expectations/quarantine.py): rows that a row-level
expectation rejects are withheld into `quarantine.withheld` and the check only warns; a systemic failure, or more
rejected rows than the quarantine tolerates, fails it with severity ERROR, which stops everything downstream,
so that run is never published. The row-level expectations validate only the rows whose verdict the verdict cache
does not hold (expectations/stages.py, validate_input); the others run on every row. The marts suite blocks on
any failed critical expectation."""

from collections.abc import Iterator

from dagster import (
    AssetCheckExecutionContext,
    AssetCheckResult,
    AssetCheckSeverity,
    AssetCheckSpec,
    AssetKey,
    MetadataValue,
    asset_check,
    multi_asset_check,
)

from expectations import quarantine
from expectations.stages import validate_input, validate_stage
from expectations.suites import mart_tables
from orchestration.defs.resources import WarehouseResource
from orchestration.lib import progress, settings
from orchestration.lib.extract_cache import extraction_errors


def _result(stage: str, warehouse: WarehouseResource) -> AssetCheckResult:
    progress.stage(f"quality checks ({stage})", unit="suites")
    with warehouse.connect(read_only=True) as con:
        results = validate_stage(con, stage)
    progress.advance(len(results))
    failures = [f for r in results for f in r.failures]
    blocking = any(r.blocking for r in results)
    return AssetCheckResult(
        passed=all(r.success for r in results),
        severity=AssetCheckSeverity.ERROR if blocking else AssetCheckSeverity.WARN,
        metadata={
            "expectations": sum(r.evaluated for r in results),
            "failed": sum(r.failed for r in results),
            "suites": MetadataValue.json([r.metadata() for r in results]),
            "failures": MetadataValue.json(failures[:20]),
        },
    )


# stage -> (check name, asset it is attached to, what it checks)
INPUT_CHECKS = {
    "raw": (
        "ge_raw_suite",
        ["raw", "articles"],
        "Raw articles: text present, content hashes and paths unique, sizes within bounds.",
    ),
    "clean": (
        "ge_clean_suite",
        ["clean", "articles"],
        "Clean articles: body length, no repeated paragraph, "
        "Indonesian (warn), published date not in the future.",
    ),
    "extracted": (
        "ge_extracted_suite",
        ["extracted", "case_counts"],
        "Extracted facts: values positive and "
        "plausible, offsets inside the body and matching, enums, periods.",
    ),
}
# The extracted suite also reads blocked_content (and clean.articles, already a dep through ge_clean_suite).
_EXTRA_DEPS = [AssetKey(["extracted", "blocked_content"])]


@multi_asset_check(
    name="ge_input_suites",
    specs=[
        AssetCheckSpec(
            name,
            asset=AssetKey(key),
            blocking=True,
            description=f"{doc} Rows failing a row-level "
            "expectation are withheld (marts.quarantined_rows); systemic failures block.",
            additional_deps=_EXTRA_DEPS if stage == "extracted" else None,
        )
        for stage, (name, key, doc) in INPUT_CHECKS.items()
    ],
)
def ge_input_suites(
    context: AssetCheckExecutionContext, warehouse: WarehouseResource
) -> Iterator[AssetCheckResult]:
    """Validate raw, clean and extracted, write the quarantine dbt reads, and block on what is systemic."""
    progress.stage("quality checks (raw, clean, extracted)", total=len(INPUT_CHECKS), unit="suites")
    inputs = {}
    failed = extraction_errors(warehouse.parts / "extracted")  # articles the extractor raised on
    with warehouse.connect(read_only=True) as con:
        for stage in INPUT_CHECKS:
            inputs[stage] = validate_input(con, stage, warehouse.parts)
            progress.advance(1)
        withheld, verdicts = quarantine.judge(
            con,
            {stage: v.result for stage, v in inputs.items()},
            settings.quarantine_max_share(),
            {stage: v.cached_rejections for stage, v in inputs.items()},
            settings.quarantine_min_articles(),
            failed=failed,
        )
    with warehouse.connect() as con:
        quarantine.write(con, withheld)
    for stage, (name, key, _) in INPUT_CHECKS.items():
        validation, verdict = inputs[stage], verdicts[stage]
        result = validation.result
        context.log.info(
            f"{name}: row-level expectations validated {validation.rows_validated} rows, "
            f"{validation.rows_from_cache} verdicts from the cache"
        )
        if verdict.blocking:
            context.log.error(f"{name}: {verdict.why_blocked()}")
        elif verdict.by_check:
            context.log.warning(f"{name}: {sum(verdict.by_check.values())} rows withheld: {verdict.by_check}")
        yield AssetCheckResult(
            asset_key=AssetKey(key),
            check_name=name,
            # a row withheld by its cached verdict failed its expectation as surely as one validated now
            passed=result.success
            and not validation.cached_rejections
            and not (stage == "extracted" and failed.height),
            severity=AssetCheckSeverity.ERROR if verdict.blocking else AssetCheckSeverity.WARN,
            description=verdict.why_blocked(),
            metadata={
                "expectations": validation.expectations,
                "expectations_validated": result.evaluated,
                "failed": result.failed,
                "rows": verdict.rows,
                "rows_validated": validation.rows_validated,
                "rows_from_cache": validation.rows_from_cache,
                "quarantined_from_cache": len(validation.cached_rejections),
                **({"extraction_failed": failed.height} if stage == "extracted" else {}),
                "suite_fingerprint": validation.fingerprint[:16],
                "quarantined": sum(verdict.by_check.values()),
                "articles": verdict.articles,
                "rejected_rows_counted": verdict.rejected_rows,
                "rejected_articles_counted": verdict.rejected,
                "rejected_articles_tolerated": verdict.tolerated,
                "quarantined_by_check": MetadataValue.json(verdict.by_check),
                "systemic_failures": MetadataValue.json(verdict.systemic),
                "suites": MetadataValue.json([result.metadata()]),
                "failures": MetadataValue.json(result.failures[:20]),
            },
        )


@asset_check(
    asset=AssetKey(["marts", "fct_claims"]),
    name="ge_marts_suite",
    blocking=True,
    additional_deps=[AssetKey(["marts", t]) for t in mart_tables() if t != "fct_claims"],
)
def ge_marts_suite(context: AssetCheckExecutionContext, warehouse: WarehouseResource) -> AssetCheckResult:
    """Marts: row counts, unique keys, relationships to the dimensions, plausible distributions."""
    return _result("marts", warehouse)


quality_checks = [ge_input_suites, ge_marts_suite]
