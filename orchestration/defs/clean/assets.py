"""Clean: raw articles -> clean.articles (furniture and repeated paragraphs removed, metadata extracted) and
clean.rejected_articles (inputs with no article text left after cleaning)."""


import polars as pl
from dagster import AssetExecutionContext, AssetSpec, MaterializeResult, multi_asset

from orchestration import progress
from orchestration.defs.resources import WarehouseResource
from orchestration.parallel import map_batches
from transforms.clean import clean_articles, split_too_short

# Articles per batch handed to a worker process: large enough that Polars works on big frames, small enough
# that every worker gets several batches and memory per worker stays bounded (~4 KB of text per article).
CLEAN_BATCH_ROWS = 2000


@multi_asset(
    specs=[
        AssetSpec(["clean", "articles"], deps=[["raw", "articles"]], group_name="clean", kinds={"polars", "duckdb"},
                  description="The cleaned body every fact offset indexes, with title, outlet, url, published date, "
                  "authors, language."),
        AssetSpec(["clean", "rejected_articles"], deps=[["raw", "articles"]], group_name="clean",
                  kinds={"polars", "duckdb"},
                  description="Inputs with too little text left after cleaning, with the reason (they join "
                  "marts.rejected_inputs)."),
    ],
)
def clean_articles_asset(context: AssetExecutionContext, warehouse: WarehouseResource):
    """Clean every raw article; the ones cleaning leaves without an article's worth of text are rejected here
    rather than failing the clean suite and the whole run."""
    raw = warehouse.read_table("raw", "articles")
    progress.stage("clean", total=raw.height, unit="articles")
    cleaned = pl.concat(map_batches(clean_articles, raw, rows=CLEAN_BATCH_ROWS), how="vertical_relaxed")
    clean, rejected = split_too_short(cleaned)
    warehouse.write_table("clean", "articles", clean)
    warehouse.write_table("clean", "rejected_articles", rejected)
    yield MaterializeResult(
        asset_key=["clean", "articles"],
        metadata={
            "dagster/row_count": clean.height,
            "repeated_paragraphs_removed": int(clean["n_repeated_paragraphs"].sum() or 0),
            "furniture_lines_removed": int(clean["n_removed_lines"].sum() or 0),
            "without_published_date": int(clean["published_date"].null_count()),
            "not_indonesian": int((clean["language"] != "id").sum()),
        },
    )
    yield MaterializeResult(asset_key=["clean", "rejected_articles"], metadata={"dagster/row_count": rejected.height})
