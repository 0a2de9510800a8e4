"""Extract: the clean stage's parts -> the extracted stage's parts, shard by shard (facts, entity mentions,
persons, delegations), reusing what the shard already holds (the extraction cache)."""

from dagster import AssetExecutionContext, MaterializeResult, asset

from orchestration.defs.partitions import article_shards, one_run
from orchestration.defs.resources import WarehouseResource
from orchestration.lib import build_inputs
from orchestration.lib.extract_cache import extract_incremental


@asset(
    key=["parts", "extracted"],
    deps=[["parts", "clean"]],
    partitions_def=article_shards,
    backfill_policy=one_run,
    group_name="extract",
    kinds={"polars", "parquet"},
    description="Every fact, entity mention, person and delegation of the shard's articles, each row with its "
    "article's extraction key. Parquet per shard.",
)
def extracted_parts(context: AssetExecutionContext, warehouse: WarehouseResource) -> MaterializeResult:
    """Extract the articles of this run's shards that the shards do not hold yet, on the worker processes."""
    extraction = extract_incremental(
        warehouse.parts / "extracted", warehouse.parts / "clean", context.partition_keys
    )
    build_inputs.write_stage_version(
        warehouse.parts / "extracted", context.run.run_id, extraction.extractor_version
    )
    context.log.info(
        f"{extraction.articles_extracted} articles extracted, {extraction.articles_from_cache} "
        f"from the cache (extractor {extraction.extractor_version})"
    )
    failed = extraction.errors
    if failed.height:
        shown = "; ".join(f"{a}: {e}" for a, e in failed.head(5).iter_rows())
        context.log.warning(
            f"the extractor failed on {failed.height} article(s), kept without facts and withheld by the input "
            f"checks (marts.quarantined_rows): {shown}"
        )
    return MaterializeResult(
        metadata={
            "articles_extracted": extraction.articles_extracted,
            "articles_from_cache": extraction.articles_from_cache,
            "extractor_version": extraction.extractor_version,
            "articles_failed": extraction.errors.height,
            "shards": len(context.partition_keys),
        }
    )
