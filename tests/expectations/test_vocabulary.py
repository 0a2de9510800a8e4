"""dbt's `accepted_values` list exactly the closed vocabularies of transforms/vocabulary.py (which the GE suites
import), so the SQL tests, the Python checks and the extractor cannot disagree on a category, unit or qualifier;
likewise the bounds both sides check."""

from __future__ import annotations

import json
import re
from collections import defaultdict

from expectations.suites import DBT_MANIFEST, MAX_BLOCKED
from transforms.dates import WINDOW_LENGTH_PATTERN
from transforms.vocabulary import (
    CATEGORIES,
    ENTITY_TYPES,
    FIGURE_KINDS,
    OBJECT_TYPES,
    PERIOD_PRECISIONS,
    QUALIFIERS,
    ROLES,
    UNITS,
)

VOCABULARIES: dict[str, tuple[str, ...]] = {
    "unit": UNITS,
    "category": CATEGORIES,
    "object_type": OBJECT_TYPES,
    "qualifier": QUALIFIERS,
    "period_precision": PERIOD_PRECISIONS,
    "entity_type": ENTITY_TYPES,
    "role": ROLES,
    "figure_kind": FIGURE_KINDS,
}


def _accepted_values() -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """column -> (model, values) of every accepted_values rule in dbt's manifest: a single `accepted_values` test
    or one column of a model's `column_rules` test."""
    found: dict[str, list[tuple[str, tuple[str, ...]]]] = defaultdict(list)
    for node in json.loads(DBT_MANIFEST.read_text(encoding="utf-8"))["nodes"].values():
        test = node.get("test_metadata") or {}
        if node["resource_type"] != "test":
            continue
        model = (node.get("attached_node") or "").rsplit(".", 1)[-1]
        if test.get("name") == "accepted_values":
            found[node["column_name"]].append((model, tuple(test["kwargs"]["values"])))
        elif test.get("name") == "column_rules":
            for column, values in (test["kwargs"].get("accepted_values") or {}).items():
                found[column].append((model, tuple(values)))
    return found


def test_dbt_accepted_values_equal_the_vocabularies() -> None:
    found = _accepted_values()
    for column, vocabulary in VOCABULARIES.items():
        assert found[column], f"no dbt accepted_values test on {column}"
        for model, values in found[column]:
            assert values == vocabulary, (
                f"{model}.{column}: dbt accepts {values}, transforms/vocabulary.py {vocabulary}"
            )


def test_the_fact_marts_test_every_vocabulary() -> None:
    """A vocabulary column that loses its accepted_values test in a mart would pass anything."""
    tested = {(model, column) for column, tests in _accepted_values().items() for model, _ in tests}
    for model, columns in {
        "fct_case_counts": ("unit", "category", "qualifier", "period_precision", "figure_kind"),
        "fct_blocked_content": ("object_type", "qualifier", "period_precision", "figure_kind"),
        "fct_entity_mentions": ("entity_type",),
        "fct_delegation_participants": ("role",),
    }.items():
        assert {(model, c) for c in columns} <= tested, model


def test_dbt_flags_blocked_figures_above_the_suites_bound() -> None:
    """The warn-only dbt test and the GE suites agree on when a blocked figure is implausible."""
    project = (DBT_MANIFEST.parents[1] / "dbt_project.yml").read_text(encoding="utf-8")
    assert [int(v) for v in re.findall(r"^\s+max_blocked_value:\s*(\d+)\s*$", project, re.M)] == [MAX_BLOCKED]


def test_dbt_and_the_suites_accept_the_same_window_lengths() -> None:
    """dbt's matches_pattern test on window_length and the extracted suite's regex rule are one pattern."""
    project = (DBT_MANIFEST.parents[1] / "dbt_project.yml").read_text(encoding="utf-8")
    assert re.findall(r"^\s+window_length_pattern:\s*'([^']*)'\s*$", project, re.M) == [WINDOW_LENGTH_PATTERN]
