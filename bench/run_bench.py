"""pantau at scale: build a synthetic corpus, run the real pipeline on it, and time two references.

    .venv/bin/python bench/run_bench.py --sizes 1000,10000

For each size: a deterministic corpus (seeded) of distinct articles made from the sample and development
articles (numbers redrawn in the same notation, years shifted consistently, paragraphs shuffled) is written to
data/bench/<size>/; `pantau run --quiet` runs on it as a subprocess (per-step times come from its summary, peak
RSS of the process tree from /proc), then twice more as a daily run would: on the same folder (nothing changed)
and with 1% new articles; then a `grep -E` scan (the floor) and a per-article Python `re`
extraction (what one would write instead) run on the same files. Prints a table and writes
bench/results/<timestamp>.json. This prints numbers; it asserts nothing (timings depend on the machine).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE_DIRS = [ROOT / "seeds" / "articles", ROOT / "tests" / "fixtures" / "devset" / "articles"]
BENCH_DIR = ROOT / "data" / "bench"
RESULTS_DIR = ROOT / "bench" / "results"
PANTAU = ROOT / ".venv" / "bin" / "pantau"
CORPUS_VERSION = 1  # bump when the generator changes, so cached corpora are rebuilt
PLUS_DIR = (
    "plus"  # sub-folder of a corpus holding the +1% articles of the incremental rerun (removed after it)
)

_MONTH = (
    r"(?:januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|november|nopember|"
    r"desember|january|february|march|may|june|july|august|october|december|jan|feb|mar|apr|jun|jul|agu|agt|"
    r"ags|aug|sep|sept|okt|oct|nov|des|dec)"
)
# Date parts are kept (only years move, all by the same shift per article); every other figure is redrawn.
_FIGURE = re.compile(
    r"(?P<dmy>\b\d{1,2}/\d{1,2}(?:/(?P<dmy_year>\d{4}|\d{2}))?\b)"
    r"|(?P<time>\b\d{2}[.:]\d{2}\b(?=\s*WI))"
    r"|(?P<day>\b\d{1,2}\b(?=\s*(?:[-–]\s*\d{1,2}\s*)?" + _MONTH + r"\b))"
    r"|(?P<year>\b(?:199\d|20[0-3]\d)\b)"
    r"|(?P<num>(?:(?<=Rp)|(?<=Rp\.)|(?<![A-Za-z0-9.,]))(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![A-Za-z0-9]))",
    re.IGNORECASE,
)

# The references: the figures people count, a number (with an optional multiplier) right before a count noun.
_NOUNS = "kasus|perkara|laporan|pengaduan|orang|korban|wni|tersangka|pelaku|pekerja|situs|konten|akun|rekening|link|tautan"
NUMBER_NEAR_KEYWORD = (
    r"([0-9]{1,3}(\.[0-9]{3})+(,[0-9]+)?|[0-9]+(,[0-9]+)?)( (ribu|juta|miliar|triliun))? (" + _NOUNS + r")"
)
_PY_NUMBER = re.compile(
    r"(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?: (ribu|juta|miliar|triliun))? (" + _NOUNS + r")\b",
    re.IGNORECASE,
)
_MULT = {"ribu": 1e3, "juta": 1e6, "miliar": 1e9, "triliun": 1e12}

STAGES = ("ingest", "clean", "extract", "load", "dbt", "checks", "publish")
STEP_STAGE = {
    "parts__raw": "ingest",
    "parts__clean": "clean",
    "parts__extracted": "extract",
    "warehouse_tables": "load",
    "pantau_dbt_models": "dbt",
    "warehouse__published": "publish",
}


# ------------------------------------------------------------------------------------------------- the corpus


def _redraw(digits: str, rng: random.Random) -> str:
    """Same notation, new value: every digit redrawn, separators kept, no new leading zero."""
    out = []
    for i, ch in enumerate(digits):
        if not ch.isdigit():
            out.append(ch)
        elif i == 0 and ch != "0" and len(digits) > 1:
            out.append(str(rng.randint(1, 9)))
        else:
            out.append(str(rng.randint(0, 9)))
    return "".join(out)


def vary(text: str, rng: random.Random) -> str:
    """One synthetic article from a template: figures redrawn, years shifted, paragraphs after the lead shuffled."""
    shift = rng.choice((0, -4, -8))  # whole leap cycles: every date stays valid

    def figure(m: re.Match[str]) -> str:
        if m.group("dmy"):
            year = m.group("dmy_year")
            if year and len(year) == 4:
                return m.group("dmy")[:-4] + str(int(year) + shift)
            return m.group("dmy")
        if m.group("time") or m.group("day"):
            return m.group(0)
        if m.group("year"):
            return str(int(m.group("year")) + shift)
        return _redraw(m.group("num"), rng)

    lines = _FIGURE.sub(figure, text).split("\n")
    # Title, bylines and page furniture stay where they are; the prose paragraphs after the lead trade places.
    prose = [i for i, line in enumerate(lines) if len(line.split()) >= 8][1:]
    moved = [lines[i] for i in prose]
    rng.shuffle(moved)
    for i, line in zip(prose, moved, strict=True):
        lines[i] = line
    return "\n".join(lines)


def build_corpus(size: int, seed: int) -> Path:
    """data/bench/<size>/: `size` distinct articles (no two with the same whitespace-collapsed text)."""
    out = BENCH_DIR / str(size)
    shutil.rmtree(out / PLUS_DIR, ignore_errors=True)  # left by an interrupted +1% rerun
    marker = out / ".corpus.json"
    spec = {"size": size, "seed": seed, "version": CORPUS_VERSION}
    if marker.exists() and json.loads(marker.read_text()) == spec:
        return out
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.txt"):
        old.unlink()
    write_articles(out, size, seed, "a")
    marker.write_text(json.dumps(spec))
    return out


# A short template has few distinct variants (dev_230: three dates, five paragraphs to shuffle, ~360 texts), fewer
# than 100,000 articles ask of each: after MAX_TRIES duplicates in a row it is used up and the next one serves.
MAX_TRIES = 200


def _fresh_variant(template: str, rng: random.Random, seen: set[str]) -> tuple[str, str] | None:
    """A variant of `template` not in `seen` (its text and digest), or None after MAX_TRIES duplicates."""
    for _ in range(MAX_TRIES):
        text = vary(template, rng)
        digest = hashlib.sha256(" ".join(text.split()).encode()).hexdigest()
        if digest not in seen:
            return text, digest
    return None


def write_articles(out: Path, count: int, seed: int, prefix: str) -> None:
    """`count` distinct varied articles as `<prefix><n>_<template>.txt` in `out`."""
    templates = sorted(p for d in TEMPLATE_DIRS for p in d.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in templates]
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    used_up: set[int] = set()
    for i in range(count):
        j = i % len(texts)
        while True:
            while j in used_up:
                j = (j + 1) % len(texts)
            fresh = _fresh_variant(texts[j], rng, seen)
            if fresh is not None:
                break
            used_up.add(j)
            if len(used_up) == len(texts):
                raise RuntimeError(f"the {len(texts)} templates give fewer than {count} distinct articles")
        text, digest = fresh
        seen.add(digest)
        (out / f"{prefix}{i:06d}_{templates[j].stem[:12]}.txt").write_text(text, encoding="utf-8")


def settle(corpus: Path) -> None:
    """Wait until the newest file is older than the up-to-date check's racy window (orchestration/lib/build_inputs.py),
    so that the full build's record can vouch for every file and the unchanged rerun measures the no-op path."""
    newest = max((p.stat().st_mtime for p in corpus.rglob("*.txt")), default=0.0)
    time.sleep(max(0.0, newest + 2.5 - time.time()))


