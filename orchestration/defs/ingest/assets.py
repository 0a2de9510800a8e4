"""Ingest: files in the articles folder -> the raw stage's parts (raw articles per shard, rejected inputs)."""

from dagster import AssetExecutionContext, MaterializeResult, MetadataValue, asset

from orchestration.defs.resources import WarehouseResource
from orchestration.lib import parts, progress
from orchestration.lib.ingest_incremental import RawPartsMismatch, ingest_to_parts
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
    progress.stage("ingest", unit="files")
    parts.remove_leftovers(warehouse.parts)
    try:
        stats = ingest_to_parts(warehouse.articles, warehouse.parts, context.run.run_id)
    except RawPartsMismatch as exc:
        context.log.warning(f"{exc}; reading every file again")
        stats = ingest_to_parts(warehouse.articles, warehouse.parts, context.run.run_id, reuse=False)
    rejects, first = stats.rejected, stats.preview
    context.log.info(
        f"{stats.articles} articles, {rejects.height} rejected from {warehouse.articles} "
        f"({stats.files_read} files read, {stats.files_reused} unchanged and not read again)"
    )
    return MaterializeResult(
        metadata={
            "dagster/row_count": stats.articles,
            "files_seen": stats.seen_files,
            "files_read": stats.files_read,
            "files_reused": stats.files_reused,
            "rejected": rejects.height,
            "articles_dir": str(warehouse.articles),
            "parts": str(warehouse.parts / "raw"),
            "preview": MetadataValue.md(first.to_pandas().to_markdown(index=False))
            if first is not None and first.height
            else MetadataValue.text("no articles"),
            "rejected_by_reason": MetadataValue.json(rejected_by_reason(rejects)),
            "rejected_files": MetadataValue.md(
                rejects.select("source_path", "reason").head(50).to_pandas().to_markdown(index=False)
            )
            if rejects.height
            else MetadataValue.text("nothing rejected"),
        },
    )
