"""Clean: raw articles -> clean.articles (furniture and repeated paragraphs removed, metadata extracted) and
clean.rejected_articles (inputs with no article text left after cleaning)."""


from dagster import AssetExecutionContext, AssetSpec, MaterializeResult, multi_asset

from orchestration import progress
from orchestration.defs.resources import WarehouseResource
from orchestration.parallel import imap_batches
from orchestration.tables import append_frame, read_batches
from transforms.clean import clean_articles, split_too_short

# Articles per batch handed to a worker process: large enough that Polars works on big frames, small enough
# that memory per batch stays bounded (~4 KB of text per article).
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
    """Clean every raw article, batch by batch (read, clean on the worker processes, write), so memory does
    not grow with the corpus. The ones cleaning leaves without an article's worth of text are rejected here
    rather than failing the clean suite and the whole run."""
    stats = {"articles": 0, "rejected": 0, "repeated": 0, "furniture": 0, "undated": 0, "not_id": 0}
    with warehouse.connect() as con:
        con.execute("create schema if not exists clean")
        total = con.execute("select count(*) from raw.articles").fetchall()[0][0]
        progress.stage("clean", total=total, unit="articles")
        cleaned_batches = imap_batches(clean_articles, read_batches(con, "raw.articles", CLEAN_BATCH_ROWS))
        for i, cleaned in enumerate(cleaned_batches):
            clean, rejected = split_too_short(cleaned)
            append_frame(con, "clean.articles", clean, create=i == 0)
            append_frame(con, "clean.rejected_articles", rejected, create=i == 0)
            stats["articles"] += clean.height
            stats["rejected"] += rejected.height
            stats["repeated"] += int(clean["n_repeated_paragraphs"].sum() or 0)
            stats["furniture"] += int(clean["n_removed_lines"].sum() or 0)
            stats["undated"] += clean["published_date"].null_count()
            stats["not_id"] += int((clean["language"] != "id").sum())
    yield MaterializeResult(
        asset_key=["clean", "articles"],
        metadata={
            "dagster/row_count": stats["articles"],
            "repeated_paragraphs_removed": stats["repeated"],
            "furniture_lines_removed": stats["furniture"],
            "without_published_date": stats["undated"],
            "not_indonesian": stats["not_id"],
        },
    )
    yield MaterializeResult(asset_key=["clean", "rejected_articles"], metadata={"dagster/row_count": stats["rejected"]})
