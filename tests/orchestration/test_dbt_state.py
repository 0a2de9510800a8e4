"""What a rerun of `dbt build` carries over from the previous build of the same warehouse: dbt's parse state, the
knowledge that the unit tests passed on this very dbt project, and the relations that read no article (seeds,
views, tables of seeds only)."""

import json
from pathlib import Path

import duckdb
import pytest

from orchestration.defs.warehouse.assets import (
    PARTIAL_PARSE,
    kept_relations,
    kept_tests,
    parse_state,
    unit_tests_passed_before,
)
from orchestration.defs.warehouse.project import pantau_dbt_project
from orchestration.lib import build_inputs


def test_the_parse_state_of_one_build_serves_the_next(tmp_path: Path) -> None:
    store = tmp_path / "dbt"
    with parse_state(store, "run-1") as target:
        assert not (target / PARTIAL_PARSE).exists()  # nothing saved yet: dbt parses everything
        (target / PARTIAL_PARSE).write_bytes(b"state of run 1")
    assert (store / PARTIAL_PARSE).read_bytes() == b"state of run 1"

    with parse_state(store, "run-2") as target:
        assert (target / PARTIAL_PARSE).read_bytes() == b"state of run 1"
        assert not (store / "target-run-1").exists()  # an earlier run's target directory is removed
        (target / PARTIAL_PARSE).write_bytes(b"state of run 2")
    assert (store / PARTIAL_PARSE).read_bytes() == b"state of run 2"

    with pytest.raises(RuntimeError), parse_state(store, "run-3") as target:
        (target / PARTIAL_PARSE).unlink()  # dbt failed before parsing: the saved state stays
        raise RuntimeError("dbt failed")
    assert (store / PARTIAL_PARSE).read_bytes() == b"state of run 2"
    assert [p.name for p in store.iterdir() if p.name.startswith(".")] == []


def _published(path: Path, inputs: dict[str, object] | None) -> Path:
    with duckdb.connect(str(path)) as con:
        build_inputs.store(con, inputs)
    return path


def test_unit_tests_are_skipped_only_for_the_same_dbt_project_and_code(tmp_path: Path) -> None:
    current = build_inputs.code_versions()
    assert not unit_tests_passed_before(tmp_path / "none.duckdb")
    assert not unit_tests_passed_before(_published(tmp_path / "unknown.duckdb", None))
    assert unit_tests_passed_before(_published(tmp_path / "same.duckdb", {**current, "files": 3}))
    for key in ("dbt_project", "pantau"):
        changed = {**current, key: "something else"}
        assert not unit_tests_passed_before(_published(tmp_path / f"{key}.duckdb", changed)), key


def _build_with(path: Path, inputs: dict[str, object] | None, relations: list[tuple[str, str]]) -> Path:
    """A build file holding `inputs` as its recorded build inputs and an empty table per (schema, name)."""
    _published(path, inputs)
    with duckdb.connect(str(path)) as con:
        for schema, name in relations:
            con.execute(f'create schema if not exists "{schema}"')
            con.execute(f'create table "{schema}"."{name}" (x int)')
    return path


