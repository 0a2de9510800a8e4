"""Every pattern of the rule lexicons against the sentences it exists for (its `matches`) and the ones it must
leave alone (its `rejects`). A pattern without examples fails `test_every_pattern_has_examples`."""

from __future__ import annotations

import re
from types import ModuleType

import pytest

from transforms import delegations, entities, persons, vocabulary
from transforms.facts import lexicon
from transforms.patterns import EXAMPLES
from transforms.text import Scan

# The modules whose every module-level pattern must come with examples.
LEXICONS: list[ModuleType] = [lexicon, entities, delegations, persons]


def _patterns() -> list[tuple[str, re.Pattern[str] | Scan]]:
    return [
        (f"{module.__name__.rsplit('.', 1)[-1]}.{name}", value)
        for module in LEXICONS
        for name, value in vars(module).items()
        # a Scan once transforms.extract is imported (text.gate_scans)
        if isinstance(value, (re.Pattern, Scan))
    ]


PATTERNS = _patterns()


@pytest.mark.parametrize(("name", "compiled"), PATTERNS, ids=[name for name, _ in PATTERNS])
def test_every_pattern_has_examples(name: str, compiled: re.Pattern[str]) -> None:
    assert compiled in EXAMPLES, f"{name} has no examples: declare it with lexicon.pattern(...)"
    assert EXAMPLES[compiled].matches, f"{name} has no positive example"


CASES = [
    (f"{name}:{'matches' if positive else 'rejects'}:{text!r}", compiled, text, positive)
    for name, compiled in PATTERNS
    if compiled in EXAMPLES
    for positive, texts in (
        (True, EXAMPLES[compiled].matches),
        (False, EXAMPLES[compiled].rejects),
    )
    for text in texts
]


@pytest.mark.parametrize(("case", "compiled", "text", "positive"), CASES, ids=[c[0] for c in CASES])
def test_pattern_examples(case: str, compiled: re.Pattern[str], text: str, positive: bool) -> None:
    assert bool(compiled.search(text)) is positive, case


def test_lexicon_values_are_in_the_vocabulary() -> None:
    """The values the rules write come from transforms/vocabulary.py, the one definition of the closed sets."""
    assert set(lexicon.CASE_NOUNS.values()) <= set(vocabulary.UNITS)
    assert {name for name, _ in lexicon.CATEGORY_PATTERNS} <= set(vocabulary.CATEGORIES)
    assert set(lexicon.BLOCK_OBJECTS.values()) | set(lexicon.OBJECT_REFINED.values()) <= set(
        vocabulary.OBJECT_TYPES
    )
    assert set(vocabulary.OBJECT_TYPES) >= lexicon.ONLINE_CONTENT
    assert {qualifier for _, qualifier in lexicon.QUALIFIER_BEFORE} <= set(vocabulary.QUALIFIERS)
