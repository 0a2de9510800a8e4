"""Publish: swap the finished build in as the warehouse, after every blocking check passed."""

from dagster import AssetExecutionContext, MaterializeResult, asset

from orchestration.defs.publish.build_record import recorded_inputs
from orchestration.defs.resources import WarehouseResource
from orchestration.defs.warehouse.assets import pantau_dbt_models
from orchestration.lib import build_inputs, progress
from orchestration.lib.tables import mart_row_counts


@asset(
    key=["warehouse", "published"],
    deps=list(pantau_dbt_models.keys),
    group_name="quality",
    kinds={"duckdb"},
)
def published_warehouse(context: AssetExecutionContext, warehouse: WarehouseResource) -> MaterializeResult:
    """The warehouse readers query: replaced atomically (rename) only when the whole run got this far."""
    progress.stage("publish", total=1, unit="files")
    # One connection to the build: the marts' row counts for the metadata, what the build read (for the next
    # run's up-to-date check), then the checkpoint and the swap.
    with warehouse.connect() as con:
        counts = mart_row_counts(con)
        build_inputs.store(con, recorded_inputs(context, warehouse))
        path = warehouse.publish(con)
    progress.advance(1)
    context.log.info(f"published {path}")
    return MaterializeResult(metadata={"path": str(path), **{f"rows/{t}": n for t, n in counts.items()}})
