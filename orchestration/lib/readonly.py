"""Connections that only read the published warehouse (`pantau sql`, `pantau report`, the run summary).

`read_only=True` protects the warehouse file, not the machine: DuckDB would still run `COPY ... TO`, `ATTACH`,
`INSTALL`/`LOAD`, `EXPORT DATABASE` and `read_text('/any/file')` for whoever types them. With external access
disabled DuckDB touches no file but the database it was opened on, and with the configuration locked no
statement can turn that back on.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

SANDBOX_CONFIG = {"enable_external_access": False}


def connect(path: Path) -> duckdb.DuckDBPyConnection:
    """The warehouse opened read-only, with no access outside it and the configuration locked."""
    con = duckdb.connect(str(path), read_only=True, config=SANDBOX_CONFIG)
    # Only a session setting is still changed here: once the lock is on nothing can be (ours included).
    con.execute("set enable_progress_bar = false")
    con.execute("set lock_configuration = true")
    return con


def explain_refusal(exc: duckdb.Error) -> str:
    """One line saying why DuckDB refused a statement on a sandboxed connection, in the user's terms."""
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    lowered = detail.lower()
    if (
        isinstance(exc, duckdb.PermissionException)
        or "disabled by configuration" in lowered
        or "disabled through configuration" in lowered
    ):
        return (
            "refused: pantau sql reads only the warehouse (no files read or written outside it, "
            f"no ATTACH, no INSTALL/LOAD, no EXPORT): {detail}"
        )
    if "configuration has been locked" in lowered:
        return f"refused: settings cannot be changed in pantau sql: {detail}"
    if "read-only" in lowered:
        return f"the warehouse is opened read-only; write statements are not allowed ({detail})"
    return detail
