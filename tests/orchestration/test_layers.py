"""orchestration/lib/ is the Dagster-free layer: plain functions the assets call, testable and runnable on worker
processes without Dagster. An import of dagster there (or of the definitions, which import it) breaks the layering."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

LIB = Path(__file__).resolve().parents[2] / "orchestration" / "lib"
FORBIDDEN = ("dagster", "dagster_dbt", "dagster_webserver", "orchestration.defs", "orchestration.definitions")


def dagster_imports(source: str) -> list[str]:
    """Every module an `import` or `from ... import` names (at any depth, lazy ones too) that is Dagster or the
    Dagster definitions."""
    names: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
            if node.module == "orchestration":
                names += [f"orchestration.{alias.name}" for alias in node.names]
    return [n for n in names if any(n == f or n.startswith(f + ".") for f in FORBIDDEN)]


def lib_modules() -> list[Path]:
    return sorted(LIB.rglob("*.py"))


def test_the_scan_sees_top_level_lazy_and_indirect_dagster_imports() -> None:
    source = (
        "import os\nfrom dagster import asset\n"
        "def f():\n    import dagster_dbt.core\n"
        "from orchestration import defs\nfrom orchestration.defs.resources import WarehouseResource\n"
        "from orchestration.lib import parts\n"
    )
    assert sorted(dagster_imports(source)) == [
        "dagster",
        "dagster_dbt.core",
        "orchestration.defs",
        "orchestration.defs.resources",
    ]


def test_lib_holds_the_helpers() -> None:
    names = {p.stem for p in lib_modules()}
    assert {"parts", "parallel", "lock", "progress", "settings", "tables", "build_inputs"} <= names
    assert {"extract_cache", "clean_shards", "ingest_incremental"} <= names


@pytest.mark.parametrize("path", lib_modules(), ids=lambda p: p.name)
def test_no_lib_module_imports_dagster(path: Path) -> None:
    assert dagster_imports(path.read_text(encoding="utf-8")) == [], path


def test_importing_every_lib_module_loads_no_dagster() -> None:
    """The same at run time, through transforms/ and expectations/ too: a fresh interpreter imports every lib
    module and must not have loaded dagster."""
    modules = [f"orchestration.lib.{p.stem}" for p in lib_modules() if p.stem != "__init__"]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0].startswith('dagster')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=LIB.parents[1]
    )
    assert out.stdout.strip() == "[]", out.stdout
