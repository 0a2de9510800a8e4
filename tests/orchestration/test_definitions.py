from dagster import AssetKey, build_schedule_context

from orchestration.definitions import defs
from orchestration.lib.parts import SHARDS


def test_graph_from_files_to_marts() -> None:
    keys = {k.to_user_string() for k in defs.resolve_all_asset_keys()}
    for key in [
        "raw/articles",
        "raw/rejected_inputs",
        "clean/articles",
        "extracted/case_counts",
        "extracted/blocked_content",
        "extracted/delegations",
        "marts/fct_case_counts",
        "marts/dim_article",
        "warehouse/published",
    ]:
        assert key in keys, key
    job = defs.resolve_job_def("pantau_job")
    assert job.executor_def.name == "in_process"
    assert defs.resolve_schedule_def("pantau_daily") is not None
    sensor = defs.resolve_sensor_def("new_articles_sensor")
    assert [t.job_name for t in sensor.targets] == ["pantau_job"]
    graph = defs.resolve_asset_graph()
    assert graph.get(AssetKey(["extracted", "case_counts"])).parent_keys == {AssetKey(["parts", "extracted"])}
    assert graph.get(AssetKey(["parts", "extracted"])).parent_keys == {AssetKey(["parts", "clean"])}
    assert graph.get(AssetKey(["parts", "clean"])).parent_keys == {AssetKey(["parts", "raw"])}


def test_clean_and_extract_are_partitioned_by_shard_and_every_launch_covers_all_shards(
    warehouse_path,
) -> None:
    graph = defs.resolve_asset_graph()
    for key in (["parts", "clean"], ["parts", "extracted"]):
        node = graph.get(AssetKey(key))
        assert node.partitions_def.get_partition_keys() == SHARDS
        assert node.backfill_policy.max_partitions_per_run is None  # one run for any number of shards
    for key in (
        ["parts", "raw"],
        ["raw", "articles"],
        ["extracted", "case_counts"],
        ["marts", "fct_case_counts"],
    ):
        assert graph.get(AssetKey(key)).partitions_def is None, key
    request = (
        defs.resolve_schedule_def("pantau_daily").evaluate_tick(build_schedule_context()).run_requests[0]
    )
    assert (
        request.tags["dagster/asset_partition_range_start"],
        request.tags["dagster/asset_partition_range_end"],
    ) == (SHARDS[0], SHARDS[-1])


def test_assets_are_grouped_by_stage() -> None:
    graph = defs.resolve_asset_graph()
    groups = {graph.get(k).group_name for k in graph.get_all_asset_keys()}
    assert {"ingest", "clean", "extract", "warehouse", "quality"} <= groups


def test_input_suites_are_blocking_checks_and_dbt_reads_their_quarantine() -> None:
    """Raw, clean and extracted are judged in one step before dbt; staging filters on what they withheld."""
    from orchestration.defs.quality.checks import ge_input_suites

    specs = {(s.asset_key.to_user_string(), s.name): s.blocking for s in ge_input_suites.check_specs}
    assert specs == {
        ("raw/articles", "ge_raw_suite"): True,
        ("clean/articles", "ge_clean_suite"): True,
        ("extracted/case_counts", "ge_extracted_suite"): True,
    }
    graph = defs.resolve_asset_graph()
    readers = {
        k.to_user_string()
        for k in graph.get_all_asset_keys()
        if AssetKey(["quarantine", "withheld"]) in graph.get(k).parent_keys
    }
    assert any("case_counts" in r for r in readers) and any("articles" in r for r in readers), readers
