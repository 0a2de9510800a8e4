"""The dbt project, in its own module: `@dbt_assets` needs its manifest at import (prepared by the Makefile)."""

from __future__ import annotations

from dagster_dbt import DbtProject

from orchestration import settings

pantau_dbt_project = DbtProject(project_dir=settings.DBT_PROJECT_DIR, profiles_dir=settings.DBT_PROJECT_DIR)
pantau_dbt_project.prepare_if_dev()
