"""Patterns with the text they exist for: every rule pattern is declared with examples it must find and text it
must leave alone, checked by tests/transforms/test_lexicon.py for the modules listed there."""

from __future__ import annotations

import re
from dataclasses import dataclass

from transforms.text import cased_first


@dataclass(frozen=True)
class Examples:
    """What a pattern exists for: text it must find (`re.search`) and text it must not."""

    matches: tuple[str, ...]
    rejects: tuple[str, ...] = ()


EXAMPLES: dict[re.Pattern[str], Examples] = {}


def pattern(
    regex: str, flags: int = re.I, *, matches: tuple[str, ...], rejects: tuple[str, ...] = ()
) -> re.Pattern[str]:
    """Compile `regex` (a `text.starting_with` one so that its lookahead is fast) and record its examples."""
    compiled = cased_first(re.compile(regex, flags))
    EXAMPLES[compiled] = Examples(matches, rejects)
    return compiled


def examples(compiled: re.Pattern[str], *, matches: tuple[str, ...], rejects: tuple[str, ...] = ()) -> None:
    """Record the examples of a pattern compiled elsewhere."""
    EXAMPLES[compiled] = Examples(matches, rejects)
