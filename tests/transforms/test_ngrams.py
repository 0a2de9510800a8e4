"""`text.ngrams` with a cap per starting token gives exactly the uncapped runs no longer than the cap, in the same
order, whether the sentences come in order (the gathered growth) or not (the window fallback); and the cap the
reference look-up uses never drops a run that names an entity."""

from __future__ import annotations

import polars as pl
import pytest

from transforms.entities import MAX_NGRAM, _longest_form
from transforms.reference import load_reference
from transforms.text import ngrams, split_sentences, tokenize

BODY = (
    "Kementerian Luar Negeri Republik Indonesia memulangkan 12 WNI dari Kamboja. "
    "Direktur Perlindungan WNI Kemlu, Judha Nugraha, menyebut Polri dan Bareskrim Polri ikut membantu.\n"
    "Baca juga: Kemnko Polhukam Bentuk Satgas TPPO"
)


def _tokens() -> pl.DataFrame:
    articles = pl.DataFrame({"article_id": ["a", "b"], "body": [BODY, BODY.upper()]})
    return tokenize(split_sentences(articles))


CAP = pl.when(pl.col("tok_idx") % 3 == 0).then(1).when(pl.col("tok_idx") % 3 == 1).then(5).otherwise(0)


@pytest.mark.parametrize("shuffled", [False, True], ids=["in_order", "out_of_order"])
def test_capped_runs_are_the_uncapped_ones_up_to_the_cap(shuffled: bool) -> None:
    tokens = _tokens()
    if shuffled:
        tokens = tokens.reverse()
    full = ngrams(tokens, 6)
    caps = tokens.select("article_id", "sent_idx", "tok_idx", CAP.alias("cap"))
    expected = (
        full.join(caps, on=["article_id", "sent_idx", "tok_idx"], how="left", maintain_order="left")
        .filter(pl.col("n") <= pl.col("cap"))
        .drop("cap")
    )
    capped = ngrams(tokens, 6, CAP)
    assert capped.height > 0
    assert capped.sort(capped.columns).equals(expected.sort(expected.columns))
    if not shuffled:
        assert capped.equals(expected)


def test_reference_cap_keeps_every_run_that_names_an_entity() -> None:
    tokens = _tokens()
    forms = load_reference().surface_forms
    full, capped = ngrams(tokens, MAX_NGRAM), ngrams(tokens, MAX_NGRAM, _longest_form(forms))
    assert capped.height < full.height
    for column, cased in (("phrase", False), ("phrase_cased", True)):
        names = forms.filter(pl.col("case_sensitive") == cased).select(pl.col("phrase").alias(column))
        found_full, found_capped = (g.join(names, on=column, how="semi") for g in (full, capped))
        assert found_capped.sort(found_capped.columns).equals(found_full.sort(found_full.columns))
    assert full.join(forms.select("phrase"), on="phrase", how="semi").height > 3
