"""`pantau_daily`: rebuild the warehouse every morning (Jakarta time), all shards in one run."""

from dagster import RunRequest, ScheduleEvaluationContext, schedule

from orchestration.defs.partitions import ALL_SHARDS_TAGS


@schedule(job_name="pantau_job", cron_schedule="0 6 * * *", execution_timezone="Asia/Jakarta",
          description="Rebuilds the warehouse from the articles folder every day at 06:00 Asia/Jakarta.")
def pantau_daily(context: ScheduleEvaluationContext) -> RunRequest:
    # A partition range, not a key: Dagster's schedules for partitioned jobs request one partition per run.
    return RunRequest(tags=ALL_SHARDS_TAGS)
