"""One candidate read in its article: the words and text around the figure every rule looks at.

Everything here depends only on the article and the candidate, never on the discourse so far, so it is computed
lazily and at most once.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Generic, TypeVar

from transforms.facts.candidates import Candidate
from transforms.facts.context import ArticleContext, Sentence
from transforms.facts.lexicon import (
    ANAPHORA,
    ANAPHORIC_NOUNS,
    BLOCK_OBJECTS,
    COPULAS,
    COUNTED,
    COUNTED_NOUNS,
    HEDGES,
    NEXT_NUMBER,
    PERIOD_ANAPHOR,
    WORD_FIGURE_BEFORE,
)
from transforms.text import may_match

T = TypeVar("T")


@lru_cache(maxsize=8192)
def says(pattern: re.Pattern[str], sentence: str) -> bool:
    """`pattern` is found in a whole sentence: the rules ask it once per figure, so a sentence with several figures
    (and the sentence before each) would be scanned again for every one. A sentence without any of the words one of
    which every match holds (`text.may_match`) is not scanned."""
    return may_match(pattern, sentence) and pattern.search(sentence) is not None


class cached_property(Generic[T]):  # noqa: N801 (a drop-in for functools.cached_property)
    """`functools.cached_property` without its lock: Python 3.11's takes an RLock on every first access, which was
    a tenth of the fact rules' time; a Figure lives in one thread."""

    def __init__(self, fn: Callable[[Any], T]) -> None:
        self.fn = fn
        self.name = fn.__name__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: Any, owner: type | None = None) -> T:
        if obj is None:
            return self  # type: ignore[return-value]
        value = obj.__dict__[self.name] = self.fn(obj)
        return value


def linking(word: str | None) -> bool:
    """A copula ("merupakan") or a hedge ("terduga") between a figure and the noun it counts."""
    return word in COPULAS or word in HEDGES


def counted_noun(noun1: str | None, noun2: str | None) -> str | None:
    """The word a figure counts: the one after it, past a copula or a hedge."""
    return noun2 if linking(noun1) else noun1


