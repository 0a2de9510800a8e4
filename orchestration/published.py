"""Whether a pantau_job run published the warehouse: one answer for `pantau run` (orchestration/cli.py), the
`unpublished_run_sensor` that marks such runs failed in Dagster, and the `new_articles_sensor`'s retry
(orchestration/defs/sensors.py).

Dagster skips a step when an output it reads was not produced (a dbt output not yielded) and still ends the run
SUCCESS: the publish step never ran, the previous warehouse stays in place, and the run must not read as one
that published. Dagster is imported lazily: `pantau run` imports this module before Dagster.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

# The step that swaps the finished build in as the warehouse (orchestration/defs/publish/assets.py).
PUBLISH_STEP = "warehouse__published"
PUBLISHED_ASSET = ("warehouse", "published")
# Run tags the unpublished_run_sensor sets on a run it marks failed (shown in the UI's run list and run page).
PUBLISHED_TAG = "pantau/published"
FAILURE_TAG = "pantau/failure"


def not_published(events: Iterable[Any]) -> str | None:
    """Why a run whose steps' DagsterEvents are `events` did not publish (one line), or None when its publish
    step succeeded. For a run that covered the publish step and that Dagster calls successful."""
    skipped = False
    for event in events:
        if event.step_key != PUBLISH_STEP:
            continue
        if event.is_step_success:
            return None
        skipped = skipped or event.is_step_skipped
    return f"warehouse not published: step {PUBLISH_STEP} was {'skipped' if skipped else 'not executed'}"


def covers_publish(run: Any) -> bool:
    """Whether the stored run was meant to publish: the whole job, or a selection or re-execution that includes
    the publish step (materializing a few assets from the UI publishes nothing, by design)."""
    from dagster import AssetKey

    # None or empty (an in-process run of the whole asset job stores an empty set): the whole job.
    if run.asset_selection and AssetKey(list(PUBLISHED_ASSET)) not in run.asset_selection:
        return False
    return run.step_keys_to_execute is None or PUBLISH_STEP in run.step_keys_to_execute


def stored_run_not_published(instance: Any, run: Any) -> str | None:
    """`not_published` for a run stored in a Dagster instance: None unless it ended SUCCESS (or was already marked
    by the unpublished_run_sensor) and was meant to publish but its publish step did not succeed."""
    from dagster import DagsterEventType, DagsterRunStatus

    if run.tags.get(PUBLISHED_TAG) == "false":
        return run.tags.get(FAILURE_TAG) or not_published([])
    if run.status != DagsterRunStatus.SUCCESS or not covers_publish(run):
        return None
    records = instance.get_records_for_run(
        run.run_id, of_type={DagsterEventType.STEP_SUCCESS, DagsterEventType.STEP_SKIPPED}
    ).records
    return not_published(r.event_log_entry.dagster_event for r in records if r.event_log_entry.dagster_event)


def mark_not_published(instance: Any, run_id: str, why: str) -> None:
    """Make a run that did not publish read as failed in Dagster: tag it (`pantau/published=false` and the reason,
    shown in the run list) and end it FAILURE with the reason as the failure event's message (red in the UI, and
    the failure is what run_failure_sensors and alerts see)."""
    instance.add_run_tags(run_id, {PUBLISHED_TAG: "false", FAILURE_TAG: why})
    instance.report_run_failed(
        instance.get_run_by_id(run_id), message=f"{why}; the previously published warehouse is unchanged"
    )
