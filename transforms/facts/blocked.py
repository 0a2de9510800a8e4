"""Blocked content: sites, contents, accounts blocked, taken down, cut off or frozen ("memblokir 2,1 juta situs"),
and the items of a blocked total listed after it ("rinciannya: ... Meta 7.523, Google 1.612")."""

from __future__ import annotations

from dataclasses import dataclass

from transforms.facts.attributes import agency, breaks_down, fact_base, fact_id, fill_gaps
from transforms.facts.context import ArticleContext, BlockedMark
from transforms.facts.figure import Figure
from transforms.facts.ledger import Ledger
from transforms.facts.lexicon import (
    BERUPA,
    BLOCK_OBJECTS,
    BLOCK_VERBS,
    CASE_NOUNS,
    COMMS_MINISTRIES,
    CONJUNCTION,
    ITEMISING,
    LATER_FIGURE,
    LIST_ITEM,
    NOT_BLOCKED_VERBS,
    OBJECT_REFINED,
    ONLINE_CONTENT,
    PEOPLE_NOUNS_STRONG,
    PEOPLE_NOUNS_WEAK,
    RATE_AFTER,
    SLIPPED_IN,
)
from transforms.facts.relations import relate


def blocking(text: str, num_at: int) -> bool:
    """The sentence blocks something, and no 'found/reported' verb stands between that and the figure."""
    verbs = list(BLOCK_VERBS.finditer(text))
    if not verbs:
        return False
    before = [m for m in verbs if m.start() < num_at]
    if not before:
        # "... 2,1 juta situs dan 300 ribu akun telah diblokir" - but in "ada 329 rekening, 202 rekening sudah kita
        # blokir" the verb belongs to the second figure only.
        between = text[num_at : verbs[0].start()]
        later_figure = LATER_FIGURE.search(between)
        return not (later_figure and not CONJUNCTION.search(between))
    return not NOT_BLOCKED_VERBS.search(text[before[-1].end() : num_at])


def follows_block_verb(c: ArticleContext, sent_idx: int) -> bool:
    """The sentence before, in the same paragraph, blocks something ("... tetap harus kami tangani. Ada lebih dari
    123 ribu konten di file sharing")."""
    if sent_idx == 0 or c.sentences[sent_idx - 1].para_idx != c.sentences[sent_idx].para_idx:
        return False
    text = c.sentences[sent_idx].text
    return bool(BLOCK_VERBS.search(c.sentences[sent_idx - 1].text)) and not NOT_BLOCKED_VERBS.search(text)


def continues_blocked(fig: Figure) -> bool:
    """The sentence goes on about the blocked figure before it: refers back to it, follows a blocking sentence,
    or itemises it within three sentences ("yakni sebanyak 1.248.405 konten")."""
    d, sent_idx = fig.c.discourse, fig.sent.sent_idx
    return d.kind == "blocked" and (
        fig.anaphoric
        or follows_block_verb(fig.c, sent_idx)
        or (
            d.blocked is not None
            and sent_idx - d.blocked.sent_idx <= 3
            and bool(ITEMISING.search(fig.sent.text))
        )
    )


def is_list_item(fig: Figure, continues: bool) -> bool:
    """A bare figure of a list that itemises the latest blocked total ("lalu di Meta 106 ribu, Google 41 ribu")."""
    last = fig.c.discourse.blocked
    noun1 = fig.noun1
    return bool(
        last is not None
        and (last.sent_idx == fig.sent.sent_idx or continues)
        and not (fig.refers_back and fig.antecedent not in BLOCK_OBJECTS)
        and noun1 not in BLOCK_OBJECTS
        and noun1 not in CASE_NOUNS
        and noun1 not in PEOPLE_NOUNS_STRONG
        and noun1 not in PEOPLE_NOUNS_WEAK
        and (LIST_ITEM.match(fig.text_after) or noun1 in {"dari", "di", "pada"})
    )


@dataclass(frozen=True)
class BlockedCue:
    """Whether a figure is blocked content, and how: as a list item of the total before it or on its own."""

    list_item: bool
    claims: bool


