"""The floors in tests/fixtures/floors.json catch one regression, per fact kind and per attribute (pure: scores are
built here, no warehouse)."""

from __future__ import annotations

import json
from pathlib import Path

from expectations.gold_eval import (
    FACT_TYPES,
    Scores,
    TypeScore,
    achieved,
    below_floors,
    floors_key,
    format_report,
    read_floors,
    record_floors,
)

ROOT = Path(__file__).resolve().parents[2]
FLOORS = ROOT / "tests" / "fixtures" / "floors.json"
SEEDS_GOLD = ROOT / "tests" / "fixtures" / "seeds_gold.jsonl"
DEV_GOLD = ROOT / "tests" / "fixtures" / "devset" / "gold.jsonl"


def _scores(tp: dict[str, int], attrs: dict[str, dict[str, tuple[int, int]]], published: int = 5) -> Scores:
    by_type = {name: TypeScore(tp=tp.get(name, 0)) for name in FACT_TYPES}
    for name, counts in attrs.items():
        by_type[name].attr_counts = {attr: [correct, total] for attr, (correct, total) in counts.items()}
    return Scores(by_type, published, 5, [])


PERFECT = _scores(
    {"persons": 14, "case_counts": 7}, {"delegations": {"met": (35, 35)}, "persons": {"agency": (14, 14)}}
)


def test_the_floors_are_what_was_achieved() -> None:
    assert below_floors(PERFECT, achieved(PERFECT)) == []


def test_one_missed_person_or_one_wrong_attribute_is_below_the_floors() -> None:
    floors = achieved(PERFECT)
    one_miss = _scores(
        {"persons": 13, "case_counts": 7}, {"delegations": {"met": (35, 35)}, "persons": {"agency": (13, 13)}}
    )
    one_miss.by_type["persons"].fn = 1
    assert below_floors(one_miss, floors) == ["persons F1 0.9629 < 1.0"]
    worse_attr = _scores(
        {"persons": 14, "case_counts": 7}, {"delegations": {"met": (34, 35)}, "persons": {"agency": (14, 14)}}
    )
    assert below_floors(worse_attr, floors) == ["delegations met 34/35 < 35/35"]
    lost_attr = _scores({"persons": 14, "case_counts": 7}, {"persons": {"agency": (14, 14)}})
    assert below_floors(lost_attr, floors) == ["delegations met 0/1 < 35/35"]
    late = _scores(
        {"persons": 14, "case_counts": 7},
        {"delegations": {"met": (35, 35)}, "persons": {"agency": (14, 14)}},
        published=4,
    )
    assert below_floors(late, floors) == ["published date 4/5 < 5/5"]


def test_a_score_without_a_floor_is_reported() -> None:
    floors = achieved(PERFECT)
    del floors["attributes"]["persons"]["agency"]
    assert below_floors(PERFECT, floors) == ["persons agency: no floor recorded"]


def test_record_floors_keeps_the_other_sets(tmp_path: Path) -> None:
    path = tmp_path / "floors.json"
    path.write_text(
        json.dumps({"seed_build_rows": {"dim_article": 5}, "scores": {"other.jsonl": {"f1": {}}}})
    )
    record_floors(PERFECT, path, SEEDS_GOLD)
    data = json.loads(path.read_text())
    assert data["seed_build_rows"] == {"dim_article": 5} and set(data["scores"]) == {
        "other.jsonl",
        floors_key(SEEDS_GOLD),
    }
    assert read_floors(path, SEEDS_GOLD) == json.loads(json.dumps(achieved(PERFECT)))


def test_the_floors_file_holds_both_gold_sets_and_the_seeds_at_their_perfect_scores() -> None:
    assert floors_key(SEEDS_GOLD) == "tests/fixtures/seeds_gold.jsonl"
    seeds, dev = read_floors(FLOORS, SEEDS_GOLD), read_floors(FLOORS, DEV_GOLD)
    assert set(seeds["f1"]) == set(dev["f1"]) == set(FACT_TYPES)
    assert set(seeds["f1"].values()) == {1.0}  # every seed score is 1.000, so is every seed floor
    assert all(
        c == t for kind in seeds["attributes"].values() for c, t in (v.split("/") for v in kind.values())
    )
    assert dev["attributes"]["delegations"] and dev["attributes"]["persons"]["agency"]


def test_the_report_prints_each_attribute_with_its_fraction() -> None:
    scores = _scores(
        {"delegations": 4},
        {"delegations": {"start_date": (3, 4), "lead_person": (4, 4)}, "persons": {"agency": (14, 14)}},
    )
    lines = format_report(scores, show_errors=False).splitlines()
    assert "delegations start_date          0.750     3/4" in lines
    assert "delegations lead_person         1.000     4/4" in lines
    assert "persons agency                  1.000    14/14" in lines
