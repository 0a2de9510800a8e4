"""Warehouse: dbt models (staging -> intermediate -> marts) built into the run's DuckDB file."""

import json
import os
import shutil
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from dagster import (
    AssetCheckResult,
    AssetCheckSpec,
    AssetExecutionContext,
    AssetObservation,
    AssetSpec,
    Output,
)
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, DbtProject, dbt_assets

from orchestration.defs.resources import WarehouseResource
from orchestration.defs.warehouse.project import pantau_dbt_project
from orchestration.lib import build_inputs, progress


class PantauDbtTranslator(DagsterDbtTranslator):
    """Every dbt node sits in the `warehouse` stage of the graph."""

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        return "warehouse"

    def get_asset_check_spec(
        self, asset_spec: AssetSpec, manifest: Mapping[str, Any], unique_id: str, project: DbtProject | None
    ) -> AssetCheckSpec | None:
        """dagster-dbt's check, described by what it checks when it is a model's `column_rules` test (one check
        for all its columns' not_null, unique and accepted_values): the UI lists every rule and column."""
        spec = super().get_asset_check_spec(asset_spec, manifest, unique_id, project)
        test = manifest["nodes"][unique_id].get("test_metadata") or {}
        if spec is None or spec.description or test.get("name") != "column_rules":
            return spec
        return spec._replace(description=describe_column_rules(test["kwargs"]))


def describe_column_rules(kwargs: Mapping[str, Any]) -> str:
    """One line per rule of a `column_rules` test: the columns and, for accepted_values, the values."""
    lines = []
    if kwargs.get("not_null"):
        lines.append(f"not_null: {', '.join(kwargs['not_null'])}")
    if kwargs.get("unique"):
        lines.append(f"unique: {', '.join(kwargs['unique'])}")
    for column, values in (kwargs.get("accepted_values") or {}).items():
        lines.append(f"accepted_values: {column} in ({', '.join(values)})")
    return "\n".join(lines)


@dbt_assets(
    manifest=pantau_dbt_project.manifest_path,
    project=pantau_dbt_project,
    dagster_dbt_translator=PantauDbtTranslator(),
)
def pantau_dbt_models(context: AssetExecutionContext, dbt: DbtCliResource, warehouse: WarehouseResource):
    """`dbt build`: seeds, models and their tests (tests show as asset checks; error severity blocks)."""
    # profiles.yml reads this: dbt and the Python assets must write one and the same absolute file.
    build = warehouse.ensure_build()
    os.environ["PANTAU_DBT_DB_PATH"] = str(build)
    manifest = json.loads(Path(pantau_dbt_project.manifest_path).read_text(encoding="utf-8"))
    excluded = []
    if unit_tests_passed_before(warehouse.published):
        excluded.append("resource_type:unit_test")
        context.log.info(
            "dbt unit tests skipped: they passed on this dbt project and these dependencies before"
        )
    # a run of some dbt assets (from the UI) builds what it selected, as dagster-dbt selects it
    kept = [] if context.is_subset else kept_relations(manifest, build)
    tests_kept = kept_tests(manifest, kept)
    # no manifest.json, semantic_manifest.json nor run_results.json in the run's target directory: nothing reads
    # them (dagster-dbt takes dbt's events as they come; the next run removes the directory), and writing the
    # manifest is dbt serialising all 132 nodes again, ~3% of the dbt step's CPU samples (py-spy, +1% rerun at
    # 2,000). The parse state (partial_parse.msgpack) is written as before.
    args = ["build", "--no-write-json"]
    if kept:
        excluded += [
            f"fqn:{'.'.join(manifest['nodes'][unique_id]['fqn'])}" for unique_id in kept + tests_kept
        ]
        # every other data test still runs, those of the kept views too: only what `--exclude` names is left out
        args += ["--indirect-selection", "empty"]
        context.log.info(
            f"dbt nodes kept from the previous build (same dbt project, seeds and code; no source read): {len(kept)}"
            f" relations, {len(tests_kept)} data tests of seeds only"
        )
    if excluded:
        args += ["--exclude", " ".join(excluded)]  # one value: dagster-dbt takes one after the flag
    progress.stage(
        "dbt build",
        total=build_nodes(manifest) - len(kept) - len(tests_kept),
        unit="dbt nodes",
    )
    tests_seen: set[str] = set()
    # What dbt does not build is in the build as the previous run left it, and is reported as materialized, first
    # (parents before children): a step downstream of an output this step did not yield is skipped by Dagster
    # (the marts suite and publish read every dbt asset), and the run would "succeed" without publishing.
    output_names = {
        spec.metadata.get("dagster_dbt/unique_id"): context.assets_def.get_output_name_for_asset_key(spec.key)
        for spec in context.assets_def.specs
    }
    for unique_id in kept:
        yield Output(None, output_name=output_names[unique_id], metadata={KEPT: True})
    # and each kept test's check as passed (it passed in the build that published these very relations)
    check_specs = {
        spec.metadata.get("dagster_dbt/unique_id"): spec for spec in context.assets_def.check_specs
    }
    for unique_id in tests_kept:
        spec = check_specs.get(unique_id)
        if spec is not None:
            yield AssetCheckResult(
                asset_key=spec.asset_key,
                check_name=spec.name,
                passed=True,
                metadata={KEPT: True, "unique_id": unique_id},
            )
    with parse_state(warehouse.parts / "dbt", context.run.run_id) as target:
        for event in dbt.cli(args, context=context, target_path=target).stream():
            if _finishes_a_node(event, tests_seen):
                progress.advance(1)
            yield event


