"""`pantau report`: Great Expectations Data Docs, the dbt docs (one static page) and one summary page (HTML, charts
inlined as SVG, so it opens without a server or network) with the dbt source freshness."""

from __future__ import annotations

import html
import json
import os
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import altair as alt
import polars as pl

from expectations.charts import analyst_charts_html
from expectations.offline import make_offline
from expectations.runner import build_data_docs
from expectations.stages import query as _query
from expectations.stages import validate_warehouse
from orchestration.lib import readonly
from transforms.ingest import rejected_by_reason

if TYPE_CHECKING:
    import duckdb

DBT_PROJECT_DIR = Path(__file__).resolve().parent.parent / "dbt_project"


def _dbt(args: list[str], warehouse: Path, work: Path) -> subprocess.CompletedProcess[str]:
    """dbt against `warehouse` through the read-only `report` target (profiles.yml), with its own target and
    log folders so the project's manifest (read by Dagster) is left alone."""
    dbt = Path(sys.executable).with_name("dbt")
    work.mkdir(parents=True, exist_ok=True)
    return subprocess.run(
        [
            str(dbt) if dbt.exists() else "dbt",
            *args,
            "--project-dir",
            str(DBT_PROJECT_DIR),
            "--profiles-dir",
            str(DBT_PROJECT_DIR),
            "--target",
            "report",
            "--target-path",
            str(work / "target"),
            "--log-path",
            str(work / "logs"),
        ],
        env={**os.environ, "PANTAU_DBT_DB_PATH": str(warehouse.resolve())},
        capture_output=True,
        text=True,
        check=False,
    )


def write_dbt_docs(warehouse: Path, dest: Path) -> Path:
    """`dbt docs generate --static` on the warehouse (opened read-only); writes `dest/index.html` (one file
    with the manifest and catalog inlined) plus `manifest.json` and `catalog.json`; returns the page."""
    with tempfile.TemporaryDirectory(prefix="pantau_dbt_docs_") as tmp:
        result = _dbt(["docs", "generate", "--static"], warehouse, Path(tmp))
        target = Path(tmp) / "target"
        if result.returncode != 0 or not (target / "static_index.html").exists():
            raise RuntimeError(f"dbt docs generate failed:\n{result.stdout[-3000:]}{result.stderr[-2000:]}")
        dest.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(target / "static_index.html", dest / "index.html")
        for name in ("manifest.json", "catalog.json"):
            shutil.copyfile(target / name, dest / name)
    return dest / "index.html"


def source_freshness(warehouse: Path) -> list[dict]:
    """`dbt source freshness` on the warehouse (read-only): one dict per source with a freshness config. A
    stale source is reported (status warn or error), not raised: dbt exits 1 then, which is expected."""
    with tempfile.TemporaryDirectory(prefix="pantau_dbt_freshness_") as tmp:
        out = Path(tmp) / "sources.json"
        result = _dbt(["source", "freshness", "--output", str(out)], warehouse, Path(tmp))
        if not out.exists():
            raise RuntimeError(
                f"dbt source freshness failed:\n{result.stdout[-3000:]}{result.stderr[-2000:]}"
            )
        results = json.loads(out.read_text(encoding="utf-8"))["results"]
    return [
        {
            "source": r["unique_id"].split(".", 2)[2],
            "status": r["status"],
            "max_loaded_at": r.get("max_loaded_at"),
            "age_hours": None
            if r.get("max_loaded_at_time_ago_in_s") is None
            else r["max_loaded_at_time_ago_in_s"] / 3600,
            "warn_after": _period((r.get("criteria") or {}).get("warn_after")),
            "error_after": _period((r.get("criteria") or {}).get("error_after")),
        }
        for r in results
    ]


def _hours(hours: float | None) -> str:
    return "" if hours is None else f"{hours:.1f}"


def _period(spec: dict | None) -> str:
    return f"{spec['count']} {spec['period']}(s)" if spec and spec.get("count") else ""


def _svg(chart: alt.Chart) -> str:
    import vl_convert

    return vl_convert.vegalite_to_svg(chart.to_dict())


def rejected_counts(rejected_files: pl.DataFrame) -> pl.DataFrame:
    """(reason, files) per kind of reason: reasons name the file ("duplicate: same text as a.txt"), so they
    are counted by kind ("duplicate")."""
    counts = list(rejected_by_reason(rejected_files).items())
    return pl.DataFrame(counts, schema={"reason": pl.String, "files": pl.Int64}, orient="row")


