"""Who a party is: ONE identity for organisation and personal identity numbers and ONE key for names, used by
request intake (which register customer a request means) and by payment matching (who paid).

* Numbers: `identify_org_no` validates and normalises what a person wrote (python-stdnum via
  core.kernel.identifiers: Swedish organisationsnummer, personnummer/samordningsnummer, Finnish Y-tunnus);
  `org_key` is the comparison key of any written form: its digits, a Swedish 12-digit form (16 + org no, or the
  century + personnummer) compared as its 10 digits, leading zeros ignored. Two numbers are the same party
  exactly when their keys are equal.
* Names: `name_key` case-folds (Unicode NFC), drops Finnish case endings written after a colon (Oy:lle), drops
  punctuation and the legal form at the start or end of the name (AB, Oy, Oyj, Ab, Ltd, HB, KB, Ky, Ay, Tmi, ry, rf,
  ek. för., GmbH, AS …), so "Nordkust Logistik AB", "NORDKUST LOGISTIK" and "Oy Nordkust Logistik Ab" have one key.
"""
from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

from core.kernel.errors import ValidationError
from core.kernel.identifiers import normalize_org_no

LEGAL_FORMS = frozenset({"aktiebolag", "ab", "abp", "hb", "kb", "ek", "för", "ekonomisk", "förening", "oyj", "oy",
                         "ky", "ay", "tmi", "ry", "rf", "ltd", "inc", "gmbh", "as", "asa", "aps"})
NAME_SIMILARITY = 0.85  # SequenceMatcher ratio above which two name keys are the same payer (typos, abbreviations)
_CASE_ENDING = re.compile(r"(?<=\w):[a-zåäö]{1,5}\b", re.IGNORECASE)
_WORD = re.compile(r"\w+")
#: a legal form written with dots ("r.f.", "r.y."): one word, so it is dropped as "rf"/"ry" are
_DOTTED_FORM = re.compile(r"(?<!\w)(\w)\.\s?(\w)\.(?!\w)")


def identify_org_no(value: object, country: str | None = None) -> tuple[str, str, bool] | None:
    """(normalised number, country, private) for a valid organisation/personal number or Y-tunnus, else None.
    Swedish forms are tried first unless `country` is FI."""
    if not value or not isinstance(value, str):
        return None
    tries = [("SE", False), ("SE", True), ("FI", False)]
    if country == "FI":
        tries = [("FI", False), *tries[:2]]
    for ctry, private in tries:
        try:
            return normalize_org_no(ctry, value, private), ctry, private
        except (ValidationError, ValueError, TypeError):
            continue
    return None


def org_key(value: str | None) -> str | None:
    """The comparison key of an organisation or personal number (see the module docstring); None if no digits."""
    digits = re.sub(r"\D", "", value or "")
    if len(digits) == 12:
        digits = digits[2:]
    return digits.lstrip("0") or None


def same_org(a: str | None, b: str | None) -> bool:
    """Both numbers are given and name the same party."""
    ka, kb = org_key(a), org_key(b)
    return ka is not None and ka == kb


def name_key(name: str | None) -> str:
    """The comparison key of a party's name (see the module docstring); "" for no name."""
    text = _CASE_ENDING.sub("", unicodedata.normalize("NFC", name or "")).casefold()
    words = _WORD.findall(_DOTTED_FORM.sub(r"\1\2", text))
    while len(words) > 1 and words[-1] in LEGAL_FORMS:
        words.pop()
    while len(words) > 1 and words[0] in LEGAL_FORMS:
        words.pop(0)
    return " ".join(words)


def names_match(a: str | None, b: str | None) -> bool:
    """Two names of one party: equal keys, or keys similar enough to be a typo or an abbreviation of each other."""
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return False
    return ka == kb or SequenceMatcher(None, ka, kb).ratio() >= NAME_SIMILARITY
