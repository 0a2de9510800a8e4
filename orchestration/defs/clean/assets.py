"""Clean: the raw stage's parts -> the clean stage's parts, shard by shard (clean articles: furniture and
repeated paragraphs removed, metadata extracted; rejected articles: inputs with no article text left), cleaning
only the raw rows the shard has not cleaned yet (orchestration/lib/clean_cache.py)."""

from dagster import AssetExecutionContext, MaterializeResult, asset

from orchestration.defs.partitions import article_shards, one_run
from orchestration.defs.resources import WarehouseResource
from orchestration.lib import build_inputs
from orchestration.lib.clean_cache import CleanPartsMismatch, clean_incremental


@asset(
    key=["parts", "clean"],
    deps=[["parts", "raw"]],
    partitions_def=article_shards,
    backfill_policy=one_run,
    group_name="clean",
    kinds={"polars", "parquet"},
    description="The cleaned body every fact offset indexes, with title, outlet, url, published date, authors, "
    "language; and the inputs with too little text left after cleaning, with the reason. Parquet per shard.",
)
def clean_parts(context: AssetExecutionContext, warehouse: WarehouseResource) -> MaterializeResult:
    """Clean the raw articles of this run's shards that changed since the shard was last cleaned, batch by batch on
    the worker processes, copy the others' rows, and swap each shard in. The ones cleaning leaves without an
    article's worth of text are rejected here rather than failing the clean suite and the whole run."""
    shards = context.partition_keys
    store, raw = warehouse.parts / "clean", warehouse.parts / "raw"
    try:
        result = clean_incremental(store, raw, shards)
    except CleanPartsMismatch as exc:
        context.log.warning(f"{exc}; cleaning every article again")
        result = clean_incremental(store, raw, shards, reuse=False)
    build_inputs.write_stage_version(store, context.run.run_id, result.version)
    stats = result.counts
    context.log.info(
        f"{result.cleaned} raw articles cleaned, {result.reused} unchanged and not cleaned again"
    )
    return MaterializeResult(
        metadata={
            "dagster/row_count": stats["articles"],
            "rejected_articles": stats["rejected"],
            "articles_failed": stats["failed"],
            "repeated_paragraphs_removed": stats["repeated"],
            "furniture_lines_removed": stats["furniture"],
            "without_published_date": stats["undated"],
            "not_indonesian": stats["not_id"],
            "articles_cleaned": result.cleaned,
            "articles_reused": result.reused,
            "shards": len(shards),
        },
    )