def rejected_html(rejected_files: pl.DataFrame) -> str:
    """Two tables: how many inputs per kind of reason, then every rejected input with its full reason."""
    counts = rejected_counts(rejected_files)
    by_kind = "".join(f"<tr><td>{html.escape(r)}</td><td>{n}</td></tr>" for r, n in counts.iter_rows())
    by_file = "".join(
        f"<tr><td>{html.escape(p)}</td><td>{html.escape(r)}</td></tr>"
        for p, r in rejected_files.select("source_path", "reason").iter_rows()
    )
    return (
        f'<table id="rejected"><tr><th>reason</th><th>files</th></tr>{by_kind or "<tr><td colspan=2>none</td></tr>"}</table>\n'
        f'<table id="rejected_files"><tr><th>input</th><th>reason</th></tr>{by_file}</table>'
    )


QUARANTINED_SQL = """
    select q.check_name, q.table_name, q.row_key, q.article_id, q.source_path, q.reason, a.title, a.url
    from marts.quarantined_rows q
    left join (select article_id, any_value(title) as title, any_value(url) as url from clean.articles group by 1) a
        using (article_id)
    order by q.check_name, q.source_path, q.row_key"""
# The texts of withheld articles shown in the report (clean.articles keeps them); beyond this they are only linked.
MAX_ARTICLE_TEXTS = 200
ARTICLE_TEXTS_SQL = """
    select article_id, any_value(title) as title, any_value(source_path) as source_path, any_value(body) as body
    from clean.articles
    where article_id in (select article_id from marts.quarantined_rows)
    group by article_id order by source_path limit {limit}"""


