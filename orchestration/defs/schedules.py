"""`pantau_daily`: rebuild the warehouse every morning (Jakarta time), all shards in one run, unless the published
warehouse was built from exactly the current inputs (orchestration/lib/build_inputs.py)."""

from dagster import RunRequest, ScheduleEvaluationContext, SkipReason, schedule

from orchestration.defs.partitions import ALL_SHARDS_TAGS
from orchestration.lib import build_inputs, settings


@schedule(
    job_name="pantau_job",
    cron_schedule="0 6 * * *",
    execution_timezone="Asia/Jakarta",
    description="Rebuilds the warehouse from the articles folder every day at 06:00 Asia/Jakarta, "
    "unless nothing it reads changed since the published build.",
)
def pantau_daily(context: ScheduleEvaluationContext) -> RunRequest | SkipReason:
    root, warehouse = settings.articles_dir(), settings.warehouse_path()
    if root.is_dir():
        inputs = build_inputs.fingerprint(root)
        changed = build_inputs.differences(inputs, build_inputs.published_inputs(warehouse))
        if not changed:
            return SkipReason(
                f"up to date: {warehouse} was built from these {inputs['files']} files in {root} "
                "with the same code, dbt project and expectations"
            )
        context.log.info(f"rebuilding {warehouse}: changed: {', '.join(changed)}")
    # A partition range, not a key: Dagster's schedules for partitioned jobs request one partition per run.
    return RunRequest(tags=ALL_SHARDS_TAGS)
