"""The real Dagster webserver on `orchestration/definitions.py`: what its GraphQL API and its asset graph page show
is what `pantau ui` users see (issue #6). One server per module: it needs ~30 s and ~800 MB to start."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from orchestration.cli import UI_HOST, ui_command
from tests.conftest import VENV_BIN, path_without_venv, save_screenshot

pytestmark = [pytest.mark.integration, pytest.mark.browser]

STARTUP_TIMEOUT_S = 300
GROUPS = {"ingest", "clean", "extract", "warehouse", "quality"}
GE_CHECKS = {
    ("raw/articles", "ge_raw_suite"),
    ("clean/articles", "ge_clean_suite"),
    ("extracted/case_counts", "ge_extracted_suite"),
    ("marts/fct_claims", "ge_marts_suite"),
}

WORKSPACE_QUERY = """
{ workspaceOrError { __typename
    ... on Workspace { locationEntries { name loadStatus
        locationOrLoadError { __typename ... on PythonError { message } } } }
    ... on PythonError { message } } }"""

ASSETS_QUERY = """
{ assetNodes { assetKey { path } groupName kinds
    assetChecksOrError { __typename ... on AssetChecks { checks { name blocking } } } } }"""

REPOSITORY_QUERY = """
{ repositoriesOrError { __typename
    ... on RepositoryConnection { nodes { name location { name }
        jobs { name } schedules { name cronSchedule executionTimezone } sensors { name } } }
    ... on PythonError { message } } }"""


class Webserver:
    """A running `pantau ui`: its base URL, the process, its output and its DAGSTER_HOME."""

    def __init__(self, url: str, process: subprocess.Popen[bytes], log: Path, home: Path) -> None:
        self.url = url
        self.process = process
        self.log = log
        self.home = home

    def graphql(self, query: str) -> dict[str, Any]:
        """POST a GraphQL query; fail on transport or GraphQL errors so a broken query never passes silently."""
        request = urllib.request.Request(
            f"{self.url}/graphql",
            data=json.dumps({"query": query}).encode(),
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=60) as response:
            body = json.load(response)
        assert "errors" not in body, body["errors"]
        return body["data"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind((UI_HOST, 0))
        return sock.getsockname()[1]


def _log_tail(log: Path) -> str:
    return log.read_text(errors="replace")[-4000:] if log.exists() else "(no log)"


@pytest.fixture(scope="module")
def webserver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Webserver]:
    """`.venv/bin/pantau ui` (dagster dev: webserver and daemon) on a free loopback port with DAGSTER_HOME and
    the warehouse in a temporary folder, started without the venv on PATH from another working directory.

    It runs in its own process group and ignores SIGINT/SIGTERM when started from a script, so the whole group
    is SIGKILLed at teardown."""
    tmp = tmp_path_factory.mktemp("webserver")
    port = _free_port()
    # Exactly what the README shows, from a shell that has not activated the venv, in another folder: the code
    # location must find the venv's dbt by itself (issue #17).
    env = {k: v for k, v in os.environ.items() if k != "VIRTUAL_ENV"}
    env.update(
        PATH=path_without_venv(),
        DAGSTER_HOME=str(tmp / "home"),
        PANTAU_WAREHOUSE=str(tmp / "warehouse.duckdb"),
    )
    log = tmp / "webserver.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [str(VENV_BIN / "pantau"), "ui", "--port", str(port)],
            cwd=tmp,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    server = Webserver(f"http://{UI_HOST}:{port}", process, log, tmp / "home")
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while True:
            if process.poll() is not None:
                pytest.fail(f"dagster-webserver exited with {process.returncode}:\n{_log_tail(log)}")
            try:
                with urllib.request.urlopen(f"{server.url}/server_info", timeout=5) as response:
                    if response.status == 200:
                        break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"dagster-webserver not ready after {STARTUP_TIMEOUT_S}s:\n{_log_tail(log)}")
            time.sleep(1)
        yield server
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=30)


def test_pantau_ui_binds_loopback_only() -> None:
    cmd = ui_command(3000)
    assert cmd[cmd.index("-h") + 1] == "127.0.0.1" == UI_HOST
    assert cmd[cmd.index("-p") + 1] == "3000" and "orchestration.definitions" in cmd


def test_pantau_ui_prints_only_its_own_output(webserver: Webserver) -> None:
    """pantau's dagster.yaml (telemetry off) is in the DAGSTER_HOME it created, so Dagster neither warns about a
    missing configuration nor prints its telemetry banner; `dagster dev`'s "use dg dev" warning is hidden."""
    output = webserver.log.read_text(errors="replace")
    assert "Serving dagster-webserver on http://127.0.0.1" in output, output[-3000:]
    for noise in ("dagster.yaml", "Telemetry", "telemetry", "superseded", "dg dev"):
        assert noise not in output, f"{noise!r} in pantau ui's output:\n{output[-3000:]}"
    assert "enabled: false" in (webserver.home / "dagster.yaml").read_text()


