"""The daily +1% rerun of two revisions, back to back from the same starting state: wall and CPU per run and step.

    .venv/bin/python bench/time_rerun.py [--size 2000] [--base main] [--head WORKTREE] [--rounds 2] [--profile]

Needs the corpus and warehouse `run_bench.py --sizes <size>` leaves in data/bench/. Per revision, once: the
revision's `pantau run` on the corpus (the state of a daily run's yesterday) is copied to
data/bench/rerun_<size>/<revision>/start/ (built with --force in the folder the reruns use, so that dbt keeps
its partial-parse state as in a daily run). Then, base and head alternating for `--rounds` rounds: that copy is
restored, the same 1% new articles as `run_bench.py`'s are written into the corpus' `plus/` and the revision's
`pantau run --quiet` runs on it (`python -m orchestration.cli` inside the revision's tree; a git revision is
exported with `git archive`, with this checkout's dbt manifest). CPU is the run's whole process tree (user +
system, from wait4: pantau, its worker processes and dbt). `--profile` runs each under cProfile and keeps the
profile next to the run. On a shared machine compare CPU, not wall. Prints numbers; asserts nothing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from compare_extraction import WORKTREE, export_revision  # noqa: E402
from run_bench import BENCH_DIR, PLUS_DIR, ROOT, STEP_STAGE, write_articles  # noqa: E402

PYTHON = ROOT / ".venv" / "bin" / "python"
MANIFEST = ROOT / "dbt_project" / "target" / "manifest.json"


def source_root(revision: str) -> Path:
    """This checkout for WORKTREE, else the revision's whole tree (`git archive`) with this checkout's manifest."""
    if revision == WORKTREE:
        return ROOT
    target = export_revision(revision, "pantau_rerun")
    (target / "dbt_project" / "target").mkdir(parents=True, exist_ok=True)
    if _dbt_project_digest(target) == _dbt_project_digest(ROOT):
        shutil.copyfile(MANIFEST, target / "dbt_project" / "target" / "manifest.json")
    else:  # another dbt project (other tests or models): this checkout's manifest would name nodes it lacks
        subprocess.run(
            [str(PYTHON.with_name("dbt")), "parse", "--profiles-dir", ".", "--quiet"],
            cwd=target / "dbt_project",
            check=True,
        )
    return target


def _dbt_project_digest(root: Path) -> str:
    """SHA-256 of the dbt project's files that `dbt parse` reads (models, macros, tests, dbt_project.yml)."""
    digest = hashlib.sha256()
    project = root / "dbt_project"
    files = [project / "dbt_project.yml"]
    for folder in ("models", "macros", "tests"):
        files += sorted(f for f in (project / folder).rglob("*") if f.is_file())
    for file in files:
        digest.update(str(file.relative_to(project)).encode() + b"\0" + file.read_bytes())
    return digest.hexdigest()


def _store(warehouse: Path) -> list[Path]:
    return [warehouse, warehouse.with_name(warehouse.name + ".parts")]


def run_pantau(
    root: Path, corpus: Path, warehouse: Path, home: Path, profile: Path | None, force: bool = False
) -> dict[str, object]:
    """`pantau run --quiet` of the tree at `root`: wall, CPU of the process tree, summary."""
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir(parents=True)
    cmd = [str(PYTHON)]
    if profile is not None:
        cmd += ["-m", "cProfile", "-o", str(profile)]
    cmd += [
        "-m",
        "orchestration.cli",
        "run",
        "--articles",
        str(corpus),
        "--warehouse",
        str(warehouse),
        "--quiet",
        *(["--force"] if force else []),
    ]
    env = {**os.environ, "DAGSTER_HOME": str(home), "PYTHONPATH": str(root)}
    started = time.perf_counter()
    with open(home / "stdout", "w") as out, open(home / "stderr", "w") as err:
        proc = subprocess.Popen(cmd, cwd=root, env=env, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(
            f"pantau run failed in {root} (exit {proc.returncode}):\n{(home / 'stderr').read_text()[-3000:]}"
        )
    summary = json.loads((home / "stdout").read_text().strip().splitlines()[-1])
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "summary": summary}


def code_label(revision: str, root: Path) -> str:
    """The revision and a digest of its code: a start state is only reused by the code that built it (a change of
    pantau's code makes the next run rebuild more, e.g. dbt's unit tests)."""
    digest = hashlib.sha256()
    # the extractor too (its code and reference data key the extraction cache): a start state built by another
    # extractor made every timed rerun extract the whole corpus again (a base of `main` after a merge)
    code = ("orchestration/**/*.py", "expectations/*.py", "transforms/**/*.py", "seeds/reference/*.csv")
    for path in [p for pattern in code for p in sorted(root.glob(pattern))]:
        digest.update(path.read_bytes())
    # and the dbt project: a start state built by other models made every timed rerun a full dbt build (+3-4 s)
    digest.update(_dbt_project_digest(root).encode())
    return f"{revision.replace('/', '_')}-{digest.hexdigest()[:10]}"


