"""Every agency id the extractor can emit exists in seeds/reference/agencies.csv.

dim_agency adds every id the extractor emits (is_in_reference false), so the relationships tests to it cannot
catch a misspelt code; in the pipeline the staging tests `*_in_reference_agencies` do. These are the fast,
pure counterparts: the sources of agency ids (the reference tables the matchers read, the code's literals) and
what the extractor actually emits on the sample and development articles.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import polars as pl

from transforms.clean import clean_articles
from transforms.extract import extract_all
from transforms.ingest import ingest_folder
from transforms.reference import load_reference

ROOT = Path(__file__).resolve().parents[2]
AGENCIES = set(pl.read_csv(ROOT / "seeds" / "reference" / "agencies.csv", infer_schema_length=0)["agency_id"])
COUNTRIES = set(
    pl.read_csv(ROOT / "seeds" / "reference" / "countries.csv", infer_schema_length=0)["country_id"]
)
CORPORA = (ROOT / "seeds" / "articles", ROOT / "tests" / "fixtures" / "devset" / "articles")

# Upper-case literals in transforms/ that are neither agency ids nor country codes (countries.csv). A new one
# fails the literal test below: add it to agencies.csv if it is an agency, here if it is not.
NOT_AGENCY_IDS = {
    # ISO 4217 currencies of the money extractor
    "AED",
    "AUD",
    "CAD",
    "CNY",
    "EUR",
    "HKD",
    "IDR",
    "JPY",
    "KHR",
    "KRW",
    "MMK",
    "MYR",
    "PHP",
    "SGD",
    "THB",
    "TWD",
    "USD",
    "VND",
    "NFC",
    "NFKC",
    "NFKD",  # Unicode normal forms
    "UTC",
    "GIF8",  # file signature
    "PANTAU_REFERENCE_DIR",
    "PANTAU_MODEL_CACHE",
    "XDG_CACHE_HOME",  # environment variables
    "BLOCKED_SCHEMA",
    "CASE_SCHEMA",
    "MONEY_SCHEMA",  # names in transforms.facts.__all__
    "SUTRISNO",  # an all-caps word a name pattern must reject (transforms/persons.py examples)
}
CODE_LIKE = re.compile(r"^[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)*$")  # two characters or more


def _unknown(ids: set[str | None]) -> list[str]:
    return sorted(i for i in ids if i and i not in AGENCIES)


def test_the_reference_tables_the_matchers_read_name_only_known_agencies() -> None:
    ref = load_reference()
    matched = set(ref.surface_forms.filter(pl.col("entity_type") == "agency")["entity_id"])
    assert matched and _unknown(matched) == []
    titled = set(ref.titles["agency_id"])
    assert len(titled - {""}) > 10 and _unknown(titled) == [], "titles.csv names agencies agencies.csv lacks"


def test_code_like_literals_in_transforms_are_known_agency_ids() -> None:
    literals: dict[str, str] = {}
    for path in sorted((ROOT / "transforms").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and CODE_LIKE.match(node.value):
                literals.setdefault(node.value, f"{path.relative_to(ROOT)}:{node.lineno}")
    assert {
        "KOMINFO",
        "KOMDIGI",
    } <= literals.keys()  # the scan sees the literal agency ids the rules compare to
    unknown = {
        value: where
        for value, where in literals.items()
        if value not in AGENCIES | COUNTRIES | NOT_AGENCY_IDS
    }
    assert unknown == {}, "neither in seeds/reference/agencies.csv nor a country or a known non-agency code"


def test_the_extractor_emits_only_known_agency_ids() -> None:
    ref = load_reference()
    emitted: dict[str, set[str | None]] = {}
    for corpus in CORPORA:
        x = extract_all(clean_articles(ingest_folder(corpus).articles), ref)
        for name, frame, column in (
            ("entity_mentions", x.entity_mentions.filter(pl.col("entity_type") == "agency"), "entity_id"),
            ("persons", x.persons, "agency_id"),
            ("case_counts", x.case_counts, "agency_id"),
            ("blocked_content", x.blocked_content, "agency_id"),
            ("delegations", x.delegations, "lead_agency_id"),
            ("delegation_participants", x.delegation_participants, "agency_id"),
        ):
            emitted.setdefault(f"{name}.{column}", set()).update(frame[column].to_list())
    assert all(ids - {None} for ids in emitted.values()), emitted  # every table names some agency
    unknown = {column: _unknown(ids) for column, ids in emitted.items() if _unknown(ids)}
    assert unknown == {}, "agency ids emitted that seeds/reference/agencies.csv lacks"
