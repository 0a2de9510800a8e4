"""Money figures: "Rp500 juta", "RM 3.000", "1.500 dolar AS" (one fact per value and article)."""

from __future__ import annotations

from transforms.facts.attributes import Fact, fact_id
from transforms.facts.candidates import Candidate
from transforms.facts.figure import Figure
from transforms.facts.ledger import Ledger
from transforms.facts.lexicon import CURRENCY_PREFIX, CURRENCY_PREFIXES, CURRENCY_WORDS, DOLLAR_COUNTRY, WORD


def currency(cand: Candidate, text_after: str) -> tuple[str | None, str | None]:
    """(ISO code, prefix as written) from a prefix ("Rp", "RM", "US$") or the first currency word after the figure
    ("dolar Singapura" -> SGD)."""
    m = CURRENCY_PREFIX.match(cand.token or "")
    if m:
        return CURRENCY_PREFIXES[m.group(1).lower()], None
    prev = (cand.prev1 or "").lower()
    if prev in CURRENCY_PREFIXES:
        return CURRENCY_PREFIXES[prev], prev
    words = WORD.findall(text_after.lower())[:6]
    for k, w in enumerate(words):
        if w in CURRENCY_WORDS:
            if w in {"dolar", "dollar"} and k + 1 < len(words) and words[k + 1] in DOLLAR_COUNTRY:
                return DOLLAR_COUNTRY[words[k + 1]], None
            return CURRENCY_WORDS[w], None
    return None, None


def money_fact(fig: Figure) -> Fact:
    """The money row of a figure; its surface starts at a separate prefix ("Rp 500 juta", "RM 3.000")."""
    c, cand, text, s_start = fig.c, fig.cand, fig.sent.text, fig.sent.start
    surface_end = cand.num_end
    code, prefix = currency(cand, c.body[cand.num_end : cand.num_end + 60])
    start = cand.num_start
    if prefix:
        found = text.lower().rfind(prefix, 0, cand.num_start - s_start)
        start = found + s_start if found >= 0 else start
    return {
        "fact_id": fact_id("money", c.article_id, start),
        "article_id": c.article_id,
        "value": fig.value,
        "currency": code or fig.noun1.upper(),
        "what": text[surface_end - s_start : surface_end - s_start + 60].strip() or None,
        "surface_text": c.body[start:surface_end],
        "sentence_text": text,
        "char_start": start,
        "char_end": surface_end,
    }


def resolve_money(fig: Figure, ledger: Ledger) -> None:
    """Keep the first mention of each amount of the article; a vague one ("ratusan triliun rupiah", an order of
    magnitude) is no amount."""
    if fig.cand.is_vague:
        return
    if ledger.first(("money", fig.c.article_id, fig.value)):
        ledger.money.append(money_fact(fig))
