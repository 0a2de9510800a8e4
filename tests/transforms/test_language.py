"""Language detection: the function-word shortcut for plainly Indonesian text gives py3langid's own answer."""

from pathlib import Path

import pytest

from transforms.clean import SURE_SHARE, _classify_all, _detect_language

FIXTURES = Path(__file__).parents[1] / "fixtures"
ARTICLES = sorted((FIXTURES / "devset" / "articles").glob("*")) + sorted(
    (Path(__file__).parents[2] / "seeds" / "articles").glob("*")
)

OTHER_LANGUAGES = {
    "en": "The Ministry of Communication and Informatics has blocked more than 800,000 online gambling sites since "
    "2018, the minister said on Monday in Jakarta, adding that the government would continue to work with "
    "platforms and banks to take down the accounts used by the syndicates operating from abroad.",
    "fr": "Le ministère a bloqué plus de 800 000 sites de jeux en ligne depuis 2018, a déclaré le ministre lundi à "
    "Jakarta, ajoutant que le gouvernement continuerait à travailler avec les plateformes et les banques.",
    "jv": "Wong-wong padha teka ing pasar amarga arep tuku sayuran lan woh-wohan. Bapak lan ibu lunga menyang sawah "
    "esuk-esuk, banjur bali ing wayah sore. Aku seneng maca buku ing omah karo adhiku.",
}


def _py3langid(texts: list[str]) -> list[str]:
    return ["id" if lang in {"id", "ms"} else lang for lang, _ in _classify_all([t[:5000] for t in texts])]


def test_shortcut_agrees_with_py3langid_on_every_sample_and_development_article() -> None:
    texts = [p.read_text(encoding="utf-8") for p in ARTICLES]
    assert len(texts) >= 29
    assert _detect_language(texts) == _py3langid(texts) == ["id"] * len(texts)


@pytest.mark.parametrize("lang", sorted(OTHER_LANGUAGES))
def test_other_languages_still_go_to_py3langid(lang: str) -> None:
    assert _detect_language([OTHER_LANGUAGES[lang]]) == [lang]


def test_english_piece_with_an_indonesian_lead_is_not_taken_for_indonesian() -> None:
    mixed = (
        "Kementerian Komunikasi dan Informatika resmi memblokir situs judi online. "
        + OTHER_LANGUAGES["en"] * 3
    )
    assert _detect_language([mixed]) == _py3langid([mixed]) == ["en"]


def test_short_or_empty_texts_are_left_to_py3langid() -> None:
    short = "Polisi menangkap tiga orang di Jakarta dan menyita barang bukti dari rumah itu."  # < 50 words
    assert _detect_language([short, "", None]) == _py3langid([short, "", ""]) == ["id", "unknown", "unknown"]
    assert 0 < SURE_SHARE < 0.2


def test_the_identifier_is_py3langids_own_model_and_scores_as_it_does() -> None:
    """`_identifier` loads py3langid's default model without py3langid's slow loader: the same tables, and the
    same label and score as `py3langid.classify` for every language's text."""
    import numpy as np
    import py3langid.langid as lid

    from transforms.clean import _identifier

    ours, theirs = _identifier(), lid._load_identifier()
    assert ours is not theirs and ours is _identifier()  # loaded once per process
    assert np.array_equal(np.asarray(ours.tk_nextmove), np.asarray(theirs.tk_nextmove))
    assert ours._rowbase == theirs._rowbase and ours.tk_output == theirs.tk_output
    assert ours.nb_classes == theirs.nb_classes and ours._alias_pairs == theirs._alias_pairs
    for mine, py3 in ((ours.nb_ptc, theirs.nb_ptc), (ours.nb_pc, theirs.nb_pc)):
        assert mine.dtype == py3.dtype and np.array_equal(mine, py3)
    texts = [*OTHER_LANGUAGES.values(), ARTICLES[0].read_text(encoding="utf-8")[:5000], "Selamat pagi."]
    assert _classify_all(texts) == [theirs.classify(t) for t in texts]


def test_the_model_arrays_cache_gives_the_model_files_arrays(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The array cache (`_model_arrays`): written by the first load, read by memory map by the next, equal to the
    model file's arrays (dtypes included); a damaged cache is written again; "off" reads the model file."""
    import numpy as np
    import py3langid.langid as lid

    from transforms import clean

    model = lid.MODEL_DIR / lid.MODEL_FILE
    monkeypatch.setenv("PANTAU_MODEL_CACHE", "off")
    want = clean._model_arrays(model)
    monkeypatch.setenv("PANTAU_MODEL_CACHE", str(tmp_path))
    first = clean._model_arrays(model)
    (folder,) = tmp_path.iterdir()
    second = clean._model_arrays(model)
    assert isinstance(second["nextmove"], np.memmap)
    for got in (first, second):
        assert got.keys() == want.keys()
        for name, array in want.items():
            assert got[name].dtype == array.dtype and np.array_equal(got[name], array)
    (folder / "ptc.npy").write_bytes(b"damaged")
    again = clean._model_arrays(model)
    assert np.array_equal(again["ptc"], want["ptc"]) and np.array_equal(
        clean._model_arrays(model)["ptc"], want["ptc"]
    )
