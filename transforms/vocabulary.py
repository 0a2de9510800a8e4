"""The closed vocabularies of the extracted tables, defined once.

Every enum-like column the extractor writes takes its values from here; the Great Expectations suites import
these tuples and tests/expectations/test_vocabulary.py checks that dbt's `accepted_values` list the same values
(shared/CONTRACT.md). ENTITY_TYPES and ROLES are still spelt as literals in entities.py and delegations.py.
"""

from __future__ import annotations

FACT_TABLES = ("case_counts", "blocked_content")
UNITS = ("cases", "people")
CATEGORIES = ("online_gambling", "online_scam", "trafficking", "mixed", "other")
OBJECT_TYPES = ("site", "content", "page", "account", "bank_account", "e_wallet", "keyword", "other")
QUALIFIERS = ("exact", "at_least", "about", "at_most")
PERIOD_PRECISIONS = ("day", "month", "year", "open")
ENTITY_TYPES = ("agency", "country", "person")  # entity_mentions.entity_type
ROLES = ("lead", "member", "counterpart")  # delegation_participants.role
# fct_case_counts / fct_blocked_content.figure_kind (transforms/facts/relations.py)
FIGURE_KINDS = ("period", "running_total", "change")
