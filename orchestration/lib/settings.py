"""Where pantau reads articles and writes the warehouse: one absolute path for every component.

Resolved at run time (not import time) from the environment, so `pantau run --warehouse X` and the UI agree.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DBT_PROJECT_DIR = PROJECT_ROOT / "dbt_project"


def articles_dir() -> Path:
    return Path(os.environ.get("PANTAU_ARTICLES_DIR") or PROJECT_ROOT / "seeds" / "articles").resolve()


def warehouse_path() -> Path:
    return Path(os.environ.get("PANTAU_WAREHOUSE") or PROJECT_ROOT / "data" / "warehouse.duckdb").resolve()


def build_path(warehouse: Path) -> Path:
    """The file a run builds into; it replaces the warehouse only when the whole run succeeded."""
    return warehouse.with_name(warehouse.name + ".building")


def parts_path(warehouse: Path) -> Path:
    """The parts store: every stage's Parquet output per article shard (orchestration/lib/parts.py)."""
    return warehouse.with_name(warehouse.name + ".parts")


def dagster_home() -> Path:
    return Path(os.environ.get("DAGSTER_HOME") or PROJECT_ROOT / "data" / "dagster").resolve()


def duckdb_memory_limit() -> str:
    """DuckDB's buffer pool for pipeline connections (PANTAU_DUCKDB_MEMORY_LIMIT, default 1GB). DuckDB keeps pages
    it has read or written up to its limit (80% of RAM by default) and spills beyond it, so the limit, not the
    corpus, bounds the warehouse's share of a run's memory."""
    return os.environ.get("PANTAU_DUCKDB_MEMORY_LIMIT") or "1GB"


def interpreter_bin() -> Path:
    """The `bin/` of the Python running pantau (the venv's): where its `dbt` and `dagster` live. Not resolved:
    a venv's python is a symlink to the base interpreter, whose bin/ has neither."""
    return Path(sys.executable).parent


def put_interpreter_bin_on_path() -> None:
    """Put interpreter_bin() first on PATH for this process and its children, so that `.venv/bin/pantau ...`
    works from any shell: dagster-dbt looks `dbt` up on PATH when `dagster dev` loads the code location
    (`DbtProject.prepare_if_dev`), and would find none, or another environment's."""
    here = str(interpreter_bin())
    rest = [p for p in os.environ.get("PATH", "").split(os.pathsep) if p and p != here]
    os.environ["PATH"] = os.pathsep.join([here, *rest])


# Shipped with pantau and copied into a new DAGSTER_HOME: without one Dagster warns on every command that it
# has no configuration, and prints its telemetry banner.
DAGSTER_YAML = PROJECT_ROOT / "orchestration" / "dagster.yaml"


# SHA-256 of the dagster.yaml files earlier versions of pantau shipped: a DAGSTER_HOME holding one of them unchanged
# gets the current one (same storage files, so its run history stays).
EARLIER_DAGSTER_YAMLS = {"b3670f2ce4c64d3f498e7192313416b6081b362ce08668d2cb4ebba8d8bfb943"}


def ensure_dagster_home() -> Path:
    """Create DAGSTER_HOME (dagster_home()) with pantau's dagster.yaml unless it has one; export it; return it.
    An existing dagster.yaml is the user's and is left as it is, unless it is one pantau shipped before."""
    home = dagster_home()
    home.mkdir(parents=True, exist_ok=True)
    config = home / "dagster.yaml"
    shipped = DAGSTER_YAML.read_text(encoding="utf-8")
    if not config.exists() and not (home / "dagster.yml").exists():
        config.write_text(shipped, encoding="utf-8")
    elif config.is_file() and hashlib.sha256(config.read_bytes()).hexdigest() in EARLIER_DAGSTER_YAMLS:
        config.write_text(shipped, encoding="utf-8")
    os.environ["DAGSTER_HOME"] = str(home)
    return home


# The share of a stage's articles that row-level checks may reject before the stage blocks (README "Quarantine"),
# and the absolute allowance that keeps a small folder from blocking on a couple of odd articles.
QUARANTINE_MAX_SHARE = 0.01
QUARANTINE_MIN_ARTICLES = 5


def quarantine_max_share() -> float:
    """PANTAU_QUARANTINE_MAX_SHARE (default 0.01): above this share of rejected articles a parser is broken, not an
    article odd, and the run keeps the previous warehouse. A value outside 0..1 is an error, not a silent default."""
    raw = os.environ.get("PANTAU_QUARANTINE_MAX_SHARE")
    if not raw:
        return QUARANTINE_MAX_SHARE
    share = float(raw)
    if not 0 <= share <= 1:
        raise ValueError(f"PANTAU_QUARANTINE_MAX_SHARE must be a share between 0 and 1, got {raw!r}")
    return share


def quarantine_min_articles() -> int:
    """PANTAU_QUARANTINE_MIN_ARTICLES (default 5): articles a stage may reject whatever the share, so that 1% of a
    small folder (one article of 100) does not block the daily run on a couple of odd articles; kept below a fifth
    of the articles (expectations/quarantine.py `tolerated`). Not a whole number >= 0 is an error."""
    raw = os.environ.get("PANTAU_QUARANTINE_MIN_ARTICLES")
    if not raw:
        return QUARANTINE_MIN_ARTICLES
    if not raw.strip().isdigit():
        raise ValueError(
            f"PANTAU_QUARANTINE_MIN_ARTICLES must be a whole number of articles >= 0, got {raw!r}"
        )
    return int(raw)
