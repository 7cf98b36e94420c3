"""Number words in Swedish, Finnish and English ("två", "kahdelle", "three") as quantities.

Agencies write small quantities as words; the quantity is taken as written, so the words must be understood.
Finnish inflects numerals, so every common case form is listed. Swedish "en"/"ett" is also the indefinite
article, so callers decide when it counts (see `AMBIGUOUS`).
"""
from __future__ import annotations

import re
from decimal import Decimal

_SV = {"en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9,
       "tio": 10, "elva": 11, "tolv": 12, "femton": 15, "tjugo": 20}
_EN = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
       "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "a single": 1, "single": 1}
# Finnish numerals with their common case endings (nominative, genitive, partitive, allative, ablative, ...).
_FI_FORMS = {
    1: "yksi yhden yhtä yhdelle yhdeltä yhdellä yhdeksi",
    2: "kaksi kahden kahta kahdelle kahdelta kahdella kahdeksi",
    3: "kolme kolmen kolmea kolmelle kolmelta kolmella kolmeksi",
    4: "neljä neljän neljää neljälle neljältä neljällä neljäksi",
    5: "viisi viiden viittä viidelle viideltä viidellä viideksi",
    6: "kuusi kuuden kuutta kuudelle kuudelta kuudella kuudeksi",
    7: "seitsemän seitsemää seitsemälle seitsemältä",
    8: "kahdeksan kahdeksaa kahdeksalle kahdeksalta",
    9: "yhdeksän yhdeksää yhdeksälle yhdeksältä",
    10: "kymmenen kymmentä kymmenelle kymmeneltä",
}
WORDS: dict[str, int] = {**_SV, **_EN}
for _n, _forms in _FI_FORMS.items():
    for _f in _forms.split():
        WORDS[_f] = _n

# Words that are numerals only sometimes ("en faktura" = "an invoice").
AMBIGUOUS = frozenset({"en", "ett", "sex", "single", "a single"})

_ALT = "|".join(sorted((re.escape(w) for w in WORDS), key=len, reverse=True))
NUMBER_WORD_RE = re.compile(rf"(?<![\w-])({_ALT})(?![\w-])", re.IGNORECASE)


def word_value(word: str) -> Decimal | None:
    """The quantity a number word stands for, or None when it is no number word."""
    n = WORDS.get(word.strip().casefold())
    return Decimal(n) if n is not None else None
