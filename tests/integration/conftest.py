"""`pantau` as a fixture for the integration tests (the seeds warehouse itself is built once, in tests/conftest.py)."""

import subprocess
from collections.abc import Callable

import pytest

from tests.conftest import run_pantau

RunPantau = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture(scope="session")
def pantau() -> RunPantau:
    """`pantau ARGS...` as a subprocess from the project root, with DAGSTER_HOME=env_home."""
    return run_pantau
