"""`new_articles_sensor`: request a pantau_job run when article files appear, change or disappear.

Change is decided by content: the cursor (JSON: relative path -> [size, mtime_ns, sha256]) remembers every
file's hash; a tick stats every file and hashes only those whose (size, mtime_ns) changed, so an idle tick
reads no file contents. Touching a file (new mtime, same bytes) updates the cursor but requests nothing.

Stopped by default: the daily `pantau_daily` schedule already rebuilds, and a sensor that starts a build a
minute after the UI starts would surprise anyone who opens the UI to look. Turn it on in the UI (Automation)
or with `dagster sensor start new_articles_sensor`.

Retry: the cursor moves when a run is requested, so a run that ends without publishing (Dagster skips the
publish step when an output it reads was not produced and still calls the run a success) would leave the new
articles unbuilt until the folder changes again. Each run carries the digest of the contents it was requested
for (`pantau/articles_digest`); a tick that finds the folder unchanged looks at the newest run for the current
contents and, when it finished without publishing (orchestration/published.py), requests it again, up to
MAX_ATTEMPTS runs per content state. A run that FAILED is not retried: it is red in the UI already.

`unpublished_run_sensor` (running by default: it only reads the event log of finished runs) marks a pantau_job
run that Dagster calls SUCCESS but that did not publish as FAILURE, tagged `pantau/published=false` and the
reason, whoever launched it (schedule, sensor, UI).
"""

import hashlib
import json
import os
from pathlib import Path

from dagster import (
    DagsterRunStatus,
    DefaultSensorStatus,
    RunRequest,
    RunsFilter,
    RunStatusSensorContext,
    SensorEvaluationContext,
    SensorResult,
    SkipReason,
    run_status_sensor,
    sensor,
)

from orchestration import published
from orchestration.defs.partitions import ALL_SHARDS_TAGS
from orchestration.lib import lock, settings
from transforms.ingest import iter_article_files

FileState = dict[str, list]  # relative path -> [size, mtime_ns, sha256]
# Tag on every run the sensor requests: the digest of the folder contents it was requested for.
ARTICLES_TAG = "pantau/articles_digest"
# Runs per content state (the first and its retries) before the sensor stops asking: a run that skips its publish
# step every time is a bug to fix, not to rebuild every minute.
MAX_ATTEMPTS = 3
JOB = "pantau_job"


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
        retry = _retry(context, root, now)
        if isinstance(retry, RunRequest):
            return SensorResult(run_requests=[retry], cursor=cursor)
        return SensorResult(
            skip_reason=SkipReason(f"no new or changed articles in {root} ({len(now)} files){retry}"),
            cursor=cursor,
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
                    ARTICLES_TAG: _digest(now),
                },
            )
        ],
        cursor=cursor,
    )


def _retry(context: SensorEvaluationContext, root: Path, now: dict[str, str]) -> RunRequest | str:
    """A run request for contents whose newest run finished without publishing, or "" / a note for the skip."""
    digest = _digest(now)
    runs = context.instance.get_runs(filters=RunsFilter(tags={ARTICLES_TAG: digest}), limit=MAX_ATTEMPTS)
    if not runs or not runs[0].is_finished:
        return ""
    why = published.stored_run_not_published(context.instance, runs[0])
    if why is None:
        return ""
    if len(runs) >= MAX_ATTEMPTS:
        return f"; not retried: the last {len(runs)} runs for these contents did not publish ({why})"
    context.log.warning(f"run {runs[0].run_id} did not publish ({why}); requesting it again")
    return RunRequest(
        # One key per attempt: a retried tick dedupes, the next attempt (if this one fails too) gets a new key.
        run_key=f"articles-{digest}-retry-{len(runs)}",
        tags={
            **ALL_SHARDS_TAGS,
            "pantau/articles_dir": os.fspath(root),
            "pantau/retry_of": runs[0].run_id,
            ARTICLES_TAG: digest,
        },
    )


@run_status_sensor(
    run_status=DagsterRunStatus.SUCCESS,
    default_status=DefaultSensorStatus.RUNNING,
    description="Marks a pantau_job run FAILURE (tag pantau/published=false) when Dagster called it a success "
    "but its publish step was skipped or never ran: the previous warehouse is still the published one.",
)
def unpublished_run_sensor(context: RunStatusSensorContext) -> SkipReason | None:
    # As stored now (tags included), not as it was when its SUCCESS event was written.
    run = context.instance.get_run_by_id(context.dagster_run.run_id) or context.dagster_run
    if run.job_name != JOB:
        return SkipReason(f"not {JOB}")
    if run.tags.get(published.PUBLISHED_TAG) == "false":
        return SkipReason(f"run {run.run_id} is already marked as not published")
    why = published.stored_run_not_published(context.instance, run)
    if why is None:
        return SkipReason(f"run {run.run_id} published the warehouse")
    context.log.error(f"run {run.run_id}: {why}; marking it failed")
    published.mark_not_published(context.instance, run.run_id, why)
    return None
