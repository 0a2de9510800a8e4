"""The vectorised number finder: every figure of every article with the words around it, in one Polars pass.

Most numbers are no facts; the resolvers (transforms/facts/dispatch.py) only see these few candidates per
article, as `Candidate` records.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

import polars as pl

from transforms.dates import NUMBER_WORDS
from transforms.facts.lexicon import (
    ANAPHORIC_NOUNS,
    BLOCK_OBJECTS,
    CASE_NOUNS,
    CURRENCY_PREFIXES,
    MONEY_NOUNS,
    MONEY_TOKEN,
    PEOPLE_NOUNS_STRONG,
    PEOPLE_NOUNS_WEAK,
)
from transforms.numbers import MULTIPLIERS, NUMBER_TOKEN, VAGUE, number_value_expr

PREV_WORDS = 6


class Candidate(NamedTuple):
    """One number expression: its value, the two words after it (past a multiplier such as "juta") and the six
    words before it (`prev1` nearest). Offsets are in the article body."""

    article_id: str
    sent_idx: int
    tok_idx: int
    token: str | None
    value: float
    is_vague: bool
    is_money: bool
    noun1: str | None
    noun2: str | None
    num_start: int
    num_end: int
    noun_end: int | None
    prev1: str | None
    prev2: str | None
    prev3: str | None
    prev4: str | None
    prev5: str | None
    prev6: str | None

    @property
    def words_before(self) -> list[str | None]:
        """The six words before the figure in reading order (the nearest last)."""
        return [self.prev6, self.prev5, self.prev4, self.prev3, self.prev2, self.prev1]


def find_number_candidates(tokens: pl.DataFrame) -> pl.DataFrame:
    """Every number expression with the words around it (vectorised over all articles).

    Columns: those of `Candidate`, in its order.
    """
    t = _with_neighbours(tokens)
    is_num = pl.col("token").str.contains(NUMBER_TOKEN)
    vague_two = pl.concat_str([pl.col("norm"), pl.col("next1")], separator=" ")
    is_vague = pl.col("norm").is_in(list(VAGUE))
    is_word = _is_counted_number_word()
    cands = t.filter(is_num | is_vague | is_word)
    has_mult = pl.col("next1").is_in(list(MULTIPLIERS)) & ~pl.col("next1").is_in(["m", "t"])
    vague_mult = is_vague & vague_two.is_in(list(VAGUE))
    consumed = has_mult | vague_mult
    value = (
        pl.when(is_vague & vague_mult)
        .then(vague_two.replace_strict(VAGUE, default=None, return_dtype=pl.Float64))
        .when(is_vague)
        .then(pl.col("norm").replace_strict(VAGUE, default=None, return_dtype=pl.Float64))
        .when(is_word)
        .then(pl.col("norm").replace_strict(NUMBER_WORDS, default=None, return_dtype=pl.Float64))
        .otherwise(number_value_expr(pl.col("token"), pl.col("next1")))
    )
    is_money = _is_money(consumed)
    return (
        cands.with_columns(
            value.alias("value"),
            is_vague.alias("is_vague"),
            is_money.alias("is_money"),
            pl.when(consumed).then(pl.col("next2")).otherwise(pl.col("next1")).alias("noun1"),
            pl.when(consumed).then(pl.col("next3")).otherwise(pl.col("next2")).alias("noun2"),
            pl.col("start").alias("num_start"),
            pl.when(consumed).then(pl.col("end1")).otherwise(pl.col("end")).alias("num_end"),
            pl.when(consumed).then(pl.col("end2")).otherwise(pl.col("end1")).alias("noun_end"),
        )
        .select(Candidate._fields)
        .filter(pl.col("value").is_not_null() & (pl.col("value") > 0))
    )


def _with_neighbours(tokens: pl.DataFrame) -> pl.DataFrame:
    """Each token with the words and ends of the tokens around it in its sentence (next1..3, prev1..PREV_WORDS,
    end1..3, next1_raw), so the rules read a number's context as columns."""
    over = ("article_id", "sent_idx")
    # Each sentence's tokens are one block of rows (tokenize's order), so "k tokens away in the same sentence" is a
    # plain shift whose row has the same sentence number, not a window (group-by) per shift; windows when a caller
    # passes the rows out of order.
    block = (pl.col("article_id") != pl.col("article_id").shift(1)) | (
        pl.col("sent_idx") != pl.col("sent_idx").shift(1)
    )
    tokens = tokens.with_columns(block.fill_null(True).cum_sum().alias("_sent"))
    blocks = tokens.height == 0 or tokens["_sent"].max() == tokens.select(over).n_unique()

    def near(column: str, k: int) -> pl.Expr:
        if blocks:
            return pl.when(pl.col("_sent").shift(k) == pl.col("_sent")).then(pl.col(column).shift(k))
        return pl.col(column).shift(k).over(over)

    return tokens.with_columns(
        *[near("norm", -k).alias(f"next{k}") for k in (1, 2, 3)],
        *[near("norm", k).alias(f"prev{k}") for k in range(1, PREV_WORDS + 1)],
        *[near("end", -k).alias(f"end{k}") for k in (1, 2, 3)],
        near("raw", -1).alias("next1_raw"),
    )


def _is_counted_number_word() -> pl.Expr:
    """ "lima tersangka", "delapan korban", "tiga akun": small numbers are written out; only kept before a count
    noun or a blocked object, or before the count they are a part of ("empat dari 16 WNI")."""
    return pl.col("norm").is_in(list(NUMBER_WORDS)) & (
        pl.col("next1").is_in(
            list(CASE_NOUNS)
            + list(PEOPLE_NOUNS_STRONG)
            + list(PEOPLE_NOUNS_WEAK)
            + list(ANAPHORIC_NOUNS)
            + list(BLOCK_OBJECTS)  # "menutup tiga akun", "Sembilan rekening sisanya"
        )
        | ((pl.col("next1") == "di") & (pl.col("next2") == "antaranya"))
        # "Empat dari 16 WNIB itu": a part of a count given after it
        | ((pl.col("next1") == "dari") & pl.col("next2").str.contains(NUMBER_TOKEN))
    )


def _is_money(consumed: pl.Expr) -> pl.Expr:
    """Whether a number is an amount of money: a currency token or prefix, a money noun after it (after its
    multiplier if `consumed`), or the first end of a range ending in one ("1.000 hingga 1.500 dolar AS")."""
    return (
        pl.col("token").str.contains(MONEY_TOKEN)
        | pl.col("prev1").is_in(list(CURRENCY_PREFIXES))
        | pl.col("next1").is_in(list(MONEY_NOUNS))
        | (consumed & pl.col("next2").is_in(list(MONEY_NOUNS)))
        # the first end of a range: "1.000 hingga 1.500 dolar AS"
        | (
            pl.col("next1").is_in(["hingga", "sampai", "-", "s.d."])
            & pl.col("next3").is_in(list(MONEY_NOUNS))
        )
    )


def iter_candidates(candidates: pl.DataFrame) -> Iterator[Candidate]:
    """The candidates in reading order (article, then offset), as named records."""
    for row in candidates.sort("article_id", "num_start").select(Candidate._fields).iter_rows():
        yield Candidate(*row)
