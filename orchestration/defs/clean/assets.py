"""Clean: raw articles -> clean.articles (furniture and repeated paragraphs removed, metadata extracted)."""


from dagster import AssetExecutionContext, MaterializeResult, asset

from orchestration import progress
from orchestration.defs.resources import WarehouseResource
from transforms.clean import clean_articles


@asset(
    key=["clean", "articles"],
    deps=[["raw", "articles"]],
    group_name="clean",
    kinds={"polars", "duckdb"},
)
def clean_articles_asset(context: AssetExecutionContext, warehouse: WarehouseResource) -> MaterializeResult:
    """The cleaned body every fact offset indexes, with title, outlet, url, published date, authors, language."""
    raw = warehouse.read_table("raw", "articles")
    progress.stage("clean", total=raw.height, unit="articles")
    clean = clean_articles(raw)
    progress.advance(clean.height)
    warehouse.write_table("clean", "articles", clean)
    return MaterializeResult(
        metadata={
            "dagster/row_count": clean.height,
            "repeated_paragraphs_removed": int(clean["n_repeated_paragraphs"].sum() or 0),
            "furniture_lines_removed": int(clean["n_removed_lines"].sum() or 0),
            "without_published_date": int(clean["published_date"].null_count()),
            "not_indonesian": int((clean["language"] != "id").sum()),
        }
    )
