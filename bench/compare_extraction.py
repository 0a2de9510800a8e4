"""Compare every extracted table of two revisions of the extractor on one folder of articles.

    .venv/bin/python bench/compare_extraction.py ARTICLES [--base 55bb4f5] [--head WORKTREE] [--show 5]

Each side runs ingest + clean + `extract_all` in its own Python process (two versions of `transforms` cannot
share one interpreter) with its revision's source first on `sys.path`: a git revision is exported once with
`git archive` into a temporary directory, `WORKTREE` (the default head) is this checkout as it is on disk.
The tables are then compared column names, dtypes and rows, each sorted by its natural key (then by every
column, so row order never counts). Prints `identical` or the first differing rows per table and exits 1 on
any difference: a refactor proves itself neutral with it, and a rule change shows exactly which rows it moves.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import polars as pl

ROOT = Path(__file__).resolve().parent.parent
WORKTREE = "WORKTREE"
DEFAULT_BASE = "55bb4f5"
# The natural key of each table of transforms.extract.Extraction; the remaining columns break ties.
KEYS: dict[str, list[str]] = {
    "sentences": ["article_id", "sent_idx"],
    "entity_mentions": ["mention_id"],
    "persons": ["article_id", "person_id"],
    "case_counts": ["fact_id"],
    "blocked_content": ["fact_id"],
    "money": ["fact_id"],
    "delegations": ["delegation_id"],
    "delegation_participants": ["delegation_id", "role", "person_id", "agency_id"],
}
# Runs inside the revision's interpreter: argv = source root, articles folder, output folder.
RUNNER = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from transforms.clean import clean_articles
from transforms.extract import extract_all
from transforms.ingest import ingest_folder
out = Path(sys.argv[3])
clean = clean_articles(ingest_folder(Path(sys.argv[2])).articles)
for name, table in extract_all(clean).tables().items():
    table.write_parquet(out / f"{name}.parquet")
print(clean.height)
"""


def export_revision(revision: str, prefix: str, paths: tuple[str, ...] = ()) -> Path:
    """The revision's files (`paths`, or the whole tree) exported once with `git archive` into a temporary directory
    named after `prefix` and the commit; reused while its `.complete` marker stands (bench/time_rerun.py too)."""
    commit = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--verify", f"{revision}^{{commit}}"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    target = Path(tempfile.gettempdir()) / f"{prefix}_{commit[:12]}"
    if not (target / ".complete").exists():
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir(parents=True)
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", commit, *paths], check=True, capture_output=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
        (target / ".complete").write_text(commit)
    return target


def source_root(revision: str, scratch: Path) -> Path:
    """The directory whose `transforms/` is the revision's: this checkout for WORKTREE, else a `git archive`."""
    if revision == WORKTREE:
        return ROOT
    return export_revision(revision, "pantau_compare", ("transforms", "seeds/reference"))


def extract_tables(revision: str, articles: Path, scratch: Path) -> dict[str, pl.DataFrame]:
    """Every extracted table of `articles` as the revision extracts them."""
    out = scratch / revision.replace("/", "_")
    out.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [sys.executable, "-c", RUNNER, str(source_root(revision, scratch)), str(articles), str(out)],
        check=True,
        capture_output=True,
        text=True,
        cwd=scratch,
    )
    print(f"{revision}: {done.stdout.strip()} clean articles extracted")
    return {p.stem: pl.read_parquet(p) for p in sorted(out.glob("*.parquet"))}


def _sorted(table: pl.DataFrame, name: str) -> pl.DataFrame:
    key = [c for c in KEYS.get(name, []) if c in table.columns]
    rest = [c for c in table.columns if c not in key and table.schema[c] != pl.Object]
    return table.sort([*key, *rest], nulls_last=True) if table.columns else table


def compare_table(name: str, base: pl.DataFrame, head: pl.DataFrame, show: int) -> list[str]:
    """Human-readable differences between two versions of one table (empty when identical)."""
    if base.schema != head.schema:
        lines = [f"  schema differs: base {dict(base.schema)}", f"                 head {dict(head.schema)}"]
        common = [c for c in base.columns if c in head.columns and base.schema[c] == head.schema[c]]
        if not common:
            return lines
        base, head = base.select(common), head.select(common)
    else:
        lines = []
    base, head = _sorted(base, name), _sorted(head, name)
    if base.equals(head):
        return lines
    lines.append(f"  rows: base {base.height}, head {head.height}")
    only_base = base.join(head, on=base.columns, how="anti", nulls_equal=True)
    only_head = head.join(base, on=head.columns, how="anti", nulls_equal=True)
    for label, rows in (("only in base", only_base), ("only in head", only_head)):
        if rows.height:
            lines.append(f"  {rows.height} rows {label}, first {min(show, rows.height)}:")
            lines.extend(f"    {row}" for row in rows.head(show).iter_rows(named=True))
    if not only_base.height and not only_head.height:
        lines.append("  same rows, different multiplicities")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("articles", type=Path)
    parser.add_argument(
        "--base", default=DEFAULT_BASE, help=f"git revision, or {WORKTREE} (default {DEFAULT_BASE})"
    )
    parser.add_argument("--head", default=WORKTREE, help=f"git revision, or {WORKTREE} (the default)")
    parser.add_argument("--show", type=int, default=5, help="differing rows shown per table and side")
    args = parser.parse_args()
    articles = args.articles.resolve()
    with tempfile.TemporaryDirectory(prefix="pantau_compare_") as tmp:
        scratch = Path(tmp)
        base = extract_tables(args.base, articles, scratch / "base")
        head = extract_tables(args.head, articles, scratch / "head")
    differs = False
    for name in sorted(set(base) | set(head)):
        if name not in base or name not in head:
            print(f"{name}: only in {'head' if name in head else 'base'}")
            differs = True
            continue
        lines = compare_table(name, base[name], head[name], args.show)
        print(f"{name} ({head[name].height} rows): {'DIFFERENT' if lines else 'identical'}")
        if lines:
            print("\n".join(lines))
        differs = differs or bool(lines)
    return 1 if differs else 0


if __name__ == "__main__":
    sys.exit(main())