def blocked_cue(fig: Figure) -> BlockedCue:
    """A list item of a blocked total, or a blocked object ("situs", "akun") in a blocking sentence or one that
    continues a blocked figure."""
    continues = continues_blocked(fig)
    list_item = is_list_item(fig, continues)
    claims = list_item or (fig.noun1 in BLOCK_OBJECTS and (blocking(fig.sent.text, fig.num_at) or continues))
    return BlockedCue(list_item, claims)


def object_type(fig: Figure, list_item: bool) -> str:
    """The list's object for a list item; else from the noun(s) ("akun dompet elektronik" -> e_wallet); pages
    slipped into other sites are pages; "konten berupa situs" is sites."""
    last = fig.c.discourse.blocked
    if list_item and last:
        kind = last.object_type
    else:
        kind = OBJECT_REFINED.get((fig.noun1, fig.noun2), BLOCK_OBJECTS.get(fig.noun1, "other"))
    if kind == "site" and SLIPPED_IN.search(fig.text_after[:80]):
        kind = "page"  # gambling pages slipped into school or government sites
    berupa = BERUPA.match(fig.text_after)
    if berupa and berupa.group(1).lower() in BLOCK_OBJECTS:
        kind = BLOCK_OBJECTS[berupa.group(1).lower()]
    return kind


def not_an_object(fig: Figure) -> bool:
    """ "kata" without "kunci", a rate ("14.238 konten per hari"), "dompet" that is no e-wallet."""
    c, end = fig.c, fig.surface_end
    if (fig.noun1 == "kata" and fig.noun2 != "kunci") or RATE_AFTER.match(c.body[end : end + 40]):
        return True
    return fig.noun1 == "dompet" and fig.noun2 not in {"digital", "elektronik"}


def blocked_agency(fig: Figure, list_item: bool, kind: str, found: str | None) -> str | None:
    """With no agency in its sentence, a list item takes its list's; sites and contents are cut off by the
    communications ministry the story names (if it names one before)."""
    c, sent = fig.c, fig.sent
    if c.in_span(c.agencies, sent.start, sent.end):
        return found
    last = c.discourse.blocked
    if list_item and last:
        return last.agency_id  # "lalu di Meta 106 ribu": the list's agency
    if kind in ONLINE_CONTENT:
        return next(
            (
                a.entity_id
                for a in reversed(c.agencies)
                if a.entity_id in COMMS_MINISTRIES and a.start < sent.end
            ),
            found,
        )
    return found


def resolve_blocked(fig: Figure, cue: BlockedCue, ledger: Ledger) -> None:
    """Keep a blocked figure (or fill the gaps of its earlier mention) and note it in the discourse."""
    c, sent = fig.c, fig.sent
    kind = object_type(fig, cue.list_item)
    if not_an_object(fig):
        return
    breakdown = breaks_down(sent.text, fig.num_at)
    base, period = fact_base(fig, breakdown)
    found = agency(c, sent.start, sent.end, fig.cand.num_start)
    total = ledger.facts.get(("blocked_total", c.article_id))
    if period is None and cue.list_item and total is not None:
        # an item of a blocked total ("Meta 7.523, Google 1.612") covers the total's period
        base.update({k: total[k] for k in ("period_start", "period_end", "period_precision")})
    key = ("blocked", c.article_id, fig.value, kind)
    if not ledger.first(key):
        fill_gaps(ledger.facts[key], base, found)
        return
    c.discourse.period = period or c.discourse.period
    c.discourse.kind = "blocked"
    agency_id = blocked_agency(fig, cue.list_item, kind, found)
    c.discourse.blocked = BlockedMark(sent.sent_idx, kind, agency_id)
    if not cue.list_item:
        ledger.facts[("blocked_total", c.article_id)] = base
    fact = {
        "fact_id": fact_id("blocked", c.article_id, fig.cand.num_start),
        **base,
        "object_type": kind,
        "agency_id": agency_id,
    }
    relate(fact, fig, period, ledger.totals, "blocked", cue.list_item or breakdown)
    ledger.facts[key] = fact
    ledger.blocked.append(fact)
