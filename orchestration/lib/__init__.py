"""Dagster-free helpers of the orchestration: parts store, workers, lock, settings, build inputs, the stages'
plain functions. Nothing here imports dagster (tests/orchestration/test_layers.py checks it)."""
