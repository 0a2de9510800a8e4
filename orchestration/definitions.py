"""pantau's Dagster definitions: every asset from files to marts, run in one process (DuckDB has one writer)."""

from __future__ import annotations

from dagster import AssetSelection, AssetSpec, Definitions, define_asset_job, in_process_executor

from orchestration.defs.clean.assets import clean_parts
from orchestration.defs.extract.assets import extracted_parts
from orchestration.defs.ingest.assets import raw_parts
from orchestration.defs.load.assets import warehouse_tables
from orchestration.defs.publish.assets import published_warehouse
from orchestration.defs.quality.checks import quality_checks
from orchestration.defs.resources import WarehouseResource, dbt_resource
from orchestration.defs.schedules import pantau_daily
from orchestration.defs.sensors import new_articles_sensor, unpublished_run_sensor
from orchestration.defs.warehouse.assets import pantau_dbt_models

# Partitioned by article shard (clean and extract); every launch below covers all shards in one run.
pantau_job = define_asset_job(
    "pantau_job", selection=AssetSelection.all(), description="Files to published warehouse."
)

# Written by the ge_input_suites checks (not an op of its own), read by dbt's staging: declared for the lineage.
quarantine_withheld = AssetSpec(
    ["quarantine", "withheld"],
    group_name="quality",
    kinds={"duckdb"},
    description="Rows withheld by row-level quality checks (expectations/quarantine.py), rewritten by the checks of "
    "raw, clean and extracted on every run; staging leaves them out and marts.quarantined_rows lists them.",
)

defs = Definitions(
    assets=[
        raw_parts,
        clean_parts,
        extracted_parts,
        warehouse_tables,
        quarantine_withheld,
        pantau_dbt_models,
        published_warehouse,
    ],
    asset_checks=quality_checks,
    jobs=[pantau_job],
    schedules=[pantau_daily],
    # The schedule and new_articles_sensor start STOPPED (Dagster's default), unpublished_run_sensor RUNNING
    # (see orchestration/defs/sensors.py for why).
    sensors=[new_articles_sensor, unpublished_run_sensor],
    resources={"warehouse": WarehouseResource(), "dbt": dbt_resource()},
    # One process: steps share the DuckDB file one at a time and skip per-step process start-up (seconds each).
    executor=in_process_executor,
)
