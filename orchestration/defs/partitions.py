"""Article shards as Dagster partitions: the clean and extract stages are partitioned by them.

A shard is a fixed slice of the articles by id (orchestration/lib/parts.py). `pantau run`, the schedule and the
sensor rebuild every shard in one run (`ALL_SHARDS_TAGS`, the stages' single-run backfill policy); a backfill
from the UI may rebuild some shards, and on a multi-process or Kubernetes deployment the shards of one backfill
can be spread over several runs (see docs/scaling.md).
"""

import warnings

from dagster import BackfillPolicy, BetaWarning, StaticPartitionsDefinition

from orchestration.lib.parts import SHARDS

article_shards = StaticPartitionsDefinition(SHARDS)

# One run for any number of shards: per-run costs (process start-up, the workers' imports) are paid once, and the
# worker processes stay busy across shards.
one_run = BackfillPolicy.single_run()
# Dagster marks `backfill_policy` beta and warns at every import of the definitions (the UI, each run, each CLI
# call): on the terminal of `pantau run --quiet`, which prints one line. The API is pinned by uv.lock.
warnings.filterwarnings("ignore", message=".*`backfill_policy`.*", category=BetaWarning)

# The run tags Dagster reads as "this run covers the partition range start..end" (its
# ASSET_PARTITION_RANGE_START_TAG / _END_TAG): every shard.
ALL_SHARDS_TAGS = {
    "dagster/asset_partition_range_start": SHARDS[0],
    "dagster/asset_partition_range_end": SHARDS[-1],
}
