"""Reference data (agencies, countries, places, titles) read from the version-controlled CSVs in `seeds/reference/`.

The same CSVs are dbt seeds, so the SQL dimensions and the Python matchers cannot drift apart.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import polars as pl

from transforms import extractor_version, file_chunk
from transforms.text import normalise_phrase

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def reference_dir() -> Path:
    """Folder of the reference CSVs (overridable for tests)."""
    return Path(os.environ.get("PANTAU_REFERENCE_DIR", PROJECT_ROOT / "seeds" / "reference"))


def _read_all(folder: Path) -> dict[str, bytes]:
    """Every reference CSV's bytes, read once: the tables are parsed from them and the version hashes them."""
    return {path.name: path.read_bytes() for path in sorted(folder.glob("*.csv"))}


def _read(files: dict[str, bytes], name: str) -> pl.DataFrame:
    return pl.read_csv(io.BytesIO(files[name]), infer_schema_length=0).fill_null("")


@dataclass(frozen=True)
class Reference:
    """Everything the extractors look names up in."""

    agencies: pl.DataFrame  # one row per agency
    countries: pl.DataFrame  # one row per ISO country
    titles: pl.DataFrame  # title, kind, agency_id
    surface_forms: pl.DataFrame  # phrase (normalised), case_sensitive, entity_type, entity_id, n_tokens
    # The extractor version: the transforms/ code this process imported and the reference bytes read here
    # (transforms.extractor_version); the extraction cache keys rows by it.
    version: str = ""


def _explode_aliases(df: pl.DataFrame, id_col: str, cols: list[str], entity_type: str) -> pl.DataFrame:
    forms = (
        df.select(
            pl.col(id_col).alias("entity_id"),
            pl.concat_list([pl.col(c).str.split("|") for c in cols]).alias("form"),
        )
        .explode("form")
        .with_columns(pl.col("form").str.strip_chars())
        .filter(pl.col("form").str.len_chars() > 1)
    )
    rows = []
    for entity_id, form in forms.iter_rows():
        case_sensitive = form.startswith("=")
        text = form[1:] if case_sensitive else form
        phrase = normalise_phrase(text, keep_case=case_sensitive)
        if phrase:
            rows.append((phrase, case_sensitive, entity_type, entity_id, len(phrase.split(" "))))
    return pl.DataFrame(
        rows,
        schema={
            "phrase": pl.String,
            "case_sensitive": pl.Boolean,
            "entity_type": pl.String,
            "entity_id": pl.String,
            "n_tokens": pl.Int32,
        },
        orient="row",
    )


@lru_cache(maxsize=4)
def _load(path_key: str) -> Reference:
    files = _read_all(Path(path_key))
    agencies = _read(files, "agencies.csv")
    countries = _read(files, "countries.csv")
    places = _read(files, "places.csv")
    titles = _read(files, "titles.csv")
    # Acronyms of one or two letters ("BI", "MA") collide with ordinary words: match them case-sensitively.
    agencies_forms = agencies.with_columns(
        pl.when(pl.col("acronym").str.len_chars() <= 3)
        .then(pl.lit("=") + pl.col("acronym"))
        .otherwise(pl.col("acronym"))
        .alias("acronym")
    )
    surface = pl.concat(
        [
            _explode_aliases(
                agencies_forms, "agency_id", ["name_id", "name_en", "acronym", "aliases"], "agency"
            ),
            _explode_aliases(countries, "country_id", ["name_id", "name_en", "aliases"], "country"),
            _explode_aliases(places.rename({"place": "name"}), "country_id", ["name"], "country"),
        ]
    ).unique(subset=["phrase", "case_sensitive", "entity_type"], keep="first", maintain_order=True)
    # Short lowercase forms are ordinary Indonesian words more often than names ("bi", "ma").
    surface = surface.filter(pl.col("case_sensitive") | (pl.col("phrase").str.len_chars() >= 3))
    version = extractor_version(tuple(file_chunk(name, data) for name, data in files.items()))
    return Reference(
        agencies=agencies, countries=countries, titles=titles, surface_forms=surface, version=version
    )


def load_reference() -> Reference:
    """Reference tables, cached per reference folder."""
    return _load(str(reference_dir()))
