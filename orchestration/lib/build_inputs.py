"""What a build reads, as one fingerprint, and whether the published warehouse was built from exactly that.

A build's output is decided by its inputs: the article folder's files, the extractor (transforms/*.py and the
reference CSVs), the dbt project, the expectations and the rest of pantau's code and locked dependencies. The
ingest stage takes the fingerprint of these before it reads a file (the folder as a list of (path, size,
mtime_ns, mode), never the contents), the publish step stores it in the build (`pantau_meta.build_inputs`)
just before the atomic rename, and `pantau run` / the schedule compare the current fingerprint with the
published one: equal means nothing to do.

Stats, not hashes, so the check costs a listing: a touched file (new mtime, same bytes) costs a rebuild, which
gives the same rows. A file changed twice within one mtime tick keeps its size and mtime; as in git, a file
whose mtime is within RACY_NS of the scan is never trusted ("racily clean"): the next run rebuilds once more.

No Dagster and no Polars here beyond the folder listing: `pantau run` calls this before importing Dagster.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from orchestration.lib import settings
from transforms import file_chunk

TABLE = "pantau_meta.build_inputs"
# File name of the fingerprint the ingest stage took, in the raw stage's parts (swapped in with them).
PARTS_FILE = "build_inputs.json"
# mtimes this close to the scan (or after it) may hide a second change in the same tick: not trusted.
RACY_NS = 2_000_000_000
# The components that must all match; the rest of the fingerprint (times, counts) is for messages.
KEYS = ("articles_dir", "files_digest", "extractor", "dbt_project", "expectations", "pantau")

# One listed entry: [size, mtime_ns, mode] for a file that could be stat-ed, else [why it is skipped / missing].
EntryState = list


def hash_files(digest: Any, files: Iterable[Path], name: Callable[[Path], str]) -> Any:
    """Feed `digest` (a hashlib object) each file's `name(path)` and bytes, in the order given, as `name NUL bytes
    NUL`; return it. The one way pantau fingerprints files: the build inputs (`_digest`), the extractor version
    and the verdict cache's suite fingerprint (orchestration/lib/check_cache.py), so that the three agree on
    what a change of a file is."""
    for path in files:
        digest.update(file_chunk(name(path), path.read_bytes()))
    return digest


def _digest(paths: Iterable[Path], root: Path) -> str:
    """SHA-256 over the names (relative to `root`) and bytes of `paths`, in sorted order."""
    named = hash_files(hashlib.sha256(), sorted(paths), lambda path: path.relative_to(root).as_posix())
    return named.hexdigest()[:16]


def reference_dir() -> Path:
    """The reference CSVs (same override as transforms.reference, without importing Polars)."""
    return Path(os.environ.get("PANTAU_REFERENCE_DIR", settings.PROJECT_ROOT / "seeds" / "reference"))


def extractor_version(reference: Path | None = None) -> str:
    """Hash of every file that decides what extraction produces: transforms/**/*.py (the rule packages such as
    transforms/facts/ too) and the reference CSVs (in `reference`, default reference_dir()). The extraction cache
    keys its rows by it (orchestration/lib/extract_cache.py)."""
    package = settings.PROJECT_ROOT / "transforms"
    files = sorted(package.rglob("*.py")) + sorted((reference or reference_dir()).glob("*.csv"))

    def name(path: Path) -> str:
        return path.relative_to(package).as_posix() if path.is_relative_to(package) else path.name

    return hash_files(hashlib.sha256(), files, name).hexdigest()[:16]


def _dbt_files() -> list[Path]:
    """The dbt project's own files: not dbt's output (target/, logs/) nor installed packages or hidden files."""
    root = settings.DBT_PROJECT_DIR
    skip = {"target", "logs", "dbt_packages"}
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in skip and not d.startswith(".")]
        found += [Path(dirpath) / f for f in filenames if not f.startswith(".") and f != "package-lock.yml"]
    return found


def code_versions() -> dict[str, str]:
    """Hashes of everything but the articles that decides the warehouse's rows and checks. `dbt_seeds` (the CSVs
    dbt seeds, which PANTAU_REFERENCE_DIR does not move) is recorded for the dbt step (which models a rerun may
    keep), not compared for up-to-date (KEYS): by default they are the extractor's reference CSVs too."""
    root = settings.PROJECT_ROOT
    pantau = [*(root / "orchestration").rglob("*.py"), root / "pyproject.toml", root / "uv.lock"]
    return {
        "extractor": extractor_version(),
        "dbt_project": _dbt_files_digest(),
        "dbt_seeds": _digest(DBT_SEEDS_DIR.glob("*.csv"), DBT_SEEDS_DIR),
        "expectations": _digest((root / "expectations").glob("*.py"), root),
        "pantau": importlib.metadata.version("pantau")
        + "-"
        + _digest([p for p in pantau if p.is_file()], root),
    }


# dbt_project.yml's seed-paths
DBT_SEEDS_DIR = settings.PROJECT_ROOT / "seeds" / "reference"


def _dbt_files_digest() -> str:
    return _digest(_dbt_files(), settings.DBT_PROJECT_DIR)


def stat_folder(root: Path) -> dict[str, EntryState]:
    """Every entry the ingest would list under `root` (same listing, same readable names) with its
    [size, mtime_ns, mode], or [reason] for what cannot be stat-ed or is skipped (symlinked folders...)."""
    from transforms.ingest import iter_article_files, readable_name

    state: dict[str, EntryState] = {}
    for path, skipped in iter_article_files(root):
        rel = readable_name(path.relative_to(root).as_posix())
        if skipped is not None:
            state[rel] = [f"skipped: {skipped}"]
            continue
        try:
            info = path.stat()
        except OSError as exc:  # a broken symlink, or removed while listing
            state[rel] = [f"missing: {type(exc).__name__}"]
            continue
        state[rel] = [info.st_size, info.st_mtime_ns, info.st_mode]
    return state


def now_ns() -> int:
    """The clock file mtimes are compared with."""
    return time.time_ns()


def fingerprint(
    root: Path, files: dict[str, EntryState] | None = None, *, scanned_at_ns: int | None = None
) -> dict[str, object]:
    """The current inputs of a build from `root`; `files` if the caller already stat-ed the folder (then
    `scanned_at_ns`: when it started, so that racy files are recognised)."""
    scanned_at = now_ns() if files is None or scanned_at_ns is None else scanned_at_ns
    files = stat_folder(root) if files is None else files
    mtimes = [entry[1] for entry in files.values() if len(entry) == 3]
    return {
        "articles_dir": os.fspath(root),
        "files": len(files),
        "files_digest": hashlib.sha256(json.dumps(files, sort_keys=True).encode()).hexdigest()[:16],
        "newest_mtime_ns": max(mtimes, default=0),
        "scanned_at_ns": scanned_at,
        **code_versions(),
    }


def differences(current: dict[str, object], published: dict[str, object] | None) -> list[str]:
    """Why the published warehouse is not up to date with `current` (empty: it is)."""
    if published is None:
        return ["no record of what built the warehouse (none yet, or built by an older or partial run)"]
    changed = [key for key in KEYS if current.get(key) != published.get(key)]
    if (
        not changed
        and int(published.get("newest_mtime_ns", 0)) >= int(published.get("scanned_at_ns", 0)) - RACY_NS
    ):
        changed.append("files modified within 2 s of the last build's scan")
    return changed


_DESCRIBED = {
    "articles_dir": "another articles folder",
    "files_digest": "article files added, changed or removed",
    "extractor": "the extractor or the reference data changed",
    "dbt_project": "the dbt project changed",
    "expectations": "the expectations changed",
    "pantau": "pantau's code or dependencies changed",
}


def describe(difference: str) -> str:
    """A difference as `pantau run` prints it."""
    return _DESCRIBED.get(difference, difference)


def published_inputs(warehouse: Path) -> dict[str, object] | None:
    """The fingerprint stored in the published warehouse, or None (no warehouse, an older one, a partial run)."""
    if not warehouse.exists():
        return None
    import duckdb

    try:
        with duckdb.connect(str(warehouse), read_only=True) as con:
            row = con.execute(f"select inputs from {TABLE}").fetchone()
    except duckdb.Error:  # no such table: built before this check existed
        return None
    return json.loads(row[0]) if row and row[0] else None


def store(con: object, inputs: dict[str, object] | None) -> None:
    """Record `inputs` (None: unknown, so the next run rebuilds) in the build, through a DuckDB connection."""
    con.execute("create schema if not exists pantau_meta")
    con.execute(f"create or replace table {TABLE} (inputs varchar, published_at timestamptz)")
    con.execute(
        f"insert into {TABLE} values (?, now())", [json.dumps(inputs, sort_keys=True) if inputs else None]
    )


def write_for_run(directory: Path, inputs: dict[str, object], run_id: str) -> None:
    """The fingerprint the ingest of run `run_id` took, next to the raw parts it wrote."""
    (directory / PARTS_FILE).write_text(json.dumps({"run_id": run_id, "inputs": inputs}, sort_keys=True))


def read_for_run(directory: Path, run_id: str) -> dict[str, object] | None:
    """The fingerprint the ingest of this same run took, or None if the raw parts come from another run."""
    try:
        recorded = json.loads((directory / PARTS_FILE).read_text())
    except (OSError, ValueError):
        return None
    return recorded.get("inputs") if recorded.get("run_id") == run_id else None


# File name of the extractor version a stage's step ran with (clean, extracted), next to that stage's parts.
STAGE_VERSION_FILE = "extractor_version.json"


def write_stage_version(directory: Path, run_id: str, version: str) -> None:
    """Record that run `run_id` built the stage under `directory` with extractor version `version` (the code the
    step's process imported and the reference data it read, transforms.extractor_version)."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / STAGE_VERSION_FILE).write_text(json.dumps({"run_id": run_id, "extractor": version}))


def read_stage_version(directory: Path, run_id: str) -> str | None:
    """The extractor version run `run_id` built the stage under `directory` with, or None (another run's)."""
    try:
        recorded = json.loads((directory / STAGE_VERSION_FILE).read_text())
    except (OSError, ValueError):
        return None
    return recorded.get("extractor") if recorded.get("run_id") == run_id else None


def as_built(inputs: dict[str, object] | None, versions: Iterable[str | None]) -> dict[str, object] | None:
    """The ingest's fingerprint with `extractor` replaced by the version the clean and extract steps ran with
    (not the files on disk when the ingest listed them, nor at publish): None, so that the next run rebuilds,
    if a step left no version for this run or the steps ran different code (transforms/ edited between them)."""
    used = set(versions)
    if inputs is None or len(used) != 1 or None in used:
        return None
    return {**inputs, "extractor": used.pop()}


def read_any_run(directory: Path) -> dict[str, object] | None:
    """The fingerprint the last ingest into these raw parts took (whichever run), or None."""
    try:
        return json.loads((directory / PARTS_FILE).read_text()).get("inputs")
    except (OSError, ValueError, AttributeError):
        return None


def up_to_date_summary(
    warehouse: Path, inputs: dict[str, object], seconds: float
) -> tuple[str, dict[str, object]]:
    """The line `pantau run` prints when there is nothing to do, and its --quiet JSON."""
    text = (
        f"up to date: {warehouse} was built from these {inputs['files']} files in {inputs['articles_dir']} "
        f"with the same extractor ({inputs['extractor']}), dbt project, expectations and pantau code; nothing to do "
        "(--force rebuilds)"
    )
    return text, {
        "success": True,
        "up_to_date": True,
        "seconds": round(seconds, 2),
        "warehouse": os.fspath(warehouse),
        "files": inputs["files"],
    }
