"""Extract: clean articles -> extracted.* (facts, entity mentions, persons, delegations)."""


from dagster import AssetExecutionContext, AssetSpec, MaterializeResult, multi_asset

from orchestration.defs.extract.cache import extract_incremental, extracted_table_sql
from orchestration.defs.resources import WarehouseResource
from orchestration.tables import read_batches

# Clean articles read per batch (the extraction batches of new articles are cut from these).
READ_BATCH_ROWS = 2000

EXTRACTED_TABLES: dict[str, str] = {
    "entity_mentions": "Every agency, country and person mention with its character offsets in the body.",
    "persons": "One row per person per article: full name without ranks, title, agency.",
    "case_counts": "Numbers of cases or of people affected, with category, agency, country, period, evidence.",
    "blocked_content": "Numbers of sites, contents, accounts... blocked or taken down, with agency and period.",
    "money": "Money figures (losses, fines, transaction values): their own kind of fact, never a count.",
    "delegations": "Official visits or missions abroad, with destination, dates, lead.",
    "delegation_participants": "Who took part in each delegation: lead, members, counterparts.",
}


@multi_asset(
    specs=[
        AssetSpec(["extracted", name], description=doc, deps=[["clean", "articles"]], kinds={"polars", "duckdb"},
                  group_name="extract")
        for name, doc in EXTRACTED_TABLES.items()
    ],
)
def extracted_facts(context: AssetExecutionContext, warehouse: WarehouseResource):
    """Extract the articles not extracted before (extraction cache), batch by batch from clean.articles, and
    write one table per fact type."""
    with warehouse.connect() as con, warehouse.scratch() as scratch:
        extraction = extract_incremental(con, lambda: read_batches(con, "clean.articles", READ_BATCH_ROWS), scratch=scratch)
        con.execute("create schema if not exists extracted")
        counts = {}
        for name in EXTRACTED_TABLES:
            con.execute(f"create or replace table extracted.{name} as {extracted_table_sql(name)}")
            counts[name] = con.execute(f"select count(*) from extracted.{name}").fetchall()[0][0]
    context.log.info(f"{extraction.articles_extracted} articles extracted, {extraction.articles_from_cache} "
                     f"from the cache (extractor {extraction.extractor_version})")
    run_stats = {"articles_extracted": extraction.articles_extracted,
                 "articles_from_cache": extraction.articles_from_cache,
                 "extractor_version": extraction.extractor_version}
    for name in EXTRACTED_TABLES:
        yield MaterializeResult(asset_key=["extracted", name], metadata={"dagster/row_count": counts[name], **run_stats})
