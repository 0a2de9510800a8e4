"""Warehouse: dbt models (staging -> intermediate -> marts) built into the run's DuckDB file."""


import os
from collections.abc import Mapping
from typing import Any

from dagster import AssetExecutionContext
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, dbt_assets

from orchestration import progress
from orchestration.defs.resources import WarehouseResource
from orchestration.defs.warehouse.project import pantau_dbt_project


class PantauDbtTranslator(DagsterDbtTranslator):
    """Every dbt node sits in the `warehouse` stage of the graph."""

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        return "warehouse"


@dbt_assets(
    manifest=pantau_dbt_project.manifest_path,
    project=pantau_dbt_project,
    dagster_dbt_translator=PantauDbtTranslator(),
)
def pantau_dbt_models(context: AssetExecutionContext, dbt: DbtCliResource, warehouse: WarehouseResource):
    """`dbt build`: seeds, models and their tests (tests show as asset checks; error severity blocks)."""
    # profiles.yml reads this: dbt and the Python assets must write one and the same absolute file.
    os.environ["PANTAU_DBT_DB_PATH"] = str(warehouse.ensure_build())
    progress.stage("dbt build", unit="results")
    for event in dbt.cli(["build"], context=context).stream():
        progress.advance(1)
        yield event
