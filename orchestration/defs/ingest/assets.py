"""Ingest: files in the articles folder -> the raw stage's parts (raw articles per shard, rejected inputs)."""

from dagster import AssetExecutionContext, MaterializeResult, MetadataValue, asset

from orchestration.defs.resources import WarehouseResource
from orchestration.lib.ingest_incremental import ingest_folder
from transforms.ingest import rejected_by_reason


@asset(
    key=["parts", "raw"],
    group_name="ingest",
    kinds={"python", "parquet"},
    description="Every readable article file (or JSONL line) as a raw article: decoded text, file metadata and "
    "content hash, as Parquet per article shard; plus the files that could not become articles, with the reason.",
)
def raw_parts(context: AssetExecutionContext, warehouse: WarehouseResource) -> MaterializeResult:
    """Read the .txt/.html/.json/.jsonl files under the articles folder that are new or changed since the last
    ingest (on the worker processes; unchanged files' rows are copied, orchestration/lib/ingest_incremental.py)
    and write the raw articles by shard. Not partitioned: exact duplicates (same text under another name) are
    found across the whole folder, in path order, and a file's shard is only known once its text is read. Bad
    files are quarantined, not fatal."""
    stats = ingest_folder(warehouse.articles, warehouse.parts, context.run.run_id, warn=context.log.warning)
    context.log.info(
        f"{stats.articles} articles, {stats.rejected.height} rejected from {warehouse.articles} "
        f"({stats.files_read} files read, {stats.files_reused} unchanged and not read again)"
    )
    preview, rejected_files = stats.preview_markdown(), stats.rejected_markdown()
    return MaterializeResult(
        metadata={
            "dagster/row_count": stats.articles,
            "files_seen": stats.seen_files,
            "files_read": stats.files_read,
            "files_reused": stats.files_reused,
            "rejected": stats.rejected.height,
            "articles_dir": str(warehouse.articles),
            "parts": str(warehouse.parts / "raw"),
            "preview": MetadataValue.md(preview) if preview else MetadataValue.text("no articles"),
            "rejected_by_reason": MetadataValue.json(rejected_by_reason(stats.rejected)),
            "rejected_files": MetadataValue.md(rejected_files)
            if rejected_files
            else MetadataValue.text("nothing rejected"),
        },
    )