# ------------------------------------------------------------------------------------------------- measuring


def _tree_rss_bytes(root: int) -> int:
    """Resident memory of a process and all its descendants (dbt runs as a child of pantau)."""
    parent: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
                parent[int(entry)] = int(stat[stat.rindex(")") + 2 :].split()[1])
            except (OSError, ValueError):
                continue
    tree, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        kids = [p for p, pp in parent.items() if pp == pid and p not in tree]
        tree.update(kids)
        frontier.extend(kids)
    total = 0
    for pid in tree:
        try:
            total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, ValueError):
            continue
    return total


def run_pipeline(
    corpus: Path, size: int, *, cold: bool = True, articles: int | None = None
) -> dict[str, object]:
    """`pantau run --quiet` on the corpus in its own DAGSTER_HOME; wall time, per-stage times, peak RSS. `cold`:
    from an empty warehouse and parts store; else a rerun on what the previous run of this size left (the
    warehouse is named by `size`; `articles`, default `size`, is how many the corpus holds now)."""
    with tempfile.TemporaryDirectory(prefix="pantau-bench-") as tmp:
        warehouse = BENCH_DIR / f"warehouse_{size}.duckdb"
        # A cold run: the parts store left by an earlier run would serve every article from the extraction cache.
        for stale in (warehouse, warehouse.with_name(warehouse.name + ".building")) if cold else ():
            stale.unlink(missing_ok=True)
        if cold:
            shutil.rmtree(warehouse.with_name(warehouse.name + ".parts"), ignore_errors=True)
        env = {**os.environ, "DAGSTER_HOME": tmp}
        cmd = [str(PANTAU), "run", "--articles", str(corpus), "--warehouse", str(warehouse), "--quiet"]
        started = time.perf_counter()
        proc = subprocess.Popen(
            cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        peak = [0]

        def poll() -> None:
            while proc.poll() is None:
                peak[0] = max(peak[0], _tree_rss_bytes(proc.pid))
                time.sleep(0.5)

        poller = threading.Thread(target=poll, daemon=True)
        poller.start()
        stdout, stderr = proc.communicate()
        wall = time.perf_counter() - started
        poller.join()
    if proc.returncode != 0:
        sys.exit(f"pantau run failed on {corpus} (exit {proc.returncode}):\n{stderr[-3000:]}")
    summary = json.loads(stdout.strip().splitlines()[-1])
    steps: dict[str, float] = summary.pop("step_seconds", {})  # none when the warehouse was up to date
    stages = dict.fromkeys(STAGES, 0.0)
    for key, seconds in steps.items():
        stage = STEP_STAGE.get(key, "checks")  # the rest are the Great Expectations asset checks
        stages[stage] += seconds
    return {
        "wall_s": round(wall, 2),
        "job_s": summary["seconds"],
        "stages_s": {k: round(v, 2) for k, v in stages.items()},
        "startup_and_overhead_s": round(wall - sum(stages.values()), 2),
        "articles_per_s": round((articles or size) / wall, 1),
        "peak_rss_mb": round(peak[0] / 2**20),
        "steps_s": steps,
        "summary": summary,
    }


def reruns_after(corpus: Path, size: int, seed: int, full_wall: float) -> dict[str, dict[str, object]]:
    """The daily case after a full build: the same folder again (nothing changed), then 1% new articles (at least
    one) in a sub-folder, each timed like the full build and as a share of its wall time."""
    out = {}
    unchanged = run_pipeline(corpus, size, cold=False)
    out["rerun_unchanged"] = {**unchanged, "pct_of_full": round(100 * unchanged["wall_s"] / full_wall, 1)}
    print(
        f"[{size}] unchanged rerun {unchanged['wall_s']}s ({out['rerun_unchanged']['pct_of_full']}% of the full "
        f"build), up to date: {unchanged['summary'].get('up_to_date', False)}",
        flush=True,
    )
    added = max(1, size // 100)
    try:
        write_articles(corpus / PLUS_DIR, added, seed + 1, "p")
        plus = run_pipeline(corpus, size, cold=False, articles=size + added)
    finally:
        shutil.rmtree(corpus / PLUS_DIR, ignore_errors=True)
    out["rerun_plus_1pct"] = {
        **plus,
        "articles_added": added,
        "pct_of_full": round(100 * plus["wall_s"] / full_wall, 1),
    }
    print(
        f"[{size}] +{added} articles rerun {plus['wall_s']}s ({out['rerun_plus_1pct']['pct_of_full']}% of the full "
        f"build), stages {plus['stages_s']}",
        flush=True,
    )
    return out


def grep_floor(corpus: Path) -> dict[str, float]:
    """The floor: one `grep -E` pass over the files printing every number-before-count-noun match."""
    started = time.perf_counter()
    out = subprocess.run(
        ["grep", "-rhoiE", NUMBER_NEAR_KEYWORD, str(corpus)],
        capture_output=True,
        check=False,
        env={**os.environ, "LC_ALL": "C"},
    )
    seconds = time.perf_counter() - started
    return {"seconds": round(seconds, 3), "matches": out.stdout.count(b"\n")}


def python_baseline(corpus: Path) -> dict[str, float]:
    """What a user would write instead: loop over the files, `re` for numbers before count nouns, parse values."""
    started = time.perf_counter()
    facts = []
    for path in sorted(corpus.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for m in _PY_NUMBER.finditer(text):
            value = float(m.group(1).replace(".", "").replace(",", "."))
            facts.append(
                (path.name, value * _MULT.get((m.group(2) or "").lower(), 1), m.group(3).lower(), m.start())
            )
    seconds = time.perf_counter() - started
    return {"seconds": round(seconds, 3), "matches": len(facts)}


# ------------------------------------------------------------------------------------------------- report


def print_table(results: list[dict[str, object]]) -> None:
    head = [
        "articles",
        *STAGES,
        "overhead",
        "wall",
        "art/s",
        "RSS MB",
        "grep",
        "python",
        "extract/grep",
        "python/extract",
    ]
    print(" | ".join(f"{h:>9}" for h in head))
    for r in results:
        p, g, py = r["pipeline"], r["grep"], r["python"]
        ext = p["stages_s"]["extract"]
        row = [
            r["articles"],
            *(p["stages_s"][s] for s in STAGES),
            p["startup_and_overhead_s"],
            p["wall_s"],
            p["articles_per_s"],
            p["peak_rss_mb"],
            g["seconds"],
            py["seconds"],
            f"{ext / g['seconds']:.1f}x",
            f"{py['seconds'] / ext:.2f}x",
        ]
        print(" | ".join(f"{v:>9}" for v in row))
    print()
    print(
        " | ".join(
            f"{h:>16}"
            for h in ["articles", "full wall", "unchanged rerun", "% of full", "+1% rerun", "% of full"]
        )
    )
    for r in results:
        same, plus = r["rerun_unchanged"], r["rerun_plus_1pct"]
        row = [
            r["articles"],
            r["pipeline"]["wall_s"],
            same["wall_s"],
            same["pct_of_full"],
            plus["wall_s"],
            plus["pct_of_full"],
        ]
        print(" | ".join(f"{v:>16}" for v in row))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000", help="Comma-separated corpus sizes.")
    parser.add_argument("--seed", type=int, default=20240615)
    args = parser.parse_args()
    results = []
    for size in [int(s) for s in args.sizes.split(",")]:
        t0 = time.perf_counter()
        corpus = build_corpus(size, args.seed)
        settle(corpus)
        print(f"[{size}] corpus ready in {time.perf_counter() - t0:.1f}s: {corpus}", flush=True)
        pipeline = run_pipeline(corpus, size)
        print(f"[{size}] pipeline {pipeline['wall_s']}s, stages {pipeline['stages_s']}", flush=True)
        reruns = reruns_after(corpus, size, args.seed, pipeline["wall_s"])
        grep, python = grep_floor(corpus), python_baseline(corpus)
        extract = pipeline["stages_s"]["extract"]
        results.append(
            {
                "articles": size,
                "corpus_bytes": sum(p.stat().st_size for p in corpus.glob("*.txt")),
                "pipeline": pipeline,
                **reruns,
                "grep": grep,
                "python": python,
                "extract_vs_grep": round(extract / grep["seconds"], 2),
                "python_vs_extract": round(python["seconds"] / extract, 3),
            }
        )
    print_table(results)
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    machine = {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load_avg_at_end": os.getloadavg(),
    }
    path = RESULTS_DIR / f"{stamp}.json"
    path.write_text(json.dumps({"seed": args.seed, "machine": machine, "results": results}, indent=1))
    print(f"results: {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