def test_a_rerun_keeps_seeds_views_and_tables_of_seeds_only_and_nothing_else(tmp_path: Path) -> None:
    manifest = json.loads(Path(pantau_dbt_project.manifest_path).read_text(encoding="utf-8"))
    nodes = manifest["nodes"]
    relations = [
        (n["schema"], n["alias"] or n["name"])
        for n in nodes.values()
        if n["resource_type"] in ("seed", "model")
    ]
    current = build_inputs.code_versions()
    kept = kept_relations(manifest, _build_with(tmp_path / "same.duckdb", {**current, "files": 3}, relations))
    kinds = {(nodes[u]["resource_type"], nodes[u]["config"]["materialized"]) for u in kept}
    assert kinds == {("seed", "seed"), ("model", "view"), ("model", "table")}
    seeds = {u for u, n in nodes.items() if n["resource_type"] == "seed"}
    views = {
        u for u, n in nodes.items() if n["resource_type"] == "model" and n["config"]["materialized"] == "view"
    }
    assert seeds | views <= set(kept)
    # the one table kept reads the countries seed only; every mart of facts or articles is built again
    assert set(kept) - seeds - views == {"model.pantau.dim_country"}
    assert not any(nodes[u]["resource_type"] == "test" for u in kept)
    # parents first (Dagster takes a multi-asset's outputs in topological order), every parent kept or a source
    for i, unique_id in enumerate(kept):
        for parent in nodes[unique_id]["depends_on"].get("nodes", []):
            assert parent.startswith("source.") or parent in kept[:i], (unique_id, parent)

    # nothing is kept when the previous build's inputs are unknown, or its dbt project, seeds or code differ
    assert kept_relations(manifest, _build_with(tmp_path / "unknown.duckdb", None, relations)) == []
    for key in ("dbt_project", "dbt_seeds", "pantau"):
        changed = {**current, key: "something else"}
        assert kept_relations(manifest, _build_with(tmp_path / f"{key}.duckdb", changed, relations)) == [], (
            key
        )
    # ... or when a relation it would keep is not in the build (a view dropped outside pantau)
    missing = [r for r in relations if r != ("staging", "stg_clean__articles")]
    assert kept_relations(manifest, _build_with(tmp_path / "missing.duckdb", current, missing)) == []


def test_a_rerun_keeps_the_error_tests_of_seeds_only_and_runs_every_test_reading_articles() -> None:
    """The data tests whose every parent is a kept relation that reads no source (seeds, views and tables of
    seeds only) and whose failure is an error: they passed on these very rows in the published build."""
    manifest = json.loads(Path(pantau_dbt_project.manifest_path).read_text(encoding="utf-8"))
    nodes = manifest["nodes"]
    kept = [
        u
        for u, n in nodes.items()
        if n["resource_type"] == "seed"
        or (n["resource_type"] == "model" and n["config"]["materialized"] == "view")
        or u == "model.pantau.dim_country"
    ]
    tests = kept_tests(manifest, kept)
    names = {nodes[u]["name"] for u in tests}
    assert {"column_rules_countries", "references_places", "column_rules_dim_country"} <= names
    assert "column_rules_stg_reference__agencies" in names  # a view of seeds only
    for unique_id in tests:
        for parent in nodes[unique_id]["depends_on"]["nodes"]:
            assert parent in kept and nodes[parent]["resource_type"] in ("seed", "model"), (unique_id, parent)
    # a test of a kept view that reads the articles runs, and so does every test of a built mart
    assert not any("stg_extracted" in name or "fct_" in name or "dim_article" in name for name in names)
    assert len(tests) < 20
    assert kept_tests(manifest, []) == []
    # a test whose failure would only warn is run: a warning does not stop a build from being published
    warned = json.loads(json.dumps(manifest))
    warned["nodes"][tests[0]]["config"]["severity"] = "warn"
    assert tests[0] not in kept_tests(warned, kept)
    lenient = json.loads(json.dumps(manifest))
    lenient["nodes"][tests[0]]["config"]["error_if"] = "> 10"
    assert tests[0] not in kept_tests(lenient, kept)


def test_no_dbt_adapter_is_set_up_in_the_run_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """dagster-dbt sets up a dbt adapter (profile, project, ~500 macros parsed: 2.2 s of CPU) before every dbt
    command, for column metadata and row counts pantau never asks for; the resource skips it."""
    import dbt.adapters.factory

    from orchestration.defs.resources import dbt_resource
    from orchestration.defs.warehouse.in_process import InProcessDbtCliInvocation

    calls: list[object] = []
    given: dict[str, object] = {}
    monkeypatch.setattr(dbt.adapters.factory, "register_adapter", lambda *a, **k: calls.append(a))
    # dbt itself is not run: what matters is what the resource hands to the invocation
    monkeypatch.setattr(InProcessDbtCliInvocation, "run", classmethod(lambda cls, *a, **k: given.update(k)))
    dbt_resource().cli(["--version"])
    assert calls == [] and "adapter" in given and given["adapter"] is None
