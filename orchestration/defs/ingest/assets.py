"""Ingest: files in the articles folder -> raw.articles and raw.rejected_inputs."""


import polars as pl
from dagster import AssetExecutionContext, AssetSpec, MaterializeResult, MetadataValue, multi_asset

from orchestration import progress
from orchestration.defs.resources import WarehouseResource
from orchestration.parallel import imap_batches
from orchestration.tables import append_frame
from transforms.ingest import iter_ingest, rejected_by_reason


@multi_asset(
    specs=[
        AssetSpec(["raw", "articles"], description="One row per readable article file (or JSONL line): decoded text, "
                  "file metadata and content hash.", kinds={"python", "duckdb"}, group_name="ingest"),
        AssetSpec(["raw", "rejected_inputs"], description="Files that could not become articles, with the reason.",
                  kinds={"python", "duckdb"}, group_name="ingest"),
    ],
)
def raw_articles(context: AssetExecutionContext, warehouse: WarehouseResource):
    """Read every .txt/.html/.json/.jsonl file under the articles folder (on the worker processes, duplicates found
    here in path order); bad files are quarantined, not fatal."""
    warehouse.start_build()
    progress.stage("ingest", unit="files")
    seen = n_articles = 0
    first: pl.DataFrame | None = None  # the first ten articles, for the UI
    rejected: list[pl.DataFrame] = []
    with warehouse.connect() as con:
        con.execute("create schema if not exists raw")
        # batch by batch: a large folder is never held in memory at once
        # files are read on the worker processes (progress advances per chunk of files read)
        for i, part in enumerate(iter_ingest(warehouse.articles, mapper=imap_batches)):
            append_frame(con, "raw.articles", part.articles, create=i == 0)
            append_frame(con, "raw.rejected_inputs", part.rejected, create=i == 0)
            seen += part.seen_files
            n_articles += part.articles.height
            if first is None or first.height < 10:
                head = part.articles.select("article_id", "source_path", "source_format", "size_bytes").head(10)
                first = head if first is None else pl.concat([first, head]).head(10)
            rejected.append(part.rejected)
    rejects = pl.concat(rejected)
    context.log.info(f"{n_articles} articles, {rejects.height} rejected from {warehouse.articles}")
    yield MaterializeResult(
        asset_key=["raw", "articles"],
        metadata={
            "dagster/row_count": n_articles,
            "files_seen": seen,
            "articles_dir": str(warehouse.articles),
            "preview": MetadataValue.md(first.to_pandas().to_markdown(index=False))
            if first is not None and first.height else MetadataValue.text("no articles"),
        },
    )
    yield MaterializeResult(
        asset_key=["raw", "rejected_inputs"],
        metadata={
            "dagster/row_count": rejects.height,
            "reasons": MetadataValue.json(rejected_by_reason(rejects)),
            "rejected": MetadataValue.md(
                rejects.select("source_path", "reason").head(50).to_pandas().to_markdown(index=False)
            ) if rejects.height else MetadataValue.text("nothing rejected"),
        },
    )
