"""Which build inputs the publish step records (orchestration/lib/build_inputs.py): only those of a run that rebuilt
everything from them."""

from __future__ import annotations

from dagster import AssetExecutionContext, AssetKey

from orchestration.defs.clean.assets import clean_parts
from orchestration.defs.extract.assets import extracted_parts
from orchestration.defs.ingest.assets import raw_parts
from orchestration.defs.load.assets import warehouse_tables
from orchestration.defs.partitions import ALL_SHARDS_TAGS
from orchestration.defs.resources import WarehouseResource
from orchestration.defs.warehouse.assets import pantau_dbt_models
from orchestration.lib import build_inputs


def _stages() -> set[AssetKey]:
    """Every asset a published warehouse is built from."""
    return {
        raw_parts.key,
        clean_parts.key,
        extracted_parts.key,
        *warehouse_tables.keys,
        *pantau_dbt_models.keys,
    }


def recorded_inputs(context: AssetExecutionContext, warehouse: WarehouseResource) -> dict[str, object] | None:
    """The fingerprint this run's ingest took, if this run rebuilt everything from it: every stage, every shard.
    A run of selected assets or shards (from the UI) records none, so the next run rebuilds. Its extractor version
    is the one the clean and extract steps of this run ran with (build_inputs.as_built)."""
    tags = context.run.tags
    all_shards = all(tags.get(key) == value for key, value in ALL_SHARDS_TAGS.items())
    selection = context.run.asset_selection
    every_stage = not selection or _stages() <= set(selection)  # execute_in_process: an empty selection
    if not (all_shards and every_stage):
        context.log.info(
            "not every stage or shard was rebuilt: no record of the build's inputs (the next run rebuilds)"
        )
        return None
    run_id = context.run.run_id
    inputs = build_inputs.as_built(
        build_inputs.read_for_run(warehouse.parts / "raw", run_id),
        [
            build_inputs.read_stage_version(warehouse.parts / stage, run_id)
            for stage in ("clean", "extracted")
        ],
    )
    if inputs is None:
        context.log.info(
            "the clean and extract steps did not run the same extractor: no record (the next run rebuilds)"
        )
    return inputs
