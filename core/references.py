"""Payment references: Swedish OCR (Luhn, optional length digit), Finnish viitenumero (7-3-1), RF (ISO 11649).

python-stdnum supplies Luhn and ISO 7064 mod 97-10; it has no OCR length digit and no Finnish viitenumero,
so those are the two small helpers here (domain-facts §1, §2).
"""
from __future__ import annotations

import re

from stdnum import iso11649, luhn
from stdnum.iso7064 import mod_97_10

from core.errors import ValidationError


def ocr(base: str, length_digit: bool = False) -> str:
    """Swedish OCR: base [+ length digit] + Luhn check digit."""
    if not base.isdigit():
        raise ValidationError("OCR base must be digits", "reference")
    if length_digit:
        base = base + str((len(base) + 2) % 10)
    ref = base + luhn.calc_check_digit(base)
    if not 2 <= len(ref) <= 25:
        raise ValidationError("OCR reference must be 2-25 digits", "reference")
    return ref


def is_valid_ocr(ref: str, length_digit: bool = False) -> bool:
    ref = re.sub(r"\s", "", ref or "")
    if not (ref.isdigit() and 2 <= len(ref) <= 25 and luhn.is_valid(ref)):
        return False
    return not length_digit or int(ref[-2]) == len(ref) % 10


def fi_check_digit(base: str) -> str:
    """Finnish viitenumero check digit: weights 7,3,1 from the right; (10 - sum mod 10) mod 10."""
    weights = (7, 3, 1)
    total = sum(int(d) * weights[i % 3] for i, d in enumerate(reversed(base)))
    return str((10 - total % 10) % 10)


def fi_reference(base: str) -> str:
    """Finnish national reference: base (3-19 digits, no leading zero) + check digit."""
    base = base.lstrip("0")
    if not base.isdigit() or not 3 <= len(base) <= 19:
        raise ValidationError("Finnish reference base must be 3-19 digits", "reference")
    return base + fi_check_digit(base)


def is_valid_fi_reference(ref: str) -> bool:
    ref = re.sub(r"\s", "", ref or "")
    return ref.isdigit() and 4 <= len(ref) <= 20 and ref[0] != "0" and fi_check_digit(ref[:-1]) == ref[-1]


def rf_reference(ref_part: str) -> str:
    """RF creditor reference wrapping a reference part (e.g. a Finnish viitenumero)."""
    ref_part = re.sub(r"\s", "", ref_part).upper()
    result = "RF" + mod_97_10.calc_check_digits(ref_part + "RF") + ref_part
    return iso11649.validate(result)


def is_valid_rf(ref: str) -> bool:
    return iso11649.is_valid(ref or "")


def for_invoice(kind: str, number: str) -> str:
    """The reference for an invoice number under the agency's chosen scheme."""
    base = re.sub(r"\D", "", number)
    if kind == "ocr":
        return ocr(base)
    if kind == "ocr_length":
        return ocr(base, length_digit=True)
    if kind == "fi":
        return fi_reference(base)
    if kind == "rf":
        return rf_reference(fi_reference(base))
    raise ValidationError(f"unknown reference kind {kind!r}", "reference_kind")


def normalize(ref: str) -> str:
    """Digits or RF reference without spaces, upper case."""
    return re.sub(r"\s", "", ref or "").upper()


def is_valid(ref: str) -> bool:
    """Any of the supported schemes accepts this reference."""
    ref = normalize(ref)
    if ref.startswith("RF"):
        return is_valid_rf(ref)
    return is_valid_ocr(ref) or is_valid_fi_reference(ref)


def format_fi(ref: str) -> str:
    """Print a Finnish reference in groups of five from the right."""
    ref = normalize(ref)
    groups = []
    while ref:
        groups.insert(0, ref[-5:])
        ref = ref[:-5]
    return " ".join(groups)
