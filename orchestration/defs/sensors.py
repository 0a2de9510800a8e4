"""`new_articles_sensor`: request a pantau_job run when article files appear, change or disappear.

Change is decided by content: the cursor (JSON: relative path -> [size, mtime_ns, sha256]) remembers every
file's hash; a tick stats every file and hashes only those whose (size, mtime_ns) changed, so an idle tick
reads no file contents. Touching a file (new mtime, same bytes) updates the cursor but requests nothing.

Stopped by default: the daily `pantau_daily` schedule already rebuilds, and a sensor that starts a build a
minute after the UI starts would surprise anyone who opens the UI to look. Turn it on in the UI (Automation)
or with `dagster sensor start new_articles_sensor`.
"""

import hashlib
import json
import os
from pathlib import Path

from dagster import DefaultSensorStatus, RunRequest, SensorEvaluationContext, SensorResult, SkipReason, sensor

from orchestration.defs.partitions import ALL_SHARDS_TAGS
from orchestration.lib import lock, settings
from transforms.ingest import iter_article_files

FileState = dict[str, list]  # relative path -> [size, mtime_ns, sha256]


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def scan_folder(root: Path, previous: FileState) -> FileState:
    """The folder's current state; a file is hashed only when its (size, mtime_ns) differs from `previous`."""
    state: FileState = {}
    for path, skipped in iter_article_files(root):
        if skipped is not None:  # symlinked or unlistable folders: ingest reports them, nothing to hash
            continue
        try:
            stat = path.stat()
        except FileNotFoundError:  # removed while scanning
            continue
        rel = path.relative_to(root).as_posix()
        known = previous.get(rel)
        if known and known[0] == stat.st_size and known[1] == stat.st_mtime_ns:
            state[rel] = known
        else:
            state[rel] = [stat.st_size, stat.st_mtime_ns, _sha256(path)]
    return state


def _contents(state: FileState) -> dict[str, str]:
    return {rel: entry[2] for rel, entry in state.items()}


def _digest(contents: dict[str, str]) -> str:
    return hashlib.sha256(json.dumps(contents, sort_keys=True).encode()).hexdigest()[:16]


def parse_cursor(cursor: str | None) -> FileState:
    if not cursor:
        return {}
    try:
        data = json.loads(cursor)
    except json.JSONDecodeError:
        return {}
    return (
        {k: v for k, v in data.items() if isinstance(v, list) and len(v) == 3}
        if isinstance(data, dict)
        else {}
    )


@sensor(
    job_name="pantau_job",
    minimum_interval_seconds=60,
    default_status=DefaultSensorStatus.STOPPED,
    description="Runs pantau_job when files in the articles folder appear, change content or disappear.",
)
def new_articles_sensor(context: SensorEvaluationContext) -> SensorResult:
    """One run per change of the folder's contents; never a second run for the same contents."""
    root = settings.articles_dir()
    if not root.is_dir():
        return SensorResult(
            skip_reason=SkipReason(f"articles folder not found: {root}"), cursor=context.cursor
        )
    if lock.is_locked(settings.warehouse_path()):
        # Keep the cursor: whatever changed during this build is seen by the first tick after it.
        return SensorResult(
            skip_reason=SkipReason("a pantau run is building the warehouse; checking again later"),
            cursor=context.cursor,
        )
    previous = parse_cursor(context.cursor)
    state = scan_folder(root, previous)
    cursor = json.dumps(state, sort_keys=True)
    before, now = _contents(previous), _contents(state)
    if before == now:
        return SensorResult(
            skip_reason=SkipReason(f"no new or changed articles in {root} ({len(now)} files)"), cursor=cursor
        )
    added = sum(1 for rel in now if rel not in before)
    changed = sum(1 for rel in now if rel in before and before[rel] != now[rel])
    removed = sum(1 for rel in before if rel not in now)
    # The key names the transition (previous contents -> current contents): a retried tick with the same cursor
    # dedupes, and a folder that returns to an earlier state (file removed, then restored) still gets a run.
    run_key = f"articles-{_digest(before)}-{_digest(now)}"
    context.log.info(f"{added} added, {changed} changed, {removed} removed in {root}; run_key {run_key}")
    return SensorResult(
        run_requests=[
            RunRequest(
                run_key=run_key,
                tags={
                    **ALL_SHARDS_TAGS,
                    "pantau/articles_dir": os.fspath(root),
                    "pantau/files_added": str(added),
                    "pantau/files_changed": str(changed),
                    "pantau/files_removed": str(removed),
                },
            )
        ],
        cursor=cursor,
    )