@dataclass
class Figure:
    """A candidate figure of article `c` in sentence `sent`."""

    c: ArticleContext
    cand: Candidate
    sent: Sentence

    @cached_property
    def prev(self) -> list[str | None]:
        return self.cand.words_before

    @cached_property
    def linked(self) -> bool:
        """A copula ("537 merupakan entitas pinjol") or a hedge ("57 terduga tersangka") stands between the figure
        and the noun it counts."""
        return linking(self.cand.noun1)

    @cached_property
    def noun1(self) -> str:
        """The word the figure counts: the one after it, past a copula or a hedge (`linked`)."""
        return counted_noun(self.cand.noun1, self.cand.noun2) or ""

    @cached_property
    def noun2(self) -> str:
        """The word after `noun1` (unknown, so empty, past a copula or a hedge)."""
        return "" if self.linked else self.cand.noun2 or ""

    @cached_property
    def value(self) -> float:
        return float(self.cand.value)

    @cached_property
    def token_len(self) -> int:
        return len(self.cand.token or "")

    @cached_property
    def num_at(self) -> int:
        """The figure's offset in its sentence."""
        return self.cand.num_start - self.sent.start

    @cached_property
    def text_after(self) -> str:
        """From the figure to the end of its sentence."""
        return self.c.body[self.cand.num_start : self.sent.end]

    @cached_property
    def window(self) -> str:
        """From the figure up to the next figure of the sentence (its own words)."""
        next_num = NEXT_NUMBER.search(self.text_after[self.token_len :])
        return self.text_after[: self.token_len + next_num.start()] if next_num else self.text_after

    @cached_property
    def previous(self) -> list[str]:
        """Up to two sentences before, in the same paragraph, nearest first."""
        idx = self.sent.sent_idx
        before = self.c.sentences[max(0, idx - 2) : idx]
        return [s.text for s in before if s.para_idx == self.sent.para_idx][::-1]

    @cached_property
    def anaphoric(self) -> bool:
        """The sentence refers back to a figure given before ("dari jumlah itu", "periode yang sama"). A part cue
        ("di antaranya", "sisanya") after a later figure of the sentence is that figure's: in "162 pekerja ..., 69 di
        antaranya WNI" the 69 counts within the 162, and the 162 refers to nothing before; a period cue ("dalam
        periode yang sama") scopes the whole clause wherever it stands."""
        if not says(ANAPHORA, self.sent.text):  # most sentences: one cached scan per sentence, not per figure
            return False
        own_end = self.num_at + len(self.window)
        text = self.sent.text
        return any(
            PERIOD_ANAPHOR.search(m.group(0))
            or m.start() < self.num_at
            or (
                m.start() < own_end
                # "11 orang, sepuluh di antaranya": a figure in words stands between (the window ends at digits only)
                and not WORD_FIGURE_BEFORE.search(text[self.num_at + self.token_len : m.start()])
            )
            for m in ANAPHORA.finditer(text)
        )

    @cached_property
    def surface_end(self) -> int:
        """Where the figure's evidence ends: after its noun when it has one."""
        return self.cand.noun_end or self.cand.num_end

    @cached_property
    def within_total(self) -> bool:
        """ "Dari jumlah itu, 60.122 kasus telah diselesaikan": a cue before the figure places it inside the count
        before it (a period cue such as "periode yang sama" shares only the time)."""
        return self.anaphoric and any(
            m.start() < self.num_at and not PERIOD_ANAPHOR.search(m.group(0))
            for m in ANAPHORA.finditer(self.sent.text)
        )

    @cached_property
    def refers_back(self) -> bool:
        """A bare "312 di antaranya" / "105 lainnya"."""
        return self.noun1 in ANAPHORIC_NOUNS or (self.noun1 == "di" and self.noun2 == "antaranya")

    @cached_property
    def antecedent(self) -> str | None:
        """What the figure a referring-back figure stands for counted (None for other figures)."""
        if not self.refers_back:
            return None
        return antecedent_noun(self.c, self.sent.sent_idx, self.cand.num_start, self.noun1 == "di")


def antecedent_noun(c: ArticleContext, sent_idx: int, num_start: int, among: bool) -> str | None:
    """What the figure before an anaphoric one counted, in its sentence or else the sentence before.

    "tujuh di antaranya" (`among`) picks from the figure right before it ("sepuluh negara, dengan tujuh di
    antaranya" counts countries); "105 lainnya" contrasts with the nearest figure of something counted ("449 orang
    tiba menggunakan dua pesawat, sementara 105 lainnya") and, when that one is anaphoric too, with what it
    counted: the figure before it in the chunk or, when it opens the chunk ("Sebanyak 29 di antaranya dievakuasi,
    sedangkan 24 lainnya ..." after "53 WNI" in the sentence before), what the sentence before counted."""
    sent = c.sentence(sent_idx)
    chunks = [(sent.text[: num_start - sent.start], among)]
    if sent_idx > 0:  # across a sentence end, the figure the new sentence goes on about is a counted one
        chunks.append((c.sentence(sent_idx - 1).text, False))
    for chunk, nearest in chunks:
        for m in reversed(list(COUNTED.finditer(chunk))):
            noun = m.group(1).lower()
            if (
                noun in COPULAS
            ):  # "508 merupakan entitas pinjol ilegal, sedangkan 28 sisanya": the noun after it
                after = re.match(r"\s+([\w-]+)", chunk[m.end() :])
                noun = after.group(1).lower() if after else noun
            if noun in ANAPHORIC_NOUNS or (
                noun == "di" and chunk[m.end() :].lstrip().lower().startswith("antaranya")
            ):
                before = list(COUNTED.finditer(chunk[: m.start()]))
                if before:
                    return before[-1].group(1).lower()
                break  # it opens the chunk: it counts within what the sentence before counted
            if nearest or noun in COUNTED_NOUNS or noun in BLOCK_OBJECTS:
                return noun
    return None
