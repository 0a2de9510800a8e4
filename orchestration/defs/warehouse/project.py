"""The dbt project, in its own module: `@dbt_assets` needs its manifest at import (prepared by the Makefile)."""

from __future__ import annotations

from dagster_dbt import DbtProject

from orchestration.lib import settings

# `dagster dev` (pantau ui) runs `dbt parse` here, through whatever `dbt` is on PATH: this environment's, even
# when it was started as .venv/bin/pantau from a shell without the venv on PATH.
settings.put_interpreter_bin_on_path()
pantau_dbt_project = DbtProject(project_dir=settings.DBT_PROJECT_DIR, profiles_dir=settings.DBT_PROJECT_DIR)
pantau_dbt_project.prepare_if_dev()
