"""One claim per figure across outlets, end to end: four articles about one event (tests/fixtures/claims/README.md)
through the real pipeline. The matching rules themselves are pinned row by row by the dbt unit tests on
int_claims__grouped; this checks that they hold on what the extractor really gives. The `claims_warehouse` fixture
is in tests/conftest.py (built in the background while other tests run)."""

from __future__ import annotations

from pathlib import Path

import duckdb


def _claims(path: Path, where: str) -> list[tuple]:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(f"""
            select value, n_articles, agency_id, agency_ids, country_id, period_start::varchar,
                   conflict_group_id, conflict_min_value, conflict_max_value
            from marts.fct_claims where {where} order by value, n_articles""").fetchall()


def test_the_embassy_the_ministry_and_an_unsourced_outlet_state_one_claim(claims_warehouse: Path) -> None:
    """62 WNI: KBRI with the day, Kemlu without it, a third outlet with neither agency nor date: one claim of
    three articles, with the most specific statement's attributes (the embassy's, dated)."""
    [(value, n_articles, agency, agencies, country, start, *_)] = _claims(claims_warehouse, "value = 62")
    assert (value, n_articles, agency, agencies, country, start) == (
        62,
        3,
        "KBRI",
        "KBRI,KEMLU",
        "KH",
        "2025-02-22",
    )


def test_a_different_figure_for_the_same_thing_is_a_conflict_with_its_spread(claims_warehouse: Path) -> None:
    rows = _claims(claims_warehouse, "value in (60, 62)")
    assert [r[0] for r in rows] == [60, 62]
    groups = {r[6] for r in rows}
    assert len(groups) == 1 and None not in groups
    assert {(r[7], r[8]) for r in rows} == {(60, 62)}


def test_one_agency_and_its_directorate_stating_a_blocked_figure_are_one_claim(
    claims_warehouse: Path,
) -> None:
    """Komdigi twice, and "Direktorat itu" (Ditjen Pengawasan Ruang Digital, a Komdigi unit) once: one claim."""
    rows = _claims(claims_warehouse, "value = 340")
    assert [(r[1], r[2]) for r in rows] == [(3, "KOMDIGI")]


def test_four_event_figures_told_by_three_outlets_are_four_claims_of_three_articles(
    claims_warehouse: Path,
) -> None:
    rows = _claims(claims_warehouse, "value in (5, 17, 62, 340)")
    assert sorted((r[0], r[1]) for r in rows) == [(5, 3), (17, 3), (62, 3), (340, 3)]
