"""Indonesian number notation: "2,1 juta" = 2,100,000; "886.719" = 886,719; "Rp500 juta"; "ratusan".

Indonesian uses "." for thousands and "," for decimals. Parsing is done with Polars expressions over all
number tokens at once; `parse_number` is the same rule for one string (tests, CLI).
"""

from __future__ import annotations

import re
from decimal import Decimal

import polars as pl

MULTIPLIERS: dict[str, int] = {
    "ribu": 1_000,
    "rb": 1_000,
    "juta": 1_000_000,
    "jt": 1_000_000,
    "miliar": 1_000_000_000,
    "milyar": 1_000_000_000,
    "m": 1_000_000_000,
    "triliun": 1_000_000_000_000,
    "t": 1_000_000_000_000,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
}
# Vague quantities are coded to their order of magnitude, as ACLED does, with qualifier "about".
VAGUE: dict[str, int] = {
    "belasan": 10,
    "puluhan": 10,
    "ratusan": 100,
    "ribuan": 1_000,
    "puluhan ribu": 10_000,
    "ratusan ribu": 100_000,
    "jutaan": 1_000_000,
    "puluhan juta": 10_000_000,
    "ratusan juta": 100_000_000,
}
# A currency prefix written onto the figure: "Rp500", "Rp.500.000", "RM17,9", "US$1,5", "S$200".
CURRENCY_ON_TOKEN = r"^(?:[Rr]p\.?|RM|US\$|S\$)"
# "1.386" / "886.719" / "2,1" / "15" / "Rp500" / "Rp.500.000" / "1.200,5" / "RM892.000" / "US$1,5"
NUMBER_TOKEN = r"^(?:[Rr]p\.?|RM|US\$|S\$)?(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)$"
_NUMBER_RE = re.compile(
    r"^\s*(?P<rp>(?:[Rr]p\.?|RM|US\$|S\$)\s*)?(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*(?P<mult>[A-Za-z]+)?\s*$"
)


def number_value_expr(token: pl.Expr, next_norm: pl.Expr) -> pl.Expr:
    """Value of a number token (already matching NUMBER_TOKEN) times the multiplier word after it."""
    digits = token.str.replace(CURRENCY_ON_TOKEN, "").str.replace_all(".", "", literal=True)
    whole = digits.str.extract(r"^(\d+)").cast(pl.Float64, strict=False)
    fraction = digits.str.extract(r",(\d+)$")
    mult = next_norm.replace_strict(MULTIPLIERS, default=1, return_dtype=pl.Int64)
    # Integer arithmetic for the whole part and the fraction's numerator: 16,4 * 1e9 as a float is
    # 16399999999.999998, and an analyst's SUM of such values is off.
    scaled_fraction = (
        fraction.cast(pl.Int64, strict=False).fill_null(0)
        * mult
        / (pl.lit(10, dtype=pl.Float64).pow(fraction.str.len_chars().fill_null(0)))
    )
    return whole * mult + scaled_fraction


def parse_number(text: str) -> float | None:
    """Parse one Indonesian number expression ("2,1 juta", "886.719", "Rp500 juta", "ratusan"); None if it is not one.

    Never raises: any string is either a number or None.
    """
    if not isinstance(text, str):
        return None
    lowered = " ".join(text.lower().split())
    if lowered in VAGUE:
        return float(VAGUE[lowered])
    m = _NUMBER_RE.match(text)
    if not m:
        return None
    mult_word = (m.group("mult") or "").lower()
    if mult_word and mult_word not in MULTIPLIERS:
        return None
    whole, _, fraction = m.group("num").replace(".", "").partition(",")
    mult = MULTIPLIERS.get(mult_word, 1)
    # Same integer arithmetic as number_value_expr: "16,4 miliar" is 16400000000, not 16399999999.999998.
    return float(Decimal(f"{whole}.{fraction or 0}") * mult)
