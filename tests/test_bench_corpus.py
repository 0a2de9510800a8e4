"""The benchmark's synthetic corpus (bench/run_bench.py): a template with few variants must not stall it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import run_bench  # noqa: E402

VARIED = "Judul\n\n" + "\n\n".join(
    f"Paragraf {n} menyebut {n}12 orang korban dan {n}34 konten yang diblokir polisi kemarin."
    for n in range(1, 6)
)
# No figure to redraw and one prose paragraph: a single distinct text.
FIXED = (
    "Judul lain\n\nSatu paragraf tanpa angka sama sekali yang tidak dapat diacak oleh generator korpus ini."
)


def test_a_used_up_template_hands_over_to_the_next(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "a_fixed.txt").write_text(FIXED, encoding="utf-8")
    (templates / "b_varied.txt").write_text(VARIED, encoding="utf-8")
    monkeypatch.setattr(run_bench, "TEMPLATE_DIRS", (templates,))
    monkeypatch.setattr(run_bench, "MAX_TRIES", 5)

    out = tmp_path / "corpus"
    run_bench.write_articles(out, 30, seed=7, prefix="a")

    files = sorted(out.glob("*.txt"))
    assert len(files) == 30
    assert len({" ".join(p.read_text(encoding="utf-8").split()) for p in files}) == 30
    assert sum("a_fixed" in p.name for p in files) == 1


def test_too_few_variants_is_an_error_not_a_hang(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "a_fixed.txt").write_text(FIXED, encoding="utf-8")
    monkeypatch.setattr(run_bench, "TEMPLATE_DIRS", (templates,))
    monkeypatch.setattr(run_bench, "MAX_TRIES", 5)

    with pytest.raises(RuntimeError, match="fewer than 3 distinct"):
        run_bench.write_articles(tmp_path / "corpus", 3, seed=7, prefix="a")
