"""Clean: the raw stage's parts -> the clean stage's parts, shard by shard (clean articles: furniture and
repeated paragraphs removed, metadata extracted; rejected articles: inputs with no article text left)."""

import itertools
from collections import Counter
from functools import partial

from dagster import AssetExecutionContext, MaterializeResult, asset

from orchestration.defs.partitions import article_shards, one_run
from orchestration.defs.resources import WarehouseResource
from orchestration.lib import parts, progress
from orchestration.lib.clean_shards import clean_to_shards, empty_tables
from orchestration.lib.parallel import imap_batches

# Articles per batch handed to a worker process: large enough that Polars works on big frames, small enough
# that memory per batch stays bounded (~4 KB of text per article). Batches may span shards.
CLEAN_BATCH_ROWS = 2000


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
    """Clean the raw articles of this run's shards, batch by batch on the worker processes, and swap each shard
    in. The ones cleaning leaves without an article's worth of text are rejected here rather than failing the
    clean suite and the whole run."""
    shards = context.partition_keys
    raw = warehouse.parts / "raw"
    raw_files = parts.files(raw, "articles", shards)
    if not raw_files:
        raise FileNotFoundError(f"no raw articles under {raw}: materialise parts/raw (ingest) first")
    stats: Counter[str] = Counter()
    progress.stage("clean", total=sum(parts.row_count(f) for f in raw_files), unit="articles")
    with parts.rebuilding(warehouse.parts / "clean", shards) as staged:
        batches = parts.read_batches(raw_files, CLEAN_BATCH_ROWS)
        first = next(batches)
        for counts in imap_batches(
            partial(clean_to_shards, staged=staged), itertools.chain([first], batches)
        ):
            stats.update(counts)
        parts.complete_shards(staged, shards, empty_tables(first))
    return MaterializeResult(
        metadata={
            "dagster/row_count": stats["articles"],
            "rejected_articles": stats["rejected"],
            "repeated_paragraphs_removed": stats["repeated"],
            "furniture_lines_removed": stats["furniture"],
            "without_published_date": stats["undated"],
            "not_indonesian": stats["not_id"],
            "shards": len(shards),
        },
    )
