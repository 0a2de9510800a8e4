"""The checks' verdict cache: a row the same row-level expectations already judged is not validated again.

A row-level expectation (expectations/quarantine.py) judges one row by that row's own values, so a row's verdict
(passed, or withheld by which checks and why) is decided by the row's content and the suite. The cache of a stage
keeps, per row digest (SHA-256 of the columns the stage's row-level expectations read, or the text a derived
column is computed from: expectations/stages.py), the verdict of the last run that validated it, under the suite
fingerprint it was judged by (SHA-256 of the row-level expectations' configurations, the reference codes they
name, the reference CSVs and the expectations' code: a change to any of them judges every row again, so a row
withheld yesterday is never passed without being validated).

Date rules have "today" as their upper bound, which moves every day; the fingerprint is taken with a fixed "today"
(expectations/stages.py checks that only upper bounds move with it), and each verdict keeps the day it was judged
on: a passed row stays passed on a later day (its dates only fall further inside the bounds), a withheld row is
judged again on any other day (a date that was in the future may not be any more).

Like the clean and extraction caches it lives in the parts store, `<warehouse>.parts/checks/<stage>.parquet`,
and holds the current table's rows only (rows gone from the table leave it). A damaged or foreign file only costs
a full validation. No Dagster here (tests/orchestration/test_layers.py).
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

import polars as pl

from orchestration.lib.build_inputs import hash_files

DIR = "checks"  # under the parts store
DIGEST = "row_digest"
# One row per (digest, failed check); a passed digest has one row with a null check_name.
SCHEMA: dict[str, pl.DataType] = {
    "fingerprint": pl.String,
    DIGEST: pl.String,
    "judged_on": pl.Date,
    "check_name": pl.String,
    "reason": pl.String,
}


def path(parts_dir: Path, stage: str) -> Path:
    return parts_dir / DIR / f"{stage}.parquet"


def fingerprint(configs: Iterable[dict[str, Any]], files: Iterable[Path], *extra: str) -> str:
    """SHA-256 of the expectation configurations (as sorted JSON), the bytes of `files` and `extra` strings."""
    digest = hashlib.sha256()
    for config in configs:
        digest.update(json.dumps(config, sort_keys=True, default=str).encode() + b"\0")
    hash_files(digest, sorted(files), lambda file: file.name)
    for text in extra:
        digest.update(text.encode() + b"\0")
    return digest.hexdigest()


def load(parts_dir: Path, stage: str, fingerprint: str, today: date) -> pl.DataFrame:
    """The usable entries of a stage's cache (SCHEMA): judged by this fingerprint, passed on `today` or before,
    withheld on `today` itself (see the module docstring); none when the file is missing or unreadable."""
    file = path(parts_dir, stage)
    try:
        entries = pl.read_parquet(file).select(list(SCHEMA)).cast(SCHEMA)  # type: ignore[arg-type]
    except (OSError, pl.exceptions.PolarsError):
        return pl.DataFrame(schema=SCHEMA)
    entries = entries.filter(pl.col("fingerprint") == fingerprint)
    withheld = pl.col("check_name").is_not_null().any().over(DIGEST)
    return entries.filter(
        pl.when(withheld).then(pl.col("judged_on") == today).otherwise(pl.col("judged_on") <= today)
    )


def store(parts_dir: Path, stage: str, entries: pl.DataFrame) -> Path:
    """Replace a stage's cache with `entries` (SCHEMA), atomically: readers see the old file or the new one."""
    file = path(parts_dir, stage)
    file.parent.mkdir(parents=True, exist_ok=True)
    # a killed run's staged file (the run lock rules out a live one)
    for leftover in file.parent.glob(f".{file.name}.*"):
        leftover.unlink(missing_ok=True)
    staged = file.with_name(f".{file.name}.{uuid.uuid4().hex}")
    entries.select(list(SCHEMA)).cast(SCHEMA).write_parquet(staged)  # type: ignore[arg-type]
    os.replace(staged, file)
    return file
