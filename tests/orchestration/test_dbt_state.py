"""What a rerun of `dbt build` carries over from the previous build of the same warehouse: dbt's parse state, and
the knowledge that the unit tests passed on this very dbt project."""

from pathlib import Path

import duckdb
import pytest

from orchestration.defs.warehouse.assets import PARTIAL_PARSE, parse_state, unit_tests_passed_before
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