def quarantined_rows(con: duckdb.DuckDBPyConnection) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Every withheld row with its article's title and url, and the texts of the withheld rows' articles (from
    clean.articles, which keeps withheld articles); empty for a warehouse built before the quarantine existed."""
    exists = con.execute(
        "select count(*) from information_schema.tables where table_schema = 'marts' "
        "and table_name = 'quarantined_rows'"
    ).fetchall()[0][0]
    if not exists:
        return (
            pl.DataFrame(
                schema={
                    c: pl.String
                    for c in (
                        "check_name",
                        "table_name",
                        "row_key",
                        "article_id",
                        "source_path",
                        "reason",
                        "title",
                        "url",
                    )
                }
            ),
            pl.DataFrame(schema={c: pl.String for c in ("article_id", "title", "source_path", "body")}),
        )
    return _query(con, QUARANTINED_SQL), _query(con, ARTICLE_TEXTS_SQL.format(limit=MAX_ARTICLE_TEXTS))


def _anchor(article_id: str) -> str:
    return "article-" + "".join(c if c.isalnum() else "_" for c in article_id)


def _article_link(row: dict, shown: set[str]) -> str:
    """The article, named by its title and input file, linked to its text further down the page (when shown) and to
    its url (when it has one)."""
    name = html.escape(f"{row['title']} ({row['source_path']})" if row["title"] else row["source_path"] or "")
    if row["article_id"] in shown:
        name = f'<a href="#{_anchor(row["article_id"])}">{name}</a>'
    url = row["url"]
    if url and url.startswith(("http://", "https://")):
        name += f' (<a href="{html.escape(url, quote=True)}">source</a>)'
    return name


def quarantined_html(rows: pl.DataFrame, texts: pl.DataFrame | None = None) -> str:
    """Rows withheld per check, every withheld row with its reason and a link to its article, then the articles'
    texts (so the date or figure that was rejected can be read in context)."""
    texts = (
        texts
        if texts is not None
        else pl.DataFrame(schema={c: pl.String for c in ("article_id", "title", "source_path", "body")})
    )
    shown = set(texts["article_id"].to_list())
    counts = rows.group_by("check_name").len().sort(["len", "check_name"], descending=[True, False])
    by_check = "".join(f"<tr><td>{html.escape(c)}</td><td>{n}</td></tr>" for c, n in counts.iter_rows())
    by_row = "".join(
        f"<tr><td>{_article_link(r, shown)}</td><td>{html.escape(r['table_name'])}</td>"
        f"<td>{html.escape(r['row_key'])}</td><td>{html.escape(r['check_name'])}</td><td>{html.escape(r['reason'])}</td></tr>"
        for r in rows.iter_rows(named=True)
    )
    bodies = "".join(
        f'<details id="{_anchor(t["article_id"])}"><summary>{html.escape(t["title"] or "")} '
        f'({html.escape(t["source_path"] or "")})</summary><pre style="white-space:pre-wrap">'
        f"{html.escape(t['body'] or '')}</pre></details>"
        for t in texts.iter_rows(named=True)
    )
    return (
        f'<table id="quarantined"><tr><th>check</th><th>rows withheld</th></tr>'
        f"{by_check or '<tr><td colspan=2>none</td></tr>'}</table>\n"
        f'<table id="quarantined_rows"><tr><th>article</th><th>withheld from</th><th>row</th><th>check</th>'
        f'<th>reason</th></tr>{by_row}</table>\n<div id="quarantined_articles">{bodies}</div>'
    )


def write_report(warehouse: Path, out_dir: Path) -> Path:
    """Validate every stage of `warehouse`, write Data Docs, the dbt docs (`dbt_docs/index.html`) and
    `index.html` into `out_dir`; return the page. The warehouse is only ever opened read-only."""
    out_dir.mkdir(parents=True, exist_ok=True)
    # The two dbt commands are separate processes that mostly parse the project: run them beside the checks.
    with ThreadPoolExecutor(max_workers=2) as pool:
        dbt_docs_job = pool.submit(write_dbt_docs, warehouse, out_dir / "dbt_docs")
        freshness_job = pool.submit(source_freshness, warehouse)
        results = validate_warehouse(warehouse)
        dbt_docs_index = dbt_docs_job.result()
        freshness = freshness_job.result()
    docs_index = build_data_docs([r for rs in results.values() for r in rs], out_dir / "data_docs")
    make_offline(docs_index.parent)  # GE's pages load their styles and scripts from CDNs
    checks = pl.DataFrame(
        [
            {"stage": stage, "suite": r.suite_name, "passed": r.evaluated - r.failed, "failed": r.failed}
            for stage, rs in results.items()
            for r in rs
        ]
    )
    with readonly.connect(warehouse) as con:
        facts = _query(
            con,
            """
            select coalesce(f.agency_id, 'unknown') as agency, 'case counts' as fact,
                   coalesce(f.period_end, a.published_date) as date
            from marts.fct_case_counts f join marts.dim_article a using (article_id)
            union all
            select coalesce(f.agency_id, 'unknown'), 'blocked content', coalesce(f.period_end, a.published_date)
            from marts.fct_blocked_content f join marts.dim_article a using (article_id)""",
        )
        blocked = _query(
            con, "select object_type, sum(value)::double as blocked from marts.fct_blocked_content group by 1"
        )
        rejected_files = _query(
            con, "select source_path, reason from marts.rejected_inputs order by source_path"
        )
        withheld, withheld_texts = quarantined_rows(con)
        blocked_by_period = _query(con, "select * from marts.mart_blocked_by_period")
        cases_by_period = _query(con, "select * from marts.mart_case_counts_by_period")
        counts = {
            t: con.execute(f"select count(*) from marts.{t}").fetchall()[0][0]
            for t in (
                "dim_article",
                "fct_case_counts",
                "fct_blocked_content",
                "fct_delegations",
                "rejected_inputs",
            )
        }

    rejected = rejected_counts(rejected_files)
    charts = []
    stage_long = (
        checks.group_by("stage")
        .agg(pl.col("passed").sum(), pl.col("failed").sum())
        .unpivot(index="stage", variable_name="result", value_name="expectations")
    )
    charts.append(
        (
            "Expectations per stage",
            alt.Chart(stage_long.to_pandas())
            .mark_bar()
            .encode(
                x=alt.X("stage:N", sort=["raw", "clean", "extracted", "marts"]),
                y="expectations:Q",
                color=alt.Color(
                    "result:N", scale=alt.Scale(domain=["passed", "failed"], range=["#2e7d32", "#c62828"])
                ),
            )
            .properties(width=320, height=220),
        )
    )
    if facts.height:
        charts.append(
            (
                "Facts per agency over time",
                alt.Chart(facts.with_columns(pl.col("date").cast(pl.String)).to_pandas())
                .mark_circle(size=90)
                .encode(
                    x=alt.X("date:T", title="period end (or published)"),
                    y=alt.Y("agency:N"),
                    color="fact:N",
                    tooltip=["agency", "fact", "date"],
                )
                .properties(width=480, height=220),
            )
        )
    if blocked.height:
        charts.append(
            (
                "Blocked content per object type",
                alt.Chart(blocked.to_pandas())
                .mark_bar()
                .encode(x=alt.X("blocked:Q", title="items blocked"), y="object_type:N")
                .properties(width=420, height=160),
            )
        )
    if rejected.height:
        charts.append(
            (
                "Rejected inputs",
                alt.Chart(rejected.to_pandas())
                .mark_bar(color="#ef6c00")
                .encode(x="files:Q", y=alt.Y("reason:N", sort="-x"))
                .properties(width=420, height=max(60, 24 * rejected.height)),
            )
        )

    rows = "".join(
        f"<tr class='{'ok' if r['failed'] == 0 else 'bad'}'><td>{html.escape(r['stage'])}</td><td>{html.escape(r['suite'])}</td>"
        f"<td>{r['passed']}</td><td>{r['failed']}</td></tr>"
        for r in checks.iter_rows(named=True)
    )
    fresh_rows = (
        "".join(
            f"<tr class='{'ok' if f['status'] == 'pass' else 'bad'}'><td>{html.escape(f['source'])}</td>"
            f"<td>{html.escape(str(f['max_loaded_at'] or ''))}</td>"
            f"<td>{_hours(f['age_hours'])}</td><td>{html.escape(f['warn_after'])}</td>"
            f"<td>{html.escape(f['error_after'])}</td><td>{html.escape(f['status'])}</td></tr>"
            for f in freshness
        )
        or "<tr><td colspan=6>no source declares a freshness</td></tr>"
    )
    figures = "".join(
        f"<figure><figcaption>{html.escape(t)}</figcaption>{_svg(c)}</figure>" for t, c in charts
    )
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    page = f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>pantau data quality</title>
<style>body{{font-family:system-ui,sans-serif;margin:2rem;max-width:1100px}} table{{border-collapse:collapse}}
td,th{{border:1px solid #ccc;padding:4px 10px}} tr.bad{{background:#ffebee}} tr.ok td:last-child{{color:#2e7d32}}
figure{{display:inline-block;margin:1rem;vertical-align:top}} figcaption{{font-weight:600}}
figure.analyst{{display:block;margin:1rem 0 2rem}} table.undated{{font-size:0.9rem;margin-top:0.5rem}}</style></head><body>
<h1>pantau data quality</h1><p>Warehouse <code>{html.escape(str(warehouse))}</code>, checked {stamp}.
{counts["dim_article"]} articles, {counts["fct_case_counts"]} case counts, {counts["fct_blocked_content"]} blocked-content
facts, {counts["fct_delegations"]} delegations, {counts["rejected_inputs"]} rejected inputs, {withheld.height} rows
withheld by row-level checks.
<a href="{docs_index.relative_to(out_dir).as_posix()}">Great Expectations Data Docs</a> &middot;
<a id="dbt-docs" href="{dbt_docs_index.relative_to(out_dir).as_posix()}">dbt docs</a> (models, columns, lineage)</p>
<section id="charts">{figures}</section>
<h2>Figures per period</h2><p>What the articles report, summed per month or year from the marts an analyst adds up
(<code>mart_blocked_by_period</code>, <code>mart_case_counts_by_period</code>: a figure repeated by several articles
counts once, parts of a total are left out, running totals count their increments). Each bar is labelled with its
value, unit and series; figures whose period cannot be placed are listed under the chart.</p>
<section id="analyst-charts">{analyst_charts_html(blocked_by_period, cases_by_period)}</section>
<h2>Expectations per suite</h2><p>Great Expectations suites run again on the published warehouse; each row counts the suite's expectations (README: check vocabulary).</p><table id="checks"><tr><th>stage</th><th>suite</th><th>passed</th><th>failed</th></tr>{rows}</table>
<h2>Source freshness</h2><p>Age of the newest row of each source with a freshness config
(<code>dbt source freshness</code>; <code>ingested_at</code> is when a file's content was first ingested, so this is
the age of the newest content in the folder).</p>
<table id="freshness"><tr><th>source</th><th>newest row</th><th>age (hours)</th><th>warn after</th><th>error after</th>
<th>status</th></tr>{fresh_rows}</table>
<h2>Rejected inputs</h2>{rejected_html(rejected_files)}
<h2>Quarantined rows</h2><p>Rows a row-level check rejected (a future date, a value no count can have, ...), left
out of their table while everything else was published (<code>marts.quarantined_rows</code>). A withheld article takes
its facts with it. The raw, clean and extracted suites above count these rows among their failures: they are still
in the loaded tables, not in the marts.</p>
{quarantined_html(withheld, withheld_texts)}</body></html>"""
    index = out_dir / "index.html"
    index.write_text(page, encoding="utf-8")
    return index
