"""Ingest: files in the articles folder -> the raw stage's parts (raw articles per shard, rejected inputs)."""


import polars as pl
from dagster import AssetExecutionContext, MaterializeResult, MetadataValue, asset

from orchestration import build_inputs, parts, progress
from orchestration.defs.resources import WarehouseResource
from orchestration.parallel import imap_batches
from transforms.ingest import RAW_SCHEMA, REJECTED_SCHEMA, iter_ingest, rejected_by_reason


@asset(
    key=["parts", "raw"],
    group_name="ingest",
    kinds={"python", "parquet"},
    description="Every readable article file (or JSONL line) as a raw article: decoded text, file metadata and "
    "content hash, as Parquet per article shard; plus the files that could not become articles, with the reason.",
)
def raw_parts(context: AssetExecutionContext, warehouse: WarehouseResource) -> MaterializeResult:
    """Read every .txt/.html/.json/.jsonl file under the articles folder (on the worker processes) and write the
    raw articles by shard. Not partitioned: exact duplicates (same text under another name) are found across the
    whole folder, in path order, and a file's shard is only known once its text is read. Bad files are
    quarantined, not fatal."""
    progress.stage("ingest", unit="files")
    parts.remove_leftovers(warehouse.parts)
    # What this build reads, taken before any file is read (a file changed meanwhile only costs another run).
    inputs = build_inputs.fingerprint(warehouse.articles)
    staged = parts.staging_dir(warehouse.parts)
    seen = n_articles = 0
    first: pl.DataFrame | None = None  # the first ten articles, for the UI
    rejected: list[pl.DataFrame] = []
    try:
        # batch by batch: a large folder is never held in memory at once
        for part in iter_ingest(warehouse.articles, mapper=imap_batches):
            parts.write_by_shard({"articles": part.articles}, staged, {"articles": part.articles.select(parts.shard_expr()).to_series()})
            if part.rejected.height:
                parts.write_part(part.rejected, staged / "rejected_inputs")
            seen += part.seen_files
            n_articles += part.articles.height
            if first is None or first.height < 10:
                head = part.articles.select("article_id", "source_path", "source_format", "size_bytes").head(10)
                first = head if first is None else pl.concat([first, head]).head(10)
            rejected.append(part.rejected)
        parts.complete_shards(staged, parts.SHARDS, {"articles": pl.DataFrame(schema=RAW_SCHEMA)})
        if not (staged / "rejected_inputs").is_dir():
            parts.write_part(pl.DataFrame(schema=REJECTED_SCHEMA), staged / "rejected_inputs")
        build_inputs.write_for_run(staged, inputs, context.run_id)
        parts.replace_dir(staged, warehouse.parts / "raw")
    finally:
        parts.remove_leftovers(warehouse.parts)
    rejects = pl.concat(rejected)
    context.log.info(f"{n_articles} articles, {rejects.height} rejected from {warehouse.articles}")
    return MaterializeResult(
        metadata={
            "dagster/row_count": n_articles,
            "files_seen": seen,
            "rejected": rejects.height,
            "articles_dir": str(warehouse.articles),
            "parts": str(warehouse.parts / "raw"),
            "preview": MetadataValue.md(first.to_pandas().to_markdown(index=False))
            if first is not None and first.height else MetadataValue.text("no articles"),
            "rejected_by_reason": MetadataValue.json(rejected_by_reason(rejects)),
            "rejected_files": MetadataValue.md(
                rejects.select("source_path", "reason").head(50).to_pandas().to_markdown(index=False)
            ) if rejects.height else MetadataValue.text("nothing rejected"),
        },
    )
