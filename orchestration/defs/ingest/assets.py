"""Ingest: files in the articles folder -> raw.articles and raw.rejected_inputs."""


from dagster import AssetExecutionContext, AssetSpec, MaterializeResult, MetadataValue, multi_asset

from orchestration import progress
from orchestration.defs.resources import WarehouseResource
from transforms.ingest import ingest_folder, rejected_by_reason


@multi_asset(
    specs=[
        AssetSpec(["raw", "articles"], description="One row per readable article file (or JSONL line): decoded text, "
                  "file metadata and content hash.", kinds={"python", "duckdb"}, group_name="ingest"),
        AssetSpec(["raw", "rejected_inputs"], description="Files that could not become articles, with the reason.",
                  kinds={"python", "duckdb"}, group_name="ingest"),
    ],
)
def raw_articles(context: AssetExecutionContext, warehouse: WarehouseResource):
    """Read every .txt/.html/.json/.jsonl file under the articles folder; bad files are quarantined, not fatal."""
    warehouse.start_build()
    progress.stage("ingest", unit="files")
    result = ingest_folder(warehouse.articles)
    progress.advance(result.seen_files)
    warehouse.write_table("raw", "articles", result.articles)
    warehouse.write_table("raw", "rejected_inputs", result.rejected)
    context.log.info(f"{result.articles.height} articles, {result.rejected.height} rejected from {warehouse.articles}")
    yield MaterializeResult(
        asset_key=["raw", "articles"],
        metadata={
            "dagster/row_count": result.articles.height,
            "files_seen": result.seen_files,
            "articles_dir": str(warehouse.articles),
            "preview": MetadataValue.md(
                result.articles.select("article_id", "source_path", "source_format", "size_bytes").head(10).to_pandas().to_markdown(index=False)
            ) if result.articles.height else MetadataValue.text("no articles"),
        },
    )
    yield MaterializeResult(
        asset_key=["raw", "rejected_inputs"],
        metadata={
            "dagster/row_count": result.rejected.height,
            "reasons": MetadataValue.json(rejected_by_reason(result.rejected)),
            "rejected": MetadataValue.md(
                result.rejected.select("source_path", "reason").head(50).to_pandas().to_markdown(index=False)
            ) if result.rejected.height else MetadataValue.text("nothing rejected"),
        },
    )