# Metadata of a dbt asset's materialization when the run kept it from the previous build (kept_relations).
KEPT = "kept_from_previous_build"


def unit_tests_passed_before(published: Path) -> bool:
    """Whether the published warehouse was built by this same dbt project and code (uv.lock included): dbt's unit
    tests check the models' SQL against rows written in the project, never the warehouse's data, so they passed
    for that build and can only pass again (~1-1.5 s each, 4 of them, measured). Any change runs them."""
    published_inputs = build_inputs.published_inputs(published)
    if published_inputs is None:
        return False
    current = build_inputs.code_versions()
    return all(published_inputs.get(key) == current[key] for key in ("dbt_project", "pantau"))


def kept_relations(manifest: Mapping[str, Any], build: Path) -> list[str]:
    """The dbt nodes (unique ids) a rerun need not build again, because the build file, a copy of the published
    warehouse, already holds exactly what building them would make: every seed, every view, and every table that
    reads seeds only. A seed's table is its CSV's rows; a view is its SQL, which reads its inputs anew on every
    query; a table of seeds only is decided by the seeds and its SQL. All are kept only when the build's recorded
    inputs (pantau_meta.build_inputs, copied from the published warehouse) name this same dbt project, these same
    seed CSVs and this same pantau code and dependencies (dbt and dbt-duckdb included), and every kept relation
    exists in the build. Tables reading a source (the articles' rows) are always built; data tests always run."""
    recorded = build_inputs.published_inputs(build)
    if recorded is None:
        return []
    current = build_inputs.code_versions()
    if any(recorded.get(key) != current[key] for key in ("dbt_project", "dbt_seeds", "pantau")):
        return []
    nodes = manifest["nodes"]
    reads_a_source = _source_readers(nodes)

    def candidate(unique_id: str) -> bool:
        node = nodes[unique_id]
        return node["resource_type"] == "seed" or (
            node["resource_type"] == "model"
            and (node["config"]["materialized"] == "view" or not reads_a_source(unique_id))
        )

    # parents first (Dagster takes a multi-asset's outputs in topological order), and only what reads nothing
    # this run builds again: a kept view reads sources, seeds and kept views only
    kept: list[str] = []
    done: set[str] = set()

    def visit(unique_id: str) -> None:
        if unique_id in done:
            return
        done.add(unique_id)
        parents = [p for p in nodes[unique_id]["depends_on"].get("nodes", []) if p in nodes]
        for parent in parents:
            visit(parent)
        if candidate(unique_id) and all(parent in kept for parent in parents):
            kept.append(unique_id)

    for unique_id in sorted(nodes):
        visit(unique_id)
    import duckdb

    try:
        with duckdb.connect(str(build), read_only=True) as con:
            present = set(
                con.execute("select table_schema, table_name from information_schema.tables").fetchall()
            )
    except duckdb.Error:
        return []
    if any((nodes[u]["schema"], nodes[u]["alias"] or nodes[u]["name"]) not in present for u in kept):
        return []
    return kept


