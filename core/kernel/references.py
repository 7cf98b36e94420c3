"""Payment references: Swedish OCR (Luhn, optional length digit), Finnish viitenumero (7-3-1), RF (ISO 11649).

The schemes are the banks' standards, not law: OCR per Bankgirot's OCR reference control (Luhn check digit; the
length digit for control of variable length), viitenumero per Finance Finland's domestic reference standard, RF per
ISO 11649.
A valid check digit is what lets a bank file's payment be matched to its invoice without a person.

python-stdnum supplies Luhn and ISO 7064 mod 97-10; it has no OCR length digit and no Finnish viitenumero,
so those are the two small helpers here (domain-facts §1, §2). Validating a plain digit string (a bank file asks
about every payment) takes `luhn_ok` / `fi_ok`: the same answers as stdnum's Luhn and `fi_check_digit`, which stay
the reference implementations (tests/core/test_references.py holds them equal), without per-digit Python work.
"""
from __future__ import annotations

import re

from stdnum import iso11649, luhn
from stdnum.iso7064 import mod_97_10

from core.kernel.errors import ValidationError


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


_DOUBLED = str.maketrans("0123456789", "0246813579")  # the digit sum of 2 * d, for d = 0..9


def luhn_ok(digits: str) -> bool:
    """Luhn check of a non-empty string of ASCII digits: what `stdnum.luhn.is_valid` answers (the reference
    implementation; a test holds them equal), without a Python-level loop."""
    r = digits[::-1]
    odd, even = r[::2], r[1::2].translate(_DOUBLED)
    return (sum(odd.encode()) + sum(even.encode()) - 48 * len(r)) % 10 == 0


def _ascii_digits(ref: str | None) -> bool:
    return bool(ref and ref.isascii() and ref.isdigit())


def is_valid_ocr(ref: str, length_digit: bool = False) -> bool:
    """Swedish OCR: 2-25 digits, Luhn check digit last, and (if asked) the length digit before it."""
    if not _ascii_digits(ref):
        ref = re.sub(r"\s", "", ref or "")
        if not (ref.isdigit() and 2 <= len(ref) <= 25 and luhn.is_valid(ref)):
            return False
    elif not (2 <= len(ref) <= 25 and luhn_ok(ref)):
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


def fi_ok(ref: str) -> bool:
    """7-3-1 check of a string of ASCII digits (base + check digit): `fi_check_digit(ref[:-1]) == ref[-1]`
    without a Python-level loop (a test holds them equal)."""
    b = ref[-2::-1]
    w7, w3, w1 = b[::3], b[1::3], b[2::3]
    total = (7 * (sum(w7.encode()) - 48 * len(w7)) + 3 * (sum(w3.encode()) - 48 * len(w3))
             + sum(w1.encode()) - 48 * len(w1))
    return (10 - total % 10) % 10 == ord(ref[-1]) - 48


def is_valid_fi_reference(ref: str) -> bool:
    """Finnish viitenumero: 4-20 digits, no leading zero, 7-3-1 check digit last (spaces allowed)."""
    if _ascii_digits(ref):
        return 4 <= len(ref) <= 20 and ref[0] != "0" and fi_ok(ref)
    ref = re.sub(r"\s", "", ref or "")
    return ref.isdigit() and 4 <= len(ref) <= 20 and ref[0] != "0" and fi_check_digit(ref[:-1]) == ref[-1]


def rf_reference(ref_part: str) -> str:
    """RF creditor reference wrapping a reference part (e.g. a Finnish viitenumero)."""
    if _ascii_digits(ref_part) and len(ref_part) <= 21:  # digits: mod 97 of part + "RF00" ("R" = 27, "F" = 15)
        return f"RF{98 - int(ref_part + '271500') % 97:02d}{ref_part}"
    ref_part = re.sub(r"\s", "", ref_part).upper()
    result = "RF" + mod_97_10.calc_check_digits(ref_part + "RF") + ref_part
    return iso11649.validate(result)


def is_valid_rf(ref: str) -> bool:
    """RF creditor reference (ISO 11649: mod 97-10 check digits after "RF")."""
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
    if _ascii_digits(ref):  # the common case: nothing to normalize, the fast checks
        n = len(ref)
        return (2 <= n <= 25 and luhn_ok(ref)) or (4 <= n <= 20 and ref[0] != "0" and fi_ok(ref))
    ref = normalize(ref)
    if ref.startswith("RF"):
        return is_valid_rf(ref)
    return is_valid_ocr(ref) or is_valid_fi_reference(ref)


def format_fi(ref: str) -> str:
    """Print a Finnish reference in groups of five from the right."""
    ref = normalize(ref)
    groups: list[str] = []
    while ref:
        groups.insert(0, ref[-5:])
        ref = ref[:-5]
    return " ".join(groups)
