"""Case counts, blocked content and money figures.

Candidate numbers are found for all articles at once on the token table (Polars, `candidates`): a number token,
an optional multiplier ("juta") and the noun after it decide the kind of fact. Only those candidates (a few per
article) go through the Python step (`dispatch.extract_facts`) that screens them (`screen`) and hands each to the
resolver of its kind (`money`, `blocked`, `cases`), which resolves category, agency, country, period and
qualifier (`attributes`) from the sentence, its neighbours and the discourse so far (`context`). Every word list
and pattern lives in `lexicon`, with the sentence it exists for.

Changing a rule: put its cue in `lexicon` (with `matches` / `rejects` examples), its logic in the function of the
resolver or attribute it refines, and a row named after it in tests/transforms/test_facts.py; then
`bench/compare_extraction.py <articles>` lists exactly the rows it moves against the base revision.
"""

from transforms.facts.attributes import fact_id
from transforms.facts.candidates import Candidate, find_number_candidates
from transforms.facts.context import ArticleContext, Discourse, Mention, Sentence, build_contexts
from transforms.facts.dispatch import extract_facts
from transforms.facts.ledger import BLOCKED_SCHEMA, CASE_SCHEMA, MONEY_SCHEMA

__all__ = [
    "BLOCKED_SCHEMA",
    "CASE_SCHEMA",
    "MONEY_SCHEMA",
    "ArticleContext",
    "Candidate",
    "Discourse",
    "Mention",
    "Sentence",
    "build_contexts",
    "extract_facts",
    "fact_id",
    "find_number_candidates",
]
