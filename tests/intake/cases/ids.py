"""Identifiers with valid check digits for the fictional test registry and cases (python-stdnum validates them).

Every number a case uses is built here, so a typo cannot slip in an invalid check digit by accident; a case that
wants a bad check digit says so and uses `bad_check`.
"""
from __future__ import annotations

from stdnum import iso11649, luhn
from stdnum.fi import ytunnus
from stdnum.iso7064 import mod_97_10
from stdnum.se import orgnr, personnummer


def se_org(base9: str) -> str:
    """Swedish organisation number NNNNNN-NNNN (Luhn over the ten digits)."""
    full = base9 + luhn.calc_check_digit(base9)
    assert orgnr.is_valid(full), full
    return f"{full[:6]}-{full[6:]}"


def se_vat(org: str) -> str:
    return "SE" + org.replace("-", "") + "01"


def fi_yt(base7: str) -> str:
    """Finnish Y-tunnus NNNNNNN-N (weights 7,9,10,5,8,4,2, mod 11)."""
    r = sum(int(d) * w for d, w in zip(base7, (7, 9, 10, 5, 8, 4, 2))) % 11
    if r == 1:
        raise ValueError(f"{base7}: no valid check digit")
    full = f"{base7}-{0 if r == 0 else 11 - r}"
    assert ytunnus.is_valid(full), full
    return full


def fi_vat(yt: str) -> str:
    return "FI" + yt.replace("-", "")


def pnr(yymmdd: str, serial3: str, sep: str = "-") -> str:
    """A 10-digit Swedish personal identity number YYMMDD-NNNN ('+' for 100 years or older)."""
    digits = yymmdd + serial3
    full = digits + luhn.calc_check_digit(digits)
    assert personnummer.is_valid(full), full
    return f"{full[:6]}{sep}{full[6:]}"


def bad_check(number: str) -> str:
    """The same number with its last digit changed: fails its check digit."""
    last = number[-1]
    return number[:-1] + str((int(last) + 3) % 10)


def rf(base: str) -> str:
    """ISO 11649 creditor reference RFnn + base (compact, upper case)."""
    check = mod_97_10.calc_check_digits(base + "RF")
    full = f"RF{check}{base}"
    assert iso11649.is_valid(full), full
    return full


def fi_ref(base: str) -> str:
    """Finnish national payment reference (viitenumero): weights 7,3,1 from the right."""
    weights = (7, 3, 1)
    total = sum(int(d) * weights[i % 3] for i, d in enumerate(reversed(base)))
    return base + str((10 - total % 10) % 10)


def se_ocr(base: str) -> str:
    """Swedish OCR reference with a Luhn check digit."""
    return base + luhn.calc_check_digit(base)


def bankgiro(base: str) -> str:
    full = base + luhn.calc_check_digit(base)
    return f"{full[:-4]}-{full[-4:]}"


def fi_iban(bban: str) -> str:
    """FIkk + 14-digit BBAN, grouped by four as printed."""
    check = mod_97_10.calc_check_digits(bban + "FI")
    full = f"FI{check}{bban}"
    return " ".join(full[i:i + 4] for i in range(0, len(full), 4))


_HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def hetu(ddmmyy: str, serial: str, sep: str = "-") -> str:
    """A Finnish henkilötunnus DDMMYY-NNNC (check character: the nine digits mod 31; '-' 1900s, 'A' 2000s)."""
    return f"{ddmmyy}{sep}{serial}{_HETU_CHARS[int(ddmmyy + serial) % 31]}"