def test_code_location_loads(webserver: Webserver) -> None:
    workspace = webserver.graphql(WORKSPACE_QUERY)["workspaceOrError"]
    assert workspace["__typename"] == "Workspace", workspace
    [entry] = workspace["locationEntries"]
    assert entry["loadStatus"] == "LOADED", entry
    assert entry["locationOrLoadError"]["__typename"] == "RepositoryLocation", entry["locationOrLoadError"]


def test_assets_groups_and_checks(webserver: Webserver) -> None:
    from orchestration.definitions import defs

    nodes = webserver.graphql(ASSETS_QUERY)["assetNodes"]
    by_key = {"/".join(n["assetKey"]["path"]): n for n in nodes}
    assert set(by_key) == {k.to_user_string() for k in defs.resolve_all_asset_keys()}
    assert {n["groupName"] for n in nodes} == GROUPS
    dbt_models = {k for k, n in by_key.items() if "dbt" in n["kinds"]}
    assert {"marts/fct_claims", "marts/dim_article", "marts/fct_case_counts"} <= dbt_models
    assert all(by_key[k]["groupName"] == "warehouse" for k in dbt_models)
    checks = {
        (k, c["name"]): c for k, n in by_key.items() for c in (n["assetChecksOrError"].get("checks") or [])
    }
    missing = GE_CHECKS - set(checks)
    assert not missing, f"Great Expectations checks missing from the UI: {missing}"
    assert all(checks[c]["blocking"] for c in GE_CHECKS)
    assert any(name.startswith("unique_") for _, name in checks), "dbt tests should appear as asset checks"


def test_schedule_and_sensors(webserver: Webserver) -> None:
    from orchestration.definitions import defs

    repositories = webserver.graphql(REPOSITORY_QUERY)["repositoriesOrError"]
    assert repositories["__typename"] == "RepositoryConnection", repositories
    [repo] = repositories["nodes"]
    assert "pantau_job" in {j["name"] for j in repo["jobs"]}
    schedules = {s["name"]: s for s in repo["schedules"]}
    assert schedules["pantau_daily"]["cronSchedule"] == "0 6 * * *"
    assert schedules["pantau_daily"]["executionTimezone"] == "Asia/Jakarta"
    # Every sensor the definitions declare must be listed by the server, by name.
    declared = {s.name for s in defs.get_repository_def().sensor_defs}
    served = {s["name"] for s in repo["sensors"]}
    assert served == declared, f"sensors served {sorted(served)} != declared {sorted(declared)}"
    assert "new_articles_sensor" in served, f"new_articles_sensor not served; sensors: {sorted(served)}"


def test_asset_graph_page_renders(webserver: Webserver, browser: Any, tmp_path: Path) -> None:
    """The global asset lineage page draws one node per group; expanding `quality` shows its assets."""
    # The UI shows a one-time "join the community" dialog over the graph on a new DAGSTER_HOME; mark it seen
    # the way its "Skip" button does, so the screenshot shows the graph and the clicks below reach it.
    webserver.graphql("mutation { setNuxSeen }")
    assert webserver.graphql("{ shouldShowNux }")["shouldShowNux"] is False
    page = browser.new_page(viewport={"width": 1600, "height": 900})
    try:
        page.goto(f"{webserver.url}/asset-groups", wait_until="domcontentloaded")
        # Graph nodes carry a tooltip with the group name; the sidebar tree does not.
        for group in sorted(GROUPS):
            node = page.locator(f'[data-tooltip="{group}"]')
            node.first.wait_for(state="visible", timeout=90_000)
        for group in GROUPS:
            box = page.locator(f'[data-tooltip="{group}"]').first.bounding_box()
            assert box and box["width"] > 0 and box["height"] > 0, group
        page.wait_for_timeout(500)  # let the edges finish their transition before the picture
        shot = save_screenshot(page.screenshot(), "ui.png", tmp_path)
        assert shot.stat().st_size > 20_000
        quality = page.locator('[data-tooltip="quality"]').first.locator("xpath=../..")
        quality.locator('[aria-label="unfold_more"]').click()
        page.get_by_text("published", exact=True).first.wait_for(state="visible", timeout=30_000)
    finally:
        page.close()
