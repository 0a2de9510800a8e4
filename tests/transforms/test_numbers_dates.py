from datetime import date

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.dates import find_periods, published_date_from_text, resolve_dateline
from transforms.numbers import NUMBER_TOKEN, number_value_expr, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [("2,1 juta", 2_100_000), ("886.719", 886_719), ("1.386", 1_386), ("Rp500 juta", 500_000_000),
     ("Rp 327 triliun", 327_000_000_000_000), ("3,5 miliar", 3_500_000_000), ("15", 15), ("ratusan", 100),
     ("ribuan", 1_000), ("12 ribu", 12_000)],
)
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "abc", "91 kali", "2,1 jutaan", "1.2.3", "pukul"])
def test_parse_number_rejects(text: str) -> None:
    assert parse_number(text) is None


def test_vectorised_numbers_match_scalar() -> None:
    df = pl.DataFrame({"token": ["2,1", "886.719", "Rp500", "1.386"], "next": ["juta", "konten", "juta", "kasus"]})
    out = df.select(number_value_expr(pl.col("token"), pl.col("next")).alias("v"))["v"].to_list()
    assert out == [2_100_000, 886_719, 500_000_000, 1_386]
    assert df["token"].str.contains(NUMBER_TOKEN).all()


@given(st.text(max_size=40))
@settings(max_examples=300)
def test_parsers_never_raise(text: str) -> None:
    parse_number(text)
    find_periods(text, date(2024, 1, 1), [2023])
    published_date_from_text(text)


@given(st.text(alphabet="0123456789/()-.,: JuliSabtuhinggasejak", max_size=60))
@settings(max_examples=300)
def test_date_parsers_never_raise_on_date_like_noise(text: str) -> None:
    for p in find_periods(text, date(2024, 6, 1), [2020, 2023]):
        assert p.start is None or p.end is None or p.start <= p.end


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("sejak 2020 hingga 2023", date(2020, 1, 1), date(2023, 12, 31), "year"),
        ("periode 2020-2023", date(2020, 1, 1), date(2023, 12, 31), "year"),
        ("pada 11-15 Juni 2024", date(2024, 6, 11), date(2024, 6, 15), "day"),
        ("17 Juli 2023 hingga 9 Oktober 2024", date(2023, 7, 17), date(2024, 10, 9), "day"),
        ("sejak 2020 telah menangani", date(2020, 1, 1), None, "open"),
        ("pada tahun 2023", date(2023, 1, 1), date(2023, 12, 31), "year"),
        ("Januari-Maret 2024", date(2024, 1, 1), date(2024, 3, 31), "month"),
        ("hingga Agt 2024", date(2024, 8, 1), date(2024, 8, 31), "month"),
        ("pada 7 Juli 2023", date(2023, 7, 7), date(2023, 7, 7), "day"),
        ("dalam lima tahun terakhir", date(2020, 1, 1), date(2024, 6, 1), "year"),
    ],
)
def test_periods(text: str, start: date, end: date | None, precision: str) -> None:
    periods = find_periods(text, date(2024, 6, 1), [])
    assert len(periods) == 1
    assert (periods[0].start, periods[0].end, periods[0].precision) == (start, end, precision)


def test_dateline_year_from_weekday() -> None:
    # Friday 7 July is in 2023, not 2024 or 2022
    assert resolve_dateline(7, 7, None, 4, [2022, 2023, 2024]) == date(2023, 7, 7)
    assert published_date_from_text("dipulangkan pada 7 Juli 2023. ujar Judha, Jumat (7/7).") == date(2023, 7, 7)
    assert published_date_from_text("Sabtu (15/6/2024) dan dikutip Senin (17/6/2024)") == date(2024, 6, 17)
    assert published_date_from_text("diskusi daring, Sabtu.") is None
