from dagster import AssetKey

from orchestration.definitions import defs


def test_graph_from_files_to_marts() -> None:
    keys = {k.to_user_string() for k in defs.resolve_all_asset_keys()}
    for key in ["raw/articles", "raw/rejected_inputs", "clean/articles", "extracted/case_counts",
                "extracted/blocked_content", "extracted/delegations", "marts/fct_case_counts", "marts/dim_article",
                "warehouse/published"]:
        assert key in keys, key
    job = defs.resolve_job_def("pantau_job")
    assert job.executor_def.name == "in_process"
    assert defs.resolve_schedule_def("pantau_daily") is not None
    sensor = defs.resolve_sensor_def("new_articles_sensor")
    assert [t.job_name for t in sensor.targets] == ["pantau_job"]
    assert AssetKey(["clean", "articles"]) in defs.resolve_asset_graph().get(AssetKey(["extracted", "case_counts"])).parent_keys


def test_assets_are_grouped_by_stage() -> None:
    graph = defs.resolve_asset_graph()
    groups = {graph.get(k).group_name for k in graph.get_all_asset_keys()}
    assert {"ingest", "clean", "extract", "warehouse", "quality"} <= groups
