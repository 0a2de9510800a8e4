"""Great Expectations suites as Dagster asset checks, one per stage. Blocking: a failed critical expectation
stops everything downstream, so a bad run is never published."""

from dagster import (
    AssetCheckExecutionContext,
    AssetCheckResult,
    AssetCheckSeverity,
    AssetKey,
    MetadataValue,
    asset_check,
)

from expectations.stages import validate_stage
from expectations.suites import mart_tables
from orchestration import progress
from orchestration.defs.resources import WarehouseResource


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


@asset_check(asset=AssetKey(["raw", "articles"]), name="ge_raw_suite", blocking=True)
def ge_raw_suite(context: AssetCheckExecutionContext, warehouse: WarehouseResource) -> AssetCheckResult:
    """Raw articles: text present, content hashes and paths unique, sizes within bounds."""
    return _result("raw", warehouse)


@asset_check(asset=AssetKey(["clean", "articles"]), name="ge_clean_suite", blocking=True)
def ge_clean_suite(context: AssetCheckExecutionContext, warehouse: WarehouseResource) -> AssetCheckResult:
    """Clean articles: body length, no repeated paragraph, Indonesian (warn), published date not in the future."""
    return _result("clean", warehouse)


@asset_check(asset=AssetKey(["extracted", "case_counts"]), name="ge_extracted_suite", blocking=True,
             additional_deps=[AssetKey(["extracted", "blocked_content"])])
def ge_extracted_suite(context: AssetCheckExecutionContext, warehouse: WarehouseResource) -> AssetCheckResult:
    """Extracted facts: values positive and plausible, offsets inside the body and matching, enums, periods."""
    return _result("extracted", warehouse)


@asset_check(asset=AssetKey(["marts", "fct_claims"]), name="ge_marts_suite", blocking=True,
             additional_deps=[AssetKey(["marts", t]) for t in mart_tables() if t != "fct_claims"])
def ge_marts_suite(context: AssetCheckExecutionContext, warehouse: WarehouseResource) -> AssetCheckResult:
    """Marts: row counts, unique keys, relationships to the dimensions, plausible distributions."""
    return _result("marts", warehouse)


quality_checks = [ge_raw_suite, ge_clean_suite, ge_extracted_suite, ge_marts_suite]
