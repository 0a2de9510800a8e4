"""The annotated sets are consistent with their articles (tests/fixtures/validate_gold.py): every evidence quote is
in its article, every value is written in its evidence, every weekday matches its date, keys are exact. An
annotation edit that breaks one of these fails here, naming the file and the problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fixtures.validate_gold import SETS, check


@pytest.mark.parametrize("folder", SETS, ids=[s.name for s in SETS])
def test_annotated_set_is_consistent(folder: Path) -> None:
    assert sorted(folder.glob("articles/*.txt")), folder
    assert check(folder) == []