def _source_readers(nodes: Mapping[str, Any]) -> Callable[[str], bool]:
    """Whether a dbt node reads a source (the articles' rows), directly or through its parents."""
    reads: dict[str, bool] = {}

    def reads_a_source(unique_id: str) -> bool:
        if unique_id not in reads:
            parents = nodes[unique_id]["depends_on"].get("nodes", [])
            reads[unique_id] = any(
                parent.startswith("source.") or (parent in nodes and reads_a_source(parent))
                for parent in parents
            )
        return reads[unique_id]

    return reads_a_source


def kept_tests(manifest: Mapping[str, Any], kept: list[str]) -> list[str]:
    """The data tests (unique ids) a rerun that keeps `kept` (kept_relations) need not run: those reading only
    kept relations that read no source (seeds, and views and tables of seeds only), whose failure is an error
    (severity error, dbt's default thresholds: one failing row fails the build). Their relations hold what the
    same seeds and SQL made in the published build, and that build was published, so these tests passed on
    exactly these rows; every test reading a source, even through a kept view, runs."""
    nodes = manifest["nodes"]
    reads_a_source = _source_readers(nodes)
    of_seeds_only = {unique_id for unique_id in kept if not reads_a_source(unique_id)}

    def keeps(node: Mapping[str, Any]) -> bool:
        config = node["config"]
        parents = node["depends_on"].get("nodes", [])
        return (
            str(config.get("severity", "")).lower() == "error"
            and config.get("warn_if") == "!= 0"
            and config.get("error_if") == "!= 0"
            and bool(parents)
            and all(parent in of_seeds_only for parent in parents)
        )

    return sorted(u for u, n in nodes.items() if n["resource_type"] == "test" and keeps(n))


PARTIAL_PARSE = "partial_parse.msgpack"


@contextmanager
def parse_state(store: Path, run_id: str) -> Iterator[Path]:
    """A target directory for this run's `dbt build` that starts with the parse state the previous build of the
    same warehouse left, and keeps the new one afterwards (even when the build failed: parsing succeeded).

    dbt re-parses the whole project (~6 s idle, 20 s on a loaded machine, measured) unless its target directory
    holds a partial-parse file made with the same profile; the profile's `path` is this warehouse's build file, so
    the file `make manifest` leaves in dbt_project/target (made for another path) never serves a run. dbt still
    checks every project file's hash against the saved state and re-parses what changed."""
    target = store / f"target-{run_id}"
    for old in store.glob("target-*"):
        shutil.rmtree(old, ignore_errors=True)  # earlier runs' (the lock rules out a live one)
    target.mkdir(parents=True)
    saved = store / PARTIAL_PARSE
    if saved.is_file():
        shutil.copyfile(saved, target / PARTIAL_PARSE)
    try:
        yield target
    finally:
        fresh = target / PARTIAL_PARSE
        if fresh.is_file():
            staged = store / f".{PARTIAL_PARSE}.{run_id}"
            shutil.copyfile(fresh, staged)
            os.replace(staged, saved)  # whole or not at all: a killed copy never becomes the state


def build_nodes(manifest: Mapping[str, Any]) -> int:
    """Seeds, models and tests `dbt build` runs: what dbt itself counts (its PASS=N)."""
    return sum(1 for n in manifest["nodes"].values() if n["resource_type"] in BUILD_RESOURCE_TYPES)


BUILD_RESOURCE_TYPES = {"seed", "model", "snapshot", "test"}


def _finishes_a_node(event: object, tests_seen: set[str]) -> bool:
    """Whether a dagster-dbt event is one dbt node finishing. A test of one model is an asset check result; a
    singular test reading several models is an observation on each of them, counted once."""
    if isinstance(event, AssetObservation):
        unique_id = event.metadata.get("unique_id")
        key = getattr(unique_id, "value", unique_id)
        if key in tests_seen:
            return False
        tests_seen.add(key)
    return True
