"""Load: every shard's parts -> the warehouse's raw, clean and extracted tables, which dbt's sources read.

The build starts as a copy of the published warehouse, so each table already holds the last build's rows: only the
rows of the articles (or inputs, delegations) whose rows changed are replaced (orchestration/lib/tables.py,
`update_from_parts`), and the others stay untouched. An unchanged file keeps its rows byte for byte through
ingest, clean and extract (`ingested_at` included: it is when its content was first ingested), so a daily run
with 1% new articles rewrites about 1% of the rows instead of every table."""

from dagster import AssetExecutionContext, AssetSpec, MaterializeResult, multi_asset

from expectations import quarantine
from orchestration.defs.resources import WarehouseResource
from orchestration.lib import parts, progress
from orchestration.lib.extract_cache import KEY, TABLES, stable_order
from orchestration.lib.tables import update_from_parts

EXTRACTED_TABLES: dict[str, str] = {
    "entity_mentions": "Every agency, country and person mention with its character offsets in the body.",
    "persons": "One row per person per article: full name without ranks, title, agency.",
    "case_counts": "Numbers of cases or of people affected, with category, agency, country, period, evidence.",
    "blocked_content": "Numbers of sites, contents, accounts... blocked or taken down, with agency and period.",
    "money": "Money figures (losses, fines, transaction values): their own kind of fact, never a count.",
    "delegations": "Official visits or missions abroad, with destination, dates, lead.",
    "delegation_participants": "Who took part in each delegation: lead, members, counterparts.",
}
assert list(EXTRACTED_TABLES) == TABLES

# (schema, table) -> (stage, table in the stage's parts, columns left out, row order, description, group)
WAREHOUSE_TABLES: dict[tuple[str, str], tuple[str, str, list[str], str | None, str, str]] = {
    ("raw", "articles"): (
        "raw",
        "articles",
        [],
        "source_path",
        "One row per readable article file (or JSONL line): decoded text, file metadata and content hash.",
        "ingest",
    ),
    ("raw", "rejected_inputs"): (
        "raw",
        "rejected_inputs",
        [],
        "source_path, reason",
        "Files that could not become articles, with the reason.",
        "ingest",
    ),
    ("clean", "articles"): (
        "clean",
        "articles",
        [],
        "source_path",
        "The cleaned body every fact offset indexes, "
        "with title, outlet, url, published date, authors, language.",
        "clean",
    ),
    ("clean", "rejected_articles"): (
        "clean",
        "rejected_articles",
        [],
        "source_path",
        "Inputs with too little text left after cleaning, with the reason (they join marts.rejected_inputs).",
        "clean",
    ),
    **{
        ("extracted", name): ("extracted", name, [KEY], None, doc, "extract")
        for name, doc in EXTRACTED_TABLES.items()
    },
}
# The column whose values group a table's rows for the incremental load (article_id unless the table has none).
LOAD_KEYS: dict[tuple[str, str], str] = {
    ("raw", "rejected_inputs"): "source_path",
    ("clean", "rejected_articles"): "source_path",
    ("extracted", "delegation_participants"): "delegation_id",
}


@multi_asset(
    specs=[
        AssetSpec(
            [schema, table],
            deps=[["parts", stage]],
            description=f"{doc} Loaded from the {stage} stage's parts.",
            group_name=group,
            kinds={"duckdb"},
        )
        for (schema, table), (stage, _, _, _, doc, group) in WAREHOUSE_TABLES.items()
    ],
)
def warehouse_tables(context: AssetExecutionContext, warehouse: WarehouseResource):
    """Bring each table of a fresh build of the warehouse (published only if the whole run succeeds) to the rows of
    the Parquet set of every shard: in place, replacing only the rows of changed keys, or whole (rows sorted) when
    the table is new or its columns changed. The rows, not their physical order, equal a full load's."""
    warehouse.start_build(warn=context.log.warning)
    progress.stage("load", total=len(WAREHOUSE_TABLES), unit="tables")
    counts = {}
    with warehouse.connect() as con:
        # The build starts as a copy of the published warehouse: warehouses built before the parts store held the
        # extraction cache in this schema, which nothing reads any more.
        con.execute("drop schema if exists extract_cache cascade")
        # dbt's staging reads the quarantine the input checks write; a warehouse from before it has none yet.
        con.execute(quarantine.SCHEMA)
        for (schema, table), (stage, name, exclude, order, _, _) in WAREHOUSE_TABLES.items():
            con.execute(f"create schema if not exists {schema}")
            files = (
                parts.files(warehouse.parts / stage, name)
                if (schema, table) != ("raw", "rejected_inputs")
                else parts.unsharded_files(warehouse.parts / stage, name)
            )
            if files and order is None:
                columns = [
                    c[0]
                    for c in con.execute(
                        "select * from read_parquet($files, union_by_name = true, hive_partitioning = false) limit 0",
                        {"files": files},
                    ).description
                ]
                order = stable_order([c for c in columns if c not in exclude])
            changed = update_from_parts(
                con,
                f"{schema}.{table}",
                files,
                exclude=exclude,
                order_by=order,
                key=LOAD_KEYS.get((schema, table), "article_id"),
            )
            rows = con.execute(f"select count(*) from {schema}.{table}").fetchall()[0][0]
            counts[(schema, table)] = rows, changed
            progress.advance(1)
    replaced = {t: c for t, (_, c) in counts.items() if c is not None}
    context.log.info(
        f"load: {len(replaced)} of {len(counts)} tables updated in place "
        f"({sum(d for d, _ in replaced.values())} rows deleted, {sum(i for _, i in replaced.values())} inserted), "
        f"{len(counts) - len(replaced)} loaded whole"
    )
    for (schema, table), (rows, changed) in counts.items():
        metadata = {"dagster/row_count": rows, "loaded_whole": changed is None}
        if changed is not None:
            metadata |= {"rows_deleted": changed[0], "rows_inserted": changed[1]}
        yield MaterializeResult(asset_key=[schema, table], metadata=metadata)
