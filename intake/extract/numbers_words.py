"""Number words in Swedish, Finnish and English ("två", "kahdelle", "three") as quantities.

Agencies write small quantities as words; the quantity is taken as written, so the words must be understood.
Finnish inflects numerals, so every common case form is listed. Swedish "en"/"ett" is also the indefinite
article, so callers decide when it counts (see `AMBIGUOUS`).
"""
from __future__ import annotations

import re
from decimal import Decimal

_SV = {"en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9,
       "tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14, "femton": 15, "sexton": 16, "sjutton": 17,
       "arton": 18, "nitton": 19, "tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50, "hundra": 100}
_EN = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
       "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
       "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
       "a single": 1, "single": 1}
# Finnish numerals in their case forms: nominative, genitive, partitive, illative ("kolmeen kohteeseen"),
# inessive, elative, allative ("kahdelle"), ablative, adessive, essive, translative.
_FI_FORMS = {
    1: "yksi yhden yhtä yhteen yhdessä yhdestä yhdelle yhdeltä yhdellä yhtenä yhdeksi",
    2: "kaksi kahden kahta kahteen kahdessa kahdesta kahdelle kahdelta kahdella kahtena kahdeksi",
    3: "kolme kolmen kolmea kolmeen kolmessa kolmesta kolmelle kolmelta kolmella kolmena kolmeksi",
    4: "neljä neljän neljää neljään neljässä neljästä neljälle neljältä neljällä neljänä neljäksi",
    5: "viisi viiden viittä viiteen viidessä viidestä viidelle viideltä viidellä viitenä viideksi",
    6: "kuusi kuuden kuutta kuuteen kuudessa kuudesta kuudelle kuudelta kuudella kuutena kuudeksi",
    7: "seitsemän seitsemää seitsemään seitsemässä seitsemästä seitsemälle seitsemältä seitsemällä seitsemäksi",
    8: "kahdeksan kahdeksaa kahdeksaan kahdeksassa kahdeksasta kahdeksalle kahdeksalta kahdeksalla kahdeksaksi",
    9: "yhdeksän yhdeksää yhdeksään yhdeksässä yhdeksästä yhdeksälle yhdeksältä yhdeksällä yhdeksäksi",
    10: "kymmenen kymmentä kymmeneen kymmenessä kymmenestä kymmenelle kymmeneltä kymmenellä kymmeneksi",
    11: "yksitoista", 12: "kaksitoista", 13: "kolmetoista", 14: "neljätoista", 15: "viisitoista",
    16: "kuusitoista", 17: "seitsemäntoista", 18: "kahdeksantoista", 19: "yhdeksäntoista",
    20: "kaksikymmentä", 30: "kolmekymmentä", 40: "neljäkymmentä", 50: "viisikymmentä",
}
#: halves written out ("puolitoista tuntia", "en och en halv timme", "one and a half hours")
_HALVES = {"puolitoista": Decimal("1.5"), "puolentoista": Decimal("1.5"), "puoltatoista": Decimal("1.5"),
           "halvannan": Decimal("1.5"), "en och en halv": Decimal("1.5"), "ett och ett halvt": Decimal("1.5"),
           "one and a half": Decimal("1.5"), "en halv": Decimal("0.5"), "ett halvt": Decimal("0.5"),
           "half an": Decimal("0.5"), "half a": Decimal("0.5"),
           "puoli": Decimal("0.5")}     # "puoli päivää", "puoli tuntia": only before a unit (AMBIGUOUS)
#: dozens ("a dozen", "half a dozen", "ett dussin", "tusina"): exact counts, longer than "half a" / "en"
_DOZENS = {"a dozen": 12, "one dozen": 12, "half a dozen": 6, "ett dussin": 12, "ett halvt dussin": 6,
           "tusina": 12, "tusinan": 12, "tusinaa": 12, "puoli tusinaa": 6, "puolen tusinaa": 6}
WORDS: dict[str, int | Decimal] = {**_SV, **_EN, **_HALVES, **_DOZENS}
for _n, _forms in _FI_FORMS.items():
    for _f in _forms.split():
        WORDS[_f] = _n

# Words that are numerals only sometimes ("en faktura" = "an invoice").
AMBIGUOUS = frozenset({"en", "ett", "sex", "single", "a single", "yhdessä", "yhteen", "yhtä", "yhtenä", "yhdestä",
                       "hundra", "puoli"})    # "kello puoli kolme" is half past two, no count

#: every number word, longest first (for grammars that combine counts, e.g. "three sites, 8 samples each")
WORD_ALT = "|".join(sorted((re.escape(w) for w in WORDS), key=len, reverse=True))
NUMBER_WORD_RE = re.compile(rf"(?<![\w-])({WORD_ALT})(?![\w-])", re.IGNORECASE)


def word_value(word: str) -> Decimal | None:
    """The quantity a number word stands for, or None when it is no number word."""
    n = WORDS.get(word.strip().casefold())
    return Decimal(n) if n is not None else None
