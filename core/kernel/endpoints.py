"""Peppol participant identifiers (EAS scheme : value) and foreign VAT numbers, checked with python-stdnum.

One check per scheme, used by the register (a customer whose Peppol address cannot work is refused before anything
is invoiced: core.registers.register) and by the built-in Peppol layer of UBL validation
(core.billing.delivery.peppol_rules, which reports the same rule ids as the official schematron).

Scheme checks (Peppol BIS 3.0.19 PEPPOL-COMMON-R040…R050, the EAS code list, and Reskontra's own RSK-* where Peppol
has no rule): 0007 Swedish orgnr (R049), 0088 GLN (R040), 0192 Norwegian orgnr (R041), 0184 Danish CVR (R042),
0208 Belgian enterprise number, mod 97 (R043), 0151 Australian ABN (R050), 0037 Finnish Y-tunnus and 0216 OVT
(0037 + Y-tunnus + optional suffix) (RSK-FI-0037/0216), 99xx national VAT schemes (e.g. 9925 BE VAT, 9930 DE VAT)
checked as that country's VAT number (RSK-EAS-VAT). A scheme not listed is accepted if it is on the EAS list.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from stdnum.au import abn
from stdnum.be import vat as be_vat
from stdnum.eu import vat as eu_vat
from stdnum.exceptions import ValidationError as StdnumError
from stdnum.fi import ytunnus
from stdnum.no import orgnr as no_orgnr
from stdnum.se import orgnr as se_orgnr

from core.kernel.errors import ValidationError

# EAS schemes that are a country's VAT number (Peppol EAS code list 3.0.19): scheme -> ISO country prefix
VAT_SCHEMES = {"9906": "IT", "9910": "HU", "9914": "AT", "9920": "ES", "9925": "BE", "9926": "BG", "9928": "CY",
               "9929": "CZ", "9930": "DE", "9931": "EE", "9933": "EL", "9934": "HR", "9935": "IE", "9937": "LT",
               "9938": "LU", "9939": "LV", "9943": "MT", "9944": "NL", "9945": "PL", "9946": "PT", "9947": "RO",
               "9949": "SI", "9950": "SK", "9957": "FR"}


def _ovt(value: str) -> bool:
    return bool(re.fullmatch(r"0037\d{8}[0-9A-Za-z]{0,5}", value)) and ytunnus.is_valid(value[4:12])


def _gln(value: str) -> bool:
    """0088: GS1 check digit over digits of any length, as the official u:gln (stdnum.ean only takes 8-14)."""
    if not re.fullmatch(r"\d{2,}", value):
        return False
    digits = [int(c) for c in value[:-1]][::-1]
    total = sum(d * (3 if i % 2 == 0 else 1) for i, d in enumerate(digits))
    return (10 - total % 10) % 10 == int(value[-1])


def _dk_cvr(value: str) -> bool:
    return bool(re.fullmatch(r"(DK)?\d{8}", value))  # 3.0.16+: with or without the DK prefix (format only)


def _be_enterprise(value: str) -> bool:
    """0208: 10 digits, mod 97 as the Belgian VAT number without its prefix (PEPPOL-COMMON-R043)."""
    return bool(re.fullmatch(r"\d{10}", value)) and be_vat.is_valid(value)


SCHEME_CHECKS: dict[str, tuple[str, str, Callable[[str], bool]]] = {
    "0007": ("PEPPOL-COMMON-R049", "Swedish organization number",
             lambda v: bool(re.fullmatch(r"\d{10}", v)) and se_orgnr.is_valid(v)),
    "0088": ("PEPPOL-COMMON-R040", "GLN", _gln),
    "0192": ("PEPPOL-COMMON-R041", "Norwegian organization number",
             lambda v: bool(re.fullmatch(r"\d{9}", v)) and no_orgnr.is_valid(v)),
    "0184": ("PEPPOL-COMMON-R042", "Danish organization number (CVR)", _dk_cvr),
    "0208": ("PEPPOL-COMMON-R043", "Belgian enterprise number", _be_enterprise),
    "0151": ("PEPPOL-COMMON-R050", "Australian Business Number (ABN)",
             lambda v: bool(re.fullmatch(r"\d{11}", v)) and abn.is_valid(v)),
    "0037": ("RSK-FI-0037", "Finnish business id (Y-tunnus)", ytunnus.is_valid),
    "0216": ("RSK-FI-0216", "Finnish OVT code (0037 + Y-tunnus + suffix)", _ovt),
}


def vat_ok(prefix: str, value: str) -> bool:
    """A VAT number of the country `prefix` (EL for Greece), with or without the prefix, by its check digits."""
    compact = re.sub(r"[\s.-]", "", value or "").upper()
    if not compact.startswith(prefix) and not (prefix == "EL" and compact.startswith("GR")):
        compact = prefix + compact
    return eu_vat.is_valid(compact)


def endpoint_problem(scheme: str, value: str) -> tuple[str, str] | None:
    """(rule id, message) when `value` is not a valid identifier of the EAS `scheme`, else None."""
    scheme, value = (scheme or "").strip(), (value or "").strip()
    if scheme in SCHEME_CHECKS:
        rule, name, ok = SCHEME_CHECKS[scheme]
        return None if ok(value) else (rule, f"{name} ({scheme}) {value!r} MUST be stated in the correct format")
    if scheme in VAT_SCHEMES:
        prefix = VAT_SCHEMES[scheme]
        return None if vat_ok(prefix, value) else (
            "RSK-EAS-VAT", f"{prefix} VAT number ({scheme}) {value!r} is not valid (check digits, python-stdnum)")
    return None


def check_peppol_id(peppol_id: str, field: str = "peppol_id") -> str:
    """A Peppol participant id 'SCHEME:VALUE' as stored; ValidationError naming the rule when it cannot work."""
    scheme, sep, value = (peppol_id or "").strip().partition(":")
    if not sep or not re.fullmatch(r"\d{4}", scheme.strip()) or not value.strip():
        raise ValidationError(f"Peppol id must be SCHEME:VALUE with a 4-digit EAS scheme, got {peppol_id!r}", field)
    problem = endpoint_problem(scheme, value)
    if problem:
        raise ValidationError(f"{problem[1]} [{problem[0]}]", field)
    return f"{scheme.strip()}:{value.strip()}"


def check_foreign_vat(compact: str, field: str = "vat_no") -> str:
    """An EU VAT number (two-letter prefix + number) checked by its country's check digits (stdnum.eu.vat); numbers
    of countries stdnum.eu.vat does not know (e.g. NO, CH, GB) are format-checked by the caller."""
    prefix = compact[:2]
    if prefix.lower() in eu_vat.MEMBER_STATES or prefix in ("EL", "GR", "XI"):
        try:
            return str(eu_vat.validate(compact))
        except StdnumError as exc:
            raise ValidationError(f"not a valid {prefix} VAT number: {compact!r} ({exc})", field) from exc
    return compact