def prepare(revision: str, root: Path, corpus: Path, size: int) -> Path:
    """data/bench/rerun_<size>/<revision>-<code>/start: the revision's warehouse and parts store built from
    `corpus`."""
    base = BENCH_DIR / f"rerun_{size}" / code_label(revision, root)
    start = base / "start"
    if (start / ".complete").exists():
        return start
    shutil.rmtree(start, ignore_errors=True)
    start.mkdir(parents=True)
    # Built where the reruns run (the trial folder), then copied: dbt's partial-parse state is kept only for the
    # profile's path (the warehouse's build file), so a start state built elsewhere made every timed rerun parse
    # the whole dbt project again (~3-6 s), which a daily run into the same warehouse never does.
    trial = base / "trial"
    shutil.rmtree(trial, ignore_errors=True)
    trial.mkdir()
    source = BENCH_DIR / f"warehouse_{size}.duckdb"
    warehouse = trial / source.name
    for src, dst in zip(_store(source), _store(warehouse), strict=True):
        (shutil.copytree if src.is_dir() else shutil.copy2)(src, dst)
    run = run_pantau(root, corpus, warehouse, base / "home", None, force=True)
    print(f"[{revision}] start state: {run['wall']:.1f} s wall, {run['cpu']:.1f} s CPU", flush=True)
    for src, dst in zip(_store(warehouse), _store(start / source.name), strict=True):
        (shutil.copytree if src.is_dir() else shutil.copy2)(src, dst)
    (start / ".complete").write_text("")
    return start


def one_rerun(
    revision: str, root: Path, start: Path, corpus: Path, size: int, seed: int, profile: bool, n: int
) -> dict[str, object]:
    """Restore the start state, add the 1% articles, run, remove them."""
    base = start.parent
    trial = base / "trial"
    shutil.rmtree(trial, ignore_errors=True)
    trial.mkdir()
    warehouse = trial / f"warehouse_{size}.duckdb"
    for src, dst in zip(_store(start / warehouse.name), _store(warehouse), strict=True):
        (shutil.copytree if src.is_dir() else shutil.copy2)(src, dst)
    try:
        write_articles(corpus / PLUS_DIR, max(1, size // 100), seed + 1, "p")
        prof = base / f"rerun_{n}.prof" if profile else None
        run = run_pantau(root, corpus, warehouse, base / "home", prof)
    finally:
        shutil.rmtree(corpus / PLUS_DIR, ignore_errors=True)
    steps: dict[str, float] = run["summary"].get("step_seconds", {})
    stages: dict[str, float] = {}
    for key, seconds in steps.items():
        stage = STEP_STAGE.get(key, "checks")
        stages[stage] = stages.get(stage, 0.0) + seconds
    run["stages"] = stages
    run["outside_steps"] = run["wall"] - sum(steps.values())
    return run


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--base", default="main", help=f"git revision, or {WORKTREE}")
    parser.add_argument("--head", default=WORKTREE, help=f"git revision, or {WORKTREE} (the default)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--seed", type=int, default=20240615)
    parser.add_argument(
        "--profile", action="store_true", help="run under cProfile (slower; for where, not how much)"
    )
    args = parser.parse_args()
    corpus = BENCH_DIR / str(args.size)
    if not (BENCH_DIR / f"warehouse_{args.size}.duckdb").exists():
        sys.exit(f"no warehouse for {args.size}: run bench/run_bench.py --sizes {args.size} first")
    shutil.rmtree(corpus / PLUS_DIR, ignore_errors=True)
    revisions = [args.base, args.head]
    roots = {r: source_root(r) for r in revisions}
    starts = {r: prepare(r, roots[r], corpus, args.size) for r in revisions}
    runs: dict[str, list[dict[str, object]]] = {r: [] for r in revisions}
    for n in range(args.rounds):
        for r in revisions:
            run = one_rerun(r, roots[r], starts[r], corpus, args.size, args.seed, args.profile, n)
            runs[r].append(run)
            stages = " ".join(f"{k} {v:.1f}" for k, v in run["stages"].items())
            print(
                f"round {n + 1} {r}: wall {run['wall']:.1f} s, CPU {run['cpu']:.1f} s, outside steps "
                f"{run['outside_steps']:.1f} s | {stages} | load {os.getloadavg()[0]:.1f}",
                flush=True,
            )
    for r in revisions:
        best = min(runs[r], key=lambda x: x["cpu"])
        each = " / ".join(f"{x['cpu']:.1f}" for x in runs[r])
        print(f"{r}: best CPU {best['cpu']:.1f} s (wall {best['wall']:.1f} s); CPU each round {each}")


if __name__ == "__main__":
    main()
