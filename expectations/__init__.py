"""Great Expectations suites for pantau and the code that runs them on a DataFrame.

Public API (Dagster asset checks call these; importing this package does not import GE):
- `expectations.runner.validate_frame(stage, frame, **suite_kwargs) -> StageResult`
- `expectations.runner.validate_marts(tables) -> dict[str, StageResult]`
- `expectations.runner.build_data_docs(results, out_dir) -> Path`
- `expectations.derive.facts_frame(case_counts, blocked_content, articles)`: the frame the `extracted` suite checks
- `expectations.suites.build_suite(stage, **suite_kwargs)`: the suites themselves
- `expectations.gx_import.import_gx()`: GE itself, imported with scipy.stats and altair deferred until used
"""
