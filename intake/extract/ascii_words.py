"""Header and label words written without their letters' marks: "maara" for "määrä", "yksikkohinta", "mangd".

Why: CSV exports and older systems write column names in plain ASCII ("asiakas,tuotekoodi,maara,pvm"). The
column "maara" named no field, so every row's count was left unread and asked although the file stated it. A
word that matches none of the lexicon's words as written is looked up again with å/ä → a, ö → o, é → e, ü → u
on both sides; a folded word that two fields share names neither.
"""
from __future__ import annotations

from collections.abc import Mapping

_FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "ü": "u", "á": "a", "à": "a"})


def fold(s: str) -> str:
    """`s` without the marks on its letters (already case-folded text)."""
    return s.translate(_FOLD)


_CACHE: dict[int, dict[str, str | None]] = {}


def _folded(words: Mapping[str, str]) -> dict[str, str | None]:
    """The lexicon's words without marks (made once per lexicon: the lexicons are module constants)."""
    out = _CACHE.get(id(words))
    if out is None:
        out = {}
        for word, field in words.items():
            k = fold(word)
            out[k] = field if out.get(k, field) == field else None     # shared by two fields: names neither
        _CACHE[id(words)] = out
    return out


def folded_word(word: str, words: Mapping[str, str]) -> str | None:
    """The field of `word` (written without marks) among `words` (word → field) compared without marks; None
    when unknown or shared by two fields."""
    return _folded(words).get(word) if fold(word) == word else None


def folded_stem(word: str, stems: tuple[tuple[str, str], ...]) -> str | None:
    """The field of the first stem (longest first) that `word` starts with, both without marks."""
    w = fold(word)
    return next((f for stem, f in stems if fold(stem) != stem and w.startswith(fold(stem))), None)
